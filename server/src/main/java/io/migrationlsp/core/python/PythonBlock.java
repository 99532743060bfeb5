package io.migrationlsp.core.python;

import io.migrationlsp.core.python.PythonToken.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code def} or {@code class} statement and its body. The body ends at the first logical line
 * indented no deeper than the header; blank lines, comments and lines inside brackets or strings
 * never start a logical line, so they cannot end it early.
 *
 * @param header        the logical line holding {@code def name(...):} / {@code class Name(...):}
 * @param headerTail    tokens after the header's colon on the same logical line (a one-line body, usually empty)
 * @param body          the indented logical lines of the body, nested blocks included
 */
public record PythonBlock(PythonLogicalLine header, List<PythonToken> headerTail, List<PythonLogicalLine> body) {
    public PythonBlock {
        headerTail = List.copyOf(headerTail);
        body = List.copyOf(body);
    }

    /**
     * The first block {@code keyword name} (keyword {@code def} or {@code class}) at any depth, or null.
     * {@code async def} and decorated definitions are found too.
     */
    public static PythonBlock find(String source, List<PythonLogicalLine> lines, String keyword, String name) {
        for (int i = 0; i < lines.size(); i++) {
            List<PythonToken> tokens = lines.get(i).tokens();
            int k = keywordIndex(source, tokens, keyword);
            if (k >= 0 && k + 1 < tokens.size() && tokens.get(k + 1).is(Kind.NAME, source, name)) {
                return at(source, lines, i, k + 1);
            }
        }
        return null;
    }

    /** The definition's name token. */
    public PythonToken nameToken(String source) {
        List<PythonToken> tokens = header.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).is(Kind.NAME, source, "def") || tokens.get(i).is(Kind.NAME, source, "class")) {
                return tokens.get(i + 1);
            }
        }
        return tokens.get(0);
    }

    /** Every token of the body in file order: the one-line tail of the header, then the indented lines. */
    public List<PythonToken> bodyTokens() {
        List<PythonToken> all = new ArrayList<>(headerTail);
        body.forEach(l -> all.addAll(l.tokens()));
        return all;
    }

    /** Logical lines of the body at the body's own indentation (nested blocks' lines left out). */
    public List<PythonLogicalLine> directBodyLines() {
        if (body.isEmpty()) {
            return List.of();
        }
        int indent = body.get(0).indent();
        return body.stream().filter(l -> l.indent() == indent).toList();
    }

    /** Offset after the line break of the last line that belongs to the block. */
    public int end() {
        return body.isEmpty() ? header.end() : body.get(body.size() - 1).end();
    }

    private static int keywordIndex(String source, List<PythonToken> tokens, String keyword) {
        int k = 0;
        while (k < tokens.size() && tokens.get(k).is(Kind.NAME, source, "async")) {
            k++;
        }
        return k < tokens.size() && tokens.get(k).is(Kind.NAME, source, keyword) ? k : -1;
    }

    private static PythonBlock at(String source, List<PythonLogicalLine> lines, int headerIndex, int nameIndex) {
        PythonLogicalLine header = lines.get(headerIndex);
        List<PythonToken> tokens = header.tokens();
        int colon = headerColon(source, tokens, nameIndex);
        List<PythonToken> tail = colon < 0 ? List.of() : tokens.subList(colon + 1, tokens.size());
        List<PythonLogicalLine> body = new ArrayList<>();
        for (int i = headerIndex + 1; i < lines.size() && lines.get(i).indent() > header.indent(); i++) {
            body.add(lines.get(i));
        }
        return new PythonBlock(header, tail, body);
    }

    /** The colon that ends the header: the first one outside brackets (annotations may hold colons in brackets). */
    private static int headerColon(String source, List<PythonToken> tokens, int from) {
        int depth = 0;
        for (int i = from; i < tokens.size(); i++) {
            PythonToken t = tokens.get(i);
            if (t.kind() != Kind.OP) {
                continue;
            }
            char c = source.charAt(t.start());
            if (t.end() - t.start() == 1 && (c == '(' || c == '[' || c == '{')) {
                depth++;
            } else if (t.end() - t.start() == 1 && (c == ')' || c == ']' || c == '}')) {
                depth--;
            } else if (depth == 0 && t.is(Kind.OP, source, ":")) {
                return i;
            }
        }
        return -1;
    }
}
