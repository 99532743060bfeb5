package io.migrationlsp.rules.supabase;

import io.migrationlsp.core.analysis.WorkspaceFacts;
import io.migrationlsp.core.model.Ident;
import io.migrationlsp.core.model.QualifiedName;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.workspace.MigrationEntry;
import io.migrationlsp.core.workspace.manifest.SchemaManifest;
import java.util.Locale;
import java.util.Set;

/** What the supabase rules share: which files are migrations, schema names, the manifest. */
final class Supabase {
    /** Schemas Supabase or Postgres own: the project's manifest does not list their tables. */
    private static final Set<String> MANAGED_SCHEMAS = Set.of("auth", "storage", "realtime", "extensions", "graphql",
            "graphql_public", "vault", "pgsodium", "pgsodium_masks", "supabase_functions", "supabase_migrations", "net",
            "cron", "pgbouncer", "pg_catalog", "information_schema");

    private Supabase() {}

    /** Whether the file sits directly in the migrations folder, where {@code supabase db push} reads it. */
    static boolean isMigration(RuleContext ctx) {
        String dir = ctx.config().migrationsDir() + "/";
        String path = ctx.file().path();
        return path.startsWith(dir) && path.indexOf('/', dir.length()) < 0;
    }

    /** The workspace facts when the file is a known migration of the workspace, else null. */
    static WorkspaceFacts facts(RuleContext ctx) {
        WorkspaceFacts f = ctx.workspace().facts();
        return f == null || f.entry(ctx.file().path()) == null ? null : f;
    }

    /** This file's entry when it is a migration the runner reads (directly in the folder), else null. */
    static MigrationEntry rootEntry(RuleContext ctx) {
        WorkspaceFacts f = facts(ctx);
        MigrationEntry e = f == null ? null : f.entry(ctx.file().path());
        return e != null && e.kind() == MigrationEntry.Kind.ROOT ? e : null;
    }

    static SchemaManifest manifest(RuleContext ctx) {
        WorkspaceFacts f = ctx.workspace().facts();
        return f == null ? null : f.manifest();
    }

    /** The schema a name lives in, lower-case; unqualified names land in {@code public}. */
    static String schema(QualifiedName name) {
        Ident s = name.schema();
        return s == null ? "public" : s.name().toLowerCase(Locale.ROOT);
    }

    static boolean isPublic(QualifiedName name) {
        return schema(name).equals("public");
    }

    /** A Supabase- or Postgres-owned schema ({@code auth}, {@code storage}, {@code pg_catalog} ...). */
    static boolean isManaged(QualifiedName name) {
        String s = schema(name);
        return MANAGED_SCHEMAS.contains(s) || s.startsWith("pg_");
    }

    /** The name the manifest would list: bare for {@code public}, else {@code schema.name}. */
    static String manifestName(QualifiedName name) {
        String table = name.table().name();
        String bare = name.table().quote() == Ident.Quote.NONE ? table.toLowerCase(Locale.ROOT) : table;
        return isPublic(name) ? bare : schema(name) + "." + bare;
    }

    /** The manifest's path for messages: the configured one. */
    static String manifestPath(RuleContext ctx) {
        return ctx.config().manifest();
    }

    /** A SQL string literal. */
    static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
