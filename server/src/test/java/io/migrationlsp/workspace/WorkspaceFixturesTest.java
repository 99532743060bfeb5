package io.migrationlsp.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrationlsp.core.analysis.ManifestFindings;
import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.rules.Edit;
import io.migrationlsp.core.rules.Finding;
import io.migrationlsp.core.rules.Fix;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.text.LineMap;
import io.migrationlsp.rules.Fixture;
import io.migrationlsp.rules.RuleRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every workspace fixture is checked as {@code check ROOT} would: in every SQL and Python file, the
 * findings of the rules listed in {@code expect.rules} are exactly the inline markers (so a file
 * without markers proves their absence), and every finding lies inside the file it points into.
 * Each line {@code PATH:LINE rule-id} of {@code expect.fixes} names a finding whose first fix
 * (edits in any file, or a rename) is applied to a copy of the workspace: that finding is gone and
 * no error appears that was not there before.
 */
class WorkspaceFixturesTest {

    @Test
    void workspacesExist() throws IOException {
        assertFalse(WorkspaceCheck.all().isEmpty(), "workspace fixtures under " + WorkspaceCheck.ROOT);
    }

    /** Markers carry no severity: the legacy dotless names known in constants.py are warnings, an unknown one an error. */
    @Test
    void legacyDotlessPermissionsKnownInConstantsAreWarnings() {
        Map<String, List<Finding>> findings = WorkspaceCheck.check(WorkspaceCheck.ROOT.resolve("roles-permissions"));
        List<Severity> legacy = findings.get("_migrations/2026_2_3_1.sql").stream()
                .filter(f -> f.ruleId().equals("permission-name-format")).map(Finding::severity).collect(Collectors.toList());
        assertEquals(List.of(Severity.WARNING, Severity.WARNING), legacy, "VBC_CONFIGURATION and VIEW_ALL_ORGANIZATIONS");
        List<Severity> unknown = findings.get("_migrations/2026_2_4_1.sql").stream()
                .filter(f -> f.ruleId().equals("permission-name-format")).map(Finding::severity).collect(Collectors.toList());
        assertEquals(List.of(Severity.ERROR), unknown, "PAYER_EXPORT");
    }

