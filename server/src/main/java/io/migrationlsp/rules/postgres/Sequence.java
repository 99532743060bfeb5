package io.migrationlsp.rules.postgres;

import io.migrationlsp.core.analysis.WorkspaceFacts;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.text.TextSpan;
import io.migrationlsp.core.workspace.MigrationEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * The numbered-history checks of the Postgres profiles, on the leading number of each migration
 * (NNN, sqlx's version): rollback and down scripts share their migration's number and do not count.
 */
public final class Sequence {
    /** Versions this large are timestamps ({@code sqlx migrate add} writes them): they have no gaps to speak of. */
    private static final long TIMESTAMP = 10_000_000_000L;

    private Sequence() {}

    private static MigrationEntry self(RuleContext ctx) {
        WorkspaceFacts facts = MigrationFile.facts(ctx);
        MigrationEntry e = facts == null ? null : facts.entry(ctx.file().path());
        return e != null && e.kind() == MigrationEntry.Kind.ROOT && e.version() >= 0 ? e : null;
    }

    private static List<MigrationEntry> roots(WorkspaceFacts facts) {
        List<MigrationEntry> roots = new ArrayList<>();
        for (MigrationEntry e : facts.migrations()) {
            if (e.kind() == MigrationEntry.Kind.ROOT && e.version() >= 0) {
                roots.add(e);
            }
        }
        return roots;
    }

    /** A number zero-padded as wide as the file writes its own ({@code 005}, {@code 0088}). */
    private static String written(MigrationEntry self, long number) {
        int width = Math.max(1, self.fileName().indexOf('_'));
        return String.format("%0" + width + "d", number);
    }

    /** Reports when another migration has this file's number. */
    public static void duplicate(RuleContext ctx) {
        MigrationEntry self = self(ctx);
        if (self == null) {
            return;
        }
        List<String> others = new ArrayList<>();
        long highest = 0;
        for (MigrationEntry e : roots(ctx.workspace().facts())) {
            highest = Math.max(highest, e.version());
            if (e.version() == self.version() && !e.path().equals(self.path())) {
                others.add(e.fileName());
            }
        }
        if (!others.isEmpty()) {
            ctx.report(new TextSpan(0, 0), "Migration number " + written(self, self.version()) + " is also used by "
                    + String.join(", ", others) + ": files with one number run in an undefined order and one may be skipped "
                    + "as already applied. Renumber this one to " + written(self, highest + 1) + ".");
        }
    }

    /** Reports when the newest migration does not follow the previous highest number. */
    public static void gap(RuleContext ctx) {
        MigrationEntry self = self(ctx);
        if (self == null || self.version() >= TIMESTAMP) {
            return;
        }
        long highest = -1;
        long previous = -1;
        List<MigrationEntry> roots = roots(ctx.workspace().facts());
        for (MigrationEntry e : roots) {
            highest = Math.max(highest, e.version());
        }
        if (self.version() != highest) {
            return;
        }
        for (MigrationEntry e : roots) {
            if (e.version() < highest) {
                previous = Math.max(previous, e.version());
            }
        }
        if (previous < 0 || highest == previous + 1) {
            return;
        }
        ctx.report(new TextSpan(0, 0), "Migration number " + written(self, highest) + " skips " + written(self, previous + 1)
                + (highest - previous > 2 ? "–" + written(self, highest - 1) : "") + ": the previous highest is "
                + written(self, previous) + ", so this migration is number " + written(self, previous + 1)
                + ". Numbers are sequential: check the latest and increment by 1.");
    }
}
