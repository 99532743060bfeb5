package io.migrationlsp.rules.postgresrls;

import io.migrationlsp.core.analysis.WorkspaceFacts;
import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.model.AlterAction;
import io.migrationlsp.core.model.ColumnDef;
import io.migrationlsp.core.model.QualifiedName;
import io.migrationlsp.core.model.StatementKind;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.rules.Edit;
import io.migrationlsp.core.rules.Fix;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import io.migrationlsp.core.schema.TableInfo;
import io.migrationlsp.core.text.TextSpan;
import io.migrationlsp.rules.postgres.MigrationFile;
import java.util.ArrayList;
import java.util.List;

/**
 * A table with {@code tenant_id} gets, in the same migration, {@code ENABLE ROW LEVEL SECURITY},
 * {@code FORCE ROW LEVEL SECURITY} and a policy: without them every tenant reads every tenant's rows.
 */
public final class RlsRequired implements Rule {
    private static final RuleMeta META = new RuleMeta("rls-required", Severity.ERROR, Profile.POSTGRES_RLS,
            "a table with tenant_id lacking ENABLE / FORCE ROW LEVEL SECURITY or a CREATE POLICY in the same migration");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        if (MigrationFile.isReverse(ctx)) {
            return;
        }
        for (StatementModel m : ctx.models()) {
            if (m.target() == null || TenantScope.isException(ctx.config(), m.target())) {
                continue;
            }
            TextSpan where = null;
            if (m.kind() == StatementKind.CREATE_TABLE && m.column(TenantScope.TENANT_ID) != null) {
                where = m.target().span();
            } else if (m.kind() == StatementKind.ALTER_TABLE) {
                for (AlterAction a : m.alterActions()) {
                    for (ColumnDef c : a.kind() == AlterAction.Kind.ADD_COLUMN ? a.columns() : List.<ColumnDef>of()) {
                        if (c.name().is(TenantScope.TENANT_ID)) {
                            where = c.name().span();
                        }
                    }
                }
            }
            if (where != null) {
                check(ctx, m, where);
            }
        }
    }

    private static void check(RuleContext ctx, StatementModel owner, TextSpan where) {
        QualifiedName table = owner.target();
        String key = MigrationFile.key(table);
        boolean enabled = false;
        boolean forced = false;
        boolean policy = false;
        WorkspaceFacts facts = MigrationFile.facts(ctx);
        TableInfo before = facts == null ? null : facts.schemaBefore(ctx.file().path()).table(table.key());
        if (before != null) {
            enabled = before.rlsEnabled();
            forced = before.rlsForced();
            policy = !before.policies().isEmpty();
        }
        for (StatementModel m : ctx.models()) {
            if (m.target() == null || !MigrationFile.key(m.target()).equals(key)) {
                continue;
            }
            if (m.kind() == StatementKind.CREATE_POLICY) {
                policy = true;
            }
            for (AlterAction a : m.kind() == StatementKind.ALTER_TABLE ? m.alterActions() : List.<AlterAction>of()) {
                enabled |= a.kind() == AlterAction.Kind.ENABLE_RLS;
                forced |= a.kind() == AlterAction.Kind.FORCE_RLS;
            }
        }
        List<String> missing = new ArrayList<>();
        StringBuilder block = new StringBuilder("\n\n-- Add RLS");
        String name = table.display();
        if (!enabled) {
            missing.add("ENABLE ROW LEVEL SECURITY");
            block.append("\nALTER TABLE ").append(name).append(" ENABLE ROW LEVEL SECURITY;");
        }
        if (!forced) {
            missing.add("FORCE ROW LEVEL SECURITY");
            block.append("\nALTER TABLE ").append(name).append(" FORCE ROW LEVEL SECURITY;");
        }
        if (!policy) {
            missing.add("a tenant policy");
            block.append(enabled && forced ? "\n" : "\n\n").append("CREATE POLICY tenant_isolation ON ").append(name)
                    .append("\n    USING (tenant_id::text = current_setting('app.current_tenant_id', true));");
        }
        if (missing.isEmpty()) {
            return;
        }
        TextSpan statement = owner.statement().span();
        String text = (owner.statement().terminator() == null ? ";" : "") + block;
        ctx.report(where, "Table " + name + " has tenant_id but this migration does not give it " + and(missing)
                        + ": without row level security every tenant can read every tenant's rows (a missing RLS is an S2 finding).",
                Fix.of("Add the RLS block for " + name, Edit.insert(statement.end(), text)));
    }

    /** {@code A}, {@code A and B}, {@code A, B and C}. */
    private static String and(List<String> items) {
        int last = items.size() - 1;
        return last == 0 ? items.get(0) : String.join(", ", items.subList(0, last)) + " and " + items.get(last);
    }
}
