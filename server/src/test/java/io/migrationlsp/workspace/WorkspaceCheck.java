package io.migrationlsp.workspace;

import io.migrationlsp.core.analysis.Analyzer;
import io.migrationlsp.core.analysis.SqlValidator;
import io.migrationlsp.core.rules.Finding;
import io.migrationlsp.core.workspace.MigrationNames;
import io.migrationlsp.core.workspace.Project;
import io.migrationlsp.core.workspace.TablesPyModel;
import io.migrationlsp.core.workspace.WorkspaceIndex;
import io.migrationlsp.rules.Fixture;
import io.migrationlsp.rules.RuleRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Workspace fixtures ({@code src/test/resources/workspaces/<name>/}) and checking a whole workspace
 * the way {@code check ROOT} does: one {@link WorkspaceIndex}, every migration, then tables.py.
 */
public final class WorkspaceCheck {
    public static final Path ROOT = Paths.get("src/test/resources/workspaces");
    static final String RULES_FILE = "expect.rules";
    static final String FIXES_FILE = "expect.fixes";
    private static final Analyzer ANALYZER = new Analyzer(RuleRegistry::forProfile, new SqlValidator(5_000));

    /** A workspace fixture: the rule ids it checks and every SQL/Python file with its inline markers. */
    public record Case(Path root, Set<String> rules, Map<String, Fixture> files) {}

    private WorkspaceCheck() {}

    /** Every workspace fixture that has an {@code expect.rules}. */
    public static List<Case> all() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(ROOT)) {
            for (Path dir : dirs.sorted().collect(Collectors.toList())) {
                if (Files.isRegularFile(dir.resolve(RULES_FILE))) {
                    cases.add(load(dir));
                }
            }
        }
        return cases;
    }

    static Case load(Path dir) throws IOException {
        Set<String> rules = new LinkedHashSet<>(lines(dir.resolve(RULES_FILE)));
        Map<String, Fixture> files = new TreeMap<>();
        for (String rel : files(dir)) {
            String text = Files.readString(dir.resolve(rel), StandardCharsets.UTF_8);
            if (rel.endsWith(".sql")) {
                files.put(rel, Fixture.parse(text, "--"));
            } else if (rel.endsWith(".py")) {
                files.put(rel, Fixture.parse(text, "#|--"));
            }
        }
        return new Case(dir, rules, files);
    }

    /** Non-blank lines that are not {@code #} comments. */
    static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toList());
    }

    /** Workspace-relative paths (with /) of every regular file under {@code dir}. */
    static List<String> files(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted()
                    .collect(Collectors.toList());
        }
    }

    /** Findings of every migration and of tables.py, keyed by the workspace-relative file they point into. */
    public static Map<String, List<Finding>> check(Path root) {
        Project project = Project.open(root, null, null);
        WorkspaceIndex index = new WorkspaceIndex(project, ANALYZER);
        Map<String, List<Finding>> byFile = new TreeMap<>();
        for (String path : project.migrationPaths()) {
            add(byFile, path, ANALYZER.analyze(path, index.textOf(path), project.config(), project.profile(), index, () -> false)
                    .findings());
        }
        TablesPyModel tp = index.tablesPy();
        if (tp != null && !project.migrationPaths().isEmpty()) {
            add(byFile, tp.path(), ANALYZER.analyzeTablesPy(tp, project.config(), project.profile(), index, () -> false).findings());
        }
        return byFile;
    }

    private static void add(Map<String, List<Finding>> byFile, String path, List<Finding> findings) {
        for (Finding f : findings) {
            byFile.computeIfAbsent(f.path() == null ? path : f.path(), k -> new ArrayList<>()).add(f);
        }
    }

    /** The name the next root migration takes: the newest root file's year and major, its SEQ + 1, REV 1. */
    public static String nextRootMigration(Path root) throws IOException {
        MigrationNames.Name newest = null;
        try (Stream<Path> files = Files.list(root.resolve("_migrations"))) {
            for (Path p : files.collect(Collectors.toList())) {
                MigrationNames.Name n = MigrationNames.parse(p.getFileName().toString());
                if (n != null && (newest == null || n.seq() > newest.seq())) {
                    newest = n;
                }
            }
        }
        if (newest == null) {
            throw new IllegalStateException("no root migration in " + root);
        }
        return "_migrations/" + newest.year() + "_" + newest.major() + "_" + (newest.seq() + 1) + "_1.sql";
    }

    /** A scratch copy of a workspace, to change files in. */
    public static Path copy(Path from) throws IOException {
        Path to = Files.createTempDirectory("workspace-");
        for (String rel : files(from)) {
            Path target = to.resolve(rel);
            Files.createDirectories(target.getParent());
            Files.copy(from.resolve(rel), target);
        }
        return to;
    }

    public static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
