package io.migrationlsp.rules.supabase;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.model.AlterAction;
import io.migrationlsp.core.model.ColumnDef;
import io.migrationlsp.core.model.ForeignKey;
import io.migrationlsp.core.model.Ident;
import io.migrationlsp.core.model.PostgresFacts;
import io.migrationlsp.core.model.QualifiedName;
import io.migrationlsp.core.model.StatementKind;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.model.TableRef;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import io.migrationlsp.core.text.TextSpan;
import io.migrationlsp.core.text.Token;
import io.migrationlsp.core.text.TokenKind;
import io.migrationlsp.core.workspace.manifest.SchemaManifest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A migration uses an object the schema manifest lists under {@code deprecated}: a table it reads,
 * writes, alters or references, an enum it casts to or types a column with, a function it calls,
 * a {@code table.column} it touches. Dropping one (or dropping columns and constraints of one) is the
 * clean-up, not a use.
 */
public final class DeprecatedObject implements Rule {
    private static final RuleMeta META = new RuleMeta("deprecated-object", Severity.WARNING, Profile.SUPABASE,
            "use of an object the schema manifest lists as deprecated");

    @Override
    public boolean needsWorkspace() {
        return true;
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        SchemaManifest manifest = Supabase.manifest(ctx);
        if (manifest == null || manifest.deprecated().isEmpty() || !Supabase.isMigration(ctx)) {
            return;
        }
        Set<TextSpan> reported = new HashSet<>();
        for (StatementModel m : ctx.models()) {
            if (m.tokens().isEmpty() || m.tokens().get(0).is("DROP") || m.kind() == StatementKind.DO_BLOCK || onlyDrops(m)) {
                continue;
            }
            for (SchemaManifest.Deprecated d : manifest.deprecated()) {
                for (TextSpan at : uses(m, d)) {
                    if (reported.add(at)) {
                        ctx.report(at, display(d) + " is deprecated in the schema manifest"
                                + (d.note() == null || d.note().isBlank() ? "" : " (" + d.note() + ")")
                                + ": new migrations should not use it.");
                    }
                }
            }
        }
    }

    /** {@code ALTER TABLE t DROP COLUMN c, DROP CONSTRAINT k}: taking parts away is clean-up too. */
    private static boolean onlyDrops(StatementModel m) {
        return m.kind() == StatementKind.ALTER_TABLE && !m.alterActions().isEmpty() && m.alterActions().stream()
                .allMatch(a -> a.kind() == AlterAction.Kind.DROP_COLUMN || a.kind() == AlterAction.Kind.DROP_CONSTRAINT);
    }

