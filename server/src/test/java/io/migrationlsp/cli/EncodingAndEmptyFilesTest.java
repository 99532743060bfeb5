package io.migrationlsp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncodingAndEmptyFilesTest {
    @TempDir
    Path tmp;

    @Test
    void aFileThatIsNotUtf8IsReadAsWindows1252WithAWarningAndStillChecked() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("-- Gebühr für Überweisung\n".getBytes(StandardCharsets.ISO_8859_1));
        bytes.write("CREATE TABLE PLATFORM.[FEE] (ID INT NOT NULL, AMOUNT FLOAT NULL);\n".getBytes(StandardCharsets.US_ASCII));
        Path ws = tmp.resolve("ws");
        Workspaces.writeBytes(ws, "_migrations/2026_1_1_1.sql", bytes.toByteArray());

        CliRun run = CliRun.in(ws, "check", ".");

        assertEquals(List.of(
                "_migrations/2026_1_1_1.sql:1:1: warning invalid-encoding The file is not valid UTF-8; it was read as windows-1252. Save it as UTF-8.",
                "_migrations/2026_1_1_1.sql:2:54: error no-float " + Workspaces.FLOAT_MESSAGE), run.outLines());
        assertEquals(1, run.exit());
    }

    @Test
    void aByteOrderMarkDoesNotShiftColumns() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write("CREATE TABLE PLATFORM.[FEE] (ID INT NOT NULL, AMOUNT FLOAT NULL);\n".getBytes(StandardCharsets.UTF_8));
        Path ws = tmp.resolve("ws");
        Workspaces.writeBytes(ws, "_migrations/2026_1_1_1.sql", bytes.toByteArray());

        CliRun run = CliRun.in(ws, "check", ".");

        assertEquals(List.of("_migrations/2026_1_1_1.sql:1:54: error no-float " + Workspaces.FLOAT_MESSAGE), run.outLines());
    }

    @Test
    void emptyAndCommentOnlyFilesGiveNoFindings() throws IOException {
        Path ws = tmp.resolve("ws");
        Workspaces.write(ws, "_migrations/2026_1_1_1.sql", "");
        Workspaces.write(ws, "_migrations/2026_1_2_1.sql", "-- nothing yet\n/* still nothing */\n");
        Workspaces.write(ws, "_migrations/2026_1_3_1.sql", ";\n;\n");

        CliRun run = CliRun.in(ws, "check", "--format", "json", ".");

        assertEquals(0, run.exit());
        assertEquals("[]", run.out().strip());
        assertEquals(List.of("0 errors, 0 warnings in 3 files"), run.errLines());
    }

    @Test
    void positionsCountUtf16UnitsLikeTheEditor() throws IOException {
        Path ws = tmp.resolve("ws");
        // 💶 is two UTF-16 units: FLOAT starts at column 15, not 14 (code points) or 17 (UTF-8 bytes).
        Workspaces.write(ws, "_migrations/2026_1_1_1.sql", "CREATE TABLE PLATFORM.[FEE] (ID INT NOT NULL,\n/*💶*/ AMOUNT FLOAT NULL);\n");

        CliRun run = CliRun.in(ws, "check", "--format", "json", ".");

        JsonObject finding = JsonParser.parseString(run.out()).getAsJsonArray().get(0).getAsJsonObject();
        assertEquals(15, finding.get("column").getAsInt());
        assertEquals(20, finding.get("endColumn").getAsInt());
    }
}
