package io.migrationlsp.rules.supabase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrationlsp.core.rules.Finding;
import io.migrationlsp.workspace.WorkspaceCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQL of the Supabase migrations guide (convention document 002, copied into
 * {@code src/test/resources/conventions/}) lints clean under the supabase profile, in a workspace
 * whose manifest lists the tables the guide uses.
 */
class GuideExamplesTest {
    private static final Path GUIDE = Paths.get("src/test/resources/conventions/supabase-db-migrations.md");
    private static final String MANIFEST = """
            {
              "tables": ["assessments", "funnels_catalog", "my_table", "old_name", "organizations", "sleep_assessments"],
              "enums": ["user_role"]
            }
            """;

    @TempDir
    Path root;

    private static List<String> sqlExamples() throws IOException {
        Matcher m = Pattern.compile("```sql\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(GUIDE));
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private Map<String, List<String>> check(Map<String, String> migrations) throws IOException {
        Files.createDirectories(root.resolve("docs/canon"));
        Files.writeString(root.resolve("docs/canon/DB_SCHEMA_MANIFEST.json"), MANIFEST);
        Files.createDirectories(root.resolve("supabase/migrations"));
        for (Map.Entry<String, String> e : migrations.entrySet()) {
            Files.writeString(root.resolve(e.getKey()), e.getValue());
        }
        Map<String, List<String>> out = new TreeMap<>();
        WorkspaceCheck.check(root).forEach((path, findings) -> {
            for (Finding f : findings) {
                out.computeIfAbsent(path, k -> new ArrayList<>()).add(f.ruleId() + ": " + f.message());
            }
        });
        return out;
    }

    @Test
    void theGuideHasItsExamples() throws IOException {
        assertEquals(10, sqlExamples().size());
    }

    /** Read as the one migration the guide's template builds up, the examples yield nothing. */
    @Test
    void allExamplesAsOneMigrationLintClean() throws IOException {
        String all = String.join("\n", sqlExamples());
        assertEquals(Map.of(), check(Map.of("supabase/migrations/20251230164500_add_sleep_funnel.sql", all)));
    }

    /**
     * Each example alone lints clean but one: "Table Creation" creates {@code public.my_table} and
     * leaves enabling RLS to the "RLS Policies" section, so alone it is a public table without RLS.
     */
    @Test
    void eachExampleAloneLintsCleanButTheTableWithoutRls() throws IOException {
        List<String> examples = sqlExamples();
        Map<String, String> files = new TreeMap<>();
        String tableCreation = null;
        for (int i = 0; i < examples.size(); i++) {
            String path = "supabase/migrations/2025123016450" + i + "_guide_example_" + i + ".sql";
            files.put(path, examples.get(i));
            if (examples.get(i).contains("-- Trigger for updated_at")) {
                tableCreation = path;
            }
        }
        Map<String, List<String>> found = check(files);
        assertEquals(List.of(tableCreation), List.copyOf(found.keySet()), found.toString());
        List<String> there = found.get(tableCreation);
        assertEquals(1, there.size(), there.toString());
        assertTrue(there.get(0).startsWith("rls-required: Table public.my_table is created"), there.get(0));
    }
}
