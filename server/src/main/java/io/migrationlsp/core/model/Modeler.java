package io.migrationlsp.core.model;

import io.migrationlsp.core.sql.Splitter;
import io.migrationlsp.core.sql.Statement;
import io.migrationlsp.core.text.Dialect;
import io.migrationlsp.core.text.TextSpan;
import io.migrationlsp.core.text.Token;
import io.migrationlsp.core.text.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Builds a {@link StatementModel} from a statement's tokens by pattern. It understands every
 * statement JSqlParser rejects in migrations ({@code CREATE INDEX ... INCLUDE}, {@code DROP INDEX
 * IF EXISTS i ON t}, {@code IF EXISTS (...) ALTER ...}) and keeps exact spans; whatever it does not
 * recognise becomes {@link StatementKind#OTHER} with its table references still collected.
 */
public final class Modeler {
    private static final Set<String> GUARD_BODY_START = Set.of(
            "CREATE", "ALTER", "DROP", "INSERT", "UPDATE", "DELETE", "EXEC", "EXECUTE", "BEGIN", "PRINT", "SET",
            "SELECT", "RAISERROR", "THROW", "RETURN", "DECLARE", "MERGE", "TRUNCATE", "GRANT", "REVOKE", "DENY",
            "IF", "WHILE", "WITH");

    private final String text;
    private final Dialect dialect;
    private final NameReader names;
    private final ColumnParser columns;
    private final PostgresObjects postgres;

    public Modeler(String text, Dialect dialect, String placeholder) {
        this.text = text;
        this.dialect = dialect;
        this.names = new NameReader(placeholder);
        this.columns = new ColumnParser(names);
        this.postgres = new PostgresObjects(names);
    }

    public StatementModel model(Statement statement) {
        return model(statement, statement.tokens());
    }

    private StatementModel model(Statement statement, List<Token> tokens) {
        StatementModel m = new StatementModel(statement, tokens);
        if (tokens.isEmpty()) {
            return m;
        }
        Cursor c = new Cursor(tokens);
        Token first = c.peek();
        String word = first.kind() == TokenKind.WORD ? first.upper() : "";
        switch (word) {
            case "IF" -> {
                return guarded(statement, tokens);
            }
            case "BEGIN" -> block(m, c);
            case "CREATE" -> create(m, c);
            case "ALTER" -> alter(m, c);
            case "DROP" -> drop(m, c);
            case "INSERT" -> insert(m, c);
            case "WITH" -> {
                return withCte(statement, tokens);
            }
            case "UPDATE" -> {
                m.kind = StatementKind.UPDATE;
                m.hasWhere = PostgresObjects.hasTopLevelWhere(tokens);
            }
            case "DELETE" -> {
                m.kind = StatementKind.DELETE;
                m.hasWhere = PostgresObjects.hasTopLevelWhere(tokens);
            }
            case "SELECT" -> m.kind = StatementKind.SELECT;
            case "MERGE" -> m.kind = StatementKind.MERGE;
            case "TRUNCATE" -> m.kind = StatementKind.TRUNCATE;
            case "DO" -> {
                m.kind = StatementKind.DO_BLOCK;
                m.inner.addAll(new DoBlockReader(text, this::model).read(statement));
            }
            case "EXEC", "EXECUTE" -> m.kind = StatementKind.EXEC;
            case "SET" -> m.kind = StatementKind.SET_OPTION;
            case "GRANT", "REVOKE", "DENY" -> m.kind = StatementKind.GRANT;
            case "DECLARE" -> m.kind = StatementKind.DECLARE;
            case "PRINT", "RAISERROR", "THROW" -> m.kind = StatementKind.PRINT;
            case "COMMIT", "ROLLBACK", "SAVE", "START" -> m.kind = StatementKind.TRANSACTION;
            default -> m.kind = StatementKind.OTHER;
        }
        if (m.kind != StatementKind.GRANT && m.kind != StatementKind.CREATE_ROUTINE && m.kind != StatementKind.DO_BLOCK
                && m.kind != StatementKind.BLOCK) {
            new TableRefCollector(names).collect(m, tokens, List.of());
            if (m.target == null) {
                for (TableRef r : m.tableRefs) {
                    if (r.role() == TableRef.Role.TARGET) {
                        m.target = r.name();
                        break;
                    }
                }
            }
        }
        if (m.headSpan == null && m.target != null) {
            m.headSpan = new TextSpan(first.start(), m.target.span().end());
        }
        return m;
    }

    private StatementModel guarded(Statement statement, List<Token> tokens) {
        int depth = 0;
        int k = 1;
        for (; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.isPunct("(")) {
                depth++;
            } else if (t.isPunct(")")) {
                depth--;
            } else if (depth == 0 && k > 1 && t.kind() == TokenKind.WORD && GUARD_BODY_START.contains(t.upper())) {
                break;
            }
        }
        Guard.Kind kind = Guard.Kind.OTHER;
        if (tokens.size() > 1 && tokens.get(1).is("EXISTS")) {
            kind = Guard.Kind.IF_EXISTS;
        } else if (tokens.size() > 2 && tokens.get(1).is("NOT") && tokens.get(2).is("EXISTS")) {
            kind = Guard.Kind.IF_NOT_EXISTS;
        } else if (tokens.size() > 1 && mentionsNotNullCheck(tokens, k)) {
            kind = Guard.Kind.IF_EXISTS;
        }
        int condEnd = Math.min(k, tokens.size());
        TextSpan condSpan = new TextSpan(tokens.get(0).start(), tokens.get(Math.max(0, condEnd - 1)).end());
        String condText = text.substring(condSpan.start(), condSpan.end());
        boolean sysColumns = condText.toLowerCase().replaceAll("[\\[\\]\\s]", "").contains("sys.columns")
                || condText.toUpperCase().contains("COL_LENGTH");
        Guard guard = new Guard(kind, condSpan, condText, sysColumns);
        if (k >= tokens.size()) {
            StatementModel m = new StatementModel(statement, tokens);
            m.guard = guard;
            new TableRefCollector(names).collect(m, tokens, List.of());
            return m;
        }
        int elseAt = findElse(tokens, k);
        List<Token> body = tokens.subList(k, elseAt < 0 ? tokens.size() : elseAt);
        if (!body.isEmpty() && body.get(body.size() - 1).isPunct(";")) {
            body = body.subList(0, body.size() - 1);
        }
        StatementModel m = body.isEmpty() ? new StatementModel(statement, tokens) : model(statement, body);
        m.guard = guard;
        new TableRefCollector(names).collectCondition(m, tokens.subList(1, condEnd));
        if (elseAt >= 0 && elseAt + 1 < tokens.size()) {
            m.inner.add(model(statement, tokens.subList(elseAt + 1, tokens.size())));
        }
        return m;
    }

    /** {@code IF OBJECT_ID('x') IS NOT NULL} / {@code IF COL_LENGTH(...) IS NOT NULL} test existence too. */
    private static boolean mentionsNotNullCheck(List<Token> tokens, int condEnd) {
        boolean objectFn = false;
        for (int i = 1; i < condEnd; i++) {
            Token t = tokens.get(i);
            if (t.isAny("OBJECT_ID", "COL_LENGTH", "INDEXPROPERTY")) {
                objectFn = true;
            }
            if (objectFn && t.is("NOT") && i + 1 < condEnd && tokens.get(i + 1).is("NULL")) {
                return true;
            }
        }
        return false;
    }

    private static int findElse(List<Token> tokens, int from) {
        int depth = 0;
        int blocks = 0;
        for (int k = from; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.isPunct("(")) {
                depth++;
            } else if (t.isPunct(")")) {
                depth--;
            } else if (t.is("BEGIN") || t.is("CASE")) {
                blocks++;
            } else if (t.is("END")) {
                blocks--;
            } else if (t.is("ELSE") && depth == 0 && blocks == 0) {
                return k;
            }
        }
        return -1;
    }

    private void block(StatementModel m, Cursor c) {
        Token next = c.peek(1);
        if (next == null || next.isAny("TRAN", "TRANSACTION", "DISTRIBUTED", "WORK", "ISOLATION") || next.isPunct(";")) {
            m.kind = StatementKind.TRANSACTION;
            return;
        }
        m.kind = StatementKind.BLOCK;
        List<Token> tokens = c.tokens;
        int innerStart = 1;
        if (tokens.size() > 1 && tokens.get(1).isAny("TRY", "CATCH", "ATOMIC")) {
            innerStart = 2;
        }
        int innerEnd = tokens.size();
        if (innerEnd > innerStart && tokens.get(innerEnd - 1).isAny("TRY", "CATCH")) {
            innerEnd--;
        }
        if (innerEnd > innerStart && tokens.get(innerEnd - 1).is("END")) {
            innerEnd--;
        }
        if (innerEnd <= innerStart) {
            return;
        }
        int from = tokens.get(innerStart).start();
        int to = tokens.get(innerEnd - 1).end();
        for (Statement s : Splitter.splitRange(text, dialect, from, to, m.statement)) {
            m.inner.add(model(m.statement, s.tokens()));
        }
    }

    private StatementModel withCte(Statement statement, List<Token> tokens) {
        Cursor c = new Cursor(tokens);
        c.next();
        c.accept("RECURSIVE");
        List<String> cteNames = new ArrayList<>();
        while (!c.eof()) {
            Ident name = names.readIdent(c);
            if (name == null) {
                break;
            }
            cteNames.add(name.upper());
            if (c.atPunct("(")) {
                c.skipParens();
            }
            if (!c.accept("AS")) {
                break;
            }
            c.accept("NOT");
            c.accept("MATERIALIZED");
            c.skipParens();
            if (!c.acceptPunct(",")) {
                break;
            }
        }
        List<Token> main = tokens.subList(Math.min(c.pos, tokens.size()), tokens.size());
        StatementModel m = main.isEmpty() ? new StatementModel(statement, tokens) : model(statement, main);
        m.tableRefs.clear();
        new TableRefCollector(names).collect(m, tokens, cteNames);
        return m;
    }

    private void create(StatementModel m, Cursor c) {
        c.next();
        if (c.accept("OR")) {
            c.accept("REPLACE");
            c.accept("ALTER");
            m.orReplace = true;
        }
        while (c.atAny("UNIQUE", "CLUSTERED", "NONCLUSTERED", "TEMP", "TEMPORARY", "UNLOGGED", "GLOBAL", "LOCAL",
                "COLUMNSTORE", "MATERIALIZED", "RECURSIVE", "TRUSTED", "CONSTRAINT")) {
            c.next();
        }
        Token objectWord = c.peek();
        m.objectKind = objectWord == null ? "" : objectWord.upper();
        switch (m.objectKind) {
            case "TABLE" -> createTable(m, c);
            case "INDEX" -> createIndex(m, c);
            case "VIEW" -> m.kind = StatementKind.CREATE_VIEW;
            case "PROCEDURE", "PROC", "FUNCTION", "TRIGGER" -> m.kind = StatementKind.CREATE_ROUTINE;
            case "TYPE", "DOMAIN" -> m.kind = StatementKind.CREATE_TYPE;
            case "SCHEMA" -> m.kind = StatementKind.CREATE_SCHEMA;
            case "POLICY" -> m.kind = StatementKind.CREATE_POLICY;
            case "EXTENSION" -> m.kind = StatementKind.CREATE_EXTENSION;
            default -> m.kind = StatementKind.OTHER;
        }
        if (dialect == Dialect.POSTGRES && m.kind != StatementKind.CREATE_TABLE && m.kind != StatementKind.CREATE_INDEX
                && objectWord != null) {
            postgres.create(m, c);
            return;
        }
        if (m.kind == StatementKind.CREATE_VIEW || m.kind == StatementKind.CREATE_ROUTINE
                || m.kind == StatementKind.CREATE_TYPE || m.kind == StatementKind.CREATE_POLICY) {
            c.next();
            if (c.accept("IF", "NOT", "EXISTS")) {
                m.ifNotExists = true;
            }
            m.target = names.readName(c);
        }
    }

    private void createTable(StatementModel m, Cursor c) {
        m.kind = StatementKind.CREATE_TABLE;
        c.next();
        if (c.accept("IF", "NOT", "EXISTS")) {
            m.ifNotExists = true;
        }
        m.target = names.readName(c);
        if (m.target == null) {
            return;
        }
        m.headSpan = new TextSpan(c.tokens.get(0).start(), m.target.span().end());
        if (!c.atPunct("(")) {
            return;
        }
        int open = c.pos;
        int close = c.matchingClose(open);
        for (int[] e : ColumnParser.elements(c, open, close)) {
            columns.parseElement(m, c.tokens, e[0], e[1], m.columns);
        }
        c.pos = close;
    }

    private void createIndex(StatementModel m, Cursor c) {
        m.kind = StatementKind.CREATE_INDEX;
        boolean unique = false;
        for (int k = 0; k < c.pos; k++) {
            if (c.tokens.get(k).is("UNIQUE")) {
                unique = true;
            }
        }
        c.next();
        boolean concurrently = c.accept("CONCURRENTLY");
        boolean ifNotExists = c.accept("IF", "NOT", "EXISTS");
        m.ifNotExists = ifNotExists;
        Ident name = c.at("ON") ? null : names.readIdent(c);
        if (!c.accept("ON")) {
            return;
        }
        c.accept("ONLY");
        QualifiedName table = names.readName(c);
        m.target = table;
        if (c.accept("USING")) {
            c.next();
        }
        int keysStart = c.pos;
        List<Ident> keys = c.atPunct("(") ? names.readIdentList(c) : List.of();
        TextSpan keysSpan = c.pos > keysStart
                ? new TextSpan(c.tokens.get(keysStart).start(), c.tokens.get(c.pos - 1).end()) : null;
        List<Ident> include = List.of();
        if (c.accept("INCLUDE")) {
            include = names.readIdentList(c);
        }
        m.index = new IndexDef(name, table, keys, include, unique, concurrently, ifNotExists, keysSpan);
        m.headSpan = new TextSpan(c.tokens.get(0).start(), table != null ? table.span().end()
                : name != null ? name.span().end() : c.tokens.get(0).end());
    }

    private void alter(StatementModel m, Cursor c) {
        c.next();
        m.objectKind = c.peek() == null ? "" : c.peek().upper();
        if (!c.at("TABLE")) {
            m.kind = StatementKind.OTHER;
            return;
        }
        m.kind = StatementKind.ALTER_TABLE;
        c.next();
        if (c.accept("IF", "EXISTS")) {
            m.ifExists = true;
        }
        c.accept("ONLY");
        m.target = names.readName(c);
        if (m.target == null) {
            return;
        }
        m.headSpan = new TextSpan(c.tokens.get(0).start(), m.target.span().end());
        new AlterTableParser(names, columns).parse(m, c);
    }

    private void drop(StatementModel m, Cursor c) {
        c.next();
        m.objectKind = c.peek() == null ? "" : c.peek().upper();
        if (c.at("TABLE")) {
            m.kind = StatementKind.DROP_TABLE;
        } else if (c.at("INDEX")) {
            m.kind = StatementKind.DROP_INDEX;
        } else if (dialect == Dialect.POSTGRES && c.peek() != null) {
            m.kind = StatementKind.OTHER;
            postgres.drop(m, c);
            return;
        } else {
            m.kind = StatementKind.OTHER;
            c.next();
            if (c.accept("IF", "EXISTS")) {
                m.ifExists = true;
            }
            return;
        }
        c.next();
        c.accept("CONCURRENTLY");
        if (c.accept("IF", "EXISTS")) {
            m.ifExists = true;
        }
        while (!c.eof()) {
            QualifiedName name = names.readName(c);
            if (name == null) {
                break;
            }
            m.dropped.add(name);
            if (!c.acceptPunct(",")) {
                break;
            }
        }
        if (m.kind == StatementKind.DROP_TABLE && !m.dropped.isEmpty()) {
            m.target = m.dropped.get(0);
        }
        if (m.kind == StatementKind.DROP_INDEX && c.accept("ON")) {
            m.target = names.readName(c);
        }
        Token last = c.tokens.get(Math.max(0, c.pos - 1));
        m.headSpan = new TextSpan(c.tokens.get(0).start(), last.end());
    }

    private void insert(StatementModel m, Cursor c) {
        m.kind = StatementKind.INSERT;
        c.next();
        c.accept("INTO");
        m.target = names.readName(c);
        if (m.target == null) {
            return;
        }
        m.headSpan = new TextSpan(c.tokens.get(0).start(), m.target.span().end());
        if (c.atPunct("(")) {
            int s = c.pos;
            m.insertColumns = names.readIdentList(c);
            m.insertColumnsSpan = new TextSpan(c.tokens.get(s).start(), c.tokens.get(c.pos - 1).end());
        }
        if (!c.accept("VALUES")) {
            return;
        }
        while (c.atPunct("(")) {
            int open = c.pos;
            int close = c.matchingClose(open);
            List<TextSpan> values = new ArrayList<>();
            for (int[] e : ColumnParser.elements(c, open, close)) {
                values.add(new TextSpan(c.tokens.get(e[0]).start(), c.tokens.get(e[1] - 1).end()));
            }
            m.insertRows.add(values);
            addGrant(m, c, open, close, values);
            c.pos = close;
            if (!c.acceptPunct(",")) {
                break;
            }
        }
    }

    /** Reads a role-permission row: a role sub-select by name and a permission string. */
    private void addGrant(StatementModel m, Cursor c, int open, int close, List<TextSpan> values) {
        String table = m.target.tableUpper();
        if (!table.contains("PERMISSION")) {
            return;
        }
        String role = null;
        TextSpan roleSpan = null;
        String permission = null;
        TextSpan permissionSpan = null;
        int permIndex = -1;
        if (m.insertColumns != null) {
            for (int i = 0; i < m.insertColumns.size(); i++) {
                Ident col = m.insertColumns.get(i);
                if (col != null && col.upper().contains("PERMISSION")) {
                    permIndex = i;
                }
            }
        }
        List<int[]> elements = ColumnParser.elements(c, open, close);
        for (int i = 0; i < elements.size(); i++) {
            int[] e = elements.get(i);
            Token first = c.tokens.get(e[0]);
            if (first.isPunct("(")) {
                for (int k = e[0]; k < e[1]; k++) {
                    Token t = c.tokens.get(k);
                    if (t.is("NAME") && k + 2 < e[1] && c.tokens.get(k + 1).isPunct("=")
                            && c.tokens.get(k + 2).kind() == TokenKind.STRING) {
                        Token s = c.tokens.get(k + 2);
                        role = s.stringValue();
                        roleSpan = s.stringContentSpan();
                    }
                }
            } else if (first.kind() == TokenKind.STRING && e[1] == e[0] + 1 && (permIndex < 0 || permIndex == i)) {
                permission = first.stringValue();
                permissionSpan = first.stringContentSpan();
            }
        }
        if (permission != null) {
            TextSpan rowSpan = new TextSpan(c.tokens.get(open).start(), c.tokens.get(close - 1).end());
            m.grants.add(new PermissionGrant(role, roleSpan, permission, permissionSpan, rowSpan));
        }
    }
}
