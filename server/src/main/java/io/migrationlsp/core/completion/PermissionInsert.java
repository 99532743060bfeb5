package io.migrationlsp.core.completion;

import java.util.ArrayList;
import java.util.List;

/**
 * The role-permission insert of the convention document, as a snippet: the module's entity is one
 * choice mirrored into every row, each role a choice of the known roles, one row per role and action.
 */
final class PermissionInsert {
    private PermissionInsert() {}

    static SnippetText of(SnippetCandidates.PermissionChoices choices, int roleCount) {
        List<String> entities = choices.entities().isEmpty() ? List.of("MODULE_NAME") : choices.entities();
        SnippetText s = new SnippetText().text("INSERT INTO PLATFORM.ROLE_PERMISSION (ROLE_ID, PERMISSION_NAME) VALUES\n");
        List<String> actions = PermissionCandidates.STANDARD_ACTIONS;
        for (int r = 0; r < roleCount; r++) {
            int roleStop = 2 + r;
            for (int a = 0; a < actions.size(); a++) {
                s.text("((SELECT ID FROM PLATFORM.ROLES WHERE NAME = '");
                if (a == 0) {
                    s.choice(roleStop, quoted(rotated(choices.roles(), r)));
                } else {
                    s.mirror(roleStop);
                }
                s.text("'), '");
                if (r == 0 && a == 0) {
                    s.choice(1, entities);
                } else {
                    s.mirror(1);
                }
                boolean last = r == roleCount - 1 && a == actions.size() - 1;
                s.text("." + actions.get(a) + "')" + (last ? ";" : ",\n"));
            }
        }
        return s.end();
    }

    /** The roles with the {@code r}-th first, so each role row defaults to a different role. */
    private static List<String> rotated(List<String> roles, int r) {
        if (roles.isEmpty()) {
            return List.of("ROLE_NAME");
        }
        List<String> out = new ArrayList<>(roles.size());
        int first = Math.min(r, roles.size() - 1);
        out.add(roles.get(first));
        for (int i = 0; i < roles.size(); i++) {
            if (i != first) {
                out.add(roles.get(i));
            }
        }
        return out;
    }

    private static List<String> quoted(List<String> roles) {
        return roles.stream().map(n -> n.replace("'", "''")).toList();
    }
}
