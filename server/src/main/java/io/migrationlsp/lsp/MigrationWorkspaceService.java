package io.migrationlsp.lsp;

import io.migrationlsp.core.config.Config;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.WorkspaceDiagnosticParams;
import org.eclipse.lsp4j.WorkspaceDiagnosticReport;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.WorkspaceService;

/** Settings, files changed on disk, workspace diagnostics and commands. */
final class MigrationWorkspaceService implements WorkspaceService {
    private final ServerSession session;
    private final WorkspaceDiagnostics workspaceDiagnostics;
    private final NewMigrationCommand newMigration;

    MigrationWorkspaceService(ServerSession session) {
        this.session = session;
        this.workspaceDiagnostics = new WorkspaceDiagnostics(session);
        this.newMigration = new NewMigrationCommand(session);
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        session.notification("didChangeConfiguration", () -> {
            if (session.features().configuration()) {
                // The pushed value is often null or partial; the client's answer to workspace/configuration is the truth.
                session.fetchSettings();
            } else {
                session.applySettings(Settings.unwrap(params.getSettings()));
            }
        });
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        session.notification("didChangeWatchedFiles", () -> {
            boolean configChanged = false;
            List<Path> files = new ArrayList<>();
            for (FileEvent e : params.getChanges()) {
                Path p = Uris.toPath(e.getUri());
                if (p == null) {
                    continue;
                }
                if (e.getType() != FileChangeType.Changed) {
                    session.projects.forgetProjectRoots();
                }
                if (p.getFileName() != null && p.getFileName().toString().equals(Config.FILE_NAME)) {
                    session.projects.reload(p.getParent());
                    configChanged = true;
                } else {
                    files.add(p);
                }
            }
            if (configChanged) {
                // A reloaded project comes with a fresh index: every open file is analysed again.
                session.refreshAll();
            } else {
                session.sync.diskChanged(files);
            }
        });
    }

    @Override
    public CompletableFuture<WorkspaceDiagnosticReport> diagnostic(WorkspaceDiagnosticParams params) {
        return session.request(cancel -> workspaceDiagnostics.report(params, cancel));
    }

    @Override
    public CompletableFuture<Object> executeCommand(ExecuteCommandParams params) {
        return session.request(cancel -> {
            if (NewMigrationCommand.ID.equals(params.getCommand())) {
                return newMigration.execute(params.getArguments());
            }
            throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams,
                    "unknown command " + params.getCommand(), null));
        });
    }
}
