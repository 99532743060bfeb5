package io.migrationlsp.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageConsumer;
import org.eclipse.lsp4j.services.LanguageClient;

/** Starts the language server on the given streams and blocks until it exits; returns the exit code. */
public final class ServerLauncher {
    private static final Logger LOG = Logger.getLogger(ServerLauncher.class.getName());

    private ServerLauncher() {}

    /** LSP4J's launcher with outgoing messages written by {@link StreamingMessageConsumer}. */
    private static final class StreamingBuilder extends Launcher.Builder<LanguageClient> {
        private MessageJsonHandler json;

        @Override
        protected MessageJsonHandler createJsonHandler() {
            json = super.createJsonHandler();
            return json;
        }

        @Override
        protected MessageConsumer wrapMessageConsumer(MessageConsumer consumer) {
            // Called for the outgoing stream (LSP4J's StreamMessageConsumer) and for the incoming side.
            if (consumer instanceof StreamMessageConsumer stream && json != null) {
                consumer = new StreamingMessageConsumer(stream.getOutput(), json);
            }
            return super.wrapMessageConsumer(consumer);
        }
    }

    /**
     * Returns 0 after shutdown + exit, 1 after exit without shutdown, when the input ends before
     * shutdown, or when the parent process dies first.
     */
    public static int launch(InputStream in, OutputStream out) {
        MigrationLanguageServer server = new MigrationLanguageServer();
        ExecutorService jsonRpc = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "migration-lsp-jsonrpc");
            t.setDaemon(true);
            return t;
        });
        Launcher<LanguageClient> launcher = new StreamingBuilder()
                .setLocalService(server)
                .setRemoteInterface(LanguageClient.class)
                .setInput(in)
                .setOutput(out)
                .setExecutorService(jsonRpc)
                .create();
        server.connect(launcher.getRemoteProxy());
        Future<Void> listening = launcher.startListening();
        Thread watcher = new Thread(() -> {
            try {
                listening.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | RuntimeException e) {
                LOG.log(Level.FINE, "message stream ended", e);
            }
            // The client closed the stream: behave as if it had sent exit.
            server.session().lifecycle.exit();
        }, "migration-lsp-stream-watch");
        watcher.setDaemon(true);
        watcher.start();
        int code;
        try {
            code = server.exitCode().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            code = 1;
        } catch (ExecutionException e) {
            code = 1;
        }
        listening.cancel(true);
        server.close();
        jsonRpc.shutdownNow();
        return code;
    }
}
