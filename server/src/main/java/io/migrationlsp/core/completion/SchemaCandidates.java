package io.migrationlsp.core.completion;

import io.migrationlsp.core.schema.ColumnInfo;
import io.migrationlsp.core.schema.SchemaModel;
import io.migrationlsp.core.schema.TableInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Tables after a schema and columns of the statement's table, from the schema the cursor sees. */
final class SchemaCandidates {
    private SchemaCandidates() {}

    /**
     * The tables of the context's scope: the replayed schema, and for the tenant also the tables
     * tables.py creates (a tenant may have a table no migration in the history created).
     */
    static List<Candidate> tables(CompletionContext ctx, SchemaModel schema, SchemaModel tablesPy, String placeholder) {
        Map<String, TableInfo> byName = new TreeMap<>();
        for (TableInfo t : schema.tablesIn(ctx.tableKey())) {
            byName.put(t.name().toUpperCase(Locale.ROOT), t);
        }
        if (tablesPy != null && ctx.tableKey().equals(SchemaModel.TENANT)) {
            for (TableInfo t : tablesPy.tablesIn(SchemaModel.TENANT)) {
                byName.putIfAbsent(t.name().toUpperCase(Locale.ROOT), t);
            }
        }
        boolean bracketed = ctx.prefix().startsWith("[");
        List<Candidate> out = new ArrayList<>();
        for (TableInfo t : byName.values()) {
            String insert = "[" + t.name() + "]";
            String scope = t.isTenant() ? "tenant" : "platform";
            out.add(Candidate.plain(t.name(), Candidate.Kind.TABLE,
                    scope + " table, " + t.columns().size() + " columns", tableDoc(t, placeholder), insert, ctx.replace())
                    .withFilterText(bracketed ? insert : t.name()));
        }
        return out;
    }

    /** The columns of the context's table in definition order, less those the list already names. */
    static List<Candidate> columns(CompletionContext ctx, SchemaModel schema, SchemaModel tablesPy, String placeholder) {
        TableInfo t = find(ctx.tableKey(), schema, tablesPy);
        if (t == null) {
            return List.of();
        }
        boolean bracketed = ctx.prefix().startsWith("[");
        List<Candidate> out = new ArrayList<>();
        for (ColumnInfo c : t.columns().values()) {
            if (ctx.listed().contains(c.name().toUpperCase(Locale.ROOT))) {
                continue;
            }
            String insert = bracketed ? "[" + c.name() + "]" : c.name();
            String doc = "`" + definition(c) + "`\n\nColumn of `" + display(t, placeholder) + "`"
                    + (c.origin() != null && c.origin().path() != null ? ", added in `" + c.origin().path() + "`." : ".");
            out.add(Candidate.plain(c.name(), Candidate.Kind.COLUMN, c.type() + (c.nullable() ? " NULL" : " NOT NULL"),
                    doc, insert, ctx.replace()).withFilterText(insert));
        }
        return out;
    }

    private static TableInfo find(String key, SchemaModel schema, SchemaModel tablesPy) {
        List<String> keys = key.contains(".") ? List.of(key) : List.of(SchemaModel.TENANT + "." + key, "PLATFORM." + key);
        for (String k : keys) {
            TableInfo t = schema.table(k);
            if (t == null && tablesPy != null) {
                t = tablesPy.table(k);
            }
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    static String display(TableInfo t, String placeholder) {
        return (t.isTenant() ? placeholder : t.key().substring(0, t.key().indexOf('.'))) + ".[" + t.name() + "]";
    }

    private static String tableDoc(TableInfo t, String placeholder) {
        StringBuilder sb = new StringBuilder("`").append(display(t, placeholder)).append('`');
        if (t.origin() != null && t.origin().path() != null) {
            sb.append(", created in `").append(t.origin().path()).append('`');
        }
        sb.append("\n\n| column | type | null | default |\n|---|---|---|---|\n");
        for (ColumnInfo c : t.columns().values()) {
            sb.append("| ").append(c.name()).append(" | ").append(c.type()).append(c.identity() != null ? " " + c.identity() : "")
                    .append(" | ").append(c.nullable() ? "NULL" : "NOT NULL").append(" | ")
                    .append(c.defaultText() == null ? "" : c.defaultText().replace("|", "\\|")).append(" |\n");
        }
        return sb.toString();
    }

    private static String definition(ColumnInfo c) {
        return c.name() + " " + c.type() + (c.identity() != null ? " " + c.identity() : "")
                + (c.nullable() ? " NULL" : " NOT NULL") + (c.defaultText() != null ? " DEFAULT " + c.defaultText() : "")
                + (c.primaryKey() ? " PRIMARY KEY" : "");
    }
}
