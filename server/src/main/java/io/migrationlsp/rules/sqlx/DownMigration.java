package io.migrationlsp.rules.sqlx;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import io.migrationlsp.rules.postgres.MigrationFile;
import io.migrationlsp.rules.postgres.ReverseFile;

/** "Always create both up and down files": an up file without its down file (or a down file without its up file). */
public final class DownMigration implements Rule {
    private static final RuleMeta META = new RuleMeta("down-migration", Severity.ERROR, Profile.SQLX,
            "an .up.sql without its .down.sql (or the reverse)");
    static final String UP = ".up.sql";
    static final String DOWN = ".down.sql";

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
        String path = ctx.file().path();
        String name = ctx.file().fileName();
        if (name.endsWith(UP)) {
            String down = counterpart(path);
            if (!MigrationFile.exists(ctx, down)) {
                String downName = down.substring(down.lastIndexOf('/') + 1);
                ctx.report(MigrationFile.firstLine(ctx), "No " + downName + " for this migration: each migration is an up file "
                                + "and a down file that rolls it back.",
                        ReverseFile.create(ctx, down, "Reverts " + name));
            }
        } else if (name.endsWith(DOWN)) {
            String up = counterpart(path);
            if (!MigrationFile.exists(ctx, up)) {
                ctx.report(MigrationFile.firstLine(ctx), "No " + up.substring(up.lastIndexOf('/') + 1) + " for this down file: "
                        + "it rolls back nothing. Name it after its up file, or delete it.");
            }
        }
    }

    /** {@code x.up.sql} for {@code x.down.sql} and the reverse. */
    static String counterpart(String path) {
        return path.endsWith(UP) ? path.substring(0, path.length() - UP.length()) + DOWN
                : path.substring(0, path.length() - DOWN.length()) + UP;
    }
}
