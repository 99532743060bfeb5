package io.migrationlsp.rules.alembic;

import io.migrationlsp.core.alembic.ExecuteSql;
import io.migrationlsp.core.alembic.MigrationFunction;
import io.migrationlsp.core.alembic.OpCall;
import io.migrationlsp.core.alembic.OpKind;
import io.migrationlsp.core.alembic.SaColumn;
import io.migrationlsp.core.model.AlterAction;
import io.migrationlsp.core.model.StatementKind;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.python.PythonExpr;
import io.migrationlsp.core.text.TextSpan;
import io.migrationlsp.core.text.Token;
import io.migrationlsp.core.text.TokenKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a function sets an enum column's values: {@code ALTER TABLE t MODIFY [COLUMN] c ENUM(...)}
 * or {@code CHANGE [COLUMN] c c2 ENUM(...)} in {@code op.execute} SQL (MySQL recreates the column),
 * and {@code op.alter_column(t, c, type_=sa.Enum(...))}; also where a column gets its first values
 * (create_table, add_column with an {@code sa.Enum} type), which an ancestor's values come from.
 */
final class EnumChanges {
    /**
     * @param stated values the operation itself says the column had ({@code existing_type=sa.Enum(...)}), or null
     * @param span   the new type, in the Python file
     * @param order  where it happens in the file (the offset of its SQL or argument)
     */
    record EnumChange(String table, String column, List<String> values, List<String> stated, TextSpan span, int order) {}

    private EnumChanges() {}

    /** The enum changes of {@code f}, in order. */
    static List<EnumChange> in(MigrationFunction f) {
        List<EnumChange> out = new ArrayList<>();
        if (f == null) {
            return out;
        }
        for (OpCall op : f.ops()) {
            if (op.kind() == OpKind.EXECUTE && op.sql() != null) {
                sql(op.sql(), out);
            } else if (op.kind() == OpKind.ALTER_COLUMN) {
                PythonExpr type = op.call().keyword("type_");
                List<String> values = enumValues(type);
                if (values != null && op.table() != null && op.column() != null) {
                    out.add(new EnumChange(op.table(), op.column(), values, enumValues(op.call().keyword("existing_type")),
                            type.span(), type.span().start()));
                }
            }
        }
        return out;
    }

    /** The values a function gives a column when it creates it (create_table, add_column), or null. */
    static List<String> created(MigrationFunction f, String table, String column) {
        if (f == null) {
            return null;
        }
        List<String> found = null;
        for (OpCall op : f.ops()) {
            if (!Reversal.same(table, op.table())) {
                continue;
            }
            if (op.kind() == OpKind.ADD_COLUMN && op.addedColumn() != null && Reversal.same(column, op.addedColumn().name())) {
                found = enumValues(op.addedColumn().type());
            } else if (op.kind() == OpKind.CREATE_TABLE) {
                for (PythonExpr e : op.call().positional()) {
                    SaColumn c = SaColumn.of(e);
                    if (c != null && Reversal.same(column, c.name())) {
                        found = enumValues(c.type());
                    }
                }
            }
        }
        return found;
    }

    /** The string values of {@code sa.Enum('a', 'b', name=...)} (also {@code ENUM}, {@code mysql.ENUM}); null otherwise. */
    static List<String> enumValues(PythonExpr e) {
        if (!(e instanceof PythonExpr.Call c) || !(c.named("Enum") || c.named("ENUM"))) {
            return null;
        }
        List<String> values = new ArrayList<>();
        for (PythonExpr v : c.positional()) {
            String s = PythonExpr.stringValue(v);
            if (s == null) {
                return null;
            }
            values.add(s);
        }
        return values.isEmpty() ? null : values;
    }

    private static void sql(ExecuteSql sql, List<EnumChange> out) {
        for (StatementModel m : sql.models()) {
            if (m.kind() != StatementKind.ALTER_TABLE || m.target() == null) {
                continue;
            }
            String table = m.target().table().name();
            for (AlterAction a : m.alterActions()) {
                List<Token> tokens = m.tokens().stream()
                        .filter(t -> t.start() >= a.span().start() && t.end() <= a.span().end() && !t.kind().isComment())
                        .toList();
                EnumChange change = modify(sql, table, tokens);
                if (change != null) {
                    out.add(change);
                }
            }
        }
    }

    /** {@code MODIFY [COLUMN] c ENUM(...)} / {@code CHANGE [COLUMN] c c2 ENUM(...)}, or null. */
    private static EnumChange modify(ExecuteSql sql, String table, List<Token> t) {
        int i = 0;
        if (t.isEmpty() || !t.get(0).isAny("MODIFY", "CHANGE")) {
            return null;
        }
        boolean change = t.get(0).is("CHANGE");
        i++;
        if (i < t.size() && t.get(i).is("COLUMN")) {
            i++;
        }
        if (i >= t.size() || !t.get(i).isNameLike()) {
            return null;
        }
        String column = unquote(t.get(i).text());
        i += change ? 2 : 1;
        if (i + 1 >= t.size() || !t.get(i).is("ENUM") || !t.get(i + 1).isPunct("(")) {
            return null;
        }
        int start = t.get(i).start();
        List<String> values = new ArrayList<>();
        int k = i + 2;
        for (; k < t.size() && !t.get(k).isPunct(")"); k++) {
            if (t.get(k).kind() == TokenKind.STRING) {
                values.add(t.get(k).stringValue());
            } else if (!t.get(k).isPunct(",")) {
                return null;
            }
        }
        if (k >= t.size()) {
            return null;
        }
        TextSpan span = sql.toPython(new TextSpan(start, t.get(k).end()));
        return new EnumChange(table, column, values, null, span, span.start());
    }

    private static String unquote(String name) {
        if (name.length() >= 2 && "`\"[".indexOf(name.charAt(0)) >= 0) {
            return name.substring(1, name.length() - 1);
        }
        return name;
    }
}
