package io.migrationlsp.core.config;

import java.util.Locale;

public enum Severity {
    ERROR, WARNING, INFORMATION, HINT;

    /** Parses "error", "warning", "information"/"info", "hint"; null for anything else. */
    public static Severity parse(String s) {
        if (s == null) {
            return null;
        }
        return switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "error" -> ERROR;
            case "warning", "warn" -> WARNING;
            case "information", "info" -> INFORMATION;
            case "hint" -> HINT;
            default -> null;
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
