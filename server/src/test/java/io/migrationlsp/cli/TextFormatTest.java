package io.migrationlsp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFormatTest {
    @TempDir
    Path tmp;

    @Test
    void printsOneLinePerFindingRelativeToTheCurrentDirectoryAndASummaryOnStderr() throws IOException {
        Path ws = Workspaces.withFloat(tmp.resolve("ws"));

        CliRun run = CliRun.in(ws, "check", ".");

        assertEquals(List.of("_migrations/2026_1_1_1.sql:3:12: error no-float " + Workspaces.FLOAT_MESSAGE), run.outLines());
        assertEquals(List.of("1 error, 0 warnings in 2 files"), run.errLines());
    }

    @Test
    void spellsPathsOutsideTheCurrentDirectoryAsTheyWereGiven() throws IOException {
        Workspaces.withFloat(tmp.resolve("ws"));
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));

        CliRun relative = CliRun.in(elsewhere, "check", "../ws");
        CliRun absolute = CliRun.in(elsewhere, "check", tmp.resolve("ws").toString());

        assertEquals(List.of("../ws/_migrations/2026_1_1_1.sql:3:12: error no-float " + Workspaces.FLOAT_MESSAGE),
                relative.outLines());
        assertEquals(List.of(tmp.resolve("ws/_migrations/2026_1_1_1.sql") + ":3:12: error no-float "
                + Workspaces.FLOAT_MESSAGE), absolute.outLines());
    }

    @Test
    void sortsFindingsByPathThenPosition() throws IOException {
        Path ws = Workspaces.withFloat(tmp.resolve("ws"));
        Workspaces.write(ws, "_migrations/2026_1_0_1.sql", """
                CREATE TABLE PLATFORM.[A] (ID INT NOT NULL, X REAL NULL, Y MONEY NULL);
                """);

        CliRun run = CliRun.in(ws, "check", "_migrations/2026_1_1_1.sql", ".");

        assertEquals(List.of(
                "_migrations/2026_1_0_1.sql:1:47: error no-float REAL on X loses precision: money and percentages must be DECIMAL(18,4).",
                "_migrations/2026_1_0_1.sql:1:60: error no-float MONEY on Y loses precision: money and percentages must be DECIMAL(18,4).",
                "_migrations/2026_1_1_1.sql:3:12: error no-float " + Workspaces.FLOAT_MESSAGE), run.outLines());
        // The file named twice (by name and through its root) is checked once.
        assertEquals(List.of("3 errors, 0 warnings in 3 files"), run.errLines());
    }

    @Test
    void isTheSameOnEveryRun() throws IOException {
        Path ws = Workspaces.withFloat(tmp.resolve("ws"));
        Workspaces.write(ws, "_migrations/2026_1_3_1.sql", "CREATE TABLE PLATFORM.[B] (ID INT, R REAL NULL);\n");

        CliRun first = CliRun.in(ws, "check", ".");
        CliRun second = CliRun.in(ws, "check", ".");

        assertEquals(2, first.outLines().size());
        assertEquals(first, second);
    }
}
