package io.migrationlsp.core.model;

import io.migrationlsp.core.text.Token;
import io.migrationlsp.core.text.TokenKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds every place a statement names a table: after FROM/JOIN/INTO/UPDATE/DELETE/REFERENCES/USING,
 * {@code TABLE} in DDL and {@code INDEX ... ON}. CTE names, aliases, table variables, temp tables and
 * table-valued function calls are left out.
 */
final class TableRefCollector {
    private static final Set<String> FROM_FUNCTIONS = Set.of("EXTRACT", "SUBSTRING", "TRIM", "OVERLAY", "POSITION");
    private static final Set<String> CLAUSE_END = Set.of(
            "WHERE", "GROUP", "ORDER", "HAVING", "JOIN", "INNER", "LEFT", "RIGHT", "FULL", "CROSS", "OUTER", "ON",
            "UNION", "EXCEPT", "INTERSECT", "WINDOW", "LIMIT", "OFFSET", "FETCH", "FOR", "SET", "VALUES", "SELECT",
            "OUTPUT", "USING", "WHEN", "OPTION", "RETURNING", "APPLY", "PIVOT", "UNPIVOT", "LATERAL", "NATURAL",
            "TABLESAMPLE", "WITH", "INTO");

    private final NameReader names;

    TableRefCollector(NameReader names) {
        this.names = names;
    }

    void collect(StatementModel m, List<Token> tokens, List<String> cteNames) {
        List<TableRef> found = new ArrayList<>();
        Set<String> aliases = new HashSet<>();
        Deque<String> openers = new ArrayDeque<>();
        Cursor c = new Cursor(tokens);
        while (!c.eof()) {
            Token t = c.peek();
            int at = c.pos;
            if (t.isPunct("(")) {
                Token prev = at > 0 ? tokens.get(at - 1) : null;
                openers.push(prev != null && prev.kind() == TokenKind.WORD ? prev.upper() : "");
                c.next();
                continue;
            }
            if (t.isPunct(")")) {
                if (!openers.isEmpty()) {
                    openers.pop();
                }
                c.next();
                continue;
            }
            c.next();
            if (t.kind() != TokenKind.WORD) {
                continue;
            }
            String word = t.upper();
            String prev = at > 0 && tokens.get(at - 1).kind() == TokenKind.WORD ? tokens.get(at - 1).upper() : "";
            boolean inFromFunction = !openers.isEmpty() && FROM_FUNCTIONS.contains(openers.peek());
            switch (word) {
                case "FROM" -> {
                    if (!inFromFunction && !prev.equals("DISTINCT")) {
                        tableList(c, found, aliases, TableRef.Role.SOURCE, true,
                                at > 0 && tokens.get(0).is("DELETE") && openers.isEmpty() && isFirstFrom(tokens, at));
                    }
                }
                case "JOIN" -> tableList(c, found, aliases, TableRef.Role.SOURCE, false, false);
                case "INTO" -> tableList(c, found, aliases, TableRef.Role.TARGET, false, false);
                case "USING" -> {
                    if (tokens.get(0).is("MERGE") && !c.atPunct("(")) {
                        tableList(c, found, aliases, TableRef.Role.SOURCE, false, false);
                    }
                }
                case "REFERENCES" -> one(c, found, aliases, TableRef.Role.REFERENCE, false);
                case "UPDATE", "DELETE", "MERGE", "TRUNCATE" -> {
                    // The statement's own verb: first token, or the body right after WITH cte AS (...).
                    boolean cteBody = tokens.get(0).is("WITH") && openers.isEmpty() && at > 0 && tokens.get(at - 1).isPunct(")");
                    if (at == 0 || cteBody) {
                        if (word.equals("TRUNCATE")) {
                            c.accept("TABLE");
                            c.accept("ONLY");
                        }
                        if (!c.at("FROM") && !c.at("INTO") && !c.atPunct("(")) {
                            c.accept("TOP");
                            one(c, found, aliases, TableRef.Role.TARGET, false);
                        }
                    }
                }
                case "TABLE" -> {
                    if (tokens.get(0).isAny("CREATE", "ALTER", "DROP") && at <= 4) {
                        c.accept("IF", "NOT", "EXISTS");
                        c.accept("IF", "EXISTS");
                        c.accept("ONLY");
                        boolean more = true;
                        while (more) {
                            one(c, found, aliases, TableRef.Role.TARGET, false);
                            more = tokens.get(0).is("DROP") && c.acceptPunct(",");
                        }
                    }
                }
                case "ON" -> {
                    if (tokens.get(0).isAny("CREATE", "DROP") && isIndexOrPolicyOn(tokens, at)) {
                        c.accept("ONLY");
                        one(c, found, aliases, TableRef.Role.TARGET, false);
                    }
                }
                default -> { }
            }
        }
        Set<String> ctes = new HashSet<>(cteNames);
        for (TableRef r : found) {
            QualifiedName n = r.name();
            if (n.isTempOrVariable()) {
                continue;
            }
            if (!n.hasSchema() && (ctes.contains(n.tableUpper()) || aliases.contains(n.tableUpper()) && r.role() == TableRef.Role.TARGET)) {
                continue;
            }
            if (!n.hasSchema() && ctes.contains(n.tableUpper())) {
                continue;
            }
            boolean dup = false;
            for (TableRef existing : m.tableRefs) {
                if (existing.name().span().equals(n.span())) {
                    dup = true;
                }
            }
            if (!dup) {
                m.tableRefs.add(r);
            }
        }
    }

