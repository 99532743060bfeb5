package io.migrationlsp.rules.postgresrls;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
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
            ctx.report(new TextSpan(0, 0), message, Fix.rename("Rename to " + suggestion, MigrationFile.parentOf(path) + suggestion));
        } else {
            ctx.report(new TextSpan(0, 0), message);
        }
    }

    /** {@code Add-Policy Profiles} to {@code add_policy_profiles}. */
    static String snake(String description) {
        String s = description.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
        return s.replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    }
}
