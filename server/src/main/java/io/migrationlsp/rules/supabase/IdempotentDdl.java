package io.migrationlsp.rules.supabase;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.model.AlterAction;
import io.migrationlsp.core.model.DoContext;
import io.migrationlsp.core.model.Ident;
import io.migrationlsp.core.model.PostgresFacts;
import io.migrationlsp.core.model.QualifiedName;
import io.migrationlsp.core.model.StatementKind;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.rules.Edit;
import io.migrationlsp.core.rules.Fix;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import io.migrationlsp.core.text.TextSpan;
import io.migrationlsp.core.text.Token;
import java.util.List;

/**
 * Migrations must be safe to run twice ({@code supabase db reset}, a re-run after a failure):
 * {@code CREATE TABLE/INDEX/SCHEMA/EXTENSION/SEQUENCE} with {@code IF NOT EXISTS}, functions and
 * views with {@code OR REPLACE}, {@code ADD COLUMN IF NOT EXISTS}; what Postgres cannot guard itself
 * ({@code CREATE POLICY}, {@code CREATE TRIGGER}, {@code CREATE TYPE}, {@code ADD CONSTRAINT}) inside
 * a {@code DO} block whose {@code IF NOT EXISTS} checks the matching catalog, as the guide shows.
 * Dropping the same policy, trigger or constraint with {@code IF EXISTS} first, or catching
 * {@code duplicate_object} in the block, is idempotent too.
 */
