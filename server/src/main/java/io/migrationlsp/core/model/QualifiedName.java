package io.migrationlsp.core.model;

import io.migrationlsp.core.text.TextSpan;
import java.util.List;
import java.util.Locale;

/**
 * A possibly qualified object name: {@code [db.]schema.name} or just {@code name}. {@code key} is
 * computed once: the schema replay looks names up by it millions of times in a large history.
 */
public record QualifiedName(List<Ident> parts, TextSpan span, String key) {

    public QualifiedName(List<Ident> parts, TextSpan span) {
        this(parts, span, keyOf(parts));
    }

    public Ident table() {
        return parts.get(parts.size() - 1);
    }

    public Ident schema() {
        return parts.size() >= 2 ? parts.get(parts.size() - 2) : null;
    }

    public boolean hasSchema() {
        return parts.size() >= 2;
    }

    public boolean isTenant() {
        Ident s = schema();
        return s != null && s.placeholder();
    }

    public boolean isSchema(String schemaName) {
        Ident s = schema();
        return s != null && !s.placeholder() && s.is(schemaName);
    }

    public String tableUpper() {
        return table().upper();
    }

    /** Schema and name in upper case, the placeholder as {@code {TENANT}}: a key for maps. */
    private static String keyOf(List<Ident> parts) {
        Ident s = parts.size() >= 2 ? parts.get(parts.size() - 2) : null;
        String schemaKey = s == null ? "" : s.placeholder() ? "{TENANT}" : s.upper();
        return schemaKey + "." + parts.get(parts.size() - 1).upper();
    }

    public String display() {
        StringBuilder sb = new StringBuilder();
        for (Ident p : parts) {
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(p.raw());
        }
        return sb.toString();
    }

    public boolean isTempOrVariable() {
        String raw = table().raw();
        return raw.startsWith("#") || raw.startsWith("@");
    }

    public boolean isSystemCatalog() {
        Ident s = schema();
        if (s == null) {
            return false;
        }
        String up = s.name().toUpperCase(Locale.ROOT);
        return up.equals("SYS") || up.equals("INFORMATION_SCHEMA") || up.equals("PG_CATALOG");
    }
}
