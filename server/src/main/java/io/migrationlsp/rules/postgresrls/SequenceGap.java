package io.migrationlsp.rules.postgresrls;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import io.migrationlsp.rules.postgres.Sequence;

/** The newest migration's NNN is the previous highest + 1 (gaps deeper in history are old news). */
public final class SequenceGap implements Rule {
    private static final RuleMeta META = new RuleMeta("sequence-gap", Severity.WARNING, Profile.POSTGRES_RLS,
            "the newest migration's NNN is not the previous highest + 1");

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
