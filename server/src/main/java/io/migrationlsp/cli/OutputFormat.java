package io.migrationlsp.cli;

import java.io.PrintStream;
import java.util.List;

/** Writes a {@link Report} to stdout in one format; the stderr summary and the exit code are not its business. */
public interface OutputFormat {
    List<String> NAMES = List.of("text", "json", "sarif", "github");

    void write(Report report, PrintStream out);

    /** The format called {@code name}, or null when there is none. */
    static OutputFormat byName(String name) {
        return switch (name) {
            case "text" -> new TextFormat();
            case "json" -> new JsonFormat();
            case "sarif" -> new SarifFormat();
            case "github" -> new GithubFormat();
            default -> null;
        };
    }
}
