package io.migrationlsp.core.schema;

import io.migrationlsp.core.model.Nullability;
import io.migrationlsp.core.schema.SchemaChange.Action;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The Postgres steps that turn one replayed schema into another: tables, columns (type,
 * nullability, default), indexes, foreign keys, row level security and policies. Origins do not
 * count, so two histories that reach the same schema differ in nothing. The steps come in an order
 * that runs: policies and constraints go before what they stand on, tables are created parents first.
 */
public final class SchemaDiff {
    private SchemaDiff() {}

    public static List<SchemaChange> between(SchemaModel from, SchemaModel to) {
        List<SchemaChange> out = new ArrayList<>();
        for (TableInfo t : from.tables().values()) {
            if (to.tables().get(t.key()) == null) {
                out.add(new SchemaChange(Action.DROP_TABLE, t.key(), null,
                        "DROP TABLE IF EXISTS " + PostgresDdl.table(t) + " CASCADE;", "table " + PostgresDdl.table(t)));
            }
        }
        List<TableInfo> created = new ArrayList<>();
        for (TableInfo t : to.tables().values()) {
            TableInfo old = from.tables().get(t.key());
            if (old == null) {
                created.add(t);
            } else {
                table(from, to, old, t, out);
            }
        }
        for (TableInfo t : TableOrderByReference.parentsFirst(created)) {
            out.add(new SchemaChange(Action.CREATE_TABLE, t.key(), null, PostgresDdl.createTable(to, t),
                    "table " + PostgresDdl.table(t)));
            for (IndexInfo i : t.indexes().values()) {
                out.add(createIndex(t, i));
            }
            security(null, t, out);
        }
        out.sort(Comparator.comparingInt(c -> c.action().ordinal()));
        return out;
    }

    private static void table(SchemaModel fromSchema, SchemaModel toSchema, TableInfo from, TableInfo to, List<SchemaChange> out) {
        String name = PostgresDdl.table(to);
        for (ColumnInfo c : from.columns().values()) {
            if (to.column(c.name()) == null) {
                out.add(new SchemaChange(Action.DROP_COLUMN, to.key(), c.name(), "ALTER TABLE " + name
                        + " DROP COLUMN IF EXISTS " + PostgresDdl.ident(c.name()) + ";", "column " + to.name() + "." + c.name()));
            }
        }
        for (ColumnInfo c : to.columns().values()) {
            ColumnInfo old = from.column(c.name());
            if (old == null) {
                out.add(new SchemaChange(Action.ADD_COLUMN, to.key(), c.name(), "ALTER TABLE " + name
                        + " ADD COLUMN IF NOT EXISTS " + PostgresDdl.column(c) + ";", "column " + to.name() + "." + c.name()));
            } else {
                alterColumn(to, old, c, out);
            }
        }
        for (IndexInfo i : from.indexes().values()) {
            IndexInfo now = to.indexes().get(i.name().toUpperCase(java.util.Locale.ROOT));
            if (now == null || !sameIndex(i, now)) {
                out.add(new SchemaChange(Action.DROP_INDEX, to.key(), i.name(), "DROP INDEX IF EXISTS "
                        + PostgresDdl.schemaPrefix(to) + PostgresDdl.ident(i.name()) + ";", "index " + i.name()));
            }
        }
        for (IndexInfo i : to.indexes().values()) {
            IndexInfo old = from.indexes().get(i.name().toUpperCase(java.util.Locale.ROOT));
            if (old == null || !sameIndex(old, i)) {
                out.add(createIndex(to, i));
            }
        }
        for (ForeignKeyInfo fk : from.foreignKeys()) {
            if (to.foreignKeys().stream().noneMatch(x -> sameForeignKey(fromSchema, fk, toSchema, x))) {
                String constraint = SchemaReplayer.constraintName(from, fk);
                out.add(new SchemaChange(Action.DROP_FOREIGN_KEY, to.key(), constraint, "ALTER TABLE " + name
                        + " DROP CONSTRAINT IF EXISTS " + PostgresDdl.ident(constraint) + ";",
                        "foreign key " + to.name() + " (" + String.join(", ", nonNull(fk.columns())) + ")"));
            }
        }
        for (ForeignKeyInfo fk : to.foreignKeys()) {
            if (from.foreignKeys().stream().noneMatch(x -> sameForeignKey(toSchema, fk, fromSchema, x))) {
                out.add(new SchemaChange(Action.ADD_FOREIGN_KEY, to.key(), SchemaReplayer.constraintName(to, fk),
                        "ALTER TABLE " + name + " ADD " + PostgresDdl.foreignKey(toSchema, fk) + ";",
                        "foreign key " + to.name() + " (" + String.join(", ", nonNull(fk.columns())) + ")"));
            }
        }
        security(from, to, out);
    }

