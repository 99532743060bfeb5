package io.migrationlsp.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LifecycleTest {
    @TempDir
    Path dir;

    @Test
    void shutdownThenExitIsZeroAndLaterRequestsAreInvalid() throws Exception {
        try (TestServer t = new TestServer()) {
            InitializeResult init = t.initialize(Fixtures.workspace(dir), TestServer.pushClient(), null);
            assertEquals(List.of(NewMigrationCommand.ID), init.getCapabilities().getExecuteCommandProvider().getCommands());
            assertTrue(init.getCapabilities().getDiagnosticProvider().isWorkspaceDiagnostics());

            t.server.shutdown().get(10, TimeUnit.SECONDS);
            ExecutionException e = assertThrows(ExecutionException.class, () -> t.server.getTextDocumentService()
                    .completion(new CompletionParams(new TextDocumentIdentifier("file:///x.sql"), new Position(0, 0)))
                    .get(10, TimeUnit.SECONDS));
            ResponseErrorException error = assertInstanceOf(ResponseErrorException.class, e.getCause());
            assertEquals(ResponseErrorCode.InvalidRequest.getValue(), error.getResponseError().getCode());

            t.server.exit();
            assertEquals(0, t.awaitExit());
        }
    }

    @Test
    void exitWithoutShutdownIsOne() throws Exception {
        try (TestServer t = new TestServer()) {
            t.initialize(Fixtures.workspace(dir), TestServer.pushClient(), null);
            t.server.exit();
            assertEquals(1, t.awaitExit());
        }
    }

    @Test
    void requestsBeforeInitializeAreRefused() throws Exception {
        try (TestServer t = new TestServer()) {
            ExecutionException e = assertThrows(ExecutionException.class, () -> t.server.shutdown().get(10, TimeUnit.SECONDS));
            ResponseErrorException error = assertInstanceOf(ResponseErrorException.class, e.getCause());
            assertEquals(ResponseErrorCode.ServerNotInitialized.getValue(), error.getResponseError().getCode());
        }
    }

    @Test
    void exitsWhenTheParentProcessDies() throws Exception {
        Process parent = new ProcessBuilder("sleep", "60").start();
        try (TestServer t = new TestServer()) {
            InitializeParams p = new InitializeParams();
            p.setProcessId((int) parent.pid());
            p.setCapabilities(TestServer.pushClient());
            t.server.initialize(p).get(10, TimeUnit.SECONDS);
            parent.destroyForcibly();
            assertEquals(1, t.awaitExit());
        } finally {
            parent.destroyForcibly();
        }
    }

    @Test
    void closedInputEndsTheServer() throws Exception {
        TestServer t = new TestServer();
        t.initialize(Fixtures.workspace(dir), TestServer.pushClient(), null);
        t.close();
        assertEquals(1, t.awaitExit());
    }
}
