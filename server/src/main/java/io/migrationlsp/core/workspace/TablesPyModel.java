package io.migrationlsp.core.workspace;

import io.migrationlsp.core.analysis.SqlFile;
import io.migrationlsp.core.schema.SchemaModel;
import io.migrationlsp.core.text.TextSpan;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;

/**
 * {@code app/tenant/tables.py} as read (never run): the SQL of {@code get_tenant_tables_sql} as a
 * virtual SQL file, the tenant schema it creates, and the maps from SQL spans back into Python
 * ({@code toPython}: a span's end lands after the source of its last char, escapes included) and
 * back ({@code toSql}: a Python offset to the SQL offset of its char, -1 outside the SQL literals).
 * {@code sql} is null when the function or its SQL is missing; {@code problem} then says why.
 */
public record TablesPyModel(String path, String pythonText, SqlFile sql, SchemaModel schema, TextSpan functionSpan,
                            Function<TextSpan, TextSpan> toPython, IntUnaryOperator toSql, IntUnaryOperator insertionOffset,
                            BiFunction<Integer, String, String> encoder, String problem) {

    /** SQL text written as it must appear in the Python literal at {@code pythonOffset} (braces, quotes, escapes). */
    public String encodeAt(int pythonOffset, String sqlText) {
        return encoder.apply(pythonOffset, sqlText);
    }
}
