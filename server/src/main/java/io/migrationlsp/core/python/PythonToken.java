package io.migrationlsp.core.python;

import io.migrationlsp.core.text.TextSpan;

/**
 * One token of a Python file with exact UTF-16 char offsets {@code [start, end)} into the file.
 *
 * @param line   0-based physical line of {@code start}
 * @param indent the indentation column when this token starts a logical line, else -1; a line's
 *               indentation is what tells where a {@code def}/{@code class} body ends
 * @param string the parts of a string literal, null for every other kind
 */
public record PythonToken(Kind kind, int start, int end, int line, int indent, PythonString string) {
    public enum Kind {
        NAME, NUMBER, STRING, OP, COMMENT,
        /** End of a logical line (outside brackets); empty at end of file when the file has no final line break. */
        NEWLINE
    }

    public TextSpan span() {
        return new TextSpan(start, end);
    }

    public String text(String source) {
        return source.substring(start, end);
    }

    public boolean startsLogicalLine() {
        return indent >= 0;
    }

    public boolean is(Kind k, String source, String text) {
        return kind == k && end - start == text.length() && source.startsWith(text, start);
    }
}
