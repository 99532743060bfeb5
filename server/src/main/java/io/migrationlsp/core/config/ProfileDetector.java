package io.migrationlsp.core.config;

import java.nio.file.Files;
import java.nio.file.Path;

/** Guesses the profile from the workspace layout when the config does not name one. */
public final class ProfileDetector {
    private ProfileDetector() {}

    public static Profile detect(Path root, Config config) {
        if (config.profile() != null) {
            return config.profile();
        }
        if (root != null && Files.isDirectory(root.resolve(config.migrationsDir()))) {
            return Profile.PLATFORM;
        }
        return Profile.PLATFORM;
    }
}
