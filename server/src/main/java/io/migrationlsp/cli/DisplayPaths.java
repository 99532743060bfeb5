package io.migrationlsp.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How a file's path is printed: relative to the current directory when the file is under it, else
 * spelled the way the user gave the PATH argument that contains it (so {@code ../ws} stays {@code ../ws/...}),
 * else absolute. Always with forward slashes, which every platform's tools accept.
 */
final class DisplayPaths {
    private record Given(String text, Path absolute) {}

    private final Path cwd;
    private final List<Given> given = new ArrayList<>();

    DisplayPaths(Path cwd) {
        this.cwd = cwd;
    }

    void addArgument(String text, Path absolute) {
        given.add(new Given(text, absolute));
    }

    String of(Path absolute) {
        if (absolute.startsWith(cwd) && !absolute.equals(cwd)) {
            return slashes(cwd.relativize(absolute));
        }
        for (Given g : given) {
            if (absolute.startsWith(g.absolute())) {
                Path spelled = Path.of(g.text());
                return slashes(spelled.isAbsolute() ? absolute : spelled.resolve(g.absolute().relativize(absolute)).normalize());
            }
        }
        return slashes(absolute);
    }

    private static String slashes(Path p) {
        return p.toString().replace('\\', '/');
    }
}
