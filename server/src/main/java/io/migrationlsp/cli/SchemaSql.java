package io.migrationlsp.cli;

import io.migrationlsp.core.schema.ColumnInfo;
import io.migrationlsp.core.schema.ForeignKeyInfo;
import io.migrationlsp.core.schema.IndexInfo;
import io.migrationlsp.core.schema.TableInfo;
import java.util.ArrayList;
import java.util.List;

/** The replayed schema as CREATE TABLE / CREATE INDEX DDL, parents before children. */
final class SchemaSql implements SchemaRenderer {
    @Override
    public String render(List<TableInfo> tables, String placeholder) {
        StringBuilder sb = new StringBuilder();
        for (TableInfo t : tables) {
            List<String> lines = new ArrayList<>();
            for (ColumnInfo c : t.columns().values()) {
                StringBuilder line = new StringBuilder("    ").append(c.name());
                if (!c.type().isEmpty()) {
                    line.append(' ').append(c.type());
                }
                line.append(c.nullable() ? " NULL" : " NOT NULL");
                if (c.identity() != null) {
                    line.append(' ').append(c.identity());
                }
                if (c.primaryKey()) {
                    line.append(" PRIMARY KEY");
                }
                if (c.defaultText() != null) {
                    line.append(" DEFAULT ").append(c.defaultText());
                }
                lines.add(line.toString());
            }
            for (ForeignKeyInfo fk : t.foreignKeys()) {
                String ref = fk.refTable();
                String refName = ref.substring(ref.indexOf('.') + 1);
                String refSchema = ref.startsWith("{TENANT}") ? placeholder : ref.substring(0, ref.indexOf('.'));
                lines.add("    FOREIGN KEY (" + join(fk.columns()) + ") REFERENCES " + refSchema + ".[" + refName + "]"
                        + (fk.refColumns().isEmpty() ? "" : "(" + join(fk.refColumns()) + ")")
                        + (fk.onDelete() == null ? "" : " ON DELETE " + fk.onDelete()));
            }
            sb.append("CREATE TABLE ").append(SchemaRenderer.qualified(t, placeholder)).append(" (\n")
                    .append(String.join(",\n", lines)).append("\n);\n");
            for (IndexInfo i : t.indexes().values()) {
                sb.append("CREATE INDEX ").append(i.name()).append(" ON ").append(SchemaRenderer.qualified(t, placeholder))
                        .append('(').append(join(i.keys())).append(')');
                if (!i.include().isEmpty()) {
                    sb.append(" INCLUDE (").append(join(i.include())).append(')');
                }
                sb.append(";\n");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String join(List<String> names) {
        List<String> shown = new ArrayList<>();
        names.forEach(n -> shown.add(n == null ? "<expression>" : n));
        return String.join(", ", shown);
    }
}
