package io.migrationlsp.lsp;

import io.migrationlsp.core.alembic.RevisionSuppressions;
import io.migrationlsp.core.analysis.SqlFile;
import io.migrationlsp.core.rules.Finding;
import io.migrationlsp.core.sql.Statement;
import io.migrationlsp.core.text.TextSpan;

/**
 * Where a suppression comment goes. The splitter reads {@code -- migration-lsp: disable=<id>} on
 * the line before a statement (or on its first line) and {@code disable-file=} anywhere, so the
 * statement comment goes on its own line just above the statement, indented like it.
 */
final class Suppression {
    /** Insert {@code text} at {@code offset}. */
    record Insert(int offset, String text) {
        TextSpan span() {
            return new TextSpan(offset, offset);
        }
    }

    private Suppression() {}

    static Insert forStatement(SqlFile file, Finding f) {
        Statement stmt = null;
        for (Statement s : file.split().statements()) {
            if (f.span().start() >= s.span().start() && f.span().start() <= s.span().end()) {
                stmt = s;
                break;
            }
        }
        if (stmt == null) {
            return null;
        }
        String text = file.text();
        String eol = text.contains("\r\n") ? "\r\n" : "\n";
        int start = stmt.span().start();
        int lineStart = start;
        while (lineStart > 0 && text.charAt(lineStart - 1) != '\n' && text.charAt(lineStart - 1) != '\r') {
            lineStart--;
        }
        String before = text.substring(lineStart, start);
        String comment = "-- migration-lsp: disable=" + f.ruleId();
        if (before.isBlank()) {
            return new Insert(lineStart, before + comment + eol);
        }
        // Another statement ends on this line: break the line so the comment covers only this one.
        String indent = leadingWhitespace(before);
        return new Insert(start, eol + indent + comment + eol + indent);
    }

    static Insert forFile(SqlFile file, String ruleId) {
        String eol = file.text().contains("\r\n") ? "\r\n" : "\n";
        return new Insert(0, "-- migration-lsp: disable-file=" + ruleId + eol);
    }

    /** In an Alembic revision: a {@code #} comment on its own line above the Python statement holding the finding. */
    static Insert forPythonStatement(SqlFile file, Finding f) {
        String text = file.text();
        String eol = text.contains("\r\n") ? "\r\n" : "\n";
        int start = RevisionSuppressions.statementStart(text, f.span().start());
        int lineStart = start;
        while (lineStart > 0 && text.charAt(lineStart - 1) != '\n' && text.charAt(lineStart - 1) != '\r') {
            lineStart--;
        }
        String indent = leadingWhitespace(text.substring(lineStart, start));
        return new Insert(lineStart, indent + "# migration-lsp: disable=" + f.ruleId() + eol);
    }

    static Insert forPythonFile(SqlFile file, String ruleId) {
        String eol = file.text().contains("\r\n") ? "\r\n" : "\n";
        return new Insert(0, "# migration-lsp: disable-file=" + ruleId + eol);
    }

    private static String leadingWhitespace(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return s.substring(0, i);
    }
}
