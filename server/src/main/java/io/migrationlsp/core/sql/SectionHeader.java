package io.migrationlsp.core.sql;

import io.migrationlsp.core.text.TextSpan;

/**
 * A comment line that is, or tries to be, a section header or the tables.py NOTE line.
 * {@code exact} is false for a misspelt header ("-- == Tenant migration ==").
 */
public record SectionHeader(Kind kind, TextSpan span, String text, boolean exact) {
    public enum Kind { PLATFORM, TENANT, NOTE }

    public static final String PLATFORM_TEXT = "-- ========== PLATFORM MIGRATIONS ==========";
    public static final String TENANT_TEXT = "-- ========== TENANT MIGRATIONS ==========";
    public static final String NOTE_TEXT = "-- NOTE: Make sure app/tenant/tables.py is in sync";

    public String canonicalText() {
        return switch (kind) {
            case PLATFORM -> PLATFORM_TEXT;
            case TENANT -> TENANT_TEXT;
            case NOTE -> NOTE_TEXT;
        };
    }
}
