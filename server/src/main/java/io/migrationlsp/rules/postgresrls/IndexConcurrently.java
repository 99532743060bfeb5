package io.migrationlsp.rules.postgresrls;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.model.StatementKind;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.rules.Edit;
import io.migrationlsp.core.rules.Fix;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import io.migrationlsp.core.text.Token;
import io.migrationlsp.rules.postgres.MigrationFile;
import java.util.Set;

/**
 * "Use CONCURRENTLY to avoid locking": a plain {@code CREATE INDEX} blocks writes to the table for
 * the whole build. A table this migration creates is empty, so its indexes need nothing.
 */
public final class IndexConcurrently implements Rule {
    private static final RuleMeta META = new RuleMeta("index-concurrently", Severity.WARNING, Profile.POSTGRES_RLS,
            "CREATE INDEX on an existing table without CONCURRENTLY");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        if (MigrationFile.isReverse(ctx)) {
            return;
        }
        Set<String> created = MigrationFile.tablesCreated(ctx);
        for (StatementModel m : ctx.models()) {
            if (m.kind() != StatementKind.CREATE_INDEX || m.index() == null || m.index().concurrently() || m.target() == null
                    || created.contains(MigrationFile.key(m.target()))) {
                continue;
            }
            Token index = null;
            for (Token t : m.tokens()) {
                if (t.is("INDEX")) {
                    index = t;
                    break;
                }
            }
            if (index == null) {
                continue;
            }
            ctx.report(m.headSpan(), "CREATE INDEX on the existing table " + m.target().display() + " without CONCURRENTLY "
                            + "blocks writes to it until the index is built. Use CREATE INDEX CONCURRENTLY.",
                    Fix.of("Add CONCURRENTLY", Edit.insert(index.end(), " CONCURRENTLY")));
        }
    }
}
