package io.migrationlsp.core.alembic;

import io.migrationlsp.core.alembic.MigrationFunction.Step;
import io.migrationlsp.core.alembic.MigrationFunction.StepKind;
import io.migrationlsp.core.python.PythonExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writes the {@code downgrade()} that undoes an {@code upgrade()}: each operation's inverse, last
 * first (add_column ↔ drop_column, create_table ↔ drop_table, create_index ↔ drop_index,
 * create_foreign_key and the other named constraints ↔ drop_constraint, rename_table both ways,
 * alter_column back to the {@code existing_*} values it states). Arguments are copied as written.
 * An upgrade holding anything else (SQL, a drop, a loop) has no mechanical inverse. The result is
 * only offered once replaying upgrade then it on an {@link OpSchema} gives back the starting schema.
 */
public final class DowngradeGenerator {
    /** The statements of the generated body, or why there are none. */
    public record Result(List<String> statements, String reason) {
        public boolean ok() {
            return statements != null;
        }

        static Result no(String reason) {
            return new Result(null, reason);
        }
    }

    private static final Set<String> ALTER_KEYWORDS = Set.of("nullable", "type_", "server_default", "new_column_name",
            "comment", "schema", "existing_type", "existing_nullable", "existing_server_default", "existing_comment");

    private final String source;

    private DowngradeGenerator(String source) {
        this.source = source;
    }

    public static Result invert(Revision r) {
        MigrationFunction up = r.upgrade();
        if (up == null || up.isEmpty()) {
            return Result.no("upgrade() does nothing to undo");
        }
        DowngradeGenerator g = new DowngradeGenerator(r.text());
        List<String> out = new ArrayList<>();
        List<OpCall> ops = new ArrayList<>();
        for (Step s : up.steps()) {
            if (s.kind() == StepKind.DOCSTRING || s.kind() == StepKind.PASS) {
                continue;
            }
            if (s.kind() != StepKind.OP || s.nested()) {
                return Result.no("upgrade() holds statements other than operations (`" + firstLine(r.text(), s) + "`)");
            }
            OpCall op = s.op();
            String inverse = g.inverse(op);
            if (inverse == null) {
                return Result.no("op." + op.name() + " cannot be undone mechanically");
            }
            out.add(0, inverse);
            ops.add(op);
        }
        String check = roundTrip(r.text(), ops, out);
        return check == null ? new Result(List.copyOf(out), null) : Result.no(check);
    }

    /** Null when replaying the upgrade then the generated statements gives back the starting schema; else why not. */
    static String roundTrip(String source, List<OpCall> upgrade, List<String> downgrade) {
        StringBuilder text = new StringBuilder("def downgrade():\n");
        downgrade.forEach(s -> text.append("    ").append(s).append('\n'));
        Revision generated = RevisionReader.read("generated.py", text.toString(), null);
        if (generated.downgrade() == null || generated.downgrade().ops().size() != downgrade.size()) {
            return "the generated downgrade does not read back";
        }
        try {
            OpSchema before = OpReplay.seedFor(source, upgrade);
            OpSchema after = before.copy();
            OpReplay.apply(after, source, upgrade);
            OpReplay.apply(after, generated.text(), generated.downgrade().ops());
            return before.equals(after) ? null : "upgrade then the generated downgrade leaves the schema changed";
        } catch (OpReplay.ReplayException e) {
            return "replaying upgrade then the generated downgrade fails: " + e.getMessage();
        }
    }

    private String inverse(OpCall op) {
        if (op.isBatch()) {
            return null;
        }
        return switch (op.kind()) {
            case ADD_COLUMN -> {
                SaColumn c = op.addedColumn();
                yield c == null || c.nameArg() == null ? null
                        : call("drop_column", text(op.param("table_name")), text(c.nameArg()), schema(op));
            }
            case CREATE_TABLE -> call("drop_table", text(op.param("table_name")), schema(op));
            case CREATE_INDEX -> op.param("index_name") == null || PythonExpr.isNone(op.param("index_name")) ? null
                    : call("drop_index", text(op.param("index_name")), "table_name=" + text(op.param("table_name")), schema(op));
            case CREATE_FOREIGN_KEY -> dropConstraint(op, "foreignkey", op.call().keyword("source_schema"));
            case CREATE_UNIQUE_CONSTRAINT -> dropConstraint(op, "unique", op.call().keyword("schema"));
            case CREATE_CHECK_CONSTRAINT -> dropConstraint(op, "check", op.call().keyword("schema"));
            case CREATE_PRIMARY_KEY -> dropConstraint(op, "primary", op.call().keyword("schema"));
            case RENAME_TABLE -> op.param("new_table_name") == null ? null
                    : call("rename_table", text(op.param("new_table_name")), text(op.param("old_table_name")), schema(op));
            case ALTER_COLUMN -> alterBack(op);
            default -> null;
        };
    }

