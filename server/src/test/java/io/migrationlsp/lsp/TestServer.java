package io.migrationlsp.lsp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DiagnosticCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.eclipse.lsp4j.ShowDocumentCapabilities;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * The real server ({@link ServerLauncher#launch}) on one end of two NIO pipes and LSP4J's client
 * launcher on the other. NIO pipes, not PipedInputStream: the latter fails with "write end dead"
 * once a thread that wrote to it ends, and LSP4J writes from pool threads.
 */
final class TestServer implements AutoCloseable {
    final RecordingClient client = new RecordingClient();
    final LanguageServer server;
    final CompletableFuture<Integer> exitCode = new CompletableFuture<>();
    private final OutputStream toServer;
    private final InputStream fromServer;

    TestServer() throws IOException {
        Pipe clientToServer = Pipe.open();
        Pipe serverToClient = Pipe.open();
        InputStream serverIn = Channels.newInputStream(clientToServer.source());
        OutputStream serverOut = Channels.newOutputStream(serverToClient.sink());
        toServer = Channels.newOutputStream(clientToServer.sink());
        fromServer = Channels.newInputStream(serverToClient.source());
        Thread t = new Thread(() -> {
            try {
                exitCode.complete(ServerLauncher.launch(serverIn, serverOut));
            } catch (Throwable e) {
                exitCode.completeExceptionally(e);
            }
        }, "test-server");
        t.setDaemon(true);
        t.start();
        var launcher = LSPLauncher.createClientLauncher(client, fromServer, toServer);
        launcher.startListening();
        server = launcher.getRemoteProxy();
    }

    /** Capabilities of a client that takes pushed diagnostics and versioned document changes. */
    static ClientCapabilities pushClient() {
        ClientCapabilities caps = new ClientCapabilities();
        WorkspaceClientCapabilities ws = new WorkspaceClientCapabilities();
        WorkspaceEditCapabilities edit = new WorkspaceEditCapabilities();
        edit.setDocumentChanges(true);
        edit.setResourceOperations(List.of("create", "rename", "delete"));
        ws.setWorkspaceEdit(edit);
        ws.setConfiguration(true);
        caps.setWorkspace(ws);
        WindowClientCapabilities window = new WindowClientCapabilities();
        window.setShowDocument(new ShowDocumentCapabilities(true));
        caps.setWindow(window);
        caps.setTextDocument(new TextDocumentClientCapabilities());
        return caps;
    }

    static ClientCapabilities pullClient() {
        ClientCapabilities caps = pushClient();
        caps.getTextDocument().setDiagnostic(new DiagnosticCapabilities(false));
        return caps;
    }

    InitializeResult initialize(Path root, ClientCapabilities caps, Object initializationOptions) throws Exception {
        InitializeParams p = new InitializeParams();
        p.setProcessId((int) ProcessHandle.current().pid());
        p.setCapabilities(caps);
        if (root != null) {
            p.setWorkspaceFolders(List.of(new WorkspaceFolder(Uris.fromPath(root), "ws")));
        }
        p.setInitializationOptions(initializationOptions);
        InitializeResult r = server.initialize(p).get(30, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
        return r;
    }

    String open(Path file, String text) {
        return open(file, "sql", text);
    }

    String open(Path file, String languageId, String text) {
        String uri = Uris.fromPath(file);
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, languageId, 1, text)));
        return uri;
    }

    int awaitExit() throws Exception {
        return exitCode.get(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws IOException {
        toServer.close();
        fromServer.close();
    }
}
