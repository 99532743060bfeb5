package io.migrationlsp.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.time.Duration;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A buffer over the editor's size limit gets one information diagnostic instead of an analysis
 * that could exhaust the server's capped heap; the server goes on serving the other files.
 */
class LargeFileTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path tmp;

    @Test
    void oversizedBufferIsToldNotAnalysedAndTheServerKeepsServing() throws Exception {
        Path root = Fixtures.workspace(tmp);
        StringBuilder big = new StringBuilder();
        while (big.length() <= AnalysisCache.MAX_ANALYSED_CHARS) {
            big.append(Fixtures.MIGRATION);
        }
        try (TestServer t = new TestServer()) {
            t.initialize(root, TestServer.pushClient(), null);
            String bigUri = t.open(root.resolve("_migrations/2026_2_1_1.sql"), big.toString());
            PublishDiagnosticsParams told = t.client.awaitDiagnostics(bigUri, p -> !p.getDiagnostics().isEmpty(), WAIT);
            assertNotNull(told, "no diagnostic for the oversized file");
            assertEquals(1, told.getDiagnostics().size(), told.toString());
            assertEquals("file-too-large", told.getDiagnostics().get(0).getCode().getLeft());
            assertEquals(DiagnosticSeverity.Information, told.getDiagnostics().get(0).getSeverity());

            String smallUri = t.open(root.resolve("_migrations/2026_2_2_1.sql"), Fixtures.MIGRATION);
            PublishDiagnosticsParams small = t.client.awaitDiagnostics(smallUri,
                    p -> p.getDiagnostics().stream().anyMatch(d -> d.getCode().getLeft().equals("no-float")), WAIT);
            assertNotNull(small, "the server stopped analysing after the oversized file");
        }
    }
}
