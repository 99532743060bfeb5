package io.migrationlsp.lsp;

import static io.migrationlsp.lsp.DiagnosticsTest.code;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceDiagnosticParams;
import org.eclipse.lsp4j.WorkspaceDiagnosticReport;
import org.eclipse.lsp4j.WorkspaceFullDocumentDiagnosticReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A supabase project in the editor: its migrations' findings, the manifest's own, and the manifest as a live input. */
class SupabaseLspTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String MANIFEST = "docs/canon/DB_SCHEMA_MANIFEST.json";
    private static final String GOOD_MANIFEST = "{\n  \"tables\": [\n    \"assessments\"\n  ],\n  \"enums\": []\n}\n";
    private static final String MIGRATION = String.join("\n",
            "CREATE TABLE public.invoices (",
            "  id UUID PRIMARY KEY",
            ");",
            "");

    @TempDir
    Path dir;

    private Path workspace() throws Exception {
        Fixtures.write(dir, MANIFEST, GOOD_MANIFEST);
        Fixtures.write(dir, "supabase/migrations/20260101090000_assessments.sql",
                "CREATE TABLE IF NOT EXISTS public.assessments (id UUID PRIMARY KEY);\n"
                        + "ALTER TABLE public.assessments ENABLE ROW LEVEL SECURITY;\n");
        return dir;
    }

    /**
     * The newest diagnostics published for {@code uri}, once they satisfy {@code test}: pushes for
     * several files interleave, so this looks at everything published rather than consuming a queue.
     */
    private static PublishDiagnosticsParams latest(TestServer t, String uri,
                                                   java.util.function.Predicate<PublishDiagnosticsParams> test)
            throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            List<PublishDiagnosticsParams> all = t.client.publishedFor(uri);
            if (!all.isEmpty() && test.test(all.get(all.size() - 1))) {
                return all.get(all.size() - 1);
            }
            Thread.sleep(50);
        }
        return null;
    }

    private static Set<String> codes(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(DiagnosticsTest::code).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void anOpenMigrationGetsItsDiagnosticsAndFollowsTheManifestBuffer() throws Exception {
        Path root = workspace();
        try (TestServer t = new TestServer()) {
            t.initialize(root, TestServer.pushClient(), null);
            String uri = t.open(root.resolve("supabase/migrations/20260201090000_invoices.sql"), MIGRATION);
            PublishDiagnosticsParams first = t.client.awaitDiagnostics(uri, p -> p.getVersion() == 1, WAIT);
            assertNotNull(first, "no diagnostics for the migration");
            assertEquals(Set.of("idempotent-ddl", "manifest-table", "rls-required"), codes(first.getDiagnostics()));
            Diagnostic manifestTable = DiagnosticsTest.only(first.getDiagnostics(), "manifest-table");
            assertEquals(new Range(new Position(0, 13), new Position(0, 28)), manifestTable.getRange());

            // The quick fix edits the manifest file, not the migration.
            CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(uri), manifestTable.getRange(),
                    new CodeActionContext(List.of(manifestTable)));
            CodeAction add = t.server.getTextDocumentService().codeAction(params).get(20, TimeUnit.SECONDS).stream()
                    .map(a -> a.getRight()).filter(a -> a.getTitle().equals("Add invoices to the manifest's tables"))
                    .findFirst().orElseThrow();
            String manifestUri = Uris.fromPath(root.resolve(MANIFEST));
            List<TextEdit> edits = CodeActionTest.edits(add.getEdit(), manifestUri);
            assertEquals("{\n  \"tables\": [\n    \"assessments\",\n    \"invoices\"\n  ],\n  \"enums\": []\n}\n",
                    Fixtures.apply(GOOD_MANIFEST, edits));

            // A broken manifest buffer: its own diagnostic, and the manifest rules go quiet meanwhile.
            String broken = "{\n  \"tables\": [\n    \"assessments\"\n    \"invoices\"\n  ]\n}\n";
            t.open(root.resolve(MANIFEST), "json", broken);
            PublishDiagnosticsParams onManifest = latest(t, manifestUri, p -> !p.getDiagnostics().isEmpty());
            assertNotNull(onManifest, "no diagnostics on the open manifest");
            Diagnostic invalid = DiagnosticsTest.only(onManifest.getDiagnostics(), "invalid-manifest");
            assertEquals(new Position(3, 4), invalid.getRange().getStart());
            PublishDiagnosticsParams quiet = latest(t, uri,
                    p -> codes(p.getDiagnostics()).equals(Set.of("idempotent-ddl", "rls-required")));
            assertNotNull(quiet, "manifest-table quiet while the manifest is unreadable: " + t.client.publishedFor(uri));

            // The fixed buffer lists the table: its diagnostics clear and the migration's manifest-table stays gone.
            String fixed = Fixtures.apply(GOOD_MANIFEST, edits);
            int publishedBefore = t.client.publishedFor(uri).size();
            t.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(manifestUri, 2), List.of(new TextDocumentContentChangeEvent(fixed))));
            assertNotNull(latest(t, manifestUri, p -> p.getVersion() != null && p.getVersion() == 2
                    && p.getDiagnostics().isEmpty()), "the manifest's diagnostic clears");
            PublishDiagnosticsParams after = latest(t, uri, p -> t.client.publishedFor(uri).size() > publishedBefore
                    && codes(p.getDiagnostics()).equals(Set.of("idempotent-ddl", "rls-required")));
            assertNotNull(after);
            assertTrue(after.getDiagnostics().stream().noneMatch(d -> code(d).equals("manifest-table")));
        }
    }

    @Test
    void workspaceDiagnosticsReportTheManifestFromDisk() throws Exception {
        Path root = workspace();
        Fixtures.write(root, MANIFEST, "{ \"tables\": \"assessments\" }\n");
        try (TestServer t = new TestServer()) {
            t.initialize(root, TestServer.pullClient(), null);
            WorkspaceDiagnosticReport ws = t.server.getWorkspaceService()
                    .diagnostic(new WorkspaceDiagnosticParams(List.of())).get(20, TimeUnit.SECONDS);
            String manifestUri = Uris.fromPath(root.resolve(MANIFEST));
            WorkspaceFullDocumentDiagnosticReport item = ws.getItems().stream()
                    .map(i -> i.getWorkspaceFullDocumentDiagnosticReport())
                    .filter(r -> r != null && r.getUri().equals(manifestUri)).findFirst().orElseThrow();
            Diagnostic d = DiagnosticsTest.only(item.getItems(), "invalid-manifest");
            assertEquals(new Range(new Position(0, 12), new Position(0, 25)), d.getRange());
            assertTrue(ws.getItems().stream().anyMatch(i -> i.getWorkspaceFullDocumentDiagnosticReport() != null
                    && i.getWorkspaceFullDocumentDiagnosticReport().getUri().endsWith("20260101090000_assessments.sql")));
        }
    }
}
