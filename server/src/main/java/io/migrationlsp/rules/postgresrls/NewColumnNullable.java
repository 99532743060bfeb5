package io.migrationlsp.rules.postgresrls;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.model.AlterAction;
import io.migrationlsp.core.model.ColumnDef;
import io.migrationlsp.core.model.Nullability;
import io.migrationlsp.core.model.StatementKind;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.rules.Edit;
import io.migrationlsp.core.rules.Fix;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import io.migrationlsp.core.text.TextSpan;
import io.migrationlsp.rules.postgres.MigrationFile;
import java.util.Set;

/**
 * "Add nullable column first", then backfill, then {@code SET NOT NULL}: {@code ADD COLUMN ... NOT NULL}
 * without a default fails on a table that has rows. A default, an identity, a serial or a generated
 * column gives existing rows a value, and a table this migration creates has no rows.
 */
public final class NewColumnNullable implements Rule {
    private static final RuleMeta META = new RuleMeta("new-column-nullable", Severity.ERROR, Profile.POSTGRES_RLS,
            "ADD COLUMN ... NOT NULL without DEFAULT on an existing table");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        if (MigrationFile.isReverse(ctx)) {
            return;
        }
        Set<String> created = MigrationFile.tablesCreated(ctx);
        for (StatementModel m : ctx.models()) {
            if (m.kind() != StatementKind.ALTER_TABLE || m.target() == null || created.contains(MigrationFile.key(m.target()))) {
                continue;
            }
            for (AlterAction a : m.alterActions()) {
                for (ColumnDef c : a.kind() == AlterAction.Kind.ADD_COLUMN ? a.columns() : java.util.List.<ColumnDef>of()) {
                    if (c.nullability() == Nullability.NOT_NULL && !c.filledByDatabase() && !c.primaryKey()) {
                        report(ctx, m, c);
                    }
                }
            }
        }
    }

    private static void report(RuleContext ctx, StatementModel m, ColumnDef c) {
        String text = ctx.text();
        int start = c.nullSpan().start();
        while (start > 0 && (text.charAt(start - 1) == ' ' || text.charAt(start - 1) == '\t')) {
            start--;
        }
        String table = m.target().display();
        String column = c.name().name();
        ctx.report(c.nullSpan(), "New column " + column + " is NOT NULL without a DEFAULT on the existing table " + table
                        + ": the ALTER fails as soon as the table has rows. Add it nullable, backfill (UPDATE " + table + " SET "
                        + column + " = ... WHERE " + column + " IS NULL), then ALTER COLUMN " + column + " SET NOT NULL.",
                Fix.of("Add " + column + " as nullable", Edit.replace(new TextSpan(start, c.nullSpan().end()), "")));
    }
}
