package io.migrationlsp.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrationlsp.core.text.LineMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hover, definition and references in Postgres histories (the postgres-rls and supabase completion
 * fixtures): tables shown as written with their RLS state and policies, {@code public.t} and
 * {@code t} as one table, rollback scripts not taken for where a name is defined.
 */
class PostgresNavigationTest {
    private static final String CREATE = "db/migrations/002_create_customers.sql";
    private static final String EMAIL = "db/migrations/003_customer_email.sql";
    private static final String EMAIL_ROLLBACK = "db/migrations/003_customer_email_rollback.sql";
    private static final String CREATE_ROLLBACK = "db/migrations/002_create_customers_rollback.sql";

    @TempDir
    Path root;

    private TestServer start(String fixture) throws Exception {
        Fixtures.copyTree(Paths.get("src/test/resources/completion", fixture).toAbsolutePath(), root);
        TestServer t = new TestServer();
        t.initialize(root, TestServer.pushClient(), null);
        return t;
    }

    @Test
    void hoverShowsColumnsIndexesForeignKeysAndRowLevelSecurity() throws Exception {
        try (TestServer t = start("postgres-rls")) {
            String text = read(EMAIL);
            String uri = t.open(root.resolve(EMAIL), text);
            Hover h = hover(t, uri, text, "customers ADD", 2);
            String md = h.getContents().getRight().getValue();
            assertTrue(md.startsWith("**core.customers** — table, created in `002_create_customers.sql:6` (as the history leaves it here)"), md);
            assertTrue(md.contains("| id | UUID PRIMARY KEY | NOT NULL | gen_random_uuid() | 002_create_customers.sql:7 |"), md);
            // The ADD COLUMN under the cursor is in, with its own migration; legacy_code is still there (dropped below).
            assertTrue(md.contains("| email | VARCHAR(255) | NULL (unstated) |  | 003_customer_email.sql:6 |"), md);
            assertTrue(md.contains("| legacy_code | VARCHAR(20) |"), md);
            assertTrue(md.contains("FK (tenant_id) → core.tenants (id) ON DELETE CASCADE"), md);
            assertTrue(md.contains("Index `idx_customers_tenant` (tenant_id)"), md);
            assertTrue(md.contains("Row level security: enabled, forced"), md);
            assertTrue(md.contains("Policy `tenant_isolation` — `002_create_customers.sql:17`\n```sql\nCREATE POLICY tenant_isolation ON core.customers"), md);
            assertFalse(md.contains("tenant table") || md.contains("platform table"), md);
            int start = text.indexOf("core.customers ADD");
            assertEquals(range(text, start, start + "core.customers".length()), h.getRange());

            // On the column a DROP COLUMN removes: the column as it was, and that it is gone after.
            String dropped = hover(t, uri, text, "legacy_code", 2).getContents().getRight().getValue();
            assertTrue(dropped.contains("---\n\n**customers.legacy_code** `VARCHAR(20)` NULL (unstated) — added in "
                    + "`002_create_customers.sql:10`; gone after this statement."), dropped);

            // Early in its own migration the table has neither RLS nor a policy yet.
            String create = read(CREATE);
            String createUri = t.open(root.resolve(CREATE), create);
            String early = hover(t, createUri, create, "customers (", 2).getContents().getRight().getValue();
            assertTrue(early.contains("Row level security: **not enabled**; no policy."), early);
            String tenants = hover(t, createUri, create, "tenants(id)", 2).getContents().getRight().getValue();
            assertTrue(tenants.startsWith("**core.tenants** — table, created in `001_create_core_schema.sql:8`"), tenants);
        }
    }

    @Test
    void definitionSkipsRollbackScriptsAndReferencesIncludeThem() throws Exception {
        try (TestServer t = start("postgres-rls")) {
            String text = read(EMAIL);
            String uri = t.open(root.resolve(EMAIL), text);
            assertEquals(List.of(at(CREATE, "core.customers (", "core.customers")), definition(t, uri, text, "customers ADD", 2));
            // legacy_code: its CREATE TABLE line, not the rollback's ADD COLUMN that restores it.
            assertEquals(List.of(at(CREATE, "legacy_code VARCHAR", "legacy_code")), definition(t, uri, text, "legacy_code", 2));

            List<? extends Location> refs = references(t, uri, text, "customers DROP", 2, false);
            assertTrue(refs.contains(at(CREATE, "core.customers ENABLE", "core.customers")), refs.toString());
            assertTrue(refs.contains(at(CREATE, "ON core.customers\n", "core.customers")), "the policy's table: " + refs);
            assertTrue(refs.contains(at(CREATE, "ON core.customers(tenant_id)", "core.customers")), refs.toString());
            assertTrue(refs.contains(at(EMAIL_ROLLBACK, "core.customers DROP", "core.customers")), refs.toString());
            assertTrue(refs.contains(at(CREATE_ROLLBACK, "core.customers", "core.customers")), refs.toString());
            assertFalse(refs.contains(at(CREATE, "core.customers (", "core.customers")), "no declaration: " + refs);

            List<? extends Location> ids = references(t, uri, text, "customers ADD", 2, true);
            assertEquals(at(CREATE, "core.customers (", "core.customers"), ids.get(0));
        }
    }

