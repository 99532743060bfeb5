package io.migrationlsp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSelectionTest {
    private static final String REAL = "CREATE TABLE PLATFORM.[B] (ID INT, R REAL NULL);\n";

    @TempDir
    Path tmp;

    @Test
    void aRootChecksOnlyItsMigrationsFolder() throws IOException {
        Path ws = Workspaces.withFloat(tmp);
        Workspaces.write(ws, "seeds/demo.sql", REAL);

        CliRun run = CliRun.in(ws, "check", ".");

        assertEquals(List.of("_migrations/2026_1_1_1.sql"), paths(run));
    }

    @Test
    void aFileGivenByNameIsAlwaysChecked() throws IOException {
        Path ws = Workspaces.withFloat(tmp);
        Workspaces.write(ws, "seeds/demo.sql", REAL);

        CliRun run = CliRun.in(ws, "check", "seeds/demo.sql");

        assertEquals(List.of("seeds/demo.sql"), paths(run));
        assertEquals(List.of("1 error, 0 warnings in 1 file"), run.errLines());
    }

    @Test
    void aFolderInsideTheMigrationsFolderChecksOnlyWhatIsUnderIt() throws IOException {
        Path ws = Workspaces.withFloat(tmp);
        Workspaces.write(ws, "_migrations/sub/2026_2_1_1.sql", REAL);

        CliRun run = CliRun.in(ws, "check", "_migrations/sub");

        assertEquals(List.of("_migrations/sub/2026_2_1_1.sql"), paths(run));
    }

    @Test
    void aFolderWithNoMigrationsFolderChecksEverySqlFileUnderIt() throws IOException {
        Path loose = tmp.resolve("loose");
        Workspaces.write(loose, "a.sql", REAL);
        Workspaces.write(loose, "deep/er/b.SQL", REAL);
        Workspaces.write(loose, "notes.txt", REAL);
        Workspaces.write(loose, ".git/c.sql", REAL);

        CliRun run = CliRun.in(tmp, "check", "loose");

        assertEquals(List.of("loose/a.sql", "loose/deep/er/b.SQL"), paths(run));
    }

    @Test
    void workspacesInsideAFolderAreCheckedWithTheirOwnConfig() throws IOException {
        Workspaces.withFloat(tmp.resolve("services/a"));
        Workspaces.write(tmp, "services/a/.migration-lsp.json", "{\"rules\": {\"no-float\": \"warning\"}}");
        Workspaces.withFloat(tmp.resolve("services/b"));
        Workspaces.write(tmp, "services/b/seeds/demo.sql", REAL);
        Workspaces.write(tmp, "tools/loose.sql", REAL);

        CliRun run = CliRun.in(tmp, "check", ".");

        assertEquals(List.of(
                "services/a/_migrations/2026_1_1_1.sql:3:12: warning no-float " + Workspaces.FLOAT_MESSAGE,
                "services/b/_migrations/2026_1_1_1.sql:3:12: error no-float " + Workspaces.FLOAT_MESSAGE,
                "tools/loose.sql:1:38: error no-float REAL on R loses precision: money and percentages must be DECIMAL(18,4)."),
                run.outLines());
    }

    @Test
    void aFileFindsItsRootsConfig() throws IOException {
        Path ws = Workspaces.withFloat(tmp);
        Workspaces.write(ws, ".migration-lsp.json", "{\"rules\": {\"no-float\": \"off\"}}");

        CliRun run = CliRun.in(tmp, "check", ws.resolve(Workspaces.FLOAT_FILE).toString());

        assertEquals(0, run.exit());
        assertEquals("", run.out());
    }

    @Test
    void configProblemsAreReportedOnTheConfigFile() throws IOException {
        Path ws = Workspaces.clean(tmp);
        Workspaces.write(ws, ".migration-lsp.json", "{\n  \"placeholder\": \"schema\"\n}\n");

        CliRun run = CliRun.in(ws, "check", ".");

        assertEquals(1, run.exit());
        assertEquals(List.of(".migration-lsp.json:1:1: error invalid-config 'placeholder' must look like {name}; keeping {schema_name}"),
                run.outLines());
    }

    @Test
    void anExplicitConfigFileReplacesTheRootsOne() throws IOException {
        Path ws = Workspaces.withFloat(tmp.resolve("ws"));
        Path config = Workspaces.write(tmp, "ci.json", "{\"rules\": {\"no-float\": \"warning\"}}");

        CliRun run = CliRun.in(ws, "check", "--config", config.toString(), ".");

        assertEquals(0, run.exit());
        assertEquals(List.of("_migrations/2026_1_1_1.sql:3:12: warning no-float " + Workspaces.FLOAT_MESSAGE), run.outLines());
    }

    @Test
    void aForcedProfileWithoutRulesReportsNothing() throws IOException {
        Path ws = Workspaces.withFloat(tmp);

        CliRun run = CliRun.in(ws, "check", "--profile", "supabase", ".");

        assertEquals(0, run.exit());
        // The test rule set gives supabase no rules: nothing reported means the flag beat the detected profile.
        assertEquals(List.of("0 errors, 0 warnings in 2 files"), run.errLines());
    }

    private static List<String> paths(CliRun run) {
        return run.outLines().stream().map(l -> l.substring(0, l.indexOf(':'))).distinct().toList();
    }
}
