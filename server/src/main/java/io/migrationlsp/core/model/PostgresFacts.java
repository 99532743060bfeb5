package io.migrationlsp.core.model;

import io.migrationlsp.core.text.TextSpan;
import io.migrationlsp.core.text.Token;
import io.migrationlsp.core.text.TokenKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Postgres details the statement model leaves in the tokens, read on demand: enum values, the
 * table a policy or trigger is on, {@code ALTER TYPE}'s target, a constraint's name, where
 * {@code IF NOT EXISTS} / {@code OR REPLACE} would go. Every method returns null (or empty) for a
 * statement it does not recognise.
 */
public final class PostgresFacts {
    private static final NameReader NAMES = new NameReader("");

    private PostgresFacts() {}

    /** {@code CREATE TYPE t AS ENUM ('a', 'b')}: the values in order; null when the statement is no enum. */
    public static List<String> enumValues(StatementModel m) {
        if (m.kind() != StatementKind.CREATE_TYPE || m.target() == null) {
            return null;
        }
        Cursor c = after(m, m.target().span());
        if (c == null || !c.accept("AS", "ENUM") || !c.atPunct("(")) {
            return null;
        }
        int close = c.matchingClose(c.pos);
        List<String> values = new ArrayList<>();
        for (int k = c.pos + 1; k < close - 1; k++) {
            Token t = c.tokens.get(k);
            if (t.kind() == TokenKind.STRING) {
                values.add(t.stringValue());
            }
        }
        return values;
    }

    /** {@code ALTER TYPE t ...}: the type's name; null for other statements. */
    public static QualifiedName alteredType(StatementModel m) {
        List<Token> tokens = m.tokens();
        if (tokens.size() < 3 || !tokens.get(0).is("ALTER") || !tokens.get(1).is("TYPE")) {
            return null;
        }
        return NAMES.readName(new Cursor(tokens, 2, tokens.size()));
    }

    /** {@code ALTER TYPE t ADD VALUE / RENAME VALUE}: changes that only an enum accepts. */
    public static boolean altersEnumValues(StatementModel m) {
        List<Token> tokens = m.tokens();
        for (int k = 3; k + 1 < tokens.size(); k++) {
            if (tokens.get(k).isAny("ADD", "RENAME") && tokens.get(k + 1).is("VALUE")) {
                return true;
            }
        }
        return false;
    }

    /** {@code CREATE TEMP|TEMPORARY TABLE}: gone at the end of the session, outside any schema rule. */
    public static boolean isTemporary(StatementModel m) {
        for (Token t : m.tokens()) {
            if (t.isAny("TEMP", "TEMPORARY")) {
                return true;
            }
            if (t.isAny("TABLE", "AS")) {
                return false;
            }
        }
        return false;
    }

    /** The table of {@code CREATE POLICY p ON t} or {@code CREATE TRIGGER x ... ON t}; null otherwise. */
    public static QualifiedName onTable(StatementModel m) {
        List<Token> tokens = m.tokens();
        int depth = 0;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.isPunct("(")) {
                depth++;
            } else if (t.isPunct(")")) {
                depth--;
            } else if (depth == 0 && t.is("ON")) {
                Cursor c = new Cursor(tokens, k + 1, tokens.size());
                c.accept("ONLY");
                return NAMES.readName(c);
            }
        }
        return null;
    }

    /**
     * {@code DROP POLICY|TRIGGER [IF EXISTS] name ON table}: the kind word, the name and the table,
     * or null for other statements.
     */
    public static Dropped droppedObject(StatementModel m) {
        List<Token> tokens = m.tokens();
        if (tokens.size() < 3 || !tokens.get(0).is("DROP") || !tokens.get(1).isAny("POLICY", "TRIGGER")) {
            return null;
        }
        Cursor c = new Cursor(tokens, 2, tokens.size());
        boolean ifExists = c.accept("IF", "EXISTS");
        Ident name = NAMES.readIdent(c);
        QualifiedName table = c.accept("ON") ? NAMES.readName(c) : null;
        return name == null ? null : new Dropped(tokens.get(1).upper(), name, table, ifExists);
    }

    /** A dropped policy or trigger: {@code kind} is {@code POLICY} or {@code TRIGGER}. */
    public record Dropped(String kind, Ident name, QualifiedName table, boolean ifExists) {}

    /** The name an {@code ADD CONSTRAINT name ...} action gives; null when it gives none. */
    public static Ident constraintName(StatementModel m, AlterAction a) {
        Cursor c = within(m, a.span());
        if (c == null || !c.accept("ADD", "CONSTRAINT")) {
            return null;
        }
        return NAMES.readIdent(c);
    }

    /** The names of the constraints {@code ALTER TABLE ... DROP CONSTRAINT IF EXISTS name} removes. */
    public static List<Ident> droppedConstraintsIfExist(StatementModel m) {
        List<Ident> out = new ArrayList<>();
        for (AlterAction a : m.alterActions()) {
            if (a.kind() == AlterAction.Kind.DROP_CONSTRAINT && a.ifExists()) {
                out.addAll(a.names());
            }
        }
        return out;
    }

    /** Whether an {@code ADD [COLUMN] IF NOT EXISTS} action says so. */
    public static boolean addsIfNotExists(StatementModel m, AlterAction a) {
        Cursor c = within(m, a.span());
        if (c == null || !c.accept("ADD")) {
            return false;
        }
        c.accept("COLUMN");
        return c.accept("IF", "NOT", "EXISTS");
    }

    /**
     * Where {@code IF NOT EXISTS } goes in an action {@code ADD [COLUMN] c ...}: the offset of the
     * column name, or -1.
     */
    public static int addColumnNameOffset(StatementModel m, AlterAction a) {
        Cursor c = within(m, a.span());
        if (c == null || !c.accept("ADD")) {
            return -1;
        }
        c.accept("COLUMN");
        Token name = c.peek();
        return name == null ? -1 : name.start();
    }

    /**
     * Where {@code IF NOT EXISTS } goes in {@code CREATE [UNIQUE] TABLE|INDEX [CONCURRENTLY]|SCHEMA|EXTENSION name}:
     * the offset of the name (or of {@code ON} for an unnamed index), or -1.
     */
    public static int ifNotExistsOffset(StatementModel m) {
        List<Token> tokens = m.tokens();
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.isAny("TABLE", "INDEX", "SCHEMA", "EXTENSION", "SEQUENCE")) {
                int n = k + 1;
                if (n < tokens.size() && tokens.get(n).is("CONCURRENTLY")) {
                    n++;
                }
                return n < tokens.size() ? tokens.get(n).start() : -1;
            }
        }
        return -1;
    }

    private static Cursor after(StatementModel m, TextSpan span) {
        List<Token> tokens = m.tokens();
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).start() >= span.end()) {
                return new Cursor(tokens, k, tokens.size());
            }
        }
        return null;
    }

    private static Cursor within(StatementModel m, TextSpan span) {
        List<Token> tokens = m.tokens();
        int from = -1;
        int to = tokens.size();
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (from < 0 && t.start() >= span.start()) {
                from = k;
            }
            if (t.start() >= span.end()) {
                to = k;
                break;
            }
        }
        return from < 0 || from >= to ? null : new Cursor(tokens, from, to);
    }
}
