package io.migrationlsp;

import io.migrationlsp.cli.Cli;
import io.migrationlsp.lsp.ServerLauncher;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Entry point of the jar: the language server (no arguments, or {@code lsp}) or the CLI. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (args.length == 0 || args[0].equals("lsp")) {
            // stdout carries JSON-RPC from here on: a stray println from anywhere would corrupt the stream.
            PrintStream rpc = System.out;
            System.setOut(System.err);
            System.exit(ServerLauncher.launch(System.in, rpc));
        }
        // Reports are UTF-8 whatever the platform's console encoding (SARIF and JSON files must be).
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)), false,
                StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(Cli.run(args, out, err));
    }
}
