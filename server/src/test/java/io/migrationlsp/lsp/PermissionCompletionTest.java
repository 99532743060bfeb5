package io.migrationlsp.lsp;

import static io.migrationlsp.lsp.CompletionProbe.complete;
import static io.migrationlsp.lsp.CompletionProbe.edit;
import static io.migrationlsp.lsp.CompletionProbe.find;
import static io.migrationlsp.lsp.CompletionProbe.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrationlsp.lsp.CompletionProbe.Marked;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The permission string of a role-permission row, and the snippet that writes a module's whole insert. */
class PermissionCompletionTest {
    private static final String PLATFORM = "-- ========== PLATFORM MIGRATIONS ==========\n";
    private static final String ROWS = PLATFORM + "INSERT INTO PLATFORM.ROLE_PERMISSION (ROLE_ID, PERMISSION_NAME) VALUES\n"
            + "((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Security Admin'), 'HEALTH_PLAN.EDIT'),\n"
            + "((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Security Admin'), '";

    @TempDir
    Path dir;

    @Test
    void entitiesFromKnownPermissionsThenTables() throws Exception {
        Path root = CompletionProbe.workspace(dir);
        try (TestServer t = new TestServer()) {
            t.initialize(root, TestServer.pushClient(), null);
            List<CompletionItem> items = complete(t, root, ROWS + "|");
            assertEquals(List.of("HEALTH_PLAN", "PAYMENT", "REPORT", "AUDIT_NOTE", "ROLES", "ROLE_PERMISSION"), labels(items));
            assertEquals("existing", items.get(0).getLabelDetails().getDescription());
            assertTrue(items.get(0).getDocumentation().getRight().getValue().contains("granted to Claims Auditor"));
            assertNull(items.get(3).getLabelDetails(), "a table with no permissions is not marked existing");

            String typed = ROWS + "pay|";
            Marked m = Marked.of(typed);
            List<CompletionItem> pay = complete(t, root, typed);
            assertEquals(List.of("PAYMENT"), labels(pay));
            assertEquals(new Range(m.shifted(-3), m.cursor()), edit(pay.get(0)).getRange());
            assertEquals("PAYMENT", edit(pay.get(0)).getNewText());
        }
    }

    @Test
    void actionsAfterTheDotMarkExistingPermissions() throws Exception {
        Path root = CompletionProbe.workspace(dir);
        try (TestServer t = new TestServer()) {
            t.initialize(root, TestServer.pushClient(), null);
            String typed = ROWS + "HEALTH_PLAN.|');";
            Marked m = Marked.of(typed);
            List<CompletionItem> items = complete(t, root, typed);
            assertEquals(List.of("VIEW", "CREATE", "EDIT", "DELETE", "EXPORT"), labels(items));
            assertEquals(new Range(m.cursor(), m.cursor()), edit(items.get(0)).getRange());
            CompletionItem view = find(items, "VIEW");
            assertEquals("existing", view.getLabelDetails().getDescription());
            assertTrue(view.getDetail().contains("existing permission HEALTH_PLAN.VIEW"), view.getDetail());
            String doc = view.getDocumentation().getRight().getValue();
            assertTrue(doc.contains("BuiltInPermissions.HEALTH_PLAN_VIEW") && doc.contains("granted to Super Admin"), doc);
            CompletionItem create = find(items, "CREATE");
            assertNull(create.getLabelDetails());
            assertTrue(create.getDetail().startsWith("new permission"), create.getDetail());

            assertEquals(List.of("EDIT", "EXPORT"), labels(complete(t, root, ROWS + "PAYMENT.E|")));
        }
    }

    @Test
    void noPermissionsInARoleStringAndNoRolesInAPermissionString() throws Exception {
        Path root = CompletionProbe.workspace(dir);
        try (TestServer t = new TestServer()) {
            t.initialize(root, TestServer.pushClient(), null);
            List<CompletionItem> roles = complete(t, root, PLATFORM
                    + "INSERT INTO PLATFORM.ROLE_PERMISSION (ROLE_ID, PERMISSION_NAME) VALUES\n"
                    + "((SELECT ID FROM PLATFORM.ROLES WHERE NAME = '|'), 'PAYMENT.VIEW');");
            assertEquals(List.of("Super Admin", "Security Admin", "Claims Auditor"), labels(roles));
            assertTrue(labels(complete(t, root, ROWS + "|")).stream().noneMatch(l -> l.contains("Admin")));
            assertTrue(complete(t, root, PLATFORM + "INSERT INTO PLATFORM.ROLES (NAME) VALUES ('|');").isEmpty());
            assertTrue(complete(t, root, PLATFORM + "UPDATE PLATFORM.ROLE_PERMISSION SET PERMISSION_NAME = '|'").isEmpty());
        }
    }

