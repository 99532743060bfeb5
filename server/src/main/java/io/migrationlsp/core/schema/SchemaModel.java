package io.migrationlsp.core.schema;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
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

    final SharedMap<TableInfo> tables;
    final SharedMap<Origin> roles;
    final SharedMap<Origin> grants;
    /** Tables this model may change in place; the others may be shared with copies. */
    private final Set<TableInfo> owned = Collections.newSetFromMap(new IdentityHashMap<>());

    public SchemaModel() {
        this(new SharedMap<>(), new SharedMap<>(), new SharedMap<>());
    }

    private SchemaModel(SharedMap<TableInfo> tables, SharedMap<Origin> roles, SharedMap<Origin> grants) {
        this.tables = tables;
        this.roles = roles;
        this.grants = grants;
    }

    /**
     * A copy that shares its tables, and the maps holding them, with this one until either changes
     * them (copy on write, both ways: the replay that goes on after a checkpoint must not change
     * the checkpoint). A copy of a 5,000-table schema costs a few hundred references.
     */
    public SchemaModel copy() {
        owned.clear();
        return new SchemaModel(tables.copy(), roles.copy(), grants.copy());
    }

    /**
     * A model holding only the table with this key (if this one has it), shared until changed:
     * enough to replay the statements on that table alone ({@link SchemaReplayer#applyToTable}).
     */
    public SchemaModel copyOfTable(String tableKey) {
        SchemaModel s = new SchemaModel();
        TableInfo t = table(tableKey);
        if (t != null) {
            owned.remove(t);
            s.tables.put(t.key(), t);
        }
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
