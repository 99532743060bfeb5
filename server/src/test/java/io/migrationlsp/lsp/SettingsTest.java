package io.migrationlsp.lsp;

import static io.migrationlsp.lsp.DiagnosticsTest.code;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    @Test
    void initializationOptionsTurnARuleOff() throws Exception {
        Path root = Fixtures.workspace(dir);
        try (TestServer t = new TestServer()) {
            // The client answers workspace/configuration with null: the init settings stay.
            t.initialize(root, TestServer.pushClient(), Map.of("settings", Map.of("rules", Map.of("no-float", "off"))));
            String uri = t.open(root.resolve("_migrations/2026_2_1_1.sql"), Fixtures.MIGRATION);
            PublishDiagnosticsParams p = t.client.awaitDiagnostics(uri, x -> x.getVersion() == 1, WAIT);
            assertNotNull(p);
            assertTrue(p.getDiagnostics().stream().noneMatch(d -> code(d).equals("no-float")), p.toString());
        }
    }

    @Test
    void workspaceConfigurationIsAskedAndReAskedOnChange() throws Exception {
        Path root = Fixtures.workspace(dir);
        try (TestServer t = new TestServer()) {
            t.client.settings = JsonParser.parseString("{\"rules\": {\"no-float\": \"warning\"}}").getAsJsonObject();
            t.initialize(root, TestServer.pushClient(), null);
            String uri = t.open(root.resolve("_migrations/2026_2_1_1.sql"), Fixtures.MIGRATION);
            PublishDiagnosticsParams warned = t.client.awaitDiagnostics(uri, x -> x.getDiagnostics().stream()
                    .anyMatch(d -> code(d).equals("no-float") && d.getSeverity() == DiagnosticSeverity.Warning), WAIT);
            assertNotNull(warned, "no-float never became a warning");
            assertEquals("migrationLsp", t.client.configurationRequests.get(0).getItems().get(0).getSection());

            t.client.settings = JsonParser.parseString("{\"rules\": {\"no-float\": \"off\"}}").getAsJsonObject();
            t.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(Map.of()));
            assertNotNull(t.client.awaitDiagnostics(uri, x -> x.getDiagnostics().stream().noneMatch(d -> code(d).equals("no-float")), WAIT),
                    "no-float still reported after the settings turned it off");
        }
    }

    @Test
    void brokenConfigFileIsReportedOnItself() throws Exception {
        Path root = Fixtures.workspace(dir);
        Path config = Fixtures.write(root, ".migration-lsp.json", "{\n  \"rules\": {\"no-float\": \"loud\"}\n}\n");
        try (TestServer t = new TestServer()) {
            t.initialize(root, TestServer.pushClient(), null);
            PublishDiagnosticsParams p = t.client.awaitDiagnostics(Uris.fromPath(config), x -> !x.getDiagnostics().isEmpty(), WAIT);
            assertNotNull(p, "config problems not published");
            assertEquals("invalid-config", code(p.getDiagnostics().get(0)));
            assertTrue(p.getDiagnostics().get(0).getMessage().getLeft().contains("loud"));
        }
    }
}
