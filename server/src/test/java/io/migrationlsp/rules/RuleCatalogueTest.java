package io.migrationlsp.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrationlsp.core.rules.Finding;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleDocs;
import io.migrationlsp.core.text.LineMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every rule has a doc whose Bad example yields exactly that rule and whose Good example yields nothing. */
class RuleCatalogueTest {

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
        for (String example : bad) {
            Fixture fx = Fixture.parse(example);
            List<Finding> findings = RuleHarness.lint(fx.path(), example, rule.meta().profile());
            Set<String> ids = findings.stream().map(Finding::ruleId).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(Set.of(rule.meta().id()), ids, "Bad example yields exactly its rule\n" + example + "\n"
                    + RuleFixturesTest.describeAll(findings, new LineMap(example)));
        }
        for (String example : good) {
            Fixture fx = Fixture.parse(example);
            List<Finding> findings = RuleHarness.lint(fx.path(), example, rule.meta().profile());
            assertEquals(List.of(), findings.stream().map(f -> f.ruleId() + ": " + f.message()).collect(Collectors.toList()),
                    "Good example yields nothing\n" + example);
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
