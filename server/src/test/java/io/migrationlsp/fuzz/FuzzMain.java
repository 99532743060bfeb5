package io.migrationlsp.fuzz;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The long fuzz run: {@code server/bench/fuzz.sh [inputs] [seed] [big-file-MB]} (defaults 100000,
 * 1, 50; 0 skips the big inputs). Runs the big inputs, then mutated migrations, checks every invariant of
 * {@link FuzzHarness}, writes each failing input to {@code server/target/fuzz-failures/} and prints
 * a summary. Exit code 0 when nothing failed, 1 otherwise.
 */
public final class FuzzMain {
    private FuzzMain() {}

    public static void main(String[] args) throws Exception {
        int inputs = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1L;
        int bigMb = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        Path serverDir = Paths.get(System.getProperty("migrationlsp.server", "server")).toAbsolutePath().normalize();
        Path failures = serverDir.resolve("target/fuzz-failures");
        List<String> seeds = FuzzHarness.seeds(serverDir);
        Stats stats = new Stats();
        long start = System.nanoTime();
        try (FuzzHarness harness = new FuzzHarness(FuzzHarness.exampleWorkspace(serverDir))) {
            for (Map.Entry<String, String> big : bigMb <= 0 ? Map.<String, String>of().entrySet() : BigInputs.all(seeds, bigMb).entrySet()) {
                FuzzHarness.Outcome o = harness.run(big.getValue(), 600_000);
                System.out.printf(Locale.ROOT, "big input %-50s %,12d chars %8.1f ms %6d findings %s%n", big.getKey(),
                        big.getValue().length(), o.nanos() / 1e6, o.findings(), o.failure() == null ? "ok" : "FAILED");
                stats.add("big: " + big.getKey(), big.getValue(), o, failures);
            }
        }
        // Then mutated migrations, round-robin over every profile's example (SQL or Python revisions).
        List<FuzzHarness> harnesses = FuzzHarness.everyExample(serverDir);
        String profiles = String.join(", ", harnesses.stream().map(FuzzHarness::profile).toList());
        List<Mutator> mutators = new ArrayList<>();
        for (FuzzHarness h : harnesses) {
            mutators.add(new Mutator(seed, FuzzHarness.seeds(serverDir, h.seedExtension())));
        }
        try {
            for (int i = 0; i < inputs; i++) {
                int k = i % harnesses.size();
                Mutator.Mutant input = mutators.get(k).input(i / harnesses.size());
                String what = harnesses.get(k).profile() + " " + input.description();
                stats.add("#" + i + " " + what, input.text(), harnesses.get(k).run(input.text(), 10_000), failures);
                if ((i + 1) % 10_000 == 0) {
                    System.out.printf(Locale.ROOT, "%,d inputs, %d failures, %.0f s%n", i + 1, stats.failures,
                            (System.nanoTime() - start) / 1e9);
                }
            }
        } finally {
            harnesses.forEach(FuzzHarness::close);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%nfuzz summary: seed %d, %,d mutated inputs over %s + big inputs (%d MB file), %d failures%n",
                seed, inputs, profiles, bigMb, stats.failures);
        System.out.printf(Locale.ROOT, "total %.1f s, %.0f inputs/s, %.1f MB analysed, heap max %d MB%n", seconds,
                stats.count / seconds, stats.chars / 1e6, Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "slowest mutated input: %.1f ms (%s, %,d chars)%n", stats.slowestMutated / 1e6,
                stats.slowestMutatedName, stats.slowestMutatedChars);
        System.exit(stats.failures == 0 ? 0 : 1);
    }

    private static final class Stats {
        int count;
        int failures;
        long chars;
        long slowestMutated;
        String slowestMutatedName = "-";
        int slowestMutatedChars;

        void add(String name, String text, FuzzHarness.Outcome o, Path failureDir) throws Exception {
            count++;
            chars += text.length();
            if (!name.startsWith("big:") && o.nanos() > slowestMutated) {
                slowestMutated = o.nanos();
                slowestMutatedName = name;
                slowestMutatedChars = text.length();
            }
            if (o.failure() != null) {
                failures++;
                Files.createDirectories(failureDir);
                Path f = failureDir.resolve("failure-" + failures + ".sql");
                Files.writeString(f, text, StandardCharsets.UTF_8);
                if (failures <= 50) {
                    System.out.println("FAILURE " + name + " -> " + f + "\n  " + o.failure());
                }
            }
        }
    }
}
