package io.migrationlsp.core.navigation;

import io.migrationlsp.core.model.Nullability;
import io.migrationlsp.core.schema.ColumnInfo;
import io.migrationlsp.core.schema.ForeignKeyInfo;
import io.migrationlsp.core.schema.IndexInfo;
import io.migrationlsp.core.schema.PolicyInfo;
import io.migrationlsp.core.schema.PostgresDdl;
import io.migrationlsp.core.schema.SchemaModel;
import io.migrationlsp.core.schema.TableInfo;
import io.migrationlsp.core.workspace.TablesPyModel;

/**
 * A table as the history leaves it where the cursor is: its columns as a Markdown table (type,
 * null, default, the file and line that added each), then its foreign keys and indexes. On a
 * column, that column's line comes first.
 */
final class TableHover {
    private final Navigator nav;

    TableHover(Navigator nav) {
        this.nav = nav;
    }

    String markdown(Symbol symbol, SchemaModel schema) {
        boolean pg = nav.postgres();
        TableInfo table = pg ? postgresTable(schema, symbol.tableKey()) : resolve(schema, symbol.tableKey());
        StringBuilder md = new StringBuilder();
        if (table == null) {
            return notCreated(symbol, md);
        }
        if (symbol.kind() == Symbol.Kind.COLUMN) {
            ColumnInfo c = table.column(symbol.column());
            md.append("**").append(table.name()).append('.').append(symbol.column()).append("** ");
            ColumnInfo dropped = c == null && pg ? droppedHere(symbol) : null;
            if (dropped != null) {
                md.append('`').append(type(dropped)).append("` ").append(nullText(dropped))
                        .append(" — added in `").append(nav.where(dropped.origin())).append("`; gone after this statement.\n\n");
            } else if (c == null) {
                md.append("is not a column of ").append(table.name()).append(" at this point.\n\n");
            } else {
                md.append('`').append(type(c)).append("` ").append(nullText(c))
                        .append(c.defaultText() == null ? "" : " DEFAULT " + c.defaultText())
                        .append(" — added in `").append(nav.where(c.origin())).append("`\n\n");
            }
        }
        md.append("**").append(pg ? table.qualifiedName() : title(table)).append("** — ")
                .append(pg ? "" : table.isTenant() ? "tenant " : "platform ").append("table, created in `").append(nav.where(table.origin())).append("`");
        md.append(nav.currentIsTablesPy() ? " (as tables.py creates it)" : " (as the history leaves it here)")
                .append(tablesPyNote(table)).append("\n\n");
        md.append("| column | type | null | default | added in |\n|---|---|---|---|---|\n");
        for (ColumnInfo c : table.columns().values()) {
            md.append("| ").append(cell(c.name())).append(" | ").append(cell(type(c))).append(" | ").append(nullText(c))
                    .append(" | ").append(cell(c.defaultText() == null ? "" : c.defaultText())).append(" | ")
                    .append(cell(nav.where(c.origin()))).append(" |\n");
        }
        for (ForeignKeyInfo fk : table.foreignKeys()) {
            md.append("\nFK (").append(String.join(", ", fk.columns())).append(") → ")
                    .append(pg ? PostgresDdl.tableKey(schema, fk.refTable()) : display(fk.refTable()))
                    .append(" (").append(String.join(", ", fk.refColumns())).append(")")
                    .append(fk.onDelete() == null ? "" : " ON DELETE " + fk.onDelete()).append("  ");
        }
        for (IndexInfo i : table.indexes().values()) {
            md.append(pg && i.unique() ? "\nUnique index `" : "\nIndex `").append(i.name()).append("` (").append(String.join(", ", i.keys())).append(")")
                    .append(i.include().isEmpty() ? "" : " INCLUDE (" + String.join(", ", i.include()) + ")").append("  ");
        }
        if (pg) {
            rowLevelSecurity(table, md);
        }
        return md.toString().stripTrailing();
    }

