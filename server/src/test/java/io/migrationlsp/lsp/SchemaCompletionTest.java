package io.migrationlsp.lsp;

import static io.migrationlsp.lsp.CompletionProbe.complete;
import static io.migrationlsp.lsp.CompletionProbe.edit;
import static io.migrationlsp.lsp.CompletionProbe.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrationlsp.lsp.CompletionProbe.Marked;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tables after a schema, columns of the statement's table and column types, from the replayed schema. */
class SchemaCompletionTest {
    private static final String TENANT = "-- ========== TENANT MIGRATIONS ==========\n"
            + "-- NOTE: Make sure app/tenant/tables.py is in sync\n";
    private static final String INVOICE = "CREATE TABLE {schema_name}.[INVOICE] (\n"
            + "    ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY,\n    TOTAL DECIMAL(18,4) NULL\n);\n"
            + "ALTER TABLE {schema_name}.[INVOICE] ADD DUE_AT DATETIME2 NULL;\n";

    @TempDir
    Path dir;

    @Test
    void tenantTablesSeenFromTheCursor() throws Exception {
        Path root = CompletionProbe.workspace(dir);
        try (TestServer t = new TestServer()) {
            t.initialize(root, TestServer.pushClient(), null);
            String text = TENANT + INVOICE + "ALTER TABLE {schema_name}.|\n"
                    + "CREATE TABLE {schema_name}.[LATER] (ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY);\n";
            Marked m = Marked.of(text);
            List<CompletionItem> items = complete(t, root, text);
            // AUDIT_NOTE only tables.py creates; INVOICE this file creates above the cursor; LATER comes after it.
            assertEquals(List.of("AUDIT_NOTE", "HEALTH_PLAN", "INVOICE", "PAYMENT"), labels(items));
            CompletionItem payment = items.get(3);
            assertEquals(CompletionItemKind.Struct, payment.getKind());
            assertEquals("[PAYMENT]", edit(payment).getNewText());
            assertEquals(new Range(m.cursor(), m.cursor()), edit(payment).getRange());
            String doc = payment.getDocumentation().getRight().getValue();
            assertTrue(doc.contains("| AMOUNT | DECIMAL(18,4) | NULL |") && doc.contains("_migrations/2026_2_1_1.sql"), doc);
        }
    }

    @Test
    void aFileInTheHistorySeesOnlyWhatComesBeforeTheCursor() throws Exception {
        Path root = CompletionProbe.workspace(dir);
        String archive = "_migrations/2025_and_older/2025_1_1_1.sql";
        String text = Files.readString(root.resolve(archive));
        int tenantHeader = text.indexOf("-- ========== TENANT");
        try (TestServer t = new TestServer()) {
            t.initialize(root, TestServer.pushClient(), null);
            String top = "SELECT * FROM PLATFORM.|;\n" + text;
            Marked m = Marked.of(top);
            String uri = t.open(root.resolve(archive), m.text());
            assertTrue(complete(t, uri, m.cursor()).isEmpty(), "no platform table exists before the first migration's own");
            String below = text.substring(0, tenantHeader) + "SELECT * FROM PLATFORM.|;\n" + text.substring(tenantHeader);
            Marked b = Marked.of(below);
            t.open(root.resolve(archive), b.text());
            assertEquals(List.of("ROLES", "ROLE_PERMISSION"), labels(complete(t, uri, b.cursor())));
        }
    }

    @Test
    void bracketPrefixFiltersAndSwallowsTheAutoClosedBracket() throws Exception {
        Path root = CompletionProbe.workspace(dir);
        try (TestServer t = new TestServer()) {
            t.initialize(root, TestServer.pushClient(), null);
            String text = TENANT + "INSERT INTO {schema_name}.[pa|]";
            Marked m = Marked.of(text);
            List<CompletionItem> items = complete(t, root, text);
            assertEquals(List.of("PAYMENT"), labels(items));
            assertEquals("[PAYMENT]", edit(items.get(0)).getNewText());
            assertEquals(new Range(m.shifted(-3), m.shifted(1)), edit(items.get(0)).getRange());
        }
    }

    @Test
    void platformTablesAfterPlatform() throws Exception {
        Path root = CompletionProbe.workspace(dir);
        try (TestServer t = new TestServer()) {
            t.initialize(root, TestServer.pushClient(), null);
            assertEquals(List.of("ROLES", "ROLE_PERMISSION"), labels(complete(t, root, "SELECT * FROM PLATFORM.|")));
            assertEquals(List.of("ROLE_PERMISSION"), labels(complete(t, root, "SELECT * FROM PLATFORM.ROLE_|")));
            assertTrue(complete(t, root, TENANT + "CREATE TABLE {schema_name}.|").isEmpty(), "a new table's name is not completed");
        }
    }

