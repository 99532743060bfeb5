package io.migrationlsp.core.python;

import io.migrationlsp.core.python.PythonToken.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * One logical line: the tokens of a statement (comments left out) up to its NEWLINE, which may
 * span several physical lines (brackets, triple-quoted strings, backslash continuations).
 */
public record PythonLogicalLine(List<PythonToken> tokens, int indent, PythonToken newline) {
    public PythonLogicalLine {
        tokens = List.copyOf(tokens);
    }

    public static List<PythonLogicalLine> of(List<PythonToken> tokens) {
        List<PythonLogicalLine> lines = new ArrayList<>();
        List<PythonToken> current = new ArrayList<>();
        for (PythonToken t : tokens) {
            if (t.kind() == Kind.COMMENT) {
                continue;
            }
            if (t.kind() == Kind.NEWLINE) {
                if (!current.isEmpty()) {
                    lines.add(new PythonLogicalLine(current, Math.max(0, current.get(0).indent()), t));
                }
                current = new ArrayList<>();
            } else {
                current.add(t);
            }
        }
        return List.copyOf(lines);
    }

    public PythonToken first() {
        return tokens.get(0);
    }

    public int start() {
        return first().start();
    }

    /** Offset after the line break that ends this line (equal to the file length at a last line without one). */
    public int end() {
        return newline.end();
    }

    /** True when the line is only string literals: a docstring or a bare string expression. */
    public boolean isOnlyStrings() {
        return tokens.stream().allMatch(t -> t.kind() == Kind.STRING);
    }
}
