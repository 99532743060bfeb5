package io.migrationlsp.lsp;

import static io.migrationlsp.lsp.DiagnosticsTest.code;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeActionTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    @Test
    void quickFixRoundTripRemovesTheFinding() throws Exception {
        try (TestServer t = new TestServer()) {
            Session s = open(t, TestServer.pushClient(), Fixtures.MIGRATION);
            CodeAction fix = action(t, s, s.floatDiagnostic, "Change FLOAT to DECIMAL(18,4)");
            assertEquals("quickfix", fix.getKind());
            assertEquals(Boolean.TRUE, fix.getIsPreferred());
            assertEquals(List.of(s.floatDiagnostic), fix.getDiagnostics());
            TextDocumentEdit docEdit = fix.getEdit().getDocumentChanges().get(0).getLeft();
            assertEquals(1, docEdit.getTextDocument().getVersion());

            String fixed = Fixtures.apply(Fixtures.MIGRATION, edits(fix.getEdit(), s.uri));
            assertTrue(fixed.contains("    AMOUNT DECIMAL(18,4) NULL,"), fixed);
            assertNoFloatAfter(t, s.uri, 2, fixed);
        }
    }

    @Test
    void clientsWithoutDocumentChangesGetPlainChanges() throws Exception {
        ClientCapabilities caps = TestServer.pushClient();
        caps.getWorkspace().getWorkspaceEdit().setDocumentChanges(false);
        try (TestServer t = new TestServer()) {
            Session s = open(t, caps, Fixtures.MIGRATION);
            CodeAction fix = action(t, s, s.floatDiagnostic, "Change FLOAT to DECIMAL(18,4)");
            assertNull(fix.getEdit().getDocumentChanges());
            assertEquals(List.of(new TextEdit(s.floatDiagnostic.getRange(), "DECIMAL(18,4)")), fix.getEdit().getChanges().get(s.uri));
        }
    }

    @Test
    void disableForStatementInsertsTheDirectiveAboveTheStatement() throws Exception {
        String indented = Fixtures.MIGRATION.replace("CREATE TABLE", "  CREATE TABLE");
        try (TestServer t = new TestServer()) {
            Session s = open(t, TestServer.pushClient(), indented);
            CodeAction disable = action(t, s, s.floatDiagnostic, "Disable no-float for this statement");
            assertEquals("quickfix", disable.getKind());
            String edited = Fixtures.apply(indented, edits(disable.getEdit(), s.uri));
            assertTrue(edited.contains("sync\n  -- migration-lsp: disable=no-float\n  CREATE TABLE"), edited);
            assertNoFloatAfter(t, s.uri, 2, edited);
        }
    }

    @Test
    void disableForFileInsertsTheDirectiveAtTheTop() throws Exception {
        try (TestServer t = new TestServer()) {
            Session s = open(t, TestServer.pushClient(), Fixtures.MIGRATION);
            CodeAction disable = action(t, s, s.floatDiagnostic, "Disable no-float for this file");
            String edited = Fixtures.apply(Fixtures.MIGRATION, edits(disable.getEdit(), s.uri));
            assertTrue(edited.startsWith("-- migration-lsp: disable-file=no-float\n-- ==="), edited);
            assertNoFloatAfter(t, s.uri, 2, edited);
        }
    }

    @Test
    void fixAllAppliesEverySafeFix() throws Exception {
        String two = Fixtures.MIGRATION.replace("    AMOUNT FLOAT NULL,", "    AMOUNT FLOAT NULL,\n    RATE REAL NULL,");
        try (TestServer t = new TestServer()) {
            Session s = open(t, TestServer.pushClient(), two);
            CodeActionParams p = new CodeActionParams(new TextDocumentIdentifier(s.uri), new Range(new Position(0, 0), new Position(0, 0)),
                    new CodeActionContext(List.of(), List.of(CodeActions.FIX_ALL)));
            var actions = t.server.getTextDocumentService().codeAction(p).get(20, TimeUnit.SECONDS);
            assertEquals(1, actions.size(), actions.toString());
            CodeAction all = actions.get(0).getRight();
            assertEquals("source.fixAll.migration-lsp", all.getKind());
            String fixed = Fixtures.apply(two, edits(all.getEdit(), s.uri));
            assertTrue(fixed.contains("AMOUNT DECIMAL(18,4) NULL,\n    RATE DECIMAL(18,4) NULL,"), fixed);
            assertNoFloatAfter(t, s.uri, 2, fixed);
        }
    }

    @Test
    void hoverShowsTheRuleForTheFinding() throws Exception {
        try (TestServer t = new TestServer()) {
            Session s = open(t, TestServer.pushClient(), Fixtures.MIGRATION);
            var hover = t.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(s.uri),
                    new Position(4, 13))).get(20, TimeUnit.SECONDS);
            String md = hover.getContents().getRight().getValue();
            assertEquals("markdown", hover.getContents().getRight().getKind());
            assertTrue(md.contains("**no-float**") && md.contains("DECIMAL(18,4)"), md);
            assertEquals(s.floatDiagnostic.getRange(), hover.getRange());
            assertNull(t.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(s.uri),
                    new Position(0, 3))).get(20, TimeUnit.SECONDS));
        }
    }

    private record Session(String uri, Diagnostic floatDiagnostic) {}

    private Session open(TestServer t, ClientCapabilities caps, String text) throws Exception {
        Path root = Fixtures.workspace(dir);
        t.initialize(root, caps, null);
        String uri = t.open(root.resolve("_migrations/2026_2_1_1.sql"), text);
        PublishDiagnosticsParams p = t.client.awaitDiagnostics(uri, x -> x.getVersion() == 1, WAIT);
        assertNotNull(p);
        return new Session(uri, p.getDiagnostics().stream().filter(d -> code(d).equals("no-float")).findFirst().orElseThrow());
    }

    private static CodeAction action(TestServer t, Session s, Diagnostic d, String title) throws Exception {
        CodeActionParams p = new CodeActionParams(new TextDocumentIdentifier(s.uri), d.getRange(),
                new CodeActionContext(List.of(d)));
        var actions = t.server.getTextDocumentService().codeAction(p).get(20, TimeUnit.SECONDS);
        List<String> titles = new ArrayList<>();
        for (var a : actions) {
            titles.add(a.getRight().getTitle());
            if (a.getRight().getTitle().equals(title)) {
                return a.getRight();
            }
        }
        throw new AssertionError("no action '" + title + "' in " + titles);
    }

    /** The edits for one document, from documentChanges or changes. */
    static List<TextEdit> edits(WorkspaceEdit edit, String uri) {
        if (edit.getDocumentChanges() != null) {
            List<TextEdit> out = new ArrayList<>();
            for (var c : edit.getDocumentChanges()) {
                if (c.isLeft() && c.getLeft().getTextDocument().getUri().equals(uri)) {
                    c.getLeft().getEdits().forEach(e -> out.add(e.getLeft()));
                }
            }
            return out;
        }
        return edit.getChanges().get(uri);
    }

    private static void assertNoFloatAfter(TestServer t, String uri, int version, String text) throws Exception {
        t.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version), List.of(new TextDocumentContentChangeEvent(text))));
        PublishDiagnosticsParams p = t.client.awaitDiagnostics(uri, x -> x.getVersion() == version, WAIT);
        assertNotNull(p, "no diagnostics for version " + version);
        assertTrue(p.getDiagnostics().stream().noneMatch(d -> code(d).equals("no-float")), p.toString());
    }
}
