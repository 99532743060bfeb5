package io.migrationlsp.core.workspace;

import io.migrationlsp.core.analysis.SqlFile;
import io.migrationlsp.core.model.Ident;
import io.migrationlsp.core.model.StatementKind;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.text.TextSpan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The role names a migration may refer to: members of {@code BuiltInSystemRoles} in constants.py,
 * names inserted into {@code PLATFORM.ROLES} by the migrations, and {@code extraRoles} from the
 * config. Everything is read from the {@link WorkspaceIndex}'s models (open buffers included), so
 * a completion request never re-reads or re-models a file the index already holds.
 */
public final class RoleCatalog {
    public static final String ROLES_CLASS = "BuiltInSystemRoles";

    public enum Origin { CONSTANTS, MIGRATION, CONFIG }

    /** A known role: its name, where it comes from and the workspace-relative file (or null). */
    public record Role(String name, Origin origin, String source, String constantName) {}

    private final PerFileFacts<String> inserted = new PerFileFacts<>(RoleCatalog::rolesInserted);

    /** Every known role of the index's project, first occurrence wins: constants, migrations in run order, config. */
    public List<Role> roles(WorkspaceIndex index, BooleanSupplier cancelled) {
        Map<String, Role> byName = new LinkedHashMap<>();
        ConstantsModel constants = index.constants();
        if (constants != null) {
            for (ConstantsModel.Member m : constants.roles()) {
                if (m.value() != null && !m.value().isBlank()) {
                    byName.putIfAbsent(key(m.value()), new Role(m.value(), Origin.CONSTANTS, constants.path(), m.name()));
                }
            }
        }
        inserted.forEach(index, cancelled,
                (path, name) -> byName.putIfAbsent(key(name), new Role(name, Origin.MIGRATION, path, null)));
        for (String extra : index.project().config().extraRoles()) {
            byName.putIfAbsent(key(extra), new Role(extra, Origin.CONFIG, null, null));
        }
        return List.copyOf(byName.values());
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
