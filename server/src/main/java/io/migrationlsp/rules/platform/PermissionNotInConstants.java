package io.migrationlsp.rules.platform;

import io.migrationlsp.core.analysis.WorkspaceFacts;
import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.model.PermissionGrant;
import io.migrationlsp.core.rules.Edit;
import io.migrationlsp.core.rules.Fix;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import io.migrationlsp.core.text.TextSpan;
import io.migrationlsp.core.workspace.ConstantsModel;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A permission a migration grants is also a member of {@code BuiltInPermissions}, or the application never checks it. */
public final class PermissionNotInConstants implements Rule {
    private static final RuleMeta META = new RuleMeta("permission-not-in-constants", Severity.WARNING, Profile.PLATFORM,
            "permission inserted by the migration is missing from BuiltInPermissions");

    @Override
    public boolean needsWorkspace() {
        return true;
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        WorkspaceFacts facts = History.facts(ctx);
        ConstantsModel constants = facts == null ? null : facts.constants();
        if (constants == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        // Once per file, not per finding: constants.py of a large workspace is long.
        String nl = constants.text().contains("\r\n") ? "\r\n" : "\n";
        for (Permissions.Grant g : Permissions.grants(ctx)) {
            PermissionGrant grant = g.grant();
            String p = grant.permission();
            if (constants.hasPermission(p) || !seen.add(p.toUpperCase(Locale.ROOT))) {
                continue;
            }
            List<Fix> fixes = constants.permissionInsertOffset() < 0 ? List.of()
                    : List.of(Fix.of("Add " + ConstantsModel.memberName(p) + " to BuiltInPermissions", addMember(constants, p, nl)));
            ctx.report(grant.permissionSpan(), "'" + p + "' is not in BuiltInPermissions (" + constants.path()
                    + "): add it there too, or the application never checks it.", fixes);
        }
    }

    private static Edit addMember(ConstantsModel constants, String permission, String nl) {
        int at = constants.permissionInsertOffset();
        String text = constants.text();
        String line = constants.permissionIndent() + ConstantsModel.memberName(permission) + " = \""
                + permission.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        boolean needsBreakBefore = at > 0 && at <= text.length() && text.charAt(at - 1) != '\n';
        return new Edit(constants.path(), new TextSpan(at, at), (needsBreakBefore ? nl : "") + line + nl);
    }
}
