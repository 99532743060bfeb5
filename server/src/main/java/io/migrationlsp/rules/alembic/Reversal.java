package io.migrationlsp.rules.alembic;

import io.migrationlsp.core.alembic.MigrationFunction;
import io.migrationlsp.core.alembic.OpCall;
import io.migrationlsp.core.alembic.OpKind;
import io.migrationlsp.core.alembic.Revision;
import io.migrationlsp.core.alembic.SaColumn;
import io.migrationlsp.core.python.PythonExpr;

/**
 * What {@code upgrade()} does, asked from {@code downgrade()}: a downgrade that drops the column
 * its upgrade added, or restores the constraint its upgrade dropped, undoes this revision's own
 * change and puts back what was there; it is no new change to the schema for the rules to judge.
 */
final class Reversal {
    private Reversal() {}

    /** The upgrade when {@code f} is the downgrade of {@code r}, else null. */
    static MigrationFunction upgradeUndoneBy(Revision r, MigrationFunction f) {
        return f.kind() == MigrationFunction.Kind.DOWNGRADE ? r.upgrade() : null;
    }

    /** Whether {@code f} adds the column (add_column, or create_table with it). */
    static boolean addsColumn(MigrationFunction f, String table, String column) {
        if (f == null || table == null || column == null) {
            return false;
        }
        for (OpCall op : f.ops()) {
            if (!same(table, op.table())) {
                continue;
            }
            if (op.kind() == OpKind.ADD_COLUMN && same(column, op.column())) {
                return true;
            }
            if (op.kind() == OpKind.CREATE_TABLE && tableHasColumn(op, column)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code f} adds, alters or drops the column. */
    static boolean touchesColumn(MigrationFunction f, String table, String column) {
        if (addsColumn(f, table, column)) {
            return true;
        }
        for (OpCall op : f == null ? java.util.List.<OpCall>of() : f.ops()) {
            if ((op.kind() == OpKind.ALTER_COLUMN || op.kind() == OpKind.DROP_COLUMN) && same(table, op.table())
                    && same(column, op.column())) {
                return true;
            }
        }
        return false;
    }

    static boolean dropsColumn(MigrationFunction f, String table, String column) {
        for (OpCall op : f == null ? java.util.List.<OpCall>of() : f.ops()) {
            if (op.kind() == OpKind.DROP_COLUMN && same(table, op.table()) && same(column, op.column())) {
                return true;
            }
        }
        return false;
    }

    static boolean dropsTable(MigrationFunction f, String table) {
        for (OpCall op : f == null ? java.util.List.<OpCall>of() : f.ops()) {
            if (op.kind() == OpKind.DROP_TABLE && same(table, op.table())) {
                return true;
            }
        }
        return false;
    }

    static boolean dropsConstraint(MigrationFunction f, String name) {
        for (OpCall op : f == null ? java.util.List.<OpCall>of() : f.ops()) {
            if (op.kind() == OpKind.DROP_CONSTRAINT && same(name, op.string("constraint_name"))) {
                return true;
            }
        }
        return false;
    }

    static boolean same(String a, String b) {
        return a != null && b != null && a.equalsIgnoreCase(b);
    }

    private static boolean tableHasColumn(OpCall createTable, String column) {
        for (PythonExpr e : createTable.call().positional()) {
            SaColumn c = SaColumn.of(e);
            if (c != null && same(column, c.name())) {
                return true;
            }
        }
        return false;
    }
}
