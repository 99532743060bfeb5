package io.migrationlsp.core.workspace.layout;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.workspace.MigrationEntry;
import java.nio.file.Path;
import java.util.Comparator;

/**
 * How a profile lays out its migrations: which folder, which files are migrations, what their
 * names mean and the order the runner executes them in. One implementation per profile.
 */
public interface MigrationLayout {
    Profile profile();

    /**
     * The migrations folder (workspace-relative) when {@code root} has this layout, else null.
     * Detection only looks at the folder structure, never at file contents beyond a listing.
     */
    String detect(Path root);

    /** The folder used when the layout is chosen by configuration and the folder is not set. */
    String defaultMigrationsDir();

    /** Whether a file (by name) under the migrations folder is one the profile reads. */
    boolean isMigrationFile(String fileName);

    /**
     * The entry for a file; {@code rest} is its path below the migrations folder (with {@code /}).
     */
    MigrationEntry entry(String path, String rest);

    /** Run order: the history first, in the order the runner executes it, then the rest. */
    default Comparator<MigrationEntry> runOrder() {
        return Comparator.comparingInt((MigrationEntry e) -> e.kind().ordinal())
                .thenComparingLong(e -> e.version() < 0 ? Long.MAX_VALUE : e.version())
                .thenComparing(MigrationEntry::path);
    }
}
