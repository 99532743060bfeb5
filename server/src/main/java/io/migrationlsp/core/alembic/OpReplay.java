package io.migrationlsp.core.alembic;

import io.migrationlsp.core.alembic.OpSchema.Column;
import io.migrationlsp.core.alembic.OpSchema.Constraint;
import io.migrationlsp.core.alembic.OpSchema.ForeignKey;
import io.migrationlsp.core.alembic.OpSchema.Index;
import io.migrationlsp.core.alembic.OpSchema.Table;
import io.migrationlsp.core.python.PythonExpr;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies Alembic operations to an {@link OpSchema}, as strictly as a database would: adding what
 * exists, dropping what does not, dropping a column an index or key still uses, or a table another
 * table's key references, fails. Operations it cannot model ({@code execute}, unknown ones) fail
 * too. In seeding mode a table, column, index or constraint that the operations use without
 * creating is assumed to have been there, and recorded in the seed: the schema the operations
 * start from.
 */
public final class OpReplay {
    /** An operation that cannot apply to the schema as it stands. */
    public static final class ReplayException extends Exception {
        ReplayException(String message) {
            super(message);
        }
    }

    private final String source;
    private final OpSchema schema;
    private final OpSchema seed;
    private final Set<String> created = new HashSet<>();

    private OpReplay(String source, OpSchema schema, OpSchema seed) {
        this.source = source;
        this.schema = schema;
        this.seed = seed;
    }

    /** Applies {@code ops} (read from {@code source}) to {@code schema}, in order. */
    public static void apply(OpSchema schema, String source, List<OpCall> ops) throws ReplayException {
        OpReplay r = new OpReplay(source, schema, null);
        for (OpCall op : ops) {
            r.apply(op);
        }
    }

    /** The schema {@code ops} start from: everything they use and do not create themselves. */
    public static OpSchema seedFor(String source, List<OpCall> ops) throws ReplayException {
        OpSchema seed = new OpSchema();
        OpReplay r = new OpReplay(source, new OpSchema(), seed);
        for (OpCall op : ops) {
            r.apply(op);
        }
        return seed;
    }

    private void apply(OpCall op) throws ReplayException {
        if (op.isBatch()) {
            throw new ReplayException("batch operations are not modelled");
        }
        switch (op.kind()) {
            case ADD_COLUMN -> addColumn(op);
            case DROP_COLUMN -> dropColumn(op);
            case ALTER_COLUMN -> alterColumn(op);
            case CREATE_TABLE -> createTable(op);
            case DROP_TABLE -> dropTable(op);
            case RENAME_TABLE -> renameTable(op);
            case CREATE_INDEX -> createIndex(op);
            case DROP_INDEX -> dropIndex(op);
            case CREATE_FOREIGN_KEY -> createForeignKey(op);
            case CREATE_UNIQUE_CONSTRAINT -> createConstraint(op, "unique", "columns");
            case CREATE_PRIMARY_KEY -> createConstraint(op, "primary", "columns");
            case CREATE_CHECK_CONSTRAINT -> createConstraint(op, "check", null);
            case DROP_CONSTRAINT -> dropConstraint(op);
            default -> throw new ReplayException("op." + op.name() + " is not modelled");
        }
    }

    private void addColumn(OpCall op) throws ReplayException {
        Table t = existingTable(op.table());
        SaColumn c = op.addedColumn();
        if (c == null || c.name() == null) {
            throw new ReplayException("add_column without a readable sa.Column");
        }
        if (t.column(c.name()) != null) {
            throw new ReplayException("column " + c.name() + " already exists in " + t.name());
        }
        putColumn(t, c);
    }

    private void putColumn(Table t, SaColumn c) throws ReplayException {
        t.columns.put(OpSchema.key(c.name()), new Column(c.name(), text(c.type()),
                c.nullable() != null ? c.nullable() : !c.primaryKey(), c.serverDefault() == null ? null : text(c.serverDefault())));
        for (PythonExpr.Call fk : c.foreignKeys()) {
            String target = PythonExpr.stringValue(fk.arg(0, "column"));
            if (target == null || target.indexOf('.') < 0) {
                throw new ReplayException("sa.ForeignKey without a readable 'table.column'");
            }
            String referent = target.substring(0, target.lastIndexOf('.'));
            String remote = target.substring(target.lastIndexOf('.') + 1);
            existingColumn(existingTable(referent), remote);
            String name = PythonExpr.stringValue(fk.keyword("name"));
            String key = name != null ? name : "fk:" + c.name();
            t.foreignKeys.put(OpSchema.key(key), new ForeignKey(key, List.of(c.name()), referent, List.of(remote)));
        }
    }

