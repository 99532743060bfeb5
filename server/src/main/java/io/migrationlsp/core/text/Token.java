package io.migrationlsp.core.text;

import java.util.Locale;

/**
 * A lexical token with exact offsets. {@code unterminated} marks a string, quoted identifier or
 * comment whose closing delimiter is missing: the token then runs to the end of the text.
 */
public record Token(TokenKind kind, int start, int end, String text, boolean unterminated) {

    public TextSpan span() {
        return new TextSpan(start, end);
    }

    public boolean is(String word) {
        return kind == TokenKind.WORD && text.equalsIgnoreCase(word);
    }

    public boolean isAny(String... words) {
        if (kind != TokenKind.WORD) {
            return false;
        }
        for (String w : words) {
            if (text.equalsIgnoreCase(w)) {
                return true;
            }
        }
        return false;
    }

    public boolean isPunct(String p) {
        return kind == TokenKind.PUNCT && text.equals(p);
    }

    public String upper() {
        return text.toUpperCase(Locale.ROOT);
    }

    /** True for tokens that can name something: a word or a quoted identifier or a braced placeholder. */
    public boolean isNameLike() {
        return kind == TokenKind.WORD || kind == TokenKind.QUOTED_IDENT || kind == TokenKind.BRACED;
    }

    /** The value of a string literal without its quotes and prefix, with doubled quotes undone. */
    public String stringValue() {
        if (kind != TokenKind.STRING) {
            return text;
        }
        int q = text.indexOf('\'');
        int endQuote = unterminated ? text.length() : text.length() - 1;
        if (q < 0 || endQuote < q + 1) {
            return "";
        }
        return text.substring(q + 1, endQuote).replace("''", "'");
    }

    /** Span of a string literal's content, inside the quotes. */
    public TextSpan stringContentSpan() {
        int q = text.indexOf('\'');
        int contentStart = start + (q < 0 ? 0 : q + 1);
        int contentEnd = unterminated ? end : Math.max(contentStart, end - 1);
        return new TextSpan(contentStart, contentEnd);
    }
}