public final class IdempotentDdl implements Rule {
    private static final RuleMeta META = new RuleMeta("idempotent-ddl", Severity.WARNING, Profile.SUPABASE,
            "DDL that fails when the migration runs twice");
    private static final String WHY = ": migrations must be safe to run twice (supabase db reset, a re-run after a failure).";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        if (!Supabase.isMigration(ctx)) {
            return;
        }
        List<StatementModel> all = ctx.models();
        for (int i = 0; i < all.size(); i++) {
            StatementModel m = all.get(i);
            if (m.tokens().isEmpty() || handledDuplicate(m)) {
                continue;
            }
            switch (m.kind()) {
                case CREATE_TABLE, CREATE_INDEX, CREATE_SCHEMA, CREATE_EXTENSION -> ifNotExists(ctx, m);
                case CREATE_VIEW -> {
                    if (m.tokens().size() > 1 && m.tokens().get(1).is("MATERIALIZED")) {
                        ifNotExists(ctx, m);
                    } else {
                        orReplace(ctx, m, "VIEW");
                    }
                }
                case CREATE_ROUTINE -> {
                    if ("TRIGGER".equals(m.objectKind())) {
                        trigger(ctx, all, i, m);
                    } else {
                        orReplace(ctx, m, m.objectKind());
                    }
                }
                case CREATE_POLICY -> policy(ctx, all, i, m);
                case CREATE_TYPE -> type(ctx, m);
                case ALTER_TABLE -> alterTable(ctx, all, i, m);
                case OTHER -> {
                    if ("SEQUENCE".equals(m.objectKind()) && m.tokens().get(0).is("CREATE")) {
                        ifNotExists(ctx, m);
                    }
                }
                default -> { }
            }
        }
    }

    private static boolean handledDuplicate(StatementModel m) {
        DoContext d = m.doContext();
        return d != null && d.handles("duplicate_object", "duplicate_table", "duplicate_schema");
    }

    /** Inside a {@code DO} block under an existence check: the author guarded it their way. */
    private static boolean existenceGuarded(StatementModel m) {
        return m.doContext() != null && m.doContext().existenceChecked();
    }

    private static boolean topLevel(StatementModel m) {
        return m.doContext() == null && m.guard() == null;
    }

    private static void ifNotExists(RuleContext ctx, StatementModel m) {
        if (hasIfNotExists(m) || existenceGuarded(m) || (m.kind() == StatementKind.CREATE_TABLE && PostgresFacts.isTemporary(m))) {
            return;
        }
        String what = words(m);
        int at = PostgresFacts.ifNotExistsOffset(m);
        if (m.kind() == StatementKind.CREATE_VIEW) {
            at = m.target() == null ? -1 : m.target().span().start();
        }
        String message = what + " without IF NOT EXISTS" + WHY + " Write " + what + " IF NOT EXISTS.";
        if (at < 0) {
            ctx.report(head(m), message);
        } else {
            ctx.report(head(m), message, Fix.of("Add IF NOT EXISTS", Edit.insert(at, "IF NOT EXISTS ")));
        }
    }

    private static void orReplace(RuleContext ctx, StatementModel m, String object) {
        if (m.orReplace() || existenceGuarded(m)) {
            return;
        }
        String what = "CREATE " + object;
        ctx.report(head(m), what + " without OR REPLACE" + WHY + " Write CREATE OR REPLACE " + object + ".",
                Fix.of("Add OR REPLACE", Edit.insert(m.tokens().get(0).end(), " OR REPLACE")));
    }

    private static void policy(RuleContext ctx, List<StatementModel> all, int index, StatementModel m) {
        DoContext d = m.doContext();
        if ((d != null && d.notExistsIn("pg_policies")) || droppedBefore(all, index, "POLICY", m)) {
            return;
        }
        String message = "CREATE POLICY " + (d == null ? "outside a DO block guarded by a pg_policies check"
                : "inside a DO block, but no IF NOT EXISTS around it checks pg_policies")
                + WHY + " Postgres has no CREATE POLICY IF NOT EXISTS: put it under IF NOT EXISTS (SELECT 1 FROM "
                + "pg_policies WHERE tablename = ... AND policyname = ...) in a DO block, as the guide shows.";
        QualifiedName table = PostgresFacts.onTable(m);
        Ident name = m.policy() == null ? null : m.policy().name();
        TextSpan head = name == null ? head(m) : new TextSpan(m.tokens().get(0).start(), name.span().end());
        if (!topLevel(m) || table == null || name == null) {
            ctx.report(head, message);
            return;
        }
        ctx.report(head, message, Fix.of("Wrap in a DO block guarded by pg_policies", DoBlockWrap.wrap(ctx.text(), m,
                "SELECT 1 FROM pg_policies",
                "WHERE tablename = " + Supabase.literal(table.table().name()),
                "AND policyname = " + Supabase.literal(name.name()))));
    }

    private static void trigger(RuleContext ctx, List<StatementModel> all, int index, StatementModel m) {
        DoContext d = m.doContext();
        if (m.orReplace() || (d != null && d.notExistsIn("pg_trigger", "information_schema.triggers"))
                || droppedBefore(all, index, "TRIGGER", m)) {
            return;
        }
        String message = "CREATE TRIGGER " + (d == null ? "outside a DO block guarded by a pg_trigger check"
                : "inside a DO block, but no IF NOT EXISTS around it checks pg_trigger")
                + WHY + " Put it under IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = ... AND tgrelid = "
                + "'...'::regclass) in a DO block, as the guide shows.";
        QualifiedName table = PostgresFacts.onTable(m);
        if (!topLevel(m) || table == null || m.target() == null) {
            ctx.report(head(m), message);
            return;
        }
        ctx.report(head(m), message, Fix.of("Wrap in a DO block guarded by pg_trigger", DoBlockWrap.wrap(ctx.text(), m,
                "SELECT 1 FROM pg_trigger",
                "WHERE tgname = " + Supabase.literal(m.target().table().name()),
                "AND tgrelid = " + Supabase.literal(table.display()) + "::regclass")));
    }

    private static void type(RuleContext ctx, StatementModel m) {
        DoContext d = m.doContext();
        if (m.target() == null || (d != null && d.existenceChecked())) {
            return;
        }
        String message = "CREATE " + m.objectKind() + " " + m.target().display() + " outside a guarded DO block" + WHY
                + " Postgres has no CREATE " + m.objectKind() + " IF NOT EXISTS: put it under IF NOT EXISTS (SELECT 1 FROM "
                + "pg_type WHERE typname = ...) in a DO block.";
        if (!topLevel(m)) {
            ctx.report(head(m), message);
            return;
        }
        QualifiedName t = m.target();
        ctx.report(head(m), message, Fix.of("Wrap in a DO block guarded by pg_type", DoBlockWrap.wrap(ctx.text(), m,
                "SELECT 1 FROM pg_type",
                "WHERE typname = " + Supabase.literal(t.table().name()),
                "AND typnamespace = " + Supabase.literal(Supabase.schema(t)) + "::regnamespace")));
    }

    private static void alterTable(RuleContext ctx, List<StatementModel> all, int index, StatementModel m) {
        List<AlterAction> actions = m.alterActions();
        for (AlterAction a : actions) {
            if (a.kind() == AlterAction.Kind.ADD_COLUMN && !PostgresFacts.addsIfNotExists(m, a) && !existenceGuarded(m)) {
                int at = PostgresFacts.addColumnNameOffset(m, a);
                String message = "ADD COLUMN without IF NOT EXISTS" + WHY + " Write ADD COLUMN IF NOT EXISTS.";
                TextSpan where = firstLine(ctx.text(), a.span());
                if (at < 0) {
                    ctx.report(where, message);
                } else {
                    ctx.report(where, message, Fix.of("Add IF NOT EXISTS", Edit.insert(at, "IF NOT EXISTS ")));
                }
            }
            if (a.kind() == AlterAction.Kind.ADD_CONSTRAINT && !existenceGuarded(m)) {
                Ident name = PostgresFacts.constraintName(m, a);
                if (name != null && constraintDroppedBefore(all, index, m, a, name)) {
                    continue;
                }
                String message = "ADD CONSTRAINT outside a guarded DO block" + WHY + " Postgres has no ADD CONSTRAINT IF "
                        + "NOT EXISTS: put the ALTER TABLE in a DO block under IF NOT EXISTS (SELECT 1 FROM pg_constraint "
                        + "WHERE conname = ...), as the guide does for foreign keys.";
                TextSpan where = name != null ? new TextSpan(a.span().start(), name.span().end()) : firstLine(ctx.text(), a.span());
                if (name == null || actions.size() != 1 || !topLevel(m) || m.target() == null) {
                    ctx.report(where, message);
                } else {
                    ctx.report(where, message, Fix.of("Wrap in a DO block guarded by pg_constraint",
                            DoBlockWrap.wrap(ctx.text(), m,
                                    "SELECT 1 FROM pg_constraint",
                                    "WHERE conname = " + Supabase.literal(name.name()),
                                    "AND conrelid = " + Supabase.literal(m.target().display()) + "::regclass")));
                }
            }
        }
    }

    /** {@code DROP POLICY|TRIGGER IF EXISTS name [ON table]} earlier in the file: the create after it is idempotent. */
    private static boolean droppedBefore(List<StatementModel> all, int index, String kind, StatementModel create) {
        QualifiedName table = PostgresFacts.onTable(create);
        for (int k = 0; k < index; k++) {
            PostgresFacts.Dropped d = PostgresFacts.droppedObject(all.get(k));
            // A policy's target is its table; its own name is in policy().
            Ident created = create.policy() != null ? create.policy().name()
                    : create.target() != null ? create.target().table() : null;
            if (d != null && d.ifExists() && d.kind().equals(kind) && created != null && d.name().is(created.name())
                    && (d.table() == null || table == null || d.table().table().is(table.table().name()))) {
                return true;
            }
        }
        return false;
    }

    /** {@code DROP CONSTRAINT IF EXISTS name} on the same table, earlier in this statement or the file. */
    private static boolean constraintDroppedBefore(List<StatementModel> all, int index, StatementModel m, AlterAction add,
                                                   Ident name) {
        for (AlterAction a : m.alterActions()) {
            if (a == add) {
                break;
            }
            if (a.kind() == AlterAction.Kind.DROP_CONSTRAINT && a.ifExists() && a.names().stream().anyMatch(n -> n.is(name.name()))) {
                return true;
            }
        }
        for (int k = 0; k < index; k++) {
            StatementModel other = all.get(k);
            if (other.kind() == StatementKind.ALTER_TABLE && other.target() != null && m.target() != null
                    && other.target().table().is(m.target().table().name())
                    && PostgresFacts.droppedConstraintsIfExist(other).stream().anyMatch(n -> n.is(name.name()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasIfNotExists(StatementModel m) {
        if (m.ifNotExists()) {
            return true;
        }
        List<Token> t = m.tokens();
        for (int k = 0; k + 2 < t.size() && k < 10; k++) {
            if (t.get(k).is("IF") && t.get(k + 1).is("NOT") && t.get(k + 2).is("EXISTS")) {
                return true;
            }
        }
        return false;
    }

    /** {@code CREATE TABLE}, {@code CREATE UNIQUE INDEX}, {@code CREATE MATERIALIZED VIEW}: the statement's opening words. */
    private static String words(StatementModel m) {
        StringBuilder sb = new StringBuilder();
        for (Token t : m.tokens()) {
            if (!t.isAny("CREATE", "UNIQUE", "MATERIALIZED", "UNLOGGED", "TABLE", "INDEX", "VIEW", "SCHEMA", "EXTENSION",
                    "SEQUENCE")) {
                break;
            }
            sb.append(sb.length() == 0 ? "" : " ").append(t.upper());
        }
        return sb.toString();
    }

    /** Where a statement-level finding goes: the opening words up to the (dotted) name. */
    private static TextSpan head(StatementModel m) {
        if (m.target() != null) {
            return m.headSpan();
        }
        List<Token> t = m.tokens();
        int last = Math.min(t.size() - 1, 2);
        if (last >= 1 && t.get(last).is("IF")) {
            last = Math.min(t.size() - 1, last + 3);
        }
        while (last + 2 < t.size() && t.get(last + 1).isPunct(".") && t.get(last + 2).isNameLike()) {
            last += 2;
        }
        return new TextSpan(t.get(0).start(), t.get(last).end());
    }

    private static TextSpan firstLine(String text, TextSpan span) {
        int nl = text.indexOf('\n', span.start());
        int end = nl < 0 || nl > span.end() ? span.end() : nl;
        while (end > span.start() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new TextSpan(span.start(), end);
    }
}