    /** Table references inside an {@code IF EXISTS (SELECT ... FROM ...)} condition. */
    void collectCondition(StatementModel m, List<Token> condition) {
        List<TableRef> before = new ArrayList<>(m.tableRefs);
        m.tableRefs.clear();
        collect(m, condition, List.of());
        List<TableRef> fromCondition = new ArrayList<>(m.tableRefs);
        m.tableRefs.clear();
        for (TableRef r : fromCondition) {
            m.tableRefs.add(new TableRef(r.name(), TableRef.Role.SOURCE));
        }
        m.tableRefs.addAll(before);
    }

    private static boolean isFirstFrom(List<Token> tokens, int at) {
        for (int k = 1; k < at; k++) {
            if (tokens.get(k).is("FROM")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIndexOrPolicyOn(List<Token> tokens, int at) {
        for (int k = 1; k < at && k < 6; k++) {
            if (tokens.get(k).isAny("INDEX", "POLICY", "TRIGGER")) {
                return true;
            }
        }
        return false;
    }

    private void tableList(Cursor c, List<TableRef> found, Set<String> aliases, TableRef.Role role, boolean commaList,
                           boolean deleteTarget) {
        do {
            if (c.atPunct("(")) {
                c.skipParens();
                skipAlias(c, aliases);
            } else {
                one(c, found, aliases, deleteTarget ? TableRef.Role.TARGET : role, true);
            }
        } while (commaList && c.acceptPunct(","));
    }

    private void one(Cursor c, List<TableRef> found, Set<String> aliases, TableRef.Role role, boolean withAlias) {
        if (!c.atNameLike()) {
            return;
        }
        Token first = c.peek();
        if (first.kind() == TokenKind.WORD && (CLAUSE_END.contains(first.upper()) || first.isAny("LATERAL", "ONLY", "TABLE"))) {
            return;
        }
        QualifiedName name = names.readName(c);
        if (name == null) {
            return;
        }
        if (c.atPunct("(") && role != TableRef.Role.REFERENCE && role != TableRef.Role.TARGET) {
            // A table-valued function call, not a table.
            c.skipParens();
            skipAlias(c, aliases);
            return;
        }
        found.add(new TableRef(name, role));
        if (withAlias) {
            skipAlias(c, aliases);
        }
    }

    private void skipAlias(Cursor c, Set<String> aliases) {
        c.accept("AS");
        Token t = c.peek();
        if (t != null && (t.kind() == TokenKind.QUOTED_IDENT || (t.kind() == TokenKind.WORD
                && !CLAUSE_END.contains(t.upper()) && !t.isAny("AS", "GO", "END", "ELSE", "THEN", "AND", "OR")))) {
            aliases.add(names.ident(t).upper());
            c.next();
            if (c.atPunct("(") ) {
                c.skipParens();
            }
        }
        if (c.at("WITH") && c.peek(1) != null && c.peek(1).isPunct("(")) {
            c.next();
            c.skipParens();
        }
    }
}
