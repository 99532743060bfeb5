package io.migrationlsp.rules.alembic;

import io.migrationlsp.core.alembic.MigrationFunction;
import io.migrationlsp.core.alembic.OpCall;
import io.migrationlsp.core.alembic.OpKind;
import io.migrationlsp.core.alembic.Revision;
import io.migrationlsp.core.alembic.SaColumn;
import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.python.PythonExpr;
import io.migrationlsp.core.rules.Edit;
import io.migrationlsp.core.rules.Fix;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import java.util.Set;

/**
 * {@code op.add_column} of a {@code nullable=False} column without {@code server_default}: the
 * existing rows get no value, so the ALTER fails on any table that has rows. {@code default=} is
 * applied by SQLAlchemy on new inserts only and does not help.
 */
public final class NotNullServerDefault implements Rule {
    private static final RuleMeta META = new RuleMeta("not-null-server-default", Severity.ERROR, Profile.ALEMBIC,
            "op.add_column(..., sa.Column(..., nullable=False)) without server_default");
    private static final Set<String> NUMBERS = Set.of("Integer", "BigInteger", "SmallInteger", "Numeric", "Float",
            "DECIMAL", "NUMERIC", "INTEGER", "BIGINT", "SMALLINT", "FLOAT", "REAL", "Double", "DOUBLE");
    private static final Set<String> TIMES = Set.of("DateTime", "Date", "TIMESTAMP", "DATETIME", "DATE", "Time", "TIME");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        Revision r = ctx.revision();
        if (r == null) {
            return;
        }
        for (MigrationFunction f : r.functions()) {
            for (OpCall op : f.ops()) {
                SaColumn c = op.kind() == OpKind.ADD_COLUMN ? op.addedColumn() : null;
                if (c == null || !Boolean.FALSE.equals(c.nullable()) || c.serverDefault() != null) {
                    continue;
                }
                String name = c.name() != null ? "'" + c.name() + "'" : "the column";
                boolean clientDefault = c.call().keyword("default") != null;
                String message = "op.add_column adds " + name + " as NOT NULL without server_default: the rows already in "
                        + (op.table() != null ? "'" + op.table() + "'" : "the table") + " get no value, so the ALTER fails "
                        + "on any table that has rows. Add server_default=... so existing rows get one"
                        + (clientDefault ? " (default= is applied by SQLAlchemy on new inserts only)." : ".");
                Fix fix = fix(r.text(), c);
                if (fix == null) {
                    ctx.report(c.nullableArg().span(), message);
                } else {
                    ctx.report(c.nullableArg().span(), message, fix);
                }
            }
        }
    }

    /** {@code server_default=sa.text(<placeholder>)}, the placeholder chosen by the type; a value to check. */
    private static Fix fix(String source, SaColumn c) {
        String callee = c.call().name();
        String module = callee == null ? "" : callee.substring(0, callee.length() - "Column".length());
        if (module.isEmpty()) {
            return null;
        }
        String value = module + "text(" + placeholder(c) + ")";
        String argument = "server_default=" + value;
        PythonExpr.Arg none = c.call().keywordArg("server_default");
        // server_default=None is written: give it a value rather than a second server_default=.
        Edit edit = none != null ? Edit.replace(none.value().span(), value) : ArgumentInsertion.of(source, c.call(), argument);
        return edit == null ? null : Fix.unsafe("Add " + argument + " (check the value)", edit);
    }

    private static String placeholder(SaColumn c) {
        String type = c.typeName();
        String q = quote(c);
        if ("Boolean".equals(type) || "BOOLEAN".equals(type)) {
            return q + "FALSE" + q;
        }
        if (type != null && NUMBERS.contains(type)) {
            return q + "0" + q;
        }
        if (type != null && TIMES.contains(type)) {
            return q + "CURRENT_TIMESTAMP" + q;
        }
        return "\"''\"";
    }

    private static String quote(SaColumn c) {
        if (c.nameArg() instanceof PythonExpr.Str s) {
            return s.tokens().get(0).string().quote().substring(0, 1);
        }
        return "'";
    }
}
