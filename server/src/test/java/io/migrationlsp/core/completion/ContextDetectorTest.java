package io.migrationlsp.core.completion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.migrationlsp.core.completion.CompletionContext.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each case is SQL with a {@code |} at the cursor. */
class ContextDetectorTest {
    private static final String PERMISSION_ROW = "INSERT INTO PLATFORM.ROLE_PERMISSION (ROLE_ID, PERMISSION_NAME) VALUES\n"
            + "((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Super Admin'), 'HEALTH_PLAN.VIEW'),\n"
            + "((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Super Admin'), '";

    private static CompletionContext at(String marked) {
        int cursor = marked.indexOf('|');
        return ContextDetector.detect(marked.substring(0, cursor) + marked.substring(cursor + 1), cursor, "{schema_name}");
    }

    private static void assertContext(Kind kind, String prefix, String marked) {
        CompletionContext c = at(marked);
        assertEquals(kind, c.kind(), marked);
        assertEquals(prefix, c.prefix(), marked);
    }

    @Test
    void roleAndPermissionStrings() {
        assertContext(Kind.ROLE, "Sec", "SELECT ID FROM PLATFORM.[ROLES] WHERE [NAME] = 'Sec|");
        assertContext(Kind.ROLE, "", PERMISSION_ROW.replace("'Super Admin'), '", "'|"));
        assertContext(Kind.PERMISSION_ENTITY, "", PERMISSION_ROW + "|");
        assertContext(Kind.PERMISSION_ENTITY, "HEAL", PERMISSION_ROW + "HEAL|");
        CompletionContext action = at(PERMISSION_ROW + "health_plan.V|");
        assertEquals(Kind.PERMISSION_ACTION, action.kind());
        assertEquals("health_plan", action.entity());
        assertEquals("V", action.prefix());
        assertEquals(action.replace().end() - 1, action.replace().start());
    }

    @Test
    void stringsThatAreNeitherGetNothing() {
        assertContext(Kind.NONE, "", "INSERT INTO PLATFORM.ROLES (NAME) VALUES ('|");
        assertContext(Kind.NONE, "", "INSERT INTO PLATFORM.ROLE_PERMISSION (PERMISSION_NAME, ROLE_ID) VALUES ('X.VIEW', '|");
        assertContext(Kind.NONE, "", "INSERT INTO PLATFORM.ROLE_PERMISSION VALUES (1, '|");
        assertContext(Kind.NONE, "", "UPDATE {schema_name}.[T] SET NAME = '|");
        assertContext(Kind.NONE, "", "SELECT 'a|' FROM PLATFORM.ROLES");
        assertContext(Kind.NONE, "", "SELECT 'a'|");
    }

    @Test
    void tablesAfterTheSchema() {
        CompletionContext tenant = at("ALTER TABLE {schema_name}.|");
        assertEquals(Kind.TABLE, tenant.kind());
        assertEquals("{TENANT}", tenant.tableKey());
        assertEquals("PLATFORM", at("SELECT * FROM PLATFORM.RO|").tableKey());
        assertContext(Kind.TABLE, "[RE", "INSERT INTO {schema_name}.[RE|");
        assertContext(Kind.NONE, "", "CREATE TABLE {schema_name}.|");
        assertContext(Kind.NONE, "", "SELECT t.| FROM {schema_name}.[T] t");
        assertContext(Kind.NONE, "", "SELECT * FROM dbo.|");
    }

    @Test
    void columnsOfTheStatementsTable() {
        CompletionContext drop = at("ALTER TABLE {schema_name}.[PAYMENT] DROP COLUMN |");
        assertEquals(Kind.COLUMN, drop.kind());
        assertEquals("{TENANT}.PAYMENT", drop.tableKey());
        assertEquals(List.of("A"), at("IF EXISTS (SELECT 1) ALTER TABLE PLATFORM.X DROP COLUMN IF EXISTS A, B|").listed().subList(0, 1));
        assertContext(Kind.COLUMN, "NO", "ALTER TABLE {schema_name}.[PAYMENT] ALTER COLUMN NO|");
        CompletionContext keys = at("CREATE UNIQUE NONCLUSTERED INDEX IDX_P_A ON {schema_name}.[P](A DESC, |");
        assertEquals(Kind.COLUMN, keys.kind());
        assertEquals(List.of("A"), keys.listed());
        CompletionContext include = at("CREATE INDEX IDX_P_A ON {schema_name}.[P] (A)\nINCLUDE (B, |");
        assertEquals(List.of("A", "B"), include.listed());
        assertContext(Kind.NONE, "", "ALTER TABLE {schema_name}.[PAYMENT] DROP COLUMN A |");
        assertContext(Kind.NONE, "", "ALTER TABLE {schema_name}.[PAYMENT] DROP |");
        assertContext(Kind.NONE, "", "CREATE INDEX IDX_P_A ON {schema_name}.[P] (A) |");
    }

    @Test
    void typesInColumnDefinitions() {
        assertContext(Kind.TYPE, "", "CREATE TABLE {schema_name}.[P] (\n    ID INT NOT NULL,\n    AMOUNT |");
        assertContext(Kind.TYPE, "DEC", "CREATE TABLE {schema_name}.[P] (ID INT NOT NULL, AMOUNT DEC|");
        assertEquals(true, at("ALTER TABLE {schema_name}.[P] ADD AMOUNT |").defaults());
        assertEquals(false, at("ALTER TABLE {schema_name}.[P] ALTER COLUMN AMOUNT |").defaults());
        assertContext(Kind.TYPE, "", "ALTER TABLE {schema_name}.[P] ADD A INT NULL, B |");
        assertContext(Kind.NONE, "", "CREATE TABLE {schema_name}.[P] (ID INT NOT NULL, CONSTRAINT |");
        assertContext(Kind.NONE, "", "CREATE TABLE {schema_name}.[P] (ID INT NOT NULL, AMOUNT DECIMAL(18,|");
        assertContext(Kind.NONE, "", "CREATE TABLE {schema_name}.[P] (ID INT NOT NULL, |");
        assertContext(Kind.NONE, "", "CREATE TABLE {schema_name}.[P] (ID INT NOT NULL) |");
        assertContext(Kind.NONE, "", "CREATE TABLE {schema_name}.[P] (ID INT NOT NULL, NAME 'x|");
    }

    @Test
    void statementStartsAndHeaderComments() {
        assertContext(Kind.STATEMENT, "", "|");
        assertContext(Kind.STATEMENT, "INS", "SELECT 1;\n  INS|");
        assertContext(Kind.STATEMENT, "", "CREATE TABLE {schema_name}.[P] (ID INT NOT NULL)\n|");
        assertContext(Kind.NONE, "", "CREATE TABLE {schema_name}.[P] (ID INT NOT NULL,\n|");
        assertContext(Kind.HEADER_COMMENT, "-- ==== PLAT", "SELECT 1;\n-- ==== PLAT|");
        assertContext(Kind.NONE, "", "SELECT 1; -- PLAT|");
        assertContext(Kind.NONE, "", "-- see ticket #12|");
        assertContext(Kind.NONE, "", "/* CREATE TABLE {schema_name}.|");
    }
}
