package io.migrationlsp.core.completion;

import io.migrationlsp.core.schema.ColumnInfo;
import io.migrationlsp.core.schema.PostgresDdl;
import io.migrationlsp.core.schema.SchemaModel;
import io.migrationlsp.core.schema.TableInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tables and columns of a Postgres schema replay. Names are inserted as Postgres needs them
 * written (lower case stays bare, mixed case is quoted); {@code public.t} and {@code t} are one table.
 */
final class PostgresSchemaCandidates {
    private PostgresSchemaCandidates() {}

    /**
     * After {@code schema.}: that schema's tables by bare name (for {@code public}, also the tables
     * created without a schema). After a keyword: every table, as its name was first written.
     */
    static List<Candidate> tables(CompletionContext ctx, SchemaModel schema) {
        String scope = ctx.tableKey();
        Map<String, TableInfo> sorted = new TreeMap<>();
        for (TableInfo t : schema.tables().values()) {
            String tableSchema = t.key().substring(0, t.key().indexOf('.'));
            boolean inScope = scope == null || tableSchema.equals(scope)
                    || (scope.equals("PUBLIC") && tableSchema.isEmpty());
            if (inScope) {
                sorted.putIfAbsent((scope == null ? t.qualifiedName() : t.name()).toLowerCase(Locale.ROOT), t);
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (TableInfo t : sorted.values()) {
            String insert = scope == null ? t.qualifiedName() : PostgresDdl.ident(t.name());
            out.add(Candidate.plain(scope == null ? t.qualifiedName() : t.name(), Candidate.Kind.TABLE, detail(t),
                    tableDoc(t), insert, ctx.replace()).withFilterText(insert));
        }
        return out;
    }

    /** The columns of the context's table in definition order, less those the list already names. */
    static List<Candidate> columns(CompletionContext ctx, SchemaModel schema) {
        TableInfo t = find(ctx.tableKey(), schema);
        if (t == null) {
            return List.of();
        }
        List<Candidate> out = new ArrayList<>();
        for (ColumnInfo c : t.columns().values()) {
            if (ctx.listed().contains(c.name().toUpperCase(Locale.ROOT))) {
                continue;
            }
            String insert = PostgresDdl.ident(c.name());
            String doc = "`" + PostgresDdl.column(c) + "`\n\nColumn of `" + t.qualifiedName() + "`"
                    + (c.origin() != null && c.origin().path() != null ? ", added in `" + c.origin().path() + "`." : ".");
            out.add(Candidate.plain(c.name(), Candidate.Kind.COLUMN, c.type() + (c.nullable() ? " NULL" : " NOT NULL"),
                    doc, insert, ctx.replace()).withFilterText(insert));
        }
        return out;
    }

    /** A written name: {@code s.t}, {@code t} (the public table, else the only table of that name in any schema). */
    private static TableInfo find(String key, SchemaModel schema) {
        if (key.contains(".")) {
            return schema.table(key);
        }
        TableInfo t = schema.table("." + key);
        if (t != null) {
            return t;
        }
        TableInfo only = null;
        for (TableInfo candidate : schema.tables().values()) {
            if (candidate.name().equalsIgnoreCase(key)) {
                if (only != null) {
                    return null;
                }
                only = candidate;
            }
        }
        return only;
    }

    private static String detail(TableInfo t) {
        return "table, " + t.columns().size() + " columns" + (t.rlsEnabled() ? ", RLS" + (t.rlsForced() ? " forced" : "") : "");
    }

    private static String tableDoc(TableInfo t) {
        StringBuilder sb = new StringBuilder("`").append(t.qualifiedName()).append('`');
        if (t.origin() != null && t.origin().path() != null) {
            sb.append(", created in `").append(t.origin().path()).append('`');
        }
        sb.append("\n\n| column | type | null | default |\n|---|---|---|---|\n");
        for (ColumnInfo c : t.columns().values()) {
            sb.append("| ").append(c.name()).append(" | ").append(c.type()).append(c.primaryKey() ? " PRIMARY KEY" : "")
                    .append(" | ").append(c.nullable() && !c.primaryKey() ? "NULL" : "NOT NULL").append(" | ")
                    .append(c.defaultText() == null ? "" : c.defaultText().replace("|", "\\|")).append(" |\n");
        }
        return sb.toString();
    }
}
