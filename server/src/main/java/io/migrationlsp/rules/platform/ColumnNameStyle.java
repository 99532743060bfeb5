package io.migrationlsp.rules.platform;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.model.ColumnDef;
import io.migrationlsp.core.model.Ident;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.rules.Edit;
import io.migrationlsp.core.rules.Fix;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;

/** Columns are UPPER_SNAKE_CASE, like every name in the platform schema. */
public final class ColumnNameStyle implements Rule {
    private static final RuleMeta META = new RuleMeta("column-name-style", Severity.WARNING, Profile.PLATFORM,
            "column name not UPPER_SNAKE_CASE");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        for (StatementModel m : ctx.models()) {
            if (m.target() != null && m.target().isTempOrVariable()) {
                continue; // #temp tables are scratch space of the migration, not schema
            }
            for (ColumnDef c : m.definedColumns()) {
                Ident name = c.name();
                if (Texts.isUpperSnake(name.name())) {
                    continue;
                }
                String wanted = Texts.upperSnake(name.name());
                String written = name.quote() == Ident.Quote.BRACKET ? "[" + wanted + "]"
                        : name.quote() == Ident.Quote.DOUBLE ? "\"" + wanted + "\"" : wanted;
                ctx.report(name.span(), "Column name " + name.raw() + " is not UPPER_SNAKE_CASE: write it as " + wanted + ".",
                        Fix.of("Rename to " + wanted, Edit.replace(name.span(), written)));
            }
        }
    }
}
