package io.migrationlsp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.HashSet;
import java.util.Set;

/**
 * The parts of the SARIF 2.1.0 schema and of GitHub code scanning's upload checks that our output
 * could get wrong: what every log must hold, whatever its findings.
 */
final class SarifValidity {
    private static final Set<String> LEVELS = Set.of("none", "note", "warning", "error");

    private SarifValidity() {}

    static void assertValid(JsonObject log) {
        assertEquals("2.1.0", log.get("version").getAsString());
        assertTrue(log.get("$schema").getAsString().contains("sarif-2.1.0"));
        JsonArray runs = log.getAsJsonArray("runs");
        assertEquals(1, runs.size());
        JsonObject run = runs.get(0).getAsJsonObject();
        JsonObject driver = run.getAsJsonObject("tool").getAsJsonObject("driver");
        assertEquals("migration-lsp", driver.get("name").getAsString());
        assertTrue(driver.get("version").getAsString().matches("\\d+\\.\\d+\\.\\d+.*"));
        // informationUri is optional in SARIF 2.1.0; the project has no public home page to name.
        assertTrue(!driver.has("informationUri") || driver.get("informationUri").getAsString().startsWith("https://"));
        JsonArray rules = driver.getAsJsonArray("rules");
        Set<String> ids = new HashSet<>();
        for (JsonElement r : rules) {
            JsonObject rule = r.getAsJsonObject();
            assertTrue(ids.add(rule.get("id").getAsString()), "rule ids are unique");
            assertNotNull(rule.getAsJsonObject("shortDescription").get("text").getAsString());
            assertTrue(LEVELS.contains(rule.getAsJsonObject("defaultConfiguration").get("level").getAsString()));
        }
        JsonObject baseIds = run.getAsJsonObject("originalUriBaseIds");
        for (String id : baseIds.keySet()) {
            String uri = baseIds.getAsJsonObject(id).get("uri").getAsString();
            assertTrue(uri.startsWith("file:") && uri.endsWith("/"), "a base is an absolute directory URI: " + uri);
        }
        for (JsonElement r : run.getAsJsonArray("results")) {
            assertValidResult(r.getAsJsonObject(), rules, baseIds);
        }
    }

    private static void assertValidResult(JsonObject result, JsonArray rules, JsonObject baseIds) {
        int index = result.get("ruleIndex").getAsInt();
        assertTrue(index >= 0 && index < rules.size(), "ruleIndex in range");
        assertEquals(result.get("ruleId").getAsString(), rules.get(index).getAsJsonObject().get("id").getAsString());
        assertTrue(LEVELS.contains(result.get("level").getAsString()));
        assertNotNull(result.getAsJsonObject("message").get("text").getAsString());
        JsonObject physical = result.getAsJsonArray("locations").get(0).getAsJsonObject()
                .getAsJsonObject("physicalLocation");
        JsonObject artifact = physical.getAsJsonObject("artifactLocation");
        if (artifact.has("uriBaseId")) {
            assertTrue(baseIds.has(artifact.get("uriBaseId").getAsString()), "uriBaseId is declared");
            assertTrue(!artifact.get("uri").getAsString().startsWith("/"), "relative to its base");
        }
        JsonObject region = physical.getAsJsonObject("region");
        int startLine = region.get("startLine").getAsInt();
        int startColumn = region.get("startColumn").getAsInt();
        int endLine = region.get("endLine").getAsInt();
        int endColumn = region.get("endColumn").getAsInt();
        assertTrue(startLine >= 1 && startColumn >= 1, "1-based region");
        assertTrue(endLine > startLine || endLine == startLine && endColumn >= startColumn, "region ends after it starts");
    }
}
