package io.migrationlsp.core.analysis;

import io.migrationlsp.core.config.Config;
import io.migrationlsp.core.config.Profile;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Works out JSqlParser's verdicts for the files a sequential check is about to reach, on a second
 * thread: the rules that parse (syntax-error) run over each file ahead of the check, and their
 * verdicts land in the validator's cache by statement text, so when the check runs its rules on
 * the file the parses are done. The findings are the check's own; this only moves work to another
 * core. It stays at most {@value #WINDOW} files ahead, so the verdicts are still cached when needed,
 * and at least {@value #GAP}, so the two do not parse the same statements at the same time.
 */
public final class ParseAhead implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(ParseAhead.class.getName());
    private static final int WINDOW = 64;
    /** How far ahead of the check a file must be for this thread to take it. */
    private static final int GAP = 4;

    private final Thread thread;
    private volatile int reached;
    private volatile boolean closed;

    private ParseAhead(Analyzer analyzer, List<String> paths, Function<String, SqlFile> models, Config config,
                       Profile profile) {
        Analyzer parsing = analyzer.parsingRulesOnly();
        this.thread = new Thread(null, () -> {
            try {
                for (int i = GAP; i < paths.size() && !closed; i++) {
                    synchronized (this) {
                        while (i > reached + WINDOW && !closed) {
                            wait();
                        }
                    }
                    // Caught up with the check: both would parse the same statements. Skip ahead of it
                    // instead; the check parses the files skipped, the two together twice as fast.
                    i = Math.max(i, reached + GAP);
                    if (i >= paths.size()) {
                        break;
                    }
                    SqlFile file = models.apply(paths.get(i));
                    if (file != null) {
                        parsing.analyze(file, config, profile, WorkspaceView.NOT_READY, () -> closed);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException | StackOverflowError e) {
                // Only an optimisation: the check parses whatever this did not.
                LOG.log(Level.FINE, "parsing ahead stopped", e);
            }
        }, "migration-lsp-parse-ahead", 16L * 1024 * 1024);
        thread.setDaemon(true);
    }

    /**
     * Starts parsing {@code paths} (workspace-relative, in the order the check takes them) ahead of
     * the check; {@code models} gives a file's model (null when unreadable). Does nothing when no
     * rule of the profile parses, or on a single core.
     */
    public static ParseAhead start(Analyzer analyzer, List<String> paths, Function<String, SqlFile> models,
                                   Config config, Profile profile) {
        ParseAhead ahead = new ParseAhead(analyzer, paths, models, config, profile);
        if (analyzer.parses(profile) && Runtime.getRuntime().availableProcessors() > 1 && paths.size() > 1) {
            ahead.thread.start();
        }
        return ahead;
    }

    /** The check has finished the first {@code files} files. */
    public synchronized void reached(int files) {
        reached = files;
        notifyAll();
    }

    /** Waits until this has parsed all it may (tests: the check does not move on meanwhile). */
    void join() throws InterruptedException {
        thread.join();
    }

    @Override
    public void close() {
        closed = true;
        synchronized (this) {
            notifyAll();
        }
    }
}
