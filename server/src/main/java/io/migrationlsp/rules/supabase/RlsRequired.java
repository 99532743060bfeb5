package io.migrationlsp.rules.supabase;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.model.AlterAction;
import io.migrationlsp.core.model.PostgresFacts;
import io.migrationlsp.core.model.QualifiedName;
import io.migrationlsp.core.model.StatementKind;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.rules.Edit;
import io.migrationlsp.core.rules.Fix;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A table created in {@code public} (where unqualified names land) needs
 * {@code ALTER TABLE ... ENABLE ROW LEVEL SECURITY} in the same migration: Supabase serves the
 * public schema through its API, and without RLS every row is open to anyone with the anon key.
 */
public final class RlsRequired implements Rule {
    private static final RuleMeta META = new RuleMeta("rls-required", Severity.ERROR, Profile.SUPABASE,
            "a public table without ENABLE ROW LEVEL SECURITY in the same migration");

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
        Set<String> enabled = new HashSet<>();
        for (StatementModel m : all) {
            if (m.kind() == StatementKind.ALTER_TABLE && m.target() != null
                    && m.alterActions().stream().anyMatch(a -> a.kind() == AlterAction.Kind.ENABLE_RLS)) {
                enabled.add(key(m.target()));
            }
        }
        Set<String> reported = new HashSet<>();
        for (StatementModel m : all) {
            QualifiedName t = m.target();
            if (m.kind() != StatementKind.CREATE_TABLE || t == null || !Supabase.isPublic(t) || PostgresFacts.isTemporary(m)
                    || enabled.contains(key(t)) || !reported.add(key(t))) {
                continue;
            }
            String alter = "ALTER TABLE " + t.display() + " ENABLE ROW LEVEL SECURITY;";
            ctx.report(t.span(), "Table " + t.display() + " is created in the public schema without ENABLE ROW LEVEL "
                            + "SECURITY in this migration: Supabase serves public through its API, so every row is open to "
                            + "anyone with the anon key until RLS is on. Add " + alter + " (and its policies) here.",
                    Fix.of("Enable row level security on " + t.display(), Edit.insert(lineEnd(ctx.text(), m.statement().span().end()),
                            separator(ctx.text(), m) + alter)));
        }
    }

    /** Schema and name as Postgres resolves them: unquoted folds to lower case, no schema means public. */
    private static String key(QualifiedName t) {
        String name = t.table().quote() == io.migrationlsp.core.model.Ident.Quote.NONE
                ? t.table().name().toLowerCase(Locale.ROOT) : t.table().name();
        return Supabase.schema(t) + "." + name;
    }

    /** A blank line before the new statement at the top level; inside a DO block, the statement's own indentation. */
    private static String separator(String text, StatementModel m) {
        String nl = text.contains("\r\n") ? "\r\n" : "\n";
        if (m.doContext() == null) {
            return nl + nl;
        }
        int start = m.statement().span().start();
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        String indent = text.substring(lineStart, start);
        return nl + (indent.isBlank() ? indent : "");
    }

    /** The end of the line the statement ends on, so a trailing comment stays with its statement. */
    private static int lineEnd(String text, int offset) {
        int k = offset;
        while (k < text.length() && text.charAt(k) != '\n' && text.charAt(k) != '\r') {
            k++;
        }
        return k;
    }
}
