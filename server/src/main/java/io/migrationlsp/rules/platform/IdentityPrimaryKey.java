package io.migrationlsp.rules.platform;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.model.ColumnDef;
import io.migrationlsp.core.model.Ident;
import io.migrationlsp.core.model.Nullability;
import io.migrationlsp.core.model.StatementKind;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.rules.Edit;
import io.migrationlsp.core.rules.Fix;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import java.util.List;

/** Every table starts with {@code ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY}: other tables reference it by that column. */
public final class IdentityPrimaryKey implements Rule {
    static final String ID_COLUMN = "ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY";
    private static final RuleMeta META = new RuleMeta("identity-primary-key", Severity.ERROR, Profile.PLATFORM,
            "CREATE TABLE lacks ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        for (StatementModel m : ctx.models()) {
            if (m.kind() != StatementKind.CREATE_TABLE || m.target() == null || m.columns().isEmpty()
                    || m.target().isTempOrVariable()) {
                continue;
            }
            ColumnDef id = m.column("ID");
            boolean tablePkOnId = false;
            boolean otherPk = false;
            for (List<Ident> pk : m.primaryKeys()) {
                boolean onId = pk.size() == 1 && pk.get(0) != null && pk.get(0).is("ID");
                tablePkOnId |= onId;
                otherPk |= !onId;
            }
            for (ColumnDef c : m.columns()) {
                otherPk |= c.primaryKey() && c != id;
            }
            if (id == null) {
                ColumnDef first = m.columns().get(0);
                String indent = Texts.indentAt(ctx.text(), first.span().start());
                boolean ownLine = indent.length() == first.span().start() - Texts.lineStart(ctx.text(), first.span().start());
                Edit insert = ownLine
                        ? Edit.insert(Texts.lineStart(ctx.text(), first.span().start()), indent + ID_COLUMN + "," + Texts.newline(ctx.text()))
                        : Edit.insert(first.span().start(), ID_COLUMN + ", ");
                // A table that already declares another primary key cannot take a second one: no automatic fix.
                List<Fix> fixes = otherPk ? List.of() : List.of(Fix.of("Insert the ID column", insert));
                ctx.report(m.headSpan(), "Table " + m.target().table().raw() + " has no ID column: every table starts with "
                        + ID_COLUMN + ".", fixes);
                continue;
            }
            String problem = problem(m, id);
            if (problem != null) {
                boolean plain = id.references() == null && !id.hasCheck() && !id.hasDefault() && !otherPk;
                // With a table-level PRIMARY KEY (ID) the column must not declare a second one.
                String replacement = tablePkOnId ? "ID INT NOT NULL IDENTITY(1,1)" : ID_COLUMN;
                List<Fix> fixes = plain ? List.of(Fix.of("Make it " + replacement, Edit.replace(id.span(), replacement))) : List.of();
                ctx.report(id.span(), "ID column of " + m.target().table().raw() + " " + problem + ": write "
                        + ID_COLUMN + ".", fixes);
            }
        }
    }

    private static String problem(StatementModel m, ColumnDef id) {
        if (id.type() == null || !id.type().is("INT")) {
            return "is not INT";
        }
        if (!id.identity() || !id.identityArgs().replace(" ", "").equals("(1,1)")) {
            return "is not IDENTITY(1,1)";
        }
        if (id.nullability() != Nullability.NOT_NULL) {
            return "is not declared NOT NULL";
        }
        boolean tablePk = false;
        for (List<Ident> pk : m.primaryKeys()) {
            tablePk |= pk.size() == 1 && pk.get(0) != null && pk.get(0).is("ID");
        }
        if (!id.primaryKey() && !tablePk) {
            return "is not the PRIMARY KEY";
        }
        return null;
    }
}
