package io.migrationlsp.lsp;

import com.google.gson.JsonObject;
import io.migrationlsp.core.analysis.Analyzer;
import io.migrationlsp.core.completion.CompletionEngine;
import io.migrationlsp.core.analysis.SqlValidator;
import io.migrationlsp.core.rules.Finding;
import io.migrationlsp.core.text.LineMap;
import io.migrationlsp.rules.RuleRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.lsp4j.ConfigurationItem;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.CompletableFutures;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * What the document and workspace services share: the open documents, the projects, the analysis
 * cache and scheduler, the client and what it can do. It decides push versus pull: a client that
 * declares {@code textDocument.diagnostic} is never pushed diagnostics, so no file shows twice.
 */
final class ServerSession implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(ServerSession.class.getName());

    final Lifecycle lifecycle = new Lifecycle();
    final DocumentStore documents = new DocumentStore();
    final SqlValidator validator = new SqlValidator(200);
    final Analyzer analyzer = new Analyzer(RuleRegistry::forProfile, validator);
    final Projects projects = new Projects(documents, analyzer, this::warn);
    final AnalysisCache analyses = new AnalysisCache(analyzer, projects, () -> this.indexer.indexing());
    final DiagnosticScheduler scheduler = new DiagnosticScheduler(documents, analyses, this::publish);
    final WorkspaceSync sync = new WorkspaceSync(this);
    final BackgroundIndexer indexer = new BackgroundIndexer(this);
    final CodeActions codeActions = new CodeActions(documents);
    final Completions completions = new Completions(new CompletionEngine(analyzer));
    private final Map<Path, Long> configPublished = new ConcurrentHashMap<>();
    private volatile LanguageClient client;
    private volatile ClientFeatures features = ClientFeatures.NONE;

    void connect(LanguageClient c) {
        client = c;
    }

    LanguageClient client() {
        return client;
    }

    ClientFeatures features() {
        return features;
    }

    void setFeatures(ClientFeatures f) {
        features = f;
    }

    boolean push() {
        return !features.pullDiagnostics();
    }

    /** A request body run off the message thread with LSP4J's cancellation, refused outside the running state. */
    <T> CompletableFuture<T> request(Function<CancelChecker, T> body) {
        var refusal = lifecycle.refusal();
        if (refusal != null) {
            return CompletableFuture.failedFuture(refusal);
        }
        return CompletableFutures.computeAsync(body);
    }

    /**
     * Runs a notification handler on the message thread, dropping it outside the running state and
     * catching Throwable: an Error escaping a notification kills LSP4J's reader thread.
     */
    void notification(String what, Runnable body) {
        if (!lifecycle.acceptsNotifications()) {
            LOG.fine(() -> "ignored " + what + " in state " + lifecycle.state());
            return;
        }
        try {
            body.run();
        } catch (Throwable t) {
            LOG.log(Level.SEVERE, what + " failed", t);
        }
    }

    void publish(Analysis a) {
        LanguageClient c = client;
        if (c == null || !push()) {
            return;
        }
        Document doc = a.document();
        c.publishDiagnostics(new PublishDiagnosticsParams(doc.uri(), diagnostics(a.findings(), doc.lines()), doc.version()));
        publishConfigFindings();
    }

    List<Diagnostic> diagnostics(List<Finding> findings, LineMap lines) {
        List<Diagnostic> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            out.add(Conversions.diagnostic(f, lines, features.encoding()));
        }
        return out;
    }

    /** Push clients: the problems of each project's config file, on that file, once per config generation. */
    void publishConfigFindings() {
        LanguageClient c = client;
        if (c == null || !push()) {
            return;
        }
        long generation = projects.configGeneration();
        for (Projects.Loaded l : projects.known()) {
            Path file = l.configFile();
            Long done = configPublished.get(file);
            if ((done != null && done == generation) || documents.byPath(file) != null) {
                continue;
            }
            configPublished.put(file, generation);
            if (done == null && l.configFindings().isEmpty()) {
                continue;
            }
            String text = "";
            try {
                text = Files.isRegularFile(file) ? Files.readString(file) : "";
            } catch (Exception e) {
                LOG.log(Level.FINE, "cannot read " + file, e);
            }
            c.publishDiagnostics(new PublishDiagnosticsParams(Uris.fromPath(file),
                    diagnostics(l.configFindings(), new LineMap(text))));
        }
    }

    /** After a config, settings or on-disk change: every open file's findings may differ. */
    void refreshAll() {
        if (push()) {
            for (Document d : documents.all()) {
                scheduler.schedule(d.uri());
            }
            scheduler.submit(this::publishConfigFindings);
        } else if (features.diagnosticRefresh() && client != null) {
            client.refreshDiagnostics();
        }
    }

    /**
     * A project's history is indexed: documents that got provisional diagnostics meanwhile get their
     * full ones (pushed again, or the pull client is asked to pull again).
     */
    void historyIndexed() {
        if (analyses.anyProvisional()) {
            refreshAll();
        }
    }

    /** Asks the client for section {@value Settings#SECTION} and applies the answer. */
    void fetchSettings() {
        LanguageClient c = client;
        if (c == null || !features.configuration()) {
            return;
        }
        ConfigurationItem item = new ConfigurationItem();
        item.setSection(Settings.SECTION);
        Path root = projects.workspaceRoot();
        if (root != null) {
            item.setScopeUri(Uris.fromPath(root));
        }
        c.configuration(new ConfigurationParams(List.of(item))).whenComplete((values, error) -> {
            if (error != null) {
                LOG.log(Level.WARNING, "workspace/configuration failed", error);
                return;
            }
            try {
                JsonObject s = values == null || values.isEmpty() ? null : Settings.unwrap(values.get(0));
                // No answer for the section keeps what initializationOptions gave.
                if (s != null) {
                    applySettings(s);
                }
            } catch (Throwable t) {
                LOG.log(Level.SEVERE, "applying settings failed", t);
            }
        });
    }

    void applySettings(JsonObject settings) {
        projects.setSettings(settings);
        refreshAll();
    }

    void warn(String message) {
        LOG.warning(message);
        LanguageClient c = client;
        if (c != null) {
            c.showMessage(new MessageParams(MessageType.Warning, message));
        }
    }

    @Override
    public void close() {
        indexer.close();
        scheduler.close();
        validator.close();
    }
}
