package io.migrationlsp.rules.sqlx;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import io.migrationlsp.rules.postgres.Sequence;

/** "Check the latest migration number and increment by 1": the newest migration follows the previous highest. */
public final class SequenceGap implements Rule {
    private static final RuleMeta META = new RuleMeta("sequence-gap", Severity.WARNING, Profile.SQLX,
            "the newest migration's number is not the previous highest + 1");

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
        Sequence.gap(ctx);
    }
}
