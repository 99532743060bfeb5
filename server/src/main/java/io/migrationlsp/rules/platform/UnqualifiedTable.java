package io.migrationlsp.rules.platform;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.model.Ident;
import io.migrationlsp.core.model.QualifiedName;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.model.TableRef;
import io.migrationlsp.core.rules.Edit;
import io.migrationlsp.core.rules.Fix;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import io.migrationlsp.core.sql.Section;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every table is qualified with its scope: {@code {schema_name}.} for tenant data, {@code PLATFORM.}
 * for shared data. Without it the statement hits the login's default schema.
 */
public final class UnqualifiedTable implements Rule {
    private static final RuleMeta META = new RuleMeta("unqualified-table", Severity.ERROR, Profile.PLATFORM,
            "table reference without a schema");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        Set<Integer> seen = new HashSet<>();
        for (StatementModel m : ctx.models()) {
            for (TableRef ref : m.tableRefs()) {
                QualifiedName name = ref.name();
                if (name.hasSchema() || name.isTempOrVariable() || !seen.add(name.span().start())
                        || name.table().looksLikePlaceholderAttempt()) {
                    continue;
                }
                Ident table = name.table();
                String bare = table.quote() == Ident.Quote.BRACKET ? table.raw() : "[" + table.name() + "]";
                String placeholder = ctx.config().placeholder();
                Fix tenant = Fix.of("Qualify as " + placeholder + "." + bare, Edit.replace(name.span(), placeholder + "." + bare));
                Fix platform = Fix.of("Qualify as PLATFORM." + bare, Edit.replace(name.span(), "PLATFORM." + bare));
                List<Fix> fixes = m.section() == Section.PLATFORM ? List.of(platform, tenant) : List.of(tenant, platform);
                ctx.report(name.span(), "Table " + table.raw() + " has no schema: write " + placeholder + "." + bare
                        + " for a tenant table or PLATFORM." + bare + " for a platform table.", fixes);
            }
        }
    }
}
