package io.migrationlsp.core.workspace.manifest;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.text.LineMap;
import io.migrationlsp.core.text.TextSpan;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the schema manifest with Gson (leniently: comments and trailing commas are tolerated) and
 * never throws: a file that is not JSON gives one problem at the position Gson reports; a section
 * of the wrong shape is reported where it is and left out; entries of the wrong type are reported
 * and skipped. The shape is the one the migrations guide shows — {@code tables} and {@code enums}
 * as arrays of names — plus {@code deprecated} (an array of names or of {@code {"name", "reason"}}
 * objects, or an object of such arrays by kind, or of name to reason) and the optional
 * {@code columns} and {@code constraints} objects.
 */
public final class ManifestReader {
    private static final Pattern GSON_POSITION = Pattern.compile("line (\\d+) column (\\d+)");
    private static final Set<String> KNOWN = Set.of("tables", "enums", "deprecated", "columns", "constraints");

    private final String path;
    private final String text;
    private final LineMap lines;
    private final List<SchemaManifest.Problem> problems = new ArrayList<>();
    private JsonSpans.Node spans;

    private ManifestReader(String path, String text) {
        this.path = path;
        this.text = text;
        this.lines = new LineMap(text);
    }

    public static SchemaManifest read(String path, String text) {
        return new ManifestReader(path, text).read();
    }