    @Test
    void permissionInsertSnippetWithChoicesLintsCleanWithItsDefaults() throws Exception {
        Path root = CompletionProbe.workspace(dir);
        String snippet;
        String plain;
        try (TestServer t = new TestServer()) {
            t.initialize(root, CompletionProbe.client(true, false), null);
            CompletionItem item = find(complete(t, root, PLATFORM + "ins|"),
                    "INSERT permissions: 2 roles × VIEW, CREATE, EDIT, DELETE");
            assertEquals(InsertTextFormat.Snippet, item.getInsertTextFormat());
            snippet = edit(item).getNewText();
            // The module never granted yet (its permissions are in constants.py) is the default; the roles are choices.
            assertTrue(snippet.contains("'${1|PAYMENT,AUDIT_NOTE,HEALTH_PLAN,REPORT|}.VIEW'"), snippet);
            assertTrue(snippet.contains("NAME = '${2|Super Admin,Security Admin,Claims Auditor|}'"), snippet);
            assertTrue(snippet.contains("NAME = '${3|Security Admin,Super Admin,Claims Auditor|}'"), snippet);
        }
        try (TestServer t = new TestServer()) {
            t.initialize(root, CompletionProbe.client(false, false), null);
            CompletionItem item = find(complete(t, root, PLATFORM + "ins|"),
                    "INSERT permissions: 2 roles × VIEW, CREATE, EDIT, DELETE");
            assertEquals(InsertTextFormat.PlainText, item.getInsertTextFormat());
            plain = edit(item).getNewText();
        }
        String expanded = CompletionProbe.expandDefaults(snippet);
        assertEquals(plain, expanded, "the plain-text fallback is the snippet with its defaults");
        assertEquals(String.join("\n",
                "INSERT INTO PLATFORM.ROLE_PERMISSION (ROLE_ID, PERMISSION_NAME) VALUES",
                "((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Super Admin'), 'PAYMENT.VIEW'),",
                "((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Super Admin'), 'PAYMENT.CREATE'),",
                "((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Super Admin'), 'PAYMENT.EDIT'),",
                "((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Super Admin'), 'PAYMENT.DELETE'),",
                "((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Security Admin'), 'PAYMENT.VIEW'),",
                "((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Security Admin'), 'PAYMENT.CREATE'),",
                "((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Security Admin'), 'PAYMENT.EDIT'),",
                "((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Security Admin'), 'PAYMENT.DELETE');"), expanded);

        try (TestServer t = new TestServer()) {
            t.initialize(root, TestServer.pullClient(), null);
            // On disk too, so the file is part of the history the cross-file rules check.
            Path file = Fixtures.write(root, CompletionProbe.NEW_FILE, PLATFORM + expanded + "\n");
            String uri = t.open(file, PLATFORM + expanded + "\n");
            var report = t.server.getTextDocumentService()
                    .diagnostic(new DocumentDiagnosticParams(new TextDocumentIdentifier(uri))).get(30, TimeUnit.SECONDS);
            assertEquals(List.of(), report.getLeft().getItems(), "the snippet with its defaults lints clean");
            // The same rows for a module missing from constants.py are reported: the check above is live.
            t.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(uri, 2),
                    List.of(new TextDocumentContentChangeEvent(PLATFORM + expanded.replace("PAYMENT", "AUDIT_NOTE") + "\n"))));
            var other = t.server.getTextDocumentService()
                    .diagnostic(new DocumentDiagnosticParams(new TextDocumentIdentifier(uri))).get(30, TimeUnit.SECONDS);
            assertTrue(other.getLeft().getItems().stream().anyMatch(d -> "permission-not-in-constants".equals(d.getCode().getLeft())),
                    other.getLeft().getItems().toString());
        }
    }
}
