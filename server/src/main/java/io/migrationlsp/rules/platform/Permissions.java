package io.migrationlsp.rules.platform;

import io.migrationlsp.core.model.PermissionGrant;
import io.migrationlsp.core.model.StatementKind;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.rules.RuleContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Permission grants of a file and the naming scheme they follow: {@code ENTITY_NAME.ACTION}. */
final class Permissions {
    static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9_]*\\.[A-Z][A-Z0-9_]*");
    static final List<String> BASE_ACTIONS = List.of("VIEW", "CREATE", "EDIT", "DELETE");

    private Permissions() {}

    /** Grants inserted into the role-permission table, with the statement they come from. */
    static List<Grant> grants(RuleContext ctx) {
        List<Grant> result = new ArrayList<>();
        for (StatementModel m : ctx.models()) {
            if (m.kind() == StatementKind.INSERT && m.target() != null && m.target().tableUpper().equals("ROLE_PERMISSION")) {
                for (PermissionGrant g : m.grants()) {
                    result.add(new Grant(m, g));
                }
            }
        }
        return result;
    }

    record Grant(StatementModel statement, PermissionGrant grant) {}

    static Set<String> knownActions(RuleContext ctx) {
        Set<String> actions = new LinkedHashSet<>(BASE_ACTIONS);
        for (String a : ctx.config().extraActions()) {
            actions.add(a.toUpperCase(Locale.ROOT));
        }
        return actions;
    }
}
