package io.migrationlsp.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrationlsp.core.analysis.SqlValidator.Outcome;
import io.migrationlsp.core.analysis.SqlValidator.ParseJob;
import io.migrationlsp.core.text.Dialect;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A parse that ignores its abort flag (JSqlParser checks it only between productions) must not
 * hold up the statements after it: its thread is abandoned and later parses run on other threads.
 */
class SqlValidatorStuckParseTest {
    /** Statements containing STUCK block until the latch opens, deaf to abort and interrupts. */
    private static SqlValidator.ParseJobFactory slow(CountDownLatch release) {
        return sql -> new ParseJob() {
            @Override
            public SqlValidator.Result run() {
                if (sql.contains("STUCK")) {
                    boolean released = false;
                    while (!released) {
                        try {
                            released = release.await(1, TimeUnit.SECONDS);
                        } catch (InterruptedException ignored) {
                            // deaf to interrupts, like a parser in a tight loop
                        }
                    }
                }
                return SqlValidator.Result.VALID;
            }

            @Override
            public void abort() {
                // ignored on purpose
            }
        };
    }

    @Test
    void aStuckParseDoesNotBlockLaterOnes() {
        CountDownLatch release = new CountDownLatch(1);
        try (SqlValidator v = new SqlValidator(200, slow(release))) {
            long t0 = System.nanoTime();
            assertEquals(Outcome.UNKNOWN, v.validate("SELECT STUCK", Dialect.TSQL).outcome(), "over budget is unknown");
            for (int i = 0; i < 20; i++) {
                assertEquals(Outcome.VALID, v.validate("SELECT " + i, Dialect.TSQL).outcome(),
                        "statement " + i + " parses while the stuck one still runs");
            }
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            assertTrue(ms < 10_000, "later parses were not held up (took " + ms + " ms)");
            assertTrue(v.busyWorkers() >= 1, "the stuck parse still holds its (abandoned) thread");
        } finally {
            release.countDown();
        }
    }

    @Test
    void whenEveryWorkerIsStuckStatementsAreNotAnalysedInsteadOfWaiting() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (SqlValidator v = new SqlValidator(100, slow(release))) {
            for (int i = 0; i < SqlValidator.MAX_WORKERS + 3; i++) {
                long t0 = System.nanoTime();
                assertEquals(Outcome.UNKNOWN, v.validate("SELECT STUCK " + i, Dialect.TSQL).outcome());
                long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
                assertTrue(ms < 5_000, "each stuck statement costs at most its budget, took " + ms + " ms");
            }
            assertTrue(v.busyWorkers() <= SqlValidator.MAX_WORKERS, "threads stay bounded: " + v.busyWorkers());
            assertEquals(Outcome.UNKNOWN, v.validate("SELECT 1", Dialect.TSQL).outcome(),
                    "with every thread stuck, a statement degrades to the token model at once");
            release.countDown();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            Outcome after = Outcome.UNKNOWN;
            while (after != Outcome.VALID && System.nanoTime() < deadline) {
                Thread.sleep(50);
                after = v.validate("SELECT 2", Dialect.TSQL).outcome();
            }
            assertEquals(Outcome.VALID, after, "once the stuck parses return, their threads serve again");
        } finally {
            release.countDown();
        }
    }

    @Test
    void realParserStillValidatesAndRejects() {
        try (SqlValidator v = new SqlValidator(5_000)) {
            assertEquals(Outcome.VALID, v.validate("CREATE TABLE [a].[b] (ID INT NOT NULL)", Dialect.TSQL).outcome());
            assertEquals(Outcome.INVALID, v.validate("CREATE TABLE [a].[b] (ID INT NOT NULL", Dialect.TSQL).outcome());
        }
    }
}
