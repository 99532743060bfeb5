package io.migrationlsp.rules;

import io.migrationlsp.core.analysis.Analyzer;
import io.migrationlsp.core.analysis.FileResult;
import io.migrationlsp.core.analysis.SqlValidator;
import io.migrationlsp.core.analysis.WorkspaceView;
import io.migrationlsp.core.config.Config;
import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.rules.Edit;
import io.migrationlsp.core.rules.Finding;
import io.migrationlsp.core.rules.Fix;
import io.migrationlsp.core.workspace.layout.Layouts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Runs the real analysis on test text and applies fixes the way an editor would. */
final class RuleHarness {
    static final SqlValidator VALIDATOR = new SqlValidator(5_000);
    static final Analyzer ANALYZER = new Analyzer(RuleRegistry::forProfile, VALIDATOR);

    private RuleHarness() {}

    static List<Finding> lint(String path, String text, Profile profile) {
        Config config = Config.defaults().withProfile(profile);
        if (profile != Profile.PLATFORM) {
            config = config.withMigrationsDir(Layouts.of(profile).defaultMigrationsDir());
        }
        FileResult r = ANALYZER.analyze(path, text, config, profile, WorkspaceView.NONE, () -> false);
        return r.findings();
    }

    /** Applies the first fix of each finding, non-overlapping edits to this file only, last first. */
    static String applyFirstFixes(String text, List<Finding> findings) {
        List<Edit> edits = new ArrayList<>();
        for (Finding f : findings) {
            if (!f.fixes().isEmpty()) {
                Fix fix = f.fixes().get(0);
                for (Edit e : fix.edits()) {
                    if (e.path() == null && edits.stream().noneMatch(x -> overlaps(x, e))) {
                        edits.add(e);
                    }
                }
            }
        }
        return apply(text, edits);
    }

    static String apply(String text, List<Edit> edits) {
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt((Edit e) -> e.span().start()).reversed());
        StringBuilder sb = new StringBuilder(text);
        for (Edit e : sorted) {
            sb.replace(e.span().start(), e.span().end(), e.newText());
        }
        return sb.toString();
    }

    private static boolean overlaps(Edit a, Edit b) {
        if (a.span().start() == a.span().end() && b.span().start() == b.span().end()) {
            return a.span().start() == b.span().start();
        }
        return a.span().start() < b.span().end() && b.span().start() < a.span().end();
    }
}
