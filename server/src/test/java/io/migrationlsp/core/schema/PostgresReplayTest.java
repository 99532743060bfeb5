package io.migrationlsp.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrationlsp.core.analysis.Analyzer;
import io.migrationlsp.core.analysis.SqlFile;
import io.migrationlsp.core.analysis.SqlValidator;
import io.migrationlsp.core.config.Config;
import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.model.Nullability;
import io.migrationlsp.rules.RuleRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Postgres DDL through the schema replay (row level security, policies, column changes, renames,
 * cascading drops), and the inverse script it derives: replaying a migration and then its
 * {@link ReverseScript} gives back the schema before the migration.
 */
class PostgresReplayTest {
    private static final Analyzer ANALYZER = new Analyzer(RuleRegistry::forProfile, new SqlValidator(1000));

    private static SqlFile file(String path, String sql) {
        return ANALYZER.model(path, sql, Config.defaults().withProfile(Profile.SQLX), Profile.SQLX);
    }

    private static SchemaModel replay(String... files) {
        SchemaModel schema = new SchemaModel();
        for (int i = 0; i < files.length; i++) {
            SchemaReplayer.apply(schema, file("migrations/" + i + ".up.sql", files[i]));
        }
        return schema;
    }

    private static final String BASE = """
            CREATE SCHEMA IF NOT EXISTS core;
            CREATE TABLE IF NOT EXISTS core.tenants (id UUID PRIMARY KEY DEFAULT gen_random_uuid(), name VARCHAR(100) NOT NULL);
            CREATE TABLE IF NOT EXISTS core.customers (
                id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
                tenant_id UUID NOT NULL REFERENCES core.tenants(id),
                name VARCHAR(100) NOT NULL,
                legacy_code INT DEFAULT 0,
                note TEXT
            );
            CREATE INDEX idx_customers_name ON core.customers(name);
            ALTER TABLE core.customers ENABLE ROW LEVEL SECURITY;
            CREATE POLICY tenant_isolation ON core.customers
                USING (tenant_id::text = current_setting('app.current_tenant_id', true));
            """;

    @Test
    void rowLevelSecurityAndPoliciesAreReplayed() {
        SchemaModel s = replay(BASE, """
                ALTER TABLE core.customers FORCE ROW LEVEL SECURITY;
                CREATE POLICY customers_admin ON core.customers USING (true);
                DROP POLICY IF EXISTS tenant_isolation ON core.customers;
                """);
        TableInfo t = s.table("CORE.CUSTOMERS");
        assertTrue(t.rlsEnabled());
        assertTrue(t.rlsForced());
        assertEquals(List.of("CUSTOMERS_ADMIN"), List.copyOf(t.policies().keySet()));
        assertTrue(t.policies().get("CUSTOMERS_ADMIN").definition().startsWith("CREATE POLICY customers_admin"));
        SchemaModel off = replay(BASE, "ALTER TABLE core.customers DISABLE ROW LEVEL SECURITY, NO FORCE ROW LEVEL SECURITY;");
        assertFalse(off.table("core.customers").rlsEnabled());
    }

    @Test
    void columnTypeNullabilityDefaultAndRenamesAreReplayed() {
        SchemaModel s = replay(BASE, """
                ALTER TABLE core.customers ALTER COLUMN name TYPE TEXT, ALTER COLUMN note SET NOT NULL;
                ALTER TABLE core.customers ALTER legacy_code DROP DEFAULT;
                ALTER TABLE core.customers ALTER COLUMN note SET DEFAULT 'none';
                ALTER TABLE core.customers RENAME COLUMN note TO remark;
                ALTER TABLE core.customers RENAME TO clients;
                """);
        assertNull(s.table("CORE.CUSTOMERS"));
        TableInfo t = s.table("CORE.CLIENTS");
        assertEquals("core.clients", t.qualifiedName());
        assertEquals("TEXT", t.column("name").type());
        assertEquals(Nullability.NOT_NULL, t.column("remark").nullability());
        assertEquals("'none'", t.column("remark").defaultText());
        assertNull(t.column("note"));
        assertNull(t.column("legacy_code").defaultText());
        assertNotNull(t.indexes().get("IDX_CUSTOMERS_NAME"), "the index moves with its table");
    }

    @Test
    void droppingAColumnDropsItsIndexesAndACascadingDropItsForeignKeys() {
        SchemaModel s = replay(BASE, """
                ALTER TABLE core.customers DROP COLUMN name;
                DROP TABLE core.tenants CASCADE;
                """);
        TableInfo t = s.table("core.customers");
        assertTrue(t.indexes().isEmpty());
        assertTrue(t.foreignKeys().isEmpty());
    }

