package io.migrationlsp.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every launcher starts the server with the same default JVM flags: server/bin/migration-lsp holds
 * them (server_flags, and says why each is there); the Neovim module, the Neovim 0.11 config, the Emacs snippet
 * and the VS Code client repeat them, each on one line, since none of them can read a shell script.
 */
class LauncherFlagsTest {
    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern FLAG = Pattern.compile("-X[^\\s'\",)\\]}]+");

    /** The {@code -X...} flags on the first line of {@code file} that holds {@code first}, in order. */
    private static List<String> flagsOnLineOf(String file, String first) throws Exception {
        for (String line : Files.readAllLines(REPO.resolve(file))) {
            if (line.contains(first) && !line.strip().startsWith("#") && !line.strip().startsWith("--")
                    && !line.strip().startsWith(";") && !line.strip().startsWith("*") && !line.strip().startsWith("//")) {
                List<String> flags = new ArrayList<>();
                Matcher m = FLAG.matcher(line);
                while (m.find()) {
                    flags.add(m.group());
                }
                return flags;
            }
        }
        throw new AssertionError(file + " has no line with " + first);
    }

    @Test
    void everyLauncherPassesTheDefaultFlagsOfTheLauncherScript() throws Exception {
        List<String> defaults = flagsOnLineOf("server/bin/migration-lsp", "server_flags=(");
        assertTrue(defaults.contains("-XX:+UseSerialGC") && defaults.stream().anyMatch(f -> f.startsWith("-Xmx")), defaults.toString());
        assertTrue(defaults.contains("-XX:TieredStopAtLevel=1"), "the server runs on C1 alone, as the CLI does");
        for (String file : List.of("nvim-config/lua/migration_lsp/init.lua", "nvim-config/lsp/migration_lsp.lua",
                "nvim-config/emacs/migration-lsp.el", "vscode-client/src/launch.ts")) {
            List<String> flags = flagsOnLineOf(file, defaults.get(0));
            if (file.endsWith("lsp/migration_lsp.lua")) {
                flags.remove("-jar");
            }
            assertEquals(defaults, flags, file);
        }
    }
}
