package io.migrationlsp.core.completion;

import static io.migrationlsp.core.completion.ClauseContexts.column;
import static io.migrationlsp.core.completion.ClauseContexts.columnList;
import static io.migrationlsp.core.completion.ClauseContexts.indexColumns;
import static io.migrationlsp.core.completion.ClauseContexts.type;

import io.migrationlsp.core.completion.CompletionContext.Kind;
import io.migrationlsp.core.text.TextSpan;
import io.migrationlsp.core.text.Token;
import io.migrationlsp.core.text.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The contexts of a Postgres migration outside strings and comments: a table after a schema or
 * after a keyword that takes one, a column of the statement's (or the referenced) table, the type of
 * a new or retyped column. A Postgres statement ends at its {@code ;} ({@code $$} bodies are single
 * tokens), so the statement is read forward from the token after the last {@code ;}.
 */
final class PostgresContexts {
    /** Words that open a table element or an ADD action that is not a column definition. */
    private static final Set<String> NOT_A_COLUMN = Set.of("CONSTRAINT", "PRIMARY", "FOREIGN", "UNIQUE", "CHECK",
            "EXCLUDE", "LIKE", "COLUMN", "IF");
    /** Objects whose new name a {@code CREATE ... schema.} names: no table goes there. */
    private static final Set<String> CREATED_OBJECTS = Set.of("TABLE", "VIEW", "FUNCTION", "PROCEDURE", "TYPE",
            "SEQUENCE", "TRIGGER", "SCHEMA", "DOMAIN", "INDEX");
    /** Words before {@code UPDATE} that make it part of another statement ({@code FOR UPDATE}, {@code ON UPDATE CASCADE}). */
    private static final Set<String> UPDATE_INSIDE = Set.of("FOR", "ON", "BEFORE", "AFTER", "OR", "OF", "GRANT", "REVOKE");

    /** PL/pgSQL words after which a body's next SQL statement starts. */
    private static final String[] BODY_BOUNDARIES = {"BEGIN", "THEN", "ELSE", "LOOP", "DECLARE"};

    private PostgresContexts() {}

    /** @param inBody whether the tokens are a PL/pgSQL body's, where block and IF keywords also end a statement */
    static CompletionContext detect(List<Token> sig, String prefix, TextSpan replace, boolean inBody) {
        int start = statementStart(sig, inBody);
        List<Token> stmt = sig.subList(start, sig.size());
        CompletionContext found = afterSchema(stmt);
        if (found == null) {
            found = afterTableKeyword(stmt);
        }
        if (found == null) {
            found = referencedColumns(stmt);
        }
        if (found == null && !stmt.isEmpty()) {
            found = byHead(stmt);
        }
        if (found == null || found.kind() == Kind.NONE) {
            return CompletionContext.none();
        }
        return new CompletionContext(found.kind(), prefix, replace, found.tableKey(), null, found.listed(), found.defaults());
    }

    private static int statementStart(List<Token> sig, boolean inBody) {
        for (int k = sig.size() - 1; k >= 0; k--) {
            if (sig.get(k).isPunct(";") || (inBody && sig.get(k).isAny(BODY_BOUNDARIES))) {
                return k + 1;
            }
        }
        return 0;
    }

    /** {@code schema.|}, but not the new name of a {@code CREATE TABLE} (or of another created object). */
    private static CompletionContext afterSchema(List<Token> s) {
        int n = s.size();
        if (n < 2 || !s.get(n - 1).isPunct(".") || !s.get(n - 2).isNameLike() || (n >= 3 && s.get(n - 3).isPunct("."))) {
            return null;
        }
        int k = n - 3;
        while (k >= 0 && s.get(k).isAny("IF", "NOT", "EXISTS")) {
            k--;
        }
        if (k >= 0 && s.get(k).kind() == TokenKind.WORD && CREATED_OBJECTS.contains(s.get(k).upper()) && createdBy(s, k)) {
            return CompletionContext.none();
        }
        return CompletionContext.of(Kind.TABLE, "", null).withTable(TokenReader.part(s.get(n - 2), ""), List.of());
    }

    /** Whether the object word at {@code k} follows {@code CREATE [OR REPLACE] [UNIQUE|TEMP|UNLOGGED|MATERIALIZED]}. */
    private static boolean createdBy(List<Token> s, int k) {
        int i = k - 1;
        while (i >= 0 && s.get(i).isAny("OR", "REPLACE", "UNIQUE", "TEMP", "TEMPORARY", "UNLOGGED", "MATERIALIZED",
                "CONSTRAINT")) {
            i--;
        }
        return i >= 0 && s.get(i).is("CREATE");
    }

