package io.migrationlsp.core.config;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code .migration-lsp.json} (and the editor's settings object, which has the same shape).
 * A bad value is reported and replaced by its default; a file that is not JSON yields one problem
 * and the defaults. It never throws.
 */
public final class ConfigLoader {
    private static final Pattern GSON_POSITION = Pattern.compile("line (\\d+) column (\\d+)");

    private ConfigLoader() {}

    public static Config load(Path root) {
        return load(root, root.resolve(Config.FILE_NAME));
    }

    public static Config load(Path root, Path file) {
        if (!Files.isRegularFile(file)) {
            return Config.defaults();
        }
        try {
            return confine(parse(Files.readString(file)), root);
        } catch (IOException | RuntimeException e) {
            return withProblems(Config.defaults(), List.of(new ConfigProblem(0, 0,
                    "Cannot read " + Config.FILE_NAME + ": " + e.getMessage() + "; using defaults")));
        }
    }

    /**
     * Refuses configured paths that lead outside {@code root} through a symbolic link (".." and
     * absolute paths are refused when read): each such path is reported and replaced by its default.
     */
    public static Config confine(Config c, Path root) {
        if (root == null) {
            return c;
        }
        Config d = Config.defaults();
        List<ConfigProblem> problems = new ArrayList<>(c.problems());
        String migrations = inside(root, "migrations", c.migrationsDir(), d.migrationsDir(), problems);
        String tablesPy = inside(root, "tablesPy", c.tablesPy(), d.tablesPy(), problems);
        String constantsPy = inside(root, "constantsPy", c.constantsPy(), d.constantsPy(), problems);
        String manifest = inside(root, "manifest", c.manifest(), d.manifest(), problems);
        if (problems.size() == c.problems().size()) {
            return c;
        }
        return new Config(c.profile(), migrations, tablesPy, constantsPy, manifest, c.rules(), c.extraRoles(),
                c.extraActions(), c.asciiColumnPatterns(), c.protectedFields(), c.platformAuditColumns(), c.placeholder(),
                c.baseBranch(), c.tenantSchemas(), c.tenantExceptions(), List.copyOf(problems));
    }

    private static String inside(Path root, String key, String value, String fallback, List<ConfigProblem> problems) {
        if (value == null || value.equals(fallback)) {
            return value;
        }
        try {
            Path realRoot = root.toRealPath();
            Path target = root.resolve(value).normalize();
            // The deepest existing ancestor decides: a link anywhere on the way can lead out.
            Path existing = target;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            if (existing == null || existing.toRealPath().startsWith(realRoot)) {
                return value;
            }
        } catch (IOException | RuntimeException e) {
            // Unresolvable (a link loop, no permission): refuse it rather than guess.
        }
        problems.add(new ConfigProblem(-1, -1, "paths." + key + " '" + value
                + "' leads outside the workspace (through a symbolic link); using " + fallback));
        return fallback;
    }

    public static Config parse(String json) {
        JsonElement root;
        try {
            JsonReader reader = new JsonReader(new StringReader(json));
            reader.setStrictness(Strictness.LENIENT);
            root = JsonParser.parseReader(reader);
        } catch (JsonParseException | StackOverflowError e) {
            String msg = e.getMessage() == null ? "malformed JSON" : e.getMessage();
            Matcher m = GSON_POSITION.matcher(msg);
            int line = 0;
            int col = 0;
            if (m.find()) {
                line = Integer.parseInt(m.group(1)) - 1;
                col = Math.max(0, Integer.parseInt(m.group(2)) - 1);
            }
            String clean = msg.replaceAll("\\s*See https?://\\S+", "").replaceFirst("^com\\.google\\.gson\\.[\\w.]+: ", "");
            return withProblems(Config.defaults(), List.of(new ConfigProblem(line, col,
                    Config.FILE_NAME + " is not valid JSON (" + clean + "); using defaults")));
        }
        if (root == null || root.isJsonNull()) {
            return Config.defaults();
        }
        if (!root.isJsonObject()) {
            return withProblems(Config.defaults(), List.of(new ConfigProblem(0, 0,
                    Config.FILE_NAME + " must be a JSON object; using defaults")));
        }
        return overlay(Config.defaults(), root.getAsJsonObject());
    }

    /** Lays a settings object (file or editor) over a base config. */
    public static Config overlay(Config base, JsonObject o) {
        List<ConfigProblem> problems = new ArrayList<>(base.problems());
        Profile profile = base.profile();
        if (o.has("profile") && !o.get("profile").isJsonNull()) {
            String p = string(o, "profile", problems);
            if (p != null && !p.isBlank() && !p.equals("auto")) {
                profile = Profile.byId(p);
                if (profile == null) {
                    problems.add(new ConfigProblem(-1, -1, "Unknown profile '" + p
                            + "' (platform, postgres-rls, supabase, sqlx, alembic); detecting from the layout"));
                    profile = base.profile();
                }
            }
        }
        String migrations = base.migrationsDir();
        String tablesPy = base.tablesPy();
        String constantsPy = base.constantsPy();
        String manifest = base.manifest();
        if (o.has("paths")) {
            JsonElement pe = o.get("paths");
            if (pe.isJsonObject()) {
                JsonObject paths = pe.getAsJsonObject();
                migrations = path(paths, "migrations", migrations, problems);
                tablesPy = path(paths, "tablesPy", tablesPy, problems);
                constantsPy = path(paths, "constantsPy", constantsPy, problems);
                manifest = path(paths, "manifest", manifest, problems);
            } else {
                problems.add(new ConfigProblem(-1, -1, "'paths' must be an object; using default paths"));
            }
        }
        Map<String, Config.RuleSetting> rules = new LinkedHashMap<>(base.rules());
        if (o.has("rules")) {
            JsonElement re = o.get("rules");
            if (re.isJsonObject()) {
                for (Map.Entry<String, JsonElement> e : re.getAsJsonObject().entrySet()) {
                    JsonElement v = e.getValue();
                    String value = v.isJsonPrimitive() ? v.getAsString() : null;
                    if ("off".equalsIgnoreCase(value) || "false".equalsIgnoreCase(value)) {
                        rules.put(e.getKey(), new Config.RuleSetting(true, null));
                    } else if (Severity.parse(value) != null) {
                        rules.put(e.getKey(), new Config.RuleSetting(false, Severity.parse(value)));
                    } else {
                        problems.add(new ConfigProblem(-1, -1, "Rule '" + e.getKey() + "': '" + v
                                + "' is not one of error, warning, information, hint, off; keeping its default"));
                    }
                }
            } else {
                problems.add(new ConfigProblem(-1, -1, "'rules' must be an object of rule id to severity"));
            }
        }
        String placeholder = base.placeholder();
        if (o.has("placeholder")) {
            String p = string(o, "placeholder", problems);
            if (p != null && p.matches("\\{[^{}\\s]+}")) {
                placeholder = p;
            } else if (p != null) {
                problems.add(new ConfigProblem(-1, -1, "'placeholder' must look like {name}; keeping " + placeholder));
            }
        }
        String baseBranch = base.baseBranch();
        if (o.has("baseBranch") && !o.get("baseBranch").isJsonNull()) {
            String b = string(o, "baseBranch", problems);
            // A leading dash would read as an option to git; spaces and control characters name no ref.
            if (b != null && (b.isBlank() || b.startsWith("-") || !b.matches("[\\x21-\\x7e]+"))) {
                problems.add(new ConfigProblem(-1, -1, "'baseBranch' must be a branch, tag or commit name; "
                        + "using the upstream of the current branch (else main)"));
            } else if (b != null) {
                baseBranch = b;
            }
        }
        return new Config(profile, migrations, tablesPy, constantsPy, manifest, Map.copyOf(rules),
                list(o, "extraRoles", base.extraRoles(), problems),
                list(o, "extraActions", base.extraActions(), problems),
                list(o, "asciiColumnPatterns", base.asciiColumnPatterns(), problems),
                list(o, "protectedFields", base.protectedFields(), problems),
                list(o, "platformAuditColumns", base.platformAuditColumns(), problems),
                placeholder, baseBranch,
                list(o, "tenantSchemas", base.tenantSchemas(), problems),
                list(o, "tenantExceptions", base.tenantExceptions(), problems),
                List.copyOf(problems));
    }

    private static Config withProblems(Config c, List<ConfigProblem> problems) {
        return new Config(c.profile(), c.migrationsDir(), c.tablesPy(), c.constantsPy(), c.manifest(), c.rules(),
                c.extraRoles(), c.extraActions(), c.asciiColumnPatterns(), c.protectedFields(),
                c.platformAuditColumns(), c.placeholder(), c.baseBranch(), c.tenantSchemas(), c.tenantExceptions(),
                List.copyOf(problems));
    }

    private static String string(JsonObject o, String key, List<ConfigProblem> problems) {
        JsonElement e = o.get(key);
        if (e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) {
            return e.getAsString();
        }
        problems.add(new ConfigProblem(-1, -1, "'" + key + "' must be a string; using its default"));
        return null;
    }

    private static String path(JsonObject o, String key, String fallback, List<ConfigProblem> problems) {
        if (!o.has(key)) {
            return fallback;
        }
        String p = string(o, key, problems);
        if (p == null) {
            return fallback;
        }
        String norm = p.replace('\\', '/');
        if (norm.startsWith("/") || norm.matches("^[A-Za-z]:.*") || List.of(norm.split("/")).contains("..")) {
            problems.add(new ConfigProblem(-1, -1, "paths." + key + " '" + p
                    + "' must be a relative path inside the workspace; using " + fallback));
            return fallback;
        }
        return norm;
    }

    private static List<String> list(JsonObject o, String key, List<String> fallback, List<ConfigProblem> problems) {
        if (!o.has(key)) {
            return fallback;
        }
        JsonElement e = o.get(key);
        if (!e.isJsonArray()) {
            problems.add(new ConfigProblem(-1, -1, "'" + key + "' must be an array of strings; using its default"));
            return fallback;
        }
        List<String> out = new ArrayList<>();
        JsonArray a = e.getAsJsonArray();
        for (JsonElement item : a) {
            if (item.isJsonPrimitive()) {
                out.add(item.getAsString());
            } else {
                problems.add(new ConfigProblem(-1, -1, "'" + key + "' must contain only strings"));
            }
        }
        return List.copyOf(out);
    }
}
