package io.migrationlsp.core.alembic;

import io.migrationlsp.core.python.PythonLogicalLine;
import io.migrationlsp.core.python.PythonToken;
import io.migrationlsp.core.python.PythonTokenizer;
import io.migrationlsp.core.sql.Suppressions;
import io.migrationlsp.core.text.LineMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code # migration-lsp: disable=<id>} in a revision file: on its own line just above the
 * statement (or the physical line) a finding starts on, or at the end of that line; and
 * {@code # migration-lsp: disable-file=<id>} anywhere. The same directives as in SQL, in Python
 * comments.
 */
public final class RevisionSuppressions {
    private final String text;
    private final LineMap lines;
    private final List<PythonLogicalLine> statements;
    private final Set<String> fileWide = new LinkedHashSet<>();
    /** Rules disabled by a comment on each physical line, and whether that comment stands alone on its line. */
    private final Map<Integer, Set<String>> trailing = new HashMap<>();
    private final Map<Integer, Set<String>> ownLine = new HashMap<>();

    private RevisionSuppressions(String text, List<PythonToken> tokens) {
        this.text = text;
        this.lines = new LineMap(text);
        this.statements = PythonLogicalLine.of(tokens);
        for (PythonToken t : tokens) {
            if (t.kind() != PythonToken.Kind.COMMENT) {
                continue;
            }
            Suppressions.Directive d = Suppressions.parse(t.text(text));
            if (d == null) {
                continue;
            }
            if (d.fileWide()) {
                fileWide.addAll(d.rules());
                continue;
            }
            int line = lines.lineOf(t.start());
            boolean alone = text.substring(lines.lineStart(line), t.start()).isBlank();
            (alone ? ownLine : trailing).computeIfAbsent(line, k -> new LinkedHashSet<>()).addAll(d.rules());
        }
    }

    public static RevisionSuppressions of(Revision revision) {
        return new RevisionSuppressions(revision.text(), revision.tokens());
    }

    public Set<String> fileWide() {
        return fileWide;
    }

    /** Whether a finding of {@code ruleId} starting at {@code offset} is disabled. */
    public boolean suppressed(String ruleId, int offset) {
        if (covers(fileWide, ruleId)) {
            return true;
        }
        int line = lines.lineOf(offset);
        int statementLine = lines.lineOf(statementStart(offset));
        return covers(trailing.get(line), ruleId) || covers(ownLine.get(line - 1), ruleId)
                || covers(trailing.get(statementLine), ruleId) || covers(ownLine.get(statementLine - 1), ruleId);
    }

    /** Where the Python statement holding {@code offset} starts in {@code text} (the offset itself outside any). */
    public static int statementStart(String text, int offset) {
        return new RevisionSuppressions(text, PythonTokenizer.tokenize(text)).statementStart(offset);
    }

    /** Where the statement holding {@code offset} starts (the offset itself outside any statement). */
    public int statementStart(int offset) {
        for (PythonLogicalLine s : statements) {
            if (offset >= s.start() && offset < s.end()) {
                return s.start();
            }
        }
        return offset;
    }

    public String text() {
        return text;
    }

    private static boolean covers(Set<String> rules, String ruleId) {
        return rules != null && (rules.contains(ruleId) || rules.contains("all"));
    }
}
