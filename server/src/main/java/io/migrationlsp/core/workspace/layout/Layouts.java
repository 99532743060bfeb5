package io.migrationlsp.core.workspace.layout;

import io.migrationlsp.core.config.Config;
import io.migrationlsp.core.config.Profile;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Every profile's layout, and the detection of which one a folder has. */
public final class Layouts {
    /** In detection order: the most specific marker first (a platform repo may also hold a {@code db/} folder). */
    private static final List<MigrationLayout> ALL = List.of(new PlatformLayout(), new SupabaseLayout(),
            new AlembicLayout(), new SqlxLayout(), new PostgresRlsLayout());

    /** A detected layout: the profile and the migrations folder relative to the root. */
    public record Detected(Profile profile, String migrationsDir) {}

    private Layouts() {}

    public static MigrationLayout of(Profile profile) {
        for (MigrationLayout l : ALL) {
            if (l.profile() == profile) {
                return l;
            }
        }
        throw new IllegalArgumentException("no layout for " + profile);
    }

    /** The first layout {@code root} has, or null. */
    public static Detected detect(Path root) {
        if (root == null) {
            return null;
        }
        for (MigrationLayout l : ALL) {
            String dir = l.detect(root);
            if (dir != null) {
                return new Detected(l.profile(), dir);
            }
        }
        return null;
    }

    /**
     * The project roots at or below {@code dir}, at most {@code depth} folders down, not looking
     * inside a root (its own subfolders belong to it) nor into hidden or dependency folders.
     */
    public static List<Path> rootsUnder(Path dir, int depth) {
        List<Path> found = new ArrayList<>();
        collect(dir, depth, found);
        return found;
    }

    private static void collect(Path dir, int depth, List<Path> found) {
        if (isProjectRoot(dir)) {
            found.add(dir);
            return;
        }
        if (depth == 0) {
            return;
        }
        try (DirectoryStream<Path> children = Files.newDirectoryStream(dir, Files::isDirectory)) {
            List<Path> sorted = new ArrayList<>();
            children.forEach(sorted::add);
            sorted.sort(null);
            for (Path child : sorted) {
                String name = child.getFileName().toString();
                if (!name.startsWith(".") && !name.equals("node_modules") && !Files.isSymbolicLink(child)) {
                    collect(child, depth - 1, found);
                }
            }
        } catch (IOException | RuntimeException e) {
            // An unreadable folder holds no project we could index.
        }
    }

    /** Whether a folder is a project root: it holds the config file or a profile's migrations layout. */
    public static boolean isProjectRoot(Path dir) {
        return Files.isRegularFile(dir.resolve(Config.FILE_NAME)) || detect(dir) != null;
    }
}
