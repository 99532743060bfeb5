package io.migrationlsp.core.python;

import io.migrationlsp.core.python.PythonToken.Kind;
import io.migrationlsp.core.text.TextSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits Python source into tokens with exact offsets. It never throws: a language server reads
 * files while they are being typed, so an unterminated string is a token marked unterminated and
 * an unknown character is a one-char operator. It tracks brackets and line starts only as far as
 * needed to say which tokens start a logical line and at which indentation.
 */
public final class PythonTokenizer {
    private static final String[] OPERATORS = {
        "**=", "//=", ">>=", "<<=", "...", "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "->",
        "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", ":="
    };

    private final String text;
    private final List<PythonToken> tokens = new ArrayList<>();
    private int pos;
    private int line;
    private int bracketDepth;
    private boolean atLineStart = true;
    private boolean lineHasTokens;
    private int lineIndent;

    private PythonTokenizer(String text) {
        this.text = text;
    }

    public static List<PythonToken> tokenize(String text) {
        PythonTokenizer t = new PythonTokenizer(text == null ? "" : text);
        t.run();
        return List.copyOf(t.tokens);
    }

    private void run() {
        while (pos < text.length()) {
            if (atLineStart) {
                lineIndent = measureIndent();
                atLineStart = false;
                continue;
            }
            char c = text.charAt(pos);
            int breakLength = lineBreakLength(pos);
            if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
            } else if (breakLength > 0) {
                endPhysicalLine(breakLength);
            } else if (c == '\\' && lineBreakLength(pos + 1) > 0) {
                // explicit line joining: the next physical line continues this logical line
                pos += 1 + lineBreakLength(pos + 1);
                line++;
            } else if (c == '#') {
                int end = pos;
                while (end < text.length() && lineBreakLength(end) == 0) {
                    end++;
                }
                tokens.add(new PythonToken(Kind.COMMENT, pos, end, line, -1, null));
                pos = end;
            } else {
                scanToken(c);
            }
        }
        if (lineHasTokens) {
            tokens.add(new PythonToken(Kind.NEWLINE, text.length(), text.length(), line, -1, null));
        }
    }

    private void endPhysicalLine(int breakLength) {
        if (bracketDepth == 0 && lineHasTokens) {
            tokens.add(new PythonToken(Kind.NEWLINE, pos, pos + breakLength, line, -1, null));
            lineHasTokens = false;
        }
        pos += breakLength;
        line++;
        atLineStart = bracketDepth == 0 && !lineHasTokens;
    }

    private int measureIndent() {
        int column = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ') {
                column++;
            } else if (c == '\t') {
                column = (column / 8 + 1) * 8;
            } else if (c != '\f') {
                break;
            }
            pos++;
        }
        return column;
    }

    private void scanToken(char c) {
        int start = pos;
        int startLine = line;
        PythonString string = null;
        Kind kind;
        if (isIdentifierStart(c)) {
            int end = start + 1;
            while (end < text.length() && isIdentifierPart(text.charAt(end))) {
                end++;
            }
            if (end < text.length() && isQuote(text.charAt(end)) && isStringPrefix(text.substring(start, end))) {
                string = scanString(start, end);
                kind = Kind.STRING;
            } else {
                pos = end;
                kind = Kind.NAME;
            }
        } else if (isQuote(c)) {
            string = scanString(start, start);
            kind = Kind.STRING;
        } else if (Character.isDigit(c) || (c == '.' && pos + 1 < text.length() && Character.isDigit(text.charAt(pos + 1)))) {
            scanNumber();
            kind = Kind.NUMBER;
        } else {
            scanOperator(c);
            kind = Kind.OP;
        }
        int indent = !lineHasTokens && bracketDepth == 0 ? lineIndent : -1;
        if (kind == Kind.OP) {
            trackBrackets(c);
        }
        lineHasTokens = true;
        tokens.add(new PythonToken(kind, start, pos, startLine, indent, string));
    }

    private void trackBrackets(char c) {
        if (c == '(' || c == '[' || c == '{') {
            bracketDepth++;
        } else if ((c == ')' || c == ']' || c == '}') && bracketDepth > 0) {
            bracketDepth--;
        }
    }

    private void scanNumber() {
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            char prev = text.charAt(pos - 1);
            boolean exponentSign = (c == '+' || c == '-') && (prev == 'e' || prev == 'E') && !isHex(pos);
            if (Character.isLetterOrDigit(c) || c == '_' || c == '.' || exponentSign) {
                pos++;
            } else {
                break;
            }
        }
    }

    private boolean isHex(int signPos) {
        int i = signPos - 1;
        while (i > 0 && isIdentifierPart(text.charAt(i - 1))) {
            i--;
        }
        return text.regionMatches(true, i, "0x", 0, 2);
    }

    private void scanOperator(char c) {
        for (String op : OPERATORS) {
            if (text.startsWith(op, pos)) {
                pos += op.length();
                return;
            }
        }
        pos++;
    }

    /** Scans the literal whose prefix starts at {@code start} and whose quote is at {@code quotePos}. */
    private PythonString scanString(int start, int quotePos) {
        String prefix = text.substring(start, quotePos);
        char q = text.charAt(quotePos);
        boolean triple = text.startsWith(String.valueOf(q).repeat(3), quotePos);
        String quote = triple ? String.valueOf(q).repeat(3) : String.valueOf(q);
        boolean formatted = prefix.toLowerCase().contains("f");
        StringScan scan = new StringScan(text, quotePos + quote.length(), quote, formatted);
        if (formatted && scan.fieldFailed) {
            // An f-string whose braces do not close (or hold an odd format spec): still find where
            // the literal ends by reading it as plain text, so the rest of the file stays right.
            scan = new StringScan(text, quotePos + quote.length(), quote, false);
        }
        line += scan.lineBreaks;
        pos = scan.end;
        return new PythonString(prefix, quote, quotePos + quote.length(), scan.contentEnd, scan.terminated, scan.fields);
    }

    private int lineBreakLength(int at) {
        return lineBreakLength(text, at);
    }

    static int lineBreakLength(String s, int at) {
        if (at >= s.length()) {
            return 0;
        }
        char c = s.charAt(at);
        if (c == '\r') {
            return at + 1 < s.length() && s.charAt(at + 1) == '\n' ? 2 : 1;
        }
        return c == '\n' ? 1 : 0;
    }

    private static boolean isQuote(char c) {
        return c == '\'' || c == '"';
    }

    private static boolean isIdentifierStart(char c) {
        return c == '_' || Character.isLetter(c);
    }

    private static boolean isIdentifierPart(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    /** r, u, b, f and the two-letter mixes Python accepts (br, rb, fr, rf), in any case. */
    static boolean isStringPrefix(String word) {
        String p = word.toLowerCase();
        return switch (p) {
            case "r", "u", "b", "f", "br", "rb", "fr", "rf" -> true;
            default -> false;
        };
    }

    /** The body of one literal: where it ends and, for an f-string, its replacement fields. */
    private static final class StringScan {
        final List<TextSpan> fields = new ArrayList<>();
        int contentEnd;
        int end;
        boolean terminated;
        boolean fieldFailed;
        int lineBreaks;

        StringScan(String text, int from, String quote, boolean formatted) {
            boolean triple = quote.length() == 3;
            int j = from;
            while (true) {
                if (j >= text.length()) {
                    contentEnd = end = text.length();
                    return;
                }
                char c = text.charAt(j);
                int lineBreak = lineBreakLength(text, j);
                if (lineBreak > 0 && !triple) {
                    contentEnd = end = j;
                    return;
                }
                if (text.startsWith(quote, j)) {
                    contentEnd = j;
                    end = j + quote.length();
                    terminated = true;
                    return;
                }
                if (lineBreak > 0) {
                    lineBreaks++;
                    j += lineBreak;
                } else if (c == '\\' && j + 1 < text.length()) {
                    // even in a raw literal a backslash keeps the next char (a quote, a line break) inside
                    int next = lineBreakLength(text, j + 1);
                    lineBreaks += next > 0 ? 1 : 0;
                    j += 1 + Math.max(1, next);
                } else if (formatted && c == '{' && !text.startsWith("{{", j)) {
                    int close = fieldClose(text, j + 1, triple);
                    if (close < 0) {
                        fieldFailed = true;
                        return;
                    }
                    fields.add(new TextSpan(j, close + 1));
                    lineBreaks += countLineBreaks(text, j, close);
                    j = close + 1;
                } else if (formatted && (text.startsWith("{{", j) || text.startsWith("}}", j))) {
                    j += 2;
                } else {
                    j++;
                }
            }
        }

        /** Offset of the brace closing a replacement field, skipping nested brackets and string literals; -1 if none. */
        private static int fieldClose(String text, int k, boolean triple) {
            int depth = 1;
            while (k < text.length()) {
                char c = text.charAt(k);
                if (lineBreakLength(text, k) > 0 && !triple) {
                    return -1;
                }
                if (c == '{' || c == '(' || c == '[') {
                    depth++;
                } else if (c == '}' || c == ')' || c == ']') {
                    depth--;
                    if (depth == 0) {
                        return c == '}' ? k : -1;
                    }
                } else if (isQuote(c)) {
                    String q = text.startsWith(String.valueOf(c).repeat(3), k) ? String.valueOf(c).repeat(3) : String.valueOf(c);
                    StringScan nested = new StringScan(text, k + q.length(), q, false);
                    if (!nested.terminated) {
                        return -1;
                    }
                    k = nested.end;
                    continue;
                }
                k++;
            }
            return -1;
        }

        private static int countLineBreaks(String text, int from, int to) {
            int n = 0;
            for (int i = from; i < to; i++) {
                int b = lineBreakLength(text, i);
                if (b > 0) {
                    n++;
                    i += b - 1;
                }
            }
            return n;
        }
    }
}
