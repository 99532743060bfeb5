package io.migrationlsp.workspace;

import io.migrationlsp.core.analysis.Analyzer;
import io.migrationlsp.core.analysis.ManifestFindings;
import io.migrationlsp.core.analysis.SqlValidator;
import io.migrationlsp.core.rules.Finding;
import io.migrationlsp.core.workspace.MigrationNames;
import io.migrationlsp.core.config.Profile;
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
 * the way {@code check ROOT} does: one {@link WorkspaceIndex}, every migration, then tables.py and
 * the schema manifest; the profile is detected from the layout. A fixture with a {@value #GIT_BASE}
 * folder is checked as a git repository: that folder's files committed on {@code main}, then the
 * fixture's own files written over them (uncommitted), as a branch's working tree.
 */
public final class WorkspaceCheck {
    public static final Path ROOT = Paths.get("src/test/resources/workspaces");
    static final String RULES_FILE = "expect.rules";
    static final String FIXES_FILE = "expect.fixes";
    static final String GIT_BASE = "git-base";
    private static final Analyzer ANALYZER = new Analyzer(RuleRegistry::forProfile, new SqlValidator(5_000));

    /** A workspace fixture: the rule ids it checks and every SQL/Python file with its inline markers. */
    public record Case(Path root, Set<String> rules, Map<String, Fixture> files) {}

    private WorkspaceCheck() {}

    /** The profile a workspace fixture is checked under: its config's, else the one its layout shows. */
    public static Profile profile(Path root) {
        return Project.open(root, null, null).profile();
    }

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
            } else if (rel.endsWith(".json")) {
                files.put(rel, Fixture.parse(text, "//"));
            }
        }
        return new Case(dir, rules, files);
    }

    /** Non-blank lines that are not {@code #} comments. */
    static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toList());
    }

    /** Workspace-relative paths (with /) of every regular file under {@code dir}, the git base left out. */
    static List<String> files(Path dir) throws IOException {
        return allFiles(dir).stream().filter(p -> !p.startsWith(GIT_BASE + "/")).collect(Collectors.toList());
    }

    private static List<String> allFiles(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted()
                    .collect(Collectors.toList());
        }
    }

    /** Findings of every migration and of tables.py, keyed by the workspace-relative file they point into. */
    public static Map<String, List<Finding>> check(Path root) {
        if (!Files.isDirectory(root.resolve(GIT_BASE))) {
            return checkHere(root);
        }
        Path repo;
        try {
            repo = Files.createTempDirectory("workspace-git-");
            for (String rel : files(root.resolve(GIT_BASE))) {
                copyFile(root.resolve(GIT_BASE).resolve(rel), repo.resolve(rel));
            }
            GitRepo.init(repo).commitAll("base");
            for (String rel : files(root)) {
                copyFile(root.resolve(rel), repo.resolve(rel));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return checkHere(repo);
        } finally {
            delete(repo);
        }
    }

    private static void copyFile(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static Map<String, List<Finding>> checkHere(Path root) {
        Project project = Project.open(root, null, null);
        WorkspaceIndex index = new WorkspaceIndex(project, ANALYZER);
        Map<String, List<Finding>> byFile = new TreeMap<>();
        for (String path : project.migrationPaths()) {
            add(byFile, path, ANALYZER.analyze(path, index.textOf(path), project.config(), project.profile(), index, () -> false)
                    .findings());
        }
        if (project.profile() == Profile.SUPABASE && index.manifest() != null) {
            add(byFile, project.config().manifest(), ManifestFindings.of(index.manifest()));
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
        for (String rel : allFiles(from)) {
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
