package io.migrationlsp.rules.alembic;

import io.migrationlsp.core.python.PythonExpr;
import io.migrationlsp.core.rules.Edit;
import io.migrationlsp.core.text.TextSpan;

/**
 * Adds a keyword argument at the end of a call the way the call is already written: on a line of
 * its own, indented like the last argument, when the arguments are one per line (keeping a
 * trailing comma if there is one), else after {@code ", "} on the same line.
 */
final class ArgumentInsertion {
    private ArgumentInsertion() {}

    /** The edit, or null when the call is not closed (the file is being typed). */
    static Edit of(String source, PythonExpr.Call call, String argument) {
        if (call.close() < 0) {
            return null;
        }
        if (call.args().isEmpty()) {
            return Edit.insert(call.close(), argument);
        }
        TextSpan last = call.args().get(call.args().size() - 1).span();
        String between = source.substring(last.end(), call.close());
        int comma = between.indexOf(',');
        boolean multiline = between.indexOf('\n') >= 0;
        if (!multiline) {
            return Edit.insert(last.end(), ", " + argument);
        }
        String eol = source.contains("\r\n") ? "\r\n" : "\n";
        String indent = indentOf(source, last.start());
        if (comma >= 0) {
            return Edit.insert(last.end() + comma + 1, eol + indent + argument + ",");
        }
        return Edit.insert(last.end(), "," + eol + indent + argument);
    }

    /** The leading whitespace of the line holding {@code offset}. */
    static String indentOf(String source, int offset) {
        int lineStart = offset;
        while (lineStart > 0 && source.charAt(lineStart - 1) != '\n' && source.charAt(lineStart - 1) != '\r') {
            lineStart--;
        }
        int i = lineStart;
        while (i < source.length() && (source.charAt(i) == ' ' || source.charAt(i) == '\t')) {
            i++;
        }
        return source.substring(lineStart, i);
    }
}
