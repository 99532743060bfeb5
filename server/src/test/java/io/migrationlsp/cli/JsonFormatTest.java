package io.migrationlsp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonFormatTest {
    @TempDir
    Path tmp;

    @Test
    void writesAnArrayOfFindingsWithOneBasedPositionsAndFixTitles() throws IOException {
        Path ws = Workspaces.withFloat(tmp);

        CliRun run = CliRun.in(ws, "check", "--format", "json", ".");

        assertEquals(1, run.exit());
        JsonArray findings = JsonParser.parseString(run.out()).getAsJsonArray();
        assertEquals(1, findings.size());
        JsonObject f = findings.get(0).getAsJsonObject();
        assertEquals(Workspaces.FLOAT_FILE, f.get("path").getAsString());
        assertEquals(3, f.get("line").getAsInt());
        assertEquals(12, f.get("column").getAsInt());
        assertEquals(3, f.get("endLine").getAsInt());
        assertEquals(17, f.get("endColumn").getAsInt());
        assertEquals("error", f.get("severity").getAsString());
        assertEquals("no-float", f.get("rule").getAsString());
        assertEquals(Workspaces.FLOAT_MESSAGE, f.get("message").getAsString());
        JsonArray fixes = f.getAsJsonArray("fixes");
        assertEquals(1, fixes.size());
        assertEquals("Change FLOAT to DECIMAL(18,4)", fixes.get(0).getAsJsonObject().get("title").getAsString());
    }

    @Test
    void writesAnEmptyArrayForACleanWorkspace() throws IOException {
        Path ws = Workspaces.clean(tmp);

        CliRun run = CliRun.in(ws, "check", "--format=json", ".");

        assertEquals(0, run.exit());
        assertEquals(0, JsonParser.parseString(run.out()).getAsJsonArray().size());
    }
}
