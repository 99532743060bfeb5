package io.migrationlsp.rules.platform;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.model.Ident;
import io.migrationlsp.core.model.StatementKind;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Permissions live only in {@code PLATFORM.ROLE_PERMISSION (ROLE_ID, PERMISSION_NAME)}: there is no
 * separate permissions table, and an insert without the column list breaks when columns are added.
 */
public final class PermissionTable implements Rule {
    private static final RuleMeta META = new RuleMeta("permission-table", Severity.ERROR, Profile.PLATFORM,
            "permission written anywhere but PLATFORM.ROLE_PERMISSION (ROLE_ID, PERMISSION_NAME)");
    private static final Pattern PERMISSION_TABLE = Pattern.compile("(.*_)?PERMISSIONS?");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        for (StatementModel m : ctx.models()) {
            // A permissions table is named PERMISSION(S) or *_PERMISSION(S); PERMISSION_AUDIT_LOG and the like are not one.
            if (m.target() == null || !PERMISSION_TABLE.matcher(m.target().tableUpper()).matches()) {
                continue;
            }
            boolean roleTable = m.target().isSchema("PLATFORM") && m.target().tableUpper().equals("ROLE_PERMISSION");
            if (m.kind() == StatementKind.CREATE_TABLE && !roleTable) {
                ctx.report(m.headSpan(), "There is no separate permissions table: grant permissions with rows in "
                        + "PLATFORM.ROLE_PERMISSION (ROLE_ID, PERMISSION_NAME).");
            } else if (m.kind() == StatementKind.INSERT && !roleTable) {
                ctx.report(m.target().span(), m.target().display() + " is not where permissions live: insert into "
                        + "PLATFORM.ROLE_PERMISSION (ROLE_ID, PERMISSION_NAME).");
            } else if (m.kind() == StatementKind.INSERT && !hasColumns(m.insertColumns())) {
                ctx.report(m.target().span(), "Insert into PLATFORM.ROLE_PERMISSION with the column list (ROLE_ID, PERMISSION_NAME).");
            }
        }
    }

    private static boolean hasColumns(List<Ident> cols) {
        return cols != null && cols.size() == 2 && cols.get(0) != null && cols.get(1) != null
                && cols.get(0).is("ROLE_ID") && cols.get(1).is("PERMISSION_NAME");
    }
}
