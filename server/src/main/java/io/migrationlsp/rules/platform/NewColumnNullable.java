package io.migrationlsp.rules.platform;

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
import java.util.HashSet;
import java.util.Set;

/**
 * A column added to an existing table is NULL: existing rows have no value. NOT NULL with no
 * DEFAULT fails (or needs a backfill first); a column with no explicit NULL is a warning.
 */
public final class NewColumnNullable implements Rule {
    private static final RuleMeta META = new RuleMeta("new-column-nullable", Severity.ERROR, Profile.PLATFORM,
            "ALTER TABLE ... ADD a NOT NULL column (or one without explicit NULL)");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        Set<String> createdHere = new HashSet<>();
        for (StatementModel m : ctx.models()) {
            if (m.kind() == StatementKind.CREATE_TABLE && m.target() != null) {
                createdHere.add(m.target().key());
            }
            if (m.kind() != StatementKind.ALTER_TABLE || m.target() == null || createdHere.contains(m.target().key())) {
                continue;
            }
            for (AlterAction a : m.alterActions()) {
                if (a.kind() != AlterAction.Kind.ADD_COLUMN) {
                    continue;
                }
                for (ColumnDef c : a.columns()) {
                    check(ctx, c);
                }
            }
        }
    }

    private static void check(RuleContext ctx, ColumnDef c) {
        if (c.identity() || c.type() == null) {
            return;
        }
        if (unclosed(c.type().span().of(ctx.text()))) {
            // NVARCHAR(50 NULL: the type swallowed the rest, so its nullability cannot be read;
            // syntax-error reports the '(' and an "Add NULL" here would land inside the parentheses.
            return;
        }
        if (c.nullability() == Nullability.NOT_NULL && !c.hasDefault()) {
            ctx.report(c.nullSpan(), "New column " + c.name().name() + " is NOT NULL on an existing table: existing rows have no value. "
                            + "Add it as NULL, backfill, then ALTER COLUMN to NOT NULL.",
                    Fix.of("Make " + c.name().name() + " NULL", Edit.replace(c.nullSpan(), "NULL")));
        } else if (c.nullability() == Nullability.UNSPECIFIED) {
            ctx.report(Severity.WARNING, c.name().span(), "New column " + c.name().name()
                            + " does not say NULL: write NULL explicitly so existing rows are clearly allowed to lack a value.",
                    Fix.of("Add NULL", Edit.insert(c.type().span().end(), " NULL")));
        }
    }

    private static boolean unclosed(String type) {
        int depth = 0;
        for (int i = 0; i < type.length(); i++) {
            char ch = type.charAt(i);
            if (ch == '(') {
                depth++;
            } else if (ch == ')') {
                depth--;
            }
        }
        return depth > 0;
    }
}
