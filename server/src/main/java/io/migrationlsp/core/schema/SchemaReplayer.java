package io.migrationlsp.core.schema;

import io.migrationlsp.core.analysis.SqlFile;
import io.migrationlsp.core.model.AlterAction;
import io.migrationlsp.core.model.ColumnDef;
import io.migrationlsp.core.model.ForeignKey;
import io.migrationlsp.core.model.Ident;
import io.migrationlsp.core.model.IndexDef;
import io.migrationlsp.core.model.PermissionGrant;
import io.migrationlsp.core.model.QualifiedName;
import io.migrationlsp.core.model.StatementKind;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.workspace.RoleCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Applies a migration's statements to a {@link SchemaModel}, in order. A guarded statement
 * ({@code IF EXISTS (...) ALTER ...}) is applied as if its guard held; statements that do not model
 * (procedures, DML other than roles and grants) change nothing.
 */
public final class SchemaReplayer {
    private SchemaReplayer() {}

    public static void apply(SchemaModel schema, SqlFile file) {
        for (StatementModel m : file.allModels()) {
            try {
                apply(schema, file.path(), m);
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
                apply(schema, file.path(), m);
            } catch (RuntimeException e) {
                // As in apply: a half-understood statement must not stop the others.
            }
        }
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
                    apply(schema, file.path(), m);
                } catch (RuntimeException e) {
                    // As in apply: a half-understood statement must not stop the others.
                }
            }
        }
    }

    private static void apply(SchemaModel schema, String path, StatementModel m) {
        QualifiedName target = m.target();
        switch (m.kind()) {
            case CREATE_TABLE -> {
                if (target == null || target.isTempOrVariable() || schema.tables.containsKey(target.key())) {
                    return;
                }
                TableInfo t = new TableInfo(target.key(), target.table().name(), new Origin(path, m.headSpan()));
                for (ColumnDef c : m.columns()) {
                    addColumn(t, path, c);
                }
                addForeignKeys(t, path, m.foreignKeys());
                schema.put(t);
            }
            case ALTER_TABLE -> {
                TableInfo t = target == null ? null : schema.mutable(target.key());
                if (t == null) {
                    return;
                }
                for (AlterAction a : m.alterActions()) {
                    alter(t, path, a);
                }
            }
            case DROP_TABLE -> {
                for (QualifiedName n : m.dropped()) {
                    schema.tables.remove(n.key());
                }
            }
            case CREATE_INDEX -> {
                IndexDef index = m.index();
                if (target == null || index == null || index.name() == null) {
                    return;
                }
                TableInfo t = schema.mutable(target.key());
                if (t == null) {
                    return;
                }
                t.indexes.put(index.name().upper(), new IndexInfo(index.name().name(), names(index.keys()),
                        names(index.include()), new Origin(path, m.headSpan())));
            }
            case DROP_INDEX -> {
                for (QualifiedName n : m.dropped()) {
                    String indexName = n.table().upper();
                    if (target != null && schema.tables.containsKey(target.key())) {
                        schema.mutable(target.key()).indexes.remove(indexName);
                    } else {
                        for (String key : List.copyOf(schema.tables.keySet())) {
                            if (schema.tables.get(key).indexes.containsKey(indexName)) {
                                schema.mutable(key).indexes.remove(indexName);
                            }
                        }
                    }
                }
            }
            case INSERT -> {
                for (PermissionGrant g : m.grants()) {
                    if (g.role() != null) {
                        schema.grants.putIfAbsent(SchemaModel.grantKey(g.role(), g.permission()), new Origin(path, g.permissionSpan()));
                    }
                }
            }
            default -> { }
        }
    }

    private static void alter(TableInfo t, String path, AlterAction a) {
        switch (a.kind()) {
            case ADD_COLUMN -> a.columns().forEach(c -> addColumn(t, path, c));
            case DROP_COLUMN -> a.names().forEach(n -> t.columns.remove(n.upper()));
            case ALTER_COLUMN -> {
                for (ColumnDef c : a.columns()) {
                    ColumnInfo old = t.columns.get(c.name().upper());
                    if (old != null && c.type() != null) {
                        t.columns.put(c.name().upper(), new ColumnInfo(old.name(), c.type().display(), c.nullability(),
                                old.defaultText(), old.identity(), old.primaryKey(), old.origin()));
                    }
                }
            }
            case ADD_CONSTRAINT -> {
                if (a.foreignKey() != null) {
                    addForeignKeys(t, path, List.of(a.foreignKey()));
                }
            }
            default -> { }
        }
    }

    private static void addColumn(TableInfo t, String path, ColumnDef c) {
        String type = c.type() == null ? "" : c.type().display();
        String identity = c.identity() ? "IDENTITY" + c.identityArgs().replace(" ", "") : null;
        t.columns.putIfAbsent(c.name().upper(), new ColumnInfo(c.name().name(), type, c.nullability(), c.defaultText(),
                identity, c.primaryKey(), new Origin(path, c.span())));
    }

    private static void addForeignKeys(TableInfo t, String path, List<ForeignKey> fks) {
        for (ForeignKey fk : fks) {
            t.foreignKeys.add(new ForeignKeyInfo(names(fk.columns()), fk.refTable().key(), names(fk.refColumns()),
                    fk.onDelete(), new Origin(path, fk.refTable().span())));
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
