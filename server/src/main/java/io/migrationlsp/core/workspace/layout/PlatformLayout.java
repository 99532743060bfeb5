package io.migrationlsp.core.workspace.layout;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.workspace.MigrationEntry;
import io.migrationlsp.core.workspace.MigrationNames;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;

/** {@code _migrations/YYYY_N_SEQ_REV.sql}, with the frozen {@code 2025_and_older/} archive run first. */
public final class PlatformLayout implements MigrationLayout {
    public static final String ARCHIVE_DIR = "2025_and_older/";

    @Override
    public Profile profile() {
        return Profile.PLATFORM;
    }

    @Override
    public String detect(Path root) {
        return Files.isDirectory(root.resolve("_migrations")) ? "_migrations" : null;
    }

    @Override
    public String defaultMigrationsDir() {
        return "_migrations";
    }

    @Override
    public boolean isMigrationFile(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".sql");
    }

    @Override
    public MigrationEntry entry(String path, String rest) {
        MigrationEntry.Kind kind = !rest.contains("/") ? MigrationEntry.Kind.ROOT
                : rest.startsWith(ARCHIVE_DIR) && rest.indexOf('/') == rest.lastIndexOf('/')
                        ? MigrationEntry.Kind.ARCHIVE : MigrationEntry.Kind.MISPLACED;
        return new MigrationEntry(path, kind, MigrationNames.parse(rest.substring(rest.lastIndexOf('/') + 1)));
    }

    /** Archive, then root, then misplaced; within each by SEQ, REV, year, major, then name. */
    @Override
    public Comparator<MigrationEntry> runOrder() {
        return Comparator.comparingInt((MigrationEntry e) -> e.kind().ordinal())
                .thenComparingInt(e -> e.name() == null ? Integer.MAX_VALUE : e.name().seq())
                .thenComparingInt(e -> e.name() == null ? 0 : e.name().rev())
                .thenComparingInt(e -> e.name() == null ? 0 : e.name().year())
                .thenComparingInt(e -> e.name() == null ? 0 : e.name().major())
                .thenComparing(MigrationEntry::path);
    }
}
