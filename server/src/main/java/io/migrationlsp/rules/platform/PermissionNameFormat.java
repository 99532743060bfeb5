package io.migrationlsp.rules.platform;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.model.PermissionGrant;
import io.migrationlsp.core.rules.Edit;
import io.migrationlsp.core.rules.Fix;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import io.migrationlsp.core.workspace.ConstantsModel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Permissions are named {@code ENTITY_NAME.ACTION}: upper snake case, one dot. */
public final class PermissionNameFormat implements Rule {
    private static final RuleMeta META = new RuleMeta("permission-name-format", Severity.ERROR, Profile.PLATFORM,
            "permission not ENTITY_NAME.ACTION (upper snake case, one dot)");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        Set<String> actions = Permissions.knownActions(ctx);
        for (Permissions.Grant g : Permissions.grants(ctx)) {
            PermissionGrant grant = g.grant();
            String p = grant.permission();
            if (Permissions.FORMAT.matcher(p).matches()) {
                continue;
            }
            ConstantsModel constants = ctx.workspace().facts() == null ? null : ctx.workspace().facts().constants();
            if (!p.contains(".") && constants != null && constants.hasPermission(p)) {
                // Known legacy names (VBC_CONFIGURATION) are granted as they are; new ones must not copy them.
                ctx.report(Severity.WARNING, grant.permissionSpan(), "'" + p + "' is a legacy dotless permission (known in "
                        + constants.path() + "): fine to grant, but new permissions are ENTITY_NAME.ACTION.");
                continue;
            }
            String suggestion = suggest(p, actions);
            List<Fix> fixes = suggestion == null || suggestion.equals(p) ? List.of()
                    : List.of(Fix.of("Rename to " + suggestion, Edit.replace(grant.permissionSpan(), suggestion)));
            ctx.report(grant.permissionSpan(), "Permission '" + p + "' is not ENTITY_NAME.ACTION"
                    + (suggestion != null ? " (e.g. " + suggestion + ")" : "")
                    + (p.contains(".") ? ": upper snake case with exactly one dot."
                            : ": dotless names are legacy and must not be copied."), fixes);
        }
    }

    /** Upper-cases and puts the dot before a trailing known action: {@code payment_view} → {@code PAYMENT.VIEW}. */
    static String suggest(String permission, Set<String> actions) {
        String up = permission.trim().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        if (Permissions.FORMAT.matcher(up).matches()) {
            return up;
        }
        if (up.contains(".")) {
            return null;
        }
        for (String action : actions) {
            if (up.endsWith("_" + action) && up.length() > action.length() + 1) {
                return up.substring(0, up.length() - action.length() - 1) + "." + action;
            }
            if (up.startsWith(action + "_") && up.length() > action.length() + 1) {
                return up.substring(action.length() + 1) + "." + action;
            }
        }
        return null;
    }
}
