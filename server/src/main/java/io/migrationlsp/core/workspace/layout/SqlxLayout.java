package io.migrationlsp.core.workspace.layout;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.workspace.MigrationEntry;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** {@code migrations/NNNN_description.up.sql} with its {@code .down.sql}, as {@code sqlx migrate} reads them. */
public final class SqlxLayout implements MigrationLayout {
    @Override
    public Profile profile() {
        return Profile.SQLX;
    }

    /** A {@code migrations/} folder is sqlx's only when it holds reversible pairs: plain numbered files are not. */
    @Override
    public String detect(Path root) {
        Path dir = root.resolve("migrations");
        if (!Files.isDirectory(dir)) {
            return null;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.{up,down}.sql")) {
            return files.iterator().hasNext() ? "migrations" : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    @Override
    public String defaultMigrationsDir() {
        return "migrations";
    }

    @Override
    public boolean isMigrationFile(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".sql");
    }

    @Override
    public MigrationEntry entry(String path, String rest) {
        String name = rest.substring(rest.lastIndexOf('/') + 1);
        MigrationEntry.Kind kind = rest.contains("/") ? MigrationEntry.Kind.MISPLACED
                : name.toLowerCase(Locale.ROOT).endsWith(".down.sql") ? MigrationEntry.Kind.REVERSE
                        : MigrationEntry.Kind.ROOT;
        return new MigrationEntry(path, kind, null, NumberedName.leadingNumber(name));
    }
}
