package io.migrationlsp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExitCodeTest {
    @TempDir
    Path tmp;

    @Test
    void cleanWorkspaceExitsZero() throws IOException {
        Path ws = Workspaces.clean(tmp);

        CliRun run = CliRun.in(ws, "check", ".");

        assertEquals(0, run.exit());
        assertEquals("", run.out());
        assertEquals(List.of("0 errors, 0 warnings in 1 file"), run.errLines());
    }

    @Test
    void anErrorFindingExitsOne() throws IOException {
        Path ws = Workspaces.withFloat(tmp);

        assertEquals(1, CliRun.in(ws, "check", ".").exit());
    }

    @Test
    void onlyErrorSeverityFailsTheRun() throws IOException {
        Path ws = Workspaces.withFloat(tmp);
        Workspaces.write(ws, ".migration-lsp.json", "{\"rules\": {\"no-float\": \"warning\"}}");

        CliRun run = CliRun.in(ws, "check", ".");

        assertEquals(0, run.exit());
        assertEquals(List.of("_migrations/2026_1_1_1.sql:3:12: warning no-float " + Workspaces.FLOAT_MESSAGE), run.outLines());
        assertEquals(List.of("0 errors, 1 warning in 2 files"), run.errLines());
    }

    @Test
    void aMissingPathExitsTwoWithOneLine() throws IOException {
        Path ws = Workspaces.withFloat(tmp);

        CliRun run = CliRun.in(ws, "check", ".", "foo/bar");

        assertUsageError(run, "migration-lsp: no such file or directory: foo/bar");
    }

    @Test
    void aBadFormatExitsTwo() throws IOException {
        CliRun run = CliRun.in(Workspaces.withFloat(tmp), "check", "--format", "xml", ".");

        assertUsageError(run, "migration-lsp: unknown format 'xml' (text, json, sarif, github)");
    }

    @Test
    void aBadProfileExitsTwo() throws IOException {
        CliRun run = CliRun.in(Workspaces.withFloat(tmp), "check", "--profile", "oracle", ".");

        assertUsageError(run, "migration-lsp: unknown profile 'oracle' (platform, postgres-rls, supabase, sqlx, alembic)");
    }

    @Test
    void aMissingConfigFileExitsTwo() throws IOException {
        CliRun run = CliRun.in(Workspaces.withFloat(tmp), "check", "--config", "nope.json", ".");

        assertUsageError(run, "migration-lsp: config file not found: nope.json");
    }

    @Test
    void anOptionWithoutItsValueOrAnUnknownOptionExitsTwo() throws IOException {
        Path ws = Workspaces.withFloat(tmp);

        assertUsageError(CliRun.in(ws, "check", "--format"), "migration-lsp: --format needs a value");
        assertUsageError(CliRun.in(ws, "check", "--fix", "."), "migration-lsp: unknown option: --fix (see migration-lsp check --help)");
    }

    @Test
    void anUnknownCommandExitsTwo() {
        assertUsageError(CliRun.in(tmp, "lint", "."), "migration-lsp: unknown command: lint (see migration-lsp --help)");
    }

    private static void assertUsageError(CliRun run, String line) {
        assertEquals(2, run.exit());
        assertEquals("", run.out());
        assertEquals(List.of(line), run.errLines());
    }
}
