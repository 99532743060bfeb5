package io.migrationlsp.lsp;

import io.migrationlsp.core.workspace.MigrationEntry;
import io.migrationlsp.core.workspace.WorkspaceIndex;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkDoneProgressNotification;
import org.eclipse.lsp4j.WorkDoneProgressReport;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Warms the workspace root project's index after {@code initialized}: models every migration (on
 * every core), replays the history and reads tables.py and constants.py, so the first cross-file
 * analysis is fast. It runs on its own threads and takes the index's lock one file at a time, so
 * requests and edits interleave with it instead of waiting for the whole workspace. With a client that
 * declares {@code window.workDoneProgress} it reports {@code $/progress} begin/report/end.
 */
final class BackgroundIndexer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(BackgroundIndexer.class.getName());
    /** At most this many reports per run: enough to move a progress bar, few enough to be cheap. */
    private static final int REPORTS = 20;

    private final ServerSession session;
    private volatile boolean closed;
    private volatile boolean indexing;

    BackgroundIndexer(ServerSession session) {
        this.session = session;
    }

    /** Indexes every project at or a few folders below the workspace root (a monorepo has several), one after the other. */
    void start() {
        if (closed) {
            return;
        }
        indexing = true;
        Thread t = new Thread(() -> {
            try {
                for (Path project : session.projects.workspaceProjectRoots()) {
                    if (!closed) {
                        run(project);
                        session.historyIndexed();
                    }
                }
            } finally {
                indexing = false;
                // A document outside every indexed project waited for none of them: full analysis now.
                session.historyIndexed();
            }
        }, "migration-lsp-indexer");
        t.setDaemon(true);
        t.start();
    }

    private void run(Path root) {
        long started = System.nanoTime();
        Progress progress = Progress.create(session);
        int files = 0;
        try {
            WorkspaceIndex index = session.projects.forRoot(root).index();
            List<MigrationEntry> migrations = index.migrations();
            files = migrations.size();
            warnAboutSkipped(index);
            progress.begin("Indexing migrations", migrations.size() + " files");
            int step = Math.max(1, migrations.size() / REPORTS);
            index.build(() -> closed, replayed -> {
                if (replayed % step == 0) {
                    progress.report(replayed + "/" + migrations.size(), (int) (95L * replayed / Math.max(1, migrations.size())));
                }
            });
            if (!closed) {
                // After a change during the build, this finishes the replay from the checkpoints it left.
                index.finalSchema();
                index.tablesPy();
                index.constants();
            }
        } catch (Throwable t) {
            LOG.log(Level.WARNING, "indexing " + root + " failed", t);
        } finally {
            progress.end();
            log("migration-lsp: indexed " + files + " migrations of " + root + " in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
        }
    }

    /** One message per project, so an unreadable folder or a link loop is not a silent hole in the history. */
    private void warnAboutSkipped(WorkspaceIndex index) {
        int skipped = index.project().skippedFiles();
        LanguageClient c = session.client();
        if (skipped > 0 && c != null && !closed) {
            c.showMessage(new MessageParams(MessageType.Warning, "migration-lsp skipped " + skipped
                    + (skipped == 1 ? " entry" : " entries") + " under " + index.project().migrationsDir()
                    + " (symbolic link loops, unreadable files, or links leading outside the workspace)."));
        }
    }

    /** Also the signal that indexing is over, for whoever reads the log (and the tests). */
    private void log(String message) {
        LanguageClient c = session.client();
        if (c != null && !closed) {
            c.logMessage(new MessageParams(MessageType.Log, message));
        }
    }

    /** Whether projects of the workspace are still to be indexed (from {@link #start} until all are). */
    boolean indexing() {
        return indexing;
    }

    @Override
    public void close() {
        closed = true;
    }

    /** One work-done progress token, or nothing when the client does not take them. */
    private static final class Progress {
        private final LanguageClient client;
        private final Either<String, Integer> token;
        private boolean begun;

        private Progress(LanguageClient client, Either<String, Integer> token) {
            this.client = client;
            this.token = token;
        }

        static Progress create(ServerSession session) {
            LanguageClient c = session.client();
            if (c == null || !session.features().workDoneProgress()) {
                return new Progress(null, null);
            }
            Either<String, Integer> token = Either.forLeft("migration-lsp-index-" + System.nanoTime());
            try {
                // Progress may only be sent on a token the client accepted.
                c.createProgress(new WorkDoneProgressCreateParams(token)).get(10, TimeUnit.SECONDS);
                return new Progress(c, token);
            } catch (Exception e) {
                LOG.log(Level.FINE, "window/workDoneProgress/create refused", e);
                return new Progress(null, null);
            }
        }

        void begin(String title, String message) {
            if (client == null) {
                return;
            }
            WorkDoneProgressBegin b = new WorkDoneProgressBegin();
            b.setTitle(title);
            b.setMessage(message);
            b.setPercentage(0);
            b.setCancellable(false);
            send(b);
            begun = true;
        }

        void report(String message, int percentage) {
            if (client == null || !begun) {
                return;
            }
            WorkDoneProgressReport r = new WorkDoneProgressReport();
            r.setMessage(message);
            r.setPercentage(percentage);
            send(r);
        }

        void end() {
            if (client == null || !begun) {
                return;
            }
            WorkDoneProgressEnd e = new WorkDoneProgressEnd();
            e.setMessage("Indexed");
            send(e);
        }

        private void send(WorkDoneProgressNotification n) {
            client.notifyProgress(new ProgressParams(token, Either.forLeft(n)));
        }
    }
}
