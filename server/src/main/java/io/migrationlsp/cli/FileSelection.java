package io.migrationlsp.cli;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.workspace.Project;
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
        Map<Path, Project> projects = new LinkedHashMap<>();
        Map<Path, TreeSet<Path>> filesByRoot = new LinkedHashMap<>();
        for (String argument : arguments) {
            Path path = cwd.resolve(argument).normalize();
            if (!Files.exists(path)) {
                throw new UsageException("no such file or directory: " + argument);
            }
            display.addArgument(argument, path);
            Path root = Project.findRoot(path);
            Project project = projects.computeIfAbsent(root, r -> Project.open(r, configFile, profile));
            TreeSet<Path> files = filesByRoot.computeIfAbsent(root, r -> new TreeSet<>());
            if (Files.isDirectory(path)) {
                files.addAll(filesUnder(path, project, argument));
            } else {
                files.add(path);
            }
        }
        List<Workspace> result = new ArrayList<>();
        for (Map.Entry<Path, Project> e : projects.entrySet()) {
            result.add(new Workspace(e.getValue(), List.copyOf(filesByRoot.get(e.getKey()))));
        }
        return result;
    }

    private static List<Path> filesUnder(Path folder, Project project, String argument) throws UsageException {
        Path migrations = project.migrationsDir().toAbsolutePath().normalize();
        boolean touchesMigrations = Files.isDirectory(migrations)
                && (folder.startsWith(migrations) || migrations.startsWith(folder));
        if (!touchesMigrations) {
            return sqlFilesUnder(folder, argument);
        }
        // The same listing the language server uses, so both agree on what a migration is.
        List<Path> result = new ArrayList<>();
        for (String relative : project.migrationPaths()) {
            Path file = project.resolve(relative);
            if (file.startsWith(folder)) {
                result.add(file);
            }
        }
        return result;
    }

    private static List<Path> sqlFilesUnder(Path folder, String argument) throws UsageException {
        List<Path> result = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    // .git, .idea, .venv and the like hold no migrations worth checking.
                    boolean hidden = !dir.equals(folder) && dir.getFileName().toString().startsWith(".");
                    return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
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
}
