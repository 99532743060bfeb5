package io.migrationlsp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrationlsp.rules.platform.NoFloat;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InfoCommandsTest {
    @TempDir
    Path tmp;

    @Test
    void versionComesFromTheFilteredResource() {
        CliRun run = CliRun.in(tmp, "--version");

        assertEquals(0, run.exit());
        assertTrue(run.out().matches("migration-lsp \\d+\\.\\d+\\.\\d+\\S*\\R"), run.out());
        assertEquals("migration-lsp " + Version.get(), run.out().strip());
    }

    @Test
    void helpListsTheCommands() {
        for (String flag : List.of("--help", "-h", "help")) {
            CliRun run = CliRun.in(tmp, flag);
            assertEquals(0, run.exit());
            assertTrue(run.out().contains("check [OPTIONS] PATH..."), run.out());
            assertTrue(run.out().contains("--explain RULE"), run.out());
        }
    }

    @Test
    void checkHelpListsTheOptionsAndExitCodes() {
        CliRun run = CliRun.in(tmp, "check", "--help");

        assertEquals(0, run.exit());
        assertTrue(run.out().contains("--format text|json|sarif|github"), run.out());
        assertTrue(run.out().contains("Exit codes: 0"), run.out());
    }

    @Test
    void explainPrintsTheRuleDocOrItsSummary() {
        for (String command : List.of("--explain", "explain")) {
            CliRun run = CliRun.in(tmp, command, "no-float");
            assertEquals(0, run.exit());
            assertTrue(run.out().contains("no-float"), run.out());
            String doc = RuleDescriptor.of(new NoFloat().meta()).doc();
            String expected = doc != null ? doc : new NoFloat().meta().summary();
            assertTrue(run.out().contains(expected), run.out());
        }
    }

    @Test
    void explainKnowsTheCliOwnChecks() {
        CliRun run = CliRun.in(tmp, "--explain", "invalid-encoding");

        assertEquals(List.of("invalid-encoding (warning)", "The file is not valid UTF-8; it was read as windows-1252"),
                run.outLines());
    }

    @Test
    void explainOfAnUnknownRuleExitsTwo() {
        CliRun run = CliRun.in(tmp, "--explain", "no-such-rule");

        assertEquals(2, run.exit());
        assertEquals(List.of("migration-lsp: unknown rule: no-such-rule"), run.errLines());
    }
}
