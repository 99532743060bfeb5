package io.migrationlsp.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An Alembic project in the editor: revision files opened as Python get diagnostics, hover and definition; other Python files nothing. */
class AlembicServerTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String VERSIONS = "alembic/versions/";
    private static final String BAD = VERSIONS + "1b2c3d4e5f6a_add_manager_and_cost_center.py";
    private static final String EMAIL = VERSIONS + "0a1b2c3d4e5f_make_email_required.py";

    @TempDir
    Path dir;

    private Path project() throws Exception {
        Fixtures.copyTree(Paths.get("..", "examples", "alembic").toAbsolutePath().normalize(), dir);
        return dir;
    }

    @Test
    void anOpenRevisionGetsItsFindingsOnTheRightLines() throws Exception {
        Path root = project();
        try (TestServer t = new TestServer()) {
            InitializeResult init = t.initialize(root, TestServer.pushClient(), null);
            assertTrue(init.getCapabilities().getDefinitionProvider().getLeft());
            String uri = t.open(root.resolve(BAD), "python", Files.readString(root.resolve(BAD)));
            PublishDiagnosticsParams p = t.client.awaitDiagnostics(uri, d -> d.getDiagnostics().size() >= 5, WAIT);
            assertNotNull(p, "diagnostics for the bad revision: " + t.client.publishedFor(uri));
            Set<String> found = p.getDiagnostics().stream()
                    .map(d -> d.getCode().getLeft() + "@" + (d.getRange().getStart().getLine() + 1))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(new TreeSet<>(List.of("fk-ondelete@22", "not-null-server-default@23", "drop-column-check@24",
                    "protected-field@24", "downgrade-required@27")), found);
        }
    }

    @Test
    void otherPythonFilesAreLeftAlone() throws Exception {
        Path root = project();
        Path helper = Fixtures.write(root, "app/models.py", "import sqlalchemy as sa\n\ndef upgrade():\n    op.drop_column('user', 'x')\n");
        try (TestServer t = new TestServer()) {
            t.initialize(root, TestServer.pullClient(), null);
            for (Path p : List.of(root.resolve("alembic/env.py"), helper)) {
                String uri = t.open(p, "python", Files.readString(p));
                var report = t.server.getTextDocumentService().diagnostic(new DocumentDiagnosticParams(new TextDocumentIdentifier(uri)))
                        .get(20, TimeUnit.SECONDS);
                assertEquals(List.of(), report.getLeft().getItems(), p + " is no revision");
            }
            String bad = t.open(root.resolve(BAD), "python", Files.readString(root.resolve(BAD)));
            var report = t.server.getTextDocumentService().diagnostic(new DocumentDiagnosticParams(new TextDocumentIdentifier(bad)))
                    .get(20, TimeUnit.SECONDS);
            assertEquals(5, report.getLeft().getItems().size(), "pull diagnostics of the revision");
        }
    }

    @Test
    void hoverShowsParentAndChildrenAndDefinitionJumpsToTheParent() throws Exception {
        Path root = project();
        String text = Files.readString(root.resolve(EMAIL));
        try (TestServer t = new TestServer()) {
            t.initialize(root, TestServer.pushClient(), null);
            String uri = t.open(root.resolve(EMAIL), "python", text);
            Position onParent = at(text, "'f6a7b8c9d0e1'", 3);
            Hover hover = t.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), onParent))
                    .get(20, TimeUnit.SECONDS);
            assertNotNull(hover);
            String md = hover.getContents().getRight().getValue();
            assertTrue(md.contains("`f6a7b8c9d0e1`") && md.contains("Parent: `e5f6a7b8c9d0`") && md.contains("Children: `0a1b2c3d4e5f`"), md);
            Position onSelf = at(text, "'0a1b2c3d4e5f'", 1);
            String own = t.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), onSelf))
                    .get(20, TimeUnit.SECONDS).getContents().getRight().getValue();
            assertTrue(own.contains("Children: `1b2c3d4e5f6a` (1b2c3d4e5f6a_add_manager_and_cost_center.py)"), own);

            List<? extends Location> where = t.server.getTextDocumentService()
                    .definition(new DefinitionParams(new TextDocumentIdentifier(uri), onParent)).get(20, TimeUnit.SECONDS).getLeft();
            assertEquals(1, where.size());
            Path parent = root.resolve(VERSIONS + "f6a7b8c9d0e1_add_notification_enabled.py");
            assertEquals(Uris.fromPath(parent), where.get(0).getUri());
            String parentText = Files.readString(parent);
            assertEquals(at(parentText, "'f6a7b8c9d0e1'", 0), where.get(0).getRange().getStart());
            assertNull(t.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(7, 0)))
                    .get(20, TimeUnit.SECONDS), "no hover off the ids");
        }
    }

    @Test
    void quickFixesAndDisableCommentsArePython() throws Exception {
        Path root = project();
        String text = Files.readString(root.resolve(BAD));
        try (TestServer t = new TestServer()) {
            t.initialize(root, TestServer.pushClient(), null);
            String uri = t.open(root.resolve(BAD), "python", text);
            PublishDiagnosticsParams p = t.client.awaitDiagnostics(uri, d -> d.getDiagnostics().size() >= 5, WAIT);
            assertNotNull(p);
            Diagnostic notNull = p.getDiagnostics().stream().filter(d -> d.getCode().getLeft().equals("not-null-server-default"))
                    .findFirst().orElseThrow();
            List<CodeAction> actions = t.server.getTextDocumentService().codeAction(new CodeActionParams(new TextDocumentIdentifier(uri),
                    notNull.getRange(), new CodeActionContext(List.of(notNull)))).get(20, TimeUnit.SECONDS)
                    .stream().map(e -> e.getRight()).toList();
            CodeAction add = actions.stream().filter(a -> a.getTitle().startsWith("Add server_default=")).findFirst().orElseThrow();
            List<TextEdit> edits = edits(add);
            assertTrue(Fixtures.apply(text, edits).contains("nullable=False, server_default=sa.text(\"''\"))"), edits.toString());
            CodeAction disable = actions.stream().filter(a -> a.getTitle().equals("Disable not-null-server-default for this statement"))
                    .findFirst().orElseThrow();
            String disabled = Fixtures.apply(text, edits(disable));
            assertTrue(disabled.contains("    # migration-lsp: disable=not-null-server-default\n    op.add_column('user', sa.Column('cost_center'"),
                    disabled);
            t.server.getTextDocumentService().didChange(new org.eclipse.lsp4j.DidChangeTextDocumentParams(
                    new org.eclipse.lsp4j.VersionedTextDocumentIdentifier(uri, 2),
                    List.of(new org.eclipse.lsp4j.TextDocumentContentChangeEvent(disabled))));
            PublishDiagnosticsParams after = t.client.awaitDiagnostics(uri, d -> d.getVersion() != null && d.getVersion() == 2, WAIT);
            assertNotNull(after);
            assertTrue(after.getDiagnostics().stream().noneMatch(d -> d.getCode().getLeft().equals("not-null-server-default")),
                    after.toString());
        }
    }

    private static List<TextEdit> edits(CodeAction a) {
        return a.getEdit().getDocumentChanges().get(0).getLeft().getEdits().stream().map(e -> e.getLeft()).toList();
    }

    /** The position of {@code needle} in {@code text}, {@code plus} chars in. */
    private static Position at(String text, String needle, int plus) {
        int offset = text.indexOf(needle) + plus;
        var lines = new io.migrationlsp.core.text.LineMap(text);
        var pos = lines.position(offset);
        return new Position(pos.line(), pos.column());
    }
}
