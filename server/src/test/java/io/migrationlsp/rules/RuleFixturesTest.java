package io.migrationlsp.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.rules.Finding;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.text.LineMap;
import io.migrationlsp.workspace.WorkspaceCheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every fixture under {@code rules/<profile>/<rule-id>/}: the findings of that rule are exactly the
 * marked ones (markers of other rules, when present, must match too), and where a
 * {@code <case>.fixed.sql} exists, applying the fixes gives that text, whose re-lint no longer has
 * the rule's finding and has no error the original did not have.
 */
class RuleFixturesTest {
    private static final Path ROOT = Paths.get("src/test/resources/rules");

    @TestFactory
    Stream<DynamicTest> fixtures() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Rule rule : RuleRegistry.all()) {
            Path dir = ROOT.resolve(rule.meta().profile().id()).resolve(rule.meta().id());
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.sorted().collect(Collectors.toList())) {
                    String name = f.getFileName().toString();
                    if (isCase(name)) {
                        tests.add(DynamicTest.dynamicTest(rule.meta().profile().id() + "/" + rule.meta().id() + "/" + name,
                                () -> check(rule, f)));
                    }
                }
            }
        }
        return tests.stream();
    }

    /** Rules that {@link Rule#needsWorkspace() need a workspace} may be covered by workspace fixtures instead. */
    @Test
    void everyRuleHasABadAndACleanFixture() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Rule rule : RuleRegistry.all()) {
            Path dir = ROOT.resolve(rule.meta().profile().id()).resolve(rule.meta().id());
            boolean bad = false;
            boolean clean = false;
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path f : files.collect(Collectors.toList())) {
                        String name = f.getFileName().toString();
                        if (!isCase(name)) {
                            continue;
                        }
                        Fixture fx = Fixture.parse(Files.readString(f, StandardCharsets.UTF_8), rule.meta().profile());
                        boolean marks = fx.expected().stream().anyMatch(e -> e.rule().equals(rule.meta().id()));
                        bad |= marks;
                        clean |= !marks;
                    }
                }
            }
            if (rule.needsWorkspace()) {
                // Bad: a marker for the rule in a workspace that lists it; clean: a file of such a workspace without one.
                for (WorkspaceCheck.Case c : WorkspaceCheck.all()) {
                    if (c.rules().contains(rule.meta().id())) {
                        for (Fixture fx : c.files().values()) {
                            boolean marks = fx.expected().stream().anyMatch(e -> e.rule().equals(rule.meta().id()));
                            bad |= marks;
                            clean |= !marks;
                        }
                    }
                }
            }
            if (!bad || !clean) {
                missing.add(rule.meta().profile().id() + "/" + rule.meta().id() + (bad ? "" : " (no bad case)") + (clean ? "" : " (no clean case)"));
            }
        }
        assertEquals(List.of(), missing, "rules without fixtures");
    }

    private static void check(Rule rule, Path file) throws IOException {
        String id = rule.meta().id();
        Profile profile = rule.meta().profile();
        Fixture fx = Fixture.parse(Files.readString(file, StandardCharsets.UTF_8), profile);
        List<Finding> findings = RuleHarness.lint(fx.path(), fx.text(), profile);
        LineMap lines = new LineMap(fx.text());
        Set<String> markedRules = new TreeSet<>();
        markedRules.add(id);
        fx.expected().forEach(e -> markedRules.add(e.rule()));
        Set<String> expected = new TreeSet<>();
        fx.expected().forEach(e -> expected.add(e.toString()));
        Set<String> actual = new TreeSet<>();
        for (Finding f : findings) {
            if (markedRules.contains(f.ruleId())) {
                boolean explicit = fx.expected().stream().anyMatch(e -> e.rule().equals(f.ruleId()) && e.endLine() != e.line());
                actual.add(Fixture.describe(f.ruleId(), fx.text(), lines, f.span().start(), f.span().end(), explicit).toString());
            }
        }
        assertEquals(expected, actual, "findings in " + file + "\n" + describeAll(findings, lines));
        for (Finding f : findings) {
            assertTrue(f.span().end() <= fx.text().length(), "range inside the file");
        }
        Path fixed = fixedFile(file);
        if (Files.exists(fixed)) {
            List<Finding> own = findings.stream().filter(f -> f.ruleId().equals(id)).collect(Collectors.toList());
            assertFalse(own.stream().allMatch(f -> f.fixes().isEmpty()), "a .fixed.sql needs a finding with a fix");
            String after = RuleHarness.applyFirstFixes(fx.text(), own);
            assertEquals(Files.readString(fixed, StandardCharsets.UTF_8), after, "fixed text of " + file);
            List<Finding> relint = RuleHarness.lint(fx.path(), after, profile);
            long fixable = own.stream().filter(f -> !f.fixes().isEmpty()).count();
            long remaining = relint.stream().filter(f -> f.ruleId().equals(id)).count();
            assertEquals(own.size() - fixable, remaining, "the fixed findings are gone:\n" + describeAll(relint, new LineMap(after)));
            Set<String> errorsBefore = findings.stream().filter(f -> f.severity() == Severity.ERROR).map(Finding::ruleId).collect(Collectors.toSet());
            for (Finding f : relint) {
                if (f.severity() == Severity.ERROR) {
                    assertTrue(errorsBefore.contains(f.ruleId()), "the fix introduced " + f.ruleId() + ": " + f.message());
                }
            }
        }
    }

    /** A fixture case: a SQL file or (alembic) a Python revision, not the expected result of its fixes. */
    static boolean isCase(String name) {
        return (name.endsWith(".sql") || name.endsWith(".py")) && !name.endsWith(".fixed.sql") && !name.endsWith(".fixed.py");
    }

    /** {@code case.sql} → {@code case.fixed.sql}, {@code case.py} → {@code case.fixed.py}. */
    static Path fixedFile(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return file.resolveSibling(name.substring(0, dot) + ".fixed" + name.substring(dot));
    }

    static String describeAll(List<Finding> findings, LineMap lines) {
        StringBuilder sb = new StringBuilder("all findings:\n");
        for (Finding f : findings) {
            LineMap.Position s = lines.position(f.span().start());
            LineMap.Position e = lines.position(f.span().end());
            sb.append("  ").append(f.ruleId()).append(' ').append(s.line() + 1).append(':').append(s.column() + 1)
                    .append('-').append(e.line() + 1).append(':').append(e.column() + 1).append(' ').append(f.message()).append('\n');
        }
        return sb.toString();
    }
}
