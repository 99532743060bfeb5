package io.migrationlsp.rules.platform;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.model.ColumnDef;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.rules.Edit;
import io.migrationlsp.core.rules.Fix;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import java.util.Set;

/** FLOAT, REAL and MONEY lose precision; money and percentages are DECIMAL(18,4). */
public final class NoFloat extends TypeRule {
    private static final RuleMeta META = new RuleMeta("no-float", Severity.ERROR, Profile.PLATFORM,
            "FLOAT, REAL or MONEY column: use DECIMAL(18,4)");
    private static final Set<String> IMPRECISE = Set.of("FLOAT", "REAL", "MONEY", "SMALLMONEY", "DOUBLE PRECISION");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    void checkColumn(RuleContext ctx, StatementModel m, ColumnDef c) {
        if (IMPRECISE.contains(c.type().name())) {
            ctx.report(c.type().span(), c.type().name() + " on " + c.name().name()
                            + " loses precision: money and percentages must be DECIMAL(18,4).",
                    Fix.of("Change " + c.type().display() + " to DECIMAL(18,4)", Edit.replace(c.type().span(), "DECIMAL(18,4)")));
        }
    }
}
