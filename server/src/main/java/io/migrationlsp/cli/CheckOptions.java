package io.migrationlsp.cli;

import io.migrationlsp.core.config.Profile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The parsed arguments of {@code check}: output format, forced profile (or null), config file (or null), paths. */
record CheckOptions(OutputFormat format, String formatName, Profile profile, String configFile, List<String> paths,
                    boolean help) {

    static CheckOptions parse(List<String> args) throws UsageException {
        String formatName = "text";
        Profile profile = null;
        String config = null;
        List<String> paths = new ArrayList<>();
        boolean help = false;
        boolean onlyPaths = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (onlyPaths || !arg.startsWith("-") || arg.equals("-")) {
                paths.add(arg);
                continue;
            }
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            switch (name) {
                case "--" -> onlyPaths = true;
                case "-h", "--help" -> help = true;
                case "-f", "--format" -> {
                    value = value != null ? value : valueOf(args, ++i, name);
                    formatName = value;
                    if (OutputFormat.byName(value) == null) {
                        throw new UsageException("unknown format '" + value + "' (" + String.join(", ", OutputFormat.NAMES) + ")");
                    }
                }
                case "-p", "--profile" -> {
                    value = value != null ? value : valueOf(args, ++i, name);
                    profile = Profile.byId(value);
                    if (profile == null) {
                        throw new UsageException("unknown profile '" + value + "' (" + profileNames() + ")");
                    }
                }
                case "-c", "--config" -> config = value != null ? value : valueOf(args, ++i, name);
                default -> throw new UsageException("unknown option: " + arg + " (see migration-lsp check --help)");
            }
        }
        if (paths.isEmpty()) {
            // The common CI call is "check ." from the repository root.
            paths.add(".");
        }
        return new CheckOptions(OutputFormat.byName(formatName), formatName, profile, config, List.copyOf(paths), help);
    }

    private static String valueOf(List<String> args, int i, String option) throws UsageException {
        if (i >= args.size()) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(i);
    }

    static String profileNames() {
        return String.join(", ", Arrays.stream(Profile.values()).map(Profile::id).toList());
    }
}
