package io.migrationlsp.rules.platform;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.model.AlterAction;
import io.migrationlsp.core.model.ColumnDef;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.rules.Edit;
import io.migrationlsp.core.rules.Fix;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import java.util.List;
import java.util.Set;

/** Booleans are BIT with DEFAULT 0 or DEFAULT 1; IS_/HAS_ flags stored as numbers or text are booleans too. */
public final class BitNeedsDefault extends TypeRule {
    private static final RuleMeta META = new RuleMeta("bit-needs-default", Severity.WARNING, Profile.PLATFORM,
            "BIT column without DEFAULT 0/1, or a boolean stored as another type");
    private static final Set<String> NOT_BIT = Set.of("INT", "TINYINT", "SMALLINT", "NVARCHAR", "VARCHAR", "CHAR", "NCHAR");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    void checkColumn(RuleContext ctx, StatementModel m, ColumnDef c) {
        if (isAlterColumn(m, c)) {
            return;
        }
        String name = c.name().upper();
        if (c.type().is("BIT")) {
            if (!hasBooleanDefault(c)) {
                ctx.report(c.type().span(), "BIT column " + c.name().name()
                                + " has no DEFAULT 0 or DEFAULT 1: existing and new rows would get NULL instead of a boolean.",
                        defaultFix(c));
            }
        } else if ((name.startsWith("IS_") || name.startsWith("HAS_")) && NOT_BIT.contains(c.type().name())) {
            // The fix must leave a compliant BIT: add DEFAULT 0 when there is no default; a default that is not
            // 0/1 (e.g. 'N') cannot be converted mechanically (BIT DEFAULT 'N' fails on insert), so no fix then.
            List<Fix> fixes;
            if (hasBooleanDefault(c)) {
                fixes = List.of(Fix.unsafe("Change " + c.type().display() + " to BIT", Edit.replace(c.type().span(), "BIT")));
            } else if (!c.hasDefault()) {
                fixes = List.of(Fix.unsafe("Change " + c.type().display() + " to BIT DEFAULT 0",
                        Edit.replace(c.type().span(), "BIT"), Edit.insert(c.span().end(), " DEFAULT 0")));
            } else {
                fixes = List.of();
            }
            ctx.report(c.type().span(), c.name().name() + " is a boolean stored as " + c.type().display()
                            + ": use BIT with DEFAULT 0 or DEFAULT 1.", fixes);
        }
    }

    /** Adds DEFAULT 0, or replaces a default that is not 0/1 (a second DEFAULT clause would not compile). */
    private static Fix defaultFix(ColumnDef c) {
        if (!c.hasDefault()) {
            return Fix.of("Add DEFAULT 0", Edit.insert(c.span().end(), " DEFAULT 0"));
        }
        if (c.defaultText().isEmpty()) {
            return Fix.of("Write DEFAULT 0", Edit.replace(c.defaultSpan(), "DEFAULT 0"));
        }
        return Fix.unsafe("Change DEFAULT " + c.defaultText() + " to DEFAULT 0", Edit.replace(c.defaultSpan(), "0"));
    }

    private static boolean isAlterColumn(StatementModel m, ColumnDef c) {
        for (AlterAction a : m.alterActions()) {
            if (a.kind() == AlterAction.Kind.ALTER_COLUMN && a.columns().contains(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasBooleanDefault(ColumnDef c) {
        if (!c.hasDefault()) {
            return false;
        }
        String v = c.defaultText().replaceAll("[()'\\s]", "");
        return v.equals("0") || v.equals("1");
    }
}
