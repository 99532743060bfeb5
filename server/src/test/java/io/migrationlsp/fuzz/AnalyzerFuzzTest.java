package io.migrationlsp.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import io.migrationlsp.core.rules.RuleRunner;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bounded fuzz run of {@code mvn test}: 2,000 seeded mutations of the rule fixtures and
 * examples (plus random bytes), and the pathological big inputs at a few MB. Invariants (see
 * {@link FuzzHarness}): no exception escapes {@code Analyzer.analyze}, every finding and fix edit
 * lies inside its file, each input ends within a generous bound, with the default surefire heap.
 * The long run is {@link FuzzMain} ({@code server/bench/fuzz.sh}).
 */
class AnalyzerFuzzTest {
    private static final Path SERVER = Paths.get("").toAbsolutePath();
    /** Generous: a 2-core shared CI machine must not flake. The slowest input is printed. */
    private static final long MUTANT_BOUND_MS = 10_000;
    private static final long BIG_BOUND_MS = 120_000;

    private static FuzzHarness harness;
    private static List<String> seeds;

    @BeforeAll
    static void setUp() throws Exception {
        seeds = FuzzHarness.seeds(SERVER);
        harness = new FuzzHarness(FuzzHarness.exampleWorkspace(SERVER));
    }

    @AfterAll
    static void tearDown() {
        harness.close();
    }

    @Test
    void twoThousandMutatedMigrations() {
        Mutator mutator = new Mutator(20261129L, seeds);
        List<String> failures = new ArrayList<>();
        long slowest = 0;
        String slowestWhat = "";
        long start = System.nanoTime();
        int n = 2_000;
        for (int i = 0; i < n; i++) {
            Mutator.Mutant input = mutator.input(i);
            String text = input.text();
            String what = input.description();
            FuzzHarness.Outcome o = harness.run(text, MUTANT_BOUND_MS);
            if (o.nanos() > slowest) {
                slowest = o.nanos();
                slowestWhat = "#" + i + " " + what;
            }
            if (o.failure() != null) {
                failures.add("#" + i + " " + what + ": " + o.failure() + "\n--- input ---\n" + abbreviate(text));
            }
        }
        System.out.printf(Locale.ROOT, "fuzz: %d mutated inputs in %.1f s, slowest %.1f ms (%s)%n", n,
                (System.nanoTime() - start) / 1e9, slowest / 1e6, slowestWhat);
        assertEquals(List.of(), failures.subList(0, Math.min(5, failures.size())), failures.size() + " failures");
    }

    /**
     * The Postgres profiles on mutants of the same seeds, inside their example workspaces (history,
     * rollback and down files): besides the invariants above, no rule may throw (the runner would
     * log it and carry on, so the log is watched).
     */
    @Test
    void mutatedMigrationsUnderThePostgresProfiles() {
        List<String> failures = new ArrayList<>();
        Logger log = Logger.getLogger(RuleRunner.class.getName());
        Handler watch = new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
                    synchronized (failures) {
                        failures.add(r.getMessage() + ": " + r.getThrown());
                    }
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        log.addHandler(watch);
        Map<String, String> workspaces = Map.of("postgres-rls", "db/migrations/005_add_orders.sql",
                "sqlx", "migrations/0004_create_prescriptions.up.sql");
        try {
            for (Map.Entry<String, String> w : workspaces.entrySet()) {
                Mutator mutator = new Mutator(20261130L, seeds);
                try (FuzzHarness h = new FuzzHarness(SERVER.resolve("../examples/" + w.getKey()).normalize(), w.getValue())) {
                    for (int i = 0; i < 400; i++) {
                        Mutator.Mutant m = mutator.next();
                        FuzzHarness.Outcome o = h.run(m.text(), MUTANT_BOUND_MS);
                        if (o.failure() != null) {
                            failures.add(w.getKey() + " #" + i + " " + m.description() + ": " + o.failure());
                        }
                    }
                }
            }
        } finally {
            log.removeHandler(watch);
        }
        assertEquals(List.of(), failures.subList(0, Math.min(5, failures.size())), failures.size() + " failures");
    }

    @Test
    void pathologicalBigInputs() {
        List<String> failures = new ArrayList<>();
        Map<String, String> inputs = BigInputs.all(seeds, 2);
        for (Map.Entry<String, String> e : inputs.entrySet()) {
            FuzzHarness.Outcome o = harness.run(e.getValue(), BIG_BOUND_MS);
            System.out.printf(Locale.ROOT, "fuzz big input %-50s %,11d chars %9.1f ms%n", e.getKey(), e.getValue().length(),
                    o.nanos() / 1e6);
            if (o.failure() != null) {
                failures.add(e.getKey() + ": " + o.failure());
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(inputs.size() >= 10, "the big inputs ran");
    }

    private static String abbreviate(String s) {
        return s.length() > 400 ? s.substring(0, 400) + "... (" + s.length() + " chars)" : s;
    }
}
