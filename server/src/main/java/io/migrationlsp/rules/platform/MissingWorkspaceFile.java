package io.migrationlsp.rules.platform;

import io.migrationlsp.core.analysis.WorkspaceFacts;
import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import io.migrationlsp.core.text.TextSpan;
import io.migrationlsp.core.workspace.MigrationEntry;
import io.migrationlsp.core.workspace.TablesPyModel;
import java.util.List;

/**
 * Says once, on the newest migration, that tables.py or constants.py is missing or unreadable and
 * which rules are therefore off, instead of every rule going quiet without a word.
 */
public final class MissingWorkspaceFile implements Rule {
    private static final RuleMeta META = new RuleMeta("missing-workspace-file", Severity.INFORMATION, Profile.PLATFORM,
            "tables.py or constants.py not found: the rules that need it are off");

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
        WorkspaceFacts facts = History.facts(ctx);
        if (facts == null) {
            return;
        }
        List<MigrationEntry> roots = History.roots(facts).entries();
        if (roots.isEmpty() || !roots.get(roots.size() - 1).path().equals(ctx.file().path())) {
            return;
        }
        TablesPyModel tp = facts.tablesPy();
        if (tp == null) {
            ctx.report(new TextSpan(0, 0), ctx.config().tablesPy() + " not found: tables-py-sync and the tables-py-* rules are off"
                    + " (set paths.tablesPy in .migration-lsp.json if it lives elsewhere).");
        } else if (tp.sql() == null) {
            ctx.report(new TextSpan(0, 0), ctx.config().tablesPy() + ": " + tp.problem() + "; the tables-py-* rules are off.");
        }
        if (facts.constants() == null) {
            ctx.report(new TextSpan(0, 0), ctx.config().constantsPy() + " not found: unknown-role and permission-not-in-constants are off"
                    + " (set paths.constantsPy in .migration-lsp.json if it lives elsewhere).");
        }
    }
}
