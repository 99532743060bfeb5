package io.migrationlsp.cli;

import io.migrationlsp.core.config.Config;
import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.workspace.Project;
import io.migrationlsp.core.workspace.layout.Layouts;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Turns the PATH arguments of {@code check} into workspaces and the files to check in each.
 * A file given explicitly is always checked; a folder contributes its migration files (or, when it
 * has nothing to do with the migrations folder, every {@code .sql} file under it).
 */
final class FileSelection {
    /** One workspace root with its config and profile, and the absolute paths of the files to check there. */
    record Workspace(Project project, List<Path> files) {}

    private FileSelection() {}

    static List<Workspace> select(List<String> arguments, Path cwd, Path configFile, Profile profile,
                                  DisplayPaths display) throws UsageException {
        Selector selector = new Selector(configFile, profile);
        for (String argument : arguments) {
            Path path = cwd.resolve(argument).normalize();
            if (!Files.exists(path)) {
                throw new UsageException("no such file or directory: " + argument);
            }
            display.addArgument(argument, path);
            selector.add(path, argument);
        }
        List<Workspace> result = new ArrayList<>();
        for (Map.Entry<Path, Project> e : selector.projects.entrySet()) {
            result.add(new Workspace(e.getValue(), List.copyOf(selector.filesByRoot.get(e.getKey()))));
        }
        return result;
    }

    /** Collects files per root, in the order the roots were first met. */
    private static final class Selector {
        private final Path configFile;
        private final Profile profile;
        private final Map<Path, Project> projects = new LinkedHashMap<>();
        private final Map<Path, TreeSet<Path>> filesByRoot = new LinkedHashMap<>();

        Selector(Path configFile, Profile profile) {
            this.configFile = configFile;
            this.profile = profile;
        }

        void add(Path path, String argument) throws UsageException {
            Path root = Project.findRoot(path);
            Project project = projects.computeIfAbsent(root, r -> Project.open(r, configFile, profile));
            TreeSet<Path> files = filesByRoot.computeIfAbsent(root, r -> new TreeSet<>());
            if (!Files.isDirectory(path)) {
                files.add(path);
                return;
            }
            Path migrations = project.migrationsDir().toAbsolutePath().normalize();
            boolean touchesMigrations = Files.isDirectory(migrations)
                    && (path.startsWith(migrations) || migrations.startsWith(path));
            if (touchesMigrations) {
                // The same listing the language server uses, so both agree on what a migration is.
                for (String relative : project.migrationPaths()) {
                    Path file = project.resolve(relative);
                    if (file.startsWith(path)) {
                        files.add(file);
                    }
                }
                return;
            }
            List<Path> nestedRoots = new ArrayList<>();
            files.addAll(sqlFilesUnder(path, argument, nestedRoots));
            // A workspace inside the folder (a monorepo checked from its top) is checked as its own root.
            for (Path nested : nestedRoots) {
                add(nested, argument);
            }
        }
    }

    /** Every .sql file under {@code folder}, except inside hidden folders and workspace roots, which go to {@code nestedRoots}. */
    private static List<Path> sqlFilesUnder(Path folder, String argument, List<Path> nestedRoots) throws UsageException {
        List<Path> result = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(folder)) {
                        return FileVisitResult.CONTINUE;
                    }
                    // .git, .idea, .venv and the like hold no migrations worth checking.
                    if (dir.getFileName().toString().startsWith(".")) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (isWorkspaceRoot(dir)) {
                        nestedRoots.add(dir);
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".sql")) {
                        result.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UsageException("cannot read directory " + argument + ": " + e.getMessage());
        }
        return result;
    }

    /** The test {@link Project#findRoot} applies to each ancestor. */
    private static boolean isWorkspaceRoot(Path dir) {
        return Layouts.isProjectRoot(dir);
    }
}
