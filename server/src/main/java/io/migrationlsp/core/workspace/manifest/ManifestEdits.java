package io.migrationlsp.core.workspace.manifest;

import io.migrationlsp.core.rules.Edit;
import io.migrationlsp.core.text.TextSpan;
import java.util.List;
import java.util.Locale;

/**
 * Inserts a name into one of the manifest's arrays the way a person would: in alphabetical place
 * when the array is sorted (else at its end), with the separator and indentation the array already
 * uses; a missing array becomes the object's first member.
 */
final class ManifestEdits {
    private ManifestEdits() {}

    static Edit addToArray(String path, String text, JsonSpans.Node root, String key, String name) {
        if (root == null || root.kind() != JsonSpans.Kind.OBJECT) {
            return null;
        }
        String quoted = quote(name);
        JsonSpans.Member member = root.member(key);
        if (member == null) {
            return addMember(path, text, root, quote(key) + ": [" + quoted + "]");
        }
        JsonSpans.Node array = member.value();
        if (array.kind() != JsonSpans.Kind.ARRAY) {
            return null;
        }
        // Elements a lenient reader left out ([a, , b]) have no text to line up with.
        List<JsonSpans.Node> items = array.items().stream().filter(n -> n.span().length() > 0).toList();
        if (items.isEmpty()) {
            return new Edit(path, new TextSpan(array.span().start() + 1, array.span().start() + 1), quoted);
        }
        int at = sorted(items) ? insertionIndex(items, name) : items.size();
        if (at < items.size()) {
            String sep = at > 0 ? between(text, items.get(at - 1), items.get(at))
                    : items.size() > 1 ? between(text, items.get(0), items.get(1)) : ", ";
            int offset = items.get(at).span().start();
            return new Edit(path, new TextSpan(offset, offset), quoted + sep);
        }
        JsonSpans.Node last = items.get(items.size() - 1);
        String sep = items.size() > 1 ? between(text, items.get(items.size() - 2), last) : lineSeparator(text, last);
        return new Edit(path, new TextSpan(last.span().end(), last.span().end()), sep + quoted);
    }

    private static Edit addMember(String path, String text, JsonSpans.Node root, String member) {
        int open = root.span().start() + 1;
        if (root.members().isEmpty()) {
            return new Edit(path, new TextSpan(open, open), member);
        }
        int first = root.members().get(0).keySpan().start();
        String lead = text.substring(open, first);
        String sep = "," + (lead.isBlank() ? lead : " ");
        return new Edit(path, new TextSpan(first, first), member + sep);
    }

    /** The text between two items when it is only a comma and white space; otherwise a clean one like it. */
    private static String between(String text, JsonSpans.Node a, JsonSpans.Node b) {
        String s = text.substring(a.span().end(), b.span().start());
        if (s.replaceFirst(",", "").isBlank() && s.contains(",")) {
            return s;
        }
        return s.contains("\n") ? lineSeparator(text, b) : ", ";
    }

    /** {@code ,\n<indent>} when the item starts its own line, else {@code , }. */
    private static String lineSeparator(String text, JsonSpans.Node item) {
        int start = item.span().start();
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        String indent = text.substring(lineStart, start);
        return indent.isBlank() && lineStart > 0 ? "," + newline(text) + indent : ", ";
    }

    private static String newline(String text) {
        return text.contains("\r\n") ? "\r\n" : "\n";
    }

    private static boolean sorted(List<JsonSpans.Node> items) {
        for (int i = 1; i < items.size(); i++) {
            if (key(items.get(i - 1)).compareTo(key(items.get(i))) > 0) {
                return false;
            }
        }
        return true;
    }

    private static int insertionIndex(List<JsonSpans.Node> items, String name) {
        String k = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < items.size(); i++) {
            if (key(items.get(i)).compareTo(k) > 0) {
                return i;
            }
        }
        return items.size();
    }

    private static String key(JsonSpans.Node n) {
        return n.value() == null ? "" : n.value().toLowerCase(Locale.ROOT);
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
