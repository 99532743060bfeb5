package io.migrationlsp.rules.postgresrls;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.model.AlterAction;
import io.migrationlsp.core.model.ColumnChange;
import io.migrationlsp.core.model.QualifiedName;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import io.migrationlsp.rules.postgres.MigrationFile;
import java.util.Set;

/**
 * The document's "never do these without review" table: DROP TABLE, DROP COLUMN, ALTER ... TYPE,
 * DELETE without WHERE and TRUNCATE lose data or lock. On a table this migration creates there is
 * no data yet; rollback scripts drop by nature and are left alone. After review, suppress the
 * finding on the statement ({@code -- migration-lsp: disable=dangerous-operation}).
 */
public final class DangerousOperation implements Rule {
    private static final RuleMeta META = new RuleMeta("dangerous-operation", Severity.WARNING, Profile.POSTGRES_RLS,
            "DROP TABLE, DROP COLUMN, ALTER ... TYPE, DELETE without WHERE, TRUNCATE");
    private static final String REVIEW = " Never without review: get approval from the data owner, back up first, test the "
            + "rollback, then mark the statement reviewed with -- migration-lsp: disable=dangerous-operation.";

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
            switch (m.kind()) {
                case DROP_TABLE -> {
                    for (QualifiedName n : m.dropped()) {
                        if (!created.contains(MigrationFile.key(n))) {
                            ctx.report(m.headSpan(), "DROP TABLE " + n.display() + " loses its data." + REVIEW
                                    + " Verify the table is not in use.");
                            break;
                        }
                    }
                }
                case ALTER_TABLE -> {
                    if (m.target() != null && !created.contains(MigrationFile.key(m.target()))) {
                        alter(ctx, m);
                    }
                }
                case DELETE -> {
                    if (!m.hasWhere() && !newTable(created, m)) {
                        ctx.report(m.headSpan(), "DELETE without WHERE empties " + name(m) + "." + REVIEW
                                + " Always use WHERE.");
                    }
                }
                case TRUNCATE -> {
                    if (!newTable(created, m)) {
                        ctx.report(m.headSpan(), "TRUNCATE empties " + name(m) + " and cannot be filtered." + REVIEW
                                + " Use DELETE with WHERE instead.");
                    }
                }
                default -> { }
            }
        }
    }

    private static void alter(RuleContext ctx, StatementModel m) {
        for (AlterAction a : m.alterActions()) {
            if (a.kind() == AlterAction.Kind.DROP_COLUMN) {
                String column = a.names().isEmpty() ? "a column" : a.names().get(0).name();
                ctx.report(a.span(), "DROP COLUMN " + column + " loses its data." + REVIEW + " Verify it is not read anywhere.");
            } else if (a.kind() == AlterAction.Kind.ALTER_COLUMN && a.change() != null
                    && a.change().kind() == ColumnChange.Kind.TYPE) {
                ctx.report(a.span(), "Changing the type of " + a.names().get(0).name() + " rewrites " + m.target().display()
                        + " under an exclusive lock and may lose data in the cast." + REVIEW + " Test it thoroughly.");
            }
        }
    }

    private static boolean newTable(Set<String> created, StatementModel m) {
        return m.target() != null && created.contains(MigrationFile.key(m.target()));
    }

    private static String name(StatementModel m) {
        return m.target() == null ? "the table" : m.target().display();
    }
}
