package io.migrationlsp.rules.postgresrls;

import io.migrationlsp.core.config.Config;
import io.migrationlsp.core.model.Ident;
import io.migrationlsp.core.model.QualifiedName;
import java.util.Locale;

/**
 * Which tables are tenant-scoped: those in the configured schemas ({@code tenantSchemas}, default
 * every schema; an unqualified name is in {@code public}), except the configured
 * {@code tenantExceptions} (default the document's {@code core.tenants}, {@code core.used_signatures},
 * {@code schema_migrations}; an exception without a schema matches the name in any schema).
 */
final class TenantScope {
    static final String TENANT_ID = "tenant_id";

    private TenantScope() {}

    static boolean tenantScoped(Config config, QualifiedName table) {
        if (table == null || table.isSystemCatalog() || table.isTempOrVariable()) {
            return false;
        }
        String schema = table.hasSchema() ? table.schema().name().toLowerCase(Locale.ROOT) : "public";
        boolean inScope = false;
        for (String s : config.tenantSchemas()) {
            String wanted = s.trim().toLowerCase(Locale.ROOT);
            inScope |= wanted.equals("*") || wanted.equals(schema);
        }
        return inScope && !isException(config, table);
    }

    static boolean isException(Config config, QualifiedName table) {
        String schema = table.hasSchema() ? table.schema().name().toLowerCase(Locale.ROOT) : "public";
        String name = table.table().name().toLowerCase(Locale.ROOT);
        for (String e : config.tenantExceptions()) {
            String ex = e.trim().toLowerCase(Locale.ROOT);
            int dot = ex.lastIndexOf('.');
            boolean match = dot < 0 ? ex.equals(name) : ex.substring(dot + 1).equals(name) && ex.substring(0, dot).equals(schema);
            if (match) {
                return true;
            }
        }
        return false;
    }

    /** A foreign key to the tenant table from {@code tenant_id}: the document's own template writes it without ON DELETE. */
    static boolean isTenantReference(java.util.List<Ident> columns, QualifiedName refTable) {
        return columns.size() == 1 && columns.get(0) != null && columns.get(0).is(TENANT_ID)
                && refTable.table().is("tenants");
    }
}
