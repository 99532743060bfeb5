package io.migrationlsp.rules.platform;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;

/** In {@code get_tenant_tables_sql()} a table is created after every table it references, or provisioning fails. */
public final class TablesPyFkOrder implements Rule {
    private static final RuleMeta META = new RuleMeta("tables-py-fk-order", Severity.ERROR, Profile.PLATFORM,
            "tables.py creates a table before a table it references");

    @Override
    public boolean needsWorkspace() {
        return true;
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public Applies applies() {
        return Applies.TABLES_PY;
    }

    @Override
    public void check(RuleContext ctx) {
        FkCreationOrder.checkWithinFile(ctx, "get_tenant_tables_sql()");
    }
}
