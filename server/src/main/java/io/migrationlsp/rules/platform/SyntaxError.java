package io.migrationlsp.rules.platform;

import io.migrationlsp.core.analysis.SqlValidator;
import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.model.StatementKind;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import io.migrationlsp.core.sql.Statement;
import io.migrationlsp.core.text.TextSpan;
import io.migrationlsp.core.text.Token;
import io.migrationlsp.core.text.TokenKind;
import java.util.Set;

/**
 * Reports SQL that cannot run, only where that is certain: an unterminated string, identifier or
 * comment; unbalanced parentheses; and JSqlParser's verdict on the plain statements it fully
 * understands (CREATE TABLE, INSERT ... VALUES, ALTER TABLE ... ADD). Statements that are merely not
 * modelled, or use T-SQL JSqlParser 5.3 rejects, get nothing.
 */
public final class SyntaxError implements Rule {
    private static final RuleMeta META = new RuleMeta("syntax-error", Severity.WARNING, Profile.PLATFORM,
            "a statement that is not valid T-SQL (only where certain)");
    /** Words JSqlParser 5.3 rejects in otherwise valid T-SQL (PARSER-NOTES.md): their presence makes its verdict unusable. */
    private static final Set<String> UNTRUSTED_WORDS = Set.of(
            "CLUSTERED", "NONCLUSTERED", "FOR", "WITH", "TEXTIMAGE_ON", "FILESTREAM_ON", "PERIOD", "ROWGUIDCOL",
            "SPARSE", "MASKED", "COLLATE", "AS", "OUTPUT", "TOP", "GENERATED", "PERSISTED", "NOCHECK", "CHECK",
            "CONSTRAINT", "INDEX", "OPTION", "EXEC", "EXECUTE", "MAX");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public boolean parses() {
        return true;
    }

    @Override
    public void check(RuleContext ctx) {
        for (Token t : ctx.file().split().tokens()) {
            if (t.unterminated()) {
                ctx.report(new TextSpan(t.start(), Math.min(t.end(), t.start() + 1)), unterminated(t));
            }
        }
        // JSqlParser costs ~0.3 ms a statement: a file of 100k distinct statements would take
        // a minute. Past the file's budget, the remaining statements are "not analysed", never errors.
        long deadline = System.nanoTime() + ctx.validator().fileBudgetNanos();
        for (StatementModel m : ctx.file().models()) {
            Statement s = m.statement();
            if (hasUnterminated(s) || !balanced(ctx, s)) {
                continue;
            }
            if (trusted(m) && System.nanoTime() < deadline) {
                askJSqlParser(ctx, s);
            }
        }
    }

    private static String unterminated(Token t) {
        return switch (t.kind()) {
            case STRING -> "This string literal is never closed: add the closing quote.";
            case QUOTED_IDENT -> "This quoted identifier is never closed: add the closing " + (t.text().startsWith("[") ? "]" : "\"") + ".";
            case BLOCK_COMMENT -> "This comment is never closed: add */.";
            default -> "This quoted body is never closed.";
        };
    }

    private static boolean hasUnterminated(Statement s) {
        for (Token t : s.tokens()) {
            if (t.unterminated()) {
                return true;
            }
        }
        return false;
    }

    /** Reports a ')' with no '(' or a '(' still open at the end of the statement; false when unbalanced. */
    private static boolean balanced(RuleContext ctx, Statement s) {
        java.util.ArrayDeque<Token> open = new java.util.ArrayDeque<>();
        for (Token t : s.tokens()) {
            if (t.isPunct("(")) {
                open.push(t);
            } else if (t.isPunct(")")) {
                if (open.isEmpty()) {
                    ctx.report(t.span(), "This ')' closes nothing: remove it or add the matching '('.");
                    return false;
                }
                open.pop();
            }
        }
        if (!open.isEmpty()) {
            Token first = open.getLast();
            ctx.report(first.span(), "This '(' is never closed before the statement ends: add the matching ')'.");
            return false;
        }
        return true;
    }

