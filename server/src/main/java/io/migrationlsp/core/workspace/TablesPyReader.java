package io.migrationlsp.core.workspace;

import io.migrationlsp.core.analysis.Analyzer;
import io.migrationlsp.core.analysis.SqlFile;
import io.migrationlsp.core.python.TablesPy;
import io.migrationlsp.core.python.TablesPyResult;
import io.migrationlsp.core.python.TablesPySql;
import io.migrationlsp.core.schema.SchemaModel;
import io.migrationlsp.core.schema.SchemaReplayer;

/** Reads tables.py into a {@link TablesPyModel}: its SQL through the same pipeline as migrations, and the schema it creates. */
final class TablesPyReader {
    private TablesPyReader() {}

    static TablesPyModel read(String path, String text, Analyzer analyzer, Project project) {
        // The reader keeps a replacement field that names the placeholder ({schema_name}) as written.
        String placeholder = project.config().placeholder();
        TablesPyResult r = TablesPy.read(text, placeholder.substring(1, placeholder.length() - 1));
        if (r instanceof TablesPyResult.Unreadable u) {
            return new TablesPyModel(path, text, null, null, null, u.functionNameSpan(), null, null, null, null, u.message());
        }
        TablesPySql s = (TablesPySql) r;
        SqlFile sql = analyzer.model(path, s.sql(), project.config(), project.profile());
        SchemaModel schema = new SchemaModel();
        SchemaReplayer.apply(schema, sql);
        return new TablesPyModel(path, text, sql, sqlText -> analyzer.model(path, sqlText, project.config(), project.profile()),
                schema, s.functionNameSpan(), s::toPython, s::toSql, s::insertionOffsetAfterSql,
                s::encodeForLiteralAt, null);
    }
}
