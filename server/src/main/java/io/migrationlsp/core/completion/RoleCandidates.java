package io.migrationlsp.core.completion;

import io.migrationlsp.core.workspace.RoleCatalog;
import io.migrationlsp.core.workspace.RoleCatalog.Role;
import java.util.ArrayList;
import java.util.List;

/** Role names inside {@code PLATFORM.ROLES WHERE NAME = '|'}: built-in roles first, then inserted ones. */
final class RoleCandidates {
    private RoleCandidates() {}

    static List<Candidate> of(List<Role> roles, CompletionContext ctx) {
        List<Candidate> out = new ArrayList<>();
        for (Role role : roles) {
            out.add(Candidate.plain(role.name(), role.origin() == RoleCatalog.Origin.CONSTANTS
                            ? Candidate.Kind.BUILT_IN_ROLE : Candidate.Kind.ROLE,
                    detail(role), documentation(role), role.name().replace("'", "''"), ctx.replace()));
        }
        return out;
    }

    static String detail(Role role) {
        return switch (role.origin()) {
            case CONSTANTS -> RoleCatalog.ROLES_CLASS + "." + role.constantName();
            case MIGRATION -> "inserted into PLATFORM.ROLES";
            case CONFIG -> "extraRoles";
        };
    }

    static String documentation(Role role) {
        return switch (role.origin()) {
            case CONSTANTS -> "Built-in role `" + role.constantName() + "` of `" + RoleCatalog.ROLES_CLASS + "` in `"
                    + role.source() + "`.";
            case MIGRATION -> "Role inserted into `PLATFORM.ROLES` by `" + role.source() + "`.";
            case CONFIG -> "Role listed in `extraRoles` of `.migration-lsp.json`.";
        };
    }
}
