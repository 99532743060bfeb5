package io.migrationlsp.rules.platform;

import io.migrationlsp.core.model.ColumnDef;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.rules.RuleContext;

/** Shared walk over every column a statement writes, for the rules about column types. */
abstract class TypeRule implements io.migrationlsp.core.rules.Rule {
    @Override
    public final void check(RuleContext ctx) {
        for (StatementModel m : ctx.models()) {
            for (ColumnDef c : Columns.written(m)) {
                if (c.type() != null) {
                    checkColumn(ctx, m, c);
                }
            }
        }
    }

    abstract void checkColumn(RuleContext ctx, StatementModel m, ColumnDef c);
}