    @TestFactory
    Stream<DynamicTest> workspaces() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (WorkspaceCheck.Case c : WorkspaceCheck.all()) {
            String name = c.root().getFileName().toString();
            tests.add(DynamicTest.dynamicTest(name, () -> checkMarkers(c)));
            Path fixes = c.root().resolve(WorkspaceCheck.FIXES_FILE);
            if (Files.isRegularFile(fixes)) {
                for (String line : WorkspaceCheck.lines(fixes)) {
                    tests.add(DynamicTest.dynamicTest(name + " fix " + line, () -> checkFix(c, line)));
                }
            }
        }
        return tests.stream();
    }

    private static void checkMarkers(WorkspaceCheck.Case c) {
        for (String id : c.rules()) {
            Profile profile = WorkspaceCheck.profile(c.root());
            Rule rule = RuleRegistry.byId(id, profile);
            assertTrue(rule != null || id.equals(ManifestFindings.RULE_ID), "expect.rules names an unknown rule: " + id);
            assertTrue(rule == null || rule.meta().profile() == profile, id + " is not a rule of " + profile.id());
        }
        Map<String, List<Finding>> findings = WorkspaceCheck.check(c.root());
        for (String path : findings.keySet()) {
            assertTrue(c.files().containsKey(path), "a finding points into " + path + ", which the workspace does not have");
        }
        for (Map.Entry<String, Fixture> file : c.files().entrySet()) {
            String path = file.getKey();
            Fixture fx = file.getValue();
            List<Finding> here = findings.getOrDefault(path, List.of());
            for (Finding f : here) {
                assertTrue(f.span().start() >= 0 && f.span().start() <= f.span().end() && f.span().end() <= fx.text().length(),
                        "span of " + f.ruleId() + " lies inside " + path);
            }
            List<String> expected = new ArrayList<>();
            for (Fixture.Expected e : fx.expected()) {
                assertTrue(c.rules().contains(e.rule()), path + " marks " + e.rule() + ", which expect.rules does not list");
                expected.add(e.toString());
            }
            LineMap lines = new LineMap(fx.text());
            List<String> actual = new ArrayList<>();
            for (Finding f : here) {
                if (c.rules().contains(f.ruleId())) {
                    boolean explicit = fx.expected().stream().anyMatch(e -> e.rule().equals(f.ruleId()) && e.endLine() != e.line());
                    actual.add(Fixture.describe(f.ruleId(), fx.text(), lines, f.span().start(), f.span().end(), explicit).toString());
                }
            }
            expected.sort(null);
            actual.sort(null);
            assertEquals(expected, actual, "findings in " + c.root().getFileName() + "/" + path + "\n" + describe(here, lines));
        }
    }

    private static void checkFix(WorkspaceCheck.Case c, String spec) throws IOException {
        String[] parts = spec.split("\\s+");
        String path = parts[0].substring(0, parts[0].lastIndexOf(':'));
        int line = Integer.parseInt(parts[0].substring(parts[0].lastIndexOf(':') + 1)) - 1;
        String rule = parts[1];
        Map<String, List<Finding>> before = WorkspaceCheck.check(c.root());
        String text = c.files().get(path).text();
        LineMap lines = new LineMap(text);
        List<Finding> matching = before.getOrDefault(path, List.of()).stream()
                .filter(f -> f.ruleId().equals(rule) && lines.lineOf(f.span().start()) == line).collect(Collectors.toList());
        assertEquals(1, matching.size(), "one " + rule + " finding on " + spec);
        Finding target = matching.get(0);
        assertFalse(target.fixes().isEmpty(), "the finding has a fix: " + spec);
        Fix fix = target.fixes().get(0);
        Path copy = WorkspaceCheck.copy(c.root());
        try {
            Map<String, List<Edit>> byFile = fix.edits().stream()
                    .collect(Collectors.groupingBy(e -> e.path() == null ? path : e.path()));
            for (Map.Entry<String, List<Edit>> e : byFile.entrySet()) {
                Path file = copy.resolve(e.getKey());
                // An edit that creates a file starts from nothing.
                String old = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
                Files.writeString(file, apply(old, e.getValue()), StandardCharsets.UTF_8);
            }
            String fixedPath = path;
            if (fix.renameTo() != null) {
                Files.createDirectories(copy.resolve(fix.renameTo()).getParent());
                Files.move(copy.resolve(path), copy.resolve(fix.renameTo()));
                fixedPath = fix.renameTo();
            }
            for (Fix.Rename r : fix.alsoRename()) {
                Files.move(copy.resolve(r.from()), copy.resolve(r.to()));
            }
            Map<String, List<Finding>> after = WorkspaceCheck.check(copy);
            String finalPath = fixedPath;
            String fixedText = Files.readString(copy.resolve(finalPath), StandardCharsets.UTF_8);
            LineMap fixedLines = new LineMap(fixedText);
            // The edits are in other files or are a rename, so the finding's file keeps its text: same rule, same line.
            assertTrue(after.getOrDefault(finalPath, List.of()).stream().noneMatch(f -> f.ruleId().equals(rule)
                            && fixedLines.lineOf(f.span().start()) == line),
                    "the fixed finding is gone:\n" + describe(after.getOrDefault(finalPath, List.of()), fixedLines));
            Map<String, Long> counted = errors(before, path, finalPath);
            for (Fix.Rename r : fix.alsoRename()) {
                counted = renamed(counted, r.from(), r.to());
            }
            Map<String, Long> errorsBefore = counted;
            errors(after, null, null).forEach((key, count) -> assertTrue(count <= errorsBefore.getOrDefault(key, 0L),
                    "the fix introduced " + key + ": " + after.getOrDefault(key.split(" ")[0], List.of()).stream()
                            .map(Finding::message).collect(Collectors.toList())));
        } finally {
            WorkspaceCheck.delete(copy);
        }
    }

    /** How many errors of each rule each file has ("path rule"), a renamed file's under its new path. */
    private static Map<String, Long> errors(Map<String, List<Finding>> findings, String from, String to) {
        Map<String, Long> out = new TreeMap<>();
        findings.forEach((p, list) -> list.stream().filter(f -> f.severity() == Severity.ERROR)
                .forEach(f -> out.merge((p.equals(from) ? to : p) + " " + f.ruleId(), 1L, Long::sum)));
        return out;
    }

    /** The same error counts with one file's entries under its new path. */
    private static Map<String, Long> renamed(Map<String, Long> errors, String from, String to) {
        Map<String, Long> out = new TreeMap<>();
        errors.forEach((key, count) -> out.put(key.startsWith(from + " ") ? to + key.substring(from.length()) : key, count));
        return out;
    }

    private static String apply(String text, List<Edit> edits) {
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt((Edit e) -> e.span().start()).reversed());
        StringBuilder sb = new StringBuilder(text);
        for (Edit e : sorted) {
            sb.replace(e.span().start(), e.span().end(), e.newText());
        }
        return sb.toString();
    }

    static String describe(List<Finding> findings, LineMap lines) {
        StringBuilder sb = new StringBuilder("all findings:\n");
        for (Finding f : findings) {
            LineMap.Position s = lines.position(f.span().start());
            LineMap.Position e = lines.position(f.span().end());
            sb.append("  ").append(f.ruleId()).append(' ').append(s.line() + 1).append(':').append(s.column() + 1).append('-')
                    .append(e.line() + 1).append(':').append(e.column() + 1).append(' ').append(f.message()).append('\n');
        }
        return sb.toString();
    }
}
