package io.migrationlsp.core.schema;

import io.migrationlsp.core.analysis.SqlFile;
import io.migrationlsp.core.model.AlterAction;
import io.migrationlsp.core.model.ColumnChange;
import io.migrationlsp.core.model.ColumnDef;
import io.migrationlsp.core.model.ForeignKey;
import io.migrationlsp.core.model.Ident;
import io.migrationlsp.core.model.IndexDef;
import io.migrationlsp.core.model.Nullability;
import io.migrationlsp.core.model.PermissionGrant;
import io.migrationlsp.core.model.QualifiedName;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.workspace.RoleCatalog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Applies a migration's statements to a {@link SchemaModel}, in order. A guarded statement
 * ({@code IF EXISTS (...) ALTER ...}) is applied as if its guard held; statements that do not model
 * (procedures, DML other than roles and grants) change nothing. Postgres DDL replays too: column
 * type, nullability and default changes, renames, row level security and policies.
 */
public final class SchemaReplayer {
    private SchemaReplayer() {}

    public static void apply(SchemaModel schema, SqlFile file) {
        for (StatementModel m : file.allModels()) {
            try {
                apply(schema, file.path(), file.text(), m);
            } catch (RuntimeException e) {
                // A statement the model only half understood must not stop the replay of the rest.
            }
        }
        for (String role : RoleCatalog.rolesInserted(file)) {
            schema.roles.putIfAbsent(role.toLowerCase(Locale.ROOT), new Origin(file.path(), null));
        }
    }

    /**
     * Applies only the statements of {@code file} that end at or before {@code offset}: the schema
     * as an edit at that offset sees it (a half-typed statement at the offset changes nothing).
     */
    public static void applyBefore(SchemaModel schema, SqlFile file, int offset) {
        for (StatementModel m : file.allModels()) {
            if (m.statement().span().end() > offset) {
                continue;
            }
            try {
                apply(schema, file.path(), file.text(), m);
            } catch (RuntimeException e) {
                // As in apply: a half-understood statement must not stop the others.
            }
        }
    }

    /**
     * Applies only the statements on the table with this key (its CREATE, ALTER, CREATE INDEX, DROP,
     * and DROP INDEX on it or without a table), the same ones {@code TableTouches} counts as touching
     * it: statements on other tables do not change it. Other tables, roles and grants are left behind.
     */
    public static void applyToTable(SchemaModel schema, SqlFile file, String tableKey) {
        Map<String, List<Ordinal>> byTable = file.derived(STATEMENTS_BY_TABLE, SchemaReplayer::statementsByTable);
        List<Ordinal> on = byTable.getOrDefault(tableKey, List.of());
        List<Ordinal> any = byTable.getOrDefault(ANY_TABLE, List.of());
        List<Ordinal> statements = on;
        if (!any.isEmpty()) {
            statements = new ArrayList<>(on);
            statements.addAll(any);
            statements.sort(Comparator.comparingInt(Ordinal::ordinal));
        }
        for (Ordinal s : statements) {
            try {
                apply(schema, file.path(), file.text(), s.model());
            } catch (RuntimeException e) {
                // As in apply: a half-understood statement must not stop the replay.
            }
        }
    }

    /** A statement and its place among the file's models. */
    private record Ordinal(int ordinal, StatementModel model) {}

    private static final Object STATEMENTS_BY_TABLE = new Object();
    private static final String ANY_TABLE = "*";

