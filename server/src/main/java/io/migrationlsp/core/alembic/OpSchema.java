package io.migrationlsp.core.alembic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The schema as Alembic operations leave it: tables with their columns (type as written, nullable,
 * server default), foreign keys, indexes and named constraints. {@link OpReplay} applies
 * operations to it; the downgrade generator replays upgrade then its inverse to check that the
 * schema comes back to where it started. Names compare case-insensitively.
 */
public final class OpSchema {
    /** A column; {@code type} is the type expression as written (whitespace removed), "?" when unknown. */
    public record Column(String name, String type, Boolean nullable, String serverDefault) {}

    public record ForeignKey(String name, List<String> columns, String referent, List<String> remoteColumns) {}

    public record Index(String name, List<String> columns, boolean unique) {}

    /** A unique, check or primary key constraint known by name. */
    public record Constraint(String name, String type, List<String> columns) {}

    public static final class Table {
        final String name;
        final Map<String, Column> columns = new LinkedHashMap<>();
        final Map<String, ForeignKey> foreignKeys = new LinkedHashMap<>();
        final Map<String, Index> indexes = new LinkedHashMap<>();
        final Map<String, Constraint> constraints = new LinkedHashMap<>();

        Table(String name) {
            this.name = name;
        }

        public String name() {
            return name;
        }

        public Column column(String n) {
            return columns.get(key(n));
        }

        public List<Column> columns() {
            return List.copyOf(columns.values());
        }

        public List<ForeignKey> foreignKeys() {
            return List.copyOf(foreignKeys.values());
        }

        public List<Index> indexes() {
            return List.copyOf(indexes.values());
        }

        Table copy() {
            Table t = new Table(name);
            t.columns.putAll(columns);
            t.foreignKeys.putAll(foreignKeys);
            t.indexes.putAll(indexes);
            t.constraints.putAll(constraints);
            return t;
        }

        /** Whether an index, foreign key or constraint of this table uses the column. */
        boolean uses(String column) {
            String k = key(column);
            return indexes.values().stream().anyMatch(i -> keys(i.columns()).contains(k))
                    || foreignKeys.values().stream().anyMatch(f -> keys(f.columns()).contains(k))
                    || constraints.values().stream().anyMatch(c -> keys(c.columns()).contains(k));
        }

        String describe() {
            StringBuilder b = new StringBuilder(key(name)).append(" (");
            new TreeMap<>(columns).values().forEach(c -> b.append(key(c.name())).append(' ').append(c.type())
                    .append(c.nullable() == null ? "" : c.nullable() ? " NULL" : " NOT NULL")
                    .append(c.serverDefault() == null ? "" : " DEFAULT " + c.serverDefault()).append(", "));
            new TreeMap<>(foreignKeys).values().forEach(f -> b.append("FK ").append(key(f.name())).append(keys(f.columns()))
                    .append("->").append(key(f.referent())).append(keys(f.remoteColumns())).append(", "));
            new TreeMap<>(indexes).values().forEach(i -> b.append(i.unique() ? "UNIQUE INDEX " : "INDEX ").append(key(i.name()))
                    .append(keys(i.columns())).append(", "));
            new TreeMap<>(constraints).values().forEach(c -> b.append(c.type()).append(' ').append(key(c.name()))
                    .append(keys(c.columns())).append(", "));
            return b.append(')').toString();
        }
    }

    final Map<String, Table> tables = new LinkedHashMap<>();

    public Table table(String name) {
        return name == null ? null : tables.get(key(name));
    }

    public List<Table> tables() {
        return List.copyOf(tables.values());
    }

    public OpSchema copy() {
        OpSchema s = new OpSchema();
        tables.forEach((k, t) -> s.tables.put(k, t.copy()));
        return s;
    }

    /** Every table, column, key, index and constraint in a canonical text: equal schemas describe the same. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        new TreeMap<>(tables).values().forEach(t -> b.append(t.describe()).append('\n'));
        return b.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OpSchema s && describe().equals(s.describe());
    }

    @Override
    public int hashCode() {
        return describe().hashCode();
    }

    @Override
    public String toString() {
        return describe();
    }

    static String key(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT);
    }

    static List<String> keys(List<String> names) {
        List<String> out = new ArrayList<>();
        names.forEach(n -> out.add(key(n)));
        return out;
    }
}
