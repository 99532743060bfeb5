package io.migrationlsp.lsp;

import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowDocumentParams;
import org.eclipse.lsp4j.ShowDocumentResult;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.services.LanguageClient;

/** A client that records what the server sends and answers workspace/configuration with {@link #settings}. */
final class RecordingClient implements LanguageClient {
    final BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();
    final List<PublishDiagnosticsParams> allPublished = new CopyOnWriteArrayList<>();
    final List<ShowDocumentParams> shown = new CopyOnWriteArrayList<>();
    final List<MessageParams> messages = new CopyOnWriteArrayList<>();
    final List<ConfigurationParams> configurationRequests = new CopyOnWriteArrayList<>();
    final List<WorkDoneProgressCreateParams> progressCreated = new CopyOnWriteArrayList<>();
    final BlockingQueue<ProgressParams> progress = new LinkedBlockingQueue<>();
    final AtomicInteger diagnosticRefreshes = new AtomicInteger();
    volatile JsonObject settings;

    /** Waits for a publishDiagnostics for {@code uri} that satisfies {@code test}; null on timeout. */
    PublishDiagnosticsParams awaitDiagnostics(String uri, Predicate<PublishDiagnosticsParams> test, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            PublishDiagnosticsParams p = published.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (p != null && p.getUri().equals(uri) && test.test(p)) {
                return p;
            }
        }
        return null;
    }

    List<PublishDiagnosticsParams> publishedFor(String uri) {
        List<PublishDiagnosticsParams> out = new ArrayList<>();
        for (PublishDiagnosticsParams p : allPublished) {
            if (p.getUri().equals(uri)) {
                out.add(p);
            }
        }
        return out;
    }

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
        allPublished.add(diagnostics);
        published.add(diagnostics);
    }

    @Override
    public CompletableFuture<List<Object>> configuration(ConfigurationParams params) {
        configurationRequests.add(params);
        List<Object> answers = new ArrayList<>();
        params.getItems().forEach(i -> answers.add(settings));
        return CompletableFuture.completedFuture(answers);
    }

    @Override
    public CompletableFuture<ShowDocumentResult> showDocument(ShowDocumentParams params) {
        shown.add(params);
        return CompletableFuture.completedFuture(new ShowDocumentResult(true));
    }

    @Override
    public CompletableFuture<Void> registerCapability(RegistrationParams params) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> createProgress(WorkDoneProgressCreateParams params) {
        progressCreated.add(params);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void notifyProgress(ProgressParams params) {
        progress.add(params);
    }

    @Override
    public CompletableFuture<Void> refreshDiagnostics() {
        diagnosticRefreshes.incrementAndGet();
        return CompletableFuture.completedFuture(null);
    }

    /** Waits until {@code test} holds for the log/show messages received so far; false on timeout. */
    boolean awaitMessage(Predicate<MessageParams> test, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (messages.stream().anyMatch(test)) {
                return true;
            }
            Thread.sleep(10);
        }
        return false;
    }

    @Override
    public void telemetryEvent(Object object) {}

    @Override
    public void showMessage(MessageParams messageParams) {
        messages.add(messageParams);
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams message) {
        messages.add(message);
    }
}
