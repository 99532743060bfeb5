package io.migrationlsp.lsp;

import io.migrationlsp.core.text.LineMap;
import java.nio.file.Path;
import java.util.Locale;

/** One version of an open document. Immutable: an edit makes a new Document, so a running analysis keeps its text. */
final class Document {
    private final String uri;
    private final Path path;
    private final String languageId;
    private final int version;
    private final String text;
    private LineMap lines;

    Document(String uri, String languageId, int version, String text) {
        this.uri = uri;
        this.path = Uris.toPath(uri);
        this.languageId = languageId == null ? "" : languageId;
        this.version = version;
        this.text = text == null ? "" : text;
    }

    String uri() { return uri; }
    /** Null when the URI is not a file: URI. */
    Path path() { return path; }
    String languageId() { return languageId; }
    int version() { return version; }
    String text() { return text; }

    synchronized LineMap lines() {
        if (lines == null) {
            lines = new LineMap(text);
        }
        return lines;
    }

    Document withText(int newVersion, String newText) {
        return new Document(uri, languageId, newVersion, newText);
    }

    String fileName() {
        return path != null ? path.getFileName().toString() : Uris.fileName(uri);
    }

    boolean isSql() {
        return languageId.equalsIgnoreCase("sql") || fileName().toLowerCase(Locale.ROOT).endsWith(".sql");
    }
}