    /** Row level security and policies of {@code to}, against {@code from} (null: a table created from nothing). */
    private static void security(TableInfo from, TableInfo to, List<SchemaChange> out) {
        String name = PostgresDdl.table(to);
        boolean enabledBefore = from != null && from.rlsEnabled();
        boolean forcedBefore = from != null && from.rlsForced();
        if (to.rlsEnabled() != enabledBefore) {
            out.add(new SchemaChange(to.rlsEnabled() ? Action.ENABLE_RLS : Action.DISABLE_RLS, to.key(), null, "ALTER TABLE "
                    + name + (to.rlsEnabled() ? " ENABLE" : " DISABLE") + " ROW LEVEL SECURITY;", "row level security of " + name));
        }
        if (to.rlsForced() != forcedBefore) {
            out.add(new SchemaChange(to.rlsForced() ? Action.FORCE_RLS : Action.NO_FORCE_RLS, to.key(), null, "ALTER TABLE "
                    + name + (to.rlsForced() ? " FORCE" : " NO FORCE") + " ROW LEVEL SECURITY;", "forced row level security of " + name));
        }
        if (from != null) {
            for (PolicyInfo p : from.policies().values()) {
                PolicyInfo now = to.policies().get(p.name().toUpperCase(java.util.Locale.ROOT));
                if (now == null || !samePolicy(p, now)) {
                    out.add(new SchemaChange(Action.DROP_POLICY, to.key(), p.name(), "DROP POLICY IF EXISTS "
                            + PostgresDdl.ident(p.name()) + " ON " + name + ";", "policy " + p.name() + " on " + name));
                }
            }
        }
        for (PolicyInfo p : to.policies().values()) {
            PolicyInfo old = from == null ? null : from.policies().get(p.name().toUpperCase(java.util.Locale.ROOT));
            if (old == null || !samePolicy(old, p)) {
                out.add(new SchemaChange(Action.CREATE_POLICY, to.key(), p.name(), p.definition().strip() + ";",
                        "policy " + p.name() + " on " + name));
            }
        }
    }

    private static void alterColumn(TableInfo t, ColumnInfo from, ColumnInfo to, List<SchemaChange> out) {
        String head = "ALTER TABLE " + PostgresDdl.table(t) + " ALTER COLUMN " + PostgresDdl.ident(to.name());
        List<String> steps = new ArrayList<>();
        if (!PostgresDdl.normalizeType(from.type()).equals(PostgresDdl.normalizeType(to.type())) && !to.type().isEmpty()) {
            steps.add(head + " TYPE " + to.type() + ";");
        }
        if (notNull(from) != notNull(to)) {
            steps.add(head + (notNull(to) ? " SET NOT NULL;" : " DROP NOT NULL;"));
        }
        if (!Objects.equals(PostgresDdl.normalizeText(from.defaultText()), PostgresDdl.normalizeText(to.defaultText()))) {
            steps.add(head + (to.defaultText() == null || to.defaultText().isEmpty() ? " DROP DEFAULT;"
                    : " SET DEFAULT " + to.defaultText() + ";"));
        }
        if (!steps.isEmpty()) {
            out.add(new SchemaChange(Action.ALTER_COLUMN, t.key(), to.name(), String.join("\n", steps),
                    "column " + t.name() + "." + to.name()));
        }
    }

    private static SchemaChange createIndex(TableInfo t, IndexInfo i) {
        return new SchemaChange(Action.CREATE_INDEX, t.key(), i.name(), PostgresDdl.createIndex(t, i), "index " + i.name());
    }

    private static boolean notNull(ColumnInfo c) {
        return c.primaryKey() || c.nullability() == Nullability.NOT_NULL;
    }

    private static boolean sameIndex(IndexInfo a, IndexInfo b) {
        return a.unique() == b.unique() && lower(a.keys()).equals(lower(b.keys()));
    }

    private static boolean samePolicy(PolicyInfo a, PolicyInfo b) {
        return Objects.equals(PostgresDdl.normalizeText(a.definition()), PostgresDdl.normalizeText(b.definition()));
    }

    private static boolean sameForeignKey(SchemaModel sa, ForeignKeyInfo a, SchemaModel sb, ForeignKeyInfo b) {
        return lower(a.columns()).equals(lower(b.columns())) && lower(a.refColumns()).equals(lower(b.refColumns()))
                && sa.resolve(a.refTable()).equals(sb.resolve(b.refTable()))
                && Objects.equals(a.onDelete(), b.onDelete());
    }

    private static List<String> lower(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            out.add(n == null ? null : n.toLowerCase(java.util.Locale.ROOT));
        }
        return out;
    }

    private static List<String> nonNull(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            out.add(n == null ? "?" : n);
        }
        return out;
    }

    /** Created tables ordered so that a referenced table comes before the tables that reference it. */
    private static final class TableOrderByReference {
        static List<TableInfo> parentsFirst(List<TableInfo> tables) {
            List<TableInfo> ordered = new ArrayList<>();
            Set<String> placed = new LinkedHashSet<>();
            List<TableInfo> pending = new ArrayList<>(tables);
            while (!pending.isEmpty()) {
                boolean progress = false;
                for (TableInfo t : List.copyOf(pending)) {
                    boolean ready = t.foreignKeys().stream().allMatch(fk -> placed.contains(fk.refTable())
                            || fk.refTable().equals(t.key()) || pending.stream().noneMatch(p -> p.key().equals(fk.refTable())));
                    if (ready) {
                        ordered.add(t);
                        placed.add(t.key());
                        pending.remove(t);
                        progress = true;
                    }
                }
                if (!progress) {
                    ordered.addAll(pending);
                    break;
                }
            }
            return ordered;
        }
    }
}
