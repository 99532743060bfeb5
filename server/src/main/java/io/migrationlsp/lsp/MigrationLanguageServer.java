package io.migrationlsp.lsp;

import com.google.gson.Gson;
import io.migrationlsp.core.config.Config;
import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.text.LineMap;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.DiagnosticRegistrationOptions;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.ExecuteCommandOptions;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/** The lifecycle and capabilities; documents and workspace are served by their own services. */
final class MigrationLanguageServer implements LanguageServer, LanguageClientAware {
    private static final Logger LOG = Logger.getLogger(MigrationLanguageServer.class.getName());

    private final ServerSession session = new ServerSession();
    private final MigrationTextDocumentService documents = new MigrationTextDocumentService(session);
    private final MigrationWorkspaceService workspace = new MigrationWorkspaceService(session);

    @Override
    public void connect(LanguageClient client) {
        session.connect(client);
    }

    ServerSession session() {
        return session;
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        if (session.lifecycle.state() != Lifecycle.State.STARTING) {
            return CompletableFuture.failedFuture(new ResponseErrorException(new ResponseError(
                    ResponseErrorCode.InvalidRequest, "initialize was already called", null)));
        }
        ClientFeatures features = ClientFeatures.of(params.getCapabilities());
        session.setFeatures(features);
        session.projects.setWorkspaceRoot(root(params));
        session.projects.setSettings(Settings.fromInitializationOptions(params.getInitializationOptions()));
        watchParent(params.getProcessId());
        warmUp();
        session.lifecycle.running();
        return CompletableFuture.completedFuture(new InitializeResult(capabilities(features),
                new ServerInfo("migration-lsp", version())));
    }

    private static ServerCapabilities capabilities(ClientFeatures features) {
        ServerCapabilities caps = new ServerCapabilities();
        caps.setPositionEncoding(features.positionEncodingKind());
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Incremental);
        sync.setSave(new SaveOptions(false));
        caps.setTextDocumentSync(sync);
        DiagnosticRegistrationOptions diagnostics = new DiagnosticRegistrationOptions(true, true);
        diagnostics.setIdentifier("migration-lsp");
        caps.setDiagnosticProvider(diagnostics);
        CodeActionOptions actions = new CodeActionOptions(List.of(CodeActionKind.QuickFix, CodeActions.FIX_ALL));
        caps.setCodeActionProvider(actions);
        caps.setCompletionProvider(new CompletionOptions(false, List.of("'", ".")));
        caps.setHoverProvider(true);
        caps.setDefinitionProvider(true);
        caps.setReferencesProvider(true);
        caps.setDocumentSymbolProvider(true);
        caps.setFoldingRangeProvider(true);
        caps.setExecuteCommandProvider(new ExecuteCommandOptions(List.of(NewMigrationCommand.ID)));
        return caps;
    }

    /** The workspace folder, else rootUri, else rootPath (older clients). */
    private static Path root(InitializeParams params) {
        List<WorkspaceFolder> folders = params.getWorkspaceFolders();
        if (folders != null && !folders.isEmpty() && Uris.toPath(folders.get(0).getUri()) != null) {
            return Uris.toPath(folders.get(0).getUri());
        }
        if (Uris.toPath(params.getRootUri()) != null) {
            return Uris.toPath(params.getRootUri());
        }
        if (params.getRootPath() != null && !params.getRootPath().isBlank()) {
            try {
                return Paths.get(params.getRootPath());
            } catch (RuntimeException e) {
                return null;
            }
        }
        return null;
    }

    /** The spec asks a server to exit when its parent dies; otherwise an editor crash leaves JVMs behind. */
    private void watchParent(Integer pid) {
        if (pid == null || pid.longValue() == ProcessHandle.current().pid()) {
            // In-process embedding (tests): there is no separate parent to watch.
            return;
        }
        Optional<ProcessHandle> parent = ProcessHandle.of(pid.longValue());
        if (parent.isEmpty()) {
            // Another PID namespace (a container) or a wrong id: exiting now would kill a working server.
            LOG.warning("parent process " + pid + " is not visible; not watching it");
            return;
        }
        parent.get().onExit().thenRun(() -> {
            LOG.warning("parent process " + pid + " exited; exiting");
            session.lifecycle.exit();
        });
    }

    /**
     * The first analysis in a fresh JVM loads JSqlParser (~0.4 s) and the first Gson use costs
     * ~0.2 s: pay both now, on the analysis thread, rather than on the user's first keystroke.
     */
    private void warmUp() {
        session.scheduler.submit(() -> {
            String sql = "CREATE TABLE {schema_name}.[WARM_UP] (ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY, A FLOAT NULL);";
            var result = session.analyzer.analyze("_migrations/warm_up.sql", sql, Config.defaults().withProfile(Profile.PLATFORM),
                    Profile.PLATFORM, io.migrationlsp.core.analysis.WorkspaceView.NONE, () -> false);
            new Gson().toJson(session.diagnostics(result.findings(), new LineMap(sql)));
        });
    }

    @Override
    public void initialized(InitializedParams params) {
        session.notification("initialized", () -> {
            ClientFeatures f = session.features();
            if (f.watchedFilesRegistration() && session.client() != null) {
                List<FileSystemWatcher> watchers = List.of(
                        new FileSystemWatcher(Either.forLeft("**/*.sql")),
                        new FileSystemWatcher(Either.forLeft("**/" + Config.FILE_NAME)),
                        new FileSystemWatcher(Either.forLeft("**/*.py")),
                        // The schema manifest (docs/canon/DB_SCHEMA_MANIFEST.json, or wherever paths.manifest says).
                        new FileSystemWatcher(Either.forLeft("**/*.json")));
                session.client().registerCapability(new RegistrationParams(List.of(new Registration(
                        "migration-lsp-watch", "workspace/didChangeWatchedFiles",
                        new DidChangeWatchedFilesRegistrationOptions(watchers)))));
            }
            Path root = session.projects.workspaceRoot();
            if (root != null && Projects.isMarked(root)) {
                session.projects.forRoot(root);
            }
            session.indexer.start();
            session.fetchSettings();
            session.scheduler.submit(session::publishConfigFindings);
        });
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        var refusal = session.lifecycle.refusal();
        if (refusal != null) {
            return CompletableFuture.failedFuture(refusal);
        }
        session.lifecycle.shutDown();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        try {
            session.lifecycle.exit();
        } catch (Throwable t) {
            LOG.log(Level.SEVERE, "exit failed", t);
        }
    }

    CompletableFuture<Integer> exitCode() {
        return session.lifecycle.exitCode();
    }

    void close() {
        session.close();
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return documents;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return workspace;
    }

    private static String version() {
        try (var in = MigrationLanguageServer.class.getResourceAsStream("/io/migrationlsp/version.properties")) {
            if (in == null) {
                return "dev";
            }
            var props = new java.util.Properties();
            props.load(in);
            return props.getProperty("version", "dev");
        } catch (Exception e) {
            return "dev";
        }
    }
}
