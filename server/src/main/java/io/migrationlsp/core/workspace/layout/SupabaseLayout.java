package io.migrationlsp.core.workspace.layout;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.workspace.MigrationEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** {@code supabase/migrations/YYYYMMDDHHMMSS_description.sql}, run in timestamp order. */
public final class SupabaseLayout implements MigrationLayout {
    @Override
    public Profile profile() {
        return Profile.SUPABASE;
    }

    @Override
    public String detect(Path root) {
        return Files.isDirectory(root.resolve("supabase/migrations")) ? "supabase/migrations" : null;
    }

    @Override
    public String defaultMigrationsDir() {
        return "supabase/migrations";
    }

    @Override
    public boolean isMigrationFile(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".sql");
    }

    @Override
    public MigrationEntry entry(String path, String rest) {
        String name = rest.substring(rest.lastIndexOf('/') + 1);
        MigrationEntry.Kind kind = rest.contains("/") ? MigrationEntry.Kind.MISPLACED : MigrationEntry.Kind.ROOT;
        return new MigrationEntry(path, kind, null, NumberedName.leadingNumber(name));
    }
}
