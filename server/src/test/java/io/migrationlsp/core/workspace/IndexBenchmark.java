package io.migrationlsp.core.workspace;

import io.migrationlsp.core.analysis.Analyzer;
import io.migrationlsp.core.analysis.SqlValidator;
import io.migrationlsp.core.workspace.MigrationEntry.Kind;
import io.migrationlsp.rules.RuleRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Not a test: {@code server/bench/index-bench.sh ROOT} runs it. Measures, in one JVM, indexing and
 * replaying a whole workspace (cold), then re-analysing one edited migration (the newest root file,
 * whose cross-file rules read the schema before it) after each of many edits.
 */
public final class IndexBenchmark {
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        long t0 = System.nanoTime();
        Project project = Project.open(root, null, null);
        try (SqlValidator validator = new SqlValidator(200)) {
            Analyzer analyzer = new Analyzer(RuleRegistry::forProfile, validator);
            WorkspaceIndex index = new WorkspaceIndex(project, analyzer);
            index.build(() -> false, replayed -> { });
            int tables = index.finalSchema().tables().size();
            index.tablesPy();
            index.constants();
            long indexed = System.nanoTime();
            List<MigrationEntry> roots = new ArrayList<>();
            index.migrations().stream().filter(e -> e.kind() == Kind.ROOT).forEach(roots::add);
            MigrationEntry edited = roots.get(roots.size() / 2);
            String text = index.textOf(edited.path());
            long cpu = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean()).getProcessCpuTime();
            System.out.printf("files=%d tables=%d index+replay: %.0f ms wall, %.0f ms CPU (all threads)%n",
                    index.migrations().size(), tables, (indexed - t0) / 1e6, cpu / 1e6);
            // A comment edit keeps the file's schema effect; a DDL edit (a new column) changes it, so the
            // history after the file is replayed again when a rule asks for the final schema.
            measure("comment edit", index, analyzer, project, edited.path(), edits, i -> text + "\n-- edit " + i + "\n");
            measure("DDL edit", index, analyzer, project, edited.path(), edits,
                    i -> text + "\nALTER TABLE {schema_name}.[BENCH_T] ADD C" + i + " INT NULL;\n");
        }
    }

    private static void measure(String what, WorkspaceIndex index, Analyzer analyzer, Project project, String path, int edits,
                                java.util.function.IntFunction<String> edit) {
        double[] ms = new double[edits];
        for (int i = 0; i < edits + 50; i++) {
            String changed = edit.apply(i);
            long s = System.nanoTime();
            index.setOpenText(path, changed);
            analyzer.analyze(path, changed, project.config(), project.profile(), index, () -> false);
            long e = System.nanoTime();
            if (i >= 50) {
                ms[i - 50] = (e - s) / 1e6;
            }
        }
        Arrays.sort(ms);
        System.out.printf("re-analyse %s after a %s (%d edits after 50 warm-up): p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms%n",
                path, what, edits, pct(ms, 50), pct(ms, 95), pct(ms, 99), ms[ms.length - 1]);
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
