package io.migrationlsp.core.rules;

import io.migrationlsp.core.analysis.WorkspaceNotReady;
import io.migrationlsp.core.config.Config;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Runs rules one by one, each inside a guard: a rule that throws is logged and skipped. */
public final class RuleRunner {
    private static final Logger LOG = Logger.getLogger(RuleRunner.class.getName());

    private RuleRunner() {}

    public static List<Finding> run(List<Rule> rules, RuleContext ctx, Config config, BooleanSupplier cancelled) {
        for (Rule rule : rules) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            RuleMeta meta = rule.meta();
            if (config.isOff(meta.id())) {
                continue;
            }
            ctx.begin(meta);
            int before = ctx.findings().size();
            try {
                rule.check(ctx);
            } catch (CancellationException e) {
                throw e;
            } catch (WorkspaceNotReady e) {
                // A provisional analysis: this rule needs the history, which is still being indexed.
                ctx.findings().subList(before, ctx.findings().size()).clear();
            } catch (StackOverflowError | RuntimeException e) {
                ctx.findings().subList(before, ctx.findings().size()).clear();
                LOG.log(Level.WARNING, "rule " + meta.id() + " failed on " + ctx.file().path(), e);
            }
        }
        return ctx.findings();
    }
}
