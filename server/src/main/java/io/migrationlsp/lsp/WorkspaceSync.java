package io.migrationlsp.lsp;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps the workspace indexes true to the editor and the disk, and re-reports the open documents
 * whose findings may depend on what changed. Any migration, tables.py, constants.py or the schema
 * manifest can change the cross-file findings of any other (history, replayed schema, sync with
 * tables.py, the manifest's lists), so the dependents of a change are all open migrations, tables.py
 * and the manifest of the same project; the scheduler's
 * debounce keeps a burst of keystrokes to one analysis each.
 */
final class WorkspaceSync {
    /** Key of the debounced {@code workspace/diagnostic/refresh} in the scheduler. */
    private static final String REFRESH_KEY = "migration-lsp:refresh";

    private final ServerSession session;

    WorkspaceSync(ServerSession session) {
        this.session = session;
    }

    /** didOpen/didChange of a non-config document. */
    void edited(Document doc) {
        // Loading the project first seeds its index with this buffer, so the next call is then a no-op.
        session.projects.forDocument(doc);
        List<Projects.Loaded> affected = session.projects.bufferChanged(doc, doc.text());
        if (!affected.isEmpty()) {
            dependentsChanged(affected);
        } else if (session.push() && session.projects.forDocument(doc).hasDiagnostics(doc)) {
            session.scheduler.schedule(doc.uri());
        }
    }

    /** didClose of a non-config document (already removed from the store): the disk is the truth again. */
    void closed(Document doc) {
        List<Projects.Loaded> affected = session.projects.bufferChanged(doc, null);
        if (!affected.isEmpty()) {
            dependentsChanged(affected);
        }
    }

    /** Files changed, appeared or disappeared on disk (watched files, a save, a created migration). */
    void diskChanged(Collection<Path> files) {
        Set<Projects.Loaded> affected = new HashSet<>();
        for (Path p : files) {
            affected.addAll(session.projects.diskChanged(p));
        }
        if (!affected.isEmpty()) {
            dependentsChanged(affected);
        }
    }

    private void dependentsChanged(Collection<Projects.Loaded> projects) {
        if (!session.push()) {
            // A pull client asks again after a refresh; debounced so typing sends one, not one per key.
            if (session.features().diagnosticRefresh() && session.client() != null) {
                session.scheduler.debounce(REFRESH_KEY, () -> session.client().refreshDiagnostics());
            }
            return;
        }
        Set<Path> roots = new HashSet<>();
        projects.forEach(l -> roots.add(l.project().root()));
        for (Document d : session.documents.all()) {
            if (d.path() == null) {
                continue;
            }
            Projects.Loaded owner = session.projects.forDocument(d);
            if (roots.contains(owner.project().root()) && owner.hasDiagnostics(d)) {
                session.scheduler.schedule(d.uri());
            }
        }
    }
}
