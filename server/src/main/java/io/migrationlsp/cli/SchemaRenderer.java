package io.migrationlsp.cli;

import io.migrationlsp.core.schema.TableInfo;
import java.util.List;

/** One output format of the {@code schema} command. */
interface SchemaRenderer {
    String render(List<TableInfo> tables, String placeholder);

    /** How a table is written in SQL: the placeholder or its schema, and the bracketed name. */
    static String qualified(TableInfo t, String placeholder) {
        String schema = t.isTenant() ? placeholder : t.key().substring(0, t.key().indexOf('.'));
        return schema + ".[" + t.name() + "]";
    }
}
