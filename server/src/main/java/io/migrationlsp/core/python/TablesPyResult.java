package io.migrationlsp.core.python;

import io.migrationlsp.core.text.TextSpan;

/** What reading tables.py gave: the SQL it holds, or why there is none. */
public sealed interface TablesPyResult permits TablesPySql, TablesPyResult.Unreadable {
    enum Reason {
        /** No {@code def get_tenant_tables_sql} in the file. */
        FUNCTION_MISSING,
        /** The function is there but its body holds no string literal (the docstring aside). */
        NO_STRING
    }

    /**
     * @param functionNameSpan where the function's name is, null when the function is missing
     * @param message          a sentence for a diagnostic
     */
    record Unreadable(Reason reason, TextSpan functionNameSpan, String message) implements TablesPyResult {}
}
