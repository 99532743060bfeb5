package io.migrationlsp.cli;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.rules.platform.NoFloat;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/** One in-process run of the CLI: exit code and what it printed. */
record CliRun(int exit, String out, String err) {
    /** Only no-float, so the expectations stay exact while more rules are added to the registry. */
    static final Function<Profile, List<Rule>> NO_FLOAT_ONLY = p -> p == Profile.PLATFORM ? List.of(new NoFloat()) : List.of();

    static CliRun in(Path cwd, String... args) {
        return with(new Cli(cwd, NO_FLOAT_ONLY), args);
    }

    static CliRun with(Cli cli, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = cli.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    List<String> outLines() {
        return out.lines().toList();
    }

    List<String> errLines() {
        return err.lines().toList();
    }
}
