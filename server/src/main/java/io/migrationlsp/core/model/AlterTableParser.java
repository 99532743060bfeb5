package io.migrationlsp.core.model;

import io.migrationlsp.core.text.TextSpan;
import io.migrationlsp.core.text.Token;
import io.migrationlsp.core.text.TokenKind;
import java.util.List;
import java.util.Set;

/**
 * Reads the actions of {@code ALTER TABLE t ...}, T-SQL and Postgres forms: {@code ADD c T[, d T]},
 * {@code ADD [COLUMN] [IF NOT EXISTS]}, {@code ADD CONSTRAINT ... FOREIGN KEY}, {@code DROP COLUMN a, b},
 * {@code ALTER COLUMN}, {@code ENABLE/FORCE ROW LEVEL SECURITY}, {@code RENAME}.
 */
final class AlterTableParser {
    private static final Set<String> ACTION_WORDS = Set.of(
            "ADD", "DROP", "ALTER", "ENABLE", "DISABLE", "FORCE", "NO", "RENAME", "OWNER", "SET", "RESET",
            "WITH", "NOCHECK", "VALIDATE", "ATTACH", "DETACH", "INHERIT", "CLUSTER", "REPLICA", "SWITCH", "REBUILD");

    private final NameReader names;
    private final ColumnParser columns;

    AlterTableParser(NameReader names, ColumnParser columns) {
        this.names = names;
        this.columns = columns;
    }

    void parse(StatementModel m, Cursor c) {
        List<int[]> elements = Cursor.commaSeparated(c.tokens, c.pos, c.end);
        AlterAction.Kind previous = null;
        for (int[] e : elements) {
            Cursor ec = new Cursor(c.tokens, e[0], e[1]);
            Token first = ec.peek();
            boolean continuation = first != null && !(first.kind() == TokenKind.WORD && ACTION_WORDS.contains(first.upper()));
            AlterAction action = continuation && previous != null ? continueAction(m, ec, previous, e) : action(m, ec, e);
            if (action != null) {
                m.alterActions.add(action);
                previous = action.kind();
            }
        }
    }

    private TextSpan span(Cursor c, int[] e) {
        return new TextSpan(c.tokens.get(e[0]).start(), c.tokens.get(e[1] - 1).end());
    }

    private AlterAction continueAction(StatementModel m, Cursor c, AlterAction.Kind previous, int[] e) {
        boolean add = previous == AlterAction.Kind.ADD_COLUMN || previous == AlterAction.Kind.ADD_CONSTRAINT;
        // T-SQL mixes both in one ADD list: ADD C INT NULL, CONSTRAINT FK_X FOREIGN KEY (C) REFERENCES ...
        if (add && c.atAny("CONSTRAINT", "PRIMARY", "FOREIGN", "UNIQUE", "CHECK")) {
            return constraint(m, c, e);
        }
        if (add) {
            ColumnDef col = columns.parseColumn(m, c);
            return col == null ? null : new AlterAction(AlterAction.Kind.ADD_COLUMN, List.of(col), List.of(), null, false, span(c, e));
        }
        if (previous == AlterAction.Kind.DROP_COLUMN) {
            Ident name = names.readIdent(c);
            return name == null ? null : new AlterAction(AlterAction.Kind.DROP_COLUMN, List.of(), List.of(name), null, false, span(c, e));
        }
        return new AlterAction(AlterAction.Kind.OTHER, List.of(), List.of(), null, false, span(c, e));
    }

