package io.migrationlsp.core.python;

import io.migrationlsp.core.text.TextSpan;

/**
 * Decodes the content of one string literal into mapped text, as Python would evaluate it but
 * without evaluating anything: escapes are decoded (not in raw literals), {@code {{}/{@code }}}
 * become one brace in f-strings, a replacement field holding exactly the placeholder stays
 * {@code {placeholder}}, and any other replacement field becomes a run of {@code x} as long as
 * the field. The run keeps offsets one-to-one with the file, and {@code x} cannot open a SQL
 * comment, string or bracket that would swallow the SQL after it.
 */
final class StringLiteralDecoder {
    private final String source;
    private final PythonString literal;
    private final String placeholder;
    private final SourceMappedText out;

    private StringLiteralDecoder(String source, PythonString literal, String placeholder, SourceMappedText out) {
        this.source = source;
        this.literal = literal;
        this.placeholder = placeholder;
        this.out = out;
    }

    /** Appends the decoded content of {@code literal} to {@code out}; {@code placeholder} may be null. */
    static void decode(String source, PythonString literal, String placeholder, SourceMappedText out) {
        new StringLiteralDecoder(source, literal, placeholder, out).run();
    }

    /** The decoded value of a literal without fields, or null when it is an f-string with fields. */
    static String value(String source, PythonString literal) {
        if (!literal.fields().isEmpty()) {
            return null;
        }
        SourceMappedText text = new SourceMappedText();
        decode(source, literal, null, text);
        return text.text();
    }

    private void run() {
        int j = literal.contentStart();
        int field = 0;
        boolean formatted = literal.formatted();
        while (j < literal.contentEnd()) {
            if (field < literal.fields().size() && literal.fields().get(field).start() == j) {
                TextSpan f = literal.fields().get(field++);
                appendField(f);
                j = f.end();
                continue;
            }
            char c = source.charAt(j);
            if (formatted && (c == '{' || c == '}') && j + 1 < literal.contentEnd() && source.charAt(j + 1) == c) {
                out.append(c, j, j + 2);
                j += 2;
            } else if (c == '\\' && !literal.raw() && j + 1 < literal.contentEnd()) {
                j = appendEscape(j);
            } else {
                out.append(c, j, j + 1);
                j++;
            }
        }
    }

    private void appendField(TextSpan f) {
        String inner = source.substring(f.start() + 1, f.end() - 1);
        if (placeholder != null && inner.strip().equals(placeholder)) {
            int nameStart = f.start() + 1 + inner.indexOf(placeholder);
            out.append('{', f.start(), f.start() + 1);
            for (int k = 0; k < placeholder.length(); k++) {
                out.append(placeholder.charAt(k), nameStart + k, nameStart + k + 1);
            }
            out.append('}', f.end() - 1, f.end());
            return;
        }
        for (int k = f.start(); k < f.end(); k++) {
            out.append('x', k, k + 1);
        }
    }

    /** Appends the chars of the escape at {@code j} (a backslash), each mapped to the whole sequence; returns where it ends. */
    private int appendEscape(int j) {
        char next = source.charAt(j + 1);
        int lineBreak = PythonTokenizer.lineBreakLength(source, j + 1);
        if (lineBreak > 0) {
            return j + 1 + lineBreak; // backslash-newline: the line break is not part of the value
        }
        int end = j + 2;
        String decoded;
        switch (next) {
            case '\\', '\'', '"' -> decoded = String.valueOf(next);
            case 'a' -> decoded = "\u0007";
            case 'b' -> decoded = "\b";
            case 'f' -> decoded = "\f";
            case 'n' -> decoded = "\n";
            case 'r' -> decoded = "\r";
            case 't' -> decoded = "\t";
            case 'v' -> decoded = "\u000B";
            case 'x' -> {
                end = hexEnd(j + 2, 2);
                decoded = end < 0 ? null : codePoint(j + 2, end);
            }
            case 'u', 'U' -> {
                end = literal.bytes() ? -1 : hexEnd(j + 2, next == 'u' ? 4 : 8);
                decoded = end < 0 ? null : codePoint(j + 2, end);
            }
            case 'N' -> {
                end = literal.bytes() ? -1 : namedEnd(j + 2);
                decoded = end < 0 ? null : named(j + 3, end - 1);
            }
            default -> {
                if (next >= '0' && next <= '7') {
                    end = j + 2;
                    while (end < Math.min(j + 4, literal.contentEnd()) && source.charAt(end) >= '0' && source.charAt(end) <= '7') {
                        end++;
                    }
                    decoded = String.valueOf((char) Integer.parseInt(source.substring(j + 1, end), 8));
                } else {
                    decoded = null;
                }
            }
        }
        if (decoded == null) {
            // Python keeps an unknown or malformed escape as written: the backslash and the char
            end = j + 2;
            decoded = source.substring(j, end);
        }
        for (int k = 0; k < decoded.length(); k++) {
            out.append(decoded.charAt(k), j, end);
        }
        return end;
    }

    private int hexEnd(int from, int digits) {
        int end = from + digits;
        if (end > literal.contentEnd()) {
            return -1;
        }
        for (int k = from; k < end; k++) {
            if (Character.digit(source.charAt(k), 16) < 0) {
                return -1;
            }
        }
        return end;
    }

    private String codePoint(int from, int end) {
        int cp = (int) Long.parseLong(source.substring(from, end), 16);
        return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : null;
    }

    private int namedEnd(int open) {
        if (open >= literal.contentEnd() || source.charAt(open) != '{') {
            return -1;
        }
        int close = source.indexOf('}', open);
        return close < 0 || close >= literal.contentEnd() ? -1 : close + 1;
    }

    private String named(int from, int to) {
        try {
            return new String(Character.toChars(Character.codePointOf(source.substring(from, to))));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