    private SchemaManifest read() {
        JsonElement root;
        try {
            JsonReader reader = new JsonReader(new StringReader(text));
            reader.setStrictness(Strictness.LENIENT);
            root = JsonParser.parseReader(reader);
            if (root != null && !root.isJsonNull() && reader.peek() != JsonToken.END_DOCUMENT) {
                spans = JsonSpans.parse(text);
                int after = spans == null ? 0 : spans.span().end();
                while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
                    after++;
                }
                problem(new TextSpan(Math.min(after, text.length()), text.length()), Severity.ERROR,
                        "Text after the manifest's closing brace; the manifest is not read until it is removed");
                return empty();
            }
        } catch (JsonParseException | IOException | StackOverflowError | IllegalStateException e) {
            String why = clean(e);
            boolean atEnd = why.contains("End of input");
            problem(atEnd ? lastCharacter() : gsonPosition(e), Severity.ERROR, "The schema manifest is not valid JSON ("
                    + explain(why) + "); the manifest rules are off until it is fixed");
            return empty();
        }
        if (root == null || root.isJsonNull()) {
            problem(new TextSpan(0, Math.min(1, text.length())), Severity.ERROR,
                    "The schema manifest is empty; it should be an object with \"tables\" and \"enums\" arrays");
            return empty();
        }
        spans = JsonSpans.parse(text);
        if (!root.isJsonObject()) {
            problem(span(spans), Severity.ERROR,
                    "The schema manifest must be a JSON object with \"tables\" and \"enums\" arrays");
            return empty();
        }
        JsonObject o = root.getAsJsonObject();
        Set<String> tables = names(o, "tables");
        Set<String> enums = names(o, "enums");
        List<SchemaManifest.Deprecated> deprecated = new ArrayList<>();
        if (o.has("deprecated")) {
            deprecated(o.get("deprecated"), member("deprecated"), null, deprecated);
        }
        for (String key : List.of("columns", "constraints")) {
            if (o.has(key) && !o.get(key).isJsonObject() && !o.get(key).isJsonNull()) {
                problem(span(member(key)), Severity.WARNING, "\"" + key
                        + "\" should be an object keyed by table name; it is ignored");
            }
        }
        for (Map.Entry<String, JsonElement> e : o.entrySet()) {
            if (!KNOWN.contains(e.getKey())) {
                JsonSpans.Member m = spans == null ? null : spans.member(e.getKey());
                problem(m == null ? span(null) : m.keySpan(), Severity.HINT, "Unknown manifest section \"" + e.getKey()
                        + "\" (known: tables, enums, deprecated, columns, constraints); it is ignored");
            }
        }
        return new SchemaManifest(path, text, tables, enums, deprecated, problems, spans);
    }

    private SchemaManifest empty() {
        return new SchemaManifest(path, text, null, null, List.of(), problems, null);
    }

    /** A section that is an array of names, lower-cased; null when absent or not an array. */
    private Set<String> names(JsonObject o, String key) {
        if (!o.has(key)) {
            return null;
        }
        JsonElement e = o.get(key);
        JsonSpans.Node node = member(key);
        if (!e.isJsonArray()) {
            problem(span(node), Severity.ERROR, "\"" + key + "\" must be an array of names; the "
                    + (key.equals("tables") ? "manifest-table" : "manifest-enum") + " rule is off until it is");
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        JsonArray a = e.getAsJsonArray();
        for (int i = 0; i < a.size(); i++) {
            JsonElement item = a.get(i);
            JsonSpans.Node itemNode = item(node, i);
            if (item.isJsonNull()) {
                // A trailing or doubled comma: lenient reading tolerates it.
                continue;
            }
            if (item.isJsonPrimitive() && item.getAsJsonPrimitive().isString() && !item.getAsString().isBlank()) {
                String name = item.getAsString().trim().toLowerCase(Locale.ROOT);
                if (!out.add(name)) {
                    problem(span(itemNode), Severity.WARNING, "\"" + item.getAsString() + "\" is listed twice in \"" + key + "\"");
                }
            } else {
                problem(span(itemNode), Severity.WARNING, "Entries of \"" + key + "\" must be non-empty strings; this one is ignored");
            }
        }
        return out;
    }

    /**
     * {@code deprecated} in any of the shapes a team writes it: names, {@code {"name": ...}} objects,
     * an object of arrays by kind ({@code "tables": [...]}) or of name to reason.
     */
    private void deprecated(JsonElement e, JsonSpans.Node node, String kind, List<SchemaManifest.Deprecated> out) {
        if (e.isJsonArray()) {
            JsonArray a = e.getAsJsonArray();
            for (int i = 0; i < a.size(); i++) {
                if (!a.get(i).isJsonNull()) {
                    entry(a.get(i), item(node, i), kind, null, out);
                }
            }
        } else if (e.isJsonObject() && kind == null) {
            for (Map.Entry<String, JsonElement> m : e.getAsJsonObject().entrySet()) {
                JsonSpans.Node value = node == null || node.kind() != JsonSpans.Kind.OBJECT ? null
                        : node.member(m.getKey()) == null ? null : node.member(m.getKey()).value();
                String asKind = kindOf(m.getKey());
                if (m.getValue().isJsonArray() && asKind != null) {
                    deprecated(m.getValue(), value, asKind, out);
                } else {
                    entry(m.getValue(), value, null, m.getKey(), out);
                }
            }
        } else {
            problem(span(node), Severity.WARNING, "\"deprecated\" should be an array of names or an object; it is ignored");
        }
    }

    private void entry(JsonElement e, JsonSpans.Node node, String kind, String key, List<SchemaManifest.Deprecated> out) {
        if (key != null) {
            // "old_table": "use new_table" or "old_table": {"reason": ...}
            String note = e.isJsonPrimitive() ? e.getAsString() : e.isJsonObject() ? note(e.getAsJsonObject()) : null;
            String k = e.isJsonObject() ? kindField(e.getAsJsonObject()) : null;
            out.add(new SchemaManifest.Deprecated(key.trim().toLowerCase(Locale.ROOT), k, note));
            return;
        }
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString() && !e.getAsString().isBlank()) {
            out.add(new SchemaManifest.Deprecated(e.getAsString().trim().toLowerCase(Locale.ROOT), kind, null));
            return;
        }
        if (e.isJsonObject()) {
            JsonObject o = e.getAsJsonObject();
            for (String field : List.of("name", "object", "table", "enum", "type", "column", "function")) {
                JsonElement n = o.get(field);
                if (n != null && n.isJsonPrimitive() && !n.getAsString().isBlank()) {
                    String k = kind != null ? kind : kindField(o) != null ? kindField(o) : kindOf(field);
                    out.add(new SchemaManifest.Deprecated(n.getAsString().trim().toLowerCase(Locale.ROOT), k, note(o)));
                    return;
                }
            }
        }
        problem(span(node), Severity.WARNING, "A deprecated entry must be a name or an object with \"name\"; this one is ignored");
    }

    private static String note(JsonObject o) {
        for (String field : List.of("reason", "replacement", "use", "replacedBy", "replaced_by", "note")) {
            JsonElement n = o.get(field);
            if (n != null && n.isJsonPrimitive()) {
                String v = n.getAsString();
                return field.equals("reason") || field.equals("note") ? v : "use " + v;
            }
        }
        return null;
    }

    private static String kindField(JsonObject o) {
        JsonElement k = o.get("kind") != null ? o.get("kind") : o.get("type");
        return k != null && k.isJsonPrimitive() ? kindOf(k.getAsString()) : null;
    }

    /** The kind a section or field name stands for: {@code tables} → {@code table}; null for an unknown word. */
    static String kindOf(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("table")) {
            return "table";
        }
        if (w.startsWith("enum") || w.startsWith("type")) {
            return "enum";
        }
        if (w.startsWith("column")) {
            return "column";
        }
        if (w.startsWith("function")) {
            return "function";
        }
        if (w.startsWith("view")) {
            return "table";
        }
        return null;
    }

    private JsonSpans.Node member(String key) {
        JsonSpans.Member m = spans == null || spans.kind() != JsonSpans.Kind.OBJECT ? null : spans.member(key);
        return m == null ? null : m.value();
    }

    private static JsonSpans.Node item(JsonSpans.Node array, int i) {
        return array != null && array.kind() == JsonSpans.Kind.ARRAY && i < array.items().size() ? array.items().get(i) : null;
    }

    /** A node's span, or the file's first character when its place is unknown. */
    private TextSpan span(JsonSpans.Node node) {
        return node != null ? node.span() : new TextSpan(0, Math.min(1, text.length()));
    }

    private TextSpan gsonPosition(Throwable e) {
        Matcher m = GSON_POSITION.matcher(String.valueOf(e.getMessage()));
        if (!m.find()) {
            return new TextSpan(0, Math.min(1, text.length()));
        }
        int line = Integer.parseInt(m.group(1)) - 1;
        int column = Math.max(0, Integer.parseInt(m.group(2)) - 1);
        int start = Math.min(lines.offset(line, column), text.length());
        if (start > 0 && (text.charAt(start - 1) == '"' || text.charAt(start - 1) == '\'')) {
            // Gson counts past a string's opening quote: the token starts at the quote.
            start--;
        }
        int end = Math.max(start, lines.lineEnd(lines.lineOf(start)));
        if (end == start && start > 0) {
            // At the end of a line (or of the file): mark the character before.
            return new TextSpan(start - 1, start);
        }
        return new TextSpan(start, end);
    }

    /** Gson's terse messages, with what usually causes them. */
    private static String explain(String gson) {
        if (gson.contains("End of input")) {
            return "the text ends before every bracket is closed";
        }
        if (gson.startsWith("Unterminated array")) {
            return gson + ": a comma or ] expected here";
        }
        if (gson.startsWith("Unterminated object")) {
            return gson + ": a comma or } expected here";
        }
        if (gson.startsWith("Expected name")) {
            return gson + ": a quoted key expected here";
        }
        return gson;
    }

    /** The last character that is not white space (where a truncated file stops). */
    private TextSpan lastCharacter() {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new TextSpan(Math.max(0, end - 1), end);
    }

    private static String clean(Throwable e) {
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return msg.replaceFirst("^java\\.io\\.\\w+: ", "").replaceAll("\\s*See https?://\\S+", "").replaceFirst("^com\\.google\\.gson\\.[\\w.]+: ", "")
                .replaceAll("\\s+at line \\d+ column \\d+( path \\S*)?", "").trim();
    }

    private void problem(TextSpan span, Severity severity, String message) {
        problems.add(new SchemaManifest.Problem(span, severity, message));
    }
}
