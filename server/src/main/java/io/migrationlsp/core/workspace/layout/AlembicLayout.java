package io.migrationlsp.core.workspace.layout;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.workspace.MigrationEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Alembic revisions: {@code versions/*.py} under the {@code script_location} that {@code alembic.ini}
 * names (default {@code alembic}). The run order is the revision chain, which the profile's
 * workspace model works out from the files' contents; the listing order here is by name.
 */
public final class AlembicLayout implements MigrationLayout {
    private static final long MAX_INI_BYTES = 256 * 1024;

    @Override
    public Profile profile() {
        return Profile.ALEMBIC;
    }

    @Override
    public String detect(Path root) {
        Path ini = root.resolve("alembic.ini");
        if (!Files.isRegularFile(ini)) {
            return null;
        }
        String dir = scriptLocation(ini) + "/versions";
        return Files.isDirectory(root.resolve(dir)) ? dir : null;
    }

    @Override
    public String defaultMigrationsDir() {
        return "alembic/versions";
    }

    @Override
    public boolean isMigrationFile(String fileName) {
        return fileName.endsWith(".py") && !fileName.startsWith("__");
    }

    @Override
    public MigrationEntry entry(String path, String rest) {
        MigrationEntry.Kind kind = rest.contains("/") ? MigrationEntry.Kind.MISPLACED : MigrationEntry.Kind.ROOT;
        return new MigrationEntry(path, kind, null, -1);
    }

    /**
     * {@code script_location} of the {@code [alembic]} section, relative to the ini's folder
     * ({@code %(here)s/} stripped); {@code alembic} when absent, unreadable or leading outside.
     */
    static String scriptLocation(Path ini) {
        try {
            if (Files.size(ini) > MAX_INI_BYTES) {
                return "alembic";
            }
            boolean inAlembic = false;
            for (String raw : Files.readAllLines(ini, StandardCharsets.UTF_8)) {
                String line = raw.strip();
                if (line.startsWith("[")) {
                    inAlembic = line.equals("[alembic]");
                } else if (inAlembic && line.startsWith("script_location")) {
                    int eq = line.indexOf('=');
                    if (eq < 0) {
                        continue;
                    }
                    String value = line.substring(eq + 1).strip().replace("%(here)s/", "").replace('\\', '/');
                    while (value.endsWith("/")) {
                        value = value.substring(0, value.length() - 1);
                    }
                    boolean safe = !value.isEmpty() && !value.startsWith("/") && !value.contains("..")
                            && !value.contains(":") && !value.contains("%");
                    return safe ? value : "alembic";
                }
            }
        } catch (IOException | RuntimeException e) {
            return "alembic";
        }
        return "alembic";
    }
}
