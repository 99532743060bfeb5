package io.migrationlsp.core.model;

import io.migrationlsp.core.text.TextSpan;
import io.migrationlsp.core.text.Token;
import io.migrationlsp.core.text.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Parses column definitions and table constraints inside {@code CREATE TABLE (...)} and {@code ADD}. */
final class ColumnParser {
    static final Set<String> CONSTRAINT_START = Set.of(
            "CONSTRAINT", "PRIMARY", "FOREIGN", "UNIQUE", "CHECK", "INDEX", "KEY", "EXCLUDE", "LIKE", "PERIOD");
    private static final Set<String> OPTION_WORDS = Set.of(
            "NULL", "NOT", "DEFAULT", "CONSTRAINT", "IDENTITY", "PRIMARY", "UNIQUE", "FOREIGN", "REFERENCES",
            "CHECK", "COLLATE", "GENERATED", "ROWGUIDCOL", "SPARSE", "FILESTREAM", "MASKED", "ENCRYPTED",
            "AUTO_INCREMENT", "COMMENT", "WITH");
    private static final Set<String> TYPE_CONTINUATION = Set.of("PRECISION", "VARYING");
    /** Words inside a CHECK that are operators or literals, not the names of columns. */
    private static final Set<String> CHECK_WORDS = Set.of("IN", "NOT", "AND", "OR", "IS", "NULL", "ANY", "ALL", "SOME",
            "ARRAY", "LIKE", "ILIKE", "BETWEEN", "TRUE", "FALSE", "SIMILAR", "TO", "CASE", "WHEN", "THEN", "ELSE", "END",
            "CAST", "AS", "DISTINCT", "FROM", "VALUE", "COLLATE");

    private final NameReader names;

    ColumnParser(NameReader names) {
        this.names = names;
    }

    /** Elements between top-level commas in {@code (a, b, c)}: each as [start, end) token indexes. */
    static List<int[]> elements(Cursor c, int open, int close) {
        // An unclosed list (while typing) runs to the end of the statement.
        int last = close > open + 1 && c.tokens.get(close - 1).isPunct(")") ? close - 1 : close;
        return Cursor.commaSeparated(c.tokens, open + 1, last);
    }

    /** Parses one element; adds it as a column or a constraint to the model. */
    void parseElement(StatementModel m, List<Token> tokens, int start, int end, List<ColumnDef> into) {
        Token first = tokens.get(start);
        if (first.kind() == TokenKind.WORD && CONSTRAINT_START.contains(first.upper())) {
            parseTableConstraint(m, new Cursor(tokens, start, end));
            return;
        }
        ColumnDef col = parseColumn(m, new Cursor(tokens, start, end));
        if (col != null) {
            into.add(col);
        }
    }

