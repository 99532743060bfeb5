package io.migrationlsp.rules.supabase;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import io.migrationlsp.core.text.LineMap;
import io.migrationlsp.core.text.TextSpan;
import io.migrationlsp.core.workspace.git.GitBaseline;
import java.nio.file.Path;

/**
 * Migrations are append-only: once on the base branch, a migration file must not change, since
 * every database that already ran it never runs it again. The file (as the editor holds it) is
 * compared with its version at the merge-base with the base branch, as the guide's CI does. Without
 * git, outside a repository or without a base branch the rule says nothing; a file the base does
 * not have is new and fine. {@code ALLOW_MIGRATION_EDITS=1} (the guide's emergency switch) turns it off.
 */
public final class MigrationImmutable implements Rule {
    private static final RuleMeta META = new RuleMeta("migration-immutable", Severity.ERROR, Profile.SUPABASE,
            "a migration file that differs from its committed version on the base branch");

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
        Path root = ctx.workspace().root();
        if (root == null || !Supabase.isMigration(ctx) || "1".equals(System.getenv("ALLOW_MIGRATION_EDITS"))) {
            return;
        }
        GitBaseline.Comparison c = GitBaseline.SHARED.compare(root, ctx.config().migrationsDir(), ctx.file().path(),
                ctx.text(), ctx.config().baseBranch());
        if (!(c instanceof GitBaseline.Changed changed)) {
            return;
        }
        LineMap lines = ctx.file().lines();
        int line = Math.min(changed.firstLine(), lines.lineCount() - 1);
        TextSpan at = new TextSpan(lines.lineStart(line), lines.lineEnd(line));
        String commit = changed.base().commit().substring(0, 7);
        ctx.report(at, ctx.file().fileName() + " differs from its version on " + changed.base().label() + " (" + commit
                + "), first at line " + (line + 1) + ": migrations are append-only, and a database that already ran this one "
                + "never runs it again. Revert the change and put it in a new migration.");
    }
}
