package io.migrationlsp.rules.platform;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.model.Ident;
import io.migrationlsp.core.model.StatementKind;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.rules.Edit;
import io.migrationlsp.core.rules.Fix;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;

/** New tables are named in UPPER_SNAKE_CASE and written in brackets: {@code {schema_name}.[NEW_TABLE]}. */
public final class TableNameStyle implements Rule {
    private static final RuleMeta META = new RuleMeta("table-name-style", Severity.WARNING, Profile.PLATFORM,
            "table name not UPPER_SNAKE_CASE or not wrapped in []");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        for (StatementModel m : ctx.models()) {
            if (m.kind() != StatementKind.CREATE_TABLE || m.target() == null || m.target().isTempOrVariable()) {
                continue;
            }
            Ident table = m.target().table();
            boolean upper = Texts.isUpperSnake(table.name());
            boolean bracketed = table.quote() == Ident.Quote.BRACKET;
            if (upper && bracketed) {
                continue;
            }
            String wanted = "[" + Texts.upperSnake(table.name()) + "]";
            String problem = !upper && !bracketed ? "is not UPPER_SNAKE_CASE nor wrapped in []"
                    : !upper ? "is not UPPER_SNAKE_CASE" : "is not wrapped in []";
            ctx.report(table.span(), "Table name " + table.raw() + " " + problem + ": write it as " + wanted + ".",
                    Fix.of("Rename to " + wanted, Edit.replace(table.span(), wanted)));
        }
    }
}
