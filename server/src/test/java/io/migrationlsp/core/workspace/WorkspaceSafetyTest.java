package io.migrationlsp.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrationlsp.core.config.Config;
import io.migrationlsp.core.config.ConfigLoader;
import io.migrationlsp.core.config.ConfigProblem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paths from the config never reach outside the workspace; link loops, links leading out and
 * unreadable files in the migrations folder are skipped and counted, never followed forever; a
 * malformed config file never throws.
 */
class WorkspaceSafetyTest {
    @TempDir
    Path tmp;

    private Path workspace(String configJson) throws Exception {
        Path root = Files.createDirectories(tmp.resolve("ws"));
        Files.createDirectories(root.resolve("_migrations"));
        Files.writeString(root.resolve("_migrations/2026_1_1_1.sql"), "SELECT 1;");
        if (configJson != null) {
            Files.writeString(root.resolve(Config.FILE_NAME), configJson);
        }
        return root;
    }

    private static String messages(Config c) {
        return c.problems().stream().map(ConfigProblem::message).collect(Collectors.joining("\n"));
    }

    @Test
    void dotDotAndAbsoluteConfigPathsAreRefused() throws Exception {
        Path root = workspace("{\"paths\": {\"migrations\": \"../elsewhere\", \"tablesPy\": \"/etc/passwd\","
                + " \"constantsPy\": \"a/../../b.py\", \"manifest\": \"C:\\\\x.json\"}}");
        Config c = ConfigLoader.load(root);
        assertEquals(Config.defaults().migrationsDir(), c.migrationsDir());
        assertEquals(Config.defaults().tablesPy(), c.tablesPy());
        assertEquals(Config.defaults().constantsPy(), c.constantsPy());
        assertEquals(Config.defaults().manifest(), c.manifest());
        assertEquals(4, c.problems().size(), messages(c));
        assertTrue(messages(c).contains("paths.migrations '../elsewhere' must be a relative path inside the workspace"), messages(c));
    }

    @Test
    void aConfigPathThroughASymlinkLeadingOutIsRefused() throws Exception {
        Path outside = Files.createDirectories(tmp.resolve("outside/_migrations"));
        Files.writeString(outside.resolve("2026_9_9_9.sql"), "SELECT 'secret';");
        Path root = workspace("{\"paths\": {\"migrations\": \"out/_migrations\", \"tablesPy\": \"out/tables.py\"}}");
        Files.createSymbolicLink(root.resolve("out"), tmp.resolve("outside"));
        Config c = ConfigLoader.load(root);
        assertEquals("_migrations", c.migrationsDir(), messages(c));
        assertEquals(Config.defaults().tablesPy(), c.tablesPy(), "a path not existing yet under a link leading out");
        assertTrue(messages(c).contains("paths.migrations 'out/_migrations' leads outside the workspace"), messages(c));
        Project p = Project.open(root, null, null);
        assertEquals(List.of("_migrations/2026_1_1_1.sql"), p.migrationPaths());
    }

    @Test
    void aConfigPathThroughASymlinkInsideTheWorkspaceIsKept() throws Exception {
        Path root = workspace("{\"paths\": {\"migrations\": \"alias\"}}");
        Files.createSymbolicLink(root.resolve("alias"), root.resolve("_migrations"));
        Config c = ConfigLoader.load(root);
        assertEquals("alias", c.migrationsDir(), messages(c));
        assertEquals(List.of(), c.problems());
    }

