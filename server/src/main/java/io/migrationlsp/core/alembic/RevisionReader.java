package io.migrationlsp.core.alembic;

import io.migrationlsp.core.alembic.MigrationFunction.Step;
import io.migrationlsp.core.alembic.MigrationFunction.StepKind;
import io.migrationlsp.core.analysis.SqlFile;
import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.python.PythonBlock;
import io.migrationlsp.core.python.PythonExpr;
import io.migrationlsp.core.python.PythonExprParser;
import io.migrationlsp.core.python.PythonLogicalLine;
import io.migrationlsp.core.python.PythonToken;
import io.migrationlsp.core.python.PythonToken.Kind;
import io.migrationlsp.core.python.PythonTokenizer;
import io.migrationlsp.core.python.TablesPySql;
import io.migrationlsp.core.text.TextSpan;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Reads an Alembic revision file as text with the Python tokenizer: the module-level identifiers,
 * then {@code upgrade()} and {@code downgrade()} statement by statement. Nothing is imported or run
 * (a revision imports the application's models); anything it cannot read is simply not modelled.
 */
public final class RevisionReader {
    /** Models the SQL of an {@code op.execute} as a SQL file of the same path. */
    @FunctionalInterface
    public interface SqlModeler {
        SqlFile model(String sql);
    }

    private static final Set<String> COMPOUND = Set.of("with", "if", "elif", "else", "for", "while", "try", "except",
            "finally", "async", "match", "case", "def", "class");

    private RevisionReader() {}

    /** Whether a file is read as a revision: a {@code .py} migration of an alembic project. */
    public static boolean isRevisionPath(String path, Profile profile) {
        return profile == Profile.ALEMBIC && path != null && path.endsWith(".py");
    }

    /** Only the identifiers: what the revision graph needs, without reading the functions. */
    public static RevisionHeader header(String path, String text) {
        String source = text == null ? "" : text;
        return header(path, source, PythonLogicalLine.of(PythonTokenizer.tokenize(source)));
    }

    /** The whole revision; {@code sql} models the SQL of each {@code op.execute} (null: not modelled). */
    public static Revision read(String path, String text, SqlModeler sql) {
        String source = text == null ? "" : text;
        List<PythonToken> tokens = PythonTokenizer.tokenize(source);
        List<PythonLogicalLine> lines = PythonLogicalLine.of(tokens);
        RevisionHeader header = header(path, source, lines);
        return new Revision(header, source, tokens,
                function(source, lines, tokens, MigrationFunction.Kind.UPGRADE, sql),
                function(source, lines, tokens, MigrationFunction.Kind.DOWNGRADE, sql));
    }

    private static RevisionHeader header(String path, String source, List<PythonLogicalLine> lines) {
        RevisionId revision = null;
        List<RevisionId> down = List.of();
        TextSpan downValue = null;
        List<RevisionId> labels = List.of();
        List<RevisionId> depends = List.of();
        for (PythonLogicalLine line : lines) {
            List<PythonToken> t = line.tokens();
            if (line.indent() != 0 || t.get(0).kind() != Kind.NAME) {
                continue;
            }
            String name = t.get(0).text(source);
            if (!name.equals("revision") && !name.equals("down_revision") && !name.equals("branch_labels")
                    && !name.equals("depends_on")) {
                continue;
            }
            int equals = assignment(source, t);
            if (equals < 0) {
                continue;
            }
            PythonExpr value = PythonExprParser.parse(source, t, equals + 1, t.size());
            if (value == null) {
                continue;
            }
            switch (name) {
                case "revision" -> revision = value instanceof PythonExpr.Str s && s.value() != null
                        ? new RevisionId(s.value(), s.span()) : null;
                case "down_revision" -> {
                    down = ids(value);
                    downValue = value.span();
                }
                case "branch_labels" -> labels = ids(value);
                default -> depends = ids(value);
            }
        }
        return new RevisionHeader(path, revision, down, downValue, labels, depends);
    }

    /** The {@code =} of {@code NAME = value} or {@code NAME: annotation = value}; -1 for any other line. */
    private static int assignment(String source, List<PythonToken> t) {
        if (t.size() < 3) {
            return -1;
        }
        if (t.get(1).is(Kind.OP, source, "=")) {
            return 1;
        }
        if (!t.get(1).is(Kind.OP, source, ":")) {
            return -1;
        }
        int depth = 0;
        for (int i = 2; i < t.size(); i++) {
            PythonToken k = t.get(i);
            if (k.kind() != Kind.OP) {
                continue;
            }
            String op = k.text(source);
            if (op.equals("(") || op.equals("[") || op.equals("{")) {
                depth++;
            } else if (op.equals(")") || op.equals("]") || op.equals("}")) {
                depth--;
            } else if (depth == 0 && op.equals("=")) {
                return i;
            }
        }
        return -1;
    }

    /** A string, a tuple or list of strings, or None (no ids). */
    private static List<RevisionId> ids(PythonExpr value) {
        List<RevisionId> out = new ArrayList<>();
        if (value instanceof PythonExpr.Str s && s.value() != null) {
            out.add(new RevisionId(s.value(), s.span()));
        } else if (value instanceof PythonExpr.Seq seq) {
            for (PythonExpr item : seq.items()) {
                if (item instanceof PythonExpr.Str s && s.value() != null) {
                    out.add(new RevisionId(s.value(), s.span()));
                }
            }
        }
        return out;
    }

    private record Batch(int indent, String alias, String table) {}

    private static MigrationFunction function(String source, List<PythonLogicalLine> lines, List<PythonToken> tokens,
                                              MigrationFunction.Kind kind, SqlModeler sql) {
        String name = kind == MigrationFunction.Kind.UPGRADE ? "upgrade" : "downgrade";
        PythonBlock block = PythonBlock.find(source, lines, "def", name);
        if (block == null) {
            return null;
        }
        List<PythonLogicalLine> body = new ArrayList<>();
        if (!block.headerTail().isEmpty()) {
            body.add(new PythonLogicalLine(block.headerTail(), block.header().indent() + 1, block.header().newline()));
        }
        body.addAll(block.body());
        List<Step> steps = new ArrayList<>();
        Deque<Batch> batches = new ArrayDeque<>();
        int bodyIndent = body.isEmpty() ? 0 : body.get(0).indent();
        for (int i = 0; i < body.size(); i++) {
            PythonLogicalLine line = body.get(i);
            while (!batches.isEmpty() && batches.peek().indent() >= line.indent()) {
                batches.pop();
            }
            boolean nested = line.indent() > bodyIndent;
            steps.add(step(source, line, i == 0 && !nested, nested, batches, sql));
        }
        int from = block.header().start();
        int to = block.end();
        List<PythonToken> comments = tokens.stream()
                .filter(t -> t.kind() == Kind.COMMENT && t.start() >= from && t.start() < to).toList();
        return new MigrationFunction(kind, block, block.nameToken(source).span(), steps, comments);
    }

    private static Step step(String source, PythonLogicalLine line, boolean first, boolean nested, Deque<Batch> batches,
                             SqlModeler sql) {
        List<PythonToken> t = line.tokens();
        if (first && line.isOnlyStrings()) {
            return new Step(line, StepKind.DOCSTRING, null, false);
        }
        if (t.size() == 1 && (t.get(0).is(Kind.NAME, source, "pass") || t.get(0).is(Kind.OP, source, "..."))) {
            return new Step(line, StepKind.PASS, null, nested);
        }
        if (t.get(0).kind() == Kind.NAME && COMPOUND.contains(t.get(0).text(source))) {
            Batch batch = batch(source, line);
            if (batch != null) {
                batches.push(batch);
            }
            return new Step(line, StepKind.OTHER, null, nested);
        }
        PythonExpr e = PythonExprParser.parse(source, t);
        if (e instanceof PythonExpr.Call call && call.name() != null) {
            OpCall op = op(source, call, batches, sql);
            if (op != null) {
                return new Step(line, StepKind.OP, op, nested);
            }
        }
        return new Step(line, StepKind.OTHER, null, nested);
    }

    private static OpCall op(String source, PythonExpr.Call call, Deque<Batch> batches, SqlModeler sql) {
        String callee = call.name();
        int dot = callee.indexOf('.');
        if (dot < 0 || callee.indexOf('.', dot + 1) >= 0) {
            return null;
        }
        String target = callee.substring(0, dot);
        String name = callee.substring(dot + 1);
        String batchTable = null;
        if (!target.equals("op")) {
            Batch batch = batches.stream().filter(b -> b.alias().equals(target)).findFirst().orElse(null);
            if (batch == null) {
                return null;
            }
            batchTable = batch.table();
        }
        OpKind kind = OpKind.of(name);
        OpCall op = new OpCall(name, kind, call, batchTable, null);
        if (kind == OpKind.EXECUTE && sql != null) {
            PythonExpr.Str literal = sqlLiteral(op.param("sqltext"));
            if (literal != null) {
                TablesPySql mapped = TablesPySql.of(source, literal.tokens(), null, op.calleeSpan(), false);
                return new OpCall(name, kind, call, batchTable, new ExecuteSql(mapped, sql.model(mapped.sql())));
            }
        }
        return op;
    }

    /** The string of {@code "..."} or {@code sa.text("...")}; null for anything else (a built statement, a variable). */
    private static PythonExpr.Str sqlLiteral(PythonExpr e) {
        if (e instanceof PythonExpr.Call c && c.named("text")) {
            e = c.arg(0, "text");
        }
        return e instanceof PythonExpr.Str s && s.tokens().stream().noneMatch(t -> t.string().bytes()) ? s : null;
    }

    /** {@code with op.batch_alter_table("t") as batch_op:} */
    private static Batch batch(String source, PythonLogicalLine line) {
        List<PythonToken> t = line.tokens();
        if (!t.get(0).is(Kind.NAME, source, "with")) {
            return null;
        }
        int as = -1;
        for (int i = 1; i < t.size(); i++) {
            if (t.get(i).is(Kind.NAME, source, "as")) {
                as = i;
                break;
            }
        }
        if (as < 0 || as + 1 >= t.size() || t.get(as + 1).kind() != Kind.NAME) {
            return null;
        }
        PythonExpr e = PythonExprParser.parse(source, t, 1, as);
        if (!(e instanceof PythonExpr.Call c) || !c.named("batch_alter_table")) {
            return null;
        }
        String table = PythonExpr.stringValue(c.arg(0, "table_name"));
        return table == null ? null : new Batch(line.indent(), t.get(as + 1).text(source), table);
    }
}
