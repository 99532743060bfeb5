package io.migrationlsp.core.completion;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrationlsp.core.analysis.Analyzer;
import io.migrationlsp.core.analysis.SqlValidator;
import io.migrationlsp.core.text.TextSpan;
import io.migrationlsp.core.workspace.Project;
import io.migrationlsp.core.workspace.WorkspaceIndex;
import io.migrationlsp.rules.RuleRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Completion all over every rule fixture (valid, broken and odd SQL alike): no exception,
 * and every proposal replaces a span that ends at the cursor inside the text.
 */
class CompletionRobustnessTest {
    @Test
    void allOverEveryRuleFixture() throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Paths.get("src", "test", "resources", "rules"))) {
            files = walk.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
        }
        Path workspace = Paths.get("src", "test", "resources", "completion", "workspace").toAbsolutePath();
        Map<CompletionContext.Kind, Integer> seen = new EnumMap<>(CompletionContext.Kind.class);
        try (SqlValidator validator = new SqlValidator(1000)) {
            Analyzer analyzer = new Analyzer(RuleRegistry::forProfile, validator);
            WorkspaceIndex index = new WorkspaceIndex(Project.open(workspace, null, null), analyzer);
            CompletionEngine engine = new CompletionEngine(analyzer);
            for (Path file : files) {
                String text = Files.readString(file);
                // Every third offset and the end: each detection lexes from the top, so every offset would be slow.
                int[] offsets = IntStream.concat(IntStream.iterate(0, o -> o < text.length(), o -> o + 3),
                        IntStream.of(text.length())).toArray();
                for (int offset : offsets) {
                    CompletionContext ctx = ContextDetector.detect(text, offset, "{schema_name}");
                    seen.merge(ctx.kind(), 1, Integer::sum);
                    // The engine (which models the file) where there is something to propose, at a stride to bound the time.
                    if (ctx.kind() == CompletionContext.Kind.NONE || offset % 27 != 0) {
                        continue;
                    }
                    for (Candidate c : engine.complete(index, null, text, offset, offset % 2 == 0, () -> false)) {
                        TextSpan r = c.replace();
                        assertTrue(r.start() <= offset && offset <= r.end() && r.end() <= text.length(),
                                file + "@" + offset + ": " + c.label() + " replaces " + r);
                    }
                }
            }
        }
        for (CompletionContext.Kind kind : CompletionContext.Kind.values()) {
            assertTrue(seen.containsKey(kind), "the fixtures never put the cursor in context " + kind + ": " + seen);
        }
    }
}
