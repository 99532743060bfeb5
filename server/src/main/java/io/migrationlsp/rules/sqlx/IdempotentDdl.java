package io.migrationlsp.rules.sqlx;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.model.AlterAction;
import io.migrationlsp.core.model.StatementKind;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.rules.Edit;
import io.migrationlsp.core.rules.Fix;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import io.migrationlsp.core.text.TextSpan;
import io.migrationlsp.core.text.Token;
import io.migrationlsp.rules.postgres.MigrationFile;
import java.util.List;
import java.util.Set;

/**
 * "Use IF NOT EXISTS and IF EXISTS to make migrations idempotent where possible": a CREATE of an
 * object kind that takes IF NOT EXISTS, any DROP, and ALTER TABLE's ADD COLUMN / DROP COLUMN /
 * DROP CONSTRAINT. An index on a table this same migration creates belongs to that creation, as in
 * the document's own example, and is left alone.
 */
public final class IdempotentDdl implements Rule {
    private static final RuleMeta META = new RuleMeta("idempotent-ddl", Severity.WARNING, Profile.SQLX,
            "CREATE without IF NOT EXISTS, DROP without IF EXISTS");
    /** Object kinds whose CREATE accepts IF NOT EXISTS in Postgres. */
    private static final Set<String> CREATABLE = Set.of("TABLE", "INDEX", "SCHEMA", "EXTENSION", "SEQUENCE");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        Set<String> created = MigrationFile.tablesCreated(ctx);
        for (StatementModel m : ctx.models()) {
            Token first = m.tokens().isEmpty() ? null : m.tokens().get(0);
            if (first == null || m.guard() != null) {
                continue;
            }
            if (first.is("CREATE") && !m.ifNotExists() && CREATABLE.contains(m.objectKind()) && !m.orReplace()) {
                create(ctx, m, created);
            } else if (first.is("DROP") && !m.ifExists() && m.objectKind() != null && !m.objectKind().isEmpty()
                    && !m.objectKind().equals("OWNED")) {
                Token at = after(m.tokens(), 1, m.objectKind().split(" ").length, "CONCURRENTLY");
                ctx.report(m.headSpan(), "DROP " + m.objectKind() + " without IF EXISTS fails when the migration runs again "
                                + "after a partial failure. Write DROP " + m.objectKind() + " IF EXISTS.",
                        Fix.of("Add IF EXISTS", Edit.insert(at.end(), " IF EXISTS")));
            } else if (m.kind() == StatementKind.ALTER_TABLE && m.target() != null && !created.contains(MigrationFile.key(m.target()))) {
                for (AlterAction a : m.alterActions()) {
                    alter(ctx, m, a);
                }
            }
        }
    }

    private static void create(RuleContext ctx, StatementModel m, Set<String> created) {
        if (m.kind() == StatementKind.CREATE_INDEX && (m.index() == null || m.index().name() == null || m.target() == null
                || created.contains(MigrationFile.key(m.target())))) {
            // An unnamed index cannot take IF NOT EXISTS; one on a table created here is part of that creation.
            return;
        }
        Token object = find(m.tokens(), m.objectKind());
        if (object == null) {
            return;
        }
        Token at = m.kind() == StatementKind.CREATE_INDEX ? after(m.tokens(), m.tokens().indexOf(object), 1, "CONCURRENTLY") : object;
        ctx.report(m.headSpan(), "CREATE " + m.objectKind() + " without IF NOT EXISTS fails when the migration runs again "
                        + "after a partial failure. Write CREATE " + m.objectKind() + " IF NOT EXISTS.",
                Fix.of("Add IF NOT EXISTS", Edit.insert(at.end(), " IF NOT EXISTS")));
    }

    private static void alter(RuleContext ctx, StatementModel m, AlterAction a) {
        List<Token> tokens = m.tokens();
        Token head = tokenAt(tokens, a.span().start());
        if (head == null || a.ifExists()) {
            return;
        }
        int i = tokens.indexOf(head);
        Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
        boolean keyword = next != null && next.isAny("COLUMN", "CONSTRAINT");
        Token at = keyword ? next : head;
        TextSpan span = new TextSpan(head.start(), (keyword ? next : head).end());
        if (a.kind() == AlterAction.Kind.ADD_COLUMN && head.is("ADD")) {
            ctx.report(span, "ADD COLUMN without IF NOT EXISTS fails when the migration runs again. Write ADD COLUMN IF NOT EXISTS.",
                    Fix.of("Add IF NOT EXISTS", Edit.insert(at.end(), keyword ? " IF NOT EXISTS" : " COLUMN IF NOT EXISTS")));
        } else if ((a.kind() == AlterAction.Kind.DROP_COLUMN || a.kind() == AlterAction.Kind.DROP_CONSTRAINT) && head.is("DROP")) {
            String what = a.kind() == AlterAction.Kind.DROP_COLUMN ? "COLUMN" : "CONSTRAINT";
            ctx.report(span, "DROP " + what + " without IF EXISTS fails when the migration runs again. Write DROP " + what + " IF EXISTS.",
                    Fix.of("Add IF EXISTS", Edit.insert(at.end(), keyword ? " IF EXISTS" : " COLUMN IF EXISTS")));
        }
    }

    private static Token find(List<Token> tokens, String word) {
        for (Token t : tokens) {
            if (t.is(word)) {
                return t;
            }
        }
        return null;
    }

    /** The token {@code count} words after index {@code from}, stepping over an optional word. */
    private static Token after(List<Token> tokens, int from, int count, String optional) {
        int i = Math.min(tokens.size() - 1, from + count - 1);
        if (i + 1 < tokens.size() && tokens.get(i + 1).is(optional)) {
            i++;
        }
        return tokens.get(i);
    }

    private static Token tokenAt(List<Token> tokens, int offset) {
        for (Token t : tokens) {
            if (t.start() == offset) {
                return t;
            }
        }
        return null;
    }
}
