package io.migrationlsp.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.rules.Finding;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleDocs;
import io.migrationlsp.core.text.LineMap;
import io.migrationlsp.workspace.GitRepo;
import io.migrationlsp.workspace.WorkspaceCheck;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every rule has a doc whose Bad example yields exactly that rule and whose Good example yields
 * nothing; for a rule that {@link Rule#needsWorkspace() needs a workspace}, in the example's own
 * file once it is put into its profile's base workspace fixture ({@code doc-base} for platform,
 * {@code doc-base-<profile>} for the others).
 */
class RuleCatalogueTest {
    /** The workspace fixture that the examples of rules which need a workspace are run in ({@code doc-base-<profile>} for the others). */
    static final String BASE_WORKSPACE = "doc-base";
    /** In a base workspace: where an example without a {@code path:} header goes (platform: the next root migration). */
    static final String EXAMPLE_PATH_FILE = "example.path";
    private static final Pattern HEADER = Pattern.compile("^(?:--|#)\\s*(path|without|with|git):\\s*(\\S+)(?:\\s+(.*?))?\\s*$");

    @Test
    void idsAreUniquePerProfileAndKebabCase() {
        Set<String> seen = new HashSet<>();
        for (Rule r : RuleRegistry.all()) {
            assertTrue(r.meta().id().matches("[a-z0-9]+(-[a-z0-9]+)*"), r.meta().id());
            assertTrue(seen.add(r.meta().profile().id() + "/" + r.meta().id()), "duplicate " + r.meta().id());
            String expectedClass = toPascal(r.meta().id());
            assertEquals(expectedClass, r.getClass().getSimpleName(), "class named after the id");
        }
    }

    @TestFactory
    Stream<DynamicTest> docs() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Rule rule : RuleRegistry.all()) {
            tests.add(DynamicTest.dynamicTest(rule.meta().profile().id() + "/" + rule.meta().id(), () -> checkDoc(rule)));
        }
        return tests.stream();
    }

    private static void checkDoc(Rule rule) {
        String doc = RuleDocs.load(rule.meta());
        assertNotNull(doc, "missing doc " + RuleDocs.resourcePath(rule.meta()));
        for (String heading : List.of("Why", "Bad", "Good", "Fix")) {
            assertTrue(doc.contains("\n## " + heading + "\n"), "doc has ## " + heading);
        }
        List<String> bad = RuleDocs.examples(doc, "Bad");
        List<String> good = RuleDocs.examples(doc, "Good");
        assertFalse(bad.isEmpty(), "a Bad example");
        assertFalse(good.isEmpty(), "a Good example");
        if (rule.needsWorkspace()) {
            String base = baseWorkspace(rule.meta().profile());
            for (String example : bad) {
                Map<String, List<String>> found = idsInWorkspace(example, rule.meta().profile());
                assertEquals(Set.of(rule.meta().id()), found.keySet(),
                        "Bad example (in workspaces/" + base + ") yields exactly its rule\n" + example + "\n" + found);
            }
            for (String example : good) {
                assertEquals(Map.of(), idsInWorkspace(example, rule.meta().profile()),
                        "Good example (in workspaces/" + base + ") yields nothing\n" + example);
            }
            return;
        }
        for (String example : bad) {
            Fixture fx = Fixture.parse(example, rule.meta().profile());
            List<Finding> findings = RuleHarness.lint(fx.path(), example, rule.meta().profile());
            Set<String> ids = findings.stream().map(Finding::ruleId).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(Set.of(rule.meta().id()), ids, "Bad example yields exactly its rule\n" + example + "\n"
                    + RuleFixturesTest.describeAll(findings, new LineMap(example)));
        }
        for (String example : good) {
            Fixture fx = Fixture.parse(example, rule.meta().profile());
            List<Finding> findings = RuleHarness.lint(fx.path(), example, rule.meta().profile());
            assertEquals(List.of(), findings.stream().map(f -> f.ruleId() + ": " + f.message()).collect(Collectors.toList()),
                    "Good example yields nothing\n" + example);
        }
    }

    /** The base workspace of a profile's examples: {@code doc-base}, or {@code doc-base-<profile>}. */
    static String baseWorkspace(Profile profile) {
        return profile == Profile.PLATFORM ? BASE_WORKSPACE : BASE_WORKSPACE + "-" + profile.id();
    }

    /**
     * Runs an example inside a copy of the base workspace: leading lines {@code -- path: P} (or
     * {@code # path: P}) put it at P (default: {@value #EXAMPLE_PATH_FILE} of the base workspace, else
     * the next root migration, else the profile's default fixture path), {@code -- without: P} removes P,
     * {@code -- with: P SQL} adds P holding the one line SQL (a rollback or down file), {@code -- git: base}
     * first commits the base workspace to a git repository (branch main). Returns the findings in the
     * example's own file, by rule id, with their messages.
     */
    private static Map<String, List<String>> idsInWorkspace(String example, Profile profile) {
        try {
            Path base = WorkspaceCheck.ROOT.resolve(baseWorkspace(profile));
            Path ws = WorkspaceCheck.copy(base);
            try {
                Path pathFile = base.resolve(EXAMPLE_PATH_FILE);
                String path = Files.isRegularFile(pathFile) ? Files.readString(pathFile).strip()
                        : profile == Profile.PLATFORM ? WorkspaceCheck.nextRootMigration(base) : Fixture.defaultPath(profile);
                for (String line : example.split("\n")) {
                    Matcher m = HEADER.matcher(line);
                    if (!m.matches()) {
                        break;
                    }
                    if (m.group(1).equals("path")) {
                        path = m.group(2);
                    } else if (m.group(1).equals("git")) {
                        GitRepo.init(ws).commitAll("base");
                    } else if (m.group(1).equals("with")) {
                        Files.createDirectories(ws.resolve(m.group(2)).getParent());
                        Files.writeString(ws.resolve(m.group(2)), m.group(3) == null ? "" : m.group(3) + "\n", StandardCharsets.UTF_8);
                    } else {
                        Files.delete(ws.resolve(m.group(2)));
                    }
                }
                Files.createDirectories(ws.resolve(path).getParent());
                Files.writeString(ws.resolve(path), example, StandardCharsets.UTF_8);
                Map<String, List<String>> byRule = new TreeMap<>();
                for (Finding f : WorkspaceCheck.check(ws).getOrDefault(path, List.of())) {
                    byRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f.message());
                }
                return byRule;
            } finally {
                WorkspaceCheck.delete(ws);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String toPascal(String id) {
        StringBuilder sb = new StringBuilder();
        for (String part : id.split("-")) {
            sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return sb.toString();
    }
}