    private void dropColumn(OpCall op) throws ReplayException {
        Table t = existingTable(op.table());
        String name = op.column();
        existingColumn(t, name);
        // The column's own unnamed key (an sa.ForeignKey in its sa.Column) goes with it.
        t.foreignKeys.remove(OpSchema.key("fk:" + name));
        if (t.uses(name)) {
            throw new ReplayException("column " + name + " of " + t.name() + " is still used by an index or key");
        }
        t.columns.remove(OpSchema.key(name));
    }

    private void alterColumn(OpCall op) throws ReplayException {
        Table t = existingTable(op.table());
        String name = op.column();
        if (name == null) {
            throw new ReplayException("alter_column without a column name");
        }
        Column c = t.column(name);
        if (c == null && seeding(t)) {
            Boolean nullable = PythonExpr.boolValue(op.call().keyword("existing_nullable"));
            Boolean changed = PythonExpr.boolValue(op.call().keyword("nullable"));
            PythonExpr existingDefault = op.call().keyword("existing_server_default");
            c = new Column(name, typeText(op.call().keyword("existing_type")),
                    nullable != null ? nullable : changed == null ? null : !changed,
                    existingDefault == null || PythonExpr.isNone(existingDefault) ? null : text(existingDefault));
            t.columns.put(OpSchema.key(name), c);
            seedTable(t).columns.put(OpSchema.key(name), c);
        }
        if (c == null) {
            throw new ReplayException("no column " + name + " in " + t.name());
        }
        String type = c.type();
        Boolean nullable = c.nullable();
        String serverDefault = c.serverDefault();
        String newName = c.name();
        for (PythonExpr.Arg a : op.call().args()) {
            if (a.keyword() == null) {
                continue;
            }
            switch (a.keyword()) {
                case "nullable" -> {
                    nullable = PythonExpr.boolValue(a.value());
                    if (nullable == null) {
                        throw new ReplayException("nullable= is not a literal True or False");
                    }
                }
                case "type_" -> type = typeText(a.value());
                case "server_default" -> serverDefault = PythonExpr.isNone(a.value()) ? null : text(a.value());
                case "new_column_name" -> newName = PythonExpr.stringValue(a.value());
                default -> {
                    // existing_* describe the column as it is; schema, comment and the like change nothing modelled.
                }
            }
        }
        if (newName == null) {
            throw new ReplayException("new_column_name is not a string");
        }
        if (!OpSchema.key(newName).equals(OpSchema.key(name))) {
            if (t.column(newName) != null) {
                throw new ReplayException("column " + newName + " already exists in " + t.name());
            }
            if (t.uses(name)) {
                throw new ReplayException("renaming " + name + ", which an index or key uses, is not modelled");
            }
            t.columns.remove(OpSchema.key(name));
        }
        t.columns.put(OpSchema.key(newName), new Column(newName, type, nullable, serverDefault));
    }

    private void createTable(OpCall op) throws ReplayException {
        String name = op.table();
        if (name == null) {
            throw new ReplayException("create_table without a table name");
        }
        if (schema.table(name) != null) {
            throw new ReplayException("table " + name + " already exists");
        }
        Table t = new Table(name);
        schema.tables.put(OpSchema.key(name), t);
        created.add(OpSchema.key(name));
        for (PythonExpr e : op.call().positional().subList(1, op.call().positional().size())) {
            SaColumn c = SaColumn.of(e);
            if (c != null) {
                if (c.name() == null) {
                    throw new ReplayException("a column of " + name + " has no readable name");
                }
                putColumn(t, c);
            } else if (e instanceof PythonExpr.Call k && k.named("ForeignKeyConstraint")) {
                List<String> local = strings(k.arg(0, "columns"));
                List<String> remote = strings(k.arg(1, "refcolumns"));
                if (local == null || remote == null || remote.isEmpty() || remote.get(0).indexOf('.') < 0) {
                    throw new ReplayException("a ForeignKeyConstraint of " + name + " is not readable");
                }
                String referent = remote.get(0).substring(0, remote.get(0).lastIndexOf('.'));
                List<String> remoteColumns = new ArrayList<>();
                remote.forEach(r -> remoteColumns.add(r.substring(r.lastIndexOf('.') + 1)));
                String fkName = PythonExpr.stringValue(k.keyword("name"));
                String key = fkName != null ? fkName : "fk:" + String.join(",", local);
                t.foreignKeys.put(OpSchema.key(key), new ForeignKey(key, local, referent, remoteColumns));
            } else if (e instanceof PythonExpr.Call k && k.named("UniqueConstraint")) {
                String ucName = PythonExpr.stringValue(k.keyword("name"));
                if (ucName != null) {
                    t.constraints.put(OpSchema.key(ucName), new Constraint(ucName, "unique", strings(k.positional())));
                }
            }
        }
    }

