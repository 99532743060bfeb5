package io.migrationlsp.rules.platform;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.model.ColumnDef;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.rules.Edit;
import io.migrationlsp.core.rules.Fix;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;

/** DATETIME and SMALLDATETIME round to 3 ms / 1 min and have a narrow range; timestamps are DATETIME2. */
public final class PreferDatetime2 extends TypeRule {
    private static final RuleMeta META = new RuleMeta("prefer-datetime2", Severity.ERROR, Profile.PLATFORM,
            "DATETIME or SMALLDATETIME column: use DATETIME2");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    void checkColumn(RuleContext ctx, StatementModel m, ColumnDef c) {
        if (c.type().is("DATETIME") || c.type().is("SMALLDATETIME")) {
            ctx.report(c.type().span(), c.type().name() + " on " + c.name().name()
                            + " is imprecise and narrow: timestamps must be DATETIME2.",
                    Fix.of("Change " + c.type().display() + " to DATETIME2", Edit.replace(c.type().span(), "DATETIME2")));
        }
    }
}
