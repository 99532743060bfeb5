package io.migrationlsp.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrationlsp.core.config.Config;
import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.rules.Finding;
import io.migrationlsp.core.schema.SchemaModel;
import io.migrationlsp.core.schema.TableInfo;
import io.migrationlsp.core.workspace.Project;
import io.migrationlsp.core.workspace.TablesPyModel;
import io.migrationlsp.core.workspace.WorkspaceIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code tables-py-no-alter} fix folds the ALTER into the CREATE TABLE, in the Python file:
 * the exact text it leaves, that the finding is gone, and that tables.py still creates the same
 * schema (the fold changes the form, never the tables).
 */
class TablesPyFoldTest {
    private static final String HEAD = """
            \"\"\"Tenant schema.\"\"\"


            def get_tenant_tables_sql(schema_name: str) -> str:
                return f\"\"\"
            CREATE TABLE {schema_name}.[HEALTH_PLAN] (
                ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY,
                NAME NVARCHAR(255) NOT NULL
            );

            CREATE TABLE {schema_name}.[CONTRACT] (
                ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY,
                HEALTH_PLAN_ID INT NULL,
                CODE VARCHAR(10) NULL,
                NAME NVARCHAR(255) NOT NULL
            );

            """;

    @TempDir
    Path root;

    @Test
    void addedColumnsJoinTheColumnList() throws Exception {
        String index = "CREATE INDEX IDX_CONTRACT_NAME ON {schema_name}.[CONTRACT](NAME);\n\"\"\"\n";
        String fixed = fold(HEAD + "ALTER TABLE {schema_name}.[CONTRACT] ADD NOTES NVARCHAR(MAX) NULL, RATE DECIMAL(18,4) NULL;\n\n"
                + index);
        // The ALTER and the blank line after it are gone; CONTRACT (the last table) has the two columns.
        int last = HEAD.lastIndexOf("    NAME NVARCHAR(255) NOT NULL\n");
        String expected = HEAD.substring(0, last)
                + "    NAME NVARCHAR(255) NOT NULL,\n    NOTES NVARCHAR(MAX) NULL,\n    RATE DECIMAL(18,4) NULL\n);\n\n" + index;
        assertEquals(expected, fixed);
    }

    @Test
    void addedConstraintGoesBeforeTheClosingParenthesisOnOneLine() throws Exception {
        String fixed = fold(HEAD + "ALTER TABLE {schema_name}.[CONTRACT] ADD CONSTRAINT FK_CONTRACT_HEALTH_PLAN\n"
                + "FOREIGN KEY (HEALTH_PLAN_ID) REFERENCES {schema_name}.[HEALTH_PLAN](ID);\n\"\"\"\n");
        assertTrue(fixed.contains("    NAME NVARCHAR(255) NOT NULL,\n    CONSTRAINT FK_CONTRACT_HEALTH_PLAN FOREIGN KEY (HEALTH_PLAN_ID) "
                + "REFERENCES {schema_name}.[HEALTH_PLAN](ID)\n);\n\n\"\"\"\n"), fixed);
        assertTrue(!fixed.contains("ALTER TABLE"), fixed);
    }

    @Test
    void droppedAndAlteredColumnsChangeTheirDefinitions() throws Exception {
        String dropped = fold(HEAD + "ALTER TABLE {schema_name}.[CONTRACT] DROP COLUMN CODE;\n\"\"\"\n");
        assertTrue(dropped.contains("    HEALTH_PLAN_ID INT NULL,\n    NAME NVARCHAR(255) NOT NULL\n);\n\n\"\"\""), dropped);
        String altered = fold(HEAD + "ALTER TABLE {schema_name}.[CONTRACT] ALTER COLUMN CODE NVARCHAR(20) NOT NULL;\n\"\"\"\n");
        assertTrue(altered.contains("    CODE NVARCHAR(20) NOT NULL,\n    NAME"), altered);
        String first = fold(HEAD + "ALTER TABLE {schema_name}.[HEALTH_PLAN] ALTER COLUMN NAME NVARCHAR(100);\n\"\"\"\n");
        assertTrue(first.contains("    NAME NVARCHAR(100)\n);\n\nCREATE TABLE {schema_name}.[CONTRACT]"), first);
    }

