package io.migrationlsp.core.sql;

import io.migrationlsp.core.text.Dialect;
import io.migrationlsp.core.text.Token;
import io.migrationlsp.core.text.TokenKind;
import java.util.List;
import java.util.Set;

/**
 * Decides where a statement ends when the author left out the semicolon, as T-SQL allows:
 * a statement keyword at nesting depth 0 starts a new statement unless what precedes it makes it
 * part of the current one ({@code ON DELETE}, {@code INSERT ... SELECT}, {@code ALTER ... DROP COLUMN}).
 */
final class StatementBoundaries {
    private static final Set<String> OBJECT_WORDS = Set.of(
            "TABLE", "VIEW", "INDEX", "PROCEDURE", "PROC", "FUNCTION", "TRIGGER", "SCHEMA", "TYPE",
            "SEQUENCE", "ROLE", "USER", "DATABASE", "POLICY", "EXTENSION", "MATERIALIZED", "DOMAIN",
            "LOGIN", "FOREIGN", "SERVER", "PUBLICATION", "SUBSCRIPTION", "STATISTICS", "AGGREGATE",
            "COLLATION", "CONVERSION", "EVENT", "GROUP", "LANGUAGE", "OPERATOR", "RULE", "TABLESPACE",
            "PARTITION", "SYNONYM", "FULLTEXT", "UNIQUE", "CLUSTERED", "NONCLUSTERED", "OR", "TEMP",
            "TEMPORARY", "UNLOGGED", "ASSEMBLY", "CERTIFICATE", "CREDENTIAL", "XML", "COLUMNSTORE",
            "SPATIAL", "MESSAGE", "CONTRACT", "QUEUE", "ROUTE", "SERVICE", "ENDPOINT", "OWNED",
            "CAST", "ACCESS", "TEXT", "DEFAULT", "SYSTEM", "LARGE", "PROCEDURAL", "TRANSFORM");
    private static final Set<String> PERMISSION_WORDS = Set.of("GRANT", "REVOKE", "DENY", ",");
    private static final Set<String> TRIGGER_EVENT_PREV = Set.of(
            "ON", "FOR", "OF", "OR", ",", "GRANT", "REVOKE", "DENY", "THEN", "DO", "AFTER", "BEFORE",
            "KEY", "INSTEAD");
    private static final Set<String> SET_OPTIONS = Set.of(
            "NOCOUNT", "XACT_ABORT", "ANSI_NULLS", "ANSI_PADDING", "ANSI_WARNINGS", "QUOTED_IDENTIFIER",
            "IDENTITY_INSERT", "TRANSACTION", "LOCK_TIMEOUT", "DEADLOCK_PRIORITY", "STATISTICS",
            "ARITHABORT", "CONCAT_NULL_YIELDS_NULL", "NUMERIC_ROUNDABORT", "DATEFORMAT", "LANGUAGE",
            "ROWCOUNT", "TEXTSIZE", "NOEXEC", "PARSEONLY", "SHOWPLAN_ALL", "SHOWPLAN_XML",
            "CONTEXT_INFO", "DATEFIRST", "IMPLICIT_TRANSACTIONS", "CURSOR_CLOSE_ON_COMMIT", "FMTONLY",
            "FORCEPLAN", "SEARCH_PATH", "CLIENT_ENCODING", "STATEMENT_TIMEOUT", "SESSION", "LOCAL",
            "CONSTRAINTS", "ROLE", "TIME");
    private static final Set<String> ALWAYS_START = Set.of(
            "DECLARE", "PRINT", "RAISERROR", "THROW", "USE", "TRUNCATE", "MERGE", "WHILE", "DBCC",
            "CHECKPOINT", "WAITFOR", "VACUUM", "REINDEX", "SAVE");
    static final Set<String> CONDITION_END = Set.of(
            "CREATE", "ALTER", "DROP", "INSERT", "UPDATE", "DELETE", "EXEC", "EXECUTE", "BEGIN", "PRINT",
            "SET", "SELECT", "RAISERROR", "THROW", "RETURN", "DECLARE", "MERGE", "TRUNCATE", "GRANT",
            "REVOKE", "DENY", "IF", "WHILE", "USE", "GOTO", "BREAK", "CONTINUE", "WAITFOR", "WITH");

    private StatementBoundaries() {}

