package io.migrationlsp.rules.platform;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.rules.Fix;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import io.migrationlsp.core.text.TextSpan;
import io.migrationlsp.core.workspace.MigrationNames;
import java.time.Year;

/** Migration files are named {@code YYYY_N_SEQ_REV.sql}: the runner orders and tracks them by those numbers. */
public final class FileNameFormat implements Rule {
    private static final RuleMeta META = new RuleMeta("file-name-format", Severity.ERROR, Profile.PLATFORM,
            "file name is not YYYY_N_SEQ_REV.sql");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        String path = ctx.file().path();
        String dir = ctx.config().migrationsDir() + "/";
        if (!path.startsWith(dir) || MigrationNames.parse(ctx.file().fileName()) != null) {
            return;
        }
        String next = MigrationNames.nextFree(ctx.workspace().migrationPaths(), Year.now().getValue());
        String parent = path.substring(0, path.lastIndexOf('/') + 1);
        ctx.report(new TextSpan(0, 0), "File name " + ctx.file().fileName()
                        + " is not YYYY_N_SEQ_REV.sql (all numeric, e.g. " + next + "): the runner would not pick it up in order.",
                Fix.rename("Rename to " + next, parent + next));
    }
}
