package io.migrationlsp.core.alembic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrationlsp.core.analysis.Analyzer;
import io.migrationlsp.core.analysis.SqlValidator;
import io.migrationlsp.core.config.Config;
import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.model.StatementKind;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.text.TextSpan;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RevisionReaderTest {
    private static final Analyzer ANALYZER = new Analyzer(p -> List.of(), new SqlValidator(1000));
    private static final Config CONFIG = Config.defaults().withProfile(Profile.ALEMBIC);

    static Revision read(String text) {
        return RevisionReader.read("alembic/versions/x.py", text,
                sql -> ANALYZER.model("alembic/versions/x.py", sql, CONFIG, Profile.ALEMBIC));
    }

    private static final String TEMPLATE = String.join("\n",
            "\"\"\"Add feature_flag column to user table.",
            "",
            "Revision ID: abc123def456",
            "Revises: previous_revision",
            "\"\"\"",
            "from typing import Sequence, Union",
            "from alembic import op",
            "import sqlalchemy as sa",
            "",
            "# revision identifiers",
            "revision: str = 'abc123def456'",
            "down_revision: Union[str, None] = 'previous_revision'",
            "branch_labels: Union[str, Sequence[str], None] = None",
            "depends_on: Union[str, Sequence[str], None] = ('other',)",
            "",
            "",
            "def upgrade() -> None:",
            "    \"\"\"Add feature_flag column with default value.\"\"\"",
            "    op.add_column(",
            "        'user',",
            "        sa.Column(",
            "            'feature_flag',",
            "            sa.Boolean(),",
            "            nullable=False,",
            "            server_default=sa.text('FALSE'),",
            "        )",
            "    )",
            "",
            "",
            "def downgrade() -> None:",
            "    \"\"\"Remove feature_flag column.\"\"\"",
            "    op.drop_column('user', 'feature_flag')",
            "");

    @Test
    void theTemplateGivesItsIdentifiersWithTheSpansOfTheirStrings() {
        Revision r = read(TEMPLATE);
        RevisionHeader h = r.header();
        assertEquals("abc123def456", h.id());
        assertEquals("'abc123def456'", h.revision().span().of(TEMPLATE));
        assertEquals(1, h.downRevisions().size());
        assertEquals("'previous_revision'", h.downRevisions().get(0).span().of(TEMPLATE));
        assertTrue(h.branchLabels().isEmpty());
        assertEquals("other", h.dependsOn().get(0).value());
        assertFalse(h.isRoot());
    }

    @Test
    void theFunctionsHoldTheirOperationsAndArguments() {
        Revision r = read(TEMPLATE);
        assertEquals("upgrade", r.upgrade().nameSpan().of(TEMPLATE));
        assertFalse(r.upgrade().isEmpty());
        OpCall add = r.upgrade().ops().get(0);
        assertEquals(OpKind.ADD_COLUMN, add.kind());
        assertEquals("user", add.table());
        SaColumn c = add.addedColumn();
        assertEquals("feature_flag", c.name());
        assertEquals("Boolean", c.typeName());
        assertEquals(Boolean.FALSE, c.nullable());
        assertEquals("sa.text('FALSE')", c.serverDefault().text(TEMPLATE));
        OpCall drop = r.downgrade().ops().get(0);
        assertEquals(OpKind.DROP_COLUMN, drop.kind());
        assertEquals("feature_flag", drop.column());
        assertEquals("'feature_flag'", drop.columnArg().text(TEMPLATE));
        assertEquals("op.drop_column", drop.calleeSpan().of(TEMPLATE));
    }

    @Test
    void argumentsAreFoundByKeywordOrPosition() {
        String src = "def upgrade():\n"
                + "    op.create_foreign_key(constraint_name='fk_a', source_table='a', referent_table='b',\n"
                + "                          local_cols=['b_id'], remote_cols=['id'])\n"
                + "    op.create_index('ix_a_b', 'a', ['b_id'], unique=True)\n"
                + "    op.drop_index('ix_a_b', table_name='a')\n";
        Revision r = read(src);
        List<OpCall> ops = r.upgrade().ops();
        assertEquals("a", ops.get(0).table());
        assertEquals("b", ops.get(0).string("referent_table"));
        assertEquals("a", ops.get(1).table());
        assertEquals("ix_a_b", ops.get(1).string("index_name"));
        assertEquals("a", ops.get(2).table());
    }

    @Test
    void batchOperationsTakeTheirTableFromTheWithStatement() {
        String src = "def upgrade():\n"
                + "    with op.batch_alter_table('user', schema=None) as batch_op:\n"
                + "        batch_op.alter_column('email', nullable=False)\n"
                + "        batch_op.drop_column('legacy')\n"
                + "    op.drop_column('other', 'x')\n";
        List<OpCall> ops = read(src).upgrade().ops();
        assertEquals(3, ops.size());
        assertEquals("user", ops.get(0).table());
        assertEquals("email", ops.get(0).column());
        assertTrue(ops.get(1).isBatch());
        assertEquals("legacy", ops.get(1).column());
        assertEquals("other", ops.get(2).table());
        assertFalse(ops.get(2).isBatch());
    }

    @Test
    void executeSqlIsModelledAndItsSpansMapIntoThePythonString() {
        String src = "def upgrade():\n"
                + "    op.execute(\"UPDATE user \"\n"
                + "               \"SET email = lower(email)\")\n"
                + "    op.execute(sa.text('ALTER TABLE product DROP COLUMN category_id'))\n";
        Revision r = read(src);
        ExecuteSql update = r.upgrade().ops().get(0).sql();
        assertNotNull(update);
        assertEquals("UPDATE user SET email = lower(email)", update.mapped().sql());
        StatementModel m = update.models().get(0);
        assertEquals(StatementKind.UPDATE, m.kind());
        assertEquals("user", update.toPython(m.target().span()).of(src));
        TextSpan set = update.toPython(new TextSpan(update.mapped().sql().indexOf("SET"), update.mapped().sql().indexOf("SET") + 3));
        assertEquals("SET", set.of(src));
        ExecuteSql drop = r.upgrade().ops().get(1).sql();
        assertEquals("category_id", drop.toPython(drop.models().get(0).alterActions().get(0).names().get(0).span()).of(src));
    }

    @Test
    void noneTuplesAndOneLineBodies() {
        String src = "revision = \"m1\"\ndown_revision = ('a', \"b\")\n\ndef upgrade(): pass\ndef downgrade(): ...\n";
        Revision r = read(src);
        assertEquals(List.of("a", "b"), r.header().downRevisions().stream().map(RevisionId::value).toList());
        assertTrue(r.upgrade().isEmpty());
        assertTrue(r.downgrade().isEmpty());
        Revision root = read("revision = 'r'\ndown_revision = None\n");
        assertTrue(root.header().isRoot());
        assertNull(root.upgrade());
        assertNull(read("x = 1\n").header().revision());
    }

    @Test
    void nestedStatementsAreStepsMarkedNested() {
        String src = "def upgrade():\n"
                + "    bind = op.get_bind()\n"
                + "    if bind.dialect.name == 'mysql':\n"
                + "        op.execute('SET foreign_key_checks = 0')\n";
        MigrationFunction up = read(src).upgrade();
        assertEquals(3, up.steps().size());
        assertEquals(MigrationFunction.StepKind.OTHER, up.steps().get(0).kind());
        assertTrue(up.steps().get(2).nested());
        assertEquals(OpKind.EXECUTE, up.steps().get(2).op().kind());
    }

    @Test
    void garbageNeverThrows() {
        Random random = new Random(3);
        String alphabet = "op.add_column('u', sa.Column(\"c\", nullable=False))\n def upgrade():\n  revision = '\"\\#([{}]),=\t";
        for (int n = 0; n < 2000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(200); k > 0; k--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            Revision r = read(b.toString());
            assertNotNull(r.header());
        }
        Revision cut = read(TEMPLATE.substring(0, TEMPLATE.indexOf("nullable=False")));
        assertEquals("feature_flag", cut.upgrade().ops().get(0).addedColumn().name());
    }
}
