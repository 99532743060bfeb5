package io.migrationlsp.core.analysis;

import io.migrationlsp.core.text.Dialect;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.parser.Token;

/**
 * Asks JSqlParser whether one statement parses, on a bounded pool of threads with large stacks and
 * a per-statement time budget. Over budget, or too deeply nested for JSqlParser 5.3, is UNKNOWN:
 * never a syntax error. Results are cached by statement text, so a keystroke re-parses one statement.
 */
public final class SqlValidator implements AutoCloseable {
    public enum Outcome { VALID, INVALID, UNKNOWN }

    /** {@code offset} is into the statement text given, or -1. */
    public record Result(Outcome outcome, String message, int offset) {
        static final Result UNKNOWN = new Result(Outcome.UNKNOWN, null, -1);
        static final Result VALID = new Result(Outcome.VALID, null, -1);
    }

    private static final int MAX_NESTING = 9;
    private static final int CACHE_SIZE = 20_000;
    /** Parser threads that may run at once, stuck ones included; past that, statements are not analysed. */
    static final int MAX_WORKERS = 8;

    private static final Logger LOG = Logger.getLogger(SqlValidator.class.getName());

    /** One parse of one statement; {@link #abort()} asks it to stop (a parse may ignore that). */
    interface ParseJob {
        Result run() throws Exception;

        void abort();
    }

    interface ParseJobFactory {
        ParseJob create(String preparedSql);
    }

    private final long budgetMillis;
    private final ParseJobFactory jobs;
    private final ThreadPoolExecutor pool;
    private final Map<String, Result> cache = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Result> eldest) {
            return size() > CACHE_SIZE;
        }
    });

    public SqlValidator(long budgetMillis) {
        this(budgetMillis, null);
    }

    /** {@code jobs} maps (prepared statement text) to a parse; null means JSqlParser. Tests pass a slow one. */
    SqlValidator(long budgetMillis, ParseJobFactory jobs) {
        this.budgetMillis = budgetMillis;
        this.jobs = jobs;
        AtomicInteger n = new AtomicInteger();
        // No queue: every parse gets its own (reused when idle) thread, so a parse that ignores its
        // abort flag holds one thread and never delays the statements after it. Its thread is
        // abandoned; once MAX_WORKERS are busy, further statements are "not analysed" at once.
        this.pool = new ThreadPoolExecutor(0, MAX_WORKERS, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(null, r, "jsqlparser-" + n.incrementAndGet(), 64L * 1024 * 1024);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * How long one file may spend in JSqlParser altogether: 25 statement budgets (5 s in the server,
     * 50 s in the CLI). Statements past it are not analysed by JSqlParser; the token model still is.
     */
    public long fileBudgetNanos() {
        return TimeUnit.MILLISECONDS.toNanos(budgetMillis * 25);
    }

    /** Parses {@code sql} (placeholders already masked, offsets preserved). */
    public Result validate(String sql, Dialect dialect) {
        String key = dialect.name() + '\u0000' + sql;
        Result cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        Result result = parse(sql, dialect);
        if (result.outcome() != Outcome.UNKNOWN) {
            cache.put(key, result);
        }
        return result;
    }

    private Result parse(String sql, Dialect dialect) {
        if (nesting(sql) > MAX_NESTING) {
            return Result.UNKNOWN;
        }
        String prepared = collapseBlankLines(sql);
        ParseJob job;
        try {
            job = jobs != null ? jobs.create(prepared) : jsqlparser(prepared, dialect);
        } catch (Exception e) {
            return Result.UNKNOWN;
        }
        Future<Result> future;
        try {
            future = pool.submit(() -> {
                try {
                    return job.run();
                } catch (ParseException e) {
                    return invalid(e, prepared);
                } catch (Throwable t) {
                    return Result.UNKNOWN;
                }
            });
        } catch (RejectedExecutionException e) {
            // Every worker is busy (stuck parses, or closed): degrade to the token model.
            return Result.UNKNOWN;
        }
        try {
            return future.get(budgetMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            abandon(job, future);
            return Result.UNKNOWN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandon(job, future);
            return Result.UNKNOWN;
        } catch (ExecutionException | CancellationException e) {
            return Result.UNKNOWN;
        }
    }

    private void abandon(ParseJob job, Future<Result> future) {
        job.abort();
        future.cancel(true);
        LOG.fine(() -> "a statement parse ran over " + budgetMillis + " ms; its thread is abandoned ("
                + pool.getActiveCount() + " of " + MAX_WORKERS + " parser threads busy)");
    }

    /** Parser threads running now, stuck ones included. */
    int busyWorkers() {
        return pool.getActiveCount();
    }

    /**
     * JSqlParser's simple grammar first, its complex one (nested expressions, 5-10x slower from its
     * look-ahead) only when the simple one fails, as its own {@code CCJSqlParserUtil.parse} does: a
     * statement the simple grammar accepts is valid, and an invalid one gets the complex grammar's
     * error as before.
     */
    private static ParseJob jsqlparser(String prepared, Dialect dialect) {
        return new ParseJob() {
            private volatile CCJSqlParser current;
            private volatile boolean aborted;

            @Override
            public Result run() throws Exception {
                try {
                    parse(false);
                } catch (ParseException simple) {
                    parse(true);
                }
                return Result.VALID;
            }

            private void parse(boolean complex) throws ParseException {
                CCJSqlParser parser = new CCJSqlParser(prepared)
                        .withSquareBracketQuotation(dialect == Dialect.TSQL)
                        .withAllowComplexParsing(complex);
                current = parser;
                if (aborted) {
                    parser.interrupted = true;
                }
                parser.Statement();
            }

            @Override
            public void abort() {
                aborted = true;
                CCJSqlParser parser = current;
                if (parser != null) {
                    parser.interrupted = true;
                }
            }
        };
    }

    private static Result invalid(ParseException e, String sql) {
        Token bad = e.currentToken != null && e.currentToken.next != null ? e.currentToken.next : e.currentToken;
        int offset = -1;
        String near = null;
        if (bad != null && bad.beginLine > 0) {
            offset = offsetOf(sql, bad.beginLine, bad.beginColumn);
            near = bad.image;
        }
        String message = near == null || near.isEmpty() ? "unexpected end of statement" : "unexpected '" + near + "'";
        return new Result(Outcome.INVALID, message, offset);
    }

    private static int offsetOf(String sql, int line, int column) {
        int l = 1;
        int i = 0;
        while (l < line && i < sql.length()) {
            if (sql.charAt(i) == '\n') {
                l++;
            }
            i++;
        }
        return Math.min(sql.length(), i + Math.max(0, column - 1));
    }

    private static int nesting(String sql) {
        int depth = 0;
        int max = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '(') {
                max = Math.max(max, ++depth);
            } else if (c == ')') {
                depth--;
            }
        }
        return max;
    }

    /** JSqlParser ends a statement at a blank-line run; blank lines become spaces, offsets unchanged. */
    static String collapseBlankLines(String sql) {
        char[] chars = sql.toCharArray();
        boolean seenNewline = false;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c == '\n') {
                if (seenNewline) {
                    chars[i] = ' ';
                }
                seenNewline = true;
            } else if (c == '\r') {
                chars[i] = ' ';
            } else if (!Character.isWhitespace(c)) {
                seenNewline = false;
            }
        }
        return new String(chars);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
