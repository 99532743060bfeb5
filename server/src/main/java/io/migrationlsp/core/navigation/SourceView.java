package io.migrationlsp.core.navigation;

import io.migrationlsp.core.analysis.SqlFile;
import io.migrationlsp.core.text.LineMap;
import io.migrationlsp.core.text.TextSpan;
import io.migrationlsp.core.workspace.TablesPyModel;
import java.util.function.IntUnaryOperator;
import java.util.function.UnaryOperator;

/**
 * A file as navigation reads it: its SQL model and the maps between the file's own offsets and
 * the SQL's. For a migration both maps are the identity; for tables.py the SQL is the text of
 * {@code get_tenant_tables_sql} and the file is Python.
 */
public final class SourceView {
    private final String path;
    private final SqlFile sql;
    private final String sourceText;
    private final IntUnaryOperator toSql;
    private final UnaryOperator<TextSpan> toSource;
    private LineMap lines;

    private SourceView(String path, SqlFile sql, String sourceText, IntUnaryOperator toSql, UnaryOperator<TextSpan> toSource) {
        this.path = path;
        this.sql = sql;
        this.sourceText = sourceText;
        this.toSql = toSql;
        this.toSource = toSource;
    }

    public static SourceView of(SqlFile file) {
        return new SourceView(file.path(), file, file.text(), offset -> offset, span -> span);
    }

    /** Null when tables.py holds no readable SQL. */
    public static SourceView of(TablesPyModel tablesPy) {
        if (tablesPy == null || tablesPy.sql() == null) {
            return null;
        }
        return new SourceView(tablesPy.path(), tablesPy.sql(), tablesPy.pythonText(), tablesPy.toSql(),
                span -> tablesPy.toPython().apply(span));
    }

    /** Workspace-relative path (or the file name of a file outside the workspace). */
    public String path() {
        return path;
    }

    public SqlFile sql() {
        return sql;
    }

    /** The file's own text: the SQL for a migration, the Python for tables.py. */
    public String sourceText() {
        return sourceText;
    }

    /** The SQL offset of a file offset; -1 where the file holds no SQL (Python outside the literals). */
    public int toSql(int sourceOffset) {
        return toSql.applyAsInt(sourceOffset);
    }

    public TextSpan toSource(TextSpan sqlSpan) {
        return toSource.apply(sqlSpan);
    }

    public synchronized LineMap lines() {
        if (lines == null) {
            lines = sourceText.equals(sql.text()) ? sql.lines() : new LineMap(sourceText);
        }
        return lines;
    }

    /** 1-based line of a SQL offset in the file's own text. */
    public int lineOf(int sqlOffset) {
        return lines().lineOf(toSource(new TextSpan(sqlOffset, sqlOffset)).start()) + 1;
    }
}
