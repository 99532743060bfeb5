package io.migrationlsp.rules.platform;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.model.StatementKind;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.rules.Edit;
import io.migrationlsp.core.rules.Fix;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import java.util.List;

/** tables.py is the final schema for new tenants: clean CREATE TABLE DDL, never a series of ALTERs. */
public final class TablesPyNoAlter implements Rule {
    private static final RuleMeta META = new RuleMeta("tables-py-no-alter", Severity.ERROR, Profile.PLATFORM,
            "ALTER TABLE inside tables.py");

    @Override
    public boolean needsWorkspace() {
        return true;
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public Applies applies() {
        return Applies.TABLES_PY;
    }

    @Override
    public void check(RuleContext ctx) {
        for (StatementModel m : ctx.models()) {
            if (m.kind() != StatementKind.ALTER_TABLE) {
                continue;
            }
            String table = m.target() == null ? "its table" : m.target().table().name();
            List<Edit> fold = m.target() == null ? null : AlterFold.edits(ctx.text(), ctx.file().models(), m);
            ctx.report(m.headSpan(), "tables.py must read as final CREATE TABLE DDL: fold this ALTER TABLE into the CREATE TABLE of "
                    + table + ".", fold == null ? List.of() : List.of(new Fix("Fold into the CREATE TABLE of " + table, fold, null, true)));
        }
    }
}