    @Test
    void supabasePublicAndBareNamesAreOneTable() throws Exception {
        try (TestServer t = start("supabase")) {
            String rel = "supabase/migrations/20251215100000_add_members.sql";
            String text = read(rel);
            String uri = t.open(root.resolve(rel), text);
            String md = hover(t, uri, text, "members ENABLE", 2).getContents().getRight().getValue();
            assertTrue(md.startsWith("**members** — table, created in `20251215100000_add_members.sql:1`"), md);
            assertTrue(md.contains("FK (organization_id) → public.organizations (id)"), md);
            assertTrue(md.contains("Row level security: enabled, **not forced**; no policy."), md);
            // Inside the guarded DO block, the policy it creates is there.
            String inBlock = hover(t, uri, text, "ON public.members", 6).getContents().getRight().getValue();
            assertTrue(inBlock.contains("Policy `Members see their organization` — `20251215100000_add_members.sql:16`"), inBlock);

            Location create = at(rel, "EXISTS members", "members", "EXISTS ".length());
            assertEquals(List.of(create), definition(t, uri, text, "public.members ENABLE", 8));
            List<? extends Location> refs = references(t, uri, text, "members (", 2, true);
            assertTrue(refs.contains(at(rel, "public.members ENABLE", "public.members")), refs.toString());
            assertTrue(refs.contains(at(rel, "ON public.members", "public.members", "ON ".length())), refs.toString());

            String org = hover(t, uri, text, "organizations(id)", 2).getContents().getRight().getValue();
            assertTrue(org.contains("Row level security: enabled, **not forced**; no policy."), org);
        }
    }

    private String read(String rel) throws Exception {
        return Files.readString(root.resolve(rel));
    }

    private Location at(String rel, String context, String target) throws Exception {
        return at(rel, context, target, context.indexOf(target));
    }

    private Location at(String rel, String context, String target, int offsetInContext) throws Exception {
        String text = read(rel);
        int found = text.indexOf(context);
        assertTrue(found >= 0, context + " in " + rel);
        int start = found + offsetInContext;
        return new Location(Uris.fromPath(root.resolve(rel)), range(text, start, start + target.length()));
    }

    private static Range range(String text, int start, int end) {
        LineMap lines = new LineMap(text);
        LineMap.Position s = lines.position(start);
        LineMap.Position e = lines.position(end);
        return new Range(new Position(s.line(), s.column()), new Position(e.line(), e.column()));
    }

    private static Position position(String text, String needle, int delta) {
        int at = text.indexOf(needle);
        assertTrue(at >= 0, needle);
        LineMap.Position p = new LineMap(text).position(at + delta);
        return new Position(p.line(), p.column());
    }

    private static Hover hover(TestServer t, String uri, String text, String needle, int delta) throws Exception {
        Hover h = t.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri),
                position(text, needle, delta))).get(20, TimeUnit.SECONDS);
        assertNotNull(h, "a hover at " + needle);
        return h;
    }

    private static List<? extends Location> definition(TestServer t, String uri, String text, String needle, int delta)
            throws Exception {
        return t.server.getTextDocumentService().definition(new DefinitionParams(new TextDocumentIdentifier(uri),
                position(text, needle, delta))).get(20, TimeUnit.SECONDS).getLeft();
    }

    private static List<? extends Location> references(TestServer t, String uri, String text, String needle, int delta,
                                                      boolean declarations) throws Exception {
        return t.server.getTextDocumentService().references(new ReferenceParams(new TextDocumentIdentifier(uri),
                position(text, needle, delta), new ReferenceContext(declarations))).get(20, TimeUnit.SECONDS);
    }
}
