package io.migrationlsp.rules.postgresrls;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.model.StatementKind;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import io.migrationlsp.rules.postgres.MigrationFile;

/** A new table in a tenant-scoped schema carries {@code tenant_id}, which its row level security policy filters on. */
public final class TenantIdColumn implements Rule {
    private static final RuleMeta META = new RuleMeta("tenant-id-column", Severity.WARNING, Profile.POSTGRES_RLS,
            "a table in a tenant-scoped schema without tenant_id");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        if (MigrationFile.isReverse(ctx)) {
            return;
        }
        for (StatementModel m : ctx.models()) {
            if (m.kind() != StatementKind.CREATE_TABLE || m.target() == null || m.columns().isEmpty() || temporary(m)
                    || !TenantScope.tenantScoped(ctx.config(), m.target()) || m.column(TenantScope.TENANT_ID) != null) {
                continue;
            }
            ctx.report(m.target().span(), "Table " + m.target().display() + " has no tenant_id column: every tenant-scoped "
                    + "table carries tenant_id for its row level security policy. Add tenant_id UUID NOT NULL REFERENCES "
                    + "core.tenants(id), or, if the table is global, list it in tenantExceptions in .migration-lsp.json.");
        }
    }

    /** {@code CREATE TEMP TABLE}: private to the session, never shared between tenants. */
    private static boolean temporary(StatementModel m) {
        for (var t : m.tokens()) {
            if (t.is("TABLE")) {
                return false;
            }
            if (t.isAny("TEMP", "TEMPORARY")) {
                return true;
            }
        }
        return false;
    }
}
