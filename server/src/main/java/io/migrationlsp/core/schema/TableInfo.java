package io.migrationlsp.core.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A table in the replayed schema. Mutable only through {@link SchemaReplayer}; copies are deep. */
public final class TableInfo {
    private final String key;
    private final String name;
    private final Origin origin;
    final Map<String, ColumnInfo> columns = new LinkedHashMap<>();
    final Map<String, IndexInfo> indexes = new LinkedHashMap<>();
    final List<ForeignKeyInfo> foreignKeys = new ArrayList<>();

    TableInfo(String key, String name, Origin origin) {
        this.key = key;
        this.name = name;
        this.origin = origin;
    }

    TableInfo copy() {
        TableInfo t = new TableInfo(key, name, origin);
        t.columns.putAll(columns);
        t.indexes.putAll(indexes);
        t.foreignKeys.addAll(foreignKeys);
        return t;
    }

    /** {@code {TENANT}.NAME} or {@code PLATFORM.NAME}. */
    public String key() { return key; }
    /** The table name as first written, without brackets. */
    public String name() { return name; }
    public Origin origin() { return origin; }
    public Map<String, ColumnInfo> columns() { return Collections.unmodifiableMap(columns); }
    public Map<String, IndexInfo> indexes() { return Collections.unmodifiableMap(indexes); }
    public List<ForeignKeyInfo> foreignKeys() { return Collections.unmodifiableList(foreignKeys); }

    public ColumnInfo column(String columnName) {
        return columns.get(columnName.toUpperCase(Locale.ROOT));
    }

    public boolean isTenant() {
        return key.startsWith(SchemaModel.TENANT + ".");
    }
}
