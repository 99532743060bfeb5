package io.migrationlsp.rules;

import io.migrationlsp.core.text.LineMap;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule fixture: SQL with its expectations written inline. {@code -- ^^^ rule-id} marks the
 * columns of the line above (marker lines are comments, so the text is analysed as it stands);
 * {@code -- @L:C-L:C rule-id} (1-based, end exclusive) marks a span carets cannot reach;
 * a first line {@code -- path: _migrations/x.sql} sets the path the file is checked under.
 */
record Fixture(String path, String text, List<Expected> expected) {
    static final String DEFAULT_PATH = "_migrations/2026_2_50_1.sql";
    private static final Pattern CARETS = Pattern.compile("^(\\s*--\\s*?)(\\s*)(\\^+)\\s+([a-z0-9-]+)\\s*$");
    private static final Pattern EXPLICIT = Pattern.compile("^\\s*--\\s*@(\\d+):(\\d+)-(\\d+):(\\d+)\\s+([a-z0-9-]+)\\s*$");
    private static final Pattern PATH = Pattern.compile("^--\\s*path:\\s*(\\S+)\\s*$");

    /** Expected finding: 0-based line and UTF-16 columns; endLine -1 means "ends on startLine at endColumn". */
    record Expected(String rule, int line, int column, int endLine, int endColumn) {
        @Override
        public String toString() {
            return rule + " at " + (line + 1) + ":" + (column + 1) + "-" + (endLine + 1) + ":" + (endColumn + 1);
        }
    }

    static Fixture parse(String text) {
        String[] lines = text.split("\n", -1);
        String path = DEFAULT_PATH;
        List<Expected> expected = new ArrayList<>();
        int lastCode = -1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher p = PATH.matcher(line);
            if (i == 0 && p.matches()) {
                path = p.group(1);
                continue;
            }
            Matcher c = CARETS.matcher(line);
            Matcher e = EXPLICIT.matcher(line);
            if (c.matches() && lastCode >= 0) {
                int start = line.indexOf('^');
                int end = line.lastIndexOf('^') + 1;
                expected.add(new Expected(c.group(4), lastCode, start, lastCode, end));
            } else if (e.matches()) {
                expected.add(new Expected(e.group(5), Integer.parseInt(e.group(1)) - 1, Integer.parseInt(e.group(2)) - 1,
                        Integer.parseInt(e.group(3)) - 1, Integer.parseInt(e.group(4)) - 1));
            } else {
                lastCode = i;
            }
        }
        return new Fixture(path, text, expected);
    }

    /** The same span as the markers would describe it: multi-line findings are marked up to the end of their first line. */
    static Expected describe(String rule, String text, LineMap lines, int start, int end, boolean explicit) {
        LineMap.Position s = lines.position(start);
        LineMap.Position e = lines.position(end);
        if (explicit || s.line() == e.line()) {
            return new Expected(rule, s.line(), s.column(), e.line(), e.column());
        }
        int lineEnd = lines.lineEnd(s.line()) - lines.lineStart(s.line());
        return new Expected(rule, s.line(), s.column(), s.line(), lineEnd);
    }
}
