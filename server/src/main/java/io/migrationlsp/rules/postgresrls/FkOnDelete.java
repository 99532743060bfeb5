package io.migrationlsp.rules.postgresrls;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.model.ColumnDef;
import io.migrationlsp.core.model.ForeignKey;
import io.migrationlsp.core.model.Ident;
import io.migrationlsp.core.model.Nullability;
import io.migrationlsp.core.model.StatementKind;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.rules.Edit;
import io.migrationlsp.core.rules.Fix;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import io.migrationlsp.core.text.Token;
import io.migrationlsp.rules.postgres.MigrationFile;
import java.util.ArrayList;
import java.util.List;

/**
 * "Foreign keys with proper ON DELETE": the default (NO ACTION) makes deleting a parent fail late
 * and says nothing about intent. The tenant reference {@code tenant_id REFERENCES ...tenants} is the
 * document's own template, which keeps the default on purpose (a tenant is offboarded, not cascaded).
 */
public final class FkOnDelete implements Rule {
    private static final RuleMeta META = new RuleMeta("fk-on-delete", Severity.WARNING, Profile.POSTGRES_RLS,
            "a foreign key without ON DELETE");

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
            if (m.kind() != StatementKind.CREATE_TABLE && m.kind() != StatementKind.ALTER_TABLE) {
                continue;
            }
            for (ForeignKey fk : m.foreignKeys()) {
                if (fk.onDelete() != null || TenantScope.isTenantReference(fk.columns(), fk.refTable())) {
                    continue;
                }
                int at = afterReference(m.tokens(), fk);
                List<Fix> fixes = new ArrayList<>();
                fixes.add(Fix.unsafe("Add ON DELETE CASCADE (delete the rows with their parent)", Edit.insert(at, " ON DELETE CASCADE")));
                if (nullable(m, fk)) {
                    fixes.add(Fix.unsafe("Add ON DELETE SET NULL (keep the rows, forget the parent)", Edit.insert(at, " ON DELETE SET NULL")));
                }
                fixes.add(Fix.unsafe("Add ON DELETE RESTRICT (refuse to delete a parent that has rows)", Edit.insert(at, " ON DELETE RESTRICT")));
                ctx.report(fk.span(), "Foreign key to " + fk.refTable().display() + " has no ON DELETE: say what happens to these rows "
                        + "when the " + fk.refTable().table().name() + " row goes (CASCADE, SET NULL or RESTRICT).", fixes);
            }
        }
    }

    /** Just after {@code REFERENCES t} or its {@code (columns)}: where {@code ON DELETE} goes. */
    private static int afterReference(List<Token> tokens, ForeignKey fk) {
        int end = fk.refTable().span().end();
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.start() < end) {
                continue;
            }
            if (!t.isPunct("(")) {
                return end;
            }
            int depth = 0;
            for (int j = k; j < tokens.size(); j++) {
                if (tokens.get(j).isPunct("(")) {
                    depth++;
                } else if (tokens.get(j).isPunct(")") && --depth == 0) {
                    return tokens.get(j).end();
                }
            }
            return end;
        }
        return end;
    }

    /** SET NULL only makes sense when every referencing column may be null. */
    private static boolean nullable(StatementModel m, ForeignKey fk) {
        for (Ident c : fk.columns()) {
            ColumnDef def = c == null ? null : m.column(c.name());
            if (def == null) {
                for (var a : m.alterActions()) {
                    for (ColumnDef added : a.columns()) {
                        if (c != null && added.name().is(c.name())) {
                            def = added;
                        }
                    }
                }
            }
            if (def == null || def.nullability() == Nullability.NOT_NULL || def.primaryKey()) {
                return false;
            }
        }
        return !fk.columns().isEmpty();
    }
}