    ColumnDef parseColumn(StatementModel m, Cursor c) {
        int startTok = c.pos;
        Ident name = names.readIdent(c);
        if (name == null) {
            return null;
        }
        DataType type = null;
        if (c.at("AS") && c.peek(1) != null && c.peek(1).isPunct("(")) {
            c.next();
            c.skipParens();
        } else {
            type = readType(c);
        }
        Nullability nullability = Nullability.UNSPECIFIED;
        TextSpan nullSpan = null;
        String defaultText = null;
        TextSpan defaultSpan = null;
        boolean identity = false;
        boolean generated = type == null;
        String identityArgs = "";
        boolean pk = false;
        boolean check = false;
        ForeignKey fk = null;
        Ident constraintName = null;
        while (!c.eof()) {
            int before = c.pos;
            Token t = c.peek();
            if (t.is("NOT") && c.peek(1) != null && c.peek(1).is("NULL")) {
                nullability = Nullability.NOT_NULL;
                nullSpan = new TextSpan(t.start(), c.peek(1).end());
                c.pos += 2;
            } else if (t.is("NULL")) {
                nullability = Nullability.NULL;
                nullSpan = t.span();
                c.next();
            } else if (t.is("DEFAULT")) {
                c.next();
                int exprStart = c.pos;
                readExpression(c);
                if (c.pos > exprStart) {
                    Token a = c.tokens.get(exprStart);
                    Token b = c.tokens.get(c.pos - 1);
                    defaultSpan = new TextSpan(a.start(), b.end());
                    defaultText = joinTokens(c.tokens, exprStart, c.pos);
                } else {
                    defaultText = "";
                    defaultSpan = t.span();
                }
            } else if (t.is("IDENTITY") || t.is("AUTO_INCREMENT")) {
                identity = true;
                c.next();
                if (c.atPunct("(")) {
                    int s = c.pos;
                    c.skipParens();
                    identityArgs = joinTokens(c.tokens, s, c.pos);
                }
            } else if (t.is("GENERATED")) {
                c.next();
                while (!c.eof() && !c.at("AS")) {
                    c.next();
                }
                c.accept("AS");
                if (c.accept("IDENTITY")) {
                    identity = true;
                } else {
                    generated = true;
                }
                c.skipParens();
                c.accept("STORED");
            } else if (t.is("PRIMARY")) {
                pk = true;
                c.next();
                c.accept("KEY");
                while (c.atAny("CLUSTERED", "NONCLUSTERED", "ASC", "DESC")) {
                    c.next();
                }
            } else if (t.is("UNIQUE")) {
                c.next();
                while (c.atAny("CLUSTERED", "NONCLUSTERED")) {
                    c.next();
                }
                m.uniqueKeys.add(List.of(name));
            } else if (t.is("CONSTRAINT")) {
                c.next();
                constraintName = names.readIdent(c);
            } else if (t.is("FOREIGN") || t.is("REFERENCES")) {
                int s = c.pos;
                c.accept("FOREIGN", "KEY");
                fk = readReferences(c, constraintName, List.of(name), s);
                if (fk != null) {
                    m.foreignKeys.add(fk);
                }
            } else if (t.is("CHECK")) {
                check = true;
                c.next();
                c.accept("NOT", "FOR", "REPLICATION");
                collectCheckColumns(m, c);
            } else if (t.is("COLLATE")) {
                c.next();
                c.next();
            } else if (t.isPunct("(")) {
                c.skipParens();
            } else {
                c.next();
            }
            if (c.pos == before) {
                // A branch that could not read what it expected (FOREIGN not followed by KEY, a CONSTRAINT
                // without a name): step over the token, or the loop would spin on it forever.
                c.next();
            }
        }
        Token firstTok = c.tokens.get(startTok);
        Token lastTok = c.tokens.get(c.end - 1);
        TextSpan span = new TextSpan(firstTok.start(), lastTok.end());
        return new ColumnDef(name, type, nullability, nullSpan, defaultText, defaultSpan, identity, identityArgs, pk,
                fk, check, span, generated);
    }

    private void collectCheckColumns(StatementModel m, Cursor c) {
        if (!c.atPunct("(")) {
            return;
        }
        int open = c.pos;
        int close = c.matchingClose(c.pos);
        List<Ident> mentioned = new ArrayList<>();
        boolean listsValues = false;
        for (int k = c.pos; k < close; k++) {
            Token t = c.tokens.get(k);
            if (t.kind() == TokenKind.WORD || t.kind() == TokenKind.QUOTED_IDENT) {
                m.checkedColumns.add(names.ident(t));
                Token next = k + 1 < close ? c.tokens.get(k + 1) : null;
                boolean call = next != null && next.isPunct("(");
                if (t.kind() == TokenKind.QUOTED_IDENT || !(call || CHECK_WORDS.contains(t.upper()))) {
                    mentioned.add(names.ident(t));
                }
                // c IN ('a', 'b') and c = ANY (ARRAY['a', 'b']), which Postgres writes back for IN lists.
                if ((t.is("IN") || t.is("ANY")) && call) {
                    listsValues = true;
                }
            }
        }
        m.checks.add(new CheckDef(List.copyOf(mentioned), listsValues,
                new TextSpan(c.tokens.get(open).start(), c.tokens.get(close - 1).end())));
        c.pos = close;
    }

    DataType readType(Cursor c) {
        Token t = c.peek();
        if (t == null || !(t.kind() == TokenKind.WORD || t.kind() == TokenKind.QUOTED_IDENT)
                || (t.kind() == TokenKind.WORD && OPTION_WORDS.contains(t.upper()))) {
            return null;
        }
        int start = c.pos;
        Ident typeName = names.readIdent(c);
        StringBuilder name = new StringBuilder(typeName.name().toUpperCase(Locale.ROOT));
        TextSpan nameSpan = t.span();
        while (c.atPunct(".") && c.peek(1) != null && c.peek(1).isNameLike()) {
            c.next();
            Ident part = names.readIdent(c);
            name.append('.').append(part.name().toUpperCase(Locale.ROOT));
            nameSpan = new TextSpan(nameSpan.start(), part.span().end());
        }
        while (c.peek() != null && c.peek().kind() == TokenKind.WORD && TYPE_CONTINUATION.contains(c.peek().upper())) {
            name.append(' ').append(c.next().upper());
            nameSpan = new TextSpan(nameSpan.start(), c.tokens.get(c.pos - 1).end());
        }
        String args = "";
        if (c.atPunct("(")) {
            int s = c.pos;
            c.skipParens();
            args = joinTokens(c.tokens, s, c.pos).replace(" ", "");
        }
        if ((c.at("WITH") || c.at("WITHOUT")) && c.peek(1) != null && c.peek(1).is("TIME")) {
            // timestamp with time zone is timestamptz, a different type from plain timestamp.
            boolean with = c.at("WITH");
            c.pos += 2;
            c.accept("ZONE");
            if (with) {
                name.append(" WITH TIME ZONE");
            }
        }
        while (c.atPunct("[") || c.atPunct("]")) {
            c.next();
        }
        Token last = c.tokens.get(c.pos - 1);
        return new DataType(name.toString(), args, new TextSpan(c.tokens.get(start).start(), last.end()), nameSpan);
    }

