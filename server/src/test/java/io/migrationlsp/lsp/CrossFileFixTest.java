package io.migrationlsp.lsp;

import static io.migrationlsp.lsp.DiagnosticsTest.code;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.RenameFile;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quick fixes that reach beyond the open file, through a real client on a copy of
 * examples/platform: renaming the file (a RenameFile operation), adding a table to tables.py after
 * its parent, adding a permission to constants.py, folding an ALTER inside tables.py.
 */
class CrossFileFixTest {
    private static final String TABLES_PY = "app/tenant/tables.py";
    /** A tenant table whose parent, HEALTH_PLAN, is the first table of tables.py, and a new permission. */
    private static final String PLAN_NOTE = String.join("\n",
            "-- ========== PLATFORM MIGRATIONS ==========",
            "INSERT INTO PLATFORM.ROLE_PERMISSION (ROLE_ID, PERMISSION_NAME) VALUES",
            "((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Super Admin'), 'PLAN_NOTE.VIEW');",
            "",
            "-- ========== TENANT MIGRATIONS ==========",
            "-- NOTE: Make sure app/tenant/tables.py is in sync",
            "CREATE TABLE {schema_name}.[PLAN_NOTE] (",
            "    ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY,",
            "    HEALTH_PLAN_ID INT NULL FOREIGN KEY REFERENCES {schema_name}.[HEALTH_PLAN](ID),",
            "    BODY NVARCHAR(MAX) NULL,",
            "    CREATED_BY NVARCHAR(100) NOT NULL,",
            "    CREATED_AT DATETIME2 NOT NULL DEFAULT SYSDATETIME(),",
            "    UPDATED_BY NVARCHAR(100) NULL,",
            "    UPDATED_AT DATETIME2 NULL",
            ");",
            "");

    @TempDir
    Path root;

    private void workspace() throws Exception {
        Fixtures.copyTree(Paths.get("..", "examples", "platform").toAbsolutePath().normalize(), root);
        Fixtures.write(root, "_migrations/2026_2_3_1.sql", PLAN_NOTE);
    }

    @Test
    void badFileNameIsRenamedToTheNextFreeNameWithARenameFileOperation() throws Exception {
        workspace();
        Path file = Fixtures.write(root, "_migrations/add_plan_note.sql", PLAN_NOTE.replace("PLAN_NOTE", "PLAN_MEMO"));
        try (TestServer t = new TestServer()) {
            t.initialize(root, TestServer.pullClient(), null);
            String uri = t.open(file, Files.readString(file));
            String next = Year.now().getValue() + "_2_4_1.sql";
            CodeAction rename = action(t, uri, "file-name-format", "Rename to " + next);
            assertEquals(1, rename.getEdit().getDocumentChanges().size());
            RenameFile op = (RenameFile) rename.getEdit().getDocumentChanges().get(0).getRight();
            assertEquals(uri, op.getOldUri());
            assertEquals(Uris.fromPath(root.resolve("_migrations/" + next)), op.getNewUri());
        }
    }

    @Test
    void newTableGoesIntoTablesPyRightAfterItsParentAndThePermissionIntoConstants() throws Exception {
        workspace();
        Path file = root.resolve("_migrations/2026_2_3_1.sql");
        String py = Files.readString(root.resolve(TABLES_PY));
        try (TestServer t = new TestServer()) {
            t.initialize(root, TestServer.pullClient(), null);
            String uri = t.open(file, PLAN_NOTE);
            CodeAction add = action(t, uri, "tables-py-sync", "Add CREATE TABLE PLAN_NOTE to " + TABLES_PY);
            String pyUri = Uris.fromPath(root.resolve(TABLES_PY));
            String fixed = Fixtures.apply(py, CodeActionTest.edits(add.getEdit(), pyUri));
            int parent = fixed.indexOf("CREATE TABLE {schema_name}.[HEALTH_PLAN]");
            int added = fixed.indexOf("CREATE TABLE {schema_name}.[PLAN_NOTE] (\n    ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY,\n"
                    + "    HEALTH_PLAN_ID INT NULL FOREIGN KEY REFERENCES {schema_name}.[HEALTH_PLAN](ID),");
            int sibling = fixed.indexOf("CREATE TABLE {schema_name}.[REBATE_CONTRACT]");
            assertTrue(parent >= 0 && parent < added && added < sibling, fixed);
            assertTrue(fixed.contains("    UPDATED_AT DATETIME2 NULL\n);\n\nCREATE TABLE {schema_name}.[PLAN_NOTE]"), fixed);
            assertFalse(fixed.contains("{{"), "the placeholder stays one f-string field: " + fixed);

            CodeAction permission = action(t, uri, "permission-not-in-constants", "Add PLAN_NOTE_VIEW to BuiltInPermissions");
            String constantsUri = Uris.fromPath(root.resolve("app/role/constants.py"));
            String constants = Fixtures.apply(Files.readString(root.resolve("app/role/constants.py")),
                    CodeActionTest.edits(permission.getEdit(), constantsUri));
            assertTrue(constants.contains("    PLAN_NOTE_VIEW = \"PLAN_NOTE.VIEW\"\n"), constants);
        }
    }

    @Test
    void alterInTablesPyFoldsIntoItsCreateTable() throws Exception {
        workspace();
        Path tablesPy = root.resolve(TABLES_PY);
        String disk = Files.readString(tablesPy);
        int close = disk.lastIndexOf("\"\"\"");
        String alter = "ALTER TABLE {schema_name}.[HEALTH_PLAN] ADD PLAN_CODE NVARCHAR(50) NULL;\n";
        String text = disk.substring(0, close) + alter + disk.substring(close);
        try (TestServer t = new TestServer()) {
            t.initialize(root, TestServer.pullClient(), null);
            String uri = t.open(tablesPy, "python", text);
            CodeAction fold = action(t, uri, "tables-py-no-alter", "Fold into the CREATE TABLE of HEALTH_PLAN");
            String fixed = Fixtures.apply(text, CodeActionTest.edits(fold.getEdit(), uri));
            assertEquals(disk.replace("    UPDATED_AT DATETIME2 NULL\n);\n\nCREATE TABLE {schema_name}.[REBATE_CONTRACT]",
                    "    UPDATED_AT DATETIME2 NULL,\n    PLAN_CODE NVARCHAR(50) NULL\n);\n\nCREATE TABLE {schema_name}.[REBATE_CONTRACT]"), fixed);
        }
    }

    /** The code action with this title for the first diagnostic of {@code rule}, pulled from the server. */
    private static CodeAction action(TestServer t, String uri, String rule, String title) throws Exception {
        var report = t.server.getTextDocumentService().diagnostic(new DocumentDiagnosticParams(new TextDocumentIdentifier(uri)))
                .get(20, TimeUnit.SECONDS).getLeft();
        Diagnostic d = report.getItems().stream().filter(x -> code(x).equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule + " in " + report.getItems()));
        var actions = t.server.getTextDocumentService().codeAction(new CodeActionParams(new TextDocumentIdentifier(uri),
                d.getRange(), new CodeActionContext(List.of(d)))).get(20, TimeUnit.SECONDS);
        List<String> titles = new ArrayList<>();
        for (var a : actions) {
            CodeAction ca = a.getRight();
            assertNotNull(ca);
            titles.add(ca.getTitle());
            if (ca.getTitle().equals(title)) {
                return ca;
            }
        }
        throw new AssertionError("no action '" + title + "' in " + titles);
    }
}
