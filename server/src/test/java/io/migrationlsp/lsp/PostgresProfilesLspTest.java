package io.migrationlsp.lsp;

import static io.migrationlsp.lsp.DiagnosticsTest.code;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CreateFile;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Postgres profiles through the real server: an open postgres-rls migration gets its profile's
 * diagnostics, and the missing rollback script comes as a code action that creates the file with
 * the inverse DDL; the same for a sqlx up file without its down file.
 */
class PostgresProfilesLspTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Path BASES = Paths.get("src/test/resources/workspaces");
    private static final String ORDERS = String.join("\n",
            "-- Migration: 003_create_orders",
            "-- Description: Orders of a customer",
            "-- Author: n.zaher",
            "-- Date: 2026-01-08",
            "",
            "CREATE TABLE IF NOT EXISTS core.orders (",
            "    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),",
            "    tenant_id UUID NOT NULL REFERENCES core.tenants(id),",
            "    customer_id UUID NOT NULL REFERENCES core.customers(id)",
            ");",
            "CREATE INDEX idx_customers_name ON core.customers(name);",
            "");

    @TempDir
    Path dir;

    @Test
    void openPostgresRlsMigrationGetsItsDiagnosticsAndCreatesTheRollbackFile() throws Exception {
        Fixtures.copyTree(BASES.resolve("doc-base-postgres-rls"), dir);
        Path file = Fixtures.write(dir, "db/migrations/003_create_orders.sql", ORDERS);
        try (TestServer t = new TestServer()) {
            t.initialize(dir, TestServer.pushClient(), null);
            String uri = t.open(file, ORDERS);
            PublishDiagnosticsParams p = t.client.awaitDiagnostics(uri, x -> x.getVersion() == 1, WAIT);
            assertNotNull(p, "no diagnostics for the open migration");
            assertEquals(List.of("fk-on-delete", "index-concurrently", "rls-required", "rollback-script"), codes(p.getDiagnostics()));
            Diagnostic rollback = only(p.getDiagnostics(), "rollback-script");
            assertEquals(DiagnosticSeverity.Error, rollback.getSeverity());
            assertEquals(0, rollback.getRange().getStart().getLine());
            assertEquals(5, only(p.getDiagnostics(), "rls-required").getRange().getStart().getLine());

            CodeAction create = action(t, uri, rollback, "Create 003_create_orders_rollback.sql with the inverse DDL");
            WorkspaceEdit edit = create.getEdit();
            Path rollbackPath = dir.resolve("db/migrations/003_create_orders_rollback.sql");
            String rollbackUri = Uris.fromPath(rollbackPath);
            CreateFile op = (CreateFile) edit.getDocumentChanges().get(0).getRight();
            assertEquals(rollbackUri, op.getUri());
            assertFalse(op.getOptions().getOverwrite() != null && op.getOptions().getOverwrite(), "never overwrites");
            TextDocumentEdit content = edit.getDocumentChanges().get(1).getLeft();
            assertEquals(rollbackUri, content.getTextDocument().getUri());
            assertNull(content.getTextDocument().getVersion());
            String text = Fixtures.apply("", content.getEdits().stream().map(e -> e.getLeft()).toList());
            assertEquals("-- Rollback of 003_create_orders.sql\nDROP INDEX IF EXISTS core.idx_customers_name;\n"
                    + "DROP TABLE IF EXISTS core.orders CASCADE;\n", text);

            // The client applies it: the file appears on disk and the finding goes away.
            Files.writeString(rollbackPath, text);
            t.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
                    List.of(new FileEvent(rollbackUri, FileChangeType.Created))));
            PublishDiagnosticsParams after = t.client.awaitDiagnostics(uri,
                    x -> !codes(x.getDiagnostics()).contains("rollback-script"), WAIT);
            assertNotNull(after, "rollback-script stayed after the rollback file was created");
            assertEquals(List.of("fk-on-delete", "index-concurrently", "rls-required"), codes(after.getDiagnostics()));

            // fk-on-delete offers each ON DELETE choice as its own action.
            Diagnostic fk = only(after.getDiagnostics(), "fk-on-delete");
            List<String> titles = titles(t, uri, fk);
            assertTrue(titles.containsAll(List.of("Add ON DELETE CASCADE (delete the rows with their parent)",
                    "Add ON DELETE RESTRICT (refuse to delete a parent that has rows)")), titles.toString());
        }
    }

    @Test
    void clientsThatCannotCreateFilesAreNotOfferedTheRollbackFile() throws Exception {
        Fixtures.copyTree(BASES.resolve("doc-base-postgres-rls"), dir);
        Path file = Fixtures.write(dir, "db/migrations/003_create_orders.sql", ORDERS);
        ClientCapabilities caps = TestServer.pushClient();
        caps.getWorkspace().getWorkspaceEdit().setResourceOperations(List.of("rename"));
        try (TestServer t = new TestServer()) {
            t.initialize(dir, caps, null);
            String uri = t.open(file, ORDERS);
            PublishDiagnosticsParams p = t.client.awaitDiagnostics(uri, x -> x.getVersion() == 1, WAIT);
            assertNotNull(p);
            List<String> titles = titles(t, uri, only(p.getDiagnostics(), "rollback-script"));
            assertTrue(titles.stream().noneMatch(x -> x.startsWith("Create ")), titles.toString());
            assertTrue(titles.contains("Disable rollback-script for this file"), titles.toString());
        }
    }

    @Test
    void openSqlxUpFileWithoutDownFileGetsTheCreateAction() throws Exception {
        Fixtures.copyTree(BASES.resolve("doc-base-sqlx"), dir);
        String up = "CREATE TABLE IF NOT EXISTS notes (id UUID PRIMARY KEY, body TEXT NOT NULL);\n"
                + "ALTER TABLE patients ADD COLUMN IF NOT EXISTS note_count INT NOT NULL DEFAULT 0;\n";
        Path file = Fixtures.write(dir, "migrations/0003_add_notes.up.sql", up);
        try (TestServer t = new TestServer()) {
            t.initialize(dir, TestServer.pushClient(), null);
            String uri = t.open(file, up);
            PublishDiagnosticsParams p = t.client.awaitDiagnostics(uri, x -> x.getVersion() == 1, WAIT);
            assertNotNull(p);
            assertEquals(List.of("down-migration"), codes(p.getDiagnostics()));
            CodeAction create = action(t, uri, p.getDiagnostics().get(0), "Create 0003_add_notes.down.sql with the inverse DDL");
            TextDocumentEdit content = create.getEdit().getDocumentChanges().get(1).getLeft();
            String text = Fixtures.apply("", content.getEdits().stream().map(e -> e.getLeft()).toList());
            assertEquals("-- Reverts 0003_add_notes.up.sql\nDROP TABLE IF EXISTS notes CASCADE;\n"
                    + "ALTER TABLE patients DROP COLUMN IF EXISTS note_count;\n", text);
        }
    }

    private static List<String> codes(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(DiagnosticsTest::code).sorted().toList();
    }

    private static Diagnostic only(List<Diagnostic> diagnostics, String code) {
        return diagnostics.stream().filter(d -> code(d).equals(code)).findFirst().orElseThrow();
    }

    private static List<String> titles(TestServer t, String uri, Diagnostic d) throws Exception {
        CodeActionParams p = new CodeActionParams(new TextDocumentIdentifier(uri), d.getRange(), new CodeActionContext(List.of(d)));
        List<String> titles = new ArrayList<>();
        for (var a : t.server.getTextDocumentService().codeAction(p).get(20, TimeUnit.SECONDS)) {
            titles.add(a.getRight().getTitle());
        }
        return titles;
    }

    private static CodeAction action(TestServer t, String uri, Diagnostic d, String title) throws Exception {
        CodeActionParams p = new CodeActionParams(new TextDocumentIdentifier(uri), d.getRange(), new CodeActionContext(List.of(d)));
        List<String> titles = new ArrayList<>();
        for (var a : t.server.getTextDocumentService().codeAction(p).get(20, TimeUnit.SECONDS)) {
            titles.add(a.getRight().getTitle());
            if (a.getRight().getTitle().equals(title)) {
                return a.getRight();
            }
        }
        throw new AssertionError("no action '" + title + "' in " + titles);
    }
}