    /**
     * The file's statements by the key of the table they change, once per file: asking table by
     * table for every table a 10,000-line file creates must not scan all its statements each time.
     */
    private static Map<String, List<Ordinal>> statementsByTable(SqlFile file) {
        Map<String, List<Ordinal>> byTable = new HashMap<>();
        List<StatementModel> all = file.allModels();
        for (int i = 0; i < all.size(); i++) {
            StatementModel m = all.get(i);
            Ordinal o = new Ordinal(i, m);
            switch (m.kind()) {
                case CREATE_TABLE, ALTER_TABLE, CREATE_INDEX -> {
                    if (m.target() != null) {
                        byTable.computeIfAbsent(m.target().key(), k -> new ArrayList<>()).add(o);
                    }
                }
                case DROP_TABLE -> m.dropped().stream().map(QualifiedName::key).distinct()
                        .forEach(k -> byTable.computeIfAbsent(k, x -> new ArrayList<>()).add(o));
                case DROP_INDEX -> byTable.computeIfAbsent(m.target() != null ? m.target().key() : ANY_TABLE,
                        k -> new ArrayList<>()).add(o);
                default -> { }
            }
        }
        return byTable;
    }

    /**
     * Applies the file's top-level statements that start at or before {@code offset}, the one holding
     * it included: the schema a reader sees at that point of a finished file. Roles are left out.
     */
    public static void applyThrough(SchemaModel schema, SqlFile file, int offset) {
        for (StatementModel top : file.models()) {
            if (top.statement().span().start() > offset) {
                break;
            }
            for (StatementModel m : top.flatten()) {
                try {
                    apply(schema, file.path(), file.text(), m);
                } catch (RuntimeException e) {
                    // As in apply: a half-understood statement must not stop the others.
                }
            }
        }
    }

    private static void apply(SchemaModel schema, String path, String text, StatementModel m) {
        QualifiedName target = m.target();
        switch (m.kind()) {
            case CREATE_TABLE -> {
                if (target == null || target.isTempOrVariable() || schema.tables.containsKey(schema.resolve(target.key()))) {
                    return;
                }
                TableInfo t = new TableInfo(target.key(), target.table().name(), written(target), new Origin(path, m.headSpan()));
                for (ColumnDef c : m.columns()) {
                    addColumn(t, path, c);
                }
                addForeignKeys(t, path, m.foreignKeys());
                schema.put(t);
            }
            case ALTER_TABLE -> {
                if (target == null) {
                    return;
                }
                String key = schema.resolve(target.key());
                for (AlterAction a : m.alterActions()) {
                    TableInfo t = schema.mutable(key);
                    if (t == null) {
                        return;
                    }
                    if (a.kind() == AlterAction.Kind.RENAME_TABLE) {
                        key = renameTable(schema, t, target, a.names().get(0));
                    } else {
                        alter(t, path, a);
                    }
                }
            }
            case DROP_TABLE -> {
                boolean cascade = last(m).equals("CASCADE");
                for (QualifiedName n : m.dropped()) {
                    String key = schema.resolve(n.key());
                    if (schema.tables.remove(key) != null && cascade) {
                        dropReferencesTo(schema, key);
                    }
                }
            }
            case CREATE_INDEX -> {
                IndexDef index = m.index();
                if (target == null || index == null || index.name() == null) {
                    return;
                }
                TableInfo t = schema.mutable(schema.resolve(target.key()));
                if (t == null || (index.ifNotExists() && t.indexes.containsKey(index.name().upper()))) {
                    return;
                }
                t.indexes.put(index.name().upper(), new IndexInfo(index.name().name(), names(index.keys()),
                        names(index.include()), new Origin(path, m.headSpan()), index.unique(), m.statement().text(text)));
            }
            case DROP_INDEX -> {
                for (QualifiedName n : m.dropped()) {
                    String indexName = n.table().upper();
                    if (target != null && schema.tables.containsKey(schema.resolve(target.key()))) {
                        schema.mutable(schema.resolve(target.key())).indexes.remove(indexName);
                    } else {
                        for (String key : schema.tables.keysUnordered()) {
                            if (schema.tables.get(key).indexes.containsKey(indexName)) {
                                schema.mutable(key).indexes.remove(indexName);
                            }
                        }
                    }
                }
            }
            case CREATE_POLICY -> {
                TableInfo t = target == null || m.policy() == null ? null : schema.mutable(schema.resolve(target.key()));
                if (t != null) {
                    t.policies.put(m.policy().name().upper(), new PolicyInfo(m.policy().name().name(),
                            m.statement().text(text), new Origin(path, m.headSpan())));
                }
            }
            case INSERT -> {
                for (PermissionGrant g : m.grants()) {
                    if (g.role() != null) {
                        schema.grants.putIfAbsent(SchemaModel.grantKey(g.role(), g.permission()), new Origin(path, g.permissionSpan()));
                    }
                }
            }
            default -> {
                if ("POLICY".equals(m.objectKind()) && m.policy() != null && target != null
                        && m.statement().first().is("DROP")) {
                    TableInfo t = schema.mutable(schema.resolve(target.key()));
                    if (t != null) {
                        t.policies.remove(m.policy().name().upper());
                    }
                }
            }
        }
    }

