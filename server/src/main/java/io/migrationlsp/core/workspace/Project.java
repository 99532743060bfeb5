package io.migrationlsp.core.workspace;

import io.migrationlsp.core.analysis.WorkspaceView;
import io.migrationlsp.core.config.Config;
import io.migrationlsp.core.config.ConfigLoader;
import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.ProfileDetector;
import io.migrationlsp.core.workspace.layout.Layouts;
import io.migrationlsp.core.workspace.layout.MigrationLayout;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A workspace root with its config and profile: the one place the CLI and the server find the
 * configuration file, the profile and the migration files, so both see the same thing.
 */
public final class Project implements WorkspaceView {
    private static final Logger LOG = Logger.getLogger(Project.class.getName());
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
        Config effective = config.withProfile(profile);
        // The configured folder wins; the platform default means "not configured" for the other profiles.
        if (profile != Profile.PLATFORM && config.migrationsDir().equals(Config.defaults().migrationsDir())) {
            Layouts.Detected found = Layouts.detect(root);
            effective = effective.withMigrationsDir(found != null && found.profile() == profile ? found.migrationsDir()
                    : Layouts.of(profile).defaultMigrationsDir());
        }
        return new Project(root, effective, profile);
    }

    /**
     * Finds the workspace root of a file or folder: the nearest ancestor with the config file or a
     * profile's migrations layout, so each project of a monorepo is its own root.
     */
    public static Path findRoot(Path start) {
        Path p = start.toAbsolutePath().normalize();
        if (!Files.isDirectory(p)) {
            p = p.getParent();
        }
        for (Path q = p; q != null; q = q.getParent()) {
            if (Layouts.isProjectRoot(q)) {
                return q;
            }
        }
        return p;
    }

    /** How this project's profile lays out its migrations. */
    public MigrationLayout layout() {
        return Layouts.of(profile);
    }

    /** Whether a workspace-relative path is a migration file of this project (by place and name, not by existence). */
    public boolean isMigrationPath(String relative) {
        String dir = config.migrationsDir() + "/";
        return relative != null && relative.startsWith(dir)
                && layout().isMigrationFile(relative.substring(relative.lastIndexOf('/') + 1));
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

    /** Files and folders under the migrations folder the last scan skipped (link loops, unreadable, leading outside). */
    public int skippedFiles() {
        migrationPaths();
        return skipped;
    }

    private volatile int skipped;

    /**
     * Walks the migrations folder following links, but never out of the workspace and never round a
     * link loop (the walker detects cycles and reports them as failures, which are skipped like
     * unreadable entries): one warning gives the count, the scan never stops at the first bad entry.
     */
    private List<String> scanMigrations() {
        Path dir = migrationsDir();
        if (!Files.isDirectory(dir)) {
            skipped = 0;
            return List.of();
        }
        List<String> result = new ArrayList<>();
        int[] bad = {0};
        Path realRoot;
        try {
            realRoot = root.toRealPath();
        } catch (IOException e) {
            realRoot = root;
        }
        Path confined = realRoot;
        MigrationLayout layout = layout();
        try {
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), 4, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    String name = d.getFileName() == null ? "" : d.getFileName().toString();
                    if (!d.equals(dir) && (name.startsWith(".") || name.startsWith("__"))) {
                        // .git, __pycache__: tool folders, never migrations.
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (!insideRoot(d, confined)) {
                        bad[0]++;
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && layout.isMigrationFile(f.getFileName().toString())) {
                        if (Files.isReadable(f) && insideRoot(f, confined)) {
                            result.add(relative(f));
                        } else {
                            bad[0]++;
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    // FileSystemLoopException, AccessDeniedException, a link to nowhere: skip and count.
                    // A file deleted while the folder is walked is simply gone, not skipped.
                    if (!(e instanceof NoSuchFileException) || Files.isSymbolicLink(f)) {
                        bad[0]++;
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "listing " + dir + " failed", e);
        }
        skipped = bad[0];
        if (bad[0] > 0) {
            LOG.warning("skipped " + bad[0] + " entries under " + dir
                    + " (symbolic link loops, unreadable files, or links leading outside the workspace)");
        }
        result.sort(null);
        return List.copyOf(result);
    }

    private static boolean insideRoot(Path p, Path realRoot) {
        try {
            return p.toRealPath().startsWith(realRoot);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
