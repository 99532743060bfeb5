package io.migrationlsp.rules.platform;

import io.migrationlsp.core.analysis.WorkspaceFacts;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.workspace.MigrationEntry;
import java.util.ArrayList;
import java.util.List;

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

    static List<MigrationEntry> roots(WorkspaceFacts facts) {
        List<MigrationEntry> roots = new ArrayList<>();
        for (MigrationEntry e : facts.migrations()) {
            if (e.kind() == MigrationEntry.Kind.ROOT && e.name() != null) {
                roots.add(e);
            }
        }
        return roots;
    }

    /** {@code YYYY_N_SEQ_REV.sql} with the given SEQ, keeping the file's year and major version. */
    static String withSeq(MigrationEntry e, int seq) {
        return e.name().year() + "_" + e.name().major() + "_" + seq + "_" + e.name().rev() + ".sql";
    }

    static String parentOf(String path) {
        return path.substring(0, path.lastIndexOf('/') + 1);
    }
}
