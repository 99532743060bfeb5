package io.migrationlsp.core.workspace;

import io.migrationlsp.core.analysis.SqlFile;
import io.migrationlsp.core.model.PermissionGrant;
import io.migrationlsp.core.model.StatementModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The permissions a project knows: the values of {@code BuiltInPermissions} in constants.py and
 * the permissions granted in {@code PLATFORM.ROLE_PERMISSION} by the migrations (with the roles
 * holding them), read from the {@link WorkspaceIndex}'s models.
 */
public final class PermissionCatalog {
    public static final String PERMISSIONS_CLASS = "BuiltInPermissions";

    /** A role holding a permission and the migration that granted it. */
    public record Grant(String role, String path) {}

    /** A known permission: its constants member (or null) and its grants in run order. */
    public record Permission(String name, String constantName, String constantsPath, List<Grant> grants) {
        /** {@code ENTITY} of {@code ENTITY.ACTION}, or null for a legacy dotless name. */
        public String entity() {
            int dot = name.indexOf('.');
            return dot > 0 ? name.substring(0, dot) : null;
        }

        /** {@code ACTION} of {@code ENTITY.ACTION}, or null for a legacy dotless name. */
        public String action() {
            int dot = name.indexOf('.');
            return dot > 0 && dot < name.length() - 1 ? name.substring(dot + 1) : null;
        }
    }

    private record Granted(String role, String permission) {}

    private final PerFileFacts<Granted> granted = new PerFileFacts<>(PermissionCatalog::grantsIn);

    /** Every known permission keyed by its upper-case name: constants first, then migrations in run order. */
    public Map<String, Permission> permissions(WorkspaceIndex index, BooleanSupplier cancelled) {
        Map<String, String> constantNames = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<Grant>> grants = new LinkedHashMap<>();
        ConstantsModel constants = index.constants();
        if (constants != null) {
            for (ConstantsModel.Member m : constants.permissions()) {
                if (m.value() != null && !m.value().isBlank()) {
                    names.putIfAbsent(key(m.value()), m.value());
                    constantNames.putIfAbsent(key(m.value()), m.name());
                }
            }
        }
        granted.forEach(index, cancelled, (path, g) -> {
            names.putIfAbsent(key(g.permission()), g.permission());
            grants.computeIfAbsent(key(g.permission()), k -> new ArrayList<>()).add(new Grant(g.role(), path));
        });
        Map<String, Permission> out = new LinkedHashMap<>();
        names.forEach((k, name) -> out.put(k, new Permission(name, constantNames.get(k),
                constants == null ? null : constants.path(), List.copyOf(grants.getOrDefault(k, List.of())))));
        return Collections.unmodifiableMap(out);
    }

    public static String key(String permission) {
        return permission.toUpperCase(Locale.ROOT);
    }

    private static List<Granted> grantsIn(SqlFile file) {
        List<Granted> out = new ArrayList<>();
        for (StatementModel m : file.allModels()) {
            if (m.target() == null || !m.target().isSchema("PLATFORM") || !m.target().table().is("ROLE_PERMISSION")) {
                continue;
            }
            for (PermissionGrant g : m.grants()) {
                if (g.permission() != null && !g.permission().isBlank()) {
                    out.add(new Granted(g.role(), g.permission()));
                }
            }
        }
        return List.copyOf(out);
    }
}