    private void dropTable(OpCall op) throws ReplayException {
        Table t = existingTable(op.table());
        for (Table other : schema.tables.values()) {
            if (other != t && other.foreignKeys.values().stream().anyMatch(f -> sameName(f.referent(), t.name()))) {
                throw new ReplayException("table " + t.name() + " is still referenced by a key of " + other.name());
            }
        }
        schema.tables.remove(OpSchema.key(t.name()));
    }

    private void renameTable(OpCall op) throws ReplayException {
        Table t = existingTable(op.string("old_table_name"));
        String to = op.string("new_table_name");
        if (to == null || schema.table(to) != null) {
            throw new ReplayException("cannot rename " + t.name() + " to " + to);
        }
        Table renamed = new Table(to);
        renamed.columns.putAll(t.columns);
        renamed.foreignKeys.putAll(t.foreignKeys);
        renamed.indexes.putAll(t.indexes);
        renamed.constraints.putAll(t.constraints);
        schema.tables.remove(OpSchema.key(t.name()));
        schema.tables.put(OpSchema.key(to), renamed);
        for (Table other : schema.tables.values()) {
            other.foreignKeys.replaceAll((k, f) -> sameName(f.referent(), t.name())
                    ? new ForeignKey(f.name(), f.columns(), to, f.remoteColumns()) : f);
        }
    }

    private void createIndex(OpCall op) throws ReplayException {
        String name = nameOf(op.param("index_name"));
        Table t = existingTable(op.table());
        List<String> columns = strings(op.param("columns"));
        if (name == null || columns == null) {
            throw new ReplayException("create_index without a readable name or column list");
        }
        for (String c : columns) {
            existingColumn(t, c);
        }
        if (findIndex(name) != null) {
            throw new ReplayException("index " + name + " already exists");
        }
        boolean unique = Boolean.TRUE.equals(PythonExpr.boolValue(op.call().keyword("unique")));
        t.indexes.put(OpSchema.key(name), new Index(name, columns, unique));
    }

    private void dropIndex(OpCall op) throws ReplayException {
        String name = nameOf(op.param("index_name"));
        if (name == null) {
            throw new ReplayException("drop_index without a readable name");
        }
        Table t = findIndex(name);
        if (t == null && op.table() != null) {
            Table owner = existingTable(op.table());
            if (seeding(owner)) {
                Index seeded = new Index(name, List.of("?"), false);
                seedTable(owner).indexes.put(OpSchema.key(name), seeded);
                owner.indexes.put(OpSchema.key(name), seeded);
                t = owner;
            }
        }
        if (t == null || (op.table() != null && !sameName(t.name(), op.table()))) {
            throw new ReplayException("no index " + name + (op.table() == null ? "" : " on " + op.table()));
        }
        t.indexes.remove(OpSchema.key(name));
    }

    private void createForeignKey(OpCall op) throws ReplayException {
        String name = nameOf(op.param("constraint_name"));
        Table source = existingTable(op.table());
        Table referent = existingTable(op.string("referent_table"));
        List<String> local = strings(op.param("local_cols"));
        List<String> remote = strings(op.param("remote_cols"));
        if (name == null || local == null || remote == null) {
            throw new ReplayException("create_foreign_key without a readable name or column lists");
        }
        for (String c : local) {
            existingColumn(source, c);
        }
        for (String c : remote) {
            existingColumn(referent, c);
        }
        if (source.foreignKeys.containsKey(OpSchema.key(name)) || source.constraints.containsKey(OpSchema.key(name))) {
            throw new ReplayException("constraint " + name + " already exists on " + source.name());
        }
        source.foreignKeys.put(OpSchema.key(name), new ForeignKey(name, local, referent.name(), remote));
    }

