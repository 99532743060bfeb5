package io.migrationlsp.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A real git repository in a test folder: {@code git init -b main}, commits with a fixed author, no hooks or signing. */
public final class GitRepo {
    private final Path dir;

    private GitRepo(Path dir) {
        this.dir = dir;
    }

    /** Initialises a repository on branch {@code main} in {@code dir}. */
    public static GitRepo init(Path dir) {
        GitRepo repo = new GitRepo(dir);
        repo.git("init", "-q", "-b", "main");
        return repo;
    }

    /** Clones {@code from} into {@code to} (whose parent must exist); the clone's main tracks origin/main. */
    public static GitRepo cloneOf(Path from, Path to) {
        new GitRepo(to.getParent()).git("clone", "-q", from.toString(), to.toString());
        return new GitRepo(to);
    }

    /** Stages everything and commits it. */
    public void commitAll(String message) {
        git("add", "-A");
        git("commit", "-q", "--allow-empty", "-m", message);
    }

    /** Runs git in the repository; fails the test on a non-zero exit. Returns what it printed. */
    public String git(String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=migration-lsp tests",
                "-c", "user.email=tests@migration-lsp.invalid", "-c", "commit.gpgsign=false", "-c", "core.hooksPath=/dev/null",
                "-c", "core.autocrlf=false"));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed in " + dir + ":\n" + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
