package io.migrationlsp.lsp;

import java.io.InputStream;
import java.io.OutputStream;

/** Starts the language server on the given streams and blocks until it exits; returns the exit code. */
public final class ServerLauncher {
    private ServerLauncher() {}

    public static int launch(InputStream in, OutputStream out) {
        throw new UnsupportedOperationException("language server not built yet");
    }
}
