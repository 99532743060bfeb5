package io.migrationlsp.core.workspace.manifest;

import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.rules.Edit;
import io.migrationlsp.core.text.TextSpan;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code docs/canon/DB_SCHEMA_MANIFEST.json} as read: the canonical table and enum names, the
 * deprecated objects, and what is wrong with the file. A section that is missing or unreadable is
 * null, so the rules that need it stay silent rather than call everything non-canonical.
 */
public final class SchemaManifest {
    /** Something wrong in the manifest, where it is. */
    public record Problem(TextSpan span, Severity severity, String message) {}

    /**
     * A deprecated object: its name as written (lower-case; {@code name}, {@code schema.name} or
     * {@code table.column}), the kind its section names ({@code table}, {@code enum}, {@code column},
     * {@code function}, or null when the manifest does not say), and the reason or replacement given.
     */
    public record Deprecated(String name, String kind, String note) {}

    private final String path;
    private final String text;
    private final Set<String> tables;
    private final Set<String> enums;
    private final List<Deprecated> deprecated;
    private final List<Problem> problems;
    private final JsonSpans.Node root;

    SchemaManifest(String path, String text, Set<String> tables, Set<String> enums, List<Deprecated> deprecated,
                   List<Problem> problems, JsonSpans.Node root) {
        this.path = path;
        this.text = text;
        this.tables = tables;
        this.enums = enums;
        this.deprecated = List.copyOf(deprecated);
        this.problems = List.copyOf(problems);
        this.root = root;
    }

    public String path() { return path; }
    public String text() { return text; }
    public List<Deprecated> deprecated() { return deprecated; }
    public List<Problem> problems() { return problems; }

    /** Whether the manifest lists its {@code tables} (an empty list counts: then no table is canonical). */
    public boolean listsTables() {
        return tables != null;
    }

    public boolean listsEnums() {
        return enums != null;
    }

    /**
     * Whether {@code tables} names the table: as {@code schema.name}, or bare for a table in
     * {@code public} (where an unqualified name lands; {@code schema} null means public).
     */
    public boolean hasTable(String schema, String name) {
        return contains(tables, schema, name);
    }

    public boolean hasEnum(String schema, String name) {
        return contains(enums, schema, name);
    }

    /** The edit that adds a table name to {@code tables}, or null when the file's shape gives no place for it. */
    public Edit addTable(String name) {
        return ManifestEdits.addToArray(path, text, root, "tables", name);
    }

    public Edit addEnum(String name) {
        return ManifestEdits.addToArray(path, text, root, "enums", name);
    }

    private static boolean contains(Set<String> names, String schema, String name) {
        if (names == null || name == null) {
            return false;
        }
        String n = name.toLowerCase(Locale.ROOT);
        String s = schema == null ? "public" : schema.toLowerCase(Locale.ROOT);
        return names.contains(s + "." + n) || (s.equals("public") && names.contains(n));
    }
}
