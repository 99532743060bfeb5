package io.migrationlsp.core.config;

import java.util.List;
import java.util.Map;

/**
 * The effective configuration: {@code .migration-lsp.json} with editor settings laid over it.
 * Every field has a default, so a malformed file still yields a usable Config. {@code baseBranch}
 * is the branch or commit {@code migration-immutable} compares migrations with; null means the
 * upstream of the current branch, else {@code main}.
 */
public record Config(
        Profile profile,
        String migrationsDir,
        String tablesPy,
        String constantsPy,
        String manifest,
        Map<String, RuleSetting> rules,
        List<String> extraRoles,
        List<String> extraActions,
        List<String> asciiColumnPatterns,
        List<String> protectedFields,
        List<String> platformAuditColumns,
        String placeholder,
        String baseBranch,
        List<String> tenantSchemas,
        List<String> tenantExceptions,
        List<ConfigProblem> problems) {

    public static final String FILE_NAME = ".migration-lsp.json";

    /** postgres-rls: the schemas whose tables are tenant-scoped; {@code *} is every schema, unqualified names included. */
    public static final List<String> DEFAULT_TENANT_SCHEMAS = List.of("*");
    /** postgres-rls: the tables the document names as not tenant-scoped. */
    public static final List<String> DEFAULT_TENANT_EXCEPTIONS = List.of("core.tenants", "core.used_signatures",
            "schema_migrations");

    /** A rule's configured severity, or off. */
    public record RuleSetting(boolean off, Severity severity) {}

    public static Config defaults() {
        return new Config(null, "_migrations", "app/tenant/tables.py", "app/role/constants.py",
                "docs/canon/DB_SCHEMA_MANIFEST.json", Map.of(), List.of(), List.of(), List.of("EMAIL"), List.of(),
                List.of("CREATED_AT"), "{schema_name}", null, DEFAULT_TENANT_SCHEMAS, DEFAULT_TENANT_EXCEPTIONS,
                List.of());
    }

    public Config withProfile(Profile p) {
        return new Config(p, migrationsDir, tablesPy, constantsPy, manifest, rules, extraRoles, extraActions,
                asciiColumnPatterns, protectedFields, platformAuditColumns, placeholder, baseBranch, tenantSchemas,
                tenantExceptions, problems);
    }

    public Config withMigrationsDir(String dir) {
        return new Config(profile, dir, tablesPy, constantsPy, manifest, rules, extraRoles, extraActions,
                asciiColumnPatterns, protectedFields, platformAuditColumns, placeholder, baseBranch, tenantSchemas,
                tenantExceptions, problems);
    }

    public boolean isOff(String ruleId) {
        RuleSetting s = rules.get(ruleId);
        return s != null && s.off();
    }

    public Severity severity(String ruleId, Severity fallback) {
        RuleSetting s = rules.get(ruleId);
        return s != null && s.severity() != null ? s.severity() : fallback;
    }
}
