package io.migrationlsp.core.navigation;

import io.migrationlsp.core.model.PermissionGrant;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.schema.Origin;
import io.migrationlsp.core.text.LineMap;
import io.migrationlsp.core.workspace.ConstantsModel;

/** A permission: every role the migrations grant it to, with where, and whether BuiltInPermissions has it. */
final class PermissionHover {
    private final Navigator nav;

    PermissionHover(Navigator nav) {
        this.nav = nav;
    }

    String markdown(String permission) {
        StringBuilder md = new StringBuilder("**Permission `").append(permission).append("`**\n\n");
        StringBuilder rows = new StringBuilder();
        int count = 0;
        for (SourceView v : nav.views().values()) {
            for (StatementModel m : v.sql().allModels()) {
                for (PermissionGrant g : m.grants()) {
                    if (g.permission() != null && g.permission().equalsIgnoreCase(permission)) {
                        count++;
                        String role = g.role() == null ? "_(role not named)_" : TableHover.cell(g.role());
                        rows.append("| ").append(role).append(" | ")
                                .append(nav.where(new Origin(v.path(), g.permissionSpan()))).append(" |\n");
                    }
                }
            }
        }
        if (count == 0) {
            md.append("No migration grants it to a role.\n\n");
        } else {
            md.append("| role | granted in |\n|---|---|\n").append(rows).append('\n');
        }
        md.append(constantsLine(permission));
        return md.toString().stripTrailing();
    }

    private String constantsLine(String permission) {
        ConstantsModel constants = nav.constants();
        if (constants == null) {
            return "";
        }
        for (ConstantsModel.Member m : constants.permissions()) {
            if (m.value() != null && m.value().equalsIgnoreCase(permission)) {
                String line = m.valueSpan() == null ? ""
                        : ":" + (new LineMap(constants.text()).lineOf(m.valueSpan().start()) + 1);
                return "In `BuiltInPermissions` as `" + m.name() + "` (`" + fileName(constants.path()) + line + "`).";
            }
        }
        return "**Not** in `BuiltInPermissions` (`" + fileName(constants.path()) + "`).";
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