    /** After an optional {@code FOREIGN KEY (cols)}: reads {@code REFERENCES t (cols) ON DELETE ...}. */
    ForeignKey readReferences(Cursor c, Ident constraintName, List<Ident> defaultColumns, int startTok) {
        List<Ident> cols = defaultColumns;
        if (c.atPunct("(")) {
            cols = names.readIdentList(c);
        }
        if (!c.accept("REFERENCES")) {
            return null;
        }
        QualifiedName ref = names.readName(c);
        if (ref == null) {
            return null;
        }
        List<Ident> refCols = c.atPunct("(") ? names.readIdentList(c) : List.of();
        String onDelete = null;
        while (!c.eof()) {
            if (c.at("ON") && c.peek(1) != null && c.peek(1).isAny("DELETE", "UPDATE")) {
                boolean delete = c.peek(1).is("DELETE");
                c.pos += 2;
                StringBuilder action = new StringBuilder();
                while (c.atAny("CASCADE", "RESTRICT", "SET", "NULL", "DEFAULT", "NO", "ACTION")) {
                    if (action.length() > 0) {
                        action.append(' ');
                    }
                    action.append(c.next().upper());
                }
                if (delete) {
                    onDelete = action.toString();
                }
            } else if (c.atAny("MATCH", "DEFERRABLE", "INITIALLY", "NOT", "DEFERRED", "IMMEDIATE", "FULL", "SIMPLE", "PARTIAL")
                    && !(c.at("NOT") && c.peek(1) != null && c.peek(1).is("NULL"))) {
                c.next();
            } else {
                break;
            }
        }
        Token first = c.tokens.get(startTok);
        Token last = c.tokens.get(c.pos - 1);
        return new ForeignKey(constraintName, cols, ref, refCols, onDelete, new TextSpan(first.start(), last.end()));
    }

    void parseTableConstraint(StatementModel m, Cursor c) {
        Ident constraintName = null;
        int start = c.pos;
        if (c.accept("CONSTRAINT")) {
            constraintName = names.readIdent(c);
        }
        if (c.accept("PRIMARY", "KEY")) {
            while (c.atAny("CLUSTERED", "NONCLUSTERED")) {
                c.next();
            }
            m.primaryKeys.add(names.readIdentList(c));
        } else if (c.accept("FOREIGN", "KEY")) {
            ForeignKey fk = readReferences(c, constraintName, List.of(), start);
            if (fk != null) {
                m.foreignKeys.add(fk);
            }
        } else if (c.at("CHECK")) {
            c.next();
            c.accept("NOT", "FOR", "REPLICATION");
            collectCheckColumns(m, c);
        } else if (c.accept("UNIQUE")) {
            c.accept("NULLS", "NOT", "DISTINCT");
            c.accept("NULLS", "DISTINCT");
            while (c.atAny("CLUSTERED", "NONCLUSTERED")) {
                c.next();
            }
            if (c.atPunct("(")) {
                m.uniqueKeys.add(names.readIdentList(c));
            }
        }
    }

    /** Skips one default/value expression: stops at the next column option word at depth 0. */
    static void readExpression(Cursor c) {
        boolean firstToken = true;
        while (!c.eof()) {
            Token t = c.peek();
            if (!firstToken && t.kind() == TokenKind.WORD && OPTION_WORDS.contains(t.upper())) {
                return;
            }
            if (t.isPunct(",")) {
                return;
            }
            if (t.isPunct("(")) {
                c.skipParens();
            } else {
                c.next();
            }
            firstToken = false;
        }
    }

    static String joinTokens(List<Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (k > from && tokens.get(k - 1).end() < t.start()) {
                sb.append(' ');
            }
            sb.append(t.text());
        }
        return sb.toString();
    }
}
