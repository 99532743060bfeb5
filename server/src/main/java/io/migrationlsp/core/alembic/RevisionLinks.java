package io.migrationlsp.core.alembic;

import io.migrationlsp.core.text.TextSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * What a revision id in a revision file points to: hover shows the revision's parent(s) and
 * children, go to definition on a {@code down_revision} (or {@code depends_on}) id jumps to the
 * file that defines it.
 */
public final class RevisionLinks {
    /** Hover text (Markdown) for the id at {@code span}. */
    public record HoverText(TextSpan span, String markdown) {}

    private RevisionLinks() {}

    /** The id of {@code self} whose string holds {@code offset} (its ends included), or null. */
    public static RevisionId idAt(RevisionHeader self, int offset) {
        List<RevisionId> ids = new ArrayList<>();
        if (self.revision() != null) {
            ids.add(self.revision());
        }
        ids.addAll(self.downRevisions());
        ids.addAll(self.dependsOn());
        for (RevisionId id : ids) {
            if (offset >= id.span().start() && offset <= id.span().end()) {
                return id;
            }
        }
        return null;
    }

    /** The revisions a parent id at {@code offset} names (several when the id repeats); empty elsewhere. */
    public static List<RevisionHeader> definition(RevisionHeader self, RevisionGraph graph, int offset) {
        RevisionId id = idAt(self, offset);
        if (id == null || graph == null || id == self.revision()) {
            return List.of();
        }
        return graph.withId(id.value());
    }

    /** The id at {@code offset} with its revision's parents and children, or null when the offset is on none. */
    public static HoverText hover(RevisionHeader self, RevisionGraph graph, int offset) {
        RevisionId id = idAt(self, offset);
        if (id == null) {
            return null;
        }
        RevisionHeader target = id == self.revision() ? self : graph == null ? null : graph.find(id.value());
        StringBuilder md = new StringBuilder("**Revision `").append(id.value()).append("`**");
        if (target == null) {
            md.append("\n\nNo revision of this project has this id.");
            return new HoverText(id.span(), md.toString());
        }
        md.append(" — ").append(target.fileName());
        List<String> parents = new ArrayList<>();
        for (RevisionId p : target.downRevisions()) {
            RevisionHeader parent = graph == null ? null : graph.find(p.value());
            parents.add(describe(p.value(), parent));
        }
        md.append("\n\n").append(parents.size() > 1 ? "Parents (merge): " : "Parent: ")
                .append(parents.isEmpty() ? "none (a base revision)" : String.join(", ", parents));
        List<RevisionHeader> children = graph == null ? List.of() : graph.children(target.id());
        List<String> kids = new ArrayList<>();
        children.forEach(c -> kids.add(describe(c.id(), c)));
        md.append("\n\nChildren: ").append(kids.isEmpty() ? "none (a head)" : String.join(", ", kids));
        if (graph != null && graph.withId(target.id()).size() > 1) {
            md.append("\n\nThis id repeats in ").append(graph.withId(target.id()).size()).append(" files.");
        }
        return new HoverText(id.span(), md.toString());
    }

    private static String describe(String id, RevisionHeader h) {
        return "`" + id + "`" + (h == null ? " (unknown)" : " (" + h.fileName() + ")");
    }
}
