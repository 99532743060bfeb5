package io.migrationlsp.rules.sqlx;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.rules.Fix;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import io.migrationlsp.core.text.TextSpan;
import io.migrationlsp.rules.postgres.MigrationFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code NNNN_description.up.sql} / {@code .down.sql}: a zero-padded number as wide as the folder's
 * other migrations (4 digits in the document, {@code 0086}), a snake_case description, and the
 * direction: the up file applies the migration and the down file rolls it back.
 */
public final class FileNameFormat implements Rule {
    private static final RuleMeta META = new RuleMeta("file-name-format", Severity.ERROR, Profile.SQLX,
            "file name is not NNNN_description.up.sql / .down.sql, zero-padded to the folder's width");
    private static final Pattern NAME = Pattern.compile("(\\d+)_([a-z0-9]+(?:_[a-z0-9]+)*)\\.(up|down)\\.sql");
    private static final Pattern NUMBER = Pattern.compile("(\\d+)_.*");
    private static final int DEFAULT_WIDTH = 4;

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        String path = ctx.file().path();
        String name = ctx.file().fileName();
        if (!path.equals(ctx.config().migrationsDir() + "/" + name)) {
            return;
        }
        int width = folderWidth(ctx, path);
        Matcher m = NAME.matcher(name);
        List<String> wrong = new ArrayList<>();
        String suggestion = null;
        if (m.matches()) {
            if (m.group(1).length() != width) {
                wrong.add("the number has " + m.group(1).length() + " digits where the folder uses " + width);
                String number = m.group(1).replaceFirst("^0+(?=\\d)", "");
                if (number.length() <= width) {
                    suggestion = "0".repeat(width - number.length()) + number + name.substring(m.end(1));
                }
            }
        } else if (!NUMBER.matcher(name).matches()) {
            wrong.add("it does not start with a number and an underscore");
        } else if (!name.endsWith(".up.sql") && !name.endsWith(".down.sql")) {
            wrong.add("it is neither .up.sql (apply) nor .down.sql (rollback): each migration is an up and a down file");
        } else {
            wrong.add("the description is not snake_case");
        }
        if (wrong.isEmpty()) {
            return;
        }
        String message = "File name " + name + " is not NNNN_description.up.sql / .down.sql (e.g. "
                + "0".repeat(Math.max(0, width - 2)) + "86_create_workflow_config.up.sql): " + String.join(", ", wrong) + ".";
        String target = suggestion == null ? null : MigrationFile.parentOf(path) + suggestion;
        if (target != null && !MigrationFile.exists(ctx, target)) {
            // The up and down files move together, or the rename would break the pair.
            String other = DownMigration.counterpart(path);
            String otherTarget = DownMigration.counterpart(target);
            boolean pair = MigrationFile.exists(ctx, other) && !MigrationFile.exists(ctx, otherTarget);
            ctx.report(new TextSpan(0, 0), message, Fix.rename("Rename to " + suggestion + (pair ? " with its pair" : ""), target,
                    List.of(), pair ? List.of(new Fix.Rename(other, otherTarget)) : List.of()));
        } else {
            ctx.report(new TextSpan(0, 0), message);
        }
    }

    /**
     * The width most of the folder's migrations use, each migration (an up and down pair) counted
     * once and the wider width winning a tie; the document's 4 when the file is the folder's only migration.
     */
    private static int folderWidth(RuleContext ctx, String self) {
        Map<String, Integer> widthByMigration = new HashMap<>();
        String dir = ctx.config().migrationsDir() + "/";
        List<String> paths = new ArrayList<>(ctx.workspace().migrationPaths());
        paths.add(self);
        for (String p : paths) {
            String rest = p.startsWith(dir) ? p.substring(dir.length()) : null;
            Matcher m = rest == null || rest.contains("/") ? null : NUMBER.matcher(rest);
            if (m != null && m.matches()) {
                widthByMigration.put(rest.replaceFirst("\\.(up|down)\\.sql$", ""), m.group(1).length());
            }
        }
        if (widthByMigration.size() < 2) {
            return DEFAULT_WIDTH;
        }
        Map<Integer, Integer> counts = new HashMap<>();
        widthByMigration.values().forEach(w -> counts.merge(w, 1, Integer::sum));
        int best = DEFAULT_WIDTH;
        int bestCount = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount || (e.getValue() == bestCount && e.getKey() > best)) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }
}
