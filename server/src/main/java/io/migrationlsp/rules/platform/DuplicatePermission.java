package io.migrationlsp.rules.platform;

import io.migrationlsp.core.analysis.WorkspaceFacts;
import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.schema.Origin;
import io.migrationlsp.core.schema.SchemaModel;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.model.PermissionGrant;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.rules.Edit;
import io.migrationlsp.core.rules.Fix;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import io.migrationlsp.core.text.TextSpan;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The same role/permission pair inserted twice gives a duplicate row (or a unique-key failure). */
public final class DuplicatePermission implements Rule {
    private static final RuleMeta META = new RuleMeta("duplicate-permission", Severity.WARNING, Profile.PLATFORM,
            "the same (role, permission) pair inserted twice");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        Map<String, PermissionGrant> seen = new HashMap<>();
        WorkspaceFacts facts = History.facts(ctx);
        Map<String, Origin> history = facts == null ? null : facts.schemaBefore(ctx.file().path()).grants();
        for (Permissions.Grant g : Permissions.grants(ctx)) {
            PermissionGrant grant = g.grant();
            if (grant.role() == null) {
                continue;
            }
            String key = grant.role().toLowerCase(Locale.ROOT) + "\u0000" + grant.permission().toUpperCase(Locale.ROOT);
            PermissionGrant first = seen.putIfAbsent(key, grant);
            if (first == null) {
                Origin earlier = history == null ? null : history.get(SchemaModel.grantKey(grant.role(), grant.permission()));
                if (earlier != null) {
                    Edit remove = removeRow(ctx.text(), g.statement(), grant);
                    List<Fix> fixes = remove == null ? List.of() : List.of(Fix.of("Remove the duplicate row", remove));
                    ctx.report(grant.permissionSpan(), "'" + grant.role() + "' already has " + grant.permission()
                            + ": granted by " + earlier.path() + ".", fixes);
                }
                continue;
            }
            int firstLine = ctx.file().lines().lineOf(first.rowSpan().start()) + 1;
            Edit remove = removeRow(ctx.text(), g.statement(), grant);
            List<Fix> fixes = remove == null ? List.of() : List.of(Fix.of("Remove the duplicate row", remove));
            ctx.report(grant.permissionSpan(), "'" + grant.role() + "' is already granted " + grant.permission()
                    + " on line " + firstLine + ".", fixes);
        }
    }

    /** Removes the row with the comma before it (or after it, for the first row); a one-row INSERT is removed whole. */
    private static Edit removeRow(String text, StatementModel m, PermissionGrant grant) {
        List<List<TextSpan>> rows = m.insertRows();
        int index = -1;
        for (int i = 0; i < rows.size(); i++) {
            List<TextSpan> values = rows.get(i);
            if (!values.isEmpty() && values.get(0).start() > grant.rowSpan().start() && values.get(0).start() < grant.rowSpan().end()) {
                index = i;
            }
        }
        if (index < 0) {
            return null;
        }
        if (rows.size() == 1) {
            // The only row: remove the whole INSERT (its lines), unless it is part of a guard or block.
            boolean topLevel = m.guard() == null && m.statement().tokens().get(0).start() == m.tokens().get(0).start();
            return topLevel ? Edit.replace(Texts.fullLines(text, m.statement().span()), "") : null;
        }
        TextSpan row = grant.rowSpan();
        if (index > 0) {
            int prevEnd = previousRowEnd(text, rows.get(index - 1));
            return Edit.replace(new TextSpan(prevEnd, row.end()), "");
        }
        int nextStart = rows.get(1).get(0).start() - 1;
        while (nextStart > row.end() && text.charAt(nextStart) != '(') {
            nextStart--;
        }
        return Edit.replace(new TextSpan(row.start(), nextStart), "");
    }

    private static int previousRowEnd(String text, List<TextSpan> values) {
        int k = values.get(values.size() - 1).end();
        while (k < text.length() && text.charAt(k) != ')') {
            k++;
        }
        return Math.min(text.length(), k + 1);
    }
}
