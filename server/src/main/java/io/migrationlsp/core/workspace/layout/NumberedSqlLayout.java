package io.migrationlsp.core.workspace.layout;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.workspace.MigrationEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A flat folder of {@code .sql} files whose names start with their number ({@code NNN_x.sql}, a
 * timestamp, a sqlx version), run in number order; files ending in {@code reverseSuffix} undo a
 * migration and are not part of the history, files in subfolders are never run.
 */
class NumberedSqlLayout implements MigrationLayout {
    private final Profile profile;
    private final String dir;
    private final String reverseSuffix;

    NumberedSqlLayout(Profile profile, String dir, String reverseSuffix) {
        this.profile = profile;
        this.dir = dir;
        this.reverseSuffix = reverseSuffix;
    }

    @Override
    public Profile profile() {
        return profile;
    }

    @Override
    public String detect(Path root) {
        return Files.isDirectory(root.resolve(dir)) ? dir : null;
    }

    @Override
    public String defaultMigrationsDir() {
        return dir;
    }

    @Override
    public boolean isMigrationFile(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".sql");
    }

    @Override
    public MigrationEntry entry(String path, String rest) {
        String name = rest.substring(rest.lastIndexOf('/') + 1);
        MigrationEntry.Kind kind = rest.contains("/") ? MigrationEntry.Kind.MISPLACED
                : reverseSuffix != null && name.toLowerCase(Locale.ROOT).endsWith(reverseSuffix) ? MigrationEntry.Kind.REVERSE
                        : MigrationEntry.Kind.ROOT;
        return new MigrationEntry(path, kind, null, NumberedName.leadingNumber(name));
    }
}
