package io.migrationlsp.core.navigation;

import io.migrationlsp.core.analysis.SqlFile;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.text.Dialect;
import io.migrationlsp.core.text.Lexer;
import io.migrationlsp.core.text.Token;
import io.migrationlsp.core.text.TokenKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The symbol under a cursor: the lexer's tokens decide what kind of text the cursor is in (a
 * comment or an ordinary string is nothing), the statement model decides what a name means. A
 * cursor just after a name still counts as on it, as editors place the caret there after a word.
 */
public final class SymbolFinder {
    private SymbolFinder() {}

    public static Symbol at(SqlFile file, int offset) {
        List<Token> tokens = file.split().tokens();
        Token token = tokenAt(tokens, offset);
        if (token == null) {
            // A DO $$ ... $$ body is one token; the statements the model reads inside it have names too.
            Token body = dollarBodyAt(tokens, offset);
            token = body == null ? null : tokenAt(bodyTokens(body), offset);
        }
        if (token == null) {
            return null;
        }
        StatementModel top = statementAt(file, token.start());
        if (top == null) {
            return null;
        }
        Symbol best = null;
        for (Occurrence o : Occurrences.of(top)) {
            Symbol s = o.symbol();
            boolean wanted = token.kind() == TokenKind.STRING ? s.kind() == Symbol.Kind.PERMISSION : s.kind() != Symbol.Kind.PERMISSION;
            if (wanted && covers(s, token) && (best == null || s.span().length() < best.span().length())) {
                best = s;
            }
        }
        return best;
    }

    private static boolean covers(Symbol s, Token token) {
        if (token.kind() == TokenKind.STRING) {
            // The permission span is the string's content; the token adds its quotes.
            return token.start() <= s.span().start() && s.span().end() <= token.end();
        }
        return s.span().start() <= token.start() && token.end() <= s.span().end();
    }

    /**
     * The token the cursor is on: a name, else a string, else the dot of a qualified name, among
     * the tokens touching the offset (the one before and the one after it). Null inside a comment.
     */
    static Token tokenAt(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        int last = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() <= offset) {
                last = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        Token best = null;
        for (int i = Math.max(0, last - 1); i <= last; i++) {
            Token t = tokens.get(i);
            if (t.start() > offset || t.end() < offset) {
                continue;
            }
            if (t.kind().isComment() && t.start() < offset && offset < t.end()) {
                return null;
            }
            if (rank(t) > rank(best)) {
                best = t;
            }
        }
        return rank(best) > 0 ? best : null;
    }

    private static Token dollarBodyAt(List<Token> tokens, int offset) {
        for (Token t : tokens) {
            if (t.start() > offset) {
                break;
            }
            if (t.kind() == TokenKind.DOLLAR_STRING && t.start() < offset && offset <= t.end()) {
                return t;
            }
        }
        return null;
    }

    /** The tokens of a dollar-quoted body between its tags, at their offsets in the file. */
    private static List<Token> bodyTokens(Token body) {
        int tagEnd = body.text().indexOf('$', 1);
        if (tagEnd < 0) {
            return List.of();
        }
        int to = body.unterminated() ? body.text().length() : body.text().length() - (tagEnd + 1);
        if (to <= tagEnd + 1) {
            return List.of();
        }
        int shift = body.start() + tagEnd + 1;
        List<Token> out = new ArrayList<>();
        for (Token t : Lexer.lex(body.text().substring(tagEnd + 1, to), Dialect.POSTGRES)) {
            out.add(new Token(t.kind(), t.start() + shift, t.end() + shift, t.text(), t.unterminated()));
        }
        return out;
    }

    private static int rank(Token t) {
        if (t == null) {
            return 0;
        }
        if (t.isNameLike()) {
            return 3;
        }
        if (t.kind() == TokenKind.STRING) {
            return 2;
        }
        return t.isPunct(".") ? 1 : 0;
    }

    private static StatementModel statementAt(SqlFile file, int offset) {
        for (StatementModel m : file.models()) {
            var span = m.statement().span();
            if (span.start() <= offset && offset < span.end()) {
                return m;
            }
            if (span.start() > offset) {
                break;
            }
        }
        return null;
    }
}