    /** Whether RLS is enabled and forced, and each policy as its {@code CREATE POLICY} wrote it. */
    private void rowLevelSecurity(TableInfo table, StringBuilder md) {
        md.append("\n\nRow level security: ").append(table.rlsEnabled() ? "enabled" : "**not enabled**")
                .append(table.rlsEnabled() ? (table.rlsForced() ? ", forced" : ", **not forced**") : "");
        if (table.policies().isEmpty()) {
            md.append("; no policy.");
            return;
        }
        for (PolicyInfo p : table.policies().values()) {
            md.append("\n\nPolicy `").append(p.name()).append("` — `").append(nav.where(p.origin())).append('`');
            if (p.definition() != null && !p.definition().isBlank()) {
                md.append("\n```sql\n").append(p.definition().strip().replace("```", "`\u200b``")).append("\n```");
            }
        }
    }

    private String notCreated(Symbol symbol, StringBuilder md) {
        md.append("**").append(symbol.table()).append("** is not created ")
                .append(nav.currentIsTablesPy() ? "in tables.py" : "by the history").append(" before this point.");
        SchemaModel last = nav.finalSchema();
        TableInfo later = last == null ? null : nav.postgres() ? postgresTable(last, symbol.tableKey()) : resolve(last, symbol.tableKey());
        if (later != null && !nav.currentIsTablesPy()) {
            md.append(" `").append(nav.where(later.origin())).append("` creates it.");
        }
        return md.toString();
    }

    /** A table written without schema: the tenant table of that name, else the platform one. */
    static TableInfo resolve(SchemaModel schema, String key) {
        if (key.startsWith(".")) {
            TableInfo tenant = schema.table(SchemaModel.TENANT + key);
            return tenant != null ? tenant : schema.table("PLATFORM" + key);
        }
        return schema.table(key);
    }

    /** The column as it was before the statement under the cursor, when that statement removes it. */
    private ColumnInfo droppedHere(Symbol symbol) {
        TableInfo before = postgresTable(nav.schemaBefore(symbol.span().start()), symbol.tableKey());
        return before == null ? null : before.column(symbol.column());
    }

    /**
     * A Postgres name: {@code t} and {@code public.t} are one table; a bare name no public table has
     * is the only table of that name in another schema (as a search path would find it), if there is one.
     */
    static TableInfo postgresTable(SchemaModel schema, String key) {
        TableInfo t = schema.table(key);
        if (t != null || !key.startsWith(".")) {
            return t;
        }
        TableInfo only = null;
        for (TableInfo candidate : schema.tables().values()) {
            if (candidate.key().endsWith(key)) {
                if (only != null) {
                    return null;
                }
                only = candidate;
            }
        }
        return only;
    }

    private static String title(TableInfo t) {
        return t.isTenant() ? t.name() : display(t.key());
    }

    private static String display(String key) {
        return key.startsWith(SchemaModel.TENANT + ".") ? key.substring(SchemaModel.TENANT.length() + 1) : key;
    }

    static String type(ColumnInfo c) {
        return c.type() + (c.identity() == null ? "" : " " + c.identity()) + (c.primaryKey() ? " PRIMARY KEY" : "");
    }

    static String nullText(ColumnInfo c) {
        if (c.nullability() == Nullability.NOT_NULL || c.primaryKey()) {
            return "NOT NULL";
        }
        return c.nullability() == Nullability.NULL ? "NULL" : "NULL (unstated)";
    }

    /** Text safe inside a Markdown table cell. */
    static String cell(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }

    /** For a tenant table seen from a migration: whether tables.py creates it too. */
    private String tablesPyNote(TableInfo t) {
        TablesPyModel tp = nav.currentIsTablesPy() || !t.isTenant() ? null : nav.tablesPy();
        if (tp == null || tp.schema() == null) {
            return "";
        }
        return tp.schema().table(t.key()) != null ? "; tables.py creates it" : "; **tables.py does not create it**";
    }
}
