package io.migrationlsp.core.workspace.manifest;

import io.migrationlsp.core.text.TextSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Where each value of a JSON text lies: Gson reads the values, this finds their spans, so findings
 * point at the right entry and a fix can insert into an array keeping its formatting. It reads
 * what Gson's lenient mode accepts (comments, single-quoted and unquoted strings) and gives up
 * (null) on anything else instead of guessing.
 */
final class JsonSpans {
    private static final int MAX_DEPTH = 256;

    enum Kind { OBJECT, ARRAY, STRING, OTHER }

    /** A value: its kind and span; a string's decoded value; an object's members or an array's items. */
    record Node(Kind kind, TextSpan span, String value, List<Member> members, List<Node> items) {
        Member member(String key) {
            for (Member m : members) {
                if (m.key().equals(key)) {
                    return m;
                }
            }
            return null;
        }
    }

    record Member(String key, TextSpan keySpan, Node value) {}

    private final String text;
    private int pos;

    private JsonSpans(String text) {
        this.text = text;
    }

    /** The root value's spans, or null when the text is not a JSON value this reader follows. */
    static Node parse(String text) {
        try {
            JsonSpans p = new JsonSpans(text);
            p.skipSpace();
            return p.pos < text.length() ? p.value(0) : null;
        } catch (IllegalStateException e) {
            return null;
        }
    }

    private Node value(int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalStateException("too deep");
        }
        skipSpace();
        if (pos >= text.length()) {
            throw new IllegalStateException("end of text");
        }
        char c = text.charAt(pos);
        if (c == '{') {
            return object(depth);
        }
        if (c == '[') {
            return array(depth);
        }
        if (c == '"' || c == '\'') {
            int start = pos;
            String s = quoted();
            return new Node(Kind.STRING, new TextSpan(start, pos), s, List.of(), List.of());
        }
        int start = pos;
        while (pos < text.length() && !isDelimiter(text.charAt(pos))) {
            pos++;
        }
        if (pos == start) {
            throw new IllegalStateException("unexpected " + c);
        }
        String word = text.substring(start, pos);
        boolean literal = word.equals("true") || word.equals("false") || word.equals("null")
                || word.matches("-?[0-9][0-9eE.+-]*");
        // Lenient Gson reads an unquoted word as a string.
        return new Node(literal ? Kind.OTHER : Kind.STRING, new TextSpan(start, pos), literal ? null : word, List.of(), List.of());
    }

    private Node object(int depth) {
        int start = pos++;
        List<Member> members = new ArrayList<>();
        while (true) {
            skipSpace();
            if (pos >= text.length()) {
                throw new IllegalStateException("unclosed object");
            }
            if (text.charAt(pos) == '}') {
                pos++;
                return new Node(Kind.OBJECT, new TextSpan(start, pos), null, List.copyOf(members), List.of());
            }
            Node key = value(depth + 1);
            if (key.kind() != Kind.STRING) {
                throw new IllegalStateException("key expected");
            }
            skipSpace();
            if (text.startsWith("=>", pos)) {
                pos += 2;
            } else if (pos < text.length() && (text.charAt(pos) == ':' || text.charAt(pos) == '=')) {
                pos++;
            } else {
                throw new IllegalStateException(": expected");
            }
            members.add(new Member(key.value(), key.span(), value(depth + 1)));
            separator('}');
        }
    }

    /** An array; an omitted element ({@code [a,,b]}, {@code [a,]}) is a null item, as lenient Gson reads it. */
    private Node array(int depth) {
        int start = pos++;
        List<Node> items = new ArrayList<>();
        boolean afterSeparator = false;
        while (true) {
            skipSpace();
            if (pos >= text.length()) {
                throw new IllegalStateException("unclosed array");
            }
            char c = text.charAt(pos);
            if (c == ']') {
                if (afterSeparator) {
                    items.add(omitted());
                }
                pos++;
                return new Node(Kind.ARRAY, new TextSpan(start, pos), null, List.of(), List.copyOf(items));
            }
            if (c == ',' || c == ';') {
                items.add(omitted());
                pos++;
                afterSeparator = true;
                continue;
            }
            items.add(value(depth + 1));
            afterSeparator = separator(']');
        }
    }

    private Node omitted() {
        return new Node(Kind.OTHER, new TextSpan(pos, pos), null, List.of(), List.of());
    }

    /** After a member or item: a comma (or lenient semicolon), consumed, or the closing bracket left for the caller. */
    private boolean separator(char close) {
        skipSpace();
        if (pos < text.length() && (text.charAt(pos) == ',' || text.charAt(pos) == ';')) {
            pos++;
            return true;
        }
        if (pos >= text.length() || text.charAt(pos) != close) {
            throw new IllegalStateException("separator expected");
        }
        return false;
    }

    private String quoted() {
        char quote = text.charAt(pos++);
        StringBuilder sb = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == quote) {
                return sb.toString();
            }
            if (c == '\\' && pos < text.length()) {
                char e = text.charAt(pos++);
                switch (e) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'u' -> {
                        if (pos + 4 > text.length()) {
                            throw new IllegalStateException("bad escape");
                        }
                        try {
                            sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                        } catch (NumberFormatException ex) {
                            throw new IllegalStateException("bad escape");
                        }
                        pos += 4;
                    }
                    default -> sb.append(e);
                }
            } else {
                sb.append(c);
            }
        }
        throw new IllegalStateException("unclosed string");
    }

    private void skipSpace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c) || c == '\uFEFF') {
                pos++;
            } else if (c == '#' || text.startsWith("//", pos)) {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (text.startsWith("/*", pos)) {
                int end = text.indexOf("*/", pos + 2);
                pos = end < 0 ? text.length() : end + 2;
            } else {
                return;
            }
        }
    }

    private static boolean isDelimiter(char c) {
        return Character.isWhitespace(c) || "{}[],:;=#/\"'".indexOf(c) >= 0;
    }
}
