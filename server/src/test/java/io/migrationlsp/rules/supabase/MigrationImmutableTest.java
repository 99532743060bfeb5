package io.migrationlsp.rules.supabase;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.migrationlsp.core.rules.Finding;
import io.migrationlsp.workspace.GitRepo;
import io.migrationlsp.workspace.WorkspaceCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** migration-immutable against a real git repository, checked the way {@code check ROOT} checks it. */
class MigrationImmutableTest {
    private static final String APPLIED = "supabase/migrations/20260101090000_create_organizations.sql";
    private static final String NEW = "supabase/migrations/20260201090000_add_slug.sql";
    private static final String TEXT = String.join("\n",
            "CREATE TABLE IF NOT EXISTS public.organizations (",
            "  id UUID PRIMARY KEY DEFAULT gen_random_uuid()",
            ");",
            "ALTER TABLE public.organizations ENABLE ROW LEVEL SECURITY;",
            "");

    @TempDir
    Path root;

    private static Map<String, List<String>> immutable(Path root) {
        Map<String, List<String>> out = new TreeMap<>();
        WorkspaceCheck.check(root).forEach((path, findings) -> {
            for (Finding f : findings) {
                if (f.ruleId().equals("migration-immutable")) {
                    out.computeIfAbsent(path, k -> new java.util.ArrayList<>()).add(f.message());
                }
            }
        });
        return out;
    }

    private void write(String rel, String text) throws IOException {
        Files.createDirectories(root.resolve(rel).getParent());
        Files.writeString(root.resolve(rel), text);
    }

    @Test
    void anEditedCommittedMigrationIsReportedANewOneIsNot() throws IOException {
        write(APPLIED, TEXT);
        GitRepo repo = GitRepo.init(root);
        repo.commitAll("organizations");
        assertEquals(Map.of(), immutable(root), "committed and unchanged");

        write(APPLIED, TEXT.replace("gen_random_uuid()", "gen_random_uuid(),\n  slug TEXT"));
        write(NEW, "ALTER TABLE public.organizations ADD COLUMN IF NOT EXISTS slug TEXT;\n");
        Map<String, List<String>> found = immutable(root);
        assertEquals(List.of(APPLIED), List.copyOf(found.keySet()), "only the edited migration: " + found);
        String message = found.get(APPLIED).get(0);
        assertEquals(true, message.startsWith("20260101090000_create_organizations.sql differs from its version on main ("),
                message);
        assertEquals(true, message.contains("first at line 2"), message);

        // Committing the edit on main makes main the new base: nothing differs any more.
        repo.commitAll("edit on main");
        assertEquals(Map.of(), immutable(root));
    }

    @Test
    void theConfiguredBaseBranchIsUsed() throws IOException {
        write(APPLIED, TEXT);
        GitRepo repo = GitRepo.init(root);
        repo.commitAll("organizations");
        repo.git("checkout", "-q", "-b", "feature");
        write(APPLIED, TEXT + "-- edited on the feature branch\n");
        repo.commitAll("edit");
        assertEquals(List.of(APPLIED), List.copyOf(immutable(root).keySet()), "default base main: the committed edit shows");
        write(".migration-lsp.json", "{ \"baseBranch\": \"feature\" }");
        assertEquals(Map.of(), immutable(root), "compared with feature itself, nothing changed");
        write(".migration-lsp.json", "{ \"baseBranch\": \"no-such-branch\" }");
        assertEquals(Map.of(), immutable(root), "a base that does not resolve: silent");
    }

    @Test
    void outsideARepositoryTheRuleIsSilent() throws IOException {
        write(APPLIED, TEXT);
        write(NEW, "SELECT 1;\n");
        assertEquals(Map.of(), immutable(root));
    }
}
