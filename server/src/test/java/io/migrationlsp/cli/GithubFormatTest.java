package io.migrationlsp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GithubFormatTest {
    @TempDir
    Path tmp;

    @Test
    void writesOneWorkflowCommandPerFinding() throws IOException {
        Path ws = Workspaces.withFloat(tmp);
        Workspaces.write(ws, ".migration-lsp.json", "{\"rules\": {\"no-float\": \"information\"}}");
        Workspaces.write(ws, "_migrations/2026_1_3_1.sql", "CREATE TABLE PLATFORM.[B] (ID INT, R REAL NULL);\n");
        Workspaces.writeBytes(ws, "_migrations/2026_1_4_1.sql", new byte[] {'-', '-', ' ', (byte) 0xE9, '\n'});

        CliRun run = CliRun.in(ws, "check", "--format", "github", ".");

        assertEquals(List.of(
                "::notice file=_migrations/2026_1_1_1.sql,line=3,col=12,endLine=3,endColumn=17,title=no-float::"
                        + Workspaces.FLOAT_MESSAGE,
                "::notice file=_migrations/2026_1_3_1.sql,line=1,col=38,endLine=1,endColumn=42,title=no-float::"
                        + "REAL on R loses precision: money and percentages must be DECIMAL(18,4).",
                "::warning file=_migrations/2026_1_4_1.sql,line=1,col=1,endLine=1,endColumn=1,title=invalid-encoding::"
                        + "The file is not valid UTF-8; it was read as windows-1252. Save it as UTF-8."), run.outLines());
        assertEquals(0, run.exit());
    }

    @Test
    void errorsAreErrorCommands() throws IOException {
        Path ws = Workspaces.withFloat(tmp);

        CliRun run = CliRun.in(ws, "check", "--format", "github", ".");

        assertEquals(List.of("::error file=_migrations/2026_1_1_1.sql,line=3,col=12,endLine=3,endColumn=17,title=no-float::"
                + Workspaces.FLOAT_MESSAGE), run.outLines());
    }

    @Test
    void escapesMessagesAndPropertiesAsTheRunnerExpects() {
        assertEquals("100%25 sure%0D%0Anext: a, b", GithubFormat.data("100% sure\r\nnext: a, b"));
        assertEquals("dir%3Aname%2Cx%25.sql%0A", GithubFormat.property("dir:name,x%.sql\n"));
    }
}