    /**
     * A keyword that takes a table name just before the cursor: {@code ALTER TABLE [IF EXISTS] [ONLY]},
     * {@code DROP TABLE [IF EXISTS]}, {@code TRUNCATE [TABLE]}, {@code COMMENT ON TABLE}, {@code REFERENCES}, {@code INSERT INTO},
     * {@code UPDATE}, {@code DELETE FROM}, {@code FROM}, {@code JOIN}, and the {@code ON} of an index or a policy.
     */
    private static CompletionContext afterTableKeyword(List<Token> s) {
        int n = s.size();
        if (n > 0 && s.get(n - 1).is("ONLY")) {
            n--;
        }
        if (n > 2 && s.get(n - 1).is("EXISTS") && s.get(n - 2).is("IF")) {
            n -= 2;
            return n >= 2 && s.get(n - 1).is("TABLE") && s.get(n - 2).isAny("ALTER", "DROP") ? allTables() : null;
        }
        if (n == 0) {
            return null;
        }
        Token last = s.get(n - 1);
        String prev = n >= 2 && s.get(n - 2).kind() == TokenKind.WORD ? s.get(n - 2).upper() : n >= 2 ? s.get(n - 2).text() : "";
        boolean wanted = switch (last.kind() == TokenKind.WORD ? last.upper() : "") {
            case "TABLE" -> Set.of("ALTER", "DROP", "TRUNCATE", "LOCK").contains(prev) || (prev.equals("ON") && s.get(0).is("COMMENT"));
            case "REFERENCES", "JOIN", "TRUNCATE" -> true;
            case "INTO" -> prev.equals("INSERT");
            case "UPDATE" -> !UPDATE_INSIDE.contains(prev) && !prev.equals(",");
            case "FROM" -> !prev.equals("DISTINCT") && !s.get(0).isAny("REVOKE", "GRANT");
            case "ON" -> onTakesTable(s.subList(0, n - 1));
            default -> false;
        };
        return wanted ? allTables() : null;
    }

    /** {@code CREATE [UNIQUE] INDEX [CONCURRENTLY] [IF NOT EXISTS] [name] ON} and {@code CREATE POLICY name ON}. */
    private static boolean onTakesTable(List<Token> before) {
        TokenReader r = new TokenReader(before, 0, "");
        if (!r.accept("CREATE")) {
            return false;
        }
        if (r.accept("POLICY")) {
            return r.next() != null && r.peekBack().isNameLike() && r.atEnd();
        }
        r.accept("UNIQUE");
        if (!r.accept("INDEX")) {
            return false;
        }
        r.accept("CONCURRENTLY");
        if (r.accept("IF") && !(r.accept("NOT") && r.accept("EXISTS"))) {
            return false;
        }
        if (!r.atEnd()) {
            r.readName();
        }
        return r.atEnd();
    }

    /** {@code REFERENCES t (a, |}: the columns of the referenced table, wherever the clause stands. */
    private static CompletionContext referencedColumns(List<Token> s) {
        int open = -1;
        for (int k = s.size() - 1; k >= 0; k--) {
            if (s.get(k).isPunct("(")) {
                open = k;
                break;
            }
            if (s.get(k).isPunct(")")) {
                return null;
            }
        }
        if (open < 2) {
            return null;
        }
        int nameStart = open - 1;
        while (nameStart >= 2 && s.get(nameStart - 1).isPunct(".") && s.get(nameStart - 2).isNameLike()) {
            nameStart -= 2;
        }
        if (nameStart < 1 || !s.get(nameStart - 1).is("REFERENCES")) {
            return null;
        }
        TokenReader r = new TokenReader(s, nameStart, "");
        String table = r.readName();
        r.acceptPunct("(");
        List<String> listed = new ArrayList<>();
        return Boolean.TRUE.equals(columnList(r, listed, true)) ? column(table, listed) : null;
    }

    private static CompletionContext byHead(List<Token> s) {
        TokenReader r = new TokenReader(s, 0, "");
        if (r.accept("ALTER")) {
            return r.accept("TABLE") ? alterTable(r) : null;
        }
        if (r.accept("INSERT")) {
            return insert(r);
        }
        if (!r.accept("CREATE")) {
            return null;
        }
        if (r.accept("TABLE")) {
            return createTable(r);
        }
        r.accept("UNIQUE");
        return r.accept("INDEX") ? createIndex(r) : null;
    }

