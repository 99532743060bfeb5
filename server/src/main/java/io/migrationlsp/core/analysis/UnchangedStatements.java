package io.migrationlsp.core.analysis;

import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.sql.Statement;
import io.migrationlsp.core.text.TextSpan;
import java.util.List;

/**
 * The statements of an earlier model of a file that a new text of it leaves as they were. A
 * statement model is a function of its statement (tokens, terminator, section, suppressions, index)
 * and of the text inside its span only (the modeler keeps no state between statements), and every
 * span in it is absolute: so a statement equal to the earlier one at the same offsets, over the
 * same text, has the same model, and the earlier one is reused.
 */
final class UnchangedStatements {
    private final List<Statement> statements;
    private final List<StatementModel> models;
    private final String previousText;
    private final String text;
    /** Where the search for the next statement starts: statements are asked for in text order. */
    private int next;

    UnchangedStatements(SqlFile previous, String text) {
        this.statements = previous == null ? List.of() : previous.split().statements();
        this.models = previous == null ? List.of() : previous.models();
        this.previousText = previous == null ? null : previous.text();
        this.text = text;
    }

    /** The earlier model of {@code s} when {@code s} is unchanged, else null. */
    StatementModel modelOf(Statement s) {
        if (statements.size() != models.size()) {
            return null;
        }
        int start = s.span().start();
        while (next < statements.size() && statements.get(next).span().start() < start) {
            next++;
        }
        if (next >= statements.size()) {
            return null;
        }
        Statement old = statements.get(next);
        TextSpan span = old.span();
        if (span.start() != start || span.end() != s.span().end() || !sameContext(old, s)
                || !previousText.regionMatches(span.start(), text, span.start(), span.end() - span.start())) {
            return null;
        }
        return models.get(next);
    }

    /**
     * Equal statements over the same text at the same place: a token starts at the statement's start
     * in both texts, so the lexer cut the same text into the same tokens; what else a statement holds
     * comes from around it (its index, section and the suppressions on the line before). Cheaper than
     * comparing the token lists, which the record's equals would do token by token.
     */
    private static boolean sameContext(Statement old, Statement s) {
        return old.index() == s.index() && old.section() == s.section() && old.suppressed().equals(s.suppressed())
                && old.tokens().size() == s.tokens().size() && (old.terminator() == null) == (s.terminator() == null);
    }
}
