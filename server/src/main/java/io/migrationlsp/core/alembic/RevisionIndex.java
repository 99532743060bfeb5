package io.migrationlsp.core.alembic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The revision files of one project, each read once per text: the headers the graph is built
 * from and, on demand, whole revisions (a rule may look at an ancestor). An edit to one file
 * re-reads that file only; the graph is rebuilt from the cached headers.
 */
public final class RevisionIndex {
    private record Entry(String text, RevisionHeader header, Revision revision) {}

    private final Map<String, Entry> files = new HashMap<>();
    private List<String> graphPaths;
    private RevisionGraph graph;

    /**
     * The graph of the revisions at {@code paths}, read through {@code textOf} (null: unreadable,
     * left out).
     */
    public synchronized RevisionGraph graph(List<String> paths, Function<String, String> textOf) {
        if (graph != null && paths.equals(graphPaths)) {
            return graph;
        }
        List<RevisionHeader> headers = new ArrayList<>();
        for (String p : paths) {
            Entry e = entry(p, textOf);
            if (e != null) {
                headers.add(e.header());
            }
        }
        graph = RevisionGraph.of(headers);
        graphPaths = List.copyOf(paths);
        return graph;
    }

    /** The whole revision at {@code path}, read with {@code sql} modelling its SQL; null when unreadable. */
    public synchronized Revision revision(String path, Function<String, String> textOf, RevisionReader.SqlModeler sql) {
        Entry e = entry(path, textOf);
        if (e == null) {
            return null;
        }
        if (e.revision() == null) {
            e = new Entry(e.text(), e.header(), RevisionReader.read(path, e.text(), sql));
            files.put(path, e);
        }
        return e.revision();
    }

    /** The file changed (or went away): read it again when next asked, and rebuild the graph. */
    public synchronized void forget(String path) {
        files.remove(path);
        graph = null;
    }

    public synchronized void clear() {
        files.clear();
        graph = null;
    }

    private Entry entry(String path, Function<String, String> textOf) {
        Entry e = files.get(path);
        if (e != null) {
            return e;
        }
        String text = textOf.apply(path);
        if (text == null) {
            return null;
        }
        e = new Entry(text, RevisionReader.header(path, text), null);
        files.put(path, e);
        return e;
    }
}
