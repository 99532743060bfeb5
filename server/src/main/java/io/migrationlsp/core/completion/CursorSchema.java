package io.migrationlsp.core.completion;

import io.migrationlsp.core.analysis.Analyzer;
import io.migrationlsp.core.analysis.SqlFile;
import io.migrationlsp.core.schema.SchemaModel;
import io.migrationlsp.core.schema.SchemaReplayer;
import io.migrationlsp.core.schema.TableInfo;
import io.migrationlsp.core.workspace.WorkspaceIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The schema as the cursor sees it: the history before the current file, then the current file's
 * own statements that end before the cursor. A file outside the history sees the whole history.
 */
record CursorSchema(SchemaModel schema, SchemaModel tablesPy, String path) {

    static CursorSchema at(WorkspaceIndex index, Analyzer analyzer, String path, String text, int offset) {
        boolean inHistory = path != null && index.entry(path) != null;
        SqlFile current = inHistory ? index.file(path) : null;
        if (current == null || !current.text().equals(text)) {
            var project = index.project();
            current = analyzer.model(path != null ? path : "untitled.sql", text, project.config(), project.profile());
        }
        SchemaModel schema = (inHistory ? index.schemaBefore(path) : index.finalSchema()).copy();
        SchemaReplayer.applyBefore(schema, current, offset);
        var tablesPy = index.tablesPy();
        return new CursorSchema(schema, tablesPy == null ? null : tablesPy.schema(), current.path());
    }

    /** Tenant tables (history, then tables.py-only ones), then platform tables, each sorted by name. */
    List<TableInfo> tables() {
        Map<String, TableInfo> tenant = new TreeMap<>();
        schema.tablesIn(SchemaModel.TENANT).forEach(t -> tenant.put(t.key(), t));
        if (tablesPy != null) {
            tablesPy.tablesIn(SchemaModel.TENANT).forEach(t -> tenant.putIfAbsent(t.key(), t));
        }
        List<TableInfo> out = new ArrayList<>(tenant.values());
        out.addAll(schema.tablesIn("PLATFORM"));
        return out;
    }

    /** Tables the current file creates before the cursor. */
    List<TableInfo> createdHere() {
        return schema.tables().values().stream()
                .filter(t -> t.origin() != null && path.equals(t.origin().path())).toList();
    }
}
