package io.migrationlsp.rules.sqlx;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.model.AlterAction;
import io.migrationlsp.core.model.CheckDef;
import io.migrationlsp.core.model.ColumnDef;
import io.migrationlsp.core.model.StatementKind;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import io.migrationlsp.rules.postgres.MigrationFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Add CHECK constraints for enum-like columns": a text column named like a set of values
 * ({@code status}, {@code severity}, {@code type}, {@code kind}, ... or ending so) takes a
 * {@code CHECK (col IN (...))} in the migration that adds it, as the document's {@code severity} does.
 */
public final class EnumCheckConstraint implements Rule {
    private static final RuleMeta META = new RuleMeta("enum-check-constraint", Severity.INFORMATION, Profile.SQLX,
            "an enum-like text column without a CHECK (... IN (...))");
    private static final Set<String> ENUM_NAMES = Set.of("status", "state", "severity", "type", "kind", "category", "level",
            "priority", "role", "mode", "stage", "phase", "tier", "gender", "channel", "frequency", "visibility");
    private static final Set<String> TEXT_TYPES = Set.of("TEXT", "VARCHAR", "CHARACTER VARYING", "CHAR", "CHARACTER",
            "CITEXT", "BPCHAR", "NVARCHAR");

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
            if (m.target() == null) {
                continue;
            }
            List<ColumnDef> added = new ArrayList<>();
            if (m.kind() == StatementKind.CREATE_TABLE) {
                added.addAll(m.columns());
            } else if (m.kind() == StatementKind.ALTER_TABLE) {
                for (AlterAction a : m.alterActions()) {
                    if (a.kind() == AlterAction.Kind.ADD_COLUMN) {
                        added.addAll(a.columns());
                    }
                }
            }
            for (ColumnDef c : added) {
                if (enumLike(c) && !checked(ctx, m, c)) {
                    ctx.report(c.name().span(), "Column " + c.name().name() + " looks enum-like but takes any text: add "
                            + "CHECK (" + c.name().name() + " IN ('...', '...')) with its allowed values, or use an enum type.");
                }
            }
        }
    }

    private static boolean enumLike(ColumnDef c) {
        if (c.type() == null || !TEXT_TYPES.contains(c.type().name())) {
            return false;
        }
        String name = c.name().name().toLowerCase(Locale.ROOT);
        if (ENUM_NAMES.contains(name)) {
            return true;
        }
        int underscore = name.lastIndexOf('_');
        return underscore > 0 && ENUM_NAMES.contains(name.substring(underscore + 1));
    }

    /** A value-list CHECK naming the column, in its own statement or in a later one of this migration on the same table. */
    private static boolean checked(RuleContext ctx, StatementModel owner, ColumnDef c) {
        String key = MigrationFile.key(owner.target());
        for (StatementModel m : ctx.models()) {
            if (m.target() == null || !MigrationFile.key(m.target()).equals(key)) {
                continue;
            }
            for (CheckDef check : m.checks()) {
                if (check.listsValues() && check.mentions(c.name().name())) {
                    return true;
                }
            }
        }
        return false;
    }
}
