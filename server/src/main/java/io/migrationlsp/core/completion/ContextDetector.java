package io.migrationlsp.core.completion;

import io.migrationlsp.core.completion.CompletionContext.Kind;
import io.migrationlsp.core.text.Dialect;
import io.migrationlsp.core.text.Lexer;
import io.migrationlsp.core.text.TextSpan;
import io.migrationlsp.core.text.Token;
import io.migrationlsp.core.text.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides which {@link CompletionContext} the cursor is in from the lexer's tokens of the text
 * before it. The text after the cursor is ignored on purpose: while the user types, the rest of
 * the statement is missing or belongs to the next one, and a quote opened at the cursor would
 * otherwise run on into the following statements.
 */
public final class ContextDetector {
    /** A line comment that may be on its way to a section header: dashes, equals signs, letters. */
    private static final Pattern HEADER_LIKE = Pattern.compile("--[-=\\sA-Za-z]*");

    private ContextDetector() {}

    public static CompletionContext detect(String text, int offset, String placeholder) {
        return detect(text, offset, placeholder, Dialect.TSQL);
    }

    /**
     * In a Postgres file only the contexts of {@link PostgresContexts} and statement starts exist:
     * no role or permission strings, no section headers, no bracketed names.
     */
    public static CompletionContext detect(String text, int offset, String placeholder, Dialect dialect) {
        int cursor = Math.max(0, Math.min(offset, text.length()));
        if (dialect == Dialect.POSTGRES) {
            return postgres(text, cursor, Lexer.lex(text.substring(0, cursor), Dialect.POSTGRES), false);
        }
        List<Token> tokens = Lexer.lex(text.substring(0, cursor), Dialect.TSQL);
        Token last = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
        boolean touching = last != null && last.end() == cursor;
        List<Token> sig = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            if (!t.kind().isComment()) {
                sig.add(t);
            }
        }
        if (!touching || last.kind() == TokenKind.PUNCT) {
            return clause(text, cursor, sig, null, placeholder);
        }
        if (!last.kind().isComment()) {
            sig.remove(sig.size() - 1);
        }
        return switch (last.kind()) {
            case LINE_COMMENT -> headerComment(text, last);
            case STRING -> last.unterminated() ? StringContexts.detect(sig, last, placeholder) : CompletionContext.none();
            case WORD -> clause(text, cursor, sig, last, placeholder);
            case QUOTED_IDENT -> last.unterminated() && last.text().startsWith("[")
                    ? clause(text, cursor, sig, last, placeholder) : CompletionContext.none();
            default -> CompletionContext.none();
        };
    }

    private static CompletionContext clause(String text, int cursor, List<Token> sig, Token typed, String placeholder) {
        String prefix = typed == null ? "" : typed.text();
        TextSpan replace = new TextSpan(typed == null ? cursor : typed.start(), cursor);
        if (!prefix.startsWith("[") && atStatementStart(text, replace.start(), sig)) {
            return CompletionContext.of(Kind.STATEMENT, prefix, replace);
        }
        return ClauseContexts.detect(sig, prefix, replace, placeholder);
    }

    /**
     * A Postgres file: a name being typed (or none yet) in a statement, or a statement start; a
     * cursor inside a {@code DO $$} or function body reads the SQL of the body up to the cursor
     * (no statement snippets there: the templates are whole migrations' statements).
     */
    private static CompletionContext postgres(String text, int cursor, List<Token> tokens, boolean inBody) {
        Token last = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
        boolean touching = last != null && last.end() == cursor;
        List<Token> sig = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            if (!t.kind().isComment()) {
                sig.add(t);
            }
        }
        if (!touching || last.kind() == TokenKind.PUNCT) {
            return postgresClause(text, cursor, sig, null, inBody);
        }
        if (last.kind() == TokenKind.DOLLAR_STRING && last.unterminated() && !inBody) {
            // A body after DO or a function's AS holds SQL; any other dollar-quoted text is a string.
            Token before = sig.size() >= 2 ? sig.get(sig.size() - 2) : null;
            return before != null && before.isAny("DO", "AS") ? postgres(text, cursor, bodyTokens(text, last), true)
                    : CompletionContext.none();
        }
        if (last.kind() != TokenKind.WORD) {
            return CompletionContext.none();
        }
        sig.remove(sig.size() - 1);
        return postgresClause(text, cursor, sig, last, inBody);
    }

    private static CompletionContext postgresClause(String text, int cursor, List<Token> sig, Token typed, boolean inBody) {
        String prefix = typed == null ? "" : typed.text();
        TextSpan replace = new TextSpan(typed == null ? cursor : typed.start(), cursor);
        if (!inBody && atStatementStart(text, replace.start(), sig)) {
            return CompletionContext.of(Kind.STATEMENT, prefix, replace);
        }
        return PostgresContexts.detect(sig, prefix, replace, inBody);
    }

    /** The tokens of an open dollar-quoted body after its tag, at their offsets in the text. */
    private static List<Token> bodyTokens(String text, Token body) {
        int tagEnd = body.text().indexOf('$', 1);
        if (tagEnd < 0) {
            return List.of();
        }
        int from = body.start() + tagEnd + 1;
        List<Token> out = new ArrayList<>();
        for (Token t : Lexer.lex(text.substring(from, body.end()), Dialect.POSTGRES)) {
            out.add(new Token(t.kind(), t.start() + from, t.end() + from, t.text(), t.unterminated()));
        }
        return out;
    }

    /**
     * First on its line, after nothing, a {@code ;}, {@code GO} or a block keyword, or after the
     * {@code )} that closes a {@code CREATE TABLE}, an index, an {@code ALTER TABLE} or the last
     * {@code VALUES} row of an insert: where a statement may begin.
     */
    private static boolean atStatementStart(String text, int wordStart, List<Token> sig) {
        if (!onlyBlanksBefore(text, wordStart)) {
            return false;
        }
        if (sig.isEmpty()) {
            return true;
        }
        Token prev = sig.get(sig.size() - 1);
        if (prev.isPunct(";") || prev.isAny("GO", "BEGIN", "END")) {
            return true;
        }
        if (!prev.isPunct(")")) {
            return false;
        }
        StatementHead head = StatementHead.find(sig);
        if (head == null || !closesEverything(sig, head.index())) {
            return false;
        }
        return switch (head.kind()) {
            case CREATE_TABLE, CREATE_INDEX, ALTER_TABLE -> true;
            case INSERT -> sig.subList(head.index(), sig.size()).stream().anyMatch(t -> t.is("VALUES"));
            case OTHER -> false;
        };
    }

    private static boolean closesEverything(List<Token> sig, int from) {
        int depth = 0;
        for (int k = from; k < sig.size(); k++) {
            depth += sig.get(k).isPunct("(") ? 1 : sig.get(k).isPunct(")") ? -1 : 0;
        }
        return depth == 0;
    }

    private static CompletionContext headerComment(String text, Token comment) {
        if (!onlyBlanksBefore(text, comment.start()) || !HEADER_LIKE.matcher(comment.text()).matches()) {
            return CompletionContext.none();
        }
        return CompletionContext.of(Kind.HEADER_COMMENT, comment.text(), comment.span());
    }

    private static boolean onlyBlanksBefore(String text, int offset) {
        for (int i = offset - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return true;
            }
            if (c != ' ' && c != '\t' && c != '\uFEFF') {
                return false;
            }
        }
        return true;
    }
}
