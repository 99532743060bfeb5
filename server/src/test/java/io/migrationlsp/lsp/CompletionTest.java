package io.migrationlsp.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompletionTest {
    private static final String PREFIX = "INSERT INTO PLATFORM.ROLE_PERMISSION (ROLE_ID, PERMISSION_NAME) VALUES\n"
            + "((SELECT ID FROM PLATFORM.ROLES WHERE NAME = '";

    @TempDir
    Path dir;

    @Test
    void rolesFromConstantsAndMigrationsInsideTheRoleString() throws Exception {
        Path root = Fixtures.workspace(dir);
        Fixtures.write(root, "_migrations/2026_2_1_1.sql", "-- ========== PLATFORM MIGRATIONS ==========\n"
                + "INSERT INTO PLATFORM.ROLES (NAME, DESCRIPTION) VALUES ('Auditor', 'reads'), (N'Billing Clerk', 'bills');\n");
        try (TestServer t = new TestServer()) {
            t.initialize(root, TestServer.pushClient(), null);
            String uri = t.open(root.resolve("_migrations/2026_2_2_1.sql"), PREFIX + "\n");

            List<CompletionItem> items = complete(t, uri, new Position(1, 46));
            assertEquals(List.of("Super Admin", "Security Admin", "Auditor", "Billing Clerk"),
                    items.stream().map(CompletionItem::getLabel).toList());
            CompletionItem superAdmin = items.get(0);
            assertEquals(CompletionItemKind.EnumMember, superAdmin.getKind());
            assertTrue(superAdmin.getDocumentation().getRight().getValue().contains("SUPER_ADMIN"));
            assertEquals(new Range(new Position(1, 46), new Position(1, 46)), superAdmin.getTextEdit().getLeft().getRange());
            CompletionItem auditor = items.get(2);
            assertEquals(CompletionItemKind.Value, auditor.getKind());
            assertTrue(auditor.getDocumentation().getRight().getValue().contains("_migrations/2026_2_1_1.sql"));
        }
    }

    @Test
    void typedPrefixFiltersAndIsReplaced() throws Exception {
        Path root = Fixtures.workspace(dir);
        try (TestServer t = new TestServer()) {
            t.initialize(root, TestServer.pushClient(), null);
            String uri = t.open(root.resolve("_migrations/2026_2_2_1.sql"), PREFIX + "Sec");

            List<CompletionItem> items = complete(t, uri, new Position(1, 49));
            assertEquals(List.of("Security Admin"), items.stream().map(CompletionItem::getLabel).toList());
            var edit = items.get(0).getTextEdit().getLeft();
            assertEquals(new Range(new Position(1, 46), new Position(1, 49)), edit.getRange());
            assertEquals("Security Admin", edit.getNewText());

            assertTrue(complete(t, uri, new Position(0, 5)).stream().noneMatch(i -> i.getLabel().contains("Admin")),
                    "roles offered outside the role string");
        }
    }

    @Test
    void superAdminInTheExamplePlatformWorkspace() throws Exception {
        Path example = Paths.get("..", "examples", "platform").toAbsolutePath().normalize();
        Path root = dir.resolve("platform");
        Fixtures.copyTree(example, root);
        Path file = root.resolve("_migrations/2026_2_3_1.sql");
        String text = java.nio.file.Files.readString(file);
        String probe = "((SELECT ID FROM PLATFORM.ROLES WHERE NAME = '";
        int line = text.split("\n", -1).length;
        String edited = text + (text.endsWith("\n") ? "" : "\n") + probe;
        if (!text.endsWith("\n")) {
            line++;
        }
        try (TestServer t = new TestServer()) {
            t.initialize(root, TestServer.pushClient(), null);
            String uri = t.open(file, edited);
            List<CompletionItem> items = complete(t, uri, new Position(line - 1, probe.length()));
            assertTrue(items.stream().anyMatch(i -> i.getLabel().equals("Super Admin")), items.toString());
        }
    }

    private static List<CompletionItem> complete(TestServer t, String uri, Position at) throws Exception {
        var result = t.server.getTextDocumentService()
                .completion(new CompletionParams(new TextDocumentIdentifier(uri), at)).get(20, TimeUnit.SECONDS);
        assertNotNull(result);
        for (CompletionItem i : result.getRight().getItems()) {
            assertNotNull(i.getDocumentation(), "item without documentation: " + i.getLabel());
        }
        return result.getRight().getItems();
    }
}