    @Test
    void symlinkLoopsAndLinksLeadingOutAreSkippedAndCounted() throws Exception {
        Path root = workspace(null);
        Path migrations = root.resolve("_migrations");
        Files.createDirectories(migrations.resolve("2026/sub"));
        Files.writeString(migrations.resolve("2026/sub/2026_2_1_1.sql"), "SELECT 2;");
        Files.createSymbolicLink(migrations.resolve("2026/sub/loop"), migrations.resolve("2026"));
        Files.createSymbolicLink(migrations.resolve("self"), migrations);
        Files.createSymbolicLink(migrations.resolve("a"), migrations.resolve("b"));
        Files.createSymbolicLink(migrations.resolve("b"), migrations.resolve("a"));
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("2026_9_9_9.sql"), "SELECT 'secret';");
        Files.createSymbolicLink(migrations.resolve("out"), outside);
        Files.createSymbolicLink(migrations.resolve("2026_9_9_8.sql"), outside.resolve("2026_9_9_9.sql"));
        Files.createSymbolicLink(migrations.resolve("dangling.sql"), tmp.resolve("nowhere.sql"));
        Project p = Project.open(root, null, null);
        List<String> paths = assertTimeoutPreemptively(Duration.ofSeconds(20), p::migrationPaths);
        assertEquals(List.of("_migrations/2026/sub/2026_2_1_1.sql", "_migrations/2026_1_1_1.sql"), paths);
        // Counted: the loop 2026/sub/loop, the loop self, the folder link out, the file link leading outside.
        // (a and b, links to each other, and the dangling link resolve to nothing: neither file nor folder.)
        assertEquals(4, p.skippedFiles(), "skipped " + p.skippedFiles());
    }

    @Test
    void unreadableMigrationFilesAreSkipped() throws Exception {
        Path root = workspace(null);
        Path secret = root.resolve("_migrations/2026_3_1_1.sql");
        Files.writeString(secret, "SELECT 3;");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        Path closedDir = Files.createDirectories(root.resolve("_migrations/closed"));
        Files.writeString(closedDir.resolve("2026_4_1_1.sql"), "SELECT 4;");
        Files.setPosixFilePermissions(closedDir, PosixFilePermissions.fromString("---------"));
        try {
            Project p = Project.open(root, null, null);
            List<String> paths = assertTimeoutPreemptively(Duration.ofSeconds(20), p::migrationPaths);
            assertTrue(paths.contains("_migrations/2026_1_1_1.sql"), "the readable file is listed: " + paths);
            if (Files.isReadable(secret)) {
                // Running as root: permissions do not stop reading, so the file is simply listed.
                assertTrue(paths.contains("_migrations/2026_3_1_1.sql"), paths.toString());
            } else {
                assertEquals(List.of("_migrations/2026_1_1_1.sql"), paths);
                assertEquals(2, p.skippedFiles());
            }
        } finally {
            Files.setPosixFilePermissions(closedDir, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void malformedConfigFilesNeverThrow() throws Exception {
        List<String> bad = List.of("", "{", "}", "[1,2", "null", "42", "\"str\"", "{\"paths\": 7}",
                "{\"paths\": {\"migrations\": {\"x\": 1}}}", "{\"rules\": [1]}", "{\"rules\": {\"no-float\": {}}}",
                "{\"profile\": 12}", "{\"placeholder\": \"x\"}", "{\"extraRoles\": {\"a\": 1}}",
                "[".repeat(100_000), "{\"a\":".repeat(50_000), "\u0000\u0001\uFFFE\uD800", "{\"paths\": {\"migrations\": \"\\u0000\"}}",
                "{\"paths\": {\"migrations\": \"" + "a/".repeat(5000) + "\"}}");
        for (String json : bad) {
            Path root = Files.createDirectories(tmp.resolve("ws" + Integer.toHexString(json.hashCode())));
            Files.createDirectories(root.resolve("_migrations"));
            // getBytes, not writeString: a lone surrogate becomes '?' instead of an exception in the test itself.
            Files.write(root.resolve(Config.FILE_NAME), json.getBytes(StandardCharsets.UTF_8));
            Project p = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Project.open(root, null, null),
                    "config " + abbreviate(json));
            assertNotNull(p.config(), abbreviate(json));
            assertNotNull(p.migrationPaths(), abbreviate(json));
        }
        Path root = Files.createDirectories(tmp.resolve("binary"));
        Files.write(root.resolve(Config.FILE_NAME), new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, 0, 1, 2});
        assertNotNull(Project.open(root, null, null).config());
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }
}