    @Test
    void columnsOfTheTableInDropAlterAndIndexLists() throws Exception {
        Path root = CompletionProbe.workspace(dir);
        try (TestServer t = new TestServer()) {
            t.initialize(root, TestServer.pushClient(), null);
            List<CompletionItem> drop = complete(t, root, TENANT + "ALTER TABLE {schema_name}.[PAYMENT] DROP COLUMN |");
            assertEquals(List.of("ID", "HEALTH_PLAN_ID", "AMOUNT", "STATUS", "CREATED_BY", "CREATED_AT", "UPDATED_BY",
                    "UPDATED_AT"), labels(drop));
            assertEquals(CompletionItemKind.Field, drop.get(2).getKind());
            assertEquals("DECIMAL(18,4) NULL", drop.get(2).getDetail());

            String alter = TENANT + "ALTER TABLE {schema_name}.[PAYMENT] ALTER COLUMN am|";
            Marked m = Marked.of(alter);
            List<CompletionItem> amount = complete(t, root, alter);
            assertEquals(List.of("AMOUNT"), labels(amount));
            assertEquals(new Range(m.shifted(-2), m.cursor()), edit(amount.get(0)).getRange());
            assertEquals("AMOUNT", edit(amount.get(0)).getNewText());

            assertEquals(List.of("ID", "HEALTH_PLAN_ID", "AMOUNT", "CREATED_BY", "CREATED_AT", "UPDATED_BY", "UPDATED_AT"),
                    labels(complete(t, root, TENANT + "CREATE INDEX IDX_PAYMENT_STATUS_X ON {schema_name}.[PAYMENT](STATUS, |")));
            assertEquals(List.of("HEALTH_PLAN_ID", "CREATED_BY", "CREATED_AT"), labels(complete(t, root,
                    TENANT + "CREATE INDEX IDX_PAYMENT_STATUS ON {schema_name}.[PAYMENT] (STATUS)\nINCLUDE (AMOUNT, ID, UPDATED_BY, UPDATED_AT, |")));
            assertEquals(List.of("ID", "TOTAL", "DUE_AT"),
                    labels(complete(t, root, TENANT + INVOICE + "ALTER TABLE {schema_name}.[INVOICE] DROP COLUMN |")));
        }
    }

    @Test
    void typesWithTheConventionsFirst() throws Exception {
        Path root = CompletionProbe.workspace(dir);
        try (TestServer t = new TestServer()) {
            t.initialize(root, TestServer.pushClient(), null);
            List<CompletionItem> types = complete(t, root, TENANT + "CREATE TABLE {schema_name}.[INVOICE] (\n"
                    + "    ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY,\n    TOTAL |");
            assertEquals(List.of("NVARCHAR(255)", "DATETIME2", "DECIMAL(18,4)", "BIT NOT NULL DEFAULT 0", "INT"),
                    labels(types).subList(0, 5));
            assertTrue(labels(types).stream().noneMatch(l -> l.startsWith("FLOAT") || l.equals("DATETIME") || l.startsWith("MONEY")));
            assertEquals(CompletionItemKind.TypeParameter, types.get(0).getKind());

            String typed = TENANT + "ALTER TABLE {schema_name}.[PAYMENT] ADD PAID_AT dat|";
            Marked m = Marked.of(typed);
            List<CompletionItem> dat = complete(t, root, typed);
            assertEquals(List.of("DATETIME2", "DATE", "DATETIMEOFFSET"), labels(dat));
            assertEquals(new Range(m.shifted(-3), m.cursor()), edit(dat.get(0)).getRange());
            assertTrue(labels(complete(t, root, TENANT + "ALTER TABLE {schema_name}.[PAYMENT] ALTER COLUMN STATUS |"))
                    .contains("BIT NOT NULL"), "ALTER COLUMN takes no DEFAULT");
        }
    }

    @Test
    void nothingInTheWrongPlace() throws Exception {
        Path root = CompletionProbe.workspace(dir);
        try (TestServer t = new TestServer()) {
            t.initialize(root, TestServer.pushClient(), null);
            String create = TENANT + "CREATE TABLE {schema_name}.[INVOICE] (ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY, ";
            assertTrue(complete(t, root, create + "NOTE NVARCHAR(50) NOT NULL DEFAULT 'n|").isEmpty(), "types inside a string");
            assertTrue(complete(t, root, create + "NOTE |NVARCHAR(50) -- a comment").size() > 0);
            assertTrue(complete(t, root, create + "NOTE NVARCHAR(50) -- TOTAL |").isEmpty(), "types inside a comment");
            assertTrue(complete(t, root, create + "NOTE NVARCHAR(50) NOT |").isEmpty(), "types after the type");
            assertTrue(complete(t, root, TENANT + "ALTER TABLE {schema_name}.[PAYMENT] DROP |").isEmpty(), "columns after a bare DROP");
            assertTrue(complete(t, root, TENANT + "ALTER TABLE {schema_name}.[NO_SUCH_TABLE] DROP COLUMN |").isEmpty());
        }
    }
}
