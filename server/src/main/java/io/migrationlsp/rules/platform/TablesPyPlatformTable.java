package io.migrationlsp.rules.platform;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.rules.Edit;
import io.migrationlsp.core.rules.Fix;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;

/** tables.py runs once per new tenant: a PLATFORM. table there would be created again for every tenant. */
public final class TablesPyPlatformTable implements Rule {
    private static final RuleMeta META = new RuleMeta("tables-py-platform-table", Severity.ERROR, Profile.PLATFORM,
            "PLATFORM. table inside tables.py");

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
        for (StatementModel m : ctx.file().models()) {
            if (m.scope() == StatementModel.Scope.PLATFORM) {
                ctx.report(m.target().span(), "PLATFORM." + m.target().table().name()
                                + " is shared by all tenants: it belongs in a migration, not in tables.py.",
                        Fix.of("Remove the statement from tables.py", Edit.replace(Texts.statementRemoval(ctx.text(), m.statement().span()), "")));
            }
        }
    }
}