    private static CompletionContext alterTable(TokenReader r) {
        if (r.accept("IF") && !r.accept("EXISTS")) {
            return null;
        }
        r.accept("ONLY");
        String table = r.readName();
        if (table == null) {
            return null;
        }
        r.acceptPunct("*");
        // Several actions may follow, separated by commas: the cursor is in the last one.
        int depth = 0;
        int action = r.pos;
        while (!r.atEnd()) {
            Token t = r.next();
            depth += t.isPunct("(") ? 1 : t.isPunct(")") ? -1 : 0;
            if (t.isPunct(",") && depth == 0) {
                action = r.pos;
            }
        }
        if (depth != 0) {
            return null;
        }
        r.pos = action;
        return alterAction(r, table);
    }

    private static CompletionContext alterAction(TokenReader r, String table) {
        if (r.accept("DROP")) {
            if (!r.accept("COLUMN") || (r.accept("IF") && !r.accept("EXISTS"))) {
                return null;
            }
            return r.atEnd() ? column(table, List.of()) : null;
        }
        if (r.accept("RENAME")) {
            return r.accept("COLUMN") && r.atEnd() ? column(table, List.of()) : null;
        }
        if (r.accept("ALTER")) {
            boolean columnWord = r.accept("COLUMN");
            if (r.atEnd()) {
                return columnWord ? column(table, List.of()) : null;
            }
            Token name = r.next();
            if (!name.isNameLike() || (r.accept("SET") && !(r.accept("DATA")))) {
                return null;
            }
            return r.accept("TYPE") && r.atEnd() ? type(false) : null;
        }
        if (r.accept("ADD")) {
            boolean columnWord = r.accept("COLUMN");
            if (columnWord && r.accept("IF") && !(r.accept("NOT") && r.accept("EXISTS"))) {
                return null;
            }
            return lastIsColumnName(r) ? type(true) : null;
        }
        return null;
    }

    /** Exactly one more token, a name that starts a column definition. */
    private static boolean lastIsColumnName(TokenReader r) {
        Token name = r.next();
        return name != null && r.atEnd() && name.isNameLike()
                && !(name.kind() == TokenKind.WORD && NOT_A_COLUMN.contains(name.upper()));
    }

    private static CompletionContext insert(TokenReader r) {
        if (!r.accept("INTO")) {
            return null;
        }
        String table = r.readName();
        if (table == null || !r.acceptPunct("(")) {
            return null;
        }
        List<String> listed = new ArrayList<>();
        return Boolean.TRUE.equals(plainNames(r, listed)) ? column(table, listed) : null;
    }

    /** {@code CREATE TABLE [IF NOT EXISTS] t (..., name |}: a lone name after the last top-level comma. */
    private static CompletionContext createTable(TokenReader r) {
        if (r.accept("IF") && !(r.accept("NOT") && r.accept("EXISTS"))) {
            return null;
        }
        if (r.readName() == null || !r.acceptPunct("(")) {
            return null;
        }
        int level = 1;
        int element = r.pos;
        while (!r.atEnd()) {
            Token t = r.next();
            if (t.isPunct("(")) {
                level++;
            } else if (t.isPunct(")")) {
                level--;
                if (level < 1) {
                    return null;
                }
            } else if (t.isPunct(",") && level == 1) {
                element = r.pos;
            }
        }
        if (level != 1) {
            return null;
        }
        r.pos = element;
        return lastIsColumnName(r) ? type(true) : null;
    }

    /** {@code CREATE [UNIQUE] INDEX [CONCURRENTLY] [IF NOT EXISTS] [name] ON [ONLY] t [USING m] (a, |} and {@code INCLUDE (}. */
    private static CompletionContext createIndex(TokenReader r) {
        r.accept("CONCURRENTLY");
        if (r.accept("IF") && !(r.accept("NOT") && r.accept("EXISTS"))) {
            return null;
        }
        if (!r.accept("ON")) {
            if (r.readName() == null || !r.accept("ON")) {
                return null;
            }
        }
        r.accept("ONLY");
        String table = r.readName();
        if (table == null) {
            return null;
        }
        if (r.accept("USING")) {
            r.next();
        }
        if (!r.acceptPunct("(")) {
            return null;
        }
        return indexColumns(r, table, true);
    }

    /** {@code a, b, |} of an insert's column list. */
    private static Boolean plainNames(TokenReader r, List<String> listed) {
        boolean expectName = true;
        while (!r.atEnd()) {
            Token t = r.next();
            if (expectName && t.isNameLike()) {
                listed.add(TokenReader.part(t, ""));
                expectName = false;
            } else if (!expectName && t.isPunct(",")) {
                expectName = true;
            } else {
                return null;
            }
        }
        return expectName ? Boolean.TRUE : null;
    }

    private static CompletionContext allTables() {
        return CompletionContext.of(Kind.TABLE, "", null);
    }
}
