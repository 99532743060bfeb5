package io.migrationlsp.rules.platform;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.rules.Fix;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import io.migrationlsp.core.text.TextSpan;
import io.migrationlsp.core.workspace.MigrationEntry;
import java.util.List;

/** SEQ increments globally: two root migrations with the same SEQ and REV run in an undefined order. */
public final class SequenceDuplicate implements Rule {
    private static final RuleMeta META = new RuleMeta("sequence-duplicate", Severity.ERROR, Profile.PLATFORM,
            "two root migrations share the same SEQ and REV");

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
        int maxSeq = Math.max(0, roots.highestSeq());
        List<MigrationEntry> same = roots.sameSeqAndRev(self);
        // The last other file in run order, as the scan of every root used to find.
        String other = same.isEmpty() ? null : same.get(same.size() - 1).fileName();
        if (other != null) {
            String next = History.withSeq(self, maxSeq + 1);
            ctx.report(new TextSpan(0, 0), "SEQ " + self.name().seq() + " and REV " + self.name().rev() + " are also used by "
                            + other + ": the two run in an undefined order. Renumber this one to " + next + ".",
                    Fix.rename("Rename to " + next, History.parentOf(self.path()) + next));
        }
    }
}
