package io.migrationlsp.core.completion;

import io.migrationlsp.core.completion.CompletionContext.Kind;
import io.migrationlsp.core.schema.SchemaModel;
import io.migrationlsp.core.text.TextSpan;
import io.migrationlsp.core.text.Token;
import io.migrationlsp.core.text.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Contexts outside strings and comments: a table after a schema, a column of the statement's table,
 * the type of a column definition. Each is recognised by reading the statement from its head to
 * the cursor, and only when every token on the way fits, so a half-typed other statement gets nothing.
 */
final class ClauseContexts {
    /** Words that open a table element or an ADD action that is not a column definition. */
    private static final Set<String> NOT_A_COLUMN = Set.of("CONSTRAINT", "PRIMARY", "FOREIGN", "UNIQUE", "CHECK",
            "INDEX", "DEFAULT", "PERIOD", "COLUMN");

    private ClauseContexts() {}

    /**
     * @param sig    significant tokens before the word being typed
     * @param prefix what is typed of the name here (empty after a space or punctuation)
     */
    static CompletionContext detect(List<Token> sig, String prefix, TextSpan replace, String placeholder) {
        CompletionContext table = afterSchema(sig, prefix, replace, placeholder);
        if (table != null) {
            return table;
        }
        StatementHead head = StatementHead.find(sig);
        if (head == null) {
            return CompletionContext.none();
        }
        TokenReader r = new TokenReader(sig, head.index(), placeholder);
        CompletionContext found = switch (head.kind()) {
            case ALTER_TABLE -> alterTable(r);
            case CREATE_TABLE -> createTable(r);
            case CREATE_INDEX -> createIndex(r);
            default -> null;
        };
        if (found == null || (found.kind() == Kind.TYPE && prefix.startsWith("["))) {
            return CompletionContext.none();
        }
        return new CompletionContext(found.kind(), prefix, replace, found.tableKey(), null, found.listed(), found.defaults());
    }

    /** {@code {schema_name}.|} or {@code PLATFORM.|}, but not the new name of a {@code CREATE TABLE}. */
    private static CompletionContext afterSchema(List<Token> sig, String prefix, TextSpan replace, String placeholder) {
        int n = sig.size();
        if (n < 2 || !sig.get(n - 1).isPunct(".") || !sig.get(n - 2).isNameLike()) {
            return null;
        }
        String schema = TokenReader.part(sig.get(n - 2), placeholder);
        if (!schema.equals(SchemaModel.TENANT) && !schema.equals("PLATFORM")) {
            return null;
        }
        if (n >= 4 && sig.get(n - 3).is("TABLE") && sig.get(n - 4).is("CREATE")) {
            return CompletionContext.none();
        }
        return CompletionContext.of(Kind.TABLE, prefix, replace).withTable(schema, List.of());
    }

    private static CompletionContext alterTable(TokenReader r) {
        r.accept("ALTER");
        r.accept("TABLE");
        String table = r.readName();
        if (table == null) {
            return null;
        }
        if (r.accept("DROP")) {
            if (!r.accept("COLUMN")) {
                return null;
            }
            if (r.accept("IF") && !r.accept("EXISTS")) {
                return null;
            }
            return nameList(r, table);
        }
        if (r.accept("ALTER")) {
            if (!r.accept("COLUMN")) {
                return null;
            }
            if (r.atEnd()) {
                return column(table, List.of());
            }
            Token name = r.next();
            return name.isNameLike() && r.atEnd() ? type(false) : null;
        }
        if (r.accept("ADD")) {
            return newColumnType(r, 0);
        }
        return null;
    }

    /** {@code a, b, |}: the columns of a DROP COLUMN list; the cursor must follow the list start or a comma. */
    private static CompletionContext nameList(TokenReader r, String table) {
        List<String> listed = new ArrayList<>();
        while (!r.atEnd()) {
            Token t = r.next();
            if (!t.isNameLike() || r.atEnd() || !r.acceptPunct(",")) {
                return null;
            }
            listed.add(TokenReader.part(t, ""));
        }
        return column(table, listed);
    }

