package io.migrationlsp.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The Python path of the analysis under the same invariants as {@link AnalyzerFuzzTest}: mutated
 * Alembic revisions (the alembic fixtures and examples, and random bytes) analysed as a new revision
 * of examples/alembic, so the revision reader, the graph and every alembic rule see broken input.
 */
class AlembicFuzzTest {
    private static final Path SERVER = Paths.get("").toAbsolutePath();
    private static final long BOUND_MS = 10_000;

    @Test
    void fiveHundredMutatedRevisions() throws Exception {
        List<String> seeds = FuzzHarness.seeds(SERVER, ".py").stream().filter(s -> s.contains("def upgrade")).toList();
        Path workspace = SERVER.resolve("../examples/alembic").normalize();
        List<String> failures = new ArrayList<>();
        long slowest = 0;
        try (FuzzHarness harness = new FuzzHarness(workspace, FuzzHarness.REVISION_PATH)) {
            Mutator mutator = new Mutator(20261130L, seeds);
            for (int i = 0; i < 500; i++) {
                String text = i % 50 == 49 ? mutator.randomBytes(mutator.random().nextInt(4096)) : mutator.next().text();
                FuzzHarness.Outcome o = harness.run(text, BOUND_MS);
                slowest = Math.max(slowest, o.nanos());
                if (o.failure() != null) {
                    failures.add("#" + i + ": " + o.failure() + "\n--- input ---\n" + text);
                }
            }
        }
        System.out.printf(Locale.ROOT, "alembic fuzz: %d seeds, slowest %.1f ms%n", seeds.size(), slowest / 1e6);
        assertEquals(List.of(), failures.subList(0, Math.min(3, failures.size())), failures.size() + " failures");
    }
}
