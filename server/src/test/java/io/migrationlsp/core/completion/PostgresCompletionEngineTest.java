package io.migrationlsp.core.completion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrationlsp.core.analysis.Analyzer;
import io.migrationlsp.core.analysis.SqlValidator;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.rules.Finding;
import io.migrationlsp.core.text.Dialect;
import io.migrationlsp.core.text.TextSpan;
import io.migrationlsp.core.workspace.Project;
import io.migrationlsp.core.workspace.WorkspaceIndex;
import io.migrationlsp.rules.RuleRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Postgres profiles' completion engine: each profile's templates, inserted as plain text, lint
 * clean under that profile; and completion anywhere in the Postgres rule fixtures never fails.
 */
class PostgresCompletionEngineTest {
    @TempDir
    Path dir;

    /** A workspace, where the snippets go, the file beside it that must exist (rollback / down), and that file's text. */
    private record Case(Path source, String file, String pair, String pairText) {}

    @Test
    void everyProfilesSnippetsLintCleanUnderThatProfile() throws Exception {
        List<Case> cases = List.of(
                new Case(Paths.get("src/test/resources/completion/postgres-rls"), "db/migrations/004_add_things.sql",
                        "db/migrations/004_add_things_rollback.sql", "DROP TABLE IF EXISTS core.table_name;\n"),
                new Case(Paths.get("src/test/resources/completion/supabase"),
                        "supabase/migrations/20260101120000_add_things.sql", null, null),
                new Case(Paths.get("../examples/sqlx"), "migrations/0006_add_things.up.sql",
                        "migrations/0006_add_things.down.sql", "DROP TABLE IF EXISTS table_name;\n"));
        Map<String, Integer> expected = Map.of("db/migrations/004_add_things.sql", 3,
                "supabase/migrations/20260101120000_add_things.sql", 2, "migrations/0006_add_things.up.sql", 1);
        try (SqlValidator validator = new SqlValidator(1000)) {
            Analyzer analyzer = new Analyzer(RuleRegistry::forProfile, validator);
            for (Case c : cases) {
                Path root = dir.resolve(c.file().replace('/', '_'));
                copyTree(c.source().toAbsolutePath().normalize(), root);
                if (c.pair() != null) {
                    Files.writeString(root.resolve(c.pair()), c.pairText());
                }
                Files.writeString(root.resolve(c.file()), "");
                WorkspaceIndex index = new WorkspaceIndex(Project.open(root, null, null), analyzer);
                CompletionEngine engine = new CompletionEngine(analyzer);
                List<Candidate> snippets = engine.complete(index, c.file(), "", 0, false, () -> false);
                assertEquals(expected.get(c.file()), snippets.size(), c.file() + ": " + snippets);
                String header = snippets.get(0).label().equals("Migration header") ? snippets.get(0).insertText() + "\n" : "";
                for (Candidate s : snippets) {
                    assertEquals(Candidate.Kind.SNIPPET, s.kind());
                    assertFalse(s.snippet(), "plain text without snippet support");
                    if (s.label().equals("Migration header")) {
                        continue;
                    }
                    String text = header + s.insertText() + "\n";
                    var project = index.project();
                    List<Finding> findings = analyzer.analyze(c.file(), text, project.config(), project.profile(), index,
                            () -> false).findings();
                    List<Finding> serious = findings.stream()
                            .filter(f -> f.severity() == Severity.ERROR || f.severity() == Severity.WARNING).toList();
                    assertTrue(serious.isEmpty(), c.file() + " / " + s.label() + ":\n" + text + "\n" + serious);
                }
            }
        }
    }

    @Test
    void completionAllOverThePostgresRuleFixtures() throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Stream.of("postgres-rls", "supabase", "sqlx")
                .flatMap(p -> walkSql(Paths.get("src", "test", "resources", "rules", p)))) {
            files = walk.sorted().toList();
        }
        assertFalse(files.isEmpty());
        Path workspace = Paths.get("src", "test", "resources", "completion", "postgres-rls").toAbsolutePath();
        try (SqlValidator validator = new SqlValidator(1000)) {
            Analyzer analyzer = new Analyzer(RuleRegistry::forProfile, validator);
            WorkspaceIndex index = new WorkspaceIndex(Project.open(workspace, null, null), analyzer);
            CompletionEngine engine = new CompletionEngine(analyzer);
            int proposed = 0;
            for (Path file : files) {
                String text = Files.readString(file);
                int[] offsets = IntStream.concat(IntStream.iterate(0, o -> o < text.length(), o -> o + 3),
                        IntStream.of(text.length())).toArray();
                for (int offset : offsets) {
                    CompletionContext ctx = ContextDetector.detect(text, offset, "", Dialect.POSTGRES);
                    if (ctx.kind() == CompletionContext.Kind.NONE || offset % 9 != 0) {
                        continue;
                    }
                    for (Candidate c : engine.complete(index, null, text, offset, offset % 2 == 0, () -> false)) {
                        TextSpan r = c.replace();
                        assertTrue(r.start() <= offset && offset <= r.end() && r.end() <= text.length(),
                                file + "@" + offset + ": " + c.label() + " replaces " + r);
                        proposed++;
                    }
                }
            }
            assertTrue(proposed > 0, "the fixtures put the cursor somewhere with proposals");
        }
    }

    private static void copyTree(Path from, Path to) throws java.io.IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static Stream<Path> walkSql(Path dir) {
        try {
            return Files.walk(dir).filter(p -> p.toString().endsWith(".sql")).toList().stream();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
