package io.migrationlsp.core.workspace.git;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs {@code git} with a fixed argument list (never through a shell), in a given folder, with a
 * time limit and a cap on what it may print. Any failure — git missing, not a repository, a
 * non-zero exit, a timeout — is a null result: callers treat it as "git cannot tell".
 */
class Git {
    private static final Logger LOG = Logger.getLogger(Git.class.getName());
    private static final int MAX_OUTPUT = 64 << 20;

    private final String executable;
    private final Duration timeout;

    Git(String executable, Duration timeout) {
        this.executable = executable;
        this.timeout = timeout;
    }

    /** What git printed on a zero exit, or null. */
    byte[] run(Path dir, String... args) {
        List<String> command = new ArrayList<>();
        command.add(executable);
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = pb.environment();
        // A hook or another tool may have set these; they would point git at another repository.
        env.remove("GIT_DIR");
        env.remove("GIT_WORK_TREE");
        env.remove("GIT_INDEX_FILE");
        env.put("GIT_TERMINAL_PROMPT", "0");
        env.put("GIT_OPTIONAL_LOCKS", "0");
        env.put("LC_ALL", "C");
        Process p;
        try {
            p = pb.start();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "cannot start git", e);
            return null;
        }
        try {
            p.getOutputStream().close();
            byte[][] out = new byte[1][];
            Thread reader = new Thread(() -> out[0] = readCapped(p.getInputStream()), "git-output");
            reader.setDaemon(true);
            reader.start();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warning("git " + String.join(" ", args) + " took longer than " + timeout.toMillis() + " ms; stopped");
                p.destroyForcibly();
                return null;
            }
            reader.join(timeout.toMillis());
            return p.exitValue() == 0 && !reader.isAlive() ? out[0] : null;
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            return null;
        } catch (IOException | RuntimeException e) {
            p.destroyForcibly();
            return null;
        }
    }

    /** A single line of output (trailing newline removed), or null. */
    String line(Path dir, String... args) {
        byte[] out = run(dir, args);
        if (out == null) {
            return null;
        }
        String s = new String(out, java.nio.charset.StandardCharsets.UTF_8).strip();
        return s.isEmpty() || s.contains("\n") ? null : s;
    }

    private static byte[] readCapped(InputStream in) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        try (in) {
            int n;
            while ((n = in.read(chunk)) >= 0) {
                if (buf.size() + n > MAX_OUTPUT) {
                    return null;
                }
                buf.write(chunk, 0, n);
            }
        } catch (IOException e) {
            return null;
        }
        return buf.toByteArray();
    }
}
