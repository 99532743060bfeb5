package io.migrationlsp.core.alembic;

import io.migrationlsp.core.analysis.SqlFile;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.python.TablesPySql;
import io.migrationlsp.core.text.TextSpan;
import java.util.List;

/**
 * The SQL of one {@code op.execute("...")} (or {@code op.execute(sa.text("..."))}): the literal's
 * decoded text, modelled by the same SQL pipeline as a migration file, with every SQL span mapping
 * back to the chars of the Python string it came from.
 */
public record ExecuteSql(TablesPySql mapped, SqlFile sql) {
    public List<StatementModel> models() {
        return sql.allModels();
    }

    public TextSpan toPython(TextSpan sqlSpan) {
        return mapped.toPython(sqlSpan);
    }
}
