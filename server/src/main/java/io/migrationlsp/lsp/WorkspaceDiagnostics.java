package io.migrationlsp.lsp;

import io.migrationlsp.core.analysis.FileResult;
import io.migrationlsp.core.analysis.ManifestFindings;
import io.migrationlsp.core.analysis.ParseAhead;
import io.migrationlsp.core.text.LineMap;
import io.migrationlsp.core.workspace.Project;
import io.migrationlsp.core.workspace.TablesPyModel;
import io.migrationlsp.core.workspace.manifest.SchemaManifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.PreviousResultId;
import org.eclipse.lsp4j.WorkspaceDiagnosticParams;
import org.eclipse.lsp4j.WorkspaceDiagnosticReport;
import org.eclipse.lsp4j.WorkspaceDocumentDiagnosticReport;
import org.eclipse.lsp4j.WorkspaceFullDocumentDiagnosticReport;
import org.eclipse.lsp4j.WorkspaceUnchangedDocumentDiagnosticReport;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;

/**
 * {@code workspace/diagnostic}: every migration file, tables.py and schema manifest of every known project (the
 * editor's text when open, the disk otherwise) and each config file, analysed with the project's
 * workspace index as for open documents. VS Code asks again every few seconds with the
 * previous result ids; a file whose id (version or mtime, plus the generation, which any workspace
 * change bumps since findings depend on other files) is unchanged gets
 * an "unchanged" report instead of being analysed again. JSqlParser's verdicts for the files to
 * analyse are worked out ahead on the second core ({@link ParseAhead}), as in {@code check}.
 */
final class WorkspaceDiagnostics {
    private final ServerSession session;

    WorkspaceDiagnostics(ServerSession session) {
        this.session = session;
    }

    WorkspaceDiagnosticReport report(WorkspaceDiagnosticParams params, CancelChecker cancel) {
        Map<String, String> previous = new HashMap<>();
        if (params != null && params.getPreviousResultIds() != null) {
            for (PreviousResultId p : params.getPreviousResultIds()) {
                Path path = Uris.toPath(p.getUri());
                if (path != null) {
                    previous.put(path.toString(), p.getValue());
                }
            }
        }
        List<WorkspaceDocumentDiagnosticReport> items = new ArrayList<>();
        for (Projects.Loaded loaded : projects()) {
            cancel.checkCanceled();
            Project project = loaded.project();
            Path config = loaded.configFile();
            if (Files.isRegularFile(config)) {
                items.add(configReport(loaded, config, previous));
            }
            // Each closed file's result id (its stamp and the generation): unchanged ones are not analysed again.
            Map<String, String> ids = new LinkedHashMap<>();
            List<String> analysed = new ArrayList<>();
            for (String rel : project.migrationPaths()) {
                Path file = project.resolve(rel);
                if (session.documents.byPath(file) == null) {
                    String id = "m" + stamp(file) + "-g" + session.projects.generation();
                    ids.put(rel, id);
                    if (!id.equals(previous.get(file.toString()))) {
                        analysed.add(rel);
                    }
                }
            }
            try (ParseAhead ahead = ParseAhead.start(session.analyzer, analysed, loaded.index()::file, project.config(),
                    project.profile())) {
                int done = 0;
                for (String rel : project.migrationPaths()) {
                    cancel.checkCanceled();
                    WorkspaceDocumentDiagnosticReport r = fileReport(loaded, project.resolve(rel), rel, ids.get(rel),
                            previous, cancel);
                    if (r != null) {
                        items.add(r);
                    }
                    if (analysed.size() > done && analysed.get(done).equals(rel)) {
                        ahead.reached(++done);
                    }
                }
            }
            WorkspaceDocumentDiagnosticReport tablesPy = tablesPyReport(loaded, previous, cancel);
            if (tablesPy != null) {
                items.add(tablesPy);
            }
            WorkspaceDocumentDiagnosticReport manifest = manifestReport(loaded, previous);
            if (manifest != null) {
                items.add(manifest);
            }
        }
        return new WorkspaceDiagnosticReport(items);
    }

    private List<Projects.Loaded> projects() {
        Map<Path, Projects.Loaded> all = new LinkedHashMap<>();
        // Every project of the workspace, a monorepo's several too, whether or not a file of it is open.
        for (Path project : session.projects.workspaceProjectRoots()) {
            Projects.Loaded l = session.projects.forRoot(project);
            all.put(l.project().root(), l);
        }
        for (Projects.Loaded l : session.projects.known()) {
            all.putIfAbsent(l.project().root(), l);
        }
        return List.copyOf(all.values());
    }

