package io.migrationlsp.core.workspace;

import io.migrationlsp.core.analysis.SqlFile;
import io.migrationlsp.core.schema.SchemaModel;
import io.migrationlsp.core.text.TextSpan;
import java.lang.ref.SoftReference;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;

/**
 * {@code app/tenant/tables.py} as read (never run): the SQL of {@code get_tenant_tables_sql} as a
 * virtual SQL file, the tenant schema it creates, and the maps from SQL spans back into Python
 * ({@code toPython}: a span's end lands after the source of its last char, escapes included) and
 * back ({@code toSql}: a Python offset to the SQL offset of its char, -1 outside the SQL literals).
 * {@code sql} is null when the function or its SQL is missing; {@code problem} then says why.
 *
 * <p>The modelled SQL is held softly and modelled again from its text when the collector dropped
 * it: the tables.py of a 5,000-file workspace models to some 30 MB of tokens and statements, which
 * only its own analysis and the positions of tables-py-sync fixes need, while the schema, read on
 * every keystroke, is held strongly.
 */
public final class TablesPyModel {
    private final String path;
    private final String pythonText;
    private final String sqlText;
    private final Function<String, SqlFile> modeler;
    private final SchemaModel schema;
    private final TextSpan functionSpan;
    private final Function<TextSpan, TextSpan> toPython;
    private final IntUnaryOperator toSql;
    private final IntUnaryOperator insertionOffset;
    private final BiFunction<Integer, String, String> encoder;
    private final String problem;
    private SoftReference<SqlFile> sql;

    /** {@code sql} is {@code modeler} applied to its text, or null (and {@code modeler} too) when unreadable. */
    public TablesPyModel(String path, String pythonText, SqlFile sql, Function<String, SqlFile> modeler, SchemaModel schema,
                         TextSpan functionSpan, Function<TextSpan, TextSpan> toPython, IntUnaryOperator toSql,
                         IntUnaryOperator insertionOffset, BiFunction<Integer, String, String> encoder, String problem) {
        this.path = path;
        this.pythonText = pythonText;
        this.sqlText = sql == null ? null : sql.text();
        this.modeler = modeler;
        this.sql = sql == null ? null : new SoftReference<>(sql);
        this.schema = schema;
        this.functionSpan = functionSpan;
        this.toPython = toPython;
        this.toSql = toSql;
        this.insertionOffset = insertionOffset;
        this.encoder = encoder;
        this.problem = problem;
    }

    public String path() { return path; }
    public String pythonText() { return pythonText; }
    public SchemaModel schema() { return schema; }
    public TextSpan functionSpan() { return functionSpan; }
    public Function<TextSpan, TextSpan> toPython() { return toPython; }
    public IntUnaryOperator toSql() { return toSql; }
    public IntUnaryOperator insertionOffset() { return insertionOffset; }
    public BiFunction<Integer, String, String> encoder() { return encoder; }
    public String problem() { return problem; }

    /** The SQL as a file of statements, or null when tables.py has none. */
    public synchronized SqlFile sql() {
        if (sqlText == null) {
            return null;
        }
        SqlFile file = sql.get();
        if (file == null) {
            file = modeler.apply(sqlText);
            sql = new SoftReference<>(file);
        }
        return file;
    }

    /** SQL text written as it must appear in the Python literal at {@code pythonOffset} (braces, quotes, escapes). */
    public String encodeAt(int pythonOffset, String sqlText) {
        return encoder.apply(pythonOffset, sqlText);
    }
}