    private void createConstraint(OpCall op, String type, String columnsParam) throws ReplayException {
        String name = nameOf(op.param("constraint_name"));
        Table t = existingTable(op.table());
        List<String> columns = columnsParam == null ? List.of() : strings(op.param(columnsParam));
        if (name == null || columns == null) {
            throw new ReplayException("create constraint without a readable name or column list");
        }
        for (String c : columns) {
            existingColumn(t, c);
        }
        if (t.constraints.containsKey(OpSchema.key(name)) || t.foreignKeys.containsKey(OpSchema.key(name))) {
            throw new ReplayException("constraint " + name + " already exists on " + t.name());
        }
        t.constraints.put(OpSchema.key(name), new Constraint(name, type, columns));
    }

    private void dropConstraint(OpCall op) throws ReplayException {
        String name = nameOf(op.param("constraint_name"));
        Table t = existingTable(op.table());
        if (name == null) {
            throw new ReplayException("drop_constraint without a readable name");
        }
        String type = op.string("type_");
        String key = OpSchema.key(name);
        if (!t.foreignKeys.containsKey(key) && !t.constraints.containsKey(key) && seeding(t)) {
            if ("foreignkey".equals(type)) {
                ForeignKey seeded = new ForeignKey(name, List.of(), "?", List.of());
                t.foreignKeys.put(key, seeded);
                seedTable(t).foreignKeys.put(key, seeded);
            } else {
                Constraint seeded = new Constraint(name, type == null ? "?" : type, List.of());
                t.constraints.put(key, seeded);
                seedTable(t).constraints.put(key, seeded);
            }
        }
        if ("foreignkey".equals(type) ? t.foreignKeys.remove(key) == null
                : t.constraints.remove(key) == null && t.foreignKeys.remove(key) == null) {
            throw new ReplayException("no constraint " + name + " on " + t.name());
        }
    }

    private Table existingTable(String name) throws ReplayException {
        if (name == null) {
            throw new ReplayException("a table name that is not a string");
        }
        Table t = schema.table(name);
        if (t == null && seed != null && !created.contains(OpSchema.key(name))) {
            t = new Table(name);
            schema.tables.put(OpSchema.key(name), t);
            seed.tables.put(OpSchema.key(name), new Table(name));
        }
        if (t == null) {
            throw new ReplayException("no table " + name);
        }
        return t;
    }

    private Column existingColumn(Table t, String name) throws ReplayException {
        if (name == null) {
            throw new ReplayException("a column name that is not a string");
        }
        Column c = t.column(name);
        if (c == null && seeding(t)) {
            c = new Column(name, "?", null, null);
            t.columns.put(OpSchema.key(name), c);
            seedTable(t).columns.put(OpSchema.key(name), c);
        }
        if (c == null) {
            throw new ReplayException("no column " + name + " in " + t.name());
        }
        return c;
    }

    /** Whether a missing part of {@code t} may be assumed: seeding, and the table was there before the operations. */
    private boolean seeding(Table t) {
        return seed != null && !created.contains(OpSchema.key(t.name())) && seed.table(t.name()) != null;
    }

    private Table seedTable(Table t) {
        return seed.table(t.name());
    }

    private Table findIndex(String name) {
        for (Table t : schema.tables.values()) {
            if (t.indexes.containsKey(OpSchema.key(name))) {
                return t;
            }
        }
        return null;
    }

    /** A name given as a string or as {@code op.f("name")}. */
    private static String nameOf(PythonExpr e) {
        if (e instanceof PythonExpr.Call c && c.named("f")) {
            e = c.arg(0, null);
        }
        return PythonExpr.stringValue(e);
    }

    private static List<String> strings(PythonExpr e) {
        if (e instanceof PythonExpr.Seq s) {
            return strings(s.items());
        }
        String single = PythonExpr.stringValue(e);
        return single == null ? null : List.of(single);
    }

    private static List<String> strings(List<PythonExpr> items) {
        List<String> out = new ArrayList<>();
        for (PythonExpr i : items) {
            String v = PythonExpr.stringValue(i);
            if (v == null) {
                return null;
            }
            out.add(v);
        }
        return out;
    }

    private String typeText(PythonExpr e) {
        return e == null ? "?" : text(e);
    }

    private String text(PythonExpr e) {
        return e == null ? "?" : e.text(source).replaceAll("\\s+", "");
    }

    private static boolean sameName(String a, String b) {
        return OpSchema.key(a).equals(OpSchema.key(b));
    }
}
