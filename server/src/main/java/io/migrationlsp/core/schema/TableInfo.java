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
    private final String qualifiedName;
    private final Origin origin;
    final Map<String, ColumnInfo> columns = new LinkedHashMap<>();
    final Map<String, IndexInfo> indexes = new LinkedHashMap<>();
    final List<ForeignKeyInfo> foreignKeys = new ArrayList<>();
    final Map<String, PolicyInfo> policies = new LinkedHashMap<>();
    boolean rlsEnabled;
    boolean rlsForced;

    TableInfo(String key, String name, Origin origin) {
        this(key, name, name, origin);
    }

    TableInfo(String key, String name, String qualifiedName, Origin origin) {
        this.key = key;
        this.name = name;
        this.qualifiedName = qualifiedName;
        this.origin = origin;
    }

    TableInfo copy() {
        return copyAs(key, name, qualifiedName);
    }

    /** A deep copy under another name (a renamed table). */
    TableInfo copyAs(String newKey, String newName, String newQualifiedName) {
        TableInfo t = new TableInfo(newKey, newName, newQualifiedName, origin);
        t.columns.putAll(columns);
        t.indexes.putAll(indexes);
        t.foreignKeys.addAll(foreignKeys);
        t.policies.putAll(policies);
        t.rlsEnabled = rlsEnabled;
        t.rlsForced = rlsForced;
        return t;
    }

    /** {@code {TENANT}.NAME} or {@code PLATFORM.NAME}. */
    public String key() { return key; }
    /** The table name as first written, without brackets. */
    public String name() { return name; }
    /** The name as first written with its schema, if it had one ({@code core.policy_profiles}). */
    public String qualifiedName() { return qualifiedName; }
    public Origin origin() { return origin; }
    /** Row level security policies by upper-cased name. */
    public Map<String, PolicyInfo> policies() { return Collections.unmodifiableMap(policies); }
    /** {@code ALTER TABLE ... ENABLE ROW LEVEL SECURITY} is in effect. */
    public boolean rlsEnabled() { return rlsEnabled; }
    /** {@code ALTER TABLE ... FORCE ROW LEVEL SECURITY} is in effect (the owner is bound by the policies too). */
    public boolean rlsForced() { return rlsForced; }
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
