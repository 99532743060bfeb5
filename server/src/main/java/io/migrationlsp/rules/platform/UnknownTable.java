package io.migrationlsp.rules.platform;

import io.migrationlsp.core.analysis.WorkspaceFacts;
import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.model.QualifiedName;
import io.migrationlsp.core.model.StatementKind;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.model.TableRef;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import io.migrationlsp.core.schema.SchemaModel;
import io.migrationlsp.core.workspace.TablesPyModel;
import java.util.HashSet;
import java.util.Set;

/**
 * ALTER, INSERT, CREATE INDEX and foreign keys name a table that exists: created by an earlier
 * migration, by tables.py (tenant tables) or by this file. Tenant names are checked against the
 * tenant schema, PLATFORM names against the platform schema.
 */
public final class UnknownTable implements Rule {
    private static final RuleMeta META = new RuleMeta("unknown-table", Severity.ERROR, Profile.PLATFORM,
            "statement on a table no migration, tables.py or this file creates");

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
        if (facts == null) {
            return;
        }
        SchemaModel before = facts.schemaBefore(ctx.file().path());
        TablesPyModel tablesPy = facts.tablesPy();
        Set<String> createdHere = new HashSet<>();
        for (StatementModel m : ctx.models()) {
            if (m.kind() == StatementKind.CREATE_TABLE && m.target() != null) {
                createdHere.add(m.target().key());
            }
        }
        Set<Integer> reported = new HashSet<>();
        for (StatementModel m : ctx.models()) {
            for (TableRef ref : m.tableRefs()) {
                QualifiedName n = ref.name();
                if (!checked(m, ref) || !(n.isTenant() || n.isSchema("PLATFORM")) || createdHere.contains(n.key())
                        || before.table(n.key()) != null || inTablesPy(tablesPy, n) || !reported.add(n.span().start())) {
                    continue;
                }
                String later = facts.laterCreator(ctx.file().path(), n.key());
                String scope = n.isTenant() ? "tenant" : "platform";
                ctx.report(n.table().span(), "No earlier migration" + (n.isTenant() ? ", tables.py" : "") + " or this file creates the "
                        + scope + " table " + n.table().name() + (later != null ? " (" + later + " creates it later)" : "")
                        + ": check the name or the migration order.");
            }
        }
    }

    /** ALTER/INSERT/CREATE INDEX targets and foreign-key references; reads and drops may touch what exists at run time. */
    private static boolean checked(StatementModel m, TableRef ref) {
        if (ref.role() == TableRef.Role.REFERENCE) {
            return true;
        }
        return ref.role() == TableRef.Role.TARGET && ref.name().equals(m.target())
                && (m.kind() == StatementKind.ALTER_TABLE || m.kind() == StatementKind.INSERT || m.kind() == StatementKind.CREATE_INDEX);
    }

    private static boolean inTablesPy(TablesPyModel tp, QualifiedName n) {
        return n.isTenant() && tp != null && tp.schema() != null && tp.schema().table(n.key()) != null;
    }
}
