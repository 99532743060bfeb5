package io.migrationlsp.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.migrationlsp.core.analysis.Analyzer;
import io.migrationlsp.core.analysis.SqlFile;
import io.migrationlsp.core.analysis.SqlValidator;
import io.migrationlsp.core.navigation.Fold;
import io.migrationlsp.core.navigation.Folding;
import io.migrationlsp.core.navigation.HoverText;
import io.migrationlsp.core.navigation.Location;
import io.migrationlsp.core.navigation.Navigator;
import io.migrationlsp.core.navigation.Outline;
import io.migrationlsp.core.navigation.OutlineNode;
import io.migrationlsp.core.navigation.SourceView;
import io.migrationlsp.core.navigation.Symbol;
import io.migrationlsp.core.text.LineMap;
import io.migrationlsp.core.text.TextSpan;
import io.migrationlsp.core.workspace.Project;
import io.migrationlsp.core.workspace.WorkspaceIndex;
import io.migrationlsp.rules.RuleRegistry;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Navigation on broken text never throws and never answers outside a file: every fixture and 150
 * mutants of them, hover and symbol lookup at every offset (sampled in long texts), definitions and
 * references of what is found, the outline (a selection inside its span, a child inside its parent)
 * and the folds, against the example workspace's index.
 */
class NavigationFuzzTest {
    private static final Path SERVER = Paths.get("").toAbsolutePath();
    private static final int MAX_OFFSETS = 400;
    private static final int MAX_LOOKUPS = 10;

    @Test
    void navigationOnFixturesAndMutants() throws Exception {
        List<String> seeds = FuzzHarness.seeds(SERVER);
        try (SqlValidator validator = new SqlValidator(200)) {
            Analyzer analyzer = new Analyzer(RuleRegistry::forProfile, validator);
            Project project = Project.open(FuzzHarness.exampleWorkspace(SERVER), null, null);
            WorkspaceIndex index = new WorkspaceIndex(project, analyzer);
            Mutator mutator = new Mutator(20261130L, seeds);
            List<String> inputs = new ArrayList<>(seeds);
            for (int i = 0; i < 150; i++) {
                inputs.add(mutator.next().text());
            }
            List<String> failures = new ArrayList<>();
            for (int i = 0; i < inputs.size(); i++) {
                String text = inputs.get(i);
                try {
                    SqlFile file = analyzer.model("_migrations/2026_2_9_1.sql", text, project.config(), project.profile());
                    check(new Navigator(index, SourceView.of(file)), text);
                } catch (Throwable t) {
                    failures.add("#" + i + ": " + t + "\n" + text.substring(0, Math.min(300, text.length())));
                }
            }
            assertEquals(List.of(), failures.subList(0, Math.min(3, failures.size())), failures.size() + " failures");
        }
    }

    private static void check(Navigator nav, String text) {
        int step = Math.max(1, text.length() / MAX_OFFSETS);
        int lookups = 0;
        for (int offset = 0; offset <= text.length(); offset += step) {
            HoverText h = nav.hover(offset);
            if (h != null) {
                inside(h.span(), text.length(), "hover");
            }
            Symbol s = nav.symbolAt(offset);
            if (s != null && lookups++ < MAX_LOOKUPS) {
                for (Location l : nav.definitions(s)) {
                    located(nav, l);
                }
                for (Location l : nav.references(s, true)) {
                    located(nav, l);
                }
            }
        }
        for (OutlineNode n : Outline.of(nav.current())) {
            outline(n, new TextSpan(0, text.length()));
        }
        for (Fold f : Folding.of(nav.current())) {
            inside(f.span(), text.length(), "fold");
        }
    }

    private static void located(Navigator nav, Location l) {
        LineMap lines = nav.lines(l.path());
        if (lines == null) {
            throw new AssertionError("no lines for " + l.path());
        }
        // The last line has no line break after it: its end is the length of the text.
        inside(l.span(), lines.lineEnd(lines.lineCount() - 1), "location in " + l.path());
    }

    private static void outline(OutlineNode n, TextSpan parent) {
        if (!parent.containsSpan(n.span()) || !n.span().containsSpan(n.selection()) || n.name().isEmpty()) {
            throw new AssertionError("outline node " + n.name() + " " + n.span() + " / " + n.selection() + " in " + parent);
        }
        for (OutlineNode c : n.children()) {
            outline(c, n.span());
        }
    }

    private static void inside(TextSpan span, int length, String what) {
        if (span.end() > length) {
            throw new AssertionError(what + " " + span + " beyond " + length);
        }
    }
}
