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
import io.migrationlsp.core.text.TextSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * A foreign key ({@code op.create_foreign_key}, {@code sa.ForeignKey}, {@code sa.ForeignKeyConstraint})
 * without {@code ondelete}: what happens to the rows when the parent row is deleted is then the
 * database's default, decided by nobody. A downgrade() that puts back the key its upgrade() dropped
 * restores it as it was and is not reported.
 */
public final class FkOndelete implements Rule {
    private static final RuleMeta META = new RuleMeta("fk-ondelete", Severity.WARNING, Profile.ALEMBIC,
            "op.create_foreign_key / sa.ForeignKey without ondelete");

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
            MigrationFunction undone = Reversal.upgradeUndoneBy(r, f);
            for (OpCall op : f.ops()) {
                switch (op.kind()) {
                    case CREATE_FOREIGN_KEY -> {
                        String name = op.string("constraint_name");
                        if (op.call().keyword("ondelete") == null && !Reversal.dropsConstraint(undone, name)) {
                            report(ctx, r, op.calleeSpan(), op.call(), "op.create_foreign_key" + (name == null ? "" : "('" + name + "')"),
                                    localNullable(f, op));
                        }
                    }
                    case ADD_COLUMN -> {
                        SaColumn c = op.addedColumn();
                        if (c != null && !Reversal.dropsColumn(undone, op.table(), c.name())) {
                            columnKeys(ctx, r, c);
                        }
                    }
                    case CREATE_TABLE -> {
                        if (!Reversal.dropsTable(undone, op.table())) {
                            tableKeys(ctx, r, op);
                        }
                    }
                    default -> {
                        // other operations create no foreign key
                    }
                }
            }
        }
    }

    private static void tableKeys(RuleContext ctx, Revision r, OpCall op) {
        for (PythonExpr e : op.call().positional()) {
            SaColumn c = SaColumn.of(e);
            if (c != null) {
                columnKeys(ctx, r, c);
            } else if (e instanceof PythonExpr.Call k && k.named("ForeignKeyConstraint") && k.keyword("ondelete") == null) {
                report(ctx, r, k.callee().span(), k, "sa.ForeignKeyConstraint", null);
            }
        }
    }

    private static void columnKeys(RuleContext ctx, Revision r, SaColumn c) {
        for (PythonExpr.Call fk : c.foreignKeys()) {
            if (fk.keyword("ondelete") == null) {
                Boolean nullable = c.nullable() != null ? c.nullable() : !c.primaryKey();
                report(ctx, r, fk.callee().span(), fk, "sa.ForeignKey" + (c.name() == null ? "" : " on '" + c.name() + "'"), nullable);
            }
        }
    }

    private static void report(RuleContext ctx, Revision r, TextSpan at, PythonExpr.Call call, String what, Boolean nullable) {
        String message = what + " has no ondelete: deleting a parent row then does whatever the database defaults to "
                + "(usually refusing the delete), and cascades are how data gets lost unnoticed. Say what happens: "
                + "ondelete='SET NULL', 'RESTRICT' or 'CASCADE'.";
        List<Fix> fixes = new ArrayList<>();
        List<String> choices = Boolean.FALSE.equals(nullable) ? List.of("RESTRICT", "CASCADE")
                : Boolean.TRUE.equals(nullable) ? List.of("SET NULL", "RESTRICT", "CASCADE")
                : List.of("RESTRICT", "SET NULL", "CASCADE");
        String q = quote(call);
        for (String choice : choices) {
            String argument = "ondelete=" + q + choice + q;
            Edit edit = ArgumentInsertion.of(r.text(), call, argument);
            if (edit != null) {
                fixes.add(Fix.unsafe("Add " + argument, edit));
            }
        }
        ctx.report(at, message, fixes);
    }

    /** Whether the first local column is nullable, when the same function adds it; null when unknown. */
    private static Boolean localNullable(MigrationFunction f, OpCall fk) {
        PythonExpr local = fk.param("local_cols");
        String column = local instanceof PythonExpr.Seq s && !s.items().isEmpty() ? PythonExpr.stringValue(s.items().get(0)) : null;
        for (OpCall op : f.ops()) {
            SaColumn c = op.kind() == OpKind.ADD_COLUMN ? op.addedColumn() : null;
            if (c != null && Reversal.same(op.table(), fk.table()) && Reversal.same(c.name(), column)) {
                return c.nullable() != null ? c.nullable() : !c.primaryKey();
            }
        }
        return null;
    }

    private static String quote(PythonExpr.Call call) {
        for (PythonExpr e : call.positional()) {
            if (e instanceof PythonExpr.Str s) {
                return s.tokens().get(0).string().quote().substring(0, 1);
            }
        }
        return "'";
    }
}
