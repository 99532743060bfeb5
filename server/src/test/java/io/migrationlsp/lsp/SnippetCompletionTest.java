package io.migrationlsp.lsp;

import static io.migrationlsp.lsp.CompletionProbe.complete;
import static io.migrationlsp.lsp.CompletionProbe.edit;
import static io.migrationlsp.lsp.CompletionProbe.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrationlsp.lsp.CompletionProbe.Marked;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Section headers and statement snippets where a statement may start; plain text for clients without snippets. */
class SnippetCompletionTest {
    private static final String PLATFORM = "-- ========== PLATFORM MIGRATIONS ==========";
    private static final String TENANT = "-- ========== TENANT MIGRATIONS ==========";
    private static final String NOTE = "-- NOTE: Make sure app/tenant/tables.py is in sync";
    private static final String CREATE = "CREATE TABLE (tenant, ID and audit columns)";
    private static final String INSERT_2 = "INSERT permissions: 2 roles × VIEW, CREATE, EDIT, DELETE";
    private static final String INSERT_1 = "INSERT permissions: 1 role × VIEW, CREATE, EDIT, DELETE";

    @TempDir
    Path dir;

    @Test
    void emptyFileOffersHeadersThenStatements() throws Exception {
        Path root = CompletionProbe.workspace(dir);
        try (TestServer t = new TestServer()) {
            t.initialize(root, CompletionProbe.client(true, false), null);
            List<CompletionItem> items = complete(t, root, "|");
            assertEquals(List.of(PLATFORM, TENANT, CREATE, INSERT_2, INSERT_1), labels(items));
            assertEquals(TENANT + "\n" + NOTE + "\n", edit(items.get(1)).getNewText());
            assertEquals(new Range(new Position(0, 0), new Position(0, 0)), edit(items.get(1)).getRange());

            List<CompletionItem> afterPlatform = complete(t, root, PLATFORM + "\nSELECT 1;\n|");
            assertEquals(List.of(TENANT, CREATE, INSERT_2, INSERT_1), labels(afterPlatform), "a header the file has is not offered");
            assertEquals(List.of(CREATE), labels(complete(t, root, PLATFORM + "\ncre|")));
            assertEquals(List.of(INSERT_2, INSERT_1), labels(complete(t, root, PLATFORM + "\n  perm|")));
        }
    }

    @Test
    void headerFromATypedComment() throws Exception {
        Path root = CompletionProbe.workspace(dir);
        try (TestServer t = new TestServer()) {
            t.initialize(root, CompletionProbe.client(true, false), null);
            String text = PLATFORM + "\nSELECT 1;\n\n-- == ten|";
            Marked m = Marked.of(text);
            List<CompletionItem> items = complete(t, root, text);
            assertEquals(List.of(TENANT), labels(items));
            assertEquals(new Range(new Position(m.cursor().getLine(), 0), m.cursor()), edit(items.get(0)).getRange());
            assertEquals(TENANT + "\n" + NOTE + "\n", edit(items.get(0)).getNewText());
            assertTrue(complete(t, root, "SELECT 1; -- ten|").isEmpty(), "a comment after a statement is no header");
            assertTrue(complete(t, root, "SELECT 1;\n-- see PLAT-42: |").isEmpty(), "an ordinary comment");
        }
    }

    @Test
    void tenantCreateTableAsSnippetOrPlainText() throws Exception {
        Path root = CompletionProbe.workspace(dir);
        String body = TENANT + "\n" + NOTE + "\n";
        String expected = String.join("\n",
                "CREATE TABLE {schema_name}.[TABLE_NAME] (",
                "    ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY,",
                "    NAME NVARCHAR(255) NOT NULL,",
                "    CREATED_BY NVARCHAR(100) NOT NULL,",
                "    CREATED_AT DATETIME2 NOT NULL DEFAULT SYSDATETIME(),",
                "    UPDATED_BY NVARCHAR(100) NULL,",
                "    UPDATED_AT DATETIME2 NULL",
                ");");
        try (TestServer t = new TestServer()) {
            t.initialize(root, CompletionProbe.client(true, false), null);
            CompletionItem item = CompletionProbe.find(complete(t, root, body + "CREATE|"), CREATE);
            assertEquals(InsertTextFormat.Snippet, item.getInsertTextFormat());
            String snippet = edit(item).getNewText();
            assertTrue(snippet.startsWith("CREATE TABLE {schema_name}.[${1:TABLE_NAME}] (\n"), snippet);
            assertEquals(expected, CompletionProbe.expandDefaults(snippet));
        }
        try (TestServer t = new TestServer()) {
            t.initialize(root, CompletionProbe.client(false, false), null);
            List<CompletionItem> items = complete(t, root, body + "CREATE|");
            assertEquals(List.of(CREATE), labels(items));
            assertEquals(InsertTextFormat.PlainText, items.get(0).getInsertTextFormat());
            assertEquals(expected, edit(items.get(0)).getNewText());
            assertTrue(items.get(0).getDocumentation().getRight().getValue().contains("```sql\n" + expected));
        }
    }

    @Test
    void noSnippetsInsideAStatement() throws Exception {
        Path root = CompletionProbe.workspace(dir);
        try (TestServer t = new TestServer()) {
            t.initialize(root, CompletionProbe.client(true, false), null);
            assertTrue(complete(t, root, "SELECT * FROM x WHERE |").isEmpty());
            assertTrue(complete(t, root, "SELECT 1; SEL|").isEmpty(), "not first on its line");
            assertTrue(complete(t, root, "INSERT INTO PLATFORM.ROLES (NAME)\n|").isEmpty(), "the statement goes on");
        }
    }
}
