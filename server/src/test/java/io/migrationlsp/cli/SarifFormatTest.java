package io.migrationlsp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.migrationlsp.rules.platform.NoFloat;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifFormatTest {
    @TempDir
    Path tmp;

    @Test
    void describesTheToolAndEveryRuleOfTheProfile() throws IOException {
        Path ws = Workspaces.withFloat(tmp);

        JsonObject log = sarif(CliRun.in(ws, "check", "--format", "sarif", "."));

        JsonObject driver = run(log).getAsJsonObject("tool").getAsJsonObject("driver");
        assertEquals(Version.get(), driver.get("version").getAsString());
        assertEquals(List.of("no-float", "invalid-config", "invalid-encoding", "internal-error"), ids(driver.getAsJsonArray("rules")));
        JsonObject noFloat = driver.getAsJsonArray("rules").get(0).getAsJsonObject();
        assertEquals(new NoFloat().meta().summary(), noFloat.getAsJsonObject("shortDescription").get("text").getAsString());
        assertEquals("error", noFloat.getAsJsonObject("defaultConfiguration").get("level").getAsString());
    }

    @Test
    void locatesResultsRelativeToTheRootWithOneBasedRegions() throws IOException {
        Path ws = Workspaces.withFloat(tmp);

        CliRun run = CliRun.in(ws, "check", "--format", "sarif", ".");

        assertEquals(1, run.exit());
        JsonObject log = sarif(run);
        JsonObject base = run(log).getAsJsonObject("originalUriBaseIds").getAsJsonObject("%SRCROOT%");
        assertEquals(ws.toUri().toString(), base.get("uri").getAsString());
        JsonArray results = run(log).getAsJsonArray("results");
        assertEquals(1, results.size());
        JsonObject result = results.get(0).getAsJsonObject();
        assertEquals("no-float", result.get("ruleId").getAsString());
        assertEquals(0, result.get("ruleIndex").getAsInt());
        assertEquals("error", result.get("level").getAsString());
        assertEquals(Workspaces.FLOAT_MESSAGE, result.getAsJsonObject("message").get("text").getAsString());
        JsonObject location = result.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation");
        JsonObject artifact = location.getAsJsonObject("artifactLocation");
        assertEquals(Workspaces.FLOAT_FILE, artifact.get("uri").getAsString());
        assertEquals("%SRCROOT%", artifact.get("uriBaseId").getAsString());
        JsonObject region = location.getAsJsonObject("region");
        assertEquals(List.of(3, 12, 3, 17), List.of(region.get("startLine").getAsInt(), region.get("startColumn").getAsInt(),
                region.get("endLine").getAsInt(), region.get("endColumn").getAsInt()));
    }

    @Test
    void mapsSeveritiesToSarifLevels() throws IOException {
        Path ws = Workspaces.withFloat(tmp);
        Workspaces.write(ws, ".migration-lsp.json", "{\"rules\": {\"no-float\": \"hint\"}}");
        Workspaces.writeBytes(ws, "_migrations/2026_1_3_1.sql", new byte[] {'-', '-', (byte) 0xFC, '\n'});

        JsonObject log = sarif(CliRun.in(ws, "check", "--format", "sarif", "."));

        List<String> levels = new ArrayList<>();
        for (JsonElement r : run(log).getAsJsonArray("results")) {
            levels.add(r.getAsJsonObject().get("ruleId").getAsString() + "=" + r.getAsJsonObject().get("level").getAsString());
        }
        assertEquals(List.of("no-float=note", "invalid-encoding=warning"), levels);
        assertEquals("error", SarifFormat.level(io.migrationlsp.core.config.Severity.ERROR));
        assertEquals("note", SarifFormat.level(io.migrationlsp.core.config.Severity.INFORMATION));
    }

    @Test
    void givesEachFurtherRootItsOwnBase() throws IOException {
        Path first = Workspaces.withFloat(tmp.resolve("a"));
        Path second = Workspaces.withFloat(tmp.resolve("b"));

        JsonObject log = sarif(CliRun.in(tmp, "check", "--format", "sarif", "a", "b"));

        JsonObject bases = run(log).getAsJsonObject("originalUriBaseIds");
        assertEquals(first.toUri().toString(), bases.getAsJsonObject("%SRCROOT%").get("uri").getAsString());
        assertEquals(second.toUri().toString(), bases.getAsJsonObject("ROOT2").get("uri").getAsString());
        List<String> baseOfEach = new ArrayList<>();
        for (JsonElement r : run(log).getAsJsonArray("results")) {
            baseOfEach.add(r.getAsJsonObject().getAsJsonArray("locations").get(0).getAsJsonObject()
                    .getAsJsonObject("physicalLocation").getAsJsonObject("artifactLocation").get("uriBaseId").getAsString());
        }
        assertEquals(List.of("%SRCROOT%", "ROOT2"), baseOfEach);
    }

    @Test
    void encodesUriPathsButKeepsSlashes() {
        assertEquals("_migrations/with%20space/caf%C3%A9%3A1.sql", SarifFormat.encodePath("_migrations/with space/café:1.sql"));
        assertFalse(SarifFormat.encodePath("a/b.sql").contains("%"));
    }

    private static JsonObject sarif(CliRun run) {
        JsonObject log = JsonParser.parseString(run.out()).getAsJsonObject();
        SarifValidity.assertValid(log);
        return log;
    }

    private static JsonObject run(JsonObject log) {
        return log.getAsJsonArray("runs").get(0).getAsJsonObject();
    }

    private static List<String> ids(JsonArray rules) {
        List<String> ids = new ArrayList<>();
        rules.forEach(r -> ids.add(r.getAsJsonObject().get("id").getAsString()));
        return ids;
    }
}
