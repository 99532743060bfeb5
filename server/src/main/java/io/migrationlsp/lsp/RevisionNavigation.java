package io.migrationlsp.lsp;

import io.migrationlsp.core.alembic.RevisionGraph;
import io.migrationlsp.core.alembic.RevisionHeader;
import io.migrationlsp.core.alembic.RevisionLinks;
import io.migrationlsp.core.alembic.RevisionReader;
import io.migrationlsp.core.navigation.HoverText;
import io.migrationlsp.core.text.LineMap;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;

/** Hover and go to definition on the revision ids of an Alembic revision file (other files get nothing here). */
final class RevisionNavigation {
    private RevisionNavigation() {}

    /** The revision hover at {@code offset}, or null when the document is no revision or the offset is on no id. */
    static HoverText hover(Analysis a, int offset) {
        Document doc = a.document();
        if (!a.project().isRevision(doc.path())) {
            return null;
        }
        RevisionHeader self = RevisionReader.header(a.project().relative(doc.path()), doc.text());
        RevisionLinks.HoverText h = RevisionLinks.hover(self, a.project().index().revisionGraph(), offset);
        return h == null ? null : new HoverText(h.markdown(), h.span());
    }

    /** The file(s) defining the {@code down_revision} / {@code depends_on} id at {@code position}, at their revision id. */
    static List<Location> definition(Analysis a, Position position, ClientFeatures features) {
        Document doc = a.document();
        if (!a.project().isRevision(doc.path())) {
            return List.of();
        }
        RevisionHeader self = RevisionReader.header(a.project().relative(doc.path()), doc.text());
        int offset = Conversions.offset(doc.lines(), position, features.encoding());
        RevisionGraph graph = a.project().index().revisionGraph();
        List<Location> out = new ArrayList<>();
        for (RevisionHeader target : RevisionLinks.definition(self, graph, offset)) {
            String text = a.project().index().textOf(target.path());
            if (text == null || target.revision() == null) {
                continue;
            }
            var project = a.project().project();
            out.add(new Location(Uris.fromPath(project.resolve(target.path())),
                    Conversions.range(new LineMap(text), target.revision().span(), features.encoding())));
        }
        return out;
    }
}
