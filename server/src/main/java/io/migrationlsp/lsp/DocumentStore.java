package io.migrationlsp.lsp;

import io.migrationlsp.core.text.LineMap;
import io.migrationlsp.core.text.TextSpan;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * The open documents. Edits arrive as ranges in the negotiated encoding; positions outside the
 * text are clamped and stale versions are ignored, because a client bug must not take the
 * server down or desynchronise it silently.
 */
final class DocumentStore {
    private static final Logger LOG = Logger.getLogger(DocumentStore.class.getName());

    private final Map<String, Document> open = new ConcurrentHashMap<>();

    Document open(String uri, String languageId, int version, String text) {
        Document d = new Document(uri, languageId, version, text);
        open.put(uri, d);
        return d;
    }

    /**
     * Applies the changes in order and returns the new document, or null when the document is not
     * open or the version is older than the one held.
     */
    Document change(String uri, Integer version, List<TextDocumentContentChangeEvent> changes, LineMap.Encoding encoding) {
        Document current = open.get(uri);
        if (current == null) {
            LOG.warning("didChange for a document that is not open: " + uri);
            return null;
        }
        if (version != null && version < current.version()) {
            LOG.warning("stale didChange for " + uri + ": version " + version + " < " + current.version());
            return null;
        }
        String text = current.text();
        for (TextDocumentContentChangeEvent c : changes == null ? List.<TextDocumentContentChangeEvent>of() : changes) {
            if (c == null || c.getText() == null) {
                continue;
            }
            if (c.getRange() == null) {
                text = c.getText();
            } else {
                LineMap lines = new LineMap(text);
                TextSpan span = Conversions.span(lines, c.getRange(), encoding);
                text = text.substring(0, span.start()) + c.getText() + text.substring(span.end());
            }
        }
        int newVersion = version != null ? version : current.version() + 1;
        Document updated = current.withText(newVersion, text);
        open.put(uri, updated);
        return updated;
    }

    Document close(String uri) {
        return open.remove(uri);
    }

    Document get(String uri) {
        return uri == null ? null : open.get(uri);
    }

    /** The open document for a file, whatever spelling of its URI the client used. */
    Document byPath(Path path) {
        if (path == null) {
            return null;
        }
        Path p = path.toAbsolutePath().normalize();
        for (Document d : open.values()) {
            if (p.equals(d.path())) {
                return d;
            }
        }
        return null;
    }

    Collection<Document> all() {
        return List.copyOf(open.values());
    }
}
