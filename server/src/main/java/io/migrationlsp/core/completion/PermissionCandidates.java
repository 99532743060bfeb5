package io.migrationlsp.core.completion;

import io.migrationlsp.core.schema.SchemaModel;
import io.migrationlsp.core.schema.TableInfo;
import io.migrationlsp.core.workspace.PermissionCatalog;
import io.migrationlsp.core.workspace.PermissionCatalog.Permission;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The permission string of a role-permission row: first the {@code ENTITY} (entities of known
 * permissions, then table names), then after the dot the {@code ACTION}, each marked when the
 * whole permission already exists in constants.py or a migration.
 */
final class PermissionCandidates {
    static final List<String> STANDARD_ACTIONS = List.of("VIEW", "CREATE", "EDIT", "DELETE");

    private PermissionCandidates() {}

    static List<Candidate> entities(CompletionContext ctx, Map<String, Permission> known, List<TableInfo> tables,
                                    String placeholder) {
        Map<String, List<Permission>> byEntity = new TreeMap<>();
        for (Permission p : known.values()) {
            if (p.entity() != null) {
                byEntity.computeIfAbsent(p.entity().toUpperCase(Locale.ROOT), k -> new ArrayList<>()).add(p);
            }
        }
        List<Candidate> out = new ArrayList<>();
        byEntity.forEach((entity, permissions) -> out.add(Candidate.plain(entity, Candidate.Kind.ENTITY,
                permissions.size() + " known permission" + (permissions.size() == 1 ? "" : "s"),
                entityDoc(entity, permissions), entity, ctx.replace()).withMark("existing")));
        Set<String> seen = new LinkedHashSet<>(byEntity.keySet());
        for (TableInfo t : tables) {
            String entity = t.name().toUpperCase(Locale.ROOT);
            if (seen.add(entity)) {
                out.add(Candidate.plain(entity, Candidate.Kind.ENTITY, (t.isTenant() ? "tenant" : "platform") + " table",
                        "Table `" + SchemaCandidates.display(t, placeholder) + "` has no permissions yet. Permissions are named `"
                                + entity + ".ACTION` (" + String.join(", ", STANDARD_ACTIONS) + ").",
                        entity, ctx.replace()));
            }
        }
        return out;
    }

    /**
     * The known permissions less the one being typed: the open buffer is part of the history, so the
     * half-typed {@code 'ENTITY.E'} is itself a grant of this file and must not come back as an action.
     */
    static Map<String, Permission> withoutTyped(Map<String, Permission> known, CompletionContext ctx, String path) {
        String typed = PermissionCatalog.key(ctx.entity() + "." + ctx.prefix());
        Permission p = known.get(typed);
        if (p == null || p.constantName() != null || path == null
                || p.grants().size() != 1 || !path.equals(p.grants().get(0).path())) {
            return known;
        }
        Map<String, Permission> rest = new LinkedHashMap<>(known);
        rest.remove(typed);
        return rest;
    }

    /** The standard actions, the configured ones, then every other action in use, for the typed entity. */
    static List<Candidate> actions(CompletionContext ctx, Map<String, Permission> known, List<String> extraActions) {
        Set<String> actions = new LinkedHashSet<>(STANDARD_ACTIONS);
        extraActions.forEach(a -> actions.add(a.toUpperCase(Locale.ROOT)));
        Set<String> inUse = new TreeSet<>();
        for (Permission p : known.values()) {
            if (p.action() != null && p.action().matches("[A-Za-z_][A-Za-z0-9_]*")) {
                inUse.add(p.action().toUpperCase(Locale.ROOT));
            }
        }
        actions.addAll(inUse);
        String entity = ctx.entity().toUpperCase(Locale.ROOT);
        List<Candidate> out = new ArrayList<>();
        for (String action : actions) {
            String name = entity + "." + action;
            Permission existing = known.get(PermissionCatalog.key(name));
            Candidate c = Candidate.plain(action, Candidate.Kind.ACTION,
                    existing != null ? "existing permission " + name : "new permission " + name,
                    existing != null ? existingDoc(existing) : newDoc(name), action, ctx.replace());
            out.add(existing != null ? c.withMark("existing") : c);
        }
        return out;
    }

    /** Entities for the whole-insert snippet: never-granted constants first, then tables without permissions, then the rest. */
    static List<String> snippetEntities(Map<String, Permission> known, List<TableInfo> createdHere, List<TableInfo> tables) {
        Set<String> granted = new LinkedHashSet<>();
        Set<String> ungranted = new LinkedHashSet<>();
        for (Permission p : known.values()) {
            if (p.entity() != null) {
                (p.grants().isEmpty() ? ungranted : granted).add(p.entity().toUpperCase(Locale.ROOT));
            }
        }
        ungranted.removeAll(granted);
        Set<String> out = new LinkedHashSet<>();
        for (TableInfo t : createdHere) {
            String e = t.name().toUpperCase(Locale.ROOT);
            if (!granted.contains(e)) {
                out.add(e);
            }
        }
        out.addAll(ungranted);
        for (TableInfo t : tables) {
            String e = t.name().toUpperCase(Locale.ROOT);
            if (t.isTenant() && !granted.contains(e)) {
                out.add(e);
            }
        }
        out.addAll(granted);
        return List.copyOf(out);
    }

    private static String entityDoc(String entity, List<Permission> permissions) {
        StringBuilder sb = new StringBuilder("Permission entity `").append(entity).append("`:\n");
        for (Permission p : permissions) {
            sb.append("\n- `").append(p.name()).append("`: ").append(origin(p));
        }
        return sb.toString();
    }

    private static String existingDoc(Permission p) {
        return "`" + p.name() + "` already exists: " + origin(p);
    }

    private static String newDoc(String name) {
        return "New permission `" + name + "`. Add it to `" + PermissionCatalog.PERMISSIONS_CLASS
                + "` in constants.py as well (rule `permission-not-in-constants`).";
    }

    /** Where a permission is known from: its constants member and the roles granted it. */
    private static String origin(Permission p) {
        List<String> parts = new ArrayList<>();
        if (p.constantName() != null) {
            parts.add("`" + PermissionCatalog.PERMISSIONS_CLASS + "." + p.constantName() + "` in `" + p.constantsPath() + "`");
        }
        Map<String, String> roles = new LinkedHashMap<>();
        p.grants().forEach(g -> roles.putIfAbsent(g.role() == null ? "(role not by name)" : g.role(), g.path()));
        roles.forEach((role, path) -> parts.add("granted to " + role + " in `" + path + "`"));
        return parts.isEmpty() ? "known." : String.join("; ", parts) + ".";
    }
}
