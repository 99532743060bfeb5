package io.migrationlsp.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version Maven writes into {@code io/migrationlsp/version.properties} when it packages the jar. */
public final class Version {
    private static final String RESOURCE = "/io/migrationlsp/version.properties";

    private Version() {}

    public static String get() {
        try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "unknown");
            // Unfiltered (run from an IDE without Maven's resource step): do not print the raw placeholder.
            return v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
