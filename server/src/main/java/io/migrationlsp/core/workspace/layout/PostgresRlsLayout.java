package io.migrationlsp.core.workspace.layout;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.workspace.MigrationEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** {@code db/migrations/NNN_description.sql} with {@code NNN_description_rollback.sql} beside each. */
public final class PostgresRlsLayout implements MigrationLayout {
    @Override
    public Profile profile() {
        return Profile.POSTGRES_RLS;
    }

    @Override
    public String detect(Path root) {
        return Files.isDirectory(root.resolve("db/migrations")) ? "db/migrations" : null;
    }

    @Override
    public String defaultMigrationsDir() {
        return "db/migrations";
    }

    @Override
    public boolean isMigrationFile(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".sql");
    }

    @Override
    public MigrationEntry entry(String path, String rest) {
        String name = rest.substring(rest.lastIndexOf('/') + 1);
        MigrationEntry.Kind kind = rest.contains("/") ? MigrationEntry.Kind.MISPLACED
                : name.toLowerCase(Locale.ROOT).endsWith("_rollback.sql") ? MigrationEntry.Kind.REVERSE
                        : MigrationEntry.Kind.ROOT;
        return new MigrationEntry(path, kind, null, NumberedName.leadingNumber(name));
    }
}
