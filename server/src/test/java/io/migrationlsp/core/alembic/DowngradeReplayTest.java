package io.migrationlsp.core.alembic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrationlsp.core.analysis.Analyzer;
import io.migrationlsp.core.analysis.SqlValidator;
import io.migrationlsp.core.analysis.WorkspaceView;
import io.migrationlsp.core.config.Config;
import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.rules.Edit;
import io.migrationlsp.core.rules.Finding;
import io.migrationlsp.core.rules.Fix;
import io.migrationlsp.rules.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The generated downgrade() is checked by replaying: upgrade() then the generated downgrade() on
 * an {@link OpSchema} must give back the schema upgrade() started from, for every revision of the
 * fixtures and examples the quick fix is offered on; and the replay itself tells a wrong downgrade
 * from a right one.
 */
class DowngradeReplayTest {
    private static final Analyzer ANALYZER = new Analyzer(RuleRegistry::forProfile, new SqlValidator(5_000));
    private static final Config CONFIG = Config.defaults().withProfile(Profile.ALEMBIC);

    @Test
    void everyGeneratedDowngradeUndoesItsUpgrade() throws Exception {
        int checked = 0;
        for (Path file : revisionFiles()) {
            String text = Files.readString(file);
            String path = "alembic/versions/" + file.getFileName();
            List<Finding> findings = ANALYZER.analyze(path, text, CONFIG, Profile.ALEMBIC, WorkspaceView.NONE, () -> false).findings();
            for (Finding f : findings) {
                if (!f.ruleId().equals("downgrade-required") || f.fixes().isEmpty()) {
                    continue;
                }
                String fixed = apply(text, f.fixes().get(0));
                Revision r = RevisionReaderTest.read(fixed);
                List<OpCall> up = r.upgrade().ops();
                List<OpCall> down = r.downgrade().ops();
                OpSchema before = OpReplay.seedFor(fixed, up);
                OpSchema after = before.copy();
                OpReplay.apply(after, fixed, up);
                assertNotEquals(before, after, file + ": upgrade() changes the schema");
                OpReplay.apply(after, fixed, down);
                assertEquals(before, after, file + ": upgrade() then the generated downgrade()\n" + fixed);
                checked++;
            }
        }
        assertTrue(checked >= 3, "generated downgrades checked: " + checked);
    }

    /** From a schema built by real revisions rather than assumed: create the tables, upgrade, then the generated downgrade. */
    @Test
    void fromAnExplicitStartingSchema() throws Exception {
        String setup = String.join("\n",
                "def upgrade():",
                "    op.create_table('user', sa.Column('id', sa.Integer(), primary_key=True),",
                "                    sa.Column('email', sa.String(255), nullable=True))",
                "    op.create_table('user_note', sa.Column('id', sa.Integer(), primary_key=True))",
                "");
        OpSchema start = new OpSchema();
        OpReplay.apply(start, setup, RevisionReaderTest.read(setup).upgrade().ops());
        String revision = Files.readString(Paths.get("src/test/resources/rules/alembic/downgrade-required/pass.py"));
        Revision r = RevisionReaderTest.read(revision);
        DowngradeGenerator.Result generated = DowngradeGenerator.invert(r);
        assertTrue(generated.ok(), generated.reason());
        String downgrade = "def downgrade():\n" + String.join("", generated.statements().stream().map(s -> "    " + s + "\n").toList());
        OpSchema state = start.copy();
        OpReplay.apply(state, revision, r.upgrade().ops());
        assertTrue(state.table("team") != null && state.table("member_note") != null, state.describe());
        assertEquals(Boolean.FALSE, state.table("user").column("email").nullable());
        OpReplay.apply(state, downgrade, RevisionReaderTest.read(downgrade).downgrade().ops());
        assertEquals(start, state, "back to the start:\n" + start + "\nbut\n" + state);
    }

    @Test
    void theReplayTellsAWrongDowngradeFromARightOne() throws Exception {
        String src = String.join("\n",
                "def upgrade():",
                "    op.add_column('user', sa.Column('team_id', sa.Integer(), nullable=True))",
                "    op.create_foreign_key('fk_user_team', 'user', 'team', ['team_id'], ['id'])",
                "",
                "def downgrade():",
                "    op.drop_column('user', 'team_id')",
                "    op.drop_constraint('fk_user_team', 'user', type_='foreignkey')",
                "");
        Revision r = RevisionReaderTest.read(src);
        OpSchema start = OpReplay.seedFor(src, r.upgrade().ops());
        OpSchema state = start.copy();
        OpReplay.apply(state, src, r.upgrade().ops());
        OpReplay.ReplayException e = assertThrows(OpReplay.ReplayException.class,
                () -> OpReplay.apply(state.copy(), src, r.downgrade().ops()), "the key still uses the column");
        assertTrue(e.getMessage().contains("team_id"), e.getMessage());
        String incomplete = "def downgrade():\n    op.drop_constraint('fk_user_team', 'user', type_='foreignkey')\n";
        OpSchema partial = state.copy();
        OpReplay.apply(partial, incomplete, RevisionReaderTest.read(incomplete).downgrade().ops());
        assertNotEquals(start, partial, "a downgrade that forgets the column leaves the schema changed");
        assertEquals(null, DowngradeGenerator.roundTrip(src, r.upgrade().ops(),
                List.of("op.drop_constraint('fk_user_team', 'user', type_='foreignkey')", "op.drop_column('user', 'team_id')")));
        assertFalse(DowngradeGenerator.roundTrip(src, r.upgrade().ops(),
                List.of("op.drop_constraint('fk_user_team', 'user', type_='foreignkey')")) == null);
    }

    @Test
    void operationsThatLoseInformationHaveNoInverse() {
        String src = "def upgrade():\n    op.drop_column('user', 'legacy')\n";
        DowngradeGenerator.Result r = DowngradeGenerator.invert(RevisionReaderTest.read(src));
        assertFalse(r.ok());
        assertTrue(r.reason().contains("drop_column"), r.reason());
        String alter = "def upgrade():\n    op.alter_column('user', 'email', type_=sa.Text())\n";
        assertFalse(DowngradeGenerator.invert(RevisionReaderTest.read(alter)).ok(), "no existing_type: the old type is unknown");
    }

    private static List<Path> revisionFiles() throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path root : List.of(Paths.get("src/test/resources/rules/alembic"), Paths.get("src/test/resources/workspaces"),
                Paths.get("..", "examples", "alembic"))) {
            try (Stream<Path> all = Files.walk(root)) {
                all.filter(p -> p.toString().endsWith(".py") && !p.toString().endsWith(".fixed.py"))
                        .sorted(Comparator.naturalOrder()).forEach(out::add);
            }
        }
        return out;
    }

    private static String apply(String text, Fix fix) {
        List<Edit> edits = new ArrayList<>(fix.edits());
        edits.sort(Comparator.comparingInt((Edit e) -> e.span().start()).reversed());
        StringBuilder b = new StringBuilder(text);
        for (Edit e : edits) {
            b.replace(e.span().start(), e.span().end(), e.newText());
        }
        return b.toString();
    }
}
