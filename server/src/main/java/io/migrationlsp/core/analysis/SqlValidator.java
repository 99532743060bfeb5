package io.migrationlsp.core.analysis;

import io.migrationlsp.core.text.Dialect;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
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

    private final long budgetMillis;
    private final ExecutorService pool;
    private final Map<String, Result> cache = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Result> eldest) {
            return size() > CACHE_SIZE;
        }
    });

    public SqlValidator(long budgetMillis) {
        this.budgetMillis = budgetMillis;
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(1, 2, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(null, r, "jsqlparser-" + n.incrementAndGet(), 64L * 1024 * 1024);
            t.setDaemon(true);
            return t;
        });
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
        CCJSqlParser parser;
        try {
            parser = new CCJSqlParser(prepared)
                    .withSquareBracketQuotation(dialect == Dialect.TSQL)
                    .withAllowComplexParsing(true);
        } catch (ParseException | RuntimeException e) {
            return Result.UNKNOWN;
        }
        Future<Result> future = pool.submit(() -> {
            try {
                parser.Statement();
                return Result.VALID;
            } catch (ParseException e) {
                return invalid(e, prepared);
            } catch (Throwable t) {
                return Result.UNKNOWN;
            }
        });
        try {
            return future.get(budgetMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            parser.interrupted = true;
            future.cancel(true);
            return Result.UNKNOWN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            parser.interrupted = true;
            return Result.UNKNOWN;
        } catch (ExecutionException e) {
            return Result.UNKNOWN;
        }
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
