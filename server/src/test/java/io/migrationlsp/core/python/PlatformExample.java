package io.migrationlsp.core.python;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a file of examples/platform whether the tests run from the repository root or from server/. */
final class PlatformExample {
    private PlatformExample() {}

    static String read(String relative) {
        for (String root : new String[] {"../examples/platform", "examples/platform"}) {
            Path p = Path.of(root, relative);
            if (Files.isRegularFile(p)) {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalStateException("examples/platform/" + relative + " not found from " + Path.of("").toAbsolutePath());
    }
}
