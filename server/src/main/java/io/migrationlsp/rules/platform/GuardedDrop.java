package io.migrationlsp.rules.platform;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.model.AlterAction;
import io.migrationlsp.core.model.Guard;
import io.migrationlsp.core.model.Ident;
import io.migrationlsp.core.model.StatementKind;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.rules.Edit;
import io.migrationlsp.core.rules.Fix;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import io.migrationlsp.core.text.Token;
import java.util.List;

/**
 * Drops are guarded so a migration can run on a tenant where the object is already gone:
 * {@code DROP INDEX IF EXISTS}, {@code DROP TABLE IF EXISTS}, and {@code DROP COLUMN} inside
 * {@code IF EXISTS (SELECT * FROM sys.columns ...)}.
 */
public final class GuardedDrop implements Rule {
    private static final RuleMeta META = new RuleMeta("guarded-drop", Severity.ERROR, Profile.PLATFORM,
            "DROP without IF EXISTS, or DROP COLUMN not guarded by a sys.columns check");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        check(ctx, ctx.file().models(), null);
    }

    /**
     * Walks the statements with the guard that covers them: the statements of
     * {@code IF EXISTS (...) BEGIN ... END} are guarded by the IF (its ELSE branch is not).
     */
    private static void check(RuleContext ctx, List<StatementModel> models, Guard enclosing) {
        for (StatementModel m : models) {
            Guard own = m.guard() != null ? m.guard() : enclosing;
            int bodyEnd = m.tokens().isEmpty() ? -1 : m.tokens().get(m.tokens().size() - 1).end();
            for (StatementModel inner : m.inner()) {
                boolean inBody = !inner.tokens().isEmpty() && inner.tokens().get(0).start() < bodyEnd;
                check(ctx, List.of(inner), inBody ? own : enclosing);
            }
            check(ctx, m, own);
        }
    }

    private static void check(RuleContext ctx, StatementModel m, Guard guard) {
        boolean guarded = guard != null && guard.kind() == Guard.Kind.IF_EXISTS;
        if ((m.kind() == StatementKind.DROP_TABLE || m.kind() == StatementKind.DROP_INDEX) && !m.ifExists() && !guarded) {
            Token objectWord = m.tokens().get(1);
            String what = m.kind() == StatementKind.DROP_TABLE ? "DROP TABLE" : "DROP INDEX";
            ctx.report(m.headSpan(), what + " without IF EXISTS fails on a tenant where it is already gone: write "
                            + what + " IF EXISTS.",
                    Fix.of("Add IF EXISTS", Edit.insert(objectWord.end(), " IF EXISTS")));
        }
        if (m.kind() == StatementKind.ALTER_TABLE && m.target() != null) {
            for (AlterAction a : m.alterActions()) {
                if (a.kind() == AlterAction.Kind.DROP_COLUMN && !a.ifExists()
                        && !(guarded && guard.mentionsSysColumns()) && !a.names().isEmpty()) {
                    reportColumnDrop(ctx, m, a);
                }
            }
        }
    }

    private static void reportColumnDrop(RuleContext ctx, StatementModel m, AlterAction a) {
        Ident column = a.names().get(0);
        String table = (m.target().schema() != null ? m.target().schema().raw() + "." : "") + m.target().table().name();
        String guard = "IF EXISTS (SELECT * FROM sys.columns WHERE object_id = OBJECT_ID('" + table.replace("'", "''")
                + "') AND name = '" + column.name().replace("'", "''") + "')";
        int stmtStart = m.statement().span().start();
        boolean canGuard = m.guard() == null && m.statement().tokens().get(0).start() == m.tokens().get(0).start();
        String indent = Texts.indentAt(ctx.text(), stmtStart);
        Fix fix = Fix.of("Guard with IF EXISTS (sys.columns)",
                Edit.insert(stmtStart, guard + Texts.newline(ctx.text()) + indent));
        String message = "DROP COLUMN " + column.name() + " is not guarded: wrap it in " + guard + ".";
        if (canGuard) {
            ctx.report(a.span(), message, fix);
        } else {
            ctx.report(a.span(), message);
        }
    }
}
