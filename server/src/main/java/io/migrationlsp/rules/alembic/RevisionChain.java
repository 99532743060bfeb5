package io.migrationlsp.rules.alembic;

import io.migrationlsp.core.alembic.Revision;
import io.migrationlsp.core.alembic.RevisionGraph;
import io.migrationlsp.core.alembic.RevisionHeader;
import io.migrationlsp.core.alembic.RevisionId;
import io.migrationlsp.core.analysis.WorkspaceFacts;
import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import io.migrationlsp.core.text.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The revision chain must be one line Alembic can follow: every {@code down_revision} (and
 * {@code depends_on}) names an existing revision, no id repeats, no branch is left without a merge
 * (two heads make {@code alembic upgrade head} refuse to run), no revision is its own ancestor.
 * Each finding sits on the line that causes it.
 */
public final class RevisionChain implements Rule {
    private static final RuleMeta META = new RuleMeta("revision-chain", Severity.ERROR, Profile.ALEMBIC,
            "down_revision names no revision, two revisions share a parent (multiple heads), or an id repeats");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public boolean needsWorkspace() {
        return true;
    }

    @Override
    public void check(RuleContext ctx) {
        Revision r = ctx.revision();
        if (r == null) {
            return;
        }
        RevisionHeader self = r.header();
        if (self.revision() == null) {
            if (r.upgrade() != null || r.downgrade() != null) {
                TextSpan at = r.upgrade() != null ? r.upgrade().nameSpan() : r.downgrade().nameSpan();
                ctx.report(at, "This file has upgrade()/downgrade() but no `revision = '...'` string: Alembic cannot "
                        + "load it, and no other revision can follow it. Add its revision id.");
            }
            return;
        }
        for (RevisionId parent : self.downRevisions()) {
            if (parent.value().equals(self.id())) {
                ctx.report(parent.span(), "down_revision is this revision's own id: Alembic can never run it.");
            }
        }
        WorkspaceFacts facts = ctx.workspace().facts();
        RevisionGraph graph = facts == null ? null : facts.revisionGraph();
        if (graph == null || graph.byPath(self.path()) == null) {
            return;
        }
        if (!self.equals(graph.byPath(self.path()))) {
            // The text analysed is not the one the graph was read from (checked from another buffer): use it.
            List<RevisionHeader> headers = new ArrayList<>(graph.revisions());
            headers.replaceAll(h -> h.path().equals(self.path()) ? self : h);
            graph = RevisionGraph.of(headers);
        }
        unknown(ctx, graph, self.downRevisions(), "down_revision");
        unknown(ctx, graph, self.dependsOn(), "depends_on");
        duplicate(ctx, graph, self);
        branches(ctx, graph, self);
        if (graph.inCycle(self) && self.downRevisionValue() != null) {
            ctx.report(self.downRevisionValue(), "Following down_revision from here comes back to '" + self.id()
                    + "': the revisions form a cycle and none of them can run. Point one of them at a revision outside the cycle.");
        }
    }

    private static void unknown(RuleContext ctx, RevisionGraph graph, List<RevisionId> ids, String what) {
        for (RevisionId id : ids) {
            if (graph.has(id.value())) {
                continue;
            }
            List<RevisionHeader> heads = graph.heads().stream().filter(h -> !h.path().equals(ctx.file().path())).toList();
            String hint = heads.size() == 1 ? " The current head is '" + heads.get(0).id() + "' (" + heads.get(0).fileName() + ")."
                    : "";
            ctx.report(id.span(), what + " names '" + id.value() + "', which no revision in this project has: "
                    + "`alembic upgrade` stops with \"Can't locate revision\". Point it at an existing revision." + hint);
        }
    }

    private static void duplicate(RuleContext ctx, RevisionGraph graph, RevisionHeader self) {
        List<String> others = graph.withId(self.id()).stream().filter(h -> !h.path().equals(self.path()))
                .map(RevisionHeader::fileName).toList();
        if (!others.isEmpty()) {
            ctx.report(self.revision().span(), "Revision id '" + self.id() + "' is also the id of " + String.join(", ", others)
                    + ": Alembic refuses repeated ids. Give one of them a new id and update the down_revision that names it.");
        }
    }

    private static void branches(RuleContext ctx, RevisionGraph graph, RevisionHeader self) {
        Map<RevisionHeader, List<RevisionHeader>> unmerged = graph.unmergedBranches();
        RevisionHeader mine = graph.byPath(self.path());
        List<RevisionHeader> siblings = unmerged.get(mine);
        if (siblings == null) {
            return;
        }
        List<String> heads = graph.heads().stream().map(h -> "'" + h.id() + "'").toList();
        String parent = self.downRevisions().isEmpty() ? "the base (down_revision = None)"
                : "'" + self.downRevisions().get(0).value() + "'";
        String names = String.join(", ", siblings.stream().map(RevisionHeader::fileName).toList());
        TextSpan at = self.downRevisionValue() != null ? self.downRevisionValue() : self.revision().span();
        ctx.report(at, "This revision and " + names + " both continue " + parent + ", and no merge joins them: the history has "
                + heads.size() + " heads (" + String.join(", ", heads) + "), so `alembic upgrade head` refuses to run. "
                + "Set down_revision to the other branch's head, or add a merge revision (`alembic merge heads`).");
    }
}
