package io.migrationlsp.core.workspace;

import io.migrationlsp.core.analysis.SqlFile;
import io.migrationlsp.core.schema.SchemaModel;
import io.migrationlsp.core.text.TextSpan;
import java.util.function.BiFunction;
import java.util.function.IntUnaryOperator;

/**
 * {@code app/tenant/tables.py} as read (never run): the SQL of {@code get_tenant_tables_sql} as a
 * virtual SQL file, the tenant schema it creates, and the maps from SQL offsets back into Python.
 * {@code sql} is null when the function or its SQL is missing; {@code problem} then says why.
 */
public record TablesPyModel(String path, String pythonText, SqlFile sql, SchemaModel schema, TextSpan functionSpan,
                            IntUnaryOperator toPython, IntUnaryOperator insertionOffset,
                            BiFunction<Integer, String, String> encoder, String problem) {

    /** SQL text written as it must appear in the Python literal at {@code pythonOffset} (braces, quotes, escapes). */
    public String encodeAt(int pythonOffset, String sqlText) {
        return encoder.apply(pythonOffset, sqlText);
    }

    public TextSpan toPython(TextSpan sqlSpan) {
        if (sqlSpan.length() == 0) {
            int p = toPython.applyAsInt(sqlSpan.start());
            return new TextSpan(p, p);
        }
        int start = toPython.applyAsInt(sqlSpan.start());
        int end = toPython.applyAsInt(sqlSpan.end() - 1) + 1;
        return new TextSpan(start, Math.max(start, end));
    }
}
