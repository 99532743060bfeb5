package io.migrationlsp.core.python;

import io.migrationlsp.core.text.TextSpan;
import java.util.List;
import java.util.Locale;

/**
 * The parts of one string literal token.
 *
 * @param prefix       the prefix as written ({@code ""}, {@code "rb"}, {@code "F"}...)
 * @param quote        the delimiter: {@code '}, {@code "}, {@code '''} or {@code """}
 * @param contentStart offset of the first content char (after the opening quote)
 * @param contentEnd   offset after the last content char (the closing quote, or where an unterminated literal stops)
 * @param terminated   false when the closing quote is missing (end of line for single quotes, end of file for triple)
 * @param fields       replacement fields {@code {expr}} of an f-string, braces included; empty otherwise
 */
public record PythonString(String prefix, String quote, int contentStart, int contentEnd, boolean terminated,
        List<TextSpan> fields) {
    public PythonString {
        fields = List.copyOf(fields);
    }

    public boolean raw() {
        return prefix.toLowerCase(Locale.ROOT).contains("r");
    }

    public boolean formatted() {
        return prefix.toLowerCase(Locale.ROOT).contains("f");
    }

    public boolean bytes() {
        return prefix.toLowerCase(Locale.ROOT).contains("b");
    }

    public boolean tripleQuoted() {
        return quote.length() == 3;
    }

    public TextSpan contentSpan() {
        return new TextSpan(contentStart, contentEnd);
    }
}
