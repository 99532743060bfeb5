package io.migrationlsp.rules.supabase;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.rules.Fix;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import io.migrationlsp.core.text.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Migrations are named {@code YYYYMMDDHHMMSS_description.sql}: the Supabase CLI orders and records
 * them by that timestamp, and skips files that do not start with one.
 */
public final class FileNameFormat implements Rule {
    private static final RuleMeta META = new RuleMeta("file-name-format", Severity.ERROR, Profile.SUPABASE,
            "file name is not YYYYMMDDHHMMSS_description.sql with a valid timestamp");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        if (!Supabase.isMigration(ctx)) {
            return;
        }
        String name = ctx.file().fileName();
        String parent = ctx.file().path().substring(0, ctx.file().path().length() - name.length());
        List<Long> used = usedTimestamps(ctx);
        Matcher m = Timestamps.NAME.matcher(name);
        if (m.matches()) {
            String reason = Timestamps.invalidReason(m.group(1));
            if (reason != null) {
                String next = Timestamps.fresh(used) + "_" + m.group(2) + ".sql";
                ctx.report(new TextSpan(0, 0), "The timestamp " + m.group(1) + " of " + name + " is no real date and time ("
                        + reason + "): the file is ordered among the others by a date that cannot exist. Rename it, e.g. to "
                        + next + ".", Fix.rename("Rename to " + next, parent + next));
            }
            return;
        }
        Timestamps.Parts parts = Timestamps.split(name);
        String message = "File name " + name + " is not YYYYMMDDHHMMSS_description.sql (a 14-digit timestamp, an "
                + "underscore, a lower-case snake_case description): the Supabase CLI orders and records migrations by "
                + "that timestamp and skips files without one.";
        if (parts.description().isEmpty()) {
            ctx.report(new TextSpan(0, 0), message + " Add a description after the timestamp.");
            return;
        }
        boolean keep = parts.digits().length() == 14 && Timestamps.invalidReason(parts.digits()) == null;
        String next = (keep ? parts.digits() : Timestamps.fresh(used)) + "_" + parts.description() + ".sql";
        ctx.report(new TextSpan(0, 0), message + " Rename it to " + next + ".", Fix.rename("Rename to " + next, parent + next));
    }

    /** The timestamps the workspace's migrations already use (none when the file is checked alone). */
    static List<Long> usedTimestamps(RuleContext ctx) {
        List<Long> used = new ArrayList<>();
        for (String p : ctx.workspace().migrationPaths()) {
            Matcher m = Timestamps.NAME.matcher(p.substring(p.lastIndexOf('/') + 1));
            if (m.matches()) {
                used.add(Long.parseLong(m.group(1)));
            }
        }
        return used;
    }
}
