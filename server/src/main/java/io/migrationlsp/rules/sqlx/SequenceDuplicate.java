package io.migrationlsp.rules.sqlx;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import io.migrationlsp.rules.postgres.Sequence;

/** sqlx keys applied migrations by version: two up files with one version cannot both be applied. */
public final class SequenceDuplicate implements Rule {
    private static final RuleMeta META = new RuleMeta("sequence-duplicate", Severity.ERROR, Profile.SQLX,
            "two migrations share the same number");

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
