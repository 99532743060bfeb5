package io.migrationlsp.core.workspace.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.migrationlsp.workspace.GitRepo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The base-branch lookup against real repositories: which base, what it holds, and how rarely git runs. */
class GitBaselineTest {
    private static final String DIR = "supabase/migrations";
    private static final String FILE = DIR + "/20260101090000_create_organizations.sql";
    private static final String COMMITTED = "CREATE TABLE IF NOT EXISTS public.organizations (\n  id UUID PRIMARY KEY\n);\n";

    @TempDir
    Path dir;

    /** Git that records each command it runs. */
    private static final class CountingGit extends Git {
        final List<String> commands = new ArrayList<>();

        CountingGit() {
            super("git", Duration.ofSeconds(10));
        }

        @Override
        byte[] run(Path in, String... args) {
            commands.add(String.join(" ", args));
            return super.run(in, args);
        }
    }

    private Path repoWithMigration() throws IOException {
        Path root = dir.resolve("repo");
        Files.createDirectories(root.resolve(DIR));
        Files.writeString(root.resolve(FILE), COMMITTED);
        GitRepo.init(root).commitAll("first migration");
        return root;
    }

    @Test
    void comparesWithMainWhenTheBranchHasNoUpstream() throws IOException {
        Path root = repoWithMigration();
        GitBaseline baseline = new GitBaseline(new CountingGit(), Duration.ofMinutes(1), System::nanoTime);
        assertInstanceOf(GitBaseline.Unchanged.class, baseline.compare(root, DIR, FILE, COMMITTED, null));
        assertInstanceOf(GitBaseline.Unchanged.class, baseline.compare(root, DIR, FILE, COMMITTED.replace("\n", "\r\n"), null),
                "line endings a checkout may change are no edit");
        GitBaseline.Changed changed = assertInstanceOf(GitBaseline.Changed.class,
                baseline.compare(root, DIR, FILE, COMMITTED.replace("  id", "  slug TEXT,\n  id"), null));
        assertEquals(1, changed.firstLine());
        assertEquals("main", changed.base().label());
        assertInstanceOf(GitBaseline.Added.class, baseline.compare(root, DIR, DIR + "/20260201090000_new.sql", "SELECT 1;", null));
    }

    @Test
    void aKeystrokeForksNothing() throws IOException {
        Path root = repoWithMigration();
        CountingGit git = new CountingGit();
        AtomicLong now = new AtomicLong();
        GitBaseline baseline = new GitBaseline(git, Duration.ofSeconds(20), now::get);
        baseline.compare(root, DIR, FILE, COMMITTED + "-- 1\n", null);
        int afterFirst = git.commands.size();
        for (int i = 2; i < 50; i++) {
            baseline.compare(root, DIR, FILE, COMMITTED + "-- " + i + "\n", null);
            baseline.compare(root, DIR, DIR + "/20260201090000_new.sql", "SELECT " + i + ";", null);
        }
        assertEquals(afterFirst, git.commands.size(), "typing compares with cached blobs: " + git.commands);
        now.addAndGet(Duration.ofSeconds(21).toNanos());
        baseline.compare(root, DIR, FILE, COMMITTED, null);
        assertEquals(afterFirst + 3, git.commands.size(), "after the refresh period the base is resolved again: " + git.commands);
    }

    @Test
    void theUpstreamOfTheCurrentBranchIsTheDefaultBase() throws IOException {
        Path origin = repoWithMigration();
        Path clone = dir.resolve("clone");
        GitRepo local = GitRepo.cloneOf(origin, clone);
        // Committed here but not pushed: the upstream (origin/main) still has the old text.
        Files.writeString(clone.resolve(FILE), COMMITTED + "-- edited\n");
        local.commitAll("edit an applied migration");
        GitBaseline baseline = new GitBaseline(new CountingGit(), Duration.ofMinutes(1), System::nanoTime);
        GitBaseline.Changed changed = assertInstanceOf(GitBaseline.Changed.class,
                baseline.compare(clone, DIR, FILE, Files.readString(clone.resolve(FILE)), null));
        assertEquals("origin/main", changed.base().label());
        assertEquals(3, changed.firstLine());
    }

    @Test
    void aConfiguredBaseBranchAndItsMergeBase() throws IOException {
        Path root = repoWithMigration();
        GitRepo repo = GitRepo.init(root);
        repo.git("branch", "release");
        repo.git("checkout", "-q", "-b", "feature");
        Files.writeString(root.resolve(DIR + "/20260105090000_on_feature.sql"), "SELECT 1;\n");
        repo.commitAll("feature migration");
        repo.git("checkout", "-q", "release");
        Files.writeString(root.resolve(DIR + "/20260103090000_on_release.sql"), "SELECT 2;\n");
        repo.commitAll("release migration");
        repo.git("checkout", "-q", "feature");
        GitBaseline baseline = new GitBaseline(new CountingGit(), Duration.ofMinutes(1), System::nanoTime);
        // The feature branch's own migration is not on release: new, free to change.
        assertInstanceOf(GitBaseline.Added.class,
                baseline.compare(root, DIR, DIR + "/20260105090000_on_feature.sql", "SELECT 10;\n", "release"));
        // Added on release after the branch point: the merge-base does not have it, so the branch is not blamed for it.
        assertInstanceOf(GitBaseline.Added.class,
                baseline.compare(root, DIR, DIR + "/20260103090000_on_release.sql", "SELECT 3;\n", "release"));
        assertInstanceOf(GitBaseline.Changed.class, baseline.compare(root, DIR, FILE, "SELECT 4;\n", "release"));
        assertInstanceOf(GitBaseline.Unknown.class, baseline.compare(root, DIR, FILE, "SELECT 4;\n", "no-such-branch"));
    }

    @Test
    void withoutARepositoryOrWithoutGitNothingIsKnown() throws IOException {
        Path plain = dir.resolve("plain");
        Files.createDirectories(plain.resolve(DIR));
        Files.writeString(plain.resolve(FILE), COMMITTED);
        GitBaseline baseline = new GitBaseline(new CountingGit(), Duration.ofMinutes(1), System::nanoTime);
        assertInstanceOf(GitBaseline.Unknown.class, baseline.compare(plain, DIR, FILE, "x", null));
        Path root = repoWithMigration();
        GitBaseline noGit = new GitBaseline(new Git("git-is-not-installed-here", Duration.ofSeconds(5)),
                Duration.ofMinutes(1), System::nanoTime);
        assertInstanceOf(GitBaseline.Unknown.class, noGit.compare(root, DIR, FILE, "x", null));
    }

    @Test
    void firstDifferentLineAndBlobHash() {
        assertEquals(-1, GitBaseline.firstDifferentLine("a\nb\n", "a\r\nb\r\n"));
        assertEquals(1, GitBaseline.firstDifferentLine("a\nb\n", "a\nc\n"));
        assertEquals(2, GitBaseline.firstDifferentLine("a\nb\n", "a\nb\nc\n"));
        assertEquals(1, GitBaseline.firstDifferentLine("a\nb\nc\n", "a\n"));
        // `printf 'hello\n' | git hash-object --stdin`
        assertEquals("ce013625030ba8dba906f756967f9e9ca394464a", GitBaseline.blobHash("hello\n"));
    }
}
