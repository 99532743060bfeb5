package io.migrationlsp.core.schema;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The database as a sequence of migrations leaves it, without a database: tables of the tenant
 * schema (keyed {@code {TENANT}.NAME}) and of other schemas ({@code PLATFORM.NAME}), roles inserted
 * into {@code PLATFORM.ROLES} and role-permission grants.
 */
public final class SchemaModel {
    public static final String TENANT = "{TENANT}";

    final Map<String, TableInfo> tables = new LinkedHashMap<>();
    final Map<String, Origin> roles = new LinkedHashMap<>();
    final Map<String, Origin> grants = new LinkedHashMap<>();
    /** Tables this model may change in place; the others are shared with the model it was copied from. */
    private final Set<TableInfo> owned = Collections.newSetFromMap(new IdentityHashMap<>());

    /**
     * A copy that shares every table with this one until the replay changes it (copy on write), so
     * a checkpoint of a 5,000-table schema costs one map copy, not a deep copy.
     */
    public SchemaModel copy() {
        SchemaModel s = new SchemaModel();
        s.tables.putAll(tables);
        s.roles.putAll(roles);
        s.grants.putAll(grants);
        return s;
    }

    /** The table to change in place: this model's own copy of it. */
    TableInfo mutable(String key) {
        TableInfo t = tables.get(key);
        if (t == null || owned.contains(t)) {
            return t;
        }
        TableInfo mine = t.copy();
        tables.put(key, mine);
        owned.add(mine);
        return mine;
    }

    void put(TableInfo t) {
        tables.put(t.key(), t);
        owned.add(t);
    }

    public Map<String, TableInfo> tables() {
        return Collections.unmodifiableMap(tables);
    }

    public TableInfo table(String key) {
        return tables.get(resolve(key.toUpperCase(Locale.ROOT).replace("{TENANT}", TENANT)));
    }

    /**
     * The key a table is stored under: {@code key} itself, or for Postgres' default schema the other
     * spelling ({@code .T} for {@code PUBLIC.T} and the reverse), when only that one exists.
     */
    public String resolve(String key) {
        if (tables.containsKey(key)) {
            return key;
        }
        String other = key.startsWith(".") ? "PUBLIC" + key : key.startsWith("PUBLIC.") ? key.substring(6) : null;
        return other != null && tables.containsKey(other) ? other : key;
    }

    /** Tables of one scope ({@link #TENANT} or a schema name such as PLATFORM), sorted by name. */
    public List<TableInfo> tablesIn(String schema) {
        Map<String, TableInfo> sorted = new TreeMap<>();
        String prefix = schema.toUpperCase(Locale.ROOT).replace("{TENANT}", TENANT) + ".";
        tables.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                sorted.put(k, v);
            }
        });
        return List.copyOf(sorted.values());
    }

    /** Role names (case-insensitive key) inserted into PLATFORM.ROLES, with where. */
    public Map<String, Origin> roles() {
        return Collections.unmodifiableMap(roles);
    }

    /** Grants keyed by {@link #grantKey}, with where they were inserted. */
    public Map<String, Origin> grants() {
        return Collections.unmodifiableMap(grants);
    }

    public static String grantKey(String role, String permission) {
        return role.toLowerCase(Locale.ROOT) + "\u0000" + permission.toUpperCase(Locale.ROOT);
    }
}
