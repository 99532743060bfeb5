package io.migrationlsp.core.model;

import io.migrationlsp.core.sql.Statement;
import io.migrationlsp.core.text.Dialect;
import io.migrationlsp.core.text.Lexer;
import io.migrationlsp.core.text.TextSpan;
import io.migrationlsp.core.text.Token;
import io.migrationlsp.core.text.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the PL/pgSQL body of {@code DO $$ ... $$}: the SQL statements inside it, each modelled like
 * a top-level one, with the {@code IF} conditions and exception handlers around it as a
 * {@link DoContext} (idempotent migrations put {@code CREATE POLICY} and friends under
 * {@code IF NOT EXISTS (SELECT ... FROM pg_policies ...)}). Control flow it does not know is
 * skipped a token at a time, so a malformed body yields fewer statements, never an error.
 */
final class DoBlockReader {
    /** Statements worth modelling: DDL and data changes (assignments, RAISE, PERFORM, EXECUTE are not). */
    private static final Set<String> SQL_START = Set.of(
            "CREATE", "ALTER", "DROP", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "GRANT", "REVOKE", "COMMENT");
    private static final Set<String> LOOP_START = Set.of("LOOP", "WHILE", "FOR", "FOREACH");
    /** Blocks, IFs and loops nested deeper than this are skipped, not read: the reader recurses. */
    private static final int MAX_DEPTH = 100;

    private final String text;
    private final Function<Statement, StatementModel> modeler;
    private final List<StatementModel> out = new ArrayList<>();
    private final List<Guard> guards = new ArrayList<>();
    private Statement enclosing;
    private int depth;
    private List<Token> t;
    private int i;

    DoBlockReader(String text, Function<Statement, StatementModel> modeler) {
        this.text = text;
        this.modeler = modeler;
    }

    /** The statements inside the {@code DO} statement's dollar-quoted body, in text order. */
    List<StatementModel> read(Statement doStatement) {
        Token body = null;
        for (Token tok : doStatement.tokens()) {
            if (tok.kind() == TokenKind.DOLLAR_STRING) {
                body = tok;
                break;
            }
        }
        if (body == null) {
            return List.of();
        }
        int tagEnd = body.text().indexOf('$', 1);
        if (tagEnd < 0) {
            return List.of();
        }
        int from = body.start() + tagEnd + 1;
        int to = body.unterminated() ? body.end() : body.end() - (tagEnd + 1);
        if (to <= from) {
            return List.of();
        }
        enclosing = doStatement;
        t = new ArrayList<>();
        for (Token tok : Lexer.lex(text.substring(from, to), Dialect.POSTGRES)) {
            if (!tok.kind().isComment()) {
                t.add(new Token(tok.kind(), tok.start() + from, tok.end() + from, tok.text(), tok.unterminated()));
            }
        }
        i = 0;
        while (i < t.size()) {
            int before = i;
            statements(Set.of());
            if (i == before) {
                i++;
            }
        }
        return List.copyOf(out);
    }

    /** Statements until one of {@code stop} (a word at a statement start) or the end. */
    private void statements(Set<String> stop) {
        while (i < t.size()) {
            Token tok = t.get(i);
            if (tok.kind() == TokenKind.WORD && stop.contains(tok.upper())) {
                return;
            }
            int before = i;
            statement();
            if (i == before) {
                i++;
            }
        }
    }

    private void statement() {
        Token tok = t.get(i);
        if (tok.isPunct(";")) {
            i++;
            return;
        }
        if (tok.isPunct("<<") || tok.isPunct("<")) {
            skipLabel();
            return;
        }
        String word = tok.kind() == TokenKind.WORD ? tok.upper() : "";
        if (depth >= MAX_DEPTH) {
            simple(false);
            return;
        }
        depth++;
        try {
            control(word);
        } finally {
            depth--;
        }
    }

    private void control(String word) {
        switch (word) {
            case "DECLARE", "BEGIN" -> block();
            case "IF" -> ifStatement();
            case "CASE" -> skipUntilEnd("CASE");
            default -> {
                if (LOOP_START.contains(word)) {
                    loop();
                } else {
                    simple(SQL_START.contains(word));
                }
            }
        }
    }

    /** {@code [DECLARE ...] BEGIN ... [EXCEPTION WHEN c [OR c] THEN ...] END [label];} */
    private void block() {
        while (i < t.size() && !t.get(i).is("BEGIN")) {
            i++;
        }
        i++;
        List<String> handled = new ArrayList<>();
        int firstOut = out.size();
        statements(Set.of("END", "EXCEPTION"));
        int bodyEnd = out.size();
        if (i < t.size() && t.get(i).is("EXCEPTION")) {
            i++;
            while (i < t.size() && t.get(i).is("WHEN")) {
                i++;
                while (i < t.size() && !t.get(i).is("THEN")) {
                    Token c = t.get(i++);
                    if (c.kind() == TokenKind.WORD && !c.is("OR") && !c.is("SQLSTATE")) {
                        handled.add(c.text().toLowerCase(Locale.ROOT));
                    }
                }
                i++;
                guards.add(new Guard(Guard.Kind.OTHER, TextSpan.of(t.get(Math.min(i, t.size()) - 1).start(),
                        t.get(Math.min(i, t.size()) - 1).end()), "EXCEPTION", false));
                statements(Set.of("WHEN", "END"));
                guards.remove(guards.size() - 1);
            }
        }
        // The handlers are read after the body: the body's statements learn what is caught only now.
        if (!handled.isEmpty()) {
            for (int k = firstOut; k < bodyEnd; k++) {
                StatementModel m = out.get(k);
                List<String> all = new ArrayList<>(m.doContext.handledErrors());
                all.addAll(handled);
                m.doContext = new DoContext(m.doContext.guards(), List.copyOf(all));
            }
        }
        endOf(null);
    }

