package io.migrationlsp.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
import org.eclipse.lsp4j.GeneralClientCapabilities;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceDiagnosticParams;
import org.eclipse.lsp4j.WorkspaceDiagnosticReport;
import org.eclipse.lsp4j.WorkspaceDocumentDiagnosticReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagnosticsTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Range FLOAT = new Range(new Position(4, 11), new Position(4, 16));

    @TempDir
    Path dir;

    @Test
    void pushClientGetsDiagnosticsThatFollowIncrementalEdits() throws Exception {
        Path root = Fixtures.workspace(dir);
        try (TestServer t = new TestServer()) {
            InitializeResult init = t.initialize(root, TestServer.pushClient(), null);
            assertEquals("utf-16", init.getCapabilities().getPositionEncoding());
            assertEquals(TextDocumentSyncKind.Incremental, init.getCapabilities().getTextDocumentSync().getRight().getChange());

            String uri = t.open(root.resolve("_migrations/2026_2_1_1.sql"), Fixtures.MIGRATION);
            PublishDiagnosticsParams first = t.client.awaitDiagnostics(uri, p -> p.getVersion() == 1, WAIT);
            assertNotNull(first, "no diagnostics published for version 1");
            Diagnostic d = only(first.getDiagnostics(), "no-float");
            assertEquals(FLOAT, d.getRange());
            assertEquals("migration-lsp", d.getSource());
            assertEquals(DiagnosticSeverity.Error, d.getSeverity());

            change(t, uri, 2, FLOAT, "DECIMAL(18,4)");
            PublishDiagnosticsParams second = t.client.awaitDiagnostics(uri, p -> p.getVersion() == 2, WAIT);
            assertNotNull(second, "no diagnostics published for version 2");
            assertTrue(second.getDiagnostics().stream().noneMatch(x -> code(x).equals("no-float")), second.toString());
        }
    }

    @Test
    void pullClientGetsDiagnosticsOnRequestAndNothingPushed() throws Exception {
        Path root = Fixtures.workspace(dir);
        Path file = Fixtures.write(root, "_migrations/2026_2_1_1.sql", Fixtures.MIGRATION);
        try (TestServer t = new TestServer()) {
            t.initialize(root, TestServer.pullClient(), null);
            String uri = t.open(file, Fixtures.MIGRATION);

            DocumentDiagnosticReport report = t.server.getTextDocumentService()
                    .diagnostic(new DocumentDiagnosticParams(new TextDocumentIdentifier(uri))).get(20, TimeUnit.SECONDS);
            var full = report.getRelatedFullDocumentDiagnosticReport();
            assertEquals(FLOAT, only(full.getItems(), "no-float").getRange());
            assertNotNull(full.getResultId());

            WorkspaceDiagnosticReport ws = t.server.getWorkspaceService()
                    .diagnostic(new WorkspaceDiagnosticParams(List.of())).get(20, TimeUnit.SECONDS);
            WorkspaceDocumentDiagnosticReport item = ws.getItems().stream()
                    .filter(i -> i.getWorkspaceFullDocumentDiagnosticReport().getUri().equals(uri)).findFirst().orElseThrow();
            assertEquals(FLOAT, only(item.getWorkspaceFullDocumentDiagnosticReport().getItems(), "no-float").getRange());

            // Past the debounce: a push would have arrived by now.
            Thread.sleep(4 * DiagnosticScheduler.DEBOUNCE_MILLIS);
            assertTrue(t.client.publishedFor(uri).isEmpty(), "pull client was pushed diagnostics");
        }
    }

    @Test
    void utf8PositionsWhenTheClientOffersThem() throws Exception {
        Path root = Fixtures.workspace(dir);
        ClientCapabilities caps = TestServer.pushClient();
        GeneralClientCapabilities general = new GeneralClientCapabilities();
        general.setPositionEncodings(List.of("utf-8", "utf-16"));
        caps.setGeneral(general);
        String text = Fixtures.MIGRATION.replace("    AMOUNT FLOAT", "    /* é */ AMOUNT FLOAT");
        try (TestServer t = new TestServer()) {
            assertEquals("utf-8", t.initialize(root, caps, null).getCapabilities().getPositionEncoding());
            String uri = t.open(root.resolve("_migrations/2026_2_1_1.sql"), text);
            PublishDiagnosticsParams p = t.client.awaitDiagnostics(uri, x -> true, WAIT);
            assertNotNull(p);
            // "    /* é */ AMOUNT " is 19 UTF-16 units and 20 UTF-8 bytes.
            assertEquals(new Range(new Position(4, 20), new Position(4, 25)), only(p.getDiagnostics(), "no-float").getRange());

            // An edit in UTF-8 columns lands where the client meant it.
            change(t, uri, 2, new Range(new Position(4, 20), new Position(4, 25)), "DECIMAL(18,4)");
            PublishDiagnosticsParams after = t.client.awaitDiagnostics(uri, x -> x.getVersion() == 2, WAIT);
            assertNotNull(after);
            assertTrue(after.getDiagnostics().stream().noneMatch(x -> code(x).equals("no-float")), after.toString());
        }
    }

    @Test
    void badEditsDoNotStopTheServer() throws Exception {
        Path root = Fixtures.workspace(dir);
        try (TestServer t = new TestServer()) {
            t.initialize(root, TestServer.pushClient(), null);
            String uri = t.open(root.resolve("_migrations/2026_2_1_1.sql"), Fixtures.MIGRATION);
            assertNotNull(t.client.awaitDiagnostics(uri, p -> p.getVersion() == 1, WAIT));

            change(t, Uris.fromPath(root.resolve("never-opened.sql")), 5, FLOAT, "x");
            change(t, uri, 2, new Range(new Position(999, 999), new Position(-3, 1_000_000)), "\n-- appended");
            change(t, uri, 1, FLOAT, "stale edit, ignored");
            t.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(uri, 3), List.of()));

            // The server still answers requests and still analyses.
            var hover = t.server.getTextDocumentService()
                    .hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(4, 12))).get(20, TimeUnit.SECONDS);
            assertNotNull(hover);
            assertTrue(hover.getContents().getRight().getValue().contains("no-float"));
            change(t, uri, 4, FLOAT, "DECIMAL(18,4)");
            PublishDiagnosticsParams p = t.client.awaitDiagnostics(uri, x -> x.getVersion() == 4, WAIT);
            assertNotNull(p, "no diagnostics after the bad edits");
            assertTrue(p.getDiagnostics().stream().noneMatch(x -> code(x).equals("no-float")), p.toString());
        }
    }

    static void change(TestServer t, String uri, int version, Range range, String text) {
        TextDocumentContentChangeEvent e = new TextDocumentContentChangeEvent(range, text);
        t.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version), List.of(e)));
    }

    static String code(Diagnostic d) {
        return d.getCode() == null ? "" : d.getCode().getLeft();
    }

    static Diagnostic only(List<Diagnostic> diagnostics, String code) {
        List<Diagnostic> matching = diagnostics.stream().filter(d -> code(d).equals(code)).toList();
        assertEquals(1, matching.size(), "expected one " + code + " in " + diagnostics);
        return matching.get(0);
    }
}
