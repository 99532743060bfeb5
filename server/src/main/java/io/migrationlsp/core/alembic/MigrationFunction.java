package io.migrationlsp.core.alembic;

import io.migrationlsp.core.python.PythonBlock;
import io.migrationlsp.core.python.PythonLogicalLine;
import io.migrationlsp.core.python.PythonToken;
import io.migrationlsp.core.text.TextSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code upgrade()} or {@code downgrade()}: its statements in order and the comments inside it.
 *
 * @param steps    every statement of the body, nested ones (inside {@code if}, {@code with}, {@code for}) included
 * @param comments the comment tokens between the header and the end of the body
 */
public record MigrationFunction(Kind kind, PythonBlock block, TextSpan nameSpan, List<Step> steps,
                                List<PythonToken> comments) {
    public enum Kind { UPGRADE, DOWNGRADE }

    /**
     * One statement. {@code op} is set for an {@code op.*} call statement; {@code nested} for a
     * statement inside a compound statement of the body (an {@code if}, a {@code with} block).
     */
    public record Step(PythonLogicalLine line, StepKind kind, OpCall op, boolean nested) {}

    public enum StepKind {
        /** The string that opens the body. */
        DOCSTRING,
        /** {@code pass} or {@code ...}. */
        PASS,
        /** An {@code op.*} (or batch) operation. */
        OP,
        /** Anything else: an assignment, another call, a compound statement's header. */
        OTHER
    }

    public MigrationFunction {
        steps = List.copyOf(steps);
        comments = List.copyOf(comments);
    }

    /** Only a docstring, {@code pass} or {@code ...}: the function does nothing. */
    public boolean isEmpty() {
        return steps.stream().allMatch(s -> s.kind() == StepKind.DOCSTRING || s.kind() == StepKind.PASS);
    }

    public List<OpCall> ops() {
        List<OpCall> out = new ArrayList<>();
        for (Step s : steps) {
            if (s.op() != null) {
                out.add(s.op());
            }
        }
        return out;
    }

    /** The step holding {@code op}, or null. */
    public Step stepOf(OpCall op) {
        for (Step s : steps) {
            if (s.op() == op) {
                return s;
            }
        }
        return null;
    }

    /** The steps before {@code op} in the body. */
    public List<Step> stepsBefore(OpCall op) {
        List<Step> out = new ArrayList<>();
        for (Step s : steps) {
            if (s.op() == op) {
                break;
            }
            out.add(s);
        }
        return out;
    }

    public String name() {
        return kind == Kind.UPGRADE ? "upgrade" : "downgrade";
    }
}
