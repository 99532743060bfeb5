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
import io.migrationlsp.core.text.TextSpan;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Only two schemas exist for migrations: {@code PLATFORM} and the tenant placeholder. A concrete
 * tenant schema ({@code TENANT_ABC123.}) or {@code dbo.} changes one database, not every tenant.
 */
public final class HardcodedTenantSchema implements Rule {
    private static final RuleMeta META = new RuleMeta("hardcoded-tenant-schema", Severity.ERROR, Profile.PLATFORM,
            "a concrete schema other than PLATFORM or the tenant placeholder");

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
                Ident schema = name.schema();
                if (schema == null || schema.placeholder() || schema.is("PLATFORM") || name.isSystemCatalog()
                        || schema.looksLikePlaceholderAttempt() || schema.quote() == Ident.Quote.BRACED
                        || !seen.add(schema.span().start())) {
                    continue;
                }
                String placeholder = ctx.config().placeholder();
                // A database prefix (MyDb.dbo.[T]) goes with the schema: the placeholder names the whole scope.
                TextSpan replaced = new TextSpan(name.span().start(), schema.span().end());
                Fix tenant = Fix.of("Replace with " + placeholder, Edit.replace(replaced, placeholder));
                Fix platform = Fix.of("Replace with PLATFORM", Edit.replace(replaced, "PLATFORM"));
                List<Fix> fixes = m.section() == Section.PLATFORM ? List.of(platform, tenant) : List.of(tenant, platform);
                ctx.report(schema.span(), "Schema " + schema.raw() + " is hard-coded: tenant tables use " + placeholder
                                + " (replaced per tenant at provisioning), platform tables PLATFORM.", fixes);
            }
        }
    }
}
