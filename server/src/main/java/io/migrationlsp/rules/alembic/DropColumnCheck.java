package io.migrationlsp.rules.alembic;

import io.migrationlsp.core.alembic.MigrationFunction;
import io.migrationlsp.core.alembic.MigrationFunction.Step;
import io.migrationlsp.core.alembic.MigrationFunction.StepKind;
import io.migrationlsp.core.alembic.OpCall;
import io.migrationlsp.core.alembic.OpKind;
import io.migrationlsp.core.alembic.Revision;
import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.model.AlterAction;
import io.migrationlsp.core.model.Ident;
import io.migrationlsp.core.model.StatementKind;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.python.PythonToken;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import io.migrationlsp.core.text.TextSpan;
import java.util.regex.Pattern;

/**
 * A column dropped ({@code op.drop_column}, or {@code DROP COLUMN} in {@code op.execute} SQL) with
 * nothing before it in the function that shows the dependencies were checked: neither a data step
 * (an {@code op.execute}, a query, a backfill, any statement that is not a schema operation) nor a
 * comment saying what was checked. A downgrade() dropping the column its own upgrade() added is a
 * rollback, not a loss.
 */
public final class DropColumnCheck implements Rule {
    private static final RuleMeta META = new RuleMeta("drop-column-check", Severity.WARNING, Profile.ALEMBIC,
            "op.drop_column without a preceding reference check comment or data step");
    /** Words of a comment that says the drop was checked. */
    private static final Pattern CHECKED = Pattern.compile("(?i)\\b(check|checked|checks|verif\\w*|referenc\\w*|depend\\w*"
            + "|unused|no longer used|not used|orphan\\w*|backfill\\w*|copied|moved|deprecated)\\b");

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
                if (op.kind() == OpKind.DROP_COLUMN) {
                    String table = op.table();
                    String column = op.column();
                    if (!Reversal.addsColumn(undone, table, column) && !checked(r.text(), f, op, op.call().span().end())) {
                        report(ctx, op.calleeSpan(), table, column);
                    }
                } else if (op.kind() == OpKind.EXECUTE && op.sql() != null) {
                    sqlDrops(ctx, r, f, undone, op);
                }
            }
        }
    }

    private static void sqlDrops(RuleContext ctx, Revision r, MigrationFunction f, MigrationFunction undone, OpCall op) {
        boolean dataBefore = false;
        for (StatementModel m : op.sql().models()) {
            if (m.kind() != StatementKind.ALTER_TABLE || m.target() == null) {
                dataBefore |= !m.kind().isDdl();
                continue;
            }
            String table = m.target().table().name();
            for (AlterAction a : m.alterActions()) {
                if (a.kind() != AlterAction.Kind.DROP_COLUMN) {
                    continue;
                }
                for (Ident column : a.names()) {
                    TextSpan at = op.sql().toPython(a.span());
                    if (!dataBefore && !Reversal.addsColumn(undone, table, column.name())
                            && !checked(r.text(), f, op, at.end())) {
                        report(ctx, at, table, column.name());
                    }
                }
            }
        }
    }

    /** A data step before {@code op} in {@code f}, or a comment before {@code until} that says what was checked. */
    private static boolean checked(String source, MigrationFunction f, OpCall op, int until) {
        for (Step s : f.stepsBefore(op)) {
            if (isDataStep(s)) {
                return true;
            }
        }
        for (PythonToken c : f.comments()) {
            String comment = c.text(source);
            // A suppression comment names rule ids ("drop-column-check"), not a check that was made.
            if (c.start() < until && !comment.contains("migration-lsp:") && CHECKED.matcher(comment).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Not a schema change: any statement but an operation, a bulk insert, or SQL that queries or
     * changes rows (SQL that is not a literal is taken for a data step; DDL alone is not one).
     */
    private static boolean isDataStep(Step s) {
        if (s.kind() == StepKind.OTHER) {
            return true;
        }
        OpCall op = s.op();
        if (op == null) {
            return false;
        }
        if (op.kind() == OpKind.BULK_INSERT) {
            return true;
        }
        if (op.kind() != OpKind.EXECUTE) {
            return false;
        }
        return op.sql() == null || op.sql().models().stream().anyMatch(m -> !m.kind().isDdl());
    }

    private static void report(RuleContext ctx, TextSpan at, String table, String column) {
        String what = (table == null ? "" : table + ".") + (column == null ? "the column" : column);
        ctx.report(at, "Dropping " + what + " with no reference check before it: its data is lost, and code, views, "
                + "indexes or foreign keys that still use it break. Check first (an op.execute query for references or "
                + "orphans, a data step, or a comment saying what was checked), as the document's safe deletion does.");
    }
}
