package io.migrationlsp.rules.platform;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.model.ColumnDef;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.rules.Edit;
import io.migrationlsp.core.rules.Fix;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import java.util.Locale;
import java.util.Set;

/** Text is NVARCHAR (Unicode); VARCHAR only for ASCII-only columns such as e-mail addresses. */
public final class PreferNvarchar extends TypeRule {
    private static final RuleMeta META = new RuleMeta("prefer-nvarchar", Severity.WARNING, Profile.PLATFORM,
            "VARCHAR, CHAR, TEXT or NTEXT for text: use NVARCHAR");
    private static final Set<String> NON_UNICODE = Set.of("VARCHAR", "CHAR", "TEXT", "NTEXT", "CHARACTER VARYING", "CHARACTER");
    private static final int NVARCHAR_MAX_LENGTH = 4000;

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    void checkColumn(RuleContext ctx, StatementModel m, ColumnDef c) {
        String type = c.type().name();
        if (!NON_UNICODE.contains(type)) {
            return;
        }
        if ((type.equals("VARCHAR") || type.equals("CHAR")) && isAsciiColumn(ctx, c.name().name())) {
            return;
        }
        Edit edit = edit(c);
        String replacement = edit.newText().equals("NVARCHAR") ? "NVARCHAR" + c.type().args() : edit.newText();
        ctx.report(c.type().span(), c.type().display() + " on " + c.name().name()
                        + " cannot hold Unicode text: use " + replacement
                        + " (VARCHAR is only for ASCII-only columns such as e-mail addresses).",
                Fix.of("Change " + c.type().display() + " to " + replacement, edit));
    }

    private static boolean isAsciiColumn(RuleContext ctx, String column) {
        String upper = column.toUpperCase(Locale.ROOT);
        for (String pattern : ctx.config().asciiColumnPatterns()) {
            String p = pattern.toUpperCase(Locale.ROOT);
            if (upper.contains(p) || upper.matches(p)) {
                return true;
            }
        }
        return false;
    }

    /** The smallest edit: the type name alone, unless the length does not fit NVARCHAR or the type has none. */
    private static Edit edit(ColumnDef c) {
        if (c.type().is("TEXT") || c.type().is("NTEXT")) {
            return Edit.replace(c.type().span(), "NVARCHAR(MAX)");
        }
        String args = c.type().args();
        if (args.length() > 2) {
            String inner = args.substring(1, args.length() - 1).trim();
            if (inner.matches("\\d+") && Long.parseLong(inner) > NVARCHAR_MAX_LENGTH) {
                return Edit.replace(c.type().span(), "NVARCHAR(MAX)");
            }
        }
        return Edit.replace(c.type().nameSpan(), "NVARCHAR");
    }
}
