package io.migrationlsp.core.schema;

import io.migrationlsp.core.analysis.SqlFile;
import io.migrationlsp.core.model.AlterAction;
import io.migrationlsp.core.model.Modeler;
import io.migrationlsp.core.model.QualifiedName;
import io.migrationlsp.core.model.StatementKind;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.sql.SplitFile;
import io.migrationlsp.core.sql.Splitter;
import io.migrationlsp.core.sql.Statement;
import io.migrationlsp.core.text.Dialect;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The Postgres statements that undo one migration, as far as the schema replay can derive them:
 * renames are reversed by name, everything the replay models (tables, columns, indexes, foreign
 * keys, row level security, policies) by comparing the schema after the file with the one before
 * it, and views, types, sequences, functions, schemas and extensions the file creates are dropped.
 * What cannot be derived (data changes, dropped views or functions) is listed as comments.
 */
public final class ReverseScript {
    private ReverseScript() {}

    /** The statements, one or more lines each, in the order they must run. */
    public static List<String> statements(SqlFile file, SchemaModel before) {
        SchemaModel after = before.copy();
        SchemaReplayer.apply(after, file);
        List<String> renames = inverseRenames(file);
        SchemaModel undone = after.copy();
        if (!renames.isEmpty()) {
            SchemaReplayer.apply(undone, parse(file.path(), String.join("\n", renames)));
        }
        List<String> out = new ArrayList<>();
        List<StatementModel> models = new ArrayList<>(file.allModels());
        Collections.reverse(models);
        for (StatementModel m : models) {
            if (m.kind() == StatementKind.CREATE_VIEW && m.target() != null) {
                out.add("DROP " + (materialized(m) ? "MATERIALIZED VIEW" : "VIEW") + " IF EXISTS " + m.target().display() + ";");
            }
        }
        out.addAll(renames);
        for (SchemaChange c : SchemaDiff.between(undone, before)) {
            out.add(c.sql());
        }
        List<String> notReversed = new ArrayList<>();
        for (StatementModel m : models) {
            String drop = dropOf(m);
            if (drop != null) {
                out.add(drop);
            } else if (!derivedFromSchema(m)) {
                notReversed.add("--   " + firstLine(m.statement().text(file.text())));
            }
        }
        if (!notReversed.isEmpty()) {
            Collections.reverse(notReversed);
            out.add("-- Not reversed by this script (reverse by hand if needed):\n" + String.join("\n", notReversed));
        }
        return out;
    }

    /** The whole script: a comment naming the migration, then the statements. */
    public static String text(SqlFile file, SchemaModel before, String title) {
        List<String> statements = statements(file, before);
        StringBuilder sb = new StringBuilder("-- ").append(title).append('\n');
        if (statements.isEmpty()) {
            sb.append("-- The schema model found nothing to reverse: this migration changes no table, index or policy.\n");
        }
        for (String s : statements) {
            sb.append(s).append('\n');
        }
        return sb.toString();
    }

    private static List<String> inverseRenames(SqlFile file) {
        List<String> out = new ArrayList<>();
        for (StatementModel m : file.allModels()) {
            if (m.kind() != StatementKind.ALTER_TABLE || m.target() == null) {
                continue;
            }
            QualifiedName t = m.target();
            String schema = t.hasSchema() ? t.schema().raw() + "." : "";
            String table = schema + t.table().raw();
            for (AlterAction a : m.alterActions()) {
                if (a.kind() == AlterAction.Kind.RENAME_COLUMN) {
                    out.add("ALTER TABLE " + table + " RENAME COLUMN " + a.names().get(1).raw() + " TO " + a.names().get(0).raw() + ";");
                } else if (a.kind() == AlterAction.Kind.RENAME_TABLE) {
                    out.add("ALTER TABLE " + schema + a.names().get(0).raw() + " RENAME TO " + t.table().raw() + ";");
                    table = schema + a.names().get(0).raw();
                }
            }
        }
        Collections.reverse(out);
        return out;
    }

    /** A drop for an object the statement creates that the schema replay does not hold, or null. */
    private static String dropOf(StatementModel m) {
        QualifiedName n = m.target();
        if (n == null || m.orReplace()) {
            return null;
        }
        String word = switch (m.kind()) {
            case CREATE_TYPE -> "DOMAIN".equals(m.objectKind()) ? "DOMAIN" : "TYPE";
            case CREATE_SCHEMA -> "SCHEMA";
            case CREATE_EXTENSION -> "EXTENSION";
            case CREATE_ROUTINE -> "FUNCTION".equals(m.objectKind()) || "PROCEDURE".equals(m.objectKind()) ? m.objectKind() : null;
            case OTHER -> m.statement().first().is("CREATE") && "SEQUENCE".equals(m.objectKind()) ? "SEQUENCE" : null;
            default -> null;
        };
        return word == null ? null : "DROP " + word + " IF EXISTS " + n.display() + ";";
    }

    private static boolean derivedFromSchema(StatementModel m) {
        return switch (m.kind()) {
            case CREATE_TABLE, ALTER_TABLE, DROP_TABLE, CREATE_INDEX, DROP_INDEX, CREATE_POLICY, CREATE_VIEW, SELECT,
                 TRANSACTION, SET_OPTION -> true;
            default -> m.policy() != null;
        };
    }

    private static boolean materialized(StatementModel m) {
        for (var t : m.tokens()) {
            if (t.is("VIEW")) {
                return false;
            }
            if (t.is("MATERIALIZED")) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(String text) {
        String line = text.strip();
        int nl = line.indexOf('\n');
        return nl < 0 ? line : line.substring(0, nl).strip() + " ...";
    }

    private static SqlFile parse(String path, String text) {
        SplitFile split = Splitter.split(text, Dialect.POSTGRES);
        Modeler modeler = new Modeler(text, Dialect.POSTGRES, "{schema_name}");
        List<StatementModel> models = new ArrayList<>();
        for (Statement s : split.statements()) {
            models.add(modeler.model(s));
        }
        return new SqlFile(path, text, split, models, false);
    }
}
