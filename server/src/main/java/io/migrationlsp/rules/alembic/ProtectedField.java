package io.migrationlsp.rules.alembic;

import io.migrationlsp.core.alembic.MigrationFunction;
import io.migrationlsp.core.alembic.OpCall;
import io.migrationlsp.core.alembic.OpKind;
import io.migrationlsp.core.alembic.Revision;
import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.python.PythonExpr;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import java.util.List;

/**
 * {@code op.alter_column} / {@code op.drop_column} on a protected field: by default the user fields
 * the HRIS sync manages ({@code HRIS_MANAGED_FIELDS} and {@code SECURITY_USER_FIELDS} of the
 * document), else the {@code protectedFields} of the config ({@code column} or {@code table.column}).
 * A downgrade() that undoes its own upgrade()'s change to the column is not a new change.
 */
public final class ProtectedField implements Rule {
    private static final RuleMeta META = new RuleMeta("protected-field", Severity.WARNING, Profile.ALEMBIC,
            "a protected column (default: the HRIS-managed user fields) is altered or dropped");
    /** The document's HRIS_MANAGED_FIELDS and SECURITY_USER_FIELDS. */
    static final List<String> HRIS_FIELDS = List.of("user_source", "status_override", "override_reason",
            "override_set_by_id", "override_set_at", "employee_id", "is_domain_user", "is_deleted", "is_locked");

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
        boolean configured = !ctx.config().protectedFields().isEmpty();
        List<String> fields = configured ? ctx.config().protectedFields() : HRIS_FIELDS;
        for (MigrationFunction f : r.functions()) {
            MigrationFunction undone = Reversal.upgradeUndoneBy(r, f);
            for (OpCall op : f.ops()) {
                if (op.kind() != OpKind.ALTER_COLUMN && op.kind() != OpKind.DROP_COLUMN) {
                    continue;
                }
                String table = op.table();
                String column = op.column();
                PythonExpr at = op.columnArg();
                if (column == null || at == null || !listed(fields, table, column)
                        || Reversal.touchesColumn(undone, table, column)) {
                    continue;
                }
                String verb = op.kind() == OpKind.DROP_COLUMN ? "Dropping" : "Altering";
                String why = configured ? "is listed in protectedFields" : "is managed by the HRIS sync (utils/replicate_hris.py)";
                ctx.report(at.span(), verb + " " + (table == null ? "" : table + ".") + column + ", which " + why
                        + ": the sync may write or read it and break. Check its use in the sync and the scheduler tasks and "
                        + "coordinate the change, then record that with `# migration-lsp: disable=protected-field` on this statement.");
            }
        }
    }

    private static boolean listed(List<String> fields, String table, String column) {
        for (String f : fields) {
            int dot = f.lastIndexOf('.');
            String fieldColumn = dot < 0 ? f : f.substring(dot + 1);
            String fieldTable = dot < 0 ? null : f.substring(0, dot);
            if (Reversal.same(fieldColumn, column) && (fieldTable == null || Reversal.same(fieldTable, table))) {
                return true;
            }
        }
        return false;
    }
}
