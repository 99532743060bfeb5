package io.migrationlsp.core.workspace.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * What the base branch holds for a migration file, for the append-only rule. The base is the
 * merge-base of {@code HEAD} with the configured branch (default: the current branch's upstream,
 * else {@code main}), as the CI check of the Supabase guide compares. Git runs rarely: the base
 * commit is resolved again only when the repository's HEAD, reflog or fetched refs change on disk
 * (a few file stamps, no process) or {@value #REFRESH_SECONDS} s have passed; the base tree of the
 * migrations folder is listed once per commit, and a file is compared by its blob hash, so a
 * keystroke forks nothing; only a file that differs has its base text read, once per blob.
 */
public final class GitBaseline {
    static final long REFRESH_SECONDS = 20;
    private static final int MAX_BLOBS = 256;

    /** The shared instance the rules use. */
    public static final GitBaseline SHARED = new GitBaseline(new Git("git", Duration.ofSeconds(5)),
            Duration.ofSeconds(REFRESH_SECONDS), System::nanoTime);

    /** The commit a file is compared with, and how to name it in a message. */
    public record Base(String commit, String label) {}

    /** How a file compares with the base: not known (no git, not a repository, no base), new, unchanged or changed. */
    public sealed interface Comparison permits Unknown, Added, Unchanged, Changed {}

    public record Unknown() implements Comparison {}

    public record Added(Base base) implements Comparison {}

    public record Unchanged(Base base) implements Comparison {}

    /** {@code firstLine} is the 0-based line of the current text where it first departs from the base. */
    public record Changed(Base base, int firstLine) implements Comparison {}

    private record Resolved(Base base, long atNanos, List<String> stamp) {}

    private final Git git;
    private final Duration refresh;
    private final LongSupplier clock;
    private final Map<String, Resolved> bases = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> trees = new ConcurrentHashMap<>();
    private final Map<String, String> blobs = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > MAX_BLOBS;
        }
    });

    GitBaseline(Git git, Duration refresh, LongSupplier clock) {
        this.git = git;
        this.refresh = refresh;
        this.clock = clock;
    }

    /**
     * Compares {@code text} with the base's version of {@code relative} (a path under
     * {@code migrationsDir}, both relative to {@code root}). {@code baseBranch} null means the default.
     */
    public Comparison compare(Path root, String migrationsDir, String relative, String text, String baseBranch) {
        Base base = base(root, baseBranch);
        if (base == null) {
            return new Unknown();
        }
        Map<String, String> tree = tree(root, base.commit(), migrationsDir);
        if (tree == null) {
            return new Unknown();
        }
        String blob = tree.get(relative);
        if (blob == null) {
            return new Added(base);
        }
        if (blob.equals(blobHash(text))) {
            return new Unchanged(base);
        }
        String committed = blobText(root, blob);
        if (committed == null) {
            return new Unknown();
        }
        int line = firstDifferentLine(committed, text);
        return line < 0 ? new Unchanged(base) : new Changed(base, line);
    }

    /** Forgets what was resolved, e.g. when the configuration changed. */
    public void clear() {
        bases.clear();
        trees.clear();
        blobs.clear();
    }

    private Base base(Path root, String configured) {
        String key = root + "\u0000" + configured;
        Resolved r = bases.get(key);
        long now = clock.getAsLong();
        List<String> stamp = repositoryStamp(root);
        if (r != null && now - r.atNanos() < refresh.toNanos() && r.stamp().equals(stamp)) {
            return r.base();
        }
        Base resolved = resolve(root, configured);
        bases.put(key, new Resolved(resolved, now, stamp));
        return resolved;
    }

    /**
     * The size and time of the files a commit, checkout, reset or fetch rewrites, in the git folder
     * above {@code root} (following a worktree's {@code gitdir:} file and its {@code commondir}).
     */
    static List<String> repositoryStamp(Path root) {
        Path gitDir = null;
        for (Path p = root.toAbsolutePath(); p != null && gitDir == null; p = p.getParent()) {
            Path candidate = p.resolve(".git");
            if (Files.isDirectory(candidate)) {
                gitDir = candidate;
            } else if (Files.isRegularFile(candidate)) {
                gitDir = pointedTo(candidate, "gitdir:");
            }
        }
        if (gitDir == null) {
            return List.of("no repository");
        }
        List<Path> dirs = new ArrayList<>(List.of(gitDir));
        Path common = gitDir.resolve("commondir");
        if (Files.isRegularFile(common)) {
            Path c = pointedTo(common, "");
            if (c != null) {
                dirs.add(c);
            }
        }
        List<String> stamp = new ArrayList<>();
        for (Path d : dirs) {
            for (String f : List.of("HEAD", "logs/HEAD", "packed-refs", "FETCH_HEAD", "ORIG_HEAD")) {
                Path file = d.resolve(f);
                try {
                    stamp.add(f + "=" + Files.getLastModifiedTime(file).toMillis() + "/" + Files.size(file));
                } catch (IOException | RuntimeException e) {
                    stamp.add(f + "=-");
                }
            }
        }
        return stamp;
    }

    /** The folder a {@code .git} file ({@code gitdir: path}) or {@code commondir} file names, resolved against its own folder. */
    private static Path pointedTo(Path file, String prefix) {
        try {
            String line = Files.readString(file).strip();
            if (!line.startsWith(prefix)) {
                return null;
            }
            Path target = file.getParent().resolve(line.substring(prefix.length()).strip()).normalize();
            return Files.isDirectory(target) ? target : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private Base resolve(Path root, String configured) {
        String ref = configured;
        if (ref == null) {
            ref = git.line(root, "rev-parse", "--abbrev-ref", "--symbolic-full-name", "@{upstream}");
            if (ref == null || ref.startsWith("-")) {
                ref = "main";
            }
        }
        if (ref.startsWith("-")) {
            return null;
        }
        String tip = git.line(root, "rev-parse", "--verify", "--quiet", ref + "^{commit}");
        if (tip == null || !tip.matches("[0-9a-f]{40,64}")) {
            return null;
        }
        String mergeBase = git.line(root, "merge-base", "HEAD", tip);
        boolean viaMergeBase = mergeBase != null && mergeBase.matches("[0-9a-f]{40,64}");
        return new Base(viaMergeBase ? mergeBase : tip, ref);
    }

    /** Path (relative to {@code root}) to blob id of every file under the migrations folder at the commit. */
    private Map<String, String> tree(Path root, String commit, String migrationsDir) {
        String key = commit + "\u0000" + root + "\u0000" + migrationsDir;
        Map<String, String> cached = trees.get(key);
        if (cached != null) {
            return cached;
        }
        // ls-tree prints paths relative to the folder it runs in: the project root.
        byte[] out = git.run(root, "ls-tree", "-r", "-z", commit, "--", migrationsDir);
        if (out == null) {
            return null;
        }
        Map<String, String> tree = new HashMap<>();
        for (String entry : new String(out, StandardCharsets.UTF_8).split("\u0000")) {
            int tab = entry.indexOf('\t');
            String[] head = tab < 0 ? new String[0] : entry.substring(0, tab).split(" ");
            if (head.length == 3 && head[1].equals("blob")) {
                tree.put(entry.substring(tab + 1), head[2]);
            }
        }
        Map<String, String> frozen = Map.copyOf(tree);
        trees.put(key, frozen);
        return frozen;
    }

    private String blobText(Path root, String blob) {
        String cached = blobs.get(blob);
        if (cached != null) {
            return cached;
        }
        byte[] out = git.run(root, "cat-file", "blob", blob);
        if (out == null) {
            return null;
        }
        String text = new String(out, StandardCharsets.UTF_8);
        blobs.put(blob, text);
        return text;
    }

    /** The id git gives a file with this text (UTF-8, as stored). */
    static String blobHash(String text) {
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(("blob " + content.length + "\u0000").getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(sha1.digest(content));
        } catch (NoSuchAlgorithmException e) {
            return "";
        }
    }

    /**
     * The first line where {@code now} departs from {@code committed}, line endings aside (a
     * checkout may turn LF into CRLF); -1 when they are the same.
     */
    static int firstDifferentLine(String committed, String now) {
        String[] a = normalize(committed).split("\n", -1);
        String[] b = normalize(now).split("\n", -1);
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            if (!a[i].equals(b[i])) {
                return i;
            }
        }
        return a.length == b.length ? -1 : Math.min(n, b.length - 1);
    }

    private static String normalize(String s) {
        String t = s.startsWith("\uFEFF") ? s.substring(1) : s;
        return t.replace("\r\n", "\n").replace('\r', '\n');
    }
}
