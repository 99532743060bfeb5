package io.migrationlsp.cli;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.rules.Rule;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * {@code check [--format text|json|sarif|github] [--profile NAME] [--config FILE] PATH...}: checks the
 * migrations under each PATH, prints the findings, a summary on stderr, and exits 0, 1 (errors found) or 2.
 */
final class CheckCommand {
    private final Path cwd;
    private final Function<Profile, List<Rule>> rules;

    CheckCommand(Path cwd, Function<Profile, List<Rule>> rules) {
        this.cwd = cwd;
        this.rules = rules;
    }

    int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        CheckOptions options = CheckOptions.parse(args);
        if (options.help()) {
            out.print(HelpText.CHECK);
            return ExitCodes.CLEAN;
        }
        Path configFile = null;
        if (options.configFile() != null) {
            configFile = cwd.resolve(options.configFile()).normalize();
            if (!Files.isRegularFile(configFile)) {
                throw new UsageException("config file not found: " + options.configFile());
            }
        }
        DisplayPaths display = new DisplayPaths(cwd);
        List<FileSelection.Workspace> workspaces =
                FileSelection.select(options.paths(), cwd, configFile, options.profile(), display);
        Report report = new Checker(rules, display).check(workspaces, configFile);
        options.format().write(report, out);
        out.flush();
        err.println(report.summary());
        return report.hasErrors() ? ExitCodes.ERRORS : ExitCodes.CLEAN;
    }
}