    private String dropConstraint(OpCall op, String type, PythonExpr schema) {
        PythonExpr name = op.param("constraint_name");
        if (name == null || PythonExpr.isNone(name) || op.param(op.kind().tableParam()) == null) {
            return null;
        }
        String q = quote(op);
        return call("drop_constraint", text(name), text(op.param(op.kind().tableParam())), "type_=" + q + type + q,
                schema == null ? null : "schema=" + text(schema));
    }

    /** alter_column undone: every attribute it changes set back to the value its existing_* argument states. */
    private String alterBack(OpCall op) {
        PythonExpr.Call c = op.call();
        PythonExpr table = op.param("table_name");
        PythonExpr column = op.param("column_name");
        if (table == null || column == null) {
            return null;
        }
        // Only the table and column by position: what a third positional argument changes is not worth guessing.
        if (c.positional().size() > 2) {
            return null;
        }
        for (PythonExpr.Arg a : c.args()) {
            boolean understood = a.keyword() == null || ALTER_KEYWORDS.contains(a.keyword())
                    || a.keyword().equals("table_name") || a.keyword().equals("column_name");
            if (a.star() || !understood) {
                return null;
            }
        }
        List<String> args = new ArrayList<>();
        args.add(text(table));
        PythonExpr newName = c.keyword("new_column_name");
        args.add(newName != null ? text(newName) : text(column));
        if (newName != null) {
            args.add("new_column_name=" + text(column));
        }
        PythonExpr type = c.keyword("type_");
        PythonExpr existingType = c.keyword("existing_type");
        if (type != null) {
            if (existingType == null) {
                return null;
            }
            args.add("type_=" + text(existingType));
            args.add("existing_type=" + text(type));
        } else if (existingType != null) {
            args.add("existing_type=" + text(existingType));
        }
        PythonExpr nullable = c.keyword("nullable");
        PythonExpr existingNullable = c.keyword("existing_nullable");
        if (nullable != null) {
            Boolean now = PythonExpr.boolValue(nullable);
            Boolean before = existingNullable != null ? PythonExpr.boolValue(existingNullable) : now == null ? null : !now;
            if (before == null) {
                return null;
            }
            args.add("nullable=" + (before ? "True" : "False"));
        } else if (existingNullable != null) {
            args.add("existing_nullable=" + text(existingNullable));
        }
        if (!restore(c, "server_default", "existing_server_default", args) || !restore(c, "comment", "existing_comment", args)) {
            return null;
        }
        PythonExpr schema = c.keyword("schema");
        if (schema != null) {
            args.add("schema=" + text(schema));
        }
        return call("alter_column", args.toArray(String[]::new));
    }

    /** {@code attr=existing, existing_attr=attr} when attr changes; false when its previous value is not stated. */
    private boolean restore(PythonExpr.Call c, String attr, String existing, List<String> args) {
        PythonExpr changed = c.keyword(attr);
        if (changed == null) {
            return true;
        }
        PythonExpr before = c.keyword(existing);
        if (before == null) {
            return false;
        }
        args.add(attr + "=" + text(before));
        args.add(existing + "=" + text(changed));
        return true;
    }

    private String schema(OpCall op) {
        PythonExpr s = op.call().keyword("schema");
        return s == null ? null : "schema=" + text(s);
    }

    private static String call(String name, String... args) {
        List<String> present = new ArrayList<>();
        for (String a : args) {
            if (a != null) {
                present.add(a);
            }
        }
        return "op." + name + "(" + String.join(", ", present) + ")";
    }

    private String text(PythonExpr e) {
        return e == null ? null : e.text(source);
    }

    /** The quote the operation's first string uses, so generated strings look like the file's own. */
    private String quote(OpCall op) {
        for (PythonExpr e : op.call().positional()) {
            if (e instanceof PythonExpr.Str s) {
                return s.tokens().get(0).string().quote().substring(0, 1);
            }
        }
        return "'";
    }

    private static String firstLine(String source, Step s) {
        int start = s.line().start();
        int end = start;
        while (end < source.length() && source.charAt(end) != '\n' && source.charAt(end) != '\r') {
            end++;
        }
        String line = source.substring(start, end).strip();
        return line.length() > 60 ? line.substring(0, 57) + "..." : line;
    }
}