    private static boolean trusted(StatementModel m) {
        if (m.guard() != null || !m.inner().isEmpty()) {
            return false;
        }
        boolean kindOk = m.kind() == StatementKind.CREATE_TABLE || (m.kind() == StatementKind.INSERT && !m.insertRows().isEmpty())
                || (m.kind() == StatementKind.ALTER_TABLE && !m.alterActions().isEmpty()
                    && m.alterActions().stream().allMatch(a -> a.kind() == io.migrationlsp.core.model.AlterAction.Kind.ADD_COLUMN));
        if (!kindOk) {
            return false;
        }
        java.util.List<Token> tokens = m.statement().tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() == TokenKind.WORD && UNTRUSTED_WORDS.contains(t.upper())) {
                return false;
            }
            // ON only in ON DELETE / ON UPDATE; ON [PRIMARY] (a filegroup) is T-SQL JSqlParser rejects.
            if (t.is("ON") && !(i + 1 < tokens.size() && tokens.get(i + 1).isAny("DELETE", "UPDATE"))) {
                return false;
            }
            // ON DELETE SET NULL / SET DEFAULT / NO ACTION on a column's inline REFERENCES: valid T-SQL JSqlParser rejects.
            if (t.isAny("DELETE", "UPDATE") && i > 0 && tokens.get(i - 1).is("ON")
                    && i + 1 < tokens.size() && tokens.get(i + 1).isAny("SET", "NO")) {
                return false;
            }
            // Negative IDENTITY seeds and a trailing comma before ')' are valid T-SQL that JSqlParser rejects.
            if (t.isPunct("-") && i > 1 && tokens.get(i - 1).isPunct("(") && tokens.get(i - 2).is("IDENTITY")) {
                return false;
            }
            if (t.isPunct(",") && i + 1 < tokens.size() && tokens.get(i + 1).isPunct(")")) {
                return false;
            }
            if (i == 1 && m.kind() == StatementKind.INSERT && !t.is("INTO")) {
                return false;
            }
            if (t.is("SELECT") && m.kind() != StatementKind.INSERT) {
                return false;
            }
            if (t.kind() == TokenKind.DOLLAR_STRING || t.kind() == TokenKind.BLOCK_COMMENT || t.isPunct("::")) {
                return false;
            }
        }
        return true;
    }

    private static void askJSqlParser(RuleContext ctx, Statement s) {
        TextSpan body = s.bodySpan();
        String sql = mask(ctx, s, body);
        SqlValidator.Result r = ctx.validator().validate(sql, ctx.profile().dialect());
        if (r.outcome() != SqlValidator.Outcome.INVALID) {
            return;
        }
        int at = body.start() + Math.max(0, Math.min(r.offset(), sql.length()));
        Token near = tokenAt(s, at);
        TextSpan span = near != null ? near.span() : new TextSpan(body.start(), body.start());
        ctx.report(span, "Invalid SQL: " + r.message() + ".");
    }

    /** Replaces braced placeholders by an identifier of the same length so offsets stay true. */
    private static String mask(RuleContext ctx, Statement s, TextSpan body) {
        char[] chars = ctx.text().substring(body.start(), body.end()).toCharArray();
        // The statement's own tokens, not the file's: once per statement, this must not be quadratic.
        for (Token t : s.tokens()) {
            if (t.kind() == TokenKind.BRACED && t.start() >= body.start() && t.end() <= body.end()) {
                for (int i = t.start(); i < t.end(); i++) {
                    chars[i - body.start()] = i == t.start() ? 'S' : '_';
                }
            }
        }
        return new String(chars);
    }

    private static Token tokenAt(Statement s, int offset) {
        Token last = null;
        for (Token t : s.tokens()) {
            if (t.start() <= offset) {
                last = t;
            }
        }
        return last;
    }
}
