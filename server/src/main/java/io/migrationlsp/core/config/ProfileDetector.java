package io.migrationlsp.core.config;

import io.migrationlsp.core.workspace.layout.Layouts;
import java.nio.file.Path;

/** The profile the config names, else the one the workspace layout shows, else {@code platform}. */
public final class ProfileDetector {
    private ProfileDetector() {}

    public static Profile detect(Path root, Config config) {
        if (config.profile() != null) {
            return config.profile();
        }
        Layouts.Detected found = Layouts.detect(root);
        return found != null ? found.profile() : Profile.PLATFORM;
    }
}
