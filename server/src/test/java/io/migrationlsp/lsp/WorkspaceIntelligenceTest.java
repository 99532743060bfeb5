package io.migrationlsp.lsp;

import static io.migrationlsp.lsp.DiagnosticsTest.code;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrationlsp.core.text.LineMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticWorkspaceCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkDoneProgressKind;
import org.eclipse.lsp4j.WorkDoneProgressNotification;
import org.eclipse.lsp4j.WorkspaceDiagnosticParams;
import org.eclipse.lsp4j.WorkspaceDiagnosticReport;
import org.eclipse.lsp4j.WorkspaceDocumentDiagnosticReport;
import org.eclipse.lsp4j.WorkspaceFullDocumentDiagnosticReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cross-file rules in the editor: open buffers over disk, dependents re-reported, watched files, progress. */
class WorkspaceIntelligenceTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String TABLES_PY = "app/tenant/tables.py";
    /** A clean new tenant table: its only cross-file problem is that tables.py lacks it. */
    private static final String PAYMENT_TABLE = String.join("\n",
            "CREATE TABLE {schema_name}.[PAYMENT] (",
            "    ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY,",
            "    AMOUNT DECIMAL(18,4) NULL,",
            "    CREATED_BY NVARCHAR(100) NOT NULL,",
            "    CREATED_AT DATETIME2 NOT NULL DEFAULT SYSDATETIME(),",
            "    UPDATED_BY NVARCHAR(100) NULL,",
            "    UPDATED_AT DATETIME2 NULL",
            ");",
            "");
    private static final String PAYMENT_MIGRATION = "-- ========== TENANT MIGRATIONS ==========\n"
            + "-- NOTE: Make sure app/tenant/tables.py is in sync\n" + PAYMENT_TABLE;
    private static final String PLATFORM_MIGRATION = String.join("\n",
            "-- ========== PLATFORM MIGRATIONS ==========",
            "INSERT INTO PLATFORM.ROLES (NAME) VALUES ('Manufacturer RebateIQ Admin');",
            "");

    @TempDir
    Path dir;

    /** examples/platform, with its noisy last migration replaced by {@link #PAYMENT_MIGRATION}. */
    private Path platform() throws Exception {
        Path example = Paths.get("..", "examples", "platform").toAbsolutePath().normalize();
        Fixtures.copyTree(example, dir);
        Fixtures.write(dir, "_migrations/2026_2_3_1.sql", PAYMENT_MIGRATION);
        return dir;
    }

    @Test
    void unsavedTablesPyEditClearsTablesPySyncOfOpenMigration() throws Exception {
        Path root = platform();
        try (TestServer t = new TestServer()) {
            t.initialize(root, TestServer.pushClient(), null);
            String migration = t.open(root.resolve("_migrations/2026_2_3_1.sql"), PAYMENT_MIGRATION);
            PublishDiagnosticsParams before = t.client.awaitDiagnostics(migration, p -> has(p, "tables-py-sync"), WAIT);
            assertNotNull(before, "tables-py-sync never reported for PAYMENT");
            assertTrue(messages(before, "tables-py-sync").stream().anyMatch(m -> m.contains("PAYMENT")), before.toString());

            Path tablesPy = root.resolve(TABLES_PY);
            String disk = Files.readString(tablesPy);
            String tablesUri = t.open(tablesPy, "python", disk);
            // Inside the f-string, just before its closing quotes; never saved to disk.
            int close = disk.lastIndexOf("\"\"\"");
            change(t, tablesUri, 2, disk.substring(0, close) + "\n" + PAYMENT_TABLE + disk.substring(close));

            PublishDiagnosticsParams after = t.client.awaitDiagnostics(migration, p -> !has(p, "tables-py-sync"), WAIT);
            assertNotNull(after, "the unsaved tables.py edit did not re-publish the open migration");
            assertEquals(1, after.getVersion());
            assertEquals(disk, Files.readString(tablesPy), "the test must not have saved tables.py");
        }
    }

    /** A migration the editor created but has not saved yet is part of the history: cross-file rules see it. */
    @Test
    void unsavedNewMigrationGetsCrossFileFindings() throws Exception {
        Path root = platform();
        Path unsaved = root.resolve("_migrations/2026_2_9_1.sql");
        try (TestServer t = new TestServer()) {
            t.initialize(root, TestServer.pushClient(), null);
            String uri = t.open(unsaved, PAYMENT_MIGRATION);
            PublishDiagnosticsParams p = t.client.awaitDiagnostics(uri,
                    d -> has(d, "tables-py-sync") && has(d, "sequence-gap"), WAIT);
            assertNotNull(p, "an unsaved new migration got no cross-file findings: " + t.client.publishedFor(uri));
            assertTrue(messages(p, "sequence-gap").get(0).contains("skips"), p.toString());
            assertTrue(Files.notExists(unsaved), "the test must not have saved the file");
        }
    }

    @Test
    void watchedNewMigrationMovesSequenceGap() throws Exception {
        Path root = platform();
        // SEQ 5 after 3 leaves a gap: 5 is the newest and reports it.
        Path five = Fixtures.write(root, "_migrations/2026_2_5_1.sql", PLATFORM_MIGRATION);
        try (TestServer t = new TestServer()) {
            t.initialize(root, TestServer.pushClient(), null);
            String fiveUri = t.open(five, PLATFORM_MIGRATION);
            PublishDiagnosticsParams gap = t.client.awaitDiagnostics(fiveUri, p -> has(p, "sequence-gap"), WAIT);
            assertNotNull(gap, "no sequence-gap on SEQ 5 after 3");
            assertTrue(messages(gap, "sequence-gap").get(0).contains("skips 4"), gap.toString());

            // SEQ 7 appears on disk (e.g. from git pull): 5 is no longer the newest, 7 now skips 6.
            Path seven = Fixtures.write(root, "_migrations/2026_2_7_1.sql", PLATFORM_MIGRATION);
            t.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
                    List.of(new FileEvent(Uris.fromPath(seven), FileChangeType.Created))));
            PublishDiagnosticsParams lost = t.client.awaitDiagnostics(fiveUri, p -> !has(p, "sequence-gap"), WAIT);
            assertNotNull(lost, "SEQ 5 kept sequence-gap after SEQ 7 appeared");

            String sevenUri = t.open(seven, PLATFORM_MIGRATION);
            PublishDiagnosticsParams newest = t.client.awaitDiagnostics(sevenUri, p -> has(p, "sequence-gap"), WAIT);
            assertNotNull(newest, "no sequence-gap on the new SEQ 7");
            assertTrue(messages(newest, "sequence-gap").get(0).contains("skips 6"), newest.toString());
        }
    }

    @Test
    void openTablesPyGetsDriftAndPlatformTableFindingsInPythonPositions() throws Exception {
        Path root = platform();
        Path tablesPy = root.resolve(TABLES_PY);
        String disk = Files.readString(tablesPy);
        String platformTable = "CREATE TABLE PLATFORM.[AUDIT_LOG] (ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY);\n";
        int close = disk.lastIndexOf("\"\"\"");
        String text = disk.substring(0, close) + platformTable + disk.substring(close);
        try (TestServer t = new TestServer()) {
            t.initialize(root, TestServer.pushClient(), null);
            String uri = t.open(tablesPy, "python", text);
            PublishDiagnosticsParams p = t.client.awaitDiagnostics(uri,
                    x -> has(x, "tables-py-drift") && has(x, "tables-py-platform-table"), WAIT);
            assertNotNull(p, "tables.py did not get its drift and platform-table findings");

            LineMap lines = new LineMap(text);
            Diagnostic platform = DiagnosticsTest.only(p.getDiagnostics(), "tables-py-platform-table");
            int target = text.indexOf("PLATFORM.[AUDIT_LOG]");
            assertEquals(lines.position(target).line(), platform.getRange().getStart().getLine());
            assertEquals(lines.position(target).column(), platform.getRange().getStart().getCharacter());

            // PAYMENT is created by a migration but not by tables.py: reported inside get_tenant_tables_sql.
            Diagnostic drift = p.getDiagnostics().stream().filter(d -> code(d).equals("tables-py-drift")).findFirst().orElseThrow();
            assertTrue(text(drift).contains("PAYMENT"), text(drift));
            int functionLine = lines.position(text.indexOf("def get_tenant_tables_sql")).line();
            int lastLine = lines.position(text.length()).line();
            int line = drift.getRange().getStart().getLine();
            assertTrue(line >= functionLine && line <= lastLine, "drift outside the function: " + drift.getRange());
        }
    }

    @Test
    void progressIsReportedOnlyToClientsThatDeclareWorkDoneProgress() throws Exception {
        Path root = platform();
        try (TestServer t = new TestServer()) {
            ClientCapabilities caps = TestServer.pushClient();
            caps.getWindow().setWorkDoneProgress(true);
            t.initialize(root, caps, null);
            List<WorkDoneProgressKind> kinds = new ArrayList<>();
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (!kinds.contains(WorkDoneProgressKind.end) && System.nanoTime() < deadline) {
                ProgressParams p = t.client.progress.poll(100, TimeUnit.MILLISECONDS);
                if (p != null) {
                    WorkDoneProgressNotification n = p.getValue().getLeft();
                    kinds.add(n.getKind());
                }
            }
            assertEquals(1, t.client.progressCreated.size());
            assertEquals(WorkDoneProgressKind.begin, kinds.get(0), kinds.toString());
            assertEquals(WorkDoneProgressKind.end, kinds.get(kinds.size() - 1), kinds.toString());
        }
        try (TestServer t = new TestServer()) {
            t.initialize(root, TestServer.pushClient(), null);
            // The indexer logs when it is done; progress would have been sent before that on the same stream.
            assertTrue(t.client.awaitMessage(m -> m.getMessage().contains("indexed"), WAIT), t.client.messages.toString());
            assertTrue(t.client.progressCreated.isEmpty(), t.client.progressCreated.toString());
            assertTrue(t.client.progress.isEmpty(), t.client.progress.toString());
        }
    }

    @Test
    void workspaceDiagnosticIncludesTablesPyAndEditsRefreshPullClients() throws Exception {
        Path root = platform();
        try (TestServer t = new TestServer()) {
            ClientCapabilities caps = TestServer.pullClient();
            caps.getWorkspace().setDiagnostics(new DiagnosticWorkspaceCapabilities(true));
            t.initialize(root, caps, null);
            WorkspaceDiagnosticReport ws = t.server.getWorkspaceService()
                    .diagnostic(new WorkspaceDiagnosticParams(List.of())).get(20, TimeUnit.SECONDS);
            WorkspaceFullDocumentDiagnosticReport tables = full(ws, Uris.fromPath(root.resolve(TABLES_PY)));
            assertTrue(tables.getItems().stream().anyMatch(d -> code(d).equals("tables-py-drift")
                    && text(d).contains("PAYMENT")), tables.getItems().toString());
            WorkspaceFullDocumentDiagnosticReport migration = full(ws, Uris.fromPath(root.resolve("_migrations/2026_2_3_1.sql")));
            assertTrue(migration.getItems().stream().anyMatch(d -> code(d).equals("tables-py-sync")), migration.getItems().toString());

            // An edit to tables.py changes other files' findings: a pull client is asked to pull again.
            Path tablesPy = root.resolve(TABLES_PY);
            t.open(tablesPy, "python", Files.readString(tablesPy) + "\n");
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (t.client.diagnosticRefreshes.get() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertTrue(t.client.diagnosticRefreshes.get() > 0, "no workspace/diagnostic/refresh after a tables.py edit");
            assertTrue(t.client.allPublished.isEmpty(), "a pull client must not be pushed diagnostics");
        }
    }

    private static WorkspaceFullDocumentDiagnosticReport full(WorkspaceDiagnosticReport ws, String uri) {
        return ws.getItems().stream().map(WorkspaceDocumentDiagnosticReport::getWorkspaceFullDocumentDiagnosticReport)
                .filter(r -> r != null && r.getUri().equals(uri)).findFirst()
                .orElseThrow(() -> new AssertionError("no full report for " + uri + " in " + ws.getItems()));
    }

    private static void change(TestServer t, String uri, int version, String text) {
        t.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version), List.of(new TextDocumentContentChangeEvent(text))));
    }

    private static boolean has(PublishDiagnosticsParams p, String rule) {
        return p.getDiagnostics().stream().anyMatch(d -> code(d).equals(rule));
    }

    private static String text(Diagnostic d) {
        return d.getMessage().isLeft() ? d.getMessage().getLeft() : d.getMessage().getRight().getValue();
    }

    private static List<String> messages(PublishDiagnosticsParams p, String rule) {
        return p.getDiagnostics().stream().filter(d -> code(d).equals(rule)).map(WorkspaceIntelligenceTest::text).toList();
    }
}
