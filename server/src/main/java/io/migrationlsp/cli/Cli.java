package io.migrationlsp.cli;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.rules.RuleRegistry;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The command-line interface, runnable in-process: everything but the language server, which needs the
 * process's own stdin and stdout ({@code io.migrationlsp.Main} starts that one).
 */
public final class Cli {
    private final Path cwd;
    private final Function<Profile, List<Rule>> rules;

    /** {@code cwd} is what relative paths are resolved and printed against; {@code rules} gives each profile's rules. */
    public Cli(Path cwd, Function<Profile, List<Rule>> rules) {
        this.cwd = cwd.toAbsolutePath().normalize();
        this.rules = rules;
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return new Cli(Path.of(""), RuleRegistry::forProfile).execute(args, out, err);
    }

    public int execute(String[] args, PrintStream out, PrintStream err) {
        List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        String command = args.length == 0 ? "--help" : args[0];
        try {
            return switch (command) {
                case "check" -> new CheckCommand(cwd, rules).run(rest, out, err);
                case "--explain", "explain" -> ExplainCommand.run(rest, out);
                case "schema" -> new SchemaCommand(cwd, rules).run(rest, out);
                case "--version", "version" -> {
                    out.println("migration-lsp " + Version.get());
                    yield ExitCodes.CLEAN;
                }
                case "--help", "-h", "help" -> {
                    out.print(HelpText.MAIN);
                    yield ExitCodes.CLEAN;
                }
                default -> throw new UsageException("unknown command: " + command + " (see migration-lsp --help)");
            };
        } catch (UsageException e) {
            err.println("migration-lsp: " + e.getMessage());
            return ExitCodes.USAGE;
        } finally {
            out.flush();
            err.flush();
        }
    }
}