    @Test
    void unqualifiedNamesAndPublicAreOneTable() {
        SchemaModel s = replay("CREATE TABLE notes (id UUID PRIMARY KEY, body TEXT);",
                "ALTER TABLE public.notes ADD COLUMN IF NOT EXISTS author TEXT; CREATE INDEX idx_notes_body ON public.notes (body);");
        TableInfo t = s.table("public.notes");
        assertNotNull(t.column("author"));
        assertNotNull(t.indexes().get("IDX_NOTES_BODY"));
    }

    @Test
    void theSameSchemaReachedTwoWaysHasNoDifference() {
        SchemaModel a = replay("CREATE TABLE t (id INT PRIMARY KEY, at TIMESTAMP WITH TIME ZONE NOT NULL, n integer);");
        SchemaModel b = replay("CREATE TABLE t (id int4 PRIMARY KEY, at timestamptz NOT NULL); ALTER TABLE t ADD COLUMN n INT;");
        assertEquals(List.of(), SchemaDiff.between(a, b));
        assertEquals(List.of("ADD_COLUMN"), SchemaDiff.between(replay("CREATE TABLE t (id INT);"), b).stream()
                .filter(c -> c.object() != null && c.object().equals("at")).map(c -> c.action().name()).toList());
    }

    /** Each migration, replayed on BASE and then undone by its reverse script, leaves BASE as it was. */
    @Test
    void theReverseScriptUndoesTheMigration() {
        List<String> migrations = List.of(
                """
                CREATE TABLE IF NOT EXISTS core.orders (
                    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
                    tenant_id UUID NOT NULL REFERENCES core.tenants(id),
                    customer_id UUID REFERENCES core.customers(id) ON DELETE SET NULL,
                    total NUMERIC(12, 2) NOT NULL
                );
                ALTER TABLE core.orders ENABLE ROW LEVEL SECURITY;
                ALTER TABLE core.orders FORCE ROW LEVEL SECURITY;
                CREATE POLICY tenant_isolation ON core.orders
                    USING (tenant_id::text = current_setting('app.current_tenant_id', true));
                CREATE INDEX idx_orders_customer ON core.orders(customer_id);
                """,
                """
                ALTER TABLE core.customers ADD COLUMN email VARCHAR(255), DROP COLUMN legacy_code;
                ALTER TABLE core.customers ALTER COLUMN name TYPE TEXT, ALTER COLUMN name DROP NOT NULL;
                ALTER TABLE core.customers RENAME COLUMN note TO remark;
                DROP INDEX idx_customers_name;
                CREATE UNIQUE INDEX CONCURRENTLY uq_customers_email ON core.customers (lower(email));
                ALTER TABLE core.customers FORCE ROW LEVEL SECURITY;
                DROP POLICY tenant_isolation ON core.customers;
                CREATE POLICY customers_by_tenant ON core.customers USING (tenant_id IS NOT NULL);
                """,
                """
                ALTER TABLE core.customers RENAME TO clients;
                ALTER TABLE core.clients ADD CONSTRAINT fk_clients_parent FOREIGN KEY (id) REFERENCES core.tenants(id) ON DELETE CASCADE;
                CREATE SCHEMA IF NOT EXISTS routing;
                CREATE TYPE routing.stop_kind AS ENUM ('pickup', 'drop');
                UPDATE core.clients SET remark = 'moved';
                """,
                "DROP TABLE core.customers CASCADE;");
        for (String m : migrations) {
            SchemaModel before = replay(BASE);
            SqlFile up = file("migrations/9.up.sql", m);
            String script = ReverseScript.text(up, before, "Reverts 9");
            SchemaModel after = before.copy();
            SchemaReplayer.apply(after, up);
            assertFalse(SchemaDiff.between(after, before).isEmpty(), "the migration changes something\n" + m);
            SchemaReplayer.apply(after, file("migrations/9.down.sql", script));
            assertEquals(List.of(), SchemaDiff.between(after, before), "the reverse script\n" + script + "undoes\n" + m);
        }
    }

    @Test
    void whatTheReplayCannotReverseIsListedAsComments() {
        String script = ReverseScript.text(file("migrations/9.up.sql", """
                CREATE SCHEMA IF NOT EXISTS routing;
                CREATE OR REPLACE FUNCTION routing.touch() RETURNS trigger AS $$ BEGIN RETURN NEW; END $$ LANGUAGE plpgsql;
                INSERT INTO core.tenants (name) VALUES ('demo');
                """), replay(BASE), "Reverts 9");
        assertEquals("""
                -- Reverts 9
                DROP SCHEMA IF EXISTS routing;
                -- Not reversed by this script (reverse by hand if needed):
                --   CREATE OR REPLACE FUNCTION routing.touch() RETURNS trigger AS $$ BEGIN RETURN NEW; END $$ LANGUAGE plpgsql
                --   INSERT INTO core.tenants (name) VALUES ('demo')
                """, script);
    }
}
