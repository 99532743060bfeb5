package io.migrationlsp.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrationlsp.core.config.Config;
import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.workspace.Project;
import io.migrationlsp.rules.RuleRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A model made from the previous version of a buffer (reusing its unchanged statements) is the
 * model of the new text: over random keystrokes in every example migration, its findings equal
 * those of a model made from scratch, and typing at the end reuses every statement before it.
 */
class UnchangedStatementsTest {
    private static final Path EXAMPLES = Path.of("").toAbsolutePath().resolve("../examples").normalize();
    /** What a keystroke may type: plain text, and what changes how the rest is lexed or split. */
    private static final String[] TYPED = {"X", " ", "\n", ";", "'", "--", "/*", "*/", "(", ")", "[", "]", "\"", "$$",
            "GO\n", "BEGIN ", "END", ","};

    @ParameterizedTest
    @ValueSource(strings = {"platform", "postgres-rls", "supabase", "sqlx"})
    void aModelReusingTheUnchangedStatementsHasTheFindingsOfAFreshOne(String example) throws Exception {
        Project project = Project.open(EXAMPLES.resolve(example), null, null);
        Config config = project.config();
        Profile profile = project.profile();
        try (SqlValidator validator = new SqlValidator(2000)) {
            Analyzer analyzer = new Analyzer(RuleRegistry::forProfile, validator);
            Random random = new Random(example.hashCode());
            int reusedSomewhere = 0;
            List<String> paths = project.migrationPaths();
            assertTrue(!paths.isEmpty(), example);
            for (String path : paths) {
                String text = Files.readString(project.resolve(path));
                SqlFile previous = analyzer.model(path, text, config, profile);
                for (int step = 0; step < 60; step++) {
                    text = keystroke(text, random);
                    SqlFile reused = analyzer.model(path, text, config, profile, previous);
                    SqlFile fresh = analyzer.model(path, text, config, profile);
                    assertEquals(fresh.split().statements(), reused.split().statements(), path);
                    assertEquals(findings(analyzer, fresh, config, profile), findings(analyzer, reused, config, profile),
                            () -> path + " after a keystroke:\n" + fresh.text());
                    for (int i = 0; i < reused.models().size(); i++) {
                        if (i < previous.models().size() && reused.models().get(i) == previous.models().get(i)) {
                            reusedSomewhere++;
                        }
                    }
                    previous = reused;
                }
            }
            assertTrue(reusedSomewhere > 0, "some statements were reused");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"platform", "postgres-rls"})
    void typingAtTheEndReusesEveryStatementBeforeIt(String example) throws Exception {
        Project project = Project.open(EXAMPLES.resolve(example), null, null);
        String path = project.migrationPaths().get(project.migrationPaths().size() - 1);
        String text = Files.readString(project.resolve(path));
        try (SqlValidator validator = new SqlValidator(2000)) {
            Analyzer analyzer = new Analyzer(RuleRegistry::forProfile, validator);
            SqlFile before = analyzer.model(path, text, project.config(), project.profile());
            SqlFile after = analyzer.model(path, text + "\nCREATE TABLE t (id int);\n", project.config(), project.profile(),
                    before);
            assertEquals(before.models().size() + 1, after.models().size());
            for (int i = 0; i < before.models().size(); i++) {
                assertSame(before.models().get(i), after.models().get(i));
            }
            // The same text with the first character changed: nothing before it to reuse at the same place.
            SqlFile changedFirst = analyzer.model(path, "\n" + text, project.config(), project.profile(), before);
            assertNotSame(before.models().get(0), changedFirst.models().get(0));
        }
    }

    @Test
    void aStatementWhoseSectionSuppressionsOrInnerCommentsChangeIsModelledAgain() {
        String path = "_migrations/2026_2_1_1.sql";
        String text = String.join("\n",
                "-- ========== TENANT MIGRATIONS ==========",
                "CREATE TABLE {schema_name}.[A] (ID INT NOT NULL, AMOUNT FLOAT NULL);",
                "-- migration-lsp: disable=no-float",
                "CREATE TABLE {schema_name}.[B] (ID INT NOT NULL /* note */, AMOUNT FLOAT NULL);",
                "");
        Config config = Config.defaults().withProfile(Profile.PLATFORM);
        try (SqlValidator validator = new SqlValidator(2000)) {
            Analyzer analyzer = new Analyzer(RuleRegistry::forProfile, validator);
            SqlFile before = analyzer.model(path, text, config, Profile.PLATFORM);
            // Each edit keeps every offset: only the value checks keep a stale model out.
            for (String[] edit : new String[][] {{"TENANT", "XENANT"}, {"no-float", "no-floax"}, {"/* note */", "/* nota */"}}) {
                String changed = text.replace(edit[0], edit[1]);
                SqlFile reused = analyzer.model(path, changed, config, Profile.PLATFORM, before);
                SqlFile fresh = analyzer.model(path, changed, config, Profile.PLATFORM);
                assertNotSame(before.models().get(1), reused.models().get(1), edit[1]);
                assertEquals(findings(analyzer, fresh, config, Profile.PLATFORM), findings(analyzer, reused, config, Profile.PLATFORM),
                        edit[1]);
            }
        }
    }

    private static List<io.migrationlsp.core.rules.Finding> findings(Analyzer analyzer, SqlFile file, Config config,
                                                                     Profile profile) {
        return analyzer.analyze(file, config, profile, WorkspaceView.NONE, () -> false).findings();
    }

    /** Inserts, deletes or replaces (same length: later offsets stay) at a random place. */
    private static String keystroke(String text, Random random) {
        int at = text.isEmpty() ? 0 : random.nextInt(text.length());
        String typed = TYPED[random.nextInt(TYPED.length)];
        return switch (random.nextInt(3)) {
            case 0 -> text.substring(0, at) + typed + text.substring(at);
            case 1 -> text.isEmpty() ? typed : text.substring(0, at) + text.substring(at + 1);
            default -> text.isEmpty() ? typed : text.substring(0, at) + typed.charAt(0) + text.substring(at + 1);
        };
    }
}
