package io.migrationlsp.rules.sqlx;

import io.migrationlsp.core.analysis.SqlFile;
import io.migrationlsp.core.analysis.WorkspaceFacts;
import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.rules.Edit;
import io.migrationlsp.core.rules.Fix;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import io.migrationlsp.core.schema.SchemaChange;
import io.migrationlsp.core.schema.SchemaDiff;
import io.migrationlsp.core.schema.SchemaModel;
import io.migrationlsp.core.schema.SchemaReplayer;
import io.migrationlsp.core.text.TextSpan;
import io.migrationlsp.rules.postgres.MigrationFile;
import java.util.List;

/**
 * "Down migrations should cleanly reverse the up migration": the schema before the up file is
 * replayed, then the up file, then the down file, and the result must equal the schema before.
 * What the up file made and the down file leaves is reported in the up file, at the statement that
 * made it, with the statement the down file lacks as the fix; what the down file changes that the
 * up file never touched is reported in the down file.
 */
public final class DownReversesUp implements Rule {
    private static final RuleMeta META = new RuleMeta("down-reverses-up", Severity.WARNING, Profile.SQLX,
            "the down file does not undo what the up file does (by the schema model)");

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
        WorkspaceFacts facts = MigrationFile.facts(ctx);
        String path = ctx.file().path();
        boolean isUp = path.endsWith(DownMigration.UP);
        if (facts == null || !(isUp || path.endsWith(DownMigration.DOWN))) {
            return;
        }
        String otherPath = DownMigration.counterpart(path);
        SqlFile other = MigrationFile.exists(ctx, otherPath) ? facts.file(otherPath) : null;
        if (other == null) {
            return;
        }
        SqlFile up = isUp ? ctx.file() : other;
        SqlFile down = isUp ? other : ctx.file();
        SchemaModel before = facts.schemaBefore(up.path());
        SchemaModel after = before.copy();
        SchemaReplayer.apply(after, up);
        SchemaReplayer.apply(after, down);
        List<SchemaChange> left = SchemaDiff.between(after, before);
        for (SchemaChange change : left) {
            TextSpan inUp = ChangeLocator.locate(up, change);
            if (isUp && inUp != null) {
                ctx.report(inUp, "Rolling back with " + down.fileName() + " leaves " + change.subject() + " as this migration "
                                + "made it: the down file must undo it (" + firstLine(change.sql()) + ").",
                        Fix.unsafe("Add the undo of " + change.subject() + " to " + down.fileName(), append(down, change.sql())));
            } else if (!isUp && inUp == null) {
                TextSpan inDown = ChangeLocator.locate(down, change);
                ctx.report(inDown != null ? inDown : MigrationFile.firstLine(ctx), "This down file changes " + change.subject()
                        + ", which " + up.fileName() + " never touches: rolling back would not return the schema to where it "
                        + "was before the migration.");
            }
        }
    }

    private static Edit append(SqlFile down, String sql) {
        String text = down.text();
        String lead = text.isEmpty() || text.endsWith("\n") ? "" : "\n";
        return new Edit(down.path(), new TextSpan(text.length(), text.length()), lead + sql + "\n");
    }

    private static String firstLine(String sql) {
        int nl = sql.indexOf('\n');
        return nl < 0 ? sql : sql.substring(0, nl) + " ...";
    }
}