    private AlterAction action(StatementModel m, Cursor c, int[] e) {
        TextSpan span = span(c, e);
        c.accept("WITH", "CHECK");
        c.accept("WITH", "NOCHECK");
        if (c.accept("ADD")) {
            if (c.atAny("CONSTRAINT", "PRIMARY", "FOREIGN", "UNIQUE", "CHECK")) {
                return constraint(m, c, e);
            }
            c.accept("COLUMN");
            boolean ifNotExists = c.accept("IF", "NOT", "EXISTS");
            ColumnDef col = columns.parseColumn(m, c);
            return col == null ? null : new AlterAction(AlterAction.Kind.ADD_COLUMN, List.of(col), List.of(), null, ifNotExists, span);
        }
        if (c.at("DROP")) {
            c.next();
            if (c.accept("CONSTRAINT")) {
                boolean ifExists = c.accept("IF", "EXISTS");
                Ident name = names.readIdent(c);
                return new AlterAction(AlterAction.Kind.DROP_CONSTRAINT, List.of(), name == null ? List.of() : List.of(name), null, ifExists, span);
            }
            boolean explicitColumn = c.accept("COLUMN");
            if (!explicitColumn && c.atAny("DEFAULT", "NOT", "IDENTITY", "EXPRESSION", "PERIOD", "ROW")) {
                return new AlterAction(AlterAction.Kind.OTHER, List.of(), List.of(), null, false, span);
            }
            boolean ifExists = c.accept("IF", "EXISTS");
            Ident name = names.readIdent(c);
            return new AlterAction(AlterAction.Kind.DROP_COLUMN, List.of(), name == null ? List.of() : List.of(name), null, ifExists, span);
        }
        if (c.at("ALTER")) {
            c.next();
            c.accept("COLUMN");
            Ident name = names.readIdent(c);
            List<ColumnDef> cols = List.of();
            ColumnChange change = null;
            if (name != null && c.atAny("SET", "DROP", "TYPE", "ADD", "RESTART")) {
                change = columnChange(c);
            } else if (name != null) {
                c.pos--;
                ColumnDef col = columns.parseColumn(m, c);
                cols = col == null ? List.of() : List.of(col);
            }
            return new AlterAction(AlterAction.Kind.ALTER_COLUMN, cols, name == null ? List.of() : List.of(name), null, false,
                    span, change);
        }
        if (c.accept("ENABLE", "ROW", "LEVEL", "SECURITY")) {
            return new AlterAction(AlterAction.Kind.ENABLE_RLS, List.of(), List.of(), null, false, span);
        }
        if (c.accept("FORCE", "ROW", "LEVEL", "SECURITY")) {
            return new AlterAction(AlterAction.Kind.FORCE_RLS, List.of(), List.of(), null, false, span);
        }
        if (c.accept("DISABLE", "ROW", "LEVEL", "SECURITY")) {
            return new AlterAction(AlterAction.Kind.DISABLE_RLS, List.of(), List.of(), null, false, span);
        }
        if (c.accept("NO", "FORCE", "ROW", "LEVEL", "SECURITY")) {
            return new AlterAction(AlterAction.Kind.NO_FORCE_RLS, List.of(), List.of(), null, false, span);
        }
        if (c.accept("RENAME")) {
            return rename(c, span);
        }
        return new AlterAction(AlterAction.Kind.OTHER, List.of(), List.of(), null, false, span);
    }

    /** After {@code RENAME}: {@code TO t}, {@code [COLUMN] a TO b}; a constraint rename changes nothing we model. */
    private AlterAction rename(Cursor c, TextSpan span) {
        if (c.accept("TO")) {
            Ident to = names.readIdent(c);
            return new AlterAction(to == null ? AlterAction.Kind.RENAME : AlterAction.Kind.RENAME_TABLE, List.of(), to == null
                    ? List.of() : List.of(to), null, false, span);
        }
        if (c.at("CONSTRAINT")) {
            return new AlterAction(AlterAction.Kind.RENAME, List.of(), List.of(), null, false, span);
        }
        c.accept("COLUMN");
        Ident from = names.readIdent(c);
        Ident to = from != null && c.accept("TO") ? names.readIdent(c) : null;
        if (to == null) {
            return new AlterAction(AlterAction.Kind.RENAME, List.of(), List.of(), null, false, span);
        }
        return new AlterAction(AlterAction.Kind.RENAME_COLUMN, List.of(), List.of(from, to), null, false, span);
    }

    /** After {@code ALTER [COLUMN] c}: {@code [SET DATA] TYPE t}, {@code SET|DROP NOT NULL}, {@code SET DEFAULT e}, {@code DROP DEFAULT}. */
    private ColumnChange columnChange(Cursor c) {
        if (c.accept("TYPE") || c.accept("SET", "DATA", "TYPE")) {
            return new ColumnChange(ColumnChange.Kind.TYPE, columns.readType(c), null);
        }
        if (c.accept("SET", "NOT", "NULL")) {
            return new ColumnChange(ColumnChange.Kind.SET_NOT_NULL, null, null);
        }
        if (c.accept("DROP", "NOT", "NULL")) {
            return new ColumnChange(ColumnChange.Kind.DROP_NOT_NULL, null, null);
        }
        if (c.accept("DROP", "DEFAULT")) {
            return new ColumnChange(ColumnChange.Kind.DROP_DEFAULT, null, null);
        }
        if (c.accept("SET", "DEFAULT")) {
            int start = c.pos;
            while (!c.eof()) {
                if (c.atPunct("(")) {
                    c.skipParens();
                } else {
                    c.next();
                }
            }
            return new ColumnChange(ColumnChange.Kind.SET_DEFAULT, null, ColumnParser.joinTokens(c.tokens, start, c.pos));
        }
        return new ColumnChange(ColumnChange.Kind.OTHER, null, null);
    }

    private AlterAction constraint(StatementModel m, Cursor c, int[] e) {
        int before = m.foreignKeys.size();
        columns.parseTableConstraint(m, c);
        ForeignKey fk = m.foreignKeys.size() > before ? m.foreignKeys.get(m.foreignKeys.size() - 1) : null;
        return new AlterAction(AlterAction.Kind.ADD_CONSTRAINT, List.of(), List.of(), fk, false, span(c, e));
    }
}