    private static void alter(TableInfo t, String path, AlterAction a) {
        switch (a.kind()) {
            case ADD_COLUMN -> a.columns().forEach(c -> addColumn(t, path, c));
            case DROP_COLUMN -> a.names().forEach(n -> dropColumn(t, n.upper()));
            case ALTER_COLUMN -> {
                if (a.change() != null && !a.names().isEmpty()) {
                    change(t, a.names().get(0).upper(), a.change());
                    return;
                }
                for (ColumnDef c : a.columns()) {
                    ColumnInfo old = t.columns.get(c.name().upper());
                    if (old != null && c.type() != null) {
                        t.columns.put(c.name().upper().intern(), new ColumnInfo(old.name(), c.type().display(), c.nullability(),
                                old.defaultText(), old.identity(), old.primaryKey(), old.origin()));
                    }
                }
            }
            case ADD_CONSTRAINT -> {
                if (a.foreignKey() != null) {
                    addForeignKeys(t, path, List.of(a.foreignKey()));
                }
            }
            case DROP_CONSTRAINT -> {
                for (Ident n : a.names()) {
                    t.foreignKeys.removeIf(fk -> n.is(constraintName(t, fk)));
                }
            }
            case ENABLE_RLS -> t.rlsEnabled = true;
            case DISABLE_RLS -> t.rlsEnabled = false;
            case FORCE_RLS -> t.rlsForced = true;
            case NO_FORCE_RLS -> t.rlsForced = false;
            case RENAME_COLUMN -> renameColumn(t, a.names().get(0), a.names().get(1));
            default -> { }
        }
    }

    /** The name Postgres gives a foreign key: the written one, else {@code <table>_<first column>_fkey}. */
    public static String constraintName(TableInfo t, ForeignKeyInfo fk) {
        if (fk.name() != null) {
            return fk.name();
        }
        String first = fk.columns().isEmpty() || fk.columns().get(0) == null ? "" : fk.columns().get(0);
        return t.name() + "_" + first + "_fkey";
    }

    private static void change(TableInfo t, String column, ColumnChange change) {
        ColumnInfo old = t.columns.get(column);
        if (old == null) {
            return;
        }
        ColumnInfo now = switch (change.kind()) {
            case TYPE -> change.type() == null ? old : new ColumnInfo(old.name(), change.type().display(), old.nullability(),
                    old.defaultText(), old.identity(), old.primaryKey(), old.origin());
            case SET_NOT_NULL -> withNullability(old, Nullability.NOT_NULL);
            case DROP_NOT_NULL -> withNullability(old, Nullability.NULL);
            case SET_DEFAULT -> new ColumnInfo(old.name(), old.type(), old.nullability(), change.defaultText(), old.identity(),
                    old.primaryKey(), old.origin());
            case DROP_DEFAULT -> new ColumnInfo(old.name(), old.type(), old.nullability(), null, old.identity(),
                    old.primaryKey(), old.origin());
            case OTHER -> old;
        };
        t.columns.put(column, now);
    }

