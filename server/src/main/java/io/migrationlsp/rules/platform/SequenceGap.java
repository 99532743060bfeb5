package io.migrationlsp.rules.platform;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.rules.Fix;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import io.migrationlsp.core.text.TextSpan;
import io.migrationlsp.core.workspace.MigrationEntry;

/**
 * The newest root migration takes the previous highest SEQ + 1 (gaps deeper in history are old news;
 * the archive does not count, as {@code ls _migrations/*.sql} in the convention shows).
 */
public final class SequenceGap implements Rule {
    private static final RuleMeta META = new RuleMeta("sequence-gap", Severity.WARNING, Profile.PLATFORM,
            "the newest migration's SEQ is not the previous highest SEQ + 1");

    @Override
    public boolean needsWorkspace() {
        return true;
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        MigrationEntry self = History.rootEntry(ctx);
        if (self == null) {
            return;
        }
        History.Roots roots = History.roots(ctx.workspace().facts());
        int highest = roots.highestSeq();
        int previous = roots.previousSeq();
        if (self.name().seq() != highest) {
            return;
        }
        if (previous < 0 || highest == previous + 1) {
            return;
        }
        String next = History.withSeq(self, previous + 1);
        ctx.report(new TextSpan(0, 0), "SEQ " + highest + " skips " + (previous + 1)
                        + (highest - previous > 2 ? "–" + (highest - 1) : "") + ": the previous highest is " + previous
                        + ", so this migration is " + next + ".",
                Fix.rename("Rename to " + next, History.parentOf(self.path()) + next));
    }
}
