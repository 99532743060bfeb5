package io.migrationlsp.rules.supabase;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.rules.Fix;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import io.migrationlsp.core.text.TextSpan;
import io.migrationlsp.core.workspace.MigrationEntry;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Two migrations with the same timestamp: the Supabase CLI records a migration by its timestamp,
 * so the second one is taken as already applied (or the push fails) — usually two branches that
 * created a migration in the same second. The guide's fix is to move one a second on.
 */
public final class TimestampConflict implements Rule {
    private static final RuleMeta META = new RuleMeta("timestamp-conflict", Severity.ERROR, Profile.SUPABASE,
            "two migrations share the same timestamp");

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
        MigrationEntry self = Supabase.rootEntry(ctx);
        if (self == null || self.version() < 0) {
            return;
        }
        List<String> others = new ArrayList<>();
        Set<Long> used = new HashSet<>();
        for (MigrationEntry e : Supabase.facts(ctx).migrations()) {
            if (e.kind() != MigrationEntry.Kind.ROOT || e.version() < 0) {
                continue;
            }
            used.add(e.version());
            if (e.version() == self.version() && !e.path().equals(self.path())) {
                others.add(e.fileName());
            }
        }
        if (others.isEmpty()) {
            return;
        }
        String digits = Long.toString(self.version());
        String rest = self.fileName().substring(self.fileName().indexOf('_'));
        LocalDateTime at = digits.length() == 14 ? Timestamps.parse(digits) : null;
        String message = "Timestamp " + digits + " is also used by " + String.join(", ", others)
                + ": the Supabase CLI records migrations by timestamp, so one of them would be taken as applied and "
                + "never run (or the push fails).";
        if (at == null) {
            ctx.report(new TextSpan(0, 0), message + " Give one of them a new timestamp.");
            return;
        }
        String next = Timestamps.nextFree(at, used) + rest;
        String parent = self.path().substring(0, self.path().length() - self.fileName().length());
        ctx.report(new TextSpan(0, 0), message + " Move this one a second on: " + next + ".",
                Fix.rename("Rename to " + next, parent + next));
    }
}
