package io.migrationlsp.cli;

import io.migrationlsp.core.schema.ColumnInfo;
import io.migrationlsp.core.schema.IndexInfo;
import io.migrationlsp.core.schema.TableInfo;
import java.util.List;

/** One Markdown table of columns per table, with the migration that added each column. */
final class SchemaMarkdown implements SchemaRenderer {
    @Override
    public String render(List<TableInfo> tables, String placeholder) {
        StringBuilder sb = new StringBuilder();
        for (TableInfo t : tables) {
            sb.append("## ").append(SchemaRenderer.qualified(t, placeholder).replace("|", "\\|")).append("\n\n")
                    .append("Created in `").append(t.origin().path()).append("`\n\n")
                    .append("| column | type | null | default | added in |\n|---|---|---|---|---|\n");
            for (ColumnInfo c : t.columns().values()) {
                sb.append("| ").append(cell(c.name())).append(" | ").append(cell(c.type())).append(" | ")
                        .append(c.nullable() ? "yes" : "no").append(" | ")
                        .append(c.defaultText() == null ? "" : "`" + cell(c.defaultText()) + "`").append(" | `")
                        .append(c.origin().path()).append("` |\n");
            }
            if (!t.indexes().isEmpty()) {
                sb.append("\nIndexes: ");
                boolean first = true;
                for (IndexInfo i : t.indexes().values()) {
                    sb.append(first ? "" : ", ").append('`').append(i.name()).append("` (").append(String.join(", ",
                            i.keys().stream().map(k -> k == null ? "<expression>" : k).toList())).append(')');
                    first = false;
                }
                sb.append('\n');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
