package io.migrationlsp.lsp;

import static io.migrationlsp.lsp.CompletionProbe.complete;
import static io.migrationlsp.lsp.CompletionProbe.edit;
import static io.migrationlsp.lsp.CompletionProbe.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrationlsp.lsp.CompletionProbe.Marked;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Completion in Postgres migrations (postgres-rls and supabase fixtures of a few migrations each):
 * tables after a schema and after the keywords that take one, columns, Postgres types, and the
 * documents' templates; never a platform proposal.
 */
class PostgresCompletionTest {
    private static final String RLS_NEW = "db/migrations/004_next.sql";
    private static final String SUPABASE_NEW = "supabase/migrations/20260101120000_next.sql";
    private static final List<String> PLATFORM_ITEMS = List.of("NVARCHAR(255)", "DATETIME2", "DECIMAL(18,4)",
            "BIT NOT NULL DEFAULT 0", "CREATE TABLE (tenant, ID and audit columns)",
            "-- ========== TENANT MIGRATIONS ==========", "-- ========== PLATFORM MIGRATIONS ==========");

    @TempDir
    Path dir;

    private Path workspace(String name) throws Exception {
        Path root = dir.resolve(name);
        Fixtures.copyTree(Paths.get("src", "test", "resources", "completion", name).toAbsolutePath(), root);
        return root;
    }

    private static List<CompletionItem> at(TestServer t, Path root, String file, String withBar) throws Exception {
        Marked m = Marked.of(withBar);
        String uri = t.open(root.resolve(file), m.text());
        List<CompletionItem> items = complete(t, uri, m.cursor());
        for (CompletionItem i : items) {
            assertFalse(PLATFORM_ITEMS.contains(i.getLabel()), "platform item in a Postgres file: " + i.getLabel());
        }
        return items;
    }

    @Test
    void tablesAfterASchemaAndAfterKeywords() throws Exception {
        Path root = workspace("postgres-rls");
        try (TestServer t = new TestServer()) {
            t.initialize(root, TestServer.pushClient(), null);
            String text = "ALTER TABLE core.|";
            Marked m = Marked.of(text);
            List<CompletionItem> items = at(t, root, RLS_NEW, text);
            assertEquals(List.of("customers", "tenants"), labels(items));
            CompletionItem customers = items.get(0);
            assertEquals(CompletionItemKind.Struct, customers.getKind());
            assertEquals("customers", edit(customers).getNewText());
            assertEquals(new Range(m.cursor(), m.cursor()), edit(customers).getRange());
            assertEquals("table, 5 columns, RLS forced", customers.getDetail());
            String doc = customers.getDocumentation().getRight().getValue();
            assertTrue(doc.contains("| email | VARCHAR(255) | NULL |") && !doc.contains("legacy_code"), doc);

            for (String keyword : List.of("ALTER TABLE ", "ALTER TABLE IF EXISTS ONLY ", "DROP TABLE IF EXISTS ",
                    "INSERT INTO ", "UPDATE ", "DELETE FROM ", "SELECT * FROM ", "SELECT * FROM core.tenants t JOIN ",
                    "TRUNCATE ", "TRUNCATE TABLE ", "CREATE INDEX idx_x ON ", "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS idx_x ON ",
                    "CREATE POLICY tenant_isolation ON ", "ALTER TABLE core.customers ADD COLUMN o UUID REFERENCES ")) {
                assertEquals(List.of("core.customers", "core.tenants"), labels(at(t, root, RLS_NEW, keyword + "|")), keyword);
            }
            String typed = "SELECT * FROM cus|";
            Marked tm = Marked.of(typed);
            List<CompletionItem> filtered = at(t, root, RLS_NEW, typed);
            assertEquals(List.of("core.customers"), labels(filtered));
            assertEquals("core.customers", edit(filtered.get(0)).getNewText());
            assertEquals(new Range(tm.shifted(-3), tm.cursor()), edit(filtered.get(0)).getRange());

            for (String noTable : List.of("CREATE TABLE core.|", "CREATE TABLE IF NOT EXISTS core.|", "CREATE TABLE |",
                    "CREATE TABLE IF NOT EXISTS |", "SELECT * FROM core.customers FOR UPDATE |")) {
                assertTrue(at(t, root, RLS_NEW, noTable).isEmpty(), noTable);
            }
        }
    }

