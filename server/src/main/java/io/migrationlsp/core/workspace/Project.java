package io.migrationlsp.core.workspace;

import io.migrationlsp.core.analysis.WorkspaceView;
import io.migrationlsp.core.config.Config;
import io.migrationlsp.core.config.ConfigLoader;
import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.ProfileDetector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A workspace root with its config and profile: the one place the CLI and the server find the
 * configuration file, the profile and the migration files, so both see the same thing.
 */
public final class Project implements WorkspaceView {
    private final Path root;
    private final Config config;
    private final Profile profile;
    private volatile List<String> migrationPaths;

    public Project(Path root, Config config, Profile profile) {
        this.root = root;
        this.config = config;
        this.profile = profile;
    }

    /** Loads the config found at {@code root} (or {@code configFile}), then lays editor settings or flags over it. */
    public static Project open(Path root, Path configFile, Profile forcedProfile) {
        Path abs = root.toAbsolutePath().normalize();
        Config config = configFile != null ? ConfigLoader.load(configFile.toAbsolutePath().getParent(), configFile)
                : ConfigLoader.load(abs);
        return withConfig(abs, config, forcedProfile);
    }

    public static Project withConfig(Path root, Config config, Profile forcedProfile) {
        Profile profile = forcedProfile != null ? forcedProfile : ProfileDetector.detect(root, config);
        return new Project(root, config.withProfile(profile), profile);
    }

    /** Finds the workspace root of a file or folder: the nearest ancestor with the config file or the migrations folder. */
    public static Path findRoot(Path start) {
        Path p = start.toAbsolutePath().normalize();
        if (!Files.isDirectory(p)) {
            p = p.getParent();
        }
        for (Path q = p; q != null; q = q.getParent()) {
            if (Files.isRegularFile(q.resolve(Config.FILE_NAME)) || Files.isDirectory(q.resolve("_migrations"))) {
                return q;
            }
        }
        return p;
    }

    @Override
    public Path root() {
        return root;
    }

    public Config config() {
        return config;
    }

    public Profile profile() {
        return profile;
    }

    /** Workspace-relative path with forward slashes. */
    public String relative(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        String rel = abs.startsWith(root) ? root.relativize(abs).toString() : abs.toString();
        return rel.replace('\\', '/');
    }

    public Path resolve(String relative) {
        return root.resolve(relative).normalize();
    }

    public Path migrationsDir() {
        return root.resolve(config.migrationsDir());
    }

    @Override
    public List<String> migrationPaths() {
        List<String> cached = migrationPaths;
        if (cached == null) {
            cached = scanMigrations();
            migrationPaths = cached;
        }
        return cached;
    }

    /** Forgets the file listing, after files were created, deleted or renamed. */
    public void invalidateListing() {
        migrationPaths = null;
    }

    private List<String> scanMigrations() {
        Path dir = migrationsDir();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir, 4, new FileVisitOption[0])) {
            files.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().toLowerCase().endsWith(".sql"))
                    .forEach(f -> result.add(relative(f)));
        } catch (IOException | UncheckedIOException e) {
            return List.copyOf(result);
        }
        result.sort(null);
        return List.copyOf(result);
    }
}
