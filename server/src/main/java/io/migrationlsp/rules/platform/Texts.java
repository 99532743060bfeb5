package io.migrationlsp.rules.platform;

import io.migrationlsp.core.text.TextSpan;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small text helpers the platform rules share for building minimal edits. */
final class Texts {
    static final Pattern UPPER_SNAKE = Pattern.compile("[A-Z][A-Z0-9_]*");
    // Compiled once: upperSnake runs for every misnamed column, thousands in a large check.
    private static final Pattern CAMEL_BREAK = Pattern.compile("([a-z0-9])([A-Z])");
    private static final Pattern NOT_WORD = Pattern.compile("[^A-Za-z0-9_]+");
    private static final Pattern UNDERSCORES = Pattern.compile("_+");
    private static final Pattern EDGE_UNDERSCORE = Pattern.compile("^_|_$");

    private Texts() {}

    static int lineStart(String text, int offset) {
        int k = Math.min(offset, text.length());
        while (k > 0 && text.charAt(k - 1) != '\n') {
            k--;
        }
        return k;
    }

    /** Offset just past the line break that ends the line holding {@code offset} (or the text end). */
    static int nextLineStart(String text, int offset) {
        int k = offset;
        while (k < text.length() && text.charAt(k) != '\n') {
            k++;
        }
        return Math.min(text.length(), k + 1);
    }

    /** The whole lines a span stands on, line break included. */
    static TextSpan fullLines(String text, TextSpan span) {
        return new TextSpan(lineStart(text, span.start()), nextLineStart(text, Math.max(span.start(), span.end() - 1)));
    }

    /**
     * What to delete to remove a statement: its whole lines when nothing else stands on them (a
     * trailing comment may), plus one blank line beside it so no double gap is left; otherwise the
     * statement alone.
     */
    static TextSpan statementRemoval(String text, TextSpan statement) {
        int lineStart = lineStart(text, statement.start());
        int lineEnd = nextLineStart(text, Math.max(statement.start(), statement.end() - 1));
        String after = text.substring(statement.end(), lineEnd).strip();
        if (!text.substring(lineStart, statement.start()).isBlank() || !(after.isEmpty() || after.startsWith("--"))) {
            return statement;
        }
        int next = nextLineStart(text, lineEnd);
        boolean blankBefore = lineStart == 0 || text.substring(lineStart(text, lineStart - 1), lineStart).isBlank();
        if (blankBefore && lineEnd < text.length() && text.substring(lineEnd, next).isBlank()) {
            return new TextSpan(lineStart, next);
        }
        return new TextSpan(lineStart, lineEnd);
    }

    static String indentAt(String text, int offset) {
        int start = lineStart(text, offset);
        int k = start;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k++;
        }
        return text.substring(start, k);
    }

    static String newline(String text) {
        return text.contains("\r\n") ? "\r\n" : "\n";
    }

    /** {@code payerName} → {@code PAYER_NAME}, {@code order-id} → {@code ORDER_ID}. */
    static String upperSnake(String name) {
        String withBreaks = NOT_WORD.matcher(CAMEL_BREAK.matcher(name).replaceAll("$1_$2")).replaceAll("_");
        String up = EDGE_UNDERSCORE.matcher(UNDERSCORES.matcher(withBreaks.toUpperCase(Locale.ROOT)).replaceAll("_")).replaceAll("");
        if (up.isEmpty()) {
            return name.toUpperCase(Locale.ROOT);
        }
        return Character.isDigit(up.charAt(0)) ? "_" + up : up;
    }

    static boolean isUpperSnake(String name) {
        return UPPER_SNAKE.matcher(name).matches();
    }
}
