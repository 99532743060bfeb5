package io.migrationlsp.core.model;

import io.migrationlsp.core.text.TextSpan;
import java.util.Locale;

/**
 * One part of a name as written. {@code name} is the unquoted text; {@code placeholder} is true
 * when the part is exactly the configured tenant placeholder (e.g. {@code {schema_name}}).
 */
public record Ident(String raw, String name, TextSpan span, Quote quote, boolean placeholder) {
    public enum Quote { NONE, BRACKET, DOUBLE, BRACED, ANGLE }

    public String upper() {
        return name.toUpperCase(Locale.ROOT);
    }

    public boolean is(String other) {
        return name.equalsIgnoreCase(other);
    }

    /** A misspelt attempt at the placeholder: {@code {schemaname}}, {@code <schema_name>}, {@code [schema_name]}, {@code $schema_name}. */
    public boolean looksLikePlaceholderAttempt() {
        if (placeholder) {
            return false;
        }
        String letters = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return (letters.equals("schemaname") || letters.equals("schema"))
                && (quote != Quote.NONE || raw.startsWith("$") || raw.startsWith("@"));
    }
}
