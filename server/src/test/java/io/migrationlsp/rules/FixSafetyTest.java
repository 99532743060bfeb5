package io.migrationlsp.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.rules.Edit;
import io.migrationlsp.core.rules.Finding;
import io.migrationlsp.core.rules.Fix;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.sql.Splitter;
import io.migrationlsp.core.sql.Statement;
import io.migrationlsp.core.text.Dialect;
import io.migrationlsp.core.text.LineMap;
import io.migrationlsp.core.text.TextSpan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The fix safety property, over every fixture of every rule: each offered fix applied alone, and
 * all safe fixes applied together (non-overlapping), must
 * <ol>
 *   <li>leave the text outside its edits byte-identical,</li>
 *   <li>remove the finding it fixes,</li>
 *   <li>add no warning or error (rule-id multisets compared; the fixed rule's count must drop),</li>
 *   <li>not be offered again at the same place when the fixed text is re-analysed.</li>
 * </ol>
 * Fixes that edit other files or rename the file are outside this property (there is no other file
 * in a fixture); they are counted, and covered by the workspace fix tests.
 */
class FixSafetyTest {
    private static final Path ROOT = Paths.get("src/test/resources/rules");

    /**
     * The two ways a fix legitimately adds another finding. Each is checked narrowly by
     * {@link #allowed}: one more {@code statement-in-wrong-section} and only where stated.
     * <ul>
     *   <li>{@code unqualified-table} / {@code hardcoded-tenant-schema} offer both schemas, PLATFORM and
     *   {@code {schema_name}}; picking the one that contradicts the section the statement sits in
     *   makes that one statement a wrong-section finding (which has its own "move" fix). Allowed:
     *   the new finding lies in the statement that was fixed, and the fix chose the other section's schema.</li>
     *   <li>{@code section-headers}, applied alone when the file lacks both headers: inserting one
     *   header puts the other kind's statements under it until the second header is inserted too.
     *   Allowed only in a single-fix run while another section-headers fix is left unapplied; the
     *   all-safe-fixes run (both headers) must add nothing.</li>
     * </ul>
     */
    private static final Set<String> QUALIFIERS = Set.of("unqualified-table", "hardcoded-tenant-schema");
    private static final String WRONG_SECTION = "statement-in-wrong-section";

    private record Case(String rule, io.migrationlsp.core.config.Profile profile, Path file) {}

    private static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        for (Rule rule : RuleRegistry.all()) {
            Path dir = ROOT.resolve(rule.meta().profile().id()).resolve(rule.meta().id());
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.sorted().collect(Collectors.toList())) {
                    String name = f.getFileName().toString();
                    if (RuleFixturesTest.isCase(name)) {
                        out.add(new Case(rule.meta().id(), rule.meta().profile(), f));
                    }
                }
            }
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyFixOfEveryFixture() throws IOException {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.rule() + "/" + c.file().getFileName(), () -> check(c)));
    }

    /** Guards against the property passing vacuously: the fixtures must offer fixes to check. */
    @Test
    void fixturesOfferManyFixes() throws IOException {
        int fixes = 0;
        Set<String> rulesWithFixes = new java.util.TreeSet<>();
        for (Case c : cases()) {
            Fixture fx = Fixture.parse(Files.readString(c.file(), StandardCharsets.UTF_8), c.profile());
            for (Finding f : RuleHarness.lint(fx.path(), fx.text(), c.profile())) {
                for (Fix fix : f.fixes()) {
                    if (local(fix)) {
                        fixes++;
                        rulesWithFixes.add(f.ruleId());
                    }
                }
            }
        }
        assertTrue(fixes >= 30, "only " + fixes + " in-file fixes offered by the fixtures");
        assertTrue(rulesWithFixes.size() >= 10, "rules with fixes: " + rulesWithFixes);
    }

    private static void check(Case c) throws IOException {
        Fixture fx = Fixture.parse(Files.readString(c.file(), StandardCharsets.UTF_8), c.profile());
        var profile = c.profile();
        String text = fx.text();
        List<Finding> before = RuleHarness.lint(fx.path(), text, profile);
        List<String> problems = new ArrayList<>();
        List<Finding> safeChosen = new ArrayList<>();
        List<Edit> safeEdits = new ArrayList<>();
        for (Finding f : before) {
            for (Fix fix : f.fixes()) {
                if (!local(fix)) {
                    continue;
                }
                String where = f.ruleId() + " '" + fix.title() + "' at " + f.span();
                List<Edit> edits = fix.edits();
                if (!wellFormed(edits, text.length())) {
                    problems.add(where + ": edits overlap or lie outside the text: " + edits);
                    continue;
                }
                String after = RuleHarness.apply(text, edits);
                checkOutsideUnchanged(text, after, edits, where, problems);
                List<Finding> relint = RuleHarness.lint(fx.path(), after, profile);
                checkResult(before, relint, List.of(f), edits, fix, where, problems, after);
                if (fix.safe() && edits.stream().noneMatch(e -> safeEdits.stream().anyMatch(x -> overlaps(x, e)))) {
                    safeEdits.addAll(edits);
                    safeChosen.add(f);
                }
            }
        }
        if (!safeEdits.isEmpty()) {
            String after = RuleHarness.apply(text, safeEdits);
            checkOutsideUnchanged(text, after, safeEdits, "all safe fixes", problems);
            List<Finding> relint = RuleHarness.lint(fx.path(), after, profile);
            checkResult(before, relint, safeChosen, safeEdits, null, "all safe fixes (" + safeChosen.size() + ")", problems, after);
        }
        assertEquals(List.of(), problems, c.file() + "\n" + RuleFixturesTest.describeAll(before, new LineMap(text)));
    }

    /** Only this file's edits, no rename: a fixture has no other file to edit. */
    private static boolean local(Fix fix) {
        return fix.renameTo() == null && !fix.edits().isEmpty() && fix.edits().stream().allMatch(e -> e.path() == null);
    }

    private static boolean wellFormed(List<Edit> edits, int length) {
        for (int i = 0; i < edits.size(); i++) {
            if (edits.get(i).span().end() > length || edits.get(i).newText() == null) {
                return false;
            }
            for (int j = i + 1; j < edits.size(); j++) {
                if (overlaps(edits.get(i), edits.get(j))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Walks the gaps between the edits: each must appear unchanged, in order, in the result. */
    private static void checkOutsideUnchanged(String before, String after, List<Edit> edits, String where, List<String> problems) {
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(e -> e.span().start()));
        int from = 0;
        int at = 0;
        for (Edit e : sorted) {
            String gap = before.substring(from, e.span().start());
            if (!after.startsWith(gap, at)) {
                problems.add(where + ": text before offset " + e.span().start() + " changed");
                return;
            }
            at += gap.length();
            if (!after.startsWith(e.newText(), at)) {
                problems.add(where + ": replacement not found where it belongs");
                return;
            }
            at += e.newText().length();
            from = e.span().end();
        }
        if (!after.substring(at).equals(before.substring(from))) {
            problems.add(where + ": text after the last edit changed");
        }
    }

    private static void checkResult(List<Finding> before, List<Finding> after, List<Finding> fixed, List<Edit> edits,
                                    Fix single, String where, List<String> problems, String afterText) {
        Map<String, Integer> countBefore = counts(before);
        Map<String, Integer> countAfter = counts(after);
        Map<String, Integer> fixedCount = new TreeMap<>();
        fixed.forEach(f -> fixedCount.merge(f.ruleId(), 1, Integer::sum));
        for (String rule : fixedCount.keySet()) {
            // Any severity: a fix of an information-level finding must remove it too.
            int b = (int) before.stream().filter(f -> f.ruleId().equals(rule)).count();
            int a = (int) after.stream().filter(f -> f.ruleId().equals(rule)).count();
            if (a >= b) {
                problems.add(where + ": " + rule + " did not decrease (" + b + " -> " + a + ")");
            }
        }
        for (Map.Entry<String, Integer> e : countAfter.entrySet()) {
            String rule = e.getKey();
            if (fixedCount.containsKey(rule)) {
                continue;
            }
            int b = countBefore.getOrDefault(rule, 0);
            if (e.getValue() > b && !allowed(before, after, fixed, edits, single, rule, e.getValue() - b, afterText)) {
                problems.add(where + ": new " + rule + " (" + b + " -> " + e.getValue() + ")");
            }
        }
        for (Finding f : fixed) {
            int place = map(f.span().start(), edits);
            for (Finding g : after) {
                if (!g.ruleId().equals(f.ruleId()) || map(f.span().end(), edits) < g.span().start() || g.span().end() < place) {
                    continue;
                }
                // The same rule still reports at the fixed place: offering the same fix again would be a loop.
                for (Fix again : g.fixes()) {
                    boolean sameFix = single != null ? again.title().equals(single.title())
                            : f.fixes().stream().anyMatch(x -> x.title().equals(again.title()));
                    if (sameFix) {
                        problems.add(where + ": re-analysis offers '" + again.title() + "' again at " + g.span());
                    }
                }
            }
        }
    }

    private static boolean allowed(List<Finding> before, List<Finding> after, List<Finding> fixed, List<Edit> edits,
                                   Fix single, String otherRule, int increase, String afterText) {
        if (!otherRule.equals(WRONG_SECTION) || single == null || fixed.size() != 1) {
            return false;
        }
        Finding f = fixed.get(0);
        if (QUALIFIERS.contains(f.ruleId()) && increase == 1) {
            // The new wrong-section finding must be in the very statement whose table was qualified.
            TextSpan stmt = statementAt(afterText, map(f.span().start(), edits));
            List<TextSpan> added = newSpans(before, after, edits, WRONG_SECTION);
            boolean otherSchema = single.title().contains("PLATFORM") || single.title().contains("{schema_name}");
            return otherSchema && stmt != null && added.size() == 1 && stmt.containsSpan(added.get(0));
        }
        if (f.ruleId().equals("section-headers")) {
            // Only statements the other, still missing header would cover: at or after where it belongs.
            List<TextSpan> added = newSpans(before, after, edits, WRONG_SECTION);
            return added.size() == increase && before.stream().anyMatch(g -> g != f && g.ruleId().equals("section-headers")
                    && !g.fixes().isEmpty() && added.stream().allMatch(a -> a.start() >= map(g.span().start(), edits)));
        }
        return false;
    }

    private static TextSpan statementAt(String text, int offset) {
        for (Statement s : Splitter.split(text, Dialect.TSQL).statements()) {
            TextSpan span = s.span();
            if (span.start() <= offset && offset <= span.end()) {
                return span;
            }
        }
        return null;
    }

    /** Spans (in the edited text) of the rule's findings after the edit that were not there before. */
    private static List<TextSpan> newSpans(List<Finding> before, List<Finding> after, List<Edit> edits, String rule) {
        Set<Integer> old = new java.util.HashSet<>();
        before.stream().filter(f -> f.ruleId().equals(rule)).forEach(f -> old.add(map(f.span().start(), edits)));
        List<TextSpan> out = new ArrayList<>();
        after.stream().filter(f -> f.ruleId().equals(rule) && !old.contains(f.span().start())).forEach(f -> out.add(f.span()));
        return out;
    }

    /** Warnings and errors by rule id (hints and information are advice, not problems). */
    private static Map<String, Integer> counts(List<Finding> findings) {
        Map<String, Integer> m = new TreeMap<>();
        for (Finding f : findings) {
            if (f.severity() == Severity.ERROR || f.severity() == Severity.WARNING) {
                m.merge(f.ruleId(), 1, Integer::sum);
            }
        }
        return m;
    }

    /** An offset of the original text in the edited text; inside an edit, the edit's start. */
    private static int map(int offset, List<Edit> edits) {
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(e -> e.span().start()));
        int shift = 0;
        for (Edit e : sorted) {
            if (e.span().end() <= offset) {
                shift += e.newText().length() - e.span().length();
            } else if (e.span().start() < offset) {
                return e.span().start() + shift;
            }
        }
        return offset + shift;
    }

    private static boolean overlaps(Edit a, Edit b) {
        if (a.span().length() == 0 && b.span().length() == 0) {
            return a.span().start() == b.span().start();
        }
        return a.span().start() < b.span().end() && b.span().start() < a.span().end()
                || a.span().length() == 0 && a.span().start() > b.span().start() && a.span().start() < b.span().end()
                || b.span().length() == 0 && b.span().start() > a.span().start() && b.span().start() < a.span().end();
    }
}
