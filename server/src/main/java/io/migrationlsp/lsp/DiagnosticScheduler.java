package io.migrationlsp.lsp;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Analyses documents off the message thread, on one thread, ~100 ms after the last edit. A new
 * edit cancels the pending or running analysis of that document; a result whose version is no
 * longer the open one is dropped. Everything the task does is inside a catch of Throwable: an
 * Error escaping here would otherwise kill the thread and the server would stop reporting.
 */
final class DiagnosticScheduler implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(DiagnosticScheduler.class.getName());
    static final long DEBOUNCE_MILLIS = 100;

    private record Pending(ScheduledFuture<?> future, AtomicBoolean cancelled) {}

    private final DocumentStore documents;
    private final AnalysisCache analyses;
    private final Consumer<Analysis> publisher;
    private final ScheduledExecutorService executor;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    DiagnosticScheduler(DocumentStore documents, AnalysisCache analyses, Consumer<Analysis> publisher) {
        this.documents = documents;
        this.analyses = analyses;
        this.publisher = publisher;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            // Deep statement nesting recurses in the modeler: give it room.
            Thread t = new Thread(null, r, "migration-lsp-analysis", 16L * 1024 * 1024);
            t.setDaemon(true);
            return t;
        });
    }

    void schedule(String uri) {
        schedule(uri, DEBOUNCE_MILLIS);
    }

    synchronized void schedule(String uri, long delayMillis) {
        AtomicBoolean cancelled = new AtomicBoolean();
        Pending previous = pending.get(uri);
        if (previous != null) {
            previous.cancelled().set(true);
            previous.future().cancel(false);
        }
        ScheduledFuture<?> f = executor.schedule(() -> run(uri, cancelled), delayMillis, TimeUnit.MILLISECONDS);
        pending.put(uri, new Pending(f, cancelled));
    }

    synchronized void cancel(String uri) {
        Pending p = pending.remove(uri);
        if (p != null) {
            p.cancelled().set(true);
            p.future().cancel(false);
        }
    }

    /**
     * Runs {@code task} on the analysis thread {@value #DEBOUNCE_MILLIS} ms after the last call with
     * the same key; a call within that time replaces the pending one.
     */
    synchronized void debounce(String key, Runnable task) {
        Pending previous = pending.get(key);
        if (previous != null) {
            previous.future().cancel(false);
        }
        ScheduledFuture<?> f = executor.schedule(() -> {
            try {
                task.run();
            } catch (Throwable t) {
                LOG.log(Level.WARNING, "debounced task " + key + " failed", t);
            }
        }, DEBOUNCE_MILLIS, TimeUnit.MILLISECONDS);
        pending.put(key, new Pending(f, new AtomicBoolean()));
    }

    /** Runs a task on the analysis thread (e.g. warming up the analysis), with the same guard. */
    void submit(Runnable task) {
        executor.execute(() -> {
            try {
                task.run();
            } catch (Throwable t) {
                LOG.log(Level.WARNING, "background task failed", t);
            }
        });
    }

    private void run(String uri, AtomicBoolean cancelled) {
        try {
            Document doc = documents.get(uri);
            if (doc == null || cancelled.get()) {
                return;
            }
            // While the history is indexed: the provisional findings now, the full ones when it is done.
            Analysis a = analyses.current(doc, cancelled::get);
            Document now = documents.get(uri);
            if (cancelled.get() || now == null || now.version() != doc.version()) {
                return;
            }
            publisher.accept(a);
        } catch (CancellationException e) {
            LOG.fine(() -> "analysis of " + uri + " cancelled");
        } catch (Throwable t) {
            LOG.log(Level.SEVERE, "analysis of " + uri + " failed", t);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
