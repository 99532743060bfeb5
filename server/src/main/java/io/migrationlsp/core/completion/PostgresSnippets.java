package io.migrationlsp.core.completion;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.text.TextSpan;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a statement may start in a Postgres migration: the templates its convention document
 * gives. postgres-rls: the header block and a tenant table with {@code tenant_id} and the RLS
 * block; supabase: {@code CREATE TABLE IF NOT EXISTS} with RLS enabled and the policy guarded by a
 * {@code pg_policies} check in a {@code DO $$} block; sqlx: {@code CREATE TABLE IF NOT EXISTS}.
 */
final class PostgresSnippets {
    private static final Pattern HEADER = Pattern.compile("(?im)^\\s*--\\s*Migration\\s*:");

    private PostgresSnippets() {}

    /** @param path the file's workspace-relative path, or null */
    static List<Candidate> of(CompletionContext ctx, Profile profile, boolean snippets, String path, String text) {
        List<Candidate> out = new ArrayList<>();
        switch (profile) {
            case POSTGRES_RLS -> {
                if (!HEADER.matcher(text).find()) {
                    out.add(snippet("Migration header", "-- Migration Description Author Date",
                            "The header block every migration opens with: what it is, what and why, who, when.",
                            header(path), snippets, ctx.replace()));
                }
                out.add(snippet("CREATE TABLE (tenant, RLS)", "CREATE TABLE IF NOT EXISTS tenant RLS",
                        "A tenant-scoped table with `tenant_id` and the RLS block: enable, force and the "
                                + "`tenant_isolation` policy. Write the rollback script too.",
                        tenantTable(), snippets, ctx.replace()));
                out.add(snippet("RLS block (enable, force, tenant policy)", "ALTER TABLE ENABLE ROW LEVEL SECURITY RLS POLICY",
                        "Every tenant-scoped table must have RLS enabled and forced, and the `tenant_isolation` policy.",
                        rlsBlock(), snippets, ctx.replace()));
            }
            case SUPABASE -> {
                out.add(snippet("CREATE TABLE IF NOT EXISTS (RLS enabled)", "CREATE TABLE IF NOT EXISTS RLS",
                        "An idempotent table with RLS enabled. Add it to the schema manifest too.",
                        supabaseTable(), snippets, ctx.replace()));
                out.add(snippet("DO $$ policy block (guarded)", "DO CREATE POLICY pg_policies",
                        "`CREATE POLICY` is not idempotent: the document wraps it in a `DO $$` block that checks `pg_policies` first.",
                        guardedPolicy(), snippets, ctx.replace()));
            }
            case SQLX -> out.add(snippet("CREATE TABLE IF NOT EXISTS", "CREATE TABLE IF NOT EXISTS",
                    "An idempotent table with a UUID key and timestamps. Its `.down.sql` drops it.",
                    sqlxTable(), snippets, ctx.replace()));
            default -> { }
        }
        return out;
    }

    private static SnippetText header(String path) {
        String name = path == null ? "NNN_description" : path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.sql$", "");
        return new SnippetText()
                .text("-- Migration: ").placeholder(1, name).text("\n")
                .text("-- Description: ").placeholder(2, "What this migration does and why").text("\n")
                .text("-- Author: ").placeholder(3, "author").text("\n")
                .text("-- Date: ").placeholder(4, LocalDate.now(ZoneOffset.UTC).toString()).text("\n").end();
    }

    private static SnippetText tenantTable() {
        SnippetText s = new SnippetText()
                .text("CREATE TABLE IF NOT EXISTS ").placeholder(1, "core").text(".").placeholder(2, "table_name").text(" (\n")
                .text("    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),\n")
                .text("    tenant_id UUID NOT NULL REFERENCES core.tenants(id) ON DELETE CASCADE,\n")
                .text("    ").placeholder(3, "name VARCHAR(100) NOT NULL").text(",\n")
                .text("    created_at TIMESTAMPTZ NOT NULL DEFAULT NOW()\n")
                .text(");\n\n");
        return rls(s, 1, 2).end();
    }

    private static SnippetText rlsBlock() {
        SnippetText s = new SnippetText().text("-- Add RLS\n").text("ALTER TABLE ").placeholder(1, "core").text(".")
                .placeholder(2, "table_name").text(" ENABLE ROW LEVEL SECURITY;\n");
        return policy(s.text("ALTER TABLE ").mirror(1).text(".").mirror(2).text(" FORCE ROW LEVEL SECURITY;\n\n"), 1, 2).end();
    }

    /** The document's RLS block for the table at tab stops {@code schema}.{@code table}. */
    private static SnippetText rls(SnippetText s, int schema, int table) {
        s.text("-- Add RLS\n")
                .text("ALTER TABLE ").mirror(schema).text(".").mirror(table).text(" ENABLE ROW LEVEL SECURITY;\n")
                .text("ALTER TABLE ").mirror(schema).text(".").mirror(table).text(" FORCE ROW LEVEL SECURITY;\n\n");
        return policy(s, schema, table);
    }

    private static SnippetText policy(SnippetText s, int schema, int table) {
        return s.text("CREATE POLICY tenant_isolation ON ").mirror(schema).text(".").mirror(table).text("\n")
                .text("    USING (tenant_id::text = current_setting('app.current_tenant_id', true));");
    }

    private static SnippetText supabaseTable() {
        return new SnippetText()
                .text("CREATE TABLE IF NOT EXISTS public.").placeholder(1, "table_name").text(" (\n")
                .text("  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),\n")
                .text("  ").placeholder(2, "user_id UUID NOT NULL REFERENCES auth.users(id)").text(",\n")
                .text("  created_at TIMESTAMPTZ NOT NULL DEFAULT NOW()\n")
                .text(");\n\n")
                .text("ALTER TABLE public.").mirror(1).text(" ENABLE ROW LEVEL SECURITY;").end();
    }

    private static SnippetText guardedPolicy() {
        return new SnippetText()
                .text("DO $$\nBEGIN\n  IF NOT EXISTS (\n    SELECT 1 FROM pg_policies\n    WHERE tablename = '")
                .placeholder(1, "table_name").text("'\n    AND policyname = '").placeholder(2, "Users can view own rows")
                .text("'\n  ) THEN\n    CREATE POLICY \"").mirror(2).text("\"\n      ON public.").mirror(1).text("\n")
                .text("      FOR ").choice(3, List.of("SELECT", "UPDATE", "DELETE", "ALL")).text("\n")
                .text("      USING (").placeholder(4, "auth.uid() = user_id").text(");\n  END IF;\nEND $$;").end();
    }

    private static SnippetText sqlxTable() {
        return new SnippetText()
                .text("CREATE TABLE IF NOT EXISTS ").placeholder(1, "table_name").text(" (\n")
                .text("    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),\n")
                .text("    ").placeholder(2, "name VARCHAR(255) NOT NULL").text(",\n")
                .text("    created_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),\n")
                .text("    updated_at TIMESTAMPTZ NOT NULL DEFAULT NOW()\n")
                .text(");").end();
    }

    private static Candidate snippet(String label, String filterText, String doc, SnippetText body, boolean snippets,
                                     TextSpan replace) {
        return new Candidate(label, Candidate.Kind.SNIPPET, "snippet", null, doc + "\n\n```sql\n" + body.plain() + "\n```",
                filterText, snippets ? body.snippet() : body.plain(), snippets, replace);
    }
}
