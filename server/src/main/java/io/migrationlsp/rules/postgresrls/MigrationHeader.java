package io.migrationlsp.rules.postgresrls;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.rules.Edit;
import io.migrationlsp.core.rules.Fix;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import io.migrationlsp.core.text.TextSpan;
import io.migrationlsp.core.text.Token;
import io.migrationlsp.core.text.TokenKind;
import io.migrationlsp.rules.postgres.MigrationFile;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A migration opens with {@code -- Migration:}, {@code -- Description:}, {@code -- Author:} and
 * {@code -- Date:} lines, the Migration line naming the file ("Documented: clear description of
 * what and why"). Rollback scripts have no header in the document.
 */
public final class MigrationHeader implements Rule {
    private static final RuleMeta META = new RuleMeta("migration-header", Severity.WARNING, Profile.POSTGRES_RLS,
            "missing -- Migration:, -- Description:, -- Author:, -- Date: header lines");
    private static final List<String> KEYS = List.of("Migration", "Description", "Author", "Date");
    private static final Pattern LINE = Pattern.compile("--\\s*(Migration|Description|Author|Date)\\s*:[ \\t]*(.*?)\\s*",
            Pattern.CASE_INSENSITIVE);

    private record HeaderLine(Token token, String value, int valueStart) {}

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        String name = ctx.file().fileName();
        if (MigrationFile.isReverse(ctx) || !name.endsWith(".sql")) {
            return;
        }
        String base = name.substring(0, name.length() - 4);
        Map<String, HeaderLine> found = new LinkedHashMap<>();
        for (Token t : ctx.file().split().tokens()) {
            if (!t.kind().isComment()) {
                break;
            }
            Matcher m = LINE.matcher(t.text());
            if (t.kind() == TokenKind.LINE_COMMENT && m.matches()) {
                String key = m.group(1).substring(0, 1).toUpperCase(Locale.ROOT) + m.group(1).substring(1).toLowerCase(Locale.ROOT);
                found.putIfAbsent(key, new HeaderLine(t, m.group(2), t.start() + m.start(2)));
            }
        }
        List<String> missing = new ArrayList<>();
        for (String key : KEYS) {
            if (!found.containsKey(key)) {
                missing.add(key);
            }
        }
        if (!missing.isEmpty()) {
            reportMissing(ctx, base, found, missing);
        }
        HeaderLine migration = found.get("Migration");
        if (migration != null && !migration.value().equals(base) && !migration.value().equals(name)) {
            TextSpan value = new TextSpan(migration.valueStart(), migration.valueStart() + migration.value().length());
            ctx.report(migration.value().isEmpty() ? migration.token().span() : value, "The Migration header says '"
                            + migration.value() + "' but the file is " + name + ": the header names the file it heads.",
                    Fix.of("Set the Migration header to " + base, Edit.replace(value, base)));
        }
    }

    private static void reportMissing(RuleContext ctx, String base, Map<String, HeaderLine> found, List<String> missing) {
        StringBuilder lines = new StringBuilder();
        for (String key : missing) {
            lines.append("-- ").append(key).append(':').append(value(key, base)).append('\n');
        }
        Edit edit;
        if (found.isEmpty()) {
            edit = Edit.insert(0, lines + "\n");
        } else {
            int after = found.values().stream().mapToInt(h -> h.token().end()).max().orElse(0);
            edit = Edit.insert(after, "\n" + lines.substring(0, lines.length() - 1));
        }
        String what = missing.size() == KEYS.size() ? "the header block" : "the header line" + (missing.size() > 1 ? "s " : " ")
                + "-- " + String.join(":, -- ", missing) + ":";
        ctx.report(MigrationFile.firstLine(ctx), "This migration lacks " + what + " (Migration, Description, Author, Date): "
                        + "every migration says what it does, why, who wrote it and when.",
                Fix.of(found.isEmpty() ? "Insert the header block" : "Insert the missing header lines", edit));
    }

    private static String value(String key, String base) {
        return switch (key) {
            case "Migration" -> " " + base;
            case "Description" -> " " + describe(base);
            case "Date" -> " " + LocalDate.now(ZoneOffset.UTC);
            default -> "";
        };
    }

    /** {@code 023_add_policy_profiles} to {@code Add policy profiles}. */
    private static String describe(String base) {
        String words = base.replaceFirst("^\\d+_", "").replace('_', ' ').trim();
        return words.isEmpty() ? "" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
