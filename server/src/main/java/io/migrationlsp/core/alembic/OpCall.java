package io.migrationlsp.core.alembic;

import io.migrationlsp.core.python.PythonExpr;
import io.migrationlsp.core.text.TextSpan;

/**
 * One {@code op.<name>(...)} call in {@code upgrade()} or {@code downgrade()} (or
 * {@code batch_op.<name>(...)} inside {@code with op.batch_alter_table(...) as batch_op:}).
 *
 * @param name       the operation as written after the dot ({@code add_column})
 * @param call       the call with its arguments and their spans
 * @param batchTable the table of the enclosing {@code batch_alter_table}, null for a plain {@code op.} call
 * @param sql        the SQL of an {@code op.execute("...")}, null for every other call or a non-literal argument
 */
public record OpCall(String name, OpKind kind, PythonExpr.Call call, String batchTable, ExecuteSql sql) {

    /** Where the operation is named: {@code op.add_column}; where op-level findings go. */
    public TextSpan calleeSpan() {
        return call.callee().span();
    }

    public boolean isBatch() {
        return batchTable != null;
    }

    /** The argument for Alembic parameter {@code param}, by keyword or by its position; null when absent. */
    public PythonExpr param(String param) {
        PythonExpr byKeyword = call.keyword(param);
        if (byKeyword != null) {
            return byKeyword;
        }
        int position = kind.params().indexOf(param);
        if (position < 0) {
            return null;
        }
        if (isBatch()) {
            String tableParam = kind.tableParam();
            int tablePosition = tableParam == null ? -1 : kind.params().indexOf(tableParam);
            if (position == tablePosition) {
                return null;
            }
            if (tablePosition >= 0 && position > tablePosition) {
                position--;
            }
        }
        return call.arg(position, null);
    }

    /** The string value of a parameter, or null when absent or not a plain string literal. */
    public String string(String param) {
        return PythonExpr.stringValue(param(param));
    }

    /** The table the operation works on: its string argument, or the batch's table. */
    public String table() {
        if (isBatch()) {
            return batchTable;
        }
        String p = kind.tableParam();
        return p == null ? null : string(p);
    }

    /** The column an {@code add_column} adds, read from its {@code sa.Column(...)}; null for other operations. */
    public SaColumn addedColumn() {
        return kind == OpKind.ADD_COLUMN ? SaColumn.of(param("column")) : null;
    }

    /** The column a drop_column / alter_column names; for add_column, the added column's name. */
    public String column() {
        return switch (kind) {
            case DROP_COLUMN, ALTER_COLUMN -> string("column_name");
            case ADD_COLUMN -> addedColumn() == null ? null : addedColumn().name();
            default -> null;
        };
    }

    /** The expression naming the column of a drop_column / alter_column (where column findings go). */
    public PythonExpr columnArg() {
        return kind == OpKind.DROP_COLUMN || kind == OpKind.ALTER_COLUMN ? param("column_name") : null;
    }
}
