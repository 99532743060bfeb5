package io.migrationlsp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrationlsp.rules.RuleRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code schema}: the replayed schema as SQL, Markdown and a Mermaid ER diagram. */
class SchemaCommandTest {
    @TempDir
    Path ws;

    private record Run(int code, String out, String err) {}

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(ws, RuleRegistry::forProfile).execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private void workspace() throws IOException {
        Path m = Files.createDirectories(ws.resolve("_migrations"));
        Files.writeString(m.resolve("2026_2_1_1.sql"), """
                -- ========== PLATFORM MIGRATIONS ==========
                CREATE TABLE PLATFORM.[ROLES] (ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY, NAME NVARCHAR(255) NOT NULL);
                -- ========== TENANT MIGRATIONS ==========
                -- NOTE: Make sure app/tenant/tables.py is in sync
                CREATE TABLE {schema_name}.[HEALTH_PLAN] (ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY, NAME NVARCHAR(255) NOT NULL);
                """);
        Files.writeString(m.resolve("2026_2_2_1.sql"), """
                -- ========== TENANT MIGRATIONS ==========
                -- NOTE: Make sure app/tenant/tables.py is in sync
                CREATE TABLE {schema_name}.[REBATE_CONTRACT] (
                    ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY,
                    HEALTH_PLAN_ID INT NULL FOREIGN KEY REFERENCES {schema_name}.[HEALTH_PLAN](ID),
                    RATE DECIMAL(18,4) NULL
                );
                CREATE INDEX IDX_REBATE_CONTRACT_HEALTH_PLAN_ID ON {schema_name}.[REBATE_CONTRACT](HEALTH_PLAN_ID);
                """);
    }

    @Test
    void sqlIsDdlWithParentsFirst() throws IOException {
        workspace();
        Run r = run("schema", "--scope", "tenant", ".");
        assertEquals(0, r.code(), r.err());
        assertEquals("""
                CREATE TABLE {schema_name}.[HEALTH_PLAN] (
                    ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY,
                    NAME NVARCHAR(255) NOT NULL
                );

                CREATE TABLE {schema_name}.[REBATE_CONTRACT] (
                    ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY,
                    HEALTH_PLAN_ID INT NULL,
                    RATE DECIMAL(18,4) NULL,
                    FOREIGN KEY (HEALTH_PLAN_ID) REFERENCES {schema_name}.[HEALTH_PLAN](ID)
                );
                CREATE INDEX IDX_REBATE_CONTRACT_HEALTH_PLAN_ID ON {schema_name}.[REBATE_CONTRACT](HEALTH_PLAN_ID);

                """, r.out());
    }

    @Test
    void mermaidDrawsEntitiesAndRelationships() throws IOException {
        workspace();
        Run r = run("schema", "--format", "mermaid");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("erDiagram\n"), r.out());
        assertTrue(r.out().contains("    REBATE_CONTRACT {\n        INT ID PK \"NOT NULL\"\n        INT HEALTH_PLAN_ID FK\n"
                + "        DECIMAL_18_4 RATE\n    }\n"), r.out());
        assertTrue(r.out().contains("    HEALTH_PLAN ||--o{ REBATE_CONTRACT : \"HEALTH_PLAN_ID\"\n"), r.out());
        assertTrue(r.out().contains("    ROLES {\n"), "platform tables are drawn too:\n" + r.out());
    }

    @Test
    void markdownListsColumnsWithTheMigrationThatAddedEach() throws IOException {
        workspace();
        Run r = run("schema", "--format", "markdown", "--scope", "platform", ws.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("## PLATFORM.[ROLES]\n"), r.out());
        assertTrue(r.out().contains("| NAME | NVARCHAR(255) | no |  | `_migrations/2026_2_1_1.sql` |\n"), r.out());
        assertTrue(!r.out().contains("HEALTH_PLAN"), "scope platform leaves tenant tables out");
    }

    @Test
    void badArgumentsExitTwoWithOneLine() throws IOException {
        workspace();
        for (String[] args : new String[][] {{"schema", "--format", "xml"}, {"schema", "--scope", "both"},
                {"schema", "no-such-dir"}, {"schema", "--format"}}) {
            Run r = run(args);
            assertEquals(2, r.code(), String.join(" ", args));
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertEquals("", r.out());
        }
    }
}