    static boolean startsStatement(List<Token> sig, int start, int j, Dialect dialect) {
        Token t = sig.get(j);
        if (t.kind() != TokenKind.WORD) {
            return false;
        }
        String prev = upper(sig.get(j - 1));
        String next = j + 1 < sig.size() ? upper(sig.get(j + 1)) : "";
        String first = upper(sig.get(start));
        String word = t.upper();
        switch (word) {
            case "CREATE":
                return !PERMISSION_WORDS.contains(prev) && !prev.equals("SCHEMA");
            case "ALTER":
            case "DROP":
                if (PERMISSION_WORDS.contains(prev) || !OBJECT_WORDS.contains(next)) {
                    return false;
                }
                return !(word.equals("DROP") && next.equals("DEFAULT"));
            case "INSERT":
            case "UPDATE":
            case "DELETE":
                return !TRIGGER_EVENT_PREV.contains(prev) && !first.equals("MERGE") && !isCteBody(sig, start, j);
            case "SELECT":
                return startsSelect(sig, start, prev, first);
            case "WITH":
                return j + 3 < sig.size() && sig.get(j + 1).isNameLike()
                        && sig.get(j + 2).is("AS") && sig.get(j + 3).isPunct("(")
                        && !first.equals("CREATE");
            case "SET":
                return (next.startsWith("@") || SET_OPTIONS.contains(next))
                        && !first.equals("UPDATE") && !first.equals("ALTER") && !first.equals("MERGE")
                        && !TRIGGER_EVENT_PREV.contains(prev);
            case "EXEC":
            case "EXECUTE":
                return !Set.of("GRANT", "REVOKE", "DENY", ",", "ROW", "STATEMENT", "WITH", "ON", "AS").contains(prev);
            case "GRANT":
            case "REVOKE":
            case "DENY":
                return !prev.equals("WITH") && !prev.equals(",") && !first.equals("ALTER");
            case "COMMIT":
            case "ROLLBACK":
                return !prev.equals("ON") && !prev.equals("PRESERVE") && !prev.equals("DELETE");
            case "BEGIN":
                return dialect == Dialect.TSQL && !prev.equals("AS");
            case "DO":
                return dialect == Dialect.POSTGRES && j + 1 < sig.size()
                        && (sig.get(j + 1).kind() == TokenKind.DOLLAR_STRING || next.equals("LANGUAGE"));
            case "IF":
                return dialect == Dialect.TSQL && !OBJECT_WORDS.contains(prev)
                        && !Set.of("COLUMN", "CONSTRAINT", "INDEX", "TABLE", "EXISTS", "NOT").contains(prev);
            default:
                return ALWAYS_START.contains(word) && !prev.equals("ON") && !PERMISSION_WORDS.contains(prev)
                        && !(word.equals("MERGE") && isCteBody(sig, start, j));
        }
    }

    /**
     * {@code WITH cte AS (...) UPDATE/INSERT/DELETE/MERGE ...}: the first data statement after the CTE
     * list is the body of the WITH, not a new statement.
     */
    private static boolean isCteBody(List<Token> sig, int start, int j) {
        if (!sig.get(start).is("WITH")) {
            return false;
        }
        int depth = 0;
        for (int k = start + 1; k < j; k++) {
            Token t = sig.get(k);
            if (t.isPunct("(")) {
                depth++;
            } else if (t.isPunct(")")) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && t.isAny("SELECT", "INSERT", "UPDATE", "DELETE", "MERGE")) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsSelect(List<Token> sig, int start, String prev, String first) {
        if (Set.of("UNION", "ALL", "EXCEPT", "INTERSECT", "MINUS", "AS", "FOR", "DISTINCT", ",", "(",
                "THEN", "ELSE", "GRANT", "REVOKE", "DENY", "RETURN").contains(prev)) {
            return false;
        }
        if (Set.of("INSERT", "WITH", "MERGE", "DECLARE", "IF", "WHILE").contains(first)) {
            return false;
        }
        if (first.equals("CREATE") || first.equals("ALTER")) {
            for (int k = start; k < sig.size() && k < start + 4; k++) {
                if (sig.get(k).isAny("VIEW", "PROCEDURE", "PROC", "FUNCTION", "TRIGGER", "MATERIALIZED")) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String upper(Token t) {
        return t.kind() == TokenKind.WORD || t.kind() == TokenKind.PUNCT ? t.upper() : "";
    }
}
