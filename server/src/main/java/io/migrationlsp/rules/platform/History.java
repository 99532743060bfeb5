package io.migrationlsp.rules.platform;

import io.migrationlsp.core.analysis.WorkspaceFacts;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.workspace.MigrationEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Helpers for the rules that read the migration history. */
final class History {
    private History() {}

    /** The workspace facts, or null when the file is checked alone or is not a known migration. */
    static WorkspaceFacts facts(RuleContext ctx) {
        WorkspaceFacts f = ctx.workspace().facts();
        return f == null || f.entry(ctx.file().path()) == null ? null : f;
    }

    /** This file as a well-named root migration of the workspace, or null when it is not one. */
    static MigrationEntry rootEntry(RuleContext ctx) {
        WorkspaceFacts facts = facts(ctx);
        MigrationEntry self = facts == null ? null : facts.entry(ctx.file().path());
        return self != null && self.kind() == MigrationEntry.Kind.ROOT && self.name() != null ? self : null;
    }

    /**
     * The well-named root migrations, in run order, and their sequence numbers: what the sequence
     * rules compare each file with.
     */
    record Roots(List<MigrationEntry> entries, int highestSeq, int previousSeq, Map<String, List<MigrationEntry>> bySeqAndRev) {
        /** The roots other than {@code self} with its SEQ and REV. */
        List<MigrationEntry> sameSeqAndRev(MigrationEntry self) {
            List<MigrationEntry> same = new ArrayList<>();
            for (MigrationEntry e : bySeqAndRev.getOrDefault(self.name().seq() + "_" + self.name().rev(), List.of())) {
                if (!e.path().equals(self.path())) {
                    same.add(e);
                }
            }
            return same;
        }
    }

    private record Memo(List<MigrationEntry> migrations, Roots roots) {}

    /**
     * The last answer, kept while the history listing is the same list: every file of a 5,000-file
     * check asks, and walking the whole history for each made the check quadratic.
     */
    private static volatile Memo memo;

    static Roots roots(WorkspaceFacts facts) {
        List<MigrationEntry> migrations = facts.migrations();
        Memo m = memo;
        if (m != null && m.migrations() == migrations) {
            return m.roots();
        }
        List<MigrationEntry> roots = new ArrayList<>();
        Map<String, List<MigrationEntry>> bySeqAndRev = new HashMap<>();
        int highest = -1;
        for (MigrationEntry e : migrations) {
            if (e.kind() == MigrationEntry.Kind.ROOT && e.name() != null) {
                roots.add(e);
                highest = Math.max(highest, e.name().seq());
                bySeqAndRev.computeIfAbsent(e.name().seq() + "_" + e.name().rev(), k -> new ArrayList<>()).add(e);
            }
        }
        int previous = -1;
        for (MigrationEntry e : roots) {
            if (e.name().seq() < highest) {
                previous = Math.max(previous, e.name().seq());
            }
        }
        Roots result = new Roots(List.copyOf(roots), highest, previous, bySeqAndRev);
        memo = new Memo(migrations, result);
        return result;
    }

    /** {@code YYYY_N_SEQ_REV.sql} with the given SEQ, keeping the file's year and major version. */
    static String withSeq(MigrationEntry e, int seq) {
        return e.name().year() + "_" + e.name().major() + "_" + seq + "_" + e.name().rev() + ".sql";
    }

    static String parentOf(String path) {
        return path.substring(0, path.lastIndexOf('/') + 1);
    }
}
