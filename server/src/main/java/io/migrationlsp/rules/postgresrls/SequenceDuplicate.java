package io.migrationlsp.rules.postgresrls;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import io.migrationlsp.rules.postgres.Sequence;

/** Two migrations with one NNN: the apply loop runs them in name order and the tracker cannot tell them apart. */
public final class SequenceDuplicate implements Rule {
    private static final RuleMeta META = new RuleMeta("sequence-duplicate", Severity.ERROR, Profile.POSTGRES_RLS,
            "two migrations share the same NNN");

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
        Sequence.duplicate(ctx);
    }
}