    @Test
    void columnsOfTheStatementsTable() throws Exception {
        Path root = workspace("postgres-rls");
        try (TestServer t = new TestServer()) {
            t.initialize(root, TestServer.pushClient(), null);
            List<String> all = List.of("id", "tenant_id", "name", "created_at", "email");
            for (String text : List.of("ALTER TABLE core.customers DROP COLUMN |",
                    "ALTER TABLE IF EXISTS ONLY core.customers DROP COLUMN IF EXISTS |",
                    "ALTER TABLE core.customers ALTER COLUMN |",
                    "ALTER TABLE core.customers RENAME COLUMN |")) {
                assertEquals(all, labels(at(t, root, RLS_NEW, text)), text);
            }
            // An earlier action of the same statement counts: x exists when the second action runs.
            assertEquals(List.of("id", "tenant_id", "name", "created_at", "email", "x"),
                    labels(at(t, root, RLS_NEW, "ALTER TABLE core.customers ADD COLUMN x TEXT, DROP COLUMN |")));
            assertEquals(List.of("id", "created_at", "email"),
                    labels(at(t, root, RLS_NEW, "CREATE INDEX CONCURRENTLY idx_c ON core.customers (tenant_id, name DESC, |")));
            assertEquals(List.of("id", "name", "created_at"),
                    labels(at(t, root, RLS_NEW, "CREATE TABLE core.o (t UUID REFERENCES core.tenants (|")));
            assertEquals(List.of("tenant_id"),
                    labels(at(t, root, RLS_NEW, "INSERT INTO core.customers (id, name, te|")));
            String text = "ALTER TABLE core.customers DROP COLUMN em|";
            Marked m = Marked.of(text);
            List<CompletionItem> items = at(t, root, RLS_NEW, text);
            assertEquals(List.of("email"), labels(items));
            assertEquals(CompletionItemKind.Field, items.get(0).getKind());
            assertEquals(new Range(m.shifted(-2), m.cursor()), edit(items.get(0)).getRange());
            // A table the file itself creates above the cursor counts.
            assertEquals(List.of("id", "total"), labels(at(t, root, RLS_NEW,
                    "CREATE TABLE core.orders (id UUID PRIMARY KEY, total NUMERIC(12,2));\nCREATE INDEX i ON core.orders (|")));
        }
    }

    @Test
    void postgresTypesWithTheDocumentsConventionsFirst() throws Exception {
        Path root = workspace("postgres-rls");
        try (TestServer t = new TestServer()) {
            t.initialize(root, TestServer.pushClient(), null);
            List<String> first = List.of("UUID", "TEXT", "TIMESTAMPTZ NOT NULL DEFAULT NOW()", "VARCHAR(255)", "INTEGER",
                    "JSONB", "BOOLEAN NOT NULL DEFAULT false", "BIGINT", "NUMERIC(12,2)");
            for (String text : List.of("CREATE TABLE IF NOT EXISTS core.orders (\n    id UUID PRIMARY KEY,\n    total |",
                    "ALTER TABLE core.customers ADD COLUMN IF NOT EXISTS phone |", "ALTER TABLE core.customers ADD phone |")) {
                List<CompletionItem> items = at(t, root, RLS_NEW, text);
                assertEquals(first, labels(items).subList(0, first.size()), text);
                assertEquals(CompletionItemKind.TypeParameter, items.get(0).getKind());
                assertEquals("convention", items.get(0).getDetail());
            }
            List<CompletionItem> retype = at(t, root, RLS_NEW, "ALTER TABLE core.customers ALTER COLUMN name TYPE |");
            assertEquals(List.of("UUID", "TEXT", "TIMESTAMPTZ", "VARCHAR(255)"), labels(retype).subList(0, 4));
            assertTrue(labels(retype).stream().noneMatch(l -> l.contains("DEFAULT")), labels(retype).toString());
            String typed = "ALTER TABLE core.customers ALTER COLUMN name SET DATA TYPE VARCHAR|";
            Marked m = Marked.of(typed);
            List<CompletionItem> filtered = at(t, root, RLS_NEW, typed);
            assertEquals(List.of("VARCHAR(255)", "VARCHAR(100)", "VARCHAR(50)"), labels(filtered));
            assertEquals(new Range(m.shifted(-7), m.cursor()), edit(filtered.get(0)).getRange());
            assertTrue(at(t, root, RLS_NEW, "CREATE TABLE core.orders (id UUID, CONSTRAINT |").isEmpty());
        }
    }

    @Test
    void platformFilesGetNoPostgresTypesOrTemplates() throws Exception {
        Path root = CompletionProbe.workspace(dir);
        try (TestServer t = new TestServer()) {
            t.initialize(root, TestServer.pushClient(), null);
            List<String> types = labels(CompletionProbe.complete(t, root, "-- ========== TENANT MIGRATIONS ==========\n"
                    + "-- NOTE: Make sure app/tenant/tables.py is in sync\nCREATE TABLE {schema_name}.[X] (\n    NOTE |"));
            assertTrue(types.contains("NVARCHAR(255)"), types.toString());
            assertTrue(types.stream().noneMatch(l -> l.startsWith("TIMESTAMPTZ") || l.startsWith("JSONB")
                    || l.startsWith("UUID") || l.startsWith("BOOLEAN") || l.startsWith("TEXT")), types.toString());
            List<String> snippets = labels(CompletionProbe.complete(t, root, "|"));
            assertTrue(snippets.stream().noneMatch(l -> l.contains("RLS") || l.contains("DO $$") || l.equals("Migration header")),
                    snippets.toString());
        }
    }

