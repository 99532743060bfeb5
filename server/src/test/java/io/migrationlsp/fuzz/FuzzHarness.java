package io.migrationlsp.fuzz;

import io.migrationlsp.core.analysis.Analyzer;
import io.migrationlsp.core.analysis.FileResult;
import io.migrationlsp.core.analysis.SqlValidator;
import io.migrationlsp.core.rules.Edit;
import io.migrationlsp.core.rules.Finding;
import io.migrationlsp.core.rules.Fix;
import io.migrationlsp.core.workspace.Project;
import io.migrationlsp.core.workspace.WorkspaceIndex;
import io.migrationlsp.core.workspace.layout.Layouts;
import io.migrationlsp.rules.RuleRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs {@link Analyzer#analyze} on one input against the platform example workspace and checks the
 * invariants: nothing escapes, every finding and every fix edit lies inside its file, the run ends
 * within the time bound. It analyses on a thread with the JVM's default 1 MB stack, the smallest a
 * caller has (the CLI's main thread, LSP4J's request pool), not the server's roomier analysis thread.
 */
final class FuzzHarness implements AutoCloseable {
    static final String PATH = "_migrations/2026_2_50_1.sql";
    /** Where an input is put in the Alembic example: a new revision of its versions folder. */
    static final String REVISION_PATH = "alembic/versions/ffff00000000_fuzz.py";

    private final SqlValidator validator = new SqlValidator(200); // the server's budget
    private final Analyzer analyzer = new Analyzer(RuleRegistry::forProfile, validator);
    private final Project project;
    private final Map<String, String> otherFiles = new ConcurrentHashMap<>();
    private ExecutorService worker = newWorker();

    record Outcome(String failure, long nanos, int findings) {}

    /** Where the mutated text is analysed: a root migration of the workspace's profile. */
    private final String path;
    /** The mutant is the open buffer of {@link #path}: the cross-file rules see it in its history. */
    private final WorkspaceIndex index;

    FuzzHarness(Path exampleWorkspace) {
        this(exampleWorkspace, PATH);
    }

    /** Inputs analysed as the file at {@code path} of the workspace: an open buffer, so its history sees it. */
    FuzzHarness(Path workspace, String path) {
        this.project = Project.open(workspace, null, null);
        this.path = path;
        this.index = new WorkspaceIndex(project, analyzer);
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "fuzz-analysis", 1024 * 1024);
            t.setDaemon(true);
            return t;
        });
    }

    /** Null failure when every invariant holds. */
    Outcome run(String text, long timeoutMillis) {
        AtomicBoolean cancelled = new AtomicBoolean();
        long t0 = System.nanoTime();
        Future<FileResult> f = worker.submit(() -> {
            index.setOpenText(path, text);
            return analyzer.analyze(path, text, project.config(), project.profile(), index, cancelled::get);
        });
        FileResult result;
        try {
            result = f.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            cancelled.set(true);
            f.cancel(true);
            // The stuck thread is abandoned (daemon) so the next input gets a fresh one.
            worker.shutdownNow();
            worker = newWorker();
            return new Outcome("did not finish within " + timeoutMillis + " ms", System.nanoTime() - t0, 0);
        } catch (ExecutionException e) {
            return new Outcome("exception escaped: " + stackTrace(e.getCause()), System.nanoTime() - t0, 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome("interrupted", System.nanoTime() - t0, 0);
        }
        long nanos = System.nanoTime() - t0;
        return new Outcome(check(text, result.findings()), nanos, result.findings().size());
    }

    private String check(String text, List<Finding> findings) {
        for (Finding f : findings) {
            int length = f.path() == null || f.path().equals(path) ? text.length() : lengthOf(f.path());
            if (f.span().end() > length) {
                return f.ruleId() + " finding " + f.span() + " outside " + f.path() + " (length " + length + ")";
            }
            for (Fix fix : f.fixes()) {
                for (Edit e : fix.edits()) {
                    int len = e.path() == null || e.path().equals(path) ? text.length() : lengthOf(e.path());
                    if (e.span().end() > len) {
                        return f.ruleId() + " fix '" + fix.title() + "' edits " + e.span() + " outside "
                                + (e.path() == null ? path : e.path()) + " (length " + len + ")";
                    }
                    if (e.newText() == null) {
                        return f.ruleId() + " fix '" + fix.title() + "' has a null replacement";
                    }
                }
            }
        }
        return null;
    }

    private int lengthOf(String relative) {
        return otherFiles.computeIfAbsent(relative, r -> {
            try {
                Path p = project.resolve(r);
                return Files.isRegularFile(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).length();
    }

    private static String stackTrace(Throwable t) {
        StringBuilder sb = new StringBuilder(String.valueOf(t));
        StackTraceElement[] st = t.getStackTrace();
        for (int i = 0; i < Math.min(12, st.length); i++) {
            sb.append("\n    at ").append(st[i]);
        }
        return sb.toString();
    }

    /** The rule fixtures and the example migrations, the material the mutator starts from. */
    static List<String> seeds(Path serverDir) throws IOException {
        return seeds(serverDir, ".sql");
    }

    /** The rule fixtures and examples whose names end in {@code extension} (".sql", or ".py" for Alembic revisions). */
    static List<String> seeds(Path serverDir, String extension) throws IOException {
        List<Path> roots = List.of(serverDir.resolve("src/test/resources/rules"), serverDir.resolve("../examples"));
        List<String> out = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path p : files.filter(f -> f.toString().endsWith(extension)).sorted().collect(Collectors.toList())) {
                    out.add(Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no seed files under " + roots);
        }
        return out;
    }

    /**
     * One harness per example workspace under {@code examples/} (one per profile), each analysing its
     * inputs as a new migration of that workspace; {@link #seedExtension()} says which seeds suit it.
     */
    static List<FuzzHarness> everyExample(Path serverDir) {
        List<FuzzHarness> all = new ArrayList<>();
        for (Path root : Layouts.rootsUnder(serverDir.resolve("../examples").normalize(), 2)) {
            Project p = Project.open(root, null, null);
            String name = switch (p.profile()) {
                case PLATFORM -> PATH.substring(PATH.lastIndexOf('/') + 1);
                case POSTGRES_RLS -> "999_fuzz_input.sql";
                case SUPABASE -> "20991231235959_fuzz_input.sql";
                case SQLX -> "9999_fuzz_input.up.sql";
                case ALEMBIC -> REVISION_PATH.substring(REVISION_PATH.lastIndexOf('/') + 1);
            };
            all.add(new FuzzHarness(root, p.config().migrationsDir() + "/" + name));
        }
        return all;
    }

    String profile() {
        return project.profile().id();
    }

    String seedExtension() {
        return path.endsWith(".py") ? ".py" : ".sql";
    }

    static Path exampleWorkspace(Path serverDir) {
        return serverDir.resolve("../examples/platform").normalize();
    }

    @Override
    public void close() {
        worker.shutdownNow();
        validator.close();
    }
}
