package io.migrationlsp.rules.platform;

import io.migrationlsp.core.analysis.WorkspaceFacts;
import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.model.PermissionGrant;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.rules.Edit;
import io.migrationlsp.core.rules.Fix;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import io.migrationlsp.core.workspace.ConstantsModel;
import io.migrationlsp.core.workspace.RoleCatalog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A role looked up by name must exist: in {@code BuiltInSystemRoles}, inserted into PLATFORM.ROLES by
 * a migration, or listed in {@code extraRoles}. Otherwise the sub-select yields NULL and the insert fails.
 */
public final class UnknownRole implements Rule {
    private static final RuleMeta META = new RuleMeta("unknown-role", Severity.ERROR, Profile.PLATFORM,
            "role name not in BuiltInSystemRoles nor inserted by a migration");

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
        Set<String> known = new LinkedHashSet<>();
        constants.roles().forEach(m -> {
            if (m.value() != null) {
                known.add(m.value());
            }
        });
        facts.schemaBefore(ctx.file().path()).roles().keySet().forEach(known::add);
        known.addAll(ctx.config().extraRoles());
        Set<String> lower = new LinkedHashSet<>();
        known.forEach(k -> lower.add(k.toLowerCase(Locale.ROOT)));
        // A role this file inserts counts from its INSERT on: the runner executes the statements in order.
        List<StatementModel> models = ctx.models();
        Map<String, Integer> firstInsert = new HashMap<>();
        for (int i = 0; i < models.size(); i++) {
            for (String role : RoleCatalog.rolesInsertedBy(models.get(i), ctx.text())) {
                firstInsert.putIfAbsent(role.toLowerCase(Locale.ROOT), i);
            }
        }
        List<Permissions.Grant> grants = Permissions.grants(ctx);
        int next = 0;
        for (int i = 0; i < models.size() && next < grants.size(); i++) {
            for (; next < grants.size() && grants.get(next).statement() == models.get(i); next++) {
                PermissionGrant grant = grants.get(next).grant();
                String role = grant.role() == null ? null : grant.role().toLowerCase(Locale.ROOT);
                Integer inserted = role == null ? null : firstInsert.get(role);
                if (role == null || lower.contains(role) || (inserted != null && inserted < i)) {
                    continue;
                }
                if (inserted != null) {
                    ctx.report(grant.roleSpan(), "Role '" + grant.role() + "' is inserted into PLATFORM.ROLES only "
                            + "further down this file: here the sub-select returns NULL and the insert fails. "
                            + "Insert the role first.");
                } else {
                    reportUnknown(ctx, grant, constants);
                }
            }
        }
    }

    private static void reportUnknown(RuleContext ctx, PermissionGrant grant, ConstantsModel constants) {
        List<Fix> fixes = new ArrayList<>();
        for (String candidate : closest(grant.role(), constants)) {
            fixes.add(Fix.unsafe("Use '" + candidate + "'", Edit.replace(grant.roleSpan(), candidate)));
        }
        ctx.report(grant.roleSpan(), "Role '" + grant.role() + "' is not in BuiltInSystemRoles (" + constants.path()
                + ") and no migration inserts it: the sub-select returns NULL and the insert fails.", fixes);
    }

    private static List<String> closest(String role, ConstantsModel constants) {
        List<String> names = new ArrayList<>();
        constants.roles().forEach(m -> {
            if (m.value() != null) {
                names.add(m.value());
            }
        });
        String wanted = role.toLowerCase(Locale.ROOT);
        names.sort((a, b) -> Integer.compare(PermissionAction.distance(wanted, a.toLowerCase(Locale.ROOT)),
                PermissionAction.distance(wanted, b.toLowerCase(Locale.ROOT))));
        return names.subList(0, Math.min(2, names.size()));
    }
}