    @Test
    void postgresRlsSnippetsWhereAStatementStarts() throws Exception {
        Path root = workspace("postgres-rls");
        try (TestServer t = new TestServer()) {
            t.initialize(root, CompletionProbe.client(true, false), null);
            List<CompletionItem> items = at(t, root, RLS_NEW, "|");
            assertEquals(List.of("Migration header", "CREATE TABLE (tenant, RLS)", "RLS block (enable, force, tenant policy)"),
                    labels(items));
            String header = CompletionProbe.expandDefaults(edit(items.get(0)).getNewText());
            assertTrue(header.startsWith("-- Migration: 004_next\n-- Description: "), header);
            String table = CompletionProbe.expandDefaults(edit(items.get(1)).getNewText());
            assertEquals(InsertTextFormat.Snippet, items.get(1).getInsertTextFormat());
            assertTrue(table.contains("tenant_id UUID NOT NULL REFERENCES core.tenants(id)")
                    && table.contains("ALTER TABLE core.table_name FORCE ROW LEVEL SECURITY;")
                    && table.contains("CREATE POLICY tenant_isolation ON core.table_name\n"
                    + "    USING (tenant_id::text = current_setting('app.current_tenant_id', true));"), table);
            // A file that has its header gets no second one; inside a statement there are no snippets.
            assertEquals(List.of("CREATE TABLE (tenant, RLS)", "RLS block (enable, force, tenant policy)"),
                    labels(at(t, root, RLS_NEW, "-- Migration: 004_next\n\n|")));
            assertTrue(at(t, root, RLS_NEW, "SELECT |").isEmpty());
        }
    }

    @Test
    void supabaseTablesSnippetsAndPlainTextWithoutSnippetSupport() throws Exception {
        Path root = workspace("supabase");
        try (TestServer t = new TestServer()) {
            t.initialize(root, CompletionProbe.client(false, false), null);
            // members was created without a schema: public.members and members are one table.
            assertEquals(List.of("members", "organizations"), labels(at(t, root, SUPABASE_NEW, "ALTER TABLE public.|")));
            assertEquals(List.of("members", "public.organizations"), labels(at(t, root, SUPABASE_NEW, "DELETE FROM |")));
            assertEquals(List.of("id", "organization_id", "role"),
                    labels(at(t, root, SUPABASE_NEW, "CREATE INDEX IF NOT EXISTS idx ON public.members (|")));
            assertEquals(List.of("id", "name", "created_at"),
                    labels(at(t, root, SUPABASE_NEW, "ALTER TABLE organizations ALTER COLUMN |")));
            // Inside the guarded DO block: the body's SQL, no statement snippets.
            String block = "DO $$\nBEGIN\n  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE tablename = 'members') THEN\n"
                    + "    CREATE POLICY \"Members read\" ON ";
            assertEquals(List.of("members", "public.organizations"), labels(at(t, root, SUPABASE_NEW, block + "|\n  END IF;\nEND $$;")));
            assertEquals(List.of("members"), labels(at(t, root, SUPABASE_NEW, block + "public.mem|")));
            assertTrue(at(t, root, SUPABASE_NEW, "DO $$\nBEGIN\n  |").isEmpty());
            List<CompletionItem> items = at(t, root, SUPABASE_NEW, "CREATE TABLE x (id UUID);\n|");
            assertEquals(List.of("CREATE TABLE IF NOT EXISTS (RLS enabled)", "DO $$ policy block (guarded)"), labels(items));
            CompletionItem guarded = items.get(1);
            assertEquals(InsertTextFormat.PlainText, guarded.getInsertTextFormat());
            String guardedText = edit(guarded).getNewText();
            assertTrue(guardedText.startsWith("DO $$\nBEGIN\n  IF NOT EXISTS (\n    SELECT 1 FROM pg_policies\n")
                    && guardedText.contains("CREATE POLICY \"Users can view own rows\"\n      ON public.table_name\n      FOR SELECT")
                    && guardedText.endsWith("END $$;"), guardedText);
            assertTrue(edit(items.get(0)).getNewText().endsWith("ALTER TABLE public.table_name ENABLE ROW LEVEL SECURITY;"));
        }
    }
}