    @Test
    void concatenatedLiteralsStayValidPython() throws Exception {
        String py = """
                def get_tenant_tables_sql(schema_name):
                    return (
                        f"CREATE TABLE {schema_name}.[T] (ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY, A INT NULL);\\n"
                        f"ALTER TABLE {schema_name}.[T] ADD B INT NULL;\\n"
                        "-- end\\n"
                    )
                """;
        String fixed = fold(py);
        assertEquals(py.replace("A INT NULL);", "A INT NULL,\\nB INT NULL);")
                .replace("f\"ALTER TABLE {schema_name}.[T] ADD B INT NULL;\\n\"", "f\"\""), fixed);
    }

    @Test
    void noFoldWithoutAnEarlierCreateOrForARename() throws Exception {
        write(HEAD + "ALTER TABLE {schema_name}.[PAYER] ADD NOTES NVARCHAR(MAX) NULL;\n"
                + "ALTER TABLE {schema_name}.[CONTRACT] DROP CONSTRAINT FK_OLD;\n"
                + "ALTER TABLE {schema_name}.[CONTRACT] ADD NAME NVARCHAR(10) NULL;\n\"\"\"\n");
        List<Finding> findings = noAlter(index());
        assertEquals(3, findings.size(), findings.toString());
        assertTrue(findings.stream().allMatch(f -> f.fixes().isEmpty()), findings.toString());
    }

    /** Applies the one no-alter finding's fix and checks what it must keep. */
    private String fold(String python) throws Exception {
        write(python);
        WorkspaceIndex before = index();
        List<Finding> findings = noAlter(before);
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(1, findings.get(0).fixes().size(), findings.toString());
        String fixed = RuleHarness.apply(python, findings.get(0).fixes().get(0).edits());
        write(fixed);
        WorkspaceIndex after = index();
        assertEquals(List.of(), noAlter(after), fixed);
        assertEquals(columns(before.tablesPy()), columns(after.tablesPy()), fixed);
        return fixed;
    }

    private void write(String python) throws Exception {
        Files.createDirectories(root.resolve("_migrations"));
        Files.createDirectories(root.resolve("app/tenant"));
        Files.writeString(root.resolve("app/tenant/tables.py"), python);
    }

    private WorkspaceIndex index() {
        return new WorkspaceIndex(Project.withConfig(root, Config.defaults().withProfile(Profile.PLATFORM), Profile.PLATFORM),
                RuleHarness.ANALYZER);
    }

    private static List<Finding> noAlter(WorkspaceIndex index) {
        TablesPyModel tp = index.tablesPy();
        return RuleHarness.ANALYZER.analyzeTablesPy(tp, index.project().config(), Profile.PLATFORM, index, () -> false)
                .findings().stream().filter(f -> f.ruleId().equals("tables-py-no-alter")).collect(Collectors.toList());
    }

    /** Every table's columns, types, nullability, defaults and foreign keys, as text. */
    private static Map<String, String> columns(TablesPyModel tp) {
        Map<String, String> out = new TreeMap<>();
        SchemaModel schema = tp.schema();
        for (TableInfo t : schema.tables().values()) {
            StringBuilder sb = new StringBuilder();
            t.columns().values().forEach(c -> sb.append(c.name()).append(' ').append(c.type()).append(' ')
                    .append(c.nullability()).append(' ').append(c.defaultText()).append("; "));
            t.foreignKeys().forEach(fk -> sb.append("FK ").append(fk.columns()).append("->").append(fk.refTable())
                    .append(fk.refColumns()).append("; "));
            out.put(t.key(), sb.toString());
        }
        return out;
    }
}
