package io.migrationlsp.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DiagnosticWorkspaceCapabilities;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.WorkspaceDiagnosticParams;
import org.eclipse.lsp4j.WorkspaceDiagnosticReport;
import org.eclipse.lsp4j.WorkspaceFullDocumentDiagnosticReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workspace folder holding several projects: each is indexed and reported without a file of it
 * being open, and entries its scan had to skip are told to the user once, not per file.
 */
class MonorepoTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path tmp;

    @Test
    void everyProjectIsIndexedAndReportedAndSkippedEntriesAreToldOnce() throws Exception {
        Fixtures.write(tmp, "billing/_migrations/2026_1_1_1.sql", Fixtures.MIGRATION);
        Fixtures.write(tmp, "services/claims/_migrations/2026_1_1_1.sql", Fixtures.MIGRATION);
        Files.createSymbolicLink(tmp.resolve("services/claims/_migrations/loop"), tmp.resolve("services/claims/_migrations"));
        try (TestServer t = new TestServer()) {
            ClientCapabilities caps = TestServer.pullClient();
            caps.getWorkspace().setDiagnostics(new DiagnosticWorkspaceCapabilities(true));
            t.initialize(tmp, caps, null);
            assertTrue(t.client.awaitMessage(m -> m.getType() == MessageType.Warning && m.getMessage().contains("skipped"), WAIT),
                    t.client.messages.toString());
            assertTrue(t.client.awaitMessage(m -> m.getMessage().contains("indexed 1 migrations of " + tmp.resolve("billing")), WAIT),
                    t.client.messages.toString());
            WorkspaceDiagnosticReport ws = t.server.getWorkspaceService()
                    .diagnostic(new WorkspaceDiagnosticParams(List.of())).get(20, TimeUnit.SECONDS);
            for (String project : List.of("billing", "services/claims")) {
                String uri = Uris.fromPath(tmp.resolve(project + "/_migrations/2026_1_1_1.sql"));
                WorkspaceFullDocumentDiagnosticReport r = ws.getItems().stream()
                        .map(i -> i.getWorkspaceFullDocumentDiagnosticReport())
                        .filter(f -> f != null && f.getUri().equals(uri)).findFirst()
                        .orElseThrow(() -> new AssertionError("no report for " + uri + " in " + ws.getItems()));
                assertTrue(r.getItems().stream().anyMatch(d -> d.getCode().getLeft().equals("no-float")), r.toString());
            }
            long warnings = t.client.messages.stream().filter(m -> m.getType() == MessageType.Warning).count();
            assertEquals(1, warnings, t.client.messages.toString());
        }
    }
}
