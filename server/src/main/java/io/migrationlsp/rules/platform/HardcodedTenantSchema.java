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
import java.util.HashSet;
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
                ctx.report(schema.span(), "Schema " + schema.raw() + " is hard-coded: tenant tables use " + placeholder
                                + " (replaced per tenant at provisioning), platform tables PLATFORM.",
                        Fix.of("Replace with " + placeholder, Edit.replace(schema.span(), placeholder)),
                        Fix.of("Replace with PLATFORM", Edit.replace(schema.span(), "PLATFORM")));
            }
        }
    }
}
