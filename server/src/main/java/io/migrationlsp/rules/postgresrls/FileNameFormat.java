package io.migrationlsp.rules.postgresrls;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.rules.Edit;
import io.migrationlsp.core.rules.Fix;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import io.migrationlsp.core.text.TextSpan;
import io.migrationlsp.rules.postgres.MigrationFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code NNN_description.sql}: a 3-digit sequential number and a snake_case description; rollbacks add {@code _rollback}. */
public final class FileNameFormat implements Rule {
    private static final RuleMeta META = new RuleMeta("file-name-format", Severity.ERROR, Profile.POSTGRES_RLS,
            "file name is not NNN_description.sql (3 digits, snake_case) or NNN_description_rollback.sql");
    static final Pattern NAME = Pattern.compile("(\\d{3})_([a-z0-9]+(?:_[a-z0-9]+)*)\\.sql");
    private static final Pattern HEADER = Pattern.compile("(?m)^--[ \\t]*Migration[ \\t]*:[ \\t]*(\\S+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern LOOSE = Pattern.compile("(\\d+)[_-]+(.+?)\\.sql", Pattern.CASE_INSENSITIVE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        String path = ctx.file().path();
        String name = ctx.file().fileName();
        if (!path.equals(ctx.config().migrationsDir() + "/" + name) || NAME.matcher(name).matches()) {
            return;
        }
        List<String> wrong = new ArrayList<>();
        Matcher loose = LOOSE.matcher(name);
        String suggestion = null;
        if (!loose.matches()) {
            wrong.add("it does not start with a number and an underscore");
        } else {
            String digits = loose.group(1);
            if (digits.length() != 3) {
                wrong.add("the number has " + digits.length() + " digits, not 3");
            }
            String description = loose.group(2);
            String snake = snake(description);
            if (!description.equals(snake)) {
                wrong.add("the description is not snake_case");
            }
            long number = Long.parseLong(digits.length() > 6 ? digits.substring(digits.length() - 6) : digits);
            if (number < 1000 && !snake.isEmpty()) {
                suggestion = String.format("%03d_%s.sql", number, snake);
            }
        }
        if (!name.endsWith(".sql")) {
            wrong.add("it does not end in .sql");
        }
        String message = "File name " + name + " is not NNN_description.sql (3-digit sequential number, snake_case "
                + "description, e.g. 023_add_policy_profiles.sql): " + String.join(", ", wrong) + ".";
        if (suggestion != null && !MigrationFile.exists(ctx, MigrationFile.parentOf(path) + suggestion)) {
            ctx.report(new TextSpan(0, 0), message, rename(ctx, suggestion));
        } else {
            ctx.report(new TextSpan(0, 0), message);
        }
    }

    /**
     * Renames the file and its companion (the rollback script of a migration, or the migration of a
     * rollback script) together, so the pair stays a pair, and points the Migration header at the new name.
     */
    private static Fix rename(RuleContext ctx, String suggestion) {
        String dir = MigrationFile.parentOf(ctx.file().path());
        String name = ctx.file().fileName();
        boolean rollback = name.endsWith(RollbackScript.SUFFIX);
        String newBase = suggestion.substring(0, suggestion.length() - (rollback ? RollbackScript.SUFFIX.length() : 4));
        String oldBase = name.substring(0, name.length() - (rollback ? RollbackScript.SUFFIX.length() : 4));
        String companion = dir + oldBase + (rollback ? ".sql" : RollbackScript.SUFFIX);
        String companionTo = dir + newBase + (rollback ? ".sql" : RollbackScript.SUFFIX);
        List<Fix.Rename> companions = new ArrayList<>();
        List<Edit> edits = new ArrayList<>();
        if (MigrationFile.exists(ctx, companion) && !MigrationFile.exists(ctx, companionTo)) {
            companions.add(new Fix.Rename(companion, companionTo));
        }
        String migrationText = !rollback ? ctx.text() : companions.isEmpty() ? null : textOf(ctx, companion);
        Matcher header = migrationText == null ? null : HEADER.matcher(migrationText);
        if (header != null && header.find() && (header.group(1).equals(oldBase) || header.group(1).equals(oldBase + ".sql"))) {
            edits.add(new Edit(rollback ? companion : null, new TextSpan(header.start(1), header.end(1)), newBase));
        }
        String title = "Rename to " + suggestion + (companions.isEmpty() ? "" : rollback ? " with its migration" : " with its rollback script");
        return Fix.rename(title, dir + suggestion, edits, companions);
    }

    /** {@code Add-Policy Profiles} to {@code add_policy_profiles}. */
    static String snake(String description) {
        String s = description.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
        return s.replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    }

    private static String textOf(RuleContext ctx, String path) {
        var facts = ctx.workspace().facts();
        var file = facts == null ? null : facts.file(path);
        return file == null ? null : file.text();
    }
}