    private WorkspaceDocumentDiagnosticReport configReport(Projects.Loaded loaded, Path config, Map<String, String> previous) {
        Document open = session.documents.byPath(config);
        if (open != null) {
            Analysis a = session.analyses.get(open, () -> false);
            return full(open.uri(), open.version(), a.resultId(), session.diagnostics(a.findings(), open.lines()));
        }
        String id = "c" + stamp(config) + "-g" + session.projects.generation();
        String uri = Uris.fromPath(config);
        if (id.equals(previous.get(config.toString()))) {
            return new WorkspaceDocumentDiagnosticReport(new WorkspaceUnchangedDocumentDiagnosticReport(id, uri, null));
        }
        String text = read(config);
        return full(uri, null, id, session.diagnostics(loaded.configFindings(), new LineMap(text == null ? "" : text)));
    }

    /** {@code closedId}: the file's result id when it was not open as the report began (else null). */
    private WorkspaceDocumentDiagnosticReport fileReport(Projects.Loaded loaded, Path file, String rel, String closedId,
                                                         Map<String, String> previous, CancelChecker cancel) {
        Document open = session.documents.byPath(file);
        if (open != null) {
            Analysis a = session.analyses.get(open, cancel::isCanceled);
            return full(open.uri(), open.version(), a.resultId(), session.diagnostics(a.findings(), open.lines()));
        }
        String id = closedId != null ? closedId : "m" + stamp(file) + "-g" + session.projects.generation();
        String uri = Uris.fromPath(file);
        if (id.equals(previous.get(file.toString()))) {
            return new WorkspaceDocumentDiagnosticReport(new WorkspaceUnchangedDocumentDiagnosticReport(id, uri, null));
        }
        String text = read(file);
        if (text == null) {
            return null;
        }
        Project project = loaded.project();
        FileResult result = session.analyzer.analyze(loaded.index().model(rel, text), project.config(), project.profile(),
                loaded.index(), cancel::isCanceled);
        return full(uri, null, id, session.diagnostics(result.findings(), new LineMap(text)));
    }

    /** tables.py (open buffer or disk): its findings compare it with the history, so it is reported with it. */
    private WorkspaceDocumentDiagnosticReport tablesPyReport(Projects.Loaded loaded, Map<String, String> previous,
                                                             CancelChecker cancel) {
        Path file = loaded.project().resolve(loaded.project().config().tablesPy());
        Document open = session.documents.byPath(file);
        if (open != null) {
            Analysis a = session.analyses.get(open, cancel::isCanceled);
            return full(open.uri(), open.version(), a.resultId(), session.diagnostics(a.findings(), open.lines()));
        }
        if (!Files.isRegularFile(file)) {
            return null;
        }
        String id = "t" + stamp(file) + "-g" + session.projects.generation();
        String uri = Uris.fromPath(file);
        if (id.equals(previous.get(file.toString()))) {
            return new WorkspaceDocumentDiagnosticReport(new WorkspaceUnchangedDocumentDiagnosticReport(id, uri, null));
        }
        TablesPyModel model = loaded.index().tablesPy();
        if (model == null) {
            return null;
        }
        Project project = loaded.project();
        FileResult result = session.analyzer.analyzeTablesPy(model, project.config(), project.profile(), loaded.index(),
                cancel::isCanceled);
        return full(uri, null, id, session.diagnostics(result.findings(), new LineMap(model.pythonText())));
    }

    /** The schema manifest of a supabase project (open buffer or disk): its own problems. */
    private WorkspaceDocumentDiagnosticReport manifestReport(Projects.Loaded loaded, Map<String, String> previous) {
        Path file = loaded.project().resolve(loaded.project().config().manifest());
        if (!loaded.isManifest(file)) {
            return null;
        }
        Document open = session.documents.byPath(file);
        if (open != null) {
            Analysis a = session.analyses.get(open, () -> false);
            return full(open.uri(), open.version(), a.resultId(), session.diagnostics(a.findings(), open.lines()));
        }
        if (!Files.isRegularFile(file)) {
            return null;
        }
        String id = "j" + stamp(file) + "-g" + session.projects.generation();
        String uri = Uris.fromPath(file);
        if (id.equals(previous.get(file.toString()))) {
            return new WorkspaceDocumentDiagnosticReport(new WorkspaceUnchangedDocumentDiagnosticReport(id, uri, null));
        }
        SchemaManifest manifest = loaded.index().manifest();
        if (manifest == null) {
            return null;
        }
        return full(uri, null, id, session.diagnostics(ManifestFindings.of(manifest), new LineMap(manifest.text())));
    }

    private static WorkspaceDocumentDiagnosticReport full(String uri, Integer version, String resultId, List<Diagnostic> diagnostics) {
        WorkspaceFullDocumentDiagnosticReport r = new WorkspaceFullDocumentDiagnosticReport(diagnostics, uri, version);
        r.setResultId(resultId);
        return new WorkspaceDocumentDiagnosticReport(r);
    }

    private static String stamp(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis() + "-" + Files.size(file);
        } catch (IOException e) {
            return "missing";
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
