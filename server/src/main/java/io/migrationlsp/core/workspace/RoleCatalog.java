package io.migrationlsp.core.workspace;

import io.migrationlsp.core.analysis.Analyzer;
import io.migrationlsp.core.analysis.SqlFile;
import io.migrationlsp.core.model.Ident;
import io.migrationlsp.core.model.StatementKind;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.python.PythonClassReader;
import io.migrationlsp.core.text.TextSpan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * The role names a migration may refer to: members of {@code BuiltInSystemRoles} in constants.py,
 * names inserted into {@code PLATFORM.ROLES} by the migrations, and {@code extraRoles} from the
 * config. Per-file results are cached by modification time (or by text for open documents), so a
 * completion request re-reads only what changed.
 */
public final class RoleCatalog {
    public static final String ROLES_CLASS = "BuiltInSystemRoles";

    public enum Origin { CONSTANTS, MIGRATION, CONFIG }

    /** A known role: its name, where it comes from and the workspace-relative file (or null). */
    public record Role(String name, Origin origin, String source, String constantName) {}

    private record Cached(Object stamp, List<String> names) {}

    private final Analyzer analyzer;
    private final Map<String, Cached> perFile = new ConcurrentHashMap<>();

    public RoleCatalog(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * Every known role of the project, first occurrence wins. {@code openText} gives the editor's
     * text of a workspace-relative path, or null when the file is not open.
     */
    public List<Role> roles(Project project, Function<String, String> openText, BooleanSupplier cancelled) {
        Map<String, Role> byName = new LinkedHashMap<>();
        String constants = project.config().constantsPy();
        String constantsText = openText.apply(constants);
        List<PythonClassReader.Member> members = constantsText != null
                ? PythonClassReader.members(constantsText, ROLES_CLASS)
                : PythonClassReader.read(project.resolve(constants), ROLES_CLASS);
        for (PythonClassReader.Member m : members) {
            byName.putIfAbsent(key(m.value()), new Role(m.value(), Origin.CONSTANTS, constants, m.name()));
        }
        for (String path : project.migrationPaths()) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            for (String name : insertedRoles(project, path, openText.apply(path))) {
                byName.putIfAbsent(key(name), new Role(name, Origin.MIGRATION, path, null));
            }
        }
        for (String extra : project.config().extraRoles()) {
            byName.putIfAbsent(key(extra), new Role(extra, Origin.CONFIG, null, null));
        }
        return List.copyOf(byName.values());
    }

    private List<String> insertedRoles(Project project, String path, String openText) {
        Object stamp;
        String text = openText;
        if (text != null) {
            stamp = text;
        } else {
            Path file = project.resolve(path);
            try {
                stamp = Files.getLastModifiedTime(file).toMillis() + ":" + Files.size(file);
            } catch (IOException e) {
                return List.of();
            }
        }
        Cached cached = perFile.get(path);
        if (cached != null && cached.stamp().equals(stamp)) {
            return cached.names();
        }
        if (text == null) {
            try {
                text = Files.readString(project.resolve(path));
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
        }
        List<String> names = text.toUpperCase(Locale.ROOT).contains("ROLES")
                ? rolesInserted(analyzer.model(path, text, project.config(), project.profile()))
                : List.of();
        perFile.put(path, new Cached(stamp, names));
        return names;
    }

    /** Names in {@code INSERT INTO PLATFORM.ROLES (..., NAME, ...) VALUES ('x', ...), ...}. */
    public static List<String> rolesInserted(SqlFile file) {
        List<String> names = new ArrayList<>();
        for (StatementModel m : file.allModels()) {
            names.addAll(rolesInsertedBy(m, file.text()));
        }
        return List.copyOf(names);
    }

    /** The role names one statement inserts into PLATFORM.ROLES (none for any other statement). */
    public static List<String> rolesInsertedBy(StatementModel m, String text) {
        if (m.kind() != StatementKind.INSERT || m.target() == null || !m.target().isSchema("PLATFORM")
                || !m.target().table().is("ROLES") || m.insertColumns() == null) {
            return List.of();
        }
        int nameIndex = -1;
        List<Ident> columns = m.insertColumns();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i) != null && columns.get(i).is("NAME")) {
                nameIndex = i;
            }
        }
        if (nameIndex < 0) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (List<TextSpan> row : m.insertRows()) {
            if (nameIndex < row.size()) {
                String literal = stringLiteral(row.get(nameIndex).of(text));
                if (literal != null && !literal.isBlank()) {
                    names.add(literal);
                }
            }
        }
        return names;
    }

    private static String stringLiteral(String value) {
        String v = value.strip();
        if (v.length() >= 3 && (v.charAt(0) == 'N' || v.charAt(0) == 'n') && v.charAt(1) == '\'') {
            v = v.substring(1);
        }
        if (v.length() >= 2 && v.charAt(0) == '\'' && v.charAt(v.length() - 1) == '\'') {
            return v.substring(1, v.length() - 1).replace("''", "'");
        }
        return null;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