    /** {@code IF c THEN ... [ELSIF c THEN ...] [ELSE ...] END IF;} */
    private void ifStatement() {
        Guard first = condition();
        guards.add(first);
        statements(Set.of("ELSIF", "ELSEIF", "ELSE", "END"));
        guards.remove(guards.size() - 1);
        while (i < t.size() && t.get(i).isAny("ELSIF", "ELSEIF")) {
            guards.add(condition());
            statements(Set.of("ELSIF", "ELSEIF", "ELSE", "END"));
            guards.remove(guards.size() - 1);
        }
        if (i < t.size() && t.get(i).is("ELSE")) {
            i++;
            guards.add(new Guard(inverse(first.kind()), first.span(), first.conditionText(), false));
            statements(Set.of("END"));
            guards.remove(guards.size() - 1);
        }
        endOf("IF");
    }

    /** At IF/ELSIF: reads the condition up to THEN (at depth 0) and steps past THEN. */
    private Guard condition() {
        i++;
        int start = i;
        int depth = 0;
        while (i < t.size()) {
            Token tok = t.get(i);
            if (tok.isPunct("(")) {
                depth++;
            } else if (tok.isPunct(")")) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && (tok.is("THEN") || tok.isPunct(";"))) {
                break;
            }
            i++;
        }
        int end = i;
        if (i < t.size() && t.get(i).is("THEN")) {
            i++;
        }
        if (end <= start) {
            Token at = t.get(Math.min(start, t.size()) - 1);
            return new Guard(Guard.Kind.OTHER, at.span(), "", false);
        }
        TextSpan span = TextSpan.of(t.get(start).start(), t.get(end - 1).end());
        Guard.Kind kind = Guard.Kind.OTHER;
        if (t.get(start).is("EXISTS")) {
            kind = Guard.Kind.IF_EXISTS;
        } else if (t.get(start).is("NOT") && start + 1 < end && t.get(start + 1).is("EXISTS")) {
            kind = Guard.Kind.IF_NOT_EXISTS;
        }
        return new Guard(kind, span, text.substring(span.start(), span.end()), false);
    }

    private static Guard.Kind inverse(Guard.Kind k) {
        return switch (k) {
            case IF_EXISTS -> Guard.Kind.IF_NOT_EXISTS;
            case IF_NOT_EXISTS -> Guard.Kind.IF_EXISTS;
            default -> Guard.Kind.OTHER;
        };
    }

    /** {@code [<<label>>] LOOP|WHILE c LOOP|FOR ... LOOP ... END LOOP [label];} */
    private void loop() {
        while (i < t.size() && !t.get(i).is("LOOP")) {
            i++;
        }
        i++;
        guards.add(new Guard(Guard.Kind.OTHER, t.get(Math.min(i, t.size()) - 1).span(), "LOOP", false));
        statements(Set.of("END"));
        guards.remove(guards.size() - 1);
        endOf("LOOP");
    }

    /** At END: steps past {@code END [word] [label] ;}. */
    private void endOf(String word) {
        if (i >= t.size() || !t.get(i).is("END")) {
            return;
        }
        i++;
        if (word != null && i < t.size() && t.get(i).is(word)) {
            i++;
        }
        while (i < t.size() && !t.get(i).isPunct(";") && t.get(i).kind() == TokenKind.WORD
                && !t.get(i).isAny("END", "ELSE", "ELSIF", "ELSEIF", "EXCEPTION", "WHEN")) {
            i++;
        }
        if (i < t.size() && t.get(i).isPunct(";")) {
            i++;
        }
    }

    private void skipLabel() {
        while (i < t.size() && !t.get(i).isPunct(">>") && !t.get(i).isPunct(";")) {
            i++;
            if (i < t.size() && t.get(i).isPunct(">") && i + 1 < t.size() && t.get(i + 1).isPunct(">")) {
                i++;
                break;
            }
        }
        i++;
    }

    /** {@code CASE ... END CASE;} as a statement: skipped whole. */
    private void skipUntilEnd(String word) {
        while (i < t.size() && !(t.get(i).is("END") && i + 1 < t.size() && t.get(i + 1).is(word))) {
            i++;
        }
        endOf(word);
    }

    /** A statement up to its {@code ;} at depth 0; modelled when it is SQL worth knowing. */
    private void simple(boolean model) {
        int start = i;
        int depth = 0;
        while (i < t.size()) {
            Token tok = t.get(i);
            if (tok.isPunct("(")) {
                depth++;
            } else if (tok.isPunct(")")) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && tok.isPunct(";")) {
                break;
            }
            i++;
        }
        int end = i;
        Token terminator = i < t.size() ? t.get(i) : null;
        if (terminator != null) {
            i++;
        }
        if (!model || end <= start) {
            return;
        }
        Statement s = new Statement(enclosing.index(), List.copyOf(t.subList(start, end)), terminator,
                enclosing.section(), enclosing.suppressed());
        StatementModel m = modeler.apply(s);
        m.doContext = new DoContext(List.copyOf(guards), List.of());
        if (m.guard == null && !guards.isEmpty()) {
            m.guard = guards.get(guards.size() - 1);
        }
        out.add(m);
    }
}