    /**
     * The element being typed (after the last comma at {@code depth}) is a lone column name: the
     * type comes next. {@code depth} is 0 for {@code ALTER TABLE ... ADD}, 1 inside {@code CREATE TABLE (}.
     */
    private static CompletionContext newColumnType(TokenReader r, int depth) {
        int level = depth;
        int elementStart = r.pos;
        while (!r.atEnd()) {
            Token t = r.next();
            if (t.isPunct("(")) {
                level++;
            } else if (t.isPunct(")")) {
                level--;
                if (level < depth) {
                    return null;
                }
            } else if (t.isPunct(",") && level == depth) {
                elementStart = r.pos;
            }
        }
        if (level != depth || r.pos - elementStart != 1) {
            return null;
        }
        Token name = r.peekBack();
        return name.isNameLike() && !(name.kind() == TokenKind.WORD && NOT_A_COLUMN.contains(name.upper())) ? type(true) : null;
    }

    private static CompletionContext createTable(TokenReader r) {
        r.accept("CREATE");
        r.accept("TABLE");
        if (r.readName() == null || !r.acceptPunct("(")) {
            return null;
        }
        return newColumnType(r, 1);
    }

    /** {@code CREATE [UNIQUE] [NON]CLUSTERED INDEX i ON t (a, |} and {@code ... INCLUDE (b, |}. */
    private static CompletionContext createIndex(TokenReader r) {
        r.accept("CREATE");
        while (r.accept("UNIQUE") || r.accept("CLUSTERED") || r.accept("NONCLUSTERED")) {
            // options before INDEX
        }
        if (!r.accept("INDEX") || r.readName() == null || !r.accept("ON")) {
            return null;
        }
        String table = r.readName();
        if (table == null || !r.acceptPunct("(")) {
            return null;
        }
        return indexColumns(r, table, false);
    }

    /**
     * After the {@code (} of an index's column list on {@code table}: a column of the table when the
     * cursor is where the next one goes, in the key list or in a following {@code INCLUDE (...)}.
     * {@code nullsOrder}: a column may be followed by {@code NULLS FIRST|LAST} (Postgres).
     */
    static CompletionContext indexColumns(TokenReader r, String table, boolean nullsOrder) {
        List<String> listed = new ArrayList<>();
        Boolean open = columnList(r, listed, nullsOrder);
        if (open == null) {
            return null;
        }
        if (open) {
            return column(table, listed);
        }
        if (!r.accept("INCLUDE") || !r.acceptPunct("(")) {
            return null;
        }
        return Boolean.TRUE.equals(columnList(r, listed, nullsOrder)) ? column(table, listed) : null;
    }

    /**
     * Reads {@code a [ASC|DESC] [NULLS FIRST|LAST], b, ...} after an opening parenthesis (the NULLS
     * order only when {@code nullsOrder}), adding the names to {@code listed}. True when the cursor is
     * where the next column goes, false after the closing parenthesis, null when something else (an
     * expression) stands in the list.
     */
    static Boolean columnList(TokenReader r, List<String> listed, boolean nullsOrder) {
        boolean expectName = true;
        while (!r.atEnd()) {
            Token t = r.next();
            if (expectName && t.isNameLike()) {
                listed.add(TokenReader.part(t, ""));
                expectName = false;
                r.accept("ASC");
                r.accept("DESC");
                if (nullsOrder && r.accept("NULLS") && !(r.accept("FIRST") || r.accept("LAST"))) {
                    return null;
                }
            } else if (!expectName && t.isPunct(",")) {
                expectName = true;
            } else if (!expectName && t.isPunct(")")) {
                return false;
            } else {
                return null;
            }
        }
        return expectName ? Boolean.TRUE : null;
    }

    static CompletionContext column(String table, List<String> listed) {
        return CompletionContext.of(Kind.COLUMN, "", null).withTable(table, listed);
    }

    static CompletionContext type(boolean defaults) {
        return CompletionContext.of(Kind.TYPE, "", null).withDefaults(defaults);
    }
}