    private static ColumnInfo withNullability(ColumnInfo c, Nullability n) {
        return new ColumnInfo(c.name(), c.type(), n, c.defaultText(), c.identity(), c.primaryKey(), c.origin());
    }

    /** Postgres drops the indexes and foreign keys that use a dropped column with it. */
    private static void dropColumn(TableInfo t, String column) {
        if (t.columns.remove(column) == null) {
            return;
        }
        t.indexes.values().removeIf(i -> i.keys().stream().anyMatch(k -> k != null && k.equalsIgnoreCase(column)));
        t.foreignKeys.removeIf(fk -> fk.columns().stream().anyMatch(k -> k != null && k.equalsIgnoreCase(column)));
    }

    private static void renameColumn(TableInfo t, Ident from, Ident to) {
        ColumnInfo old = t.columns.get(from.upper());
        if (old == null || t.columns.containsKey(to.upper())) {
            return;
        }
        List<java.util.Map.Entry<String, ColumnInfo>> entries = new ArrayList<>(t.columns.entrySet());
        t.columns.clear();
        for (var e : entries) {
            if (e.getKey().equals(from.upper())) {
                t.columns.put(to.upper(), new ColumnInfo(to.name(), old.type(), old.nullability(), old.defaultText(),
                        old.identity(), old.primaryKey(), old.origin()));
            } else {
                t.columns.put(e.getKey(), e.getValue());
            }
        }
    }

    /** {@code ALTER TABLE s.a RENAME TO b}: the table moves to {@code s.b}; returns its new key. */
    private static String renameTable(SchemaModel schema, TableInfo t, QualifiedName target, Ident to) {
        String schemaPart = t.key().substring(0, t.key().indexOf('.') + 1);
        String newKey = schemaPart + to.upper();
        if (schema.tables.containsKey(newKey)) {
            return t.key();
        }
        String qualified = target.hasSchema() ? target.schema().raw() + "." + to.raw() : to.raw();
        schema.tables.remove(t.key());
        schema.put(t.copyAs(newKey, to.name(), qualified));
        return newKey;
    }

    private static void dropReferencesTo(SchemaModel schema, String key) {
        for (String other : List.copyOf(schema.tables.keySet())) {
            if (schema.tables.get(other).foreignKeys.stream().anyMatch(fk -> schema.resolve(fk.refTable()).equals(key)
                    || fk.refTable().equals(key))) {
                schema.mutable(other).foreignKeys.removeIf(fk -> schema.resolve(fk.refTable()).equals(key) || fk.refTable().equals(key));
            }
        }
    }

    private static String last(StatementModel m) {
        var tokens = m.tokens();
        return tokens.isEmpty() ? "" : tokens.get(tokens.size() - 1).upper();
    }

    private static String written(QualifiedName n) {
        return n.hasSchema() ? n.schema().raw() + "." + n.table().raw() : n.table().raw();
    }

    private static void addColumn(TableInfo t, String path, ColumnDef c) {
        String type = c.type() == null ? "" : c.type().display();
        String identity = c.identity() ? "IDENTITY" + c.identityArgs().replace(" ", "") : null;
        t.columns.putIfAbsent(c.name().upper().intern(), new ColumnInfo(c.name().name(), type, c.nullability(), c.defaultText(),
                identity, c.primaryKey(), new Origin(path, c.span())));
    }

    private static void addForeignKeys(TableInfo t, String path, List<ForeignKey> fks) {
        for (ForeignKey fk : fks) {
            t.foreignKeys.add(new ForeignKeyInfo(names(fk.columns()), fk.refTable().key(), names(fk.refColumns()),
                    fk.onDelete(), new Origin(path, fk.refTable().span()),
                    fk.constraintName() == null ? null : fk.constraintName().name()));
        }
    }

    private static List<String> names(List<Ident> idents) {
        List<String> out = new ArrayList<>();
        for (Ident i : idents) {
            out.add(i == null ? null : i.name());
        }
        return out;
    }
}
