package io.migrationlsp.lsp;

import io.migrationlsp.core.rules.Edit;
import io.migrationlsp.core.rules.Fix;
import io.migrationlsp.core.text.LineMap;
import io.migrationlsp.core.text.TextSpan;
import io.migrationlsp.core.workspace.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CreateFile;
import org.eclipse.lsp4j.CreateFileOptions;
import org.eclipse.lsp4j.RenameFile;
import org.eclipse.lsp4j.ResourceOperation;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Collects fixes into one WorkspaceEdit: versioned {@code documentChanges} (plus file creations and
 * renames) when the client supports them, plain {@code changes} otherwise. A fix is taken whole or
 * not at all: it is refused when it overlaps an edit already taken (fix-all), when it renames or
 * creates a file and the client cannot, when the file it would create exists, or when a file it
 * edits cannot be read.
 */
final class WorkspaceEditBuilder {
    private static final class Target {
        final String uri;
        final Integer version;
        final LineMap lines;
        final List<TextSpan> spans = new ArrayList<>();
        final List<TextEdit> edits = new ArrayList<>();

        Target(String uri, Integer version, String text) {
            this.uri = uri;
            this.version = version;
            this.lines = new LineMap(text);
        }
    }

    private final Document source;
    private final Project project;
    private final DocumentStore documents;
    private final ClientFeatures features;
    private final Map<String, Target> targets = new LinkedHashMap<>();
    private final List<RenameFile> renames = new ArrayList<>();
    private final List<String> creates = new ArrayList<>();

    WorkspaceEditBuilder(Document source, Project project, DocumentStore documents, ClientFeatures features) {
        this.source = source;
        this.project = project;
        this.documents = documents;
        this.features = features;
    }

    boolean isEmpty() {
        return renames.isEmpty() && creates.isEmpty() && targets.values().stream().allMatch(t -> t.edits.isEmpty());
    }

    /** Adds every edit of the fix, or none of them; returns whether it was added. */
    boolean add(Fix fix) {
        if ((fix.renameTo() != null || !fix.alsoRename().isEmpty()) && (!features.renameFiles() || source.path() == null)) {
            return false;
        }
        List<Target> where = new ArrayList<>();
        List<String> created = new ArrayList<>();
        for (Edit e : fix.edits()) {
            if (e.createsFile()) {
                String uri = creatable(e.path());
                if (uri == null || created.contains(uri) || creates.contains(uri)) {
                    return false;
                }
                created.add(uri);
            }
            Target t = e.createsFile() ? new Target(Uris.fromPath(project.resolve(e.path())), null, "") : target(e.path());
            if (t == null || overlapsAny(e.span(), t.spans) || overlapsInFix(e, where, fix.edits())) {
                return false;
            }
            where.add(t);
        }
        for (int i = 0; i < fix.edits().size(); i++) {
            Edit e = fix.edits().get(i);
            Target t = where.get(i);
            if (e.createsFile()) {
                t = targets.computeIfAbsent(t.uri, u -> new Target(u, null, ""));
                creates.add(t.uri);
            }
            t.spans.add(e.span());
            t.edits.add(new TextEdit(Conversions.range(t.lines, e.span(), features.encoding()), e.newText()));
        }
        if (fix.renameTo() != null) {
            renames.add(new RenameFile(source.uri(), Uris.fromPath(project.resolve(fix.renameTo()))));
        }
        for (Fix.Rename r : fix.alsoRename()) {
            renames.add(new RenameFile(Uris.fromPath(project.resolve(r.from())), Uris.fromPath(project.resolve(r.to()))));
        }
        return true;
    }

    /** An edit in the source document; false when it overlaps one already taken. */
    boolean add(TextSpan span, String newText) {
        return add(new Fix("", List.of(new Edit(null, span, newText)), null, true));
    }

    WorkspaceEdit build() {
        if (features.documentChanges()) {
            List<Either<TextDocumentEdit, ResourceOperation>> changes = new ArrayList<>();
            for (String uri : creates) {
                // Never overwrite: a file that appeared since the fix was computed makes the edit fail, not vanish.
                changes.add(Either.forRight(new CreateFile(uri, new CreateFileOptions(false, false))));
            }
            for (Target t : targets.values()) {
                if (!t.edits.isEmpty()) {
                    List<Either<TextEdit, org.eclipse.lsp4j.SnippetTextEdit>> edits = new ArrayList<>();
                    for (TextEdit e : t.edits) {
                        edits.add(Either.forLeft(e));
                    }
                    changes.add(Either.forLeft(new TextDocumentEdit(new VersionedTextDocumentIdentifier(t.uri, t.version), edits)));
                }
            }
            for (RenameFile r : renames) {
                changes.add(Either.forRight(r));
            }
            return new WorkspaceEdit(changes);
        }
        Map<String, List<TextEdit>> changes = new LinkedHashMap<>();
        for (Target t : targets.values()) {
            if (!t.edits.isEmpty()) {
                changes.put(t.uri, List.copyOf(t.edits));
            }
        }
        return new WorkspaceEdit(changes);
    }

    /** The URI of a file the fix may create: the client can create files and none exists there yet; else null. */
    private String creatable(String relPath) {
        if (!features.createFiles() || relPath == null) {
            return null;
        }
        Path path = project.resolve(relPath);
        if (!path.startsWith(project.root()) || Files.exists(path) || documents.byPath(path) != null) {
            return null;
        }
        return Uris.fromPath(path);
    }

    private Target target(String relPath) {
        Path path = relPath == null ? null : project.resolve(relPath);
        if (path == null || path.equals(source.path())) {
            return targets.computeIfAbsent(source.uri(), u -> new Target(u, source.version(), source.text()));
        }
        Document open = documents.byPath(path);
        if (open != null) {
            return targets.computeIfAbsent(open.uri(), u -> new Target(u, open.version(), open.text()));
        }
        String uri = Uris.fromPath(path);
        Target existing = targets.get(uri);
        if (existing != null) {
            return existing;
        }
        String text;
        try {
            text = Files.isRegularFile(path) ? Files.readString(path) : "";
        } catch (IOException | RuntimeException e) {
            return null;
        }
        Target t = new Target(uri, null, text);
        targets.put(uri, t);
        return t;
    }

    private static boolean overlapsInFix(Edit e, List<Target> taken, List<Edit> all) {
        for (int i = 0; i < taken.size(); i++) {
            Edit other = all.get(i);
            if (java.util.Objects.equals(other.path(), e.path()) && conflict(other.span(), e.span())) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlapsAny(TextSpan span, List<TextSpan> spans) {
        for (TextSpan s : spans) {
            if (conflict(s, span)) {
                return true;
            }
        }
        return false;
    }

    /** Overlapping ranges, or two edits at the same start (their order would be ambiguous). */
    static boolean conflict(TextSpan a, TextSpan b) {
        return (a.start() < b.end() && b.start() < a.end()) || a.start() == b.start();
    }
}
