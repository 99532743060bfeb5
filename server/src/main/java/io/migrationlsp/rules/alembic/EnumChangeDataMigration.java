package io.migrationlsp.rules.alembic;

import io.migrationlsp.core.alembic.MigrationFunction;
import io.migrationlsp.core.alembic.MigrationFunction.Step;
import io.migrationlsp.core.alembic.OpKind;
import io.migrationlsp.core.alembic.Revision;
import io.migrationlsp.core.alembic.RevisionGraph;
import io.migrationlsp.core.alembic.RevisionHeader;
import io.migrationlsp.core.alembic.RevisionId;
import io.migrationlsp.core.analysis.WorkspaceFacts;
import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.model.StatementKind;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.python.PythonToken;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import io.migrationlsp.rules.alembic.EnumChanges.EnumChange;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An enum column's values changed with no {@code UPDATE} before it in the same function. Adding
 * values needs no data step; removing or renaming one leaves rows holding a value the column no
 * longer allows (MySQL fails or blanks them). The values before the change come from the change
 * itself ({@code existing_type}), an earlier change in the function, the other function of the
 * revision (downgrade() restores what upgrade() changed) or the nearest ancestor revision that
 * set them; when none says, the change is reported as unknown.
 */
public final class EnumChangeDataMigration implements Rule {
    private static final RuleMeta META = new RuleMeta("enum-change-data-migration", Severity.WARNING, Profile.ALEMBIC,
            "an enum column's values changed with no UPDATE in the same function");
    /** How far up the history to look for the values an enum had. */
    private static final int ANCESTOR_LIMIT = 200;

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        Revision r = ctx.revision();
        if (r == null) {
            return;
        }
        for (MigrationFunction f : r.functions()) {
            List<EnumChange> changes = EnumChanges.in(f);
            for (int i = 0; i < changes.size(); i++) {
                EnumChange c = changes.get(i);
                List<String> before = before(ctx, r, f, changes, i);
                List<String> removed = before == null ? null : new ArrayList<>(before);
                if (removed != null) {
                    removed.removeAll(c.values());
                    if (removed.isEmpty()) {
                        continue;
                    }
                }
                if (updatedBefore(r.text(), f, c)) {
                    continue;
                }
                String column = c.table() + "." + c.column();
                String message = removed != null
                        ? "This changes the ENUM of " + column + " and drops " + quoted(removed) + ": rows that hold "
                                + (removed.size() == 1 ? "it" : "them") + " fail the change or lose their value. "
                                + "UPDATE them to a value that remains first, in " + f.name() + "() before this change."
                        : "This changes the ENUM of " + column + ", and which values it had before is not known here (no "
                                + "existing_type, no earlier change restoring them, no earlier revision setting them). If a value "
                                + "is removed or renamed, UPDATE the rows that hold it first, in " + f.name() + "() before this change.";
                ctx.report(c.span(), message);
            }
        }
    }

    private static List<String> before(RuleContext ctx, Revision r, MigrationFunction f, List<EnumChange> changes, int index) {
        EnumChange c = changes.get(index);
        if (c.stated() != null) {
            return c.stated();
        }
        for (int k = index - 1; k >= 0; k--) {
            if (sameColumn(changes.get(k), c)) {
                return changes.get(k).values();
            }
        }
        // downgrade() ends where upgrade() started, and the reverse.
        MigrationFunction other = r.other(f);
        List<EnumChange> theirs = EnumChanges.in(other);
        for (int k = theirs.size() - 1; k >= 0; k--) {
            if (sameColumn(theirs.get(k), c)) {
                return theirs.get(k).values();
            }
        }
        if (f.kind() == MigrationFunction.Kind.DOWNGRADE) {
            List<String> created = EnumChanges.created(r.upgrade(), c.table(), c.column());
            if (created != null) {
                return created;
            }
        }
        return fromAncestors(ctx, r, c);
    }

    /** The values the nearest ancestor revision's upgrade() leaves the column with, or null. */
    private static List<String> fromAncestors(RuleContext ctx, Revision r, EnumChange c) {
        WorkspaceFacts facts = ctx.workspace().facts();
        RevisionGraph graph = facts == null ? null : facts.revisionGraph();
        if (graph == null) {
            return null;
        }
        Deque<RevisionId> queue = new ArrayDeque<>(r.header().downRevisions());
        Set<String> seen = new HashSet<>();
        while (!queue.isEmpty() && seen.size() < ANCESTOR_LIMIT) {
            RevisionHeader parent = graph.find(queue.poll().value());
            if (parent == null || !seen.add(parent.path())) {
                continue;
            }
            Revision ancestor = facts.revision(parent.path());
            if (ancestor != null) {
                List<EnumChange> set = EnumChanges.in(ancestor.upgrade());
                for (int k = set.size() - 1; k >= 0; k--) {
                    if (sameColumn(set.get(k), c)) {
                        return set.get(k).values();
                    }
                }
                List<String> created = EnumChanges.created(ancestor.upgrade(), c.table(), c.column());
                if (created != null) {
                    return created;
                }
            }
            queue.addAll(parent.downRevisions());
        }
        return null;
    }

    /**
     * An UPDATE of the table before the change in the same function: in {@code op.execute} SQL,
     * in any string that holds {@code UPDATE <table>}, or a call of {@code update} (a Core
     * {@code sa.update(t)} / {@code t.update()} statement).
     */
    private static boolean updatedBefore(String source, MigrationFunction f, EnumChange c) {
        Pattern update = Pattern.compile("(?is)\\bUPDATE\\s+[`\"\\[]?" + Pattern.quote(c.table()) + "\\b");
        for (Step s : f.steps()) {
            if (s.line().start() >= c.order()) {
                break;
            }
            if (s.op() != null && s.op().kind() == OpKind.EXECUTE && s.op().sql() != null) {
                for (StatementModel m : s.op().sql().models()) {
                    boolean beforeChange = s.op().sql().toPython(m.statement().span()).start() < c.order();
                    if (beforeChange && m.kind() == StatementKind.UPDATE && m.target() != null
                            && Reversal.same(m.target().table().name(), c.table())) {
                        return true;
                    }
                }
            }
            List<PythonToken> tokens = s.line().tokens();
            for (int k = 0; k < tokens.size(); k++) {
                PythonToken t = tokens.get(k);
                if (t.start() >= c.order()) {
                    break;
                }
                if (t.kind() == PythonToken.Kind.STRING && update.matcher(t.text(source)).find()) {
                    return true;
                }
                boolean call = k + 1 < tokens.size() && tokens.get(k + 1).is(PythonToken.Kind.OP, source, "(");
                if (t.is(PythonToken.Kind.NAME, source, "update") && call) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean sameColumn(EnumChange a, EnumChange b) {
        return Reversal.same(a.table(), b.table()) && Reversal.same(a.column(), b.column());
    }

    private static String quoted(List<String> values) {
        List<String> q = new ArrayList<>();
        values.forEach(v -> q.add("'" + v + "'"));
        return String.join(", ", q);
    }
}
