package io.migrationlsp.rules.platform;

import io.migrationlsp.core.analysis.WorkspaceFacts;
import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.rules.Fix;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import io.migrationlsp.core.text.TextSpan;
import io.migrationlsp.core.workspace.MigrationEntry;
import java.time.Year;

/**
 * New migrations go directly in {@code _migrations/}: the archive is frozen, and a file in any other
 * folder is never run.
 */
public final class FileLocation implements Rule {
    private static final RuleMeta META = new RuleMeta("file-location", Severity.WARNING, Profile.PLATFORM,
            "migration in the archive or in a subfolder of _migrations/");

    @Override
    public boolean needsWorkspace() {
        return true;
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public Applies applies() {
        return Applies.ALL_MIGRATIONS;
    }

    @Override
    public void check(RuleContext ctx) {
        WorkspaceFacts facts = History.facts(ctx);
        if (facts == null) {
            return;
        }
        MigrationEntry e = facts.entry(ctx.file().path());
        String target = ctx.config().migrationsDir() + "/" + e.fileName();
        if (e.kind() == MigrationEntry.Kind.ARCHIVE && e.name() != null && e.name().year() >= Year.now().getValue()) {
            ctx.report(new TextSpan(0, 0), e.fileName() + " is a " + e.name().year()
                            + " migration in the frozen archive: new migrations go directly in " + ctx.config().migrationsDir() + "/.",
                    Fix.rename("Move to " + target, target));
        } else if (e.kind() == MigrationEntry.Kind.MISPLACED) {
            ctx.report(new TextSpan(0, 0), e.path() + " is in a subfolder of " + ctx.config().migrationsDir()
                    + "/ that the runner never reads: move it to " + ctx.config().migrationsDir() + "/.", Fix.rename("Move to " + target, target));
        }
    }
}
