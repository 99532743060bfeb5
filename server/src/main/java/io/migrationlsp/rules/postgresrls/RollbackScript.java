package io.migrationlsp.rules.postgresrls;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import io.migrationlsp.core.workspace.MigrationEntry;
import io.migrationlsp.rules.postgres.MigrationFile;
import io.migrationlsp.rules.postgres.ReverseFile;

/**
 * Every migration has {@code NNN_description_rollback.sql} beside it ("Reversible: every migration
 * must have a rollback script"), and every rollback script has its migration.
 */
public final class RollbackScript implements Rule {
    private static final RuleMeta META = new RuleMeta("rollback-script", Severity.ERROR, Profile.POSTGRES_RLS,
            "no NNN_description_rollback.sql beside the migration");
    static final String SUFFIX = "_rollback.sql";

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
        if (MigrationFile.facts(ctx) == null) {
            return;
        }
        MigrationEntry self = MigrationFile.entry(ctx);
        String path = ctx.file().path();
        String name = ctx.file().fileName();
        if (self.kind() == MigrationEntry.Kind.ROOT && name.endsWith(".sql")) {
            String base = name.substring(0, name.length() - 4);
            String rollback = MigrationFile.parentOf(path) + base + SUFFIX;
            if (!MigrationFile.exists(ctx, rollback)) {
                ctx.report(MigrationFile.firstLine(ctx), "No rollback script " + base + SUFFIX + " beside this migration: every migration "
                                + "must be reversible, and the rollback must exist before the migration is applied.",
                        ReverseFile.create(ctx, rollback, "Rollback of " + name));
            }
        } else if (self.kind() == MigrationEntry.Kind.REVERSE && name.endsWith(SUFFIX)) {
            String migration = name.substring(0, name.length() - SUFFIX.length()) + ".sql";
            if (!MigrationFile.exists(ctx, MigrationFile.parentOf(path) + migration)) {
                ctx.report(MigrationFile.firstLine(ctx), "This rollback script has no migration " + migration
                        + " beside it: rename it after the migration it undoes, or delete it.");
            }
        }
    }
}