    private static String display(SchemaManifest.Deprecated d) {
        return d.kind() == null ? d.name() : capitalised(d.kind()) + " " + d.name();
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Where the statement uses the deprecated object. */
    private static List<TextSpan> uses(StatementModel m, SchemaManifest.Deprecated d) {
        List<TextSpan> out = new ArrayList<>();
        String kind = d.kind();
        if (kind == null || kind.equals("table")) {
            for (QualifiedName t : tables(m)) {
                if (matches(t, d.name())) {
                    out.add(t.span());
                }
            }
        }
        if (kind == null || kind.equals("enum")) {
            types(m, d.name(), out);
        }
        if (kind == null || kind.equals("function")) {
            calls(m, d.name(), out);
        }
        if ((kind == null || kind.equals("column")) && d.name().contains(".")) {
            columns(m, d.name(), out);
        }
        return out;
    }

    private static List<QualifiedName> tables(StatementModel m) {
        List<QualifiedName> out = new ArrayList<>();
        for (TableRef r : m.tableRefs()) {
            out.add(r.name());
        }
        for (ForeignKey fk : m.foreignKeys()) {
            if (fk.refTable() != null) {
                out.add(fk.refTable());
            }
        }
        if (m.kind() == StatementKind.CREATE_TABLE || m.kind() == StatementKind.ALTER_TABLE
                || m.kind() == StatementKind.CREATE_INDEX) {
            if (m.target() != null) {
                out.add(m.target());
            }
        }
        if (m.kind() == StatementKind.CREATE_POLICY || m.kind() == StatementKind.CREATE_ROUTINE) {
            QualifiedName on = PostgresFacts.onTable(m);
            if (on != null) {
                out.add(on);
            }
        }
        return out;
    }

    /** Column types and {@code ::type} casts naming the enum; {@code ALTER TYPE} of it. */
    private static void types(StatementModel m, String name, List<TextSpan> out) {
        List<ColumnDef> columns = new ArrayList<>(m.definedColumns());
        for (AlterAction a : m.alterActions()) {
            if (a.kind() == AlterAction.Kind.ALTER_COLUMN) {
                columns.addAll(a.columns());
            }
        }
        for (ColumnDef c : columns) {
            if (c.type() != null && nameMatches(c.type().name().replace("[]", ""), name)) {
                out.add(c.type().nameSpan());
            }
        }
        QualifiedName altered = PostgresFacts.alteredType(m);
        if (altered != null && matches(altered, name)) {
            out.add(altered.span());
        }
        List<Token> tokens = m.tokens();
        for (int k = 0; k + 1 < tokens.size(); k++) {
            if (tokens.get(k).isPunct("::")) {
                TextSpan at = dotted(tokens, k + 1, name);
                if (at != null) {
                    out.add(at);
                }
            }
        }
    }

    /** {@code name(...)} calls, {@code EXECUTE FUNCTION name()} in a trigger included; not a table or index name before its column list. */
    private static void calls(StatementModel m, String name, List<TextSpan> out) {
        List<Token> tokens = m.tokens();
        for (int k = 0; k < tokens.size(); k++) {
            if (k > 0 && tokens.get(k - 1).isPunct(".")) {
                continue;
            }
            int end = dottedEnd(tokens, k);
            if (end == k || end >= tokens.size() || !tokens.get(end).isPunct("(")) {
                continue;
            }
            Token before = k > 0 ? tokens.get(k - 1) : null;
            boolean executed = before != null && before.isAny("FUNCTION", "PROCEDURE") && k > 1 && tokens.get(k - 2).is("EXECUTE");
            boolean namesObject = before != null && before.isAny("TABLE", "INTO", "REFERENCES", "ON", "ONLY", "INDEX", "TYPE",
                    "JOIN", "FROM", "UPDATE", "EXISTS", "FUNCTION", "PROCEDURE");
            TextSpan at = executed || !namesObject ? dotted(tokens, k, name) : null;
            if (at != null) {
                out.add(at);
            }
        }
    }

    /** {@code table.column}: columns the statement adds, alters, inserts, indexes or references on that table. */
    private static void columns(StatementModel m, String name, List<TextSpan> out) {
        int dot = name.lastIndexOf('.');
        String table = name.substring(0, dot);
        String column = name.substring(dot + 1);
        QualifiedName target = m.target();
        if (target != null && matches(target, table) && m.kind() != StatementKind.CREATE_POLICY
                && m.kind() != StatementKind.CREATE_ROUTINE) {
            List<Ident> used = new ArrayList<>();
            for (AlterAction a : m.alterActions()) {
                if (a.kind() == AlterAction.Kind.ALTER_COLUMN || a.kind() == AlterAction.Kind.ADD_COLUMN) {
                    used.addAll(a.names());
                    a.columns().forEach(c -> used.add(c.name()));
                }
            }
            if (m.insertColumns() != null) {
                used.addAll(m.insertColumns());
            }
            if (m.index() != null) {
                used.addAll(m.index().keys());
                used.addAll(m.index().include());
            }
            for (ForeignKey fk : m.foreignKeys()) {
                used.addAll(fk.columns());
            }
            for (Ident i : used) {
                if (i != null && i.is(column)) {
                    out.add(i.span());
                }
            }
        }
        for (ForeignKey fk : m.foreignKeys()) {
            if (fk.refTable() != null && matches(fk.refTable(), table)) {
                for (Ident i : fk.refColumns()) {
                    if (i != null && i.is(column)) {
                        out.add(i.span());
                    }
                }
            }
        }
    }

    /** Whether a name as written matches a manifest entry ({@code name} or {@code schema.name}). */
    private static boolean matches(QualifiedName q, String entry) {
        int dot = entry.lastIndexOf('.');
        if (dot < 0) {
            return q.table().is(entry);
        }
        return q.table().is(entry.substring(dot + 1)) && Supabase.schema(q).equals(entry.substring(0, dot));
    }

    private static boolean nameMatches(String written, String entry) {
        String w = written.toLowerCase(Locale.ROOT).replace("\"", "");
        int dot = w.lastIndexOf('.');
        String bare = dot < 0 ? w : w.substring(dot + 1);
        String qualified = dot < 0 ? "public." + w : w;
        return entry.contains(".") ? qualified.equals(entry) : bare.equals(entry);
    }

    /** Index just past a dotted name starting at {@code k} ({@code a}, {@code a.b}), or {@code k}. */
    private static int dottedEnd(List<Token> tokens, int k) {
        if (k >= tokens.size() || !tokens.get(k).isNameLike()) {
            return k;
        }
        int end = k + 1;
        while (end + 1 < tokens.size() && tokens.get(end).isPunct(".") && tokens.get(end + 1).isNameLike()) {
            end += 2;
        }
        return end;
    }

    /** The span of the dotted name at {@code k} when it matches the entry, else null. */
    private static TextSpan dotted(List<Token> tokens, int k, String entry) {
        int end = dottedEnd(tokens, k);
        if (end == k) {
            return null;
        }
        StringBuilder written = new StringBuilder();
        for (int i = k; i < end; i++) {
            Token t = tokens.get(i);
            written.append(t.kind() == TokenKind.QUOTED_IDENT ? t.text().substring(1, Math.max(1, t.text().length() - 1)) : t.text());
        }
        return nameMatches(written.toString(), entry) ? new TextSpan(tokens.get(k).start(), tokens.get(end - 1).end()) : null;
    }
}
