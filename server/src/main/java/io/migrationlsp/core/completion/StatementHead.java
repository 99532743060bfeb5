package io.migrationlsp.core.completion;

import io.migrationlsp.core.text.Token;
import io.migrationlsp.core.text.TokenKind;
import java.util.List;
import java.util.Set;

/**
 * The statement the cursor is in, found by walking back from the cursor to its opening keywords.
 * Walking back (not splitting the file) is what works while the user types: the statement is
 * unfinished and often has no semicolon, and words inside it such as {@code ALTER COLUMN},
 * {@code DROP COLUMN} or {@code ON DELETE} must not be taken for the start of another one.
 */
record StatementHead(Kind kind, int index) {
    enum Kind { ALTER_TABLE, CREATE_TABLE, CREATE_INDEX, INSERT, OTHER }

    private static final Set<String> ALWAYS_START = Set.of("GO", "BEGIN", "END", "DECLARE", "EXEC", "EXECUTE",
            "PRINT", "SELECT", "MERGE", "TRUNCATE", "WHILE", "RETURN", "USE", "RAISERROR", "THROW");
    private static final Set<String> INDEX_OPTIONS = Set.of("UNIQUE", "CLUSTERED", "NONCLUSTERED");
    private static final Set<String> IF_INSIDE = Set.of("COLUMN", "CONSTRAINT", "INDEX", "TABLE", "VIEW",
            "PROCEDURE", "FUNCTION", "TRIGGER", "SCHEMA", "EXISTS", "NOT");

    /** The head of the statement ending at the end of {@code sig}, or null when a {@code ;} or the file start comes first. */
    static StatementHead find(List<Token> sig) {
        int depth = 0;
        for (int k = sig.size() - 1; k >= 0; k--) {
            Token t = sig.get(k);
            if (t.isPunct(")")) {
                depth++;
            } else if (t.isPunct("(")) {
                depth--;
            } else if (t.isPunct(";")) {
                return null;
            } else if (t.kind() == TokenKind.WORD && depth <= 0) {
                Kind kind = headAt(sig, k);
                if (kind != null) {
                    return new StatementHead(kind, k);
                }
            }
        }
        return null;
    }

    private static Kind headAt(List<Token> sig, int k) {
        Token t = sig.get(k);
        String next = k + 1 < sig.size() ? sig.get(k + 1).upper() : "";
        String prev = k > 0 ? sig.get(k - 1).upper() : "";
        switch (t.upper()) {
            case "ALTER":
                return next.equals("TABLE") ? Kind.ALTER_TABLE : next.equals("COLUMN") ? null : Kind.OTHER;
            case "CREATE":
                return createKind(sig, k + 1);
            case "INSERT":
                return Kind.INSERT;
            case "DROP":
                // ALTER TABLE ... DROP COLUMN / CONSTRAINT belongs to the ALTER.
                return next.equals("COLUMN") || next.equals("CONSTRAINT") ? null : Kind.OTHER;
            case "UPDATE":
            case "DELETE":
                return prev.equals("ON") ? null : Kind.OTHER;
            case "IF":
                return IF_INSIDE.contains(prev) ? null : Kind.OTHER;
            default:
                return ALWAYS_START.contains(t.upper()) ? Kind.OTHER : null;
        }
    }

    private static Kind createKind(List<Token> sig, int from) {
        int i = from;
        if (i < sig.size() && sig.get(i).is("TABLE")) {
            return Kind.CREATE_TABLE;
        }
        while (i < sig.size() && sig.get(i).kind() == TokenKind.WORD && INDEX_OPTIONS.contains(sig.get(i).upper())) {
            i++;
        }
        return i < sig.size() && sig.get(i).is("INDEX") ? Kind.CREATE_INDEX : Kind.OTHER;
    }
}
