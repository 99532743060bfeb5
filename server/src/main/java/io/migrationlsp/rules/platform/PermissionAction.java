package io.migrationlsp.rules.platform;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.model.PermissionGrant;
import io.migrationlsp.core.rules.Edit;
import io.migrationlsp.core.rules.Fix;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import io.migrationlsp.core.text.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The ACTION of a permission is one the application checks: VIEW, CREATE, EDIT, DELETE or a configured one. */
public final class PermissionAction implements Rule {
    private static final RuleMeta META = new RuleMeta("permission-action", Severity.INFORMATION, Profile.PLATFORM,
            "permission ACTION outside the known set");

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
            if (!Permissions.FORMAT.matcher(p).matches()) {
                continue;
            }
            int dot = p.indexOf('.');
            String action = p.substring(dot + 1);
            if (actions.contains(action)) {
                continue;
            }
            TextSpan actionSpan = new TextSpan(grant.permissionSpan().start() + dot + 1, grant.permissionSpan().end());
            List<Fix> fixes = new ArrayList<>();
            for (String known : closest(action, actions)) {
                fixes.add(Fix.unsafe("Use " + p.substring(0, dot + 1) + known, Edit.replace(actionSpan, known)));
            }
            ctx.report(actionSpan, "Action " + action + " is not one of " + String.join(", ", actions)
                    + ": the application may never check it.", fixes);
        }
    }

    /** Common words for the four base actions: UPDATE means EDIT, not the CREATE its spelling is closest to. */
    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("READ", "VIEW"), Map.entry("GET", "VIEW"), Map.entry("LIST", "VIEW"), Map.entry("SHOW", "VIEW"),
            Map.entry("SELECT", "VIEW"), Map.entry("ACCESS", "VIEW"),
            Map.entry("UPDATE", "EDIT"), Map.entry("MODIFY", "EDIT"), Map.entry("WRITE", "EDIT"), Map.entry("CHANGE", "EDIT"),
            Map.entry("MANAGE", "EDIT"),
            Map.entry("ADD", "CREATE"), Map.entry("NEW", "CREATE"), Map.entry("INSERT", "CREATE"),
            Map.entry("REMOVE", "DELETE"), Map.entry("DESTROY", "DELETE"), Map.entry("DEL", "DELETE"));

    /** Known actions: the synonym first when there is one, then by edit distance to the written one, the closest first. */
    static List<String> closest(String action, Set<String> actions) {
        List<String> sorted = new ArrayList<>(actions);
        String synonym = SYNONYMS.get(action);
        sorted.sort((a, b) -> Integer.compare(distance(action, a), distance(action, b)));
        if (synonym != null && sorted.remove(synonym)) {
            sorted.add(0, synonym);
        }
        return sorted.subList(0, Math.min(3, sorted.size()));
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
