package io.migrationlsp.rules;

import io.migrationlsp.core.config.Profile;
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
public record Fixture(String path, String text, List<Expected> expected) {
    static final String DEFAULT_PATH = "_migrations/2026_2_50_1.sql";
    /** Where an alembic fixture is checked when it names no path: a revision in the versions folder. */
    static final String ALEMBIC_PATH = "alembic/versions/0001_fixture.py";

    /** Expected finding: 0-based line and UTF-16 columns; endLine -1 means "ends on startLine at endColumn". */
    public record Expected(String rule, int line, int column, int endLine, int endColumn) {
        @Override
        public String toString() {
            return rule + " at " + (line + 1) + ":" + (column + 1) + "-" + (endLine + 1) + ":" + (endColumn + 1);
        }
    }

    static Fixture parse(String text) {
        return parse(text, "--");
    }

    /** A fixture of {@code profile}: its markers follow the profile's file kind; without a {@code path:} line it sits where the profile's migrations go. */
    public static Fixture parse(String text, Profile profile) {
        if (profile == Profile.ALEMBIC) {
            return parse(text, "#|--", ALEMBIC_PATH);
        }
        Fixture fx = parse(text, "--");
        return fx.path().equals(DEFAULT_PATH) ? new Fixture(defaultPath(profile), fx.text(), fx.expected()) : fx;
    }

    /** Where a fixture of the profile is checked when it does not say: a well-named migration of its layout. */
    public static String defaultPath(Profile profile) {
        return switch (profile) {
            case POSTGRES_RLS -> "db/migrations/003_add_example.sql";
            case SQLX -> "migrations/0003_add_example.up.sql";
            case SUPABASE -> "supabase/migrations/20260101120000_add_example.sql";
            case ALEMBIC -> ALEMBIC_PATH;
            default -> DEFAULT_PATH;
        };
    }

    /**
     * Parses markers written as comments matching {@code commentRegex}: {@code --} for SQL; for
     * Python {@code (?:#|--)}, since a marker inside the SQL string of tables.py is an SQL comment.
     */
    public static Fixture parse(String text, String commentRegex) {
        return parse(text, commentRegex, DEFAULT_PATH);
    }

    public static Fixture parse(String text, String commentRegex, String defaultPath) {
        String c0 = "(?:" + commentRegex + ")";
        Pattern carets = Pattern.compile("^(\\s*" + c0 + "\\s*?)(\\s*)(\\^+)\\s+([a-z0-9-]+)\\s*$");
        Pattern explicit = Pattern.compile("^\\s*" + c0 + "\\s*@(\\d+):(\\d+)-(\\d+):(\\d+)\\s+([a-z0-9-]+)\\s*$");
        Pattern pathLine = Pattern.compile("^" + c0 + "\\s*path:\\s*(\\S+)\\s*$");
        String[] lines = text.split("\n", -1);
        String path = defaultPath;
        List<Expected> expected = new ArrayList<>();
        int lastCode = -1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher p = pathLine.matcher(line);
            if (i == 0 && p.matches()) {
                path = p.group(1);
                continue;
            }
            Matcher c = carets.matcher(line);
            Matcher e = explicit.matcher(line);
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
    public static Expected describe(String rule, String text, LineMap lines, int start, int end, boolean explicit) {
        LineMap.Position s = lines.position(start);
        LineMap.Position e = lines.position(end);
        if (explicit || s.line() == e.line()) {
            return new Expected(rule, s.line(), s.column(), e.line(), e.column());
        }
        int lineEnd = lines.lineEnd(s.line()) - lines.lineStart(s.line());
        return new Expected(rule, s.line(), s.column(), s.line(), lineEnd);
    }
}
