package io.migrationlsp.rules.postgres;

import io.migrationlsp.core.analysis.WorkspaceFacts;
import io.migrationlsp.core.model.QualifiedName;
import io.migrationlsp.core.model.StatementKind;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.text.TextSpan;
import io.migrationlsp.core.workspace.MigrationEntry;
import io.migrationlsp.core.workspace.layout.Layouts;
import java.util.HashSet;
import java.util.Set;

/**
 * What the Postgres profiles' rules share about the file being checked: its place in the history
 * (from the workspace, or from its name when checked alone) and the tables it creates itself.
 */
public final class MigrationFile {
    private MigrationFile() {}

    /** The file's entry: the workspace's when it knows the file, else what the profile's layout makes of its path. */
    public static MigrationEntry entry(RuleContext ctx) {
        WorkspaceFacts facts = ctx.workspace().facts();
        MigrationEntry known = facts == null ? null : facts.entry(ctx.file().path());
        if (known != null) {
            return known;
        }
        String path = ctx.file().path();
        String dir = ctx.config().migrationsDir() + "/";
        String rest = path.startsWith(dir) ? path.substring(dir.length()) : ctx.file().fileName();
        return Layouts.of(ctx.profile()).entry(path, rest);
    }

    /** A rollback or down script: it undoes a migration, so the rules about what a migration adds leave it alone. */
    public static boolean isReverse(RuleContext ctx) {
        return entry(ctx).kind() == MigrationEntry.Kind.REVERSE;
    }

    /** The workspace facts when the file is a known migration of the workspace, else null. */
    public static WorkspaceFacts facts(RuleContext ctx) {
        WorkspaceFacts f = ctx.workspace().facts();
        return f == null || f.entry(ctx.file().path()) == null ? null : f;
    }

    /** Whether the workspace has a migration file at this path. */
    public static boolean exists(RuleContext ctx, String path) {
        WorkspaceFacts f = ctx.workspace().facts();
        return f != null ? f.entry(path) != null : ctx.workspace().migrationPaths().contains(path);
    }

    /** Keys ({@link #key}) of the tables this file creates with {@code CREATE TABLE}. */
    public static Set<String> tablesCreated(RuleContext ctx) {
        Set<String> keys = new HashSet<>();
        for (StatementModel m : ctx.models()) {
            if (m.kind() == StatementKind.CREATE_TABLE && m.target() != null) {
                keys.add(key(m.target()));
            }
        }
        return keys;
    }

    /** A table's key with Postgres' default schema folded: {@code public.t} and {@code t} are one table. */
    public static String key(QualifiedName name) {
        String k = name.key();
        return k.startsWith("PUBLIC.") ? k.substring(6) : k;
    }

    /** The first line of the file: where a finding about the whole file (a missing companion file) goes. */
    public static TextSpan firstLine(RuleContext ctx) {
        String text = ctx.text();
        int nl = text.indexOf('\n');
        int end = nl < 0 ? text.length() : nl;
        if (end > 0 && text.charAt(end - 1) == '\r') {
            end--;
        }
        return new TextSpan(0, end);
    }

    /** The folder part of a path, with its trailing slash. */
    public static String parentOf(String path) {
        return path.substring(0, path.lastIndexOf('/') + 1);
    }
}
