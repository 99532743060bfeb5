package io.migrationlsp.cli;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.rules.RuleRegistry;
import java.io.PrintStream;
import java.util.List;

/** {@code explain RULE [--profile NAME]}: prints the rule's doc, or its id, severity and summary when it has none. */
final class ExplainCommand {
    private ExplainCommand() {}

    static int run(List<String> args, PrintStream out) throws UsageException {
        String id = null;
        Profile profile = Profile.PLATFORM;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--profile") || arg.equals("-p")) {
                if (i + 1 >= args.size()) {
                    throw new UsageException(arg + " needs a value");
                }
                String name = args.get(++i);
                profile = Profile.byId(name);
                if (profile == null) {
                    throw new UsageException("unknown profile '" + name + "' (" + CheckOptions.profileNames() + ")");
                }
            } else if (id == null && !arg.startsWith("-")) {
                id = arg;
            } else {
                throw new UsageException("usage: migration-lsp --explain RULE [--profile NAME]");
            }
        }
        if (id == null) {
            throw new UsageException("usage: migration-lsp --explain RULE [--profile NAME]");
        }
        // Ids repeat across profiles (file-name-format means something else in each): prefer the one asked for.
        Rule rule = RuleRegistry.byId(id, profile);
        RuleDescriptor d = rule != null ? RuleDescriptor.of(rule.meta()) : BuiltInChecks.byId(id);
        if (d == null) {
            throw new UsageException("unknown rule: " + id);
        }
        if (d.doc() != null) {
            out.print(d.doc().endsWith("\n") ? d.doc() : d.doc() + "\n");
        } else {
            String where = rule != null ? ", " + rule.meta().profile().id() + " profile" : "";
            out.println(d.id() + " (" + d.defaultSeverity().label() + where + ")");
            out.println(d.summary());
        }
        return ExitCodes.CLEAN;
    }
}
