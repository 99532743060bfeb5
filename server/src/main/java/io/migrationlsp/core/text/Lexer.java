package io.migrationlsp.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns SQL text into tokens with exact offsets. It never fails: a missing closing quote or
 * comment delimiter yields a token marked {@code unterminated} that runs to the end of the text.
 */
public final class Lexer {
    private static final String[] OPERATORS = {"->>", "#>>", "::", "<=", ">=", "<>", "!=", "||", "->", "=>", ":=", "#>", "@>", "<@"};

    private final String text;
    private final Dialect dialect;
    private final List<Token> tokens = new ArrayList<>();
    private int pos;

    private Lexer(String text, Dialect dialect) {
        this.text = text;
        this.dialect = dialect;
    }

    public static List<Token> lex(String text, Dialect dialect) {
        Lexer lexer = new Lexer(text, dialect);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        int n = text.length();
        while (pos < n) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c) || c == '\uFEFF') {
                pos++;
            } else if (c == '-' && peek(1) == '-') {
                lineComment();
            } else if (c == '/' && peek(1) == '*') {
                blockComment();
            } else if (c == '\'') {
                string(pos, false);
            } else if ((c == 'N' || c == 'n' || c == 'B' || c == 'b' || c == 'X' || c == 'x') && peek(1) == '\'') {
                string(pos, false);
            } else if ((c == 'E' || c == 'e') && peek(1) == '\'') {
                string(pos, dialect == Dialect.POSTGRES);
            } else if ((c == 'U' || c == 'u') && peek(1) == '&' && peek(2) == '\'') {
                string(pos, false);
            } else if (c == '"') {
                delimited(pos, '"', '"');
            } else if (c == '`') {
                delimited(pos, '`', '`');
            } else if (c == '[' && dialect == Dialect.TSQL) {
                delimited(pos, '[', ']');
            } else if (c == '$' && dollarTag() != null) {
                dollarString();
            } else if (c == '{') {
                braced();
            } else if (Character.isDigit(c) || (c == '.' && Character.isDigit(peek(1)))) {
                number();
            } else if (isWordStart(c)) {
                word();
            } else {
                punct();
            }
        }
    }

    private char peek(int ahead) {
        int i = pos + ahead;
        return i < text.length() ? text.charAt(i) : '\0';
    }

    private void add(TokenKind kind, int start, int end, boolean unterminated) {
        tokens.add(new Token(kind, start, end, TokenTexts.of(text, start, end), unterminated));
        pos = end;
    }

    private void lineComment() {
        int start = pos;
        int end = pos;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        add(TokenKind.LINE_COMMENT, start, end, false);
    }

    private void blockComment() {
        int start = pos;
        int i = pos + 2;
        int depth = 1;
        while (i < text.length() && depth > 0) {
            if (text.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (text.startsWith("*/", i)) {
                depth--;
                i += 2;
            } else {
                i++;
            }
        }
        add(TokenKind.BLOCK_COMMENT, start, Math.min(i, text.length()), depth > 0);
    }

    private void string(int start, boolean backslashEscapes) {
        int i = text.indexOf('\'', start) + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
                continue;
            }
            if (c == '\'') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                    i += 2;
                    continue;
                }
                add(TokenKind.STRING, start, i + 1, false);
                return;
            }
            i++;
        }
        add(TokenKind.STRING, start, text.length(), true);
    }

    private void delimited(int start, char open, char close) {
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == close) {
                if (i + 1 < text.length() && text.charAt(i + 1) == close) {
                    i += 2;
                    continue;
                }
                add(TokenKind.QUOTED_IDENT, start, i + 1, false);
                return;
            }
            if (c == '\n' && open == '[') {
                // A bracket identifier never spans lines in practice; stop so one typo does not eat the file.
                break;
            }
            i++;
        }
        add(TokenKind.QUOTED_IDENT, start, i, true);
    }

    /** The {@code $tag$} opening at pos, or null when the dollar sign starts no quoted string. */
    private String dollarTag() {
        int i = pos + 1;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '$') {
            String tag = text.substring(pos, i + 1);
            if (tag.length() > 2 && Character.isDigit(tag.charAt(1))) {
                return null;
            }
            return tag;
        }
        return null;
    }

    private void dollarString() {
        String tag = dollarTag();
        int start = pos;
        int close = text.indexOf(tag, start + tag.length());
        if (close < 0) {
            add(TokenKind.DOLLAR_STRING, start, text.length(), true);
        } else {
            add(TokenKind.DOLLAR_STRING, start, close + tag.length(), false);
        }
    }

    private void braced() {
        int start = pos;
        int depth = 0;
        int i = pos;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                if (depth == 0) {
                    add(TokenKind.BRACED, start, i + 1, false);
                    return;
                }
            } else if (c == '\n' || c == '\r' || c == ';' || c == '\'' || i - start > 80) {
                break;
            }
            i++;
        }
        // Not a placeholder (a lone brace, e.g. ODBC escapes or JSON in a comment-less context).
        add(TokenKind.PUNCT, start, start + 1, false);
    }

    private void number() {
        int start = pos;
        int i = pos;
        if (text.startsWith("0x", i) || text.startsWith("0X", i)) {
            i += 2;
            while (i < text.length() && Character.digit(text.charAt(i), 16) >= 0) {
                i++;
            }
        } else {
            while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
                if (text.charAt(i) == '.' && i + 1 < text.length() && text.charAt(i + 1) == '.') {
                    break;
                }
                i++;
            }
            if (i < text.length() && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
                int j = i + 1;
                if (j < text.length() && (text.charAt(j) == '+' || text.charAt(j) == '-')) {
                    j++;
                }
                if (j < text.length() && Character.isDigit(text.charAt(j))) {
                    i = j;
                    while (i < text.length() && Character.isDigit(text.charAt(i))) {
                        i++;
                    }
                }
            }
        }
        add(TokenKind.NUMBER, start, i, false);
    }

    private static boolean isWordStart(char c) {
        return Character.isLetter(c) || c == '_' || c == '@' || c == '#' || c == '$' || Character.isSurrogate(c);
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '@' || c == '#' || c == '$' || Character.isSurrogate(c);
    }

    private void word() {
        int start = pos;
        int i = pos + 1;
        char first = text.charAt(start);
        boolean sigil = first == '#' || first == '@' || first == '$';
        if (sigil && !(i < text.length() && isWordPart(text.charAt(i)))) {
            punct();
            return;
        }
        while (i < text.length() && isWordPart(text.charAt(i))) {
            i++;
        }
        add(TokenKind.WORD, start, i, false);
    }

    private void punct() {
        for (String op : OPERATORS) {
            if (text.startsWith(op, pos)) {
                add(TokenKind.PUNCT, pos, pos + op.length(), false);
                return;
            }
        }
        int cp = text.codePointAt(pos);
        add(TokenKind.PUNCT, pos, pos + Character.charCount(cp), false);
    }
}
