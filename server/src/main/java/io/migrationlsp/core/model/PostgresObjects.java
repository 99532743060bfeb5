package io.migrationlsp.core.model;

import io.migrationlsp.core.text.TextSpan;
import io.migrationlsp.core.text.Token;
import java.util.List;

/**
 * The Postgres forms of {@code CREATE} and {@code DROP} for objects other than tables and indexes:
 * {@code CREATE POLICY p ON t}, {@code CREATE SCHEMA|EXTENSION|SEQUENCE IF NOT EXISTS n},
 * {@code DROP POLICY|TRIGGER|RULE [IF EXISTS] n ON t}, {@code DROP VIEW|TYPE|... [IF EXISTS] a, b}.
 */
final class PostgresObjects {
    /** Object kinds written in two words after DROP: the second word is skipped. */
    private static final List<String> TWO_WORD_KINDS = List.of("MATERIALIZED", "FOREIGN", "EVENT", "ACCESS", "TEXT",
            "OPERATOR", "USER", "PROCEDURAL");

    private final NameReader names;

    PostgresObjects(NameReader names) {
        this.names = names;
    }

    /** At the object word of a {@code CREATE} (not TABLE or INDEX). */
    void create(StatementModel m, Cursor c) {
        c.next();
        if (m.objectKind.equals("POLICY")) {
            policy(m, c);
            return;
        }
        if (c.accept("IF", "NOT", "EXISTS")) {
            m.ifNotExists = true;
        }
        if (m.kind == StatementKind.CREATE_SCHEMA && c.at("AUTHORIZATION")) {
            return;
        }
        m.target = names.readName(c);
    }

    /** At the object word of a {@code DROP} (not TABLE or INDEX). */
    void drop(StatementModel m, Cursor c) {
        if (TWO_WORD_KINDS.contains(m.objectKind) && c.peek(1) != null) {
            m.objectKind = m.objectKind + " " + c.peek(1).upper();
            c.next();
        }
        c.next();
        if (c.accept("IF", "EXISTS")) {
            m.ifExists = true;
        }
        if (m.objectKind.equals("POLICY")) {
            policy(m, c);
            if (m.policy != null) {
                m.dropped.add(new QualifiedName(List.of(m.policy.name()), m.policy.name().span()));
            }
            return;
        }
        while (!c.eof()) {
            QualifiedName name = names.readName(c);
            if (name == null) {
                break;
            }
            m.dropped.add(name);
            if (c.atPunct("(")) {
                c.skipParens();
            }
            if (!c.acceptPunct(",")) {
                break;
            }
        }
        if ((m.objectKind.equals("TRIGGER") || m.objectKind.equals("RULE")) && c.accept("ON")) {
            m.target = names.readName(c);
        }
    }

    /** {@code name ON table}: the policy, and the table as the statement's target. */
    private void policy(StatementModel m, Cursor c) {
        int start = c.pos;
        Ident name = names.readIdent(c);
        if (name == null) {
            return;
        }
        QualifiedName table = c.accept("ON") ? names.readName(c) : null;
        Token last = c.tokens.get(c.pos - 1);
        m.policy = new PolicyDef(name, table, new TextSpan(c.tokens.get(start).start(), last.end()));
        m.target = table;
    }

    /** Whether the statement has a {@code WHERE} outside parentheses (a sub-select's own WHERE does not count). */
    static boolean hasTopLevelWhere(List<Token> tokens) {
        int depth = 0;
        for (Token t : tokens) {
            if (t.isPunct("(")) {
                depth++;
            } else if (t.isPunct(")")) {
                depth--;
            } else if (depth == 0 && t.is("WHERE")) {
                return true;
            }
        }
        return false;
    }
}
