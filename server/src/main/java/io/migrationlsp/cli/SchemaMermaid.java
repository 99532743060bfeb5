package io.migrationlsp.cli;

import io.migrationlsp.core.schema.ColumnInfo;
import io.migrationlsp.core.schema.ForeignKeyInfo;
import io.migrationlsp.core.schema.TableInfo;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An ER diagram in Mermaid's {@code erDiagram} syntax: entities with their columns, and one line per foreign key. */
final class SchemaMermaid implements SchemaRenderer {
    @Override
    public String render(List<TableInfo> tables, String placeholder) {
        Map<String, String> entity = entityNames(tables);
        StringBuilder sb = new StringBuilder("erDiagram\n");
        for (TableInfo t : tables) {
            Set<String> fkColumns = new HashSet<>();
            t.foreignKeys().forEach(fk -> fk.columns().forEach(c -> {
                if (c != null) {
                    fkColumns.add(c.toUpperCase());
                }
            }));
            sb.append("    ").append(entity.get(t.key())).append(" {\n");
            for (ColumnInfo c : t.columns().values()) {
                sb.append("        ").append(token(c.type().isEmpty() ? "COMPUTED" : c.type())).append(' ').append(token(c.name()));
                String key = c.primaryKey() ? "PK" : fkColumns.contains(c.name().toUpperCase()) ? "FK" : null;
                if (key != null) {
                    sb.append(' ').append(key);
                }
                if (!c.nullable()) {
                    sb.append(" \"NOT NULL\"");
                }
                sb.append('\n');
            }
            sb.append("    }\n");
        }
        for (TableInfo t : tables) {
            for (ForeignKeyInfo fk : t.foreignKeys()) {
                String parent = entity.get(fk.refTable());
                if (parent == null) {
                    continue;
                }
                String label = String.join(", ", fk.columns().stream().map(c -> c == null ? "?" : c).toList());
                sb.append("    ").append(parent).append(" ||--o{ ").append(entity.get(t.key())).append(" : \"")
                        .append(label.replace("\"", "'")).append("\"\n");
            }
        }
        return sb.toString();
    }

    /** Tenant tables by name; platform tables by name too unless a tenant table has it, then PLATFORM_NAME. */
    private static Map<String, String> entityNames(List<TableInfo> tables) {
        Set<String> tenantNames = new HashSet<>();
        tables.stream().filter(TableInfo::isTenant).forEach(t -> tenantNames.add(token(t.name())));
        Map<String, String> names = new HashMap<>();
        for (TableInfo t : tables) {
            String n = token(t.name());
            names.put(t.key(), !t.isTenant() && tenantNames.contains(n) ? token(t.key().substring(0, t.key().indexOf('.')) + "_" + n) : n);
        }
        return names;
    }

    /** Mermaid names and types take letters, digits, '_' and '-' only: NVARCHAR(255) becomes NVARCHAR_255. */
    static String token(String s) {
        String t = s.replaceAll("[^A-Za-z0-9_-]+", "_").replaceAll("_+$", "");
        return t.isEmpty() ? "_" : t;
    }
}
