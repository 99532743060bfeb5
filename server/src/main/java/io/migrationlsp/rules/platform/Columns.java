package io.migrationlsp.rules.platform;

import io.migrationlsp.core.model.AlterAction;
import io.migrationlsp.core.model.ColumnDef;
import io.migrationlsp.core.model.StatementModel;
import java.util.ArrayList;
import java.util.List;

/** Column definitions a statement writes: CREATE TABLE columns, ALTER TABLE ADD and ALTER COLUMN. */
final class Columns {
    private Columns() {}

    static List<ColumnDef> written(StatementModel m) {
        List<ColumnDef> result = new ArrayList<>(m.definedColumns());
        for (AlterAction a : m.alterActions()) {
            if (a.kind() == AlterAction.Kind.ALTER_COLUMN) {
                result.addAll(a.columns());
            }
        }
        return result;
    }
}
