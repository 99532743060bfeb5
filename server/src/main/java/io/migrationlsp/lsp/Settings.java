package io.migrationlsp.lsp;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Finds the settings object ({@code {profile?, rules?, ...}}, the shape of .migration-lsp.json) in
 * what clients send: VS Code sends it bare in {@code initializationOptions.settings}, Neovim and
 * didChangeConfiguration often nest it under the section name {@code migrationLsp}.
 */
final class Settings {
    static final String SECTION = "migrationLsp";
    private static final Gson GSON = new Gson();

    private Settings() {}

    /** The settings object inside an initializationOptions value, or null. */
    static JsonObject fromInitializationOptions(Object options) {
        JsonObject o = object(options);
        return o != null && o.has("settings") ? unwrap(o.get("settings")) : null;
    }

    /** The settings object of a didChangeConfiguration or workspace/configuration value, or null. */
    static JsonObject unwrap(Object value) {
        JsonObject o = object(value);
        if (o == null) {
            return null;
        }
        if (o.has(SECTION) && o.get(SECTION).isJsonObject()) {
            return o.getAsJsonObject(SECTION);
        }
        return o;
    }

    private static JsonObject object(Object value) {
        if (value == null) {
            return null;
        }
        JsonElement e = value instanceof JsonElement je ? je : GSON.toJsonTree(value);
        return e != null && e.isJsonObject() ? e.getAsJsonObject() : null;
    }
}
