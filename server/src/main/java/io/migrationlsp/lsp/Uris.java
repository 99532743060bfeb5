package io.migrationlsp.lsp;

import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;

/** file: URIs to paths and back. Editors spell URIs differently (%3A, upper-case drives); paths compare reliably. */
final class Uris {
    private Uris() {}

    /** The local path of a file: URI, or null for other schemes (untitled:, git:) and malformed URIs. */
    static Path toPath(String uri) {
        if (uri == null) {
            return null;
        }
        try {
            URI u = URI.create(uri);
            if (!"file".equalsIgnoreCase(u.getScheme())) {
                return null;
            }
            return Paths.get(u).toAbsolutePath().normalize();
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException | SecurityException e) {
            return null;
        }
    }

    static String fromPath(Path path) {
        return path.toAbsolutePath().normalize().toUri().toString();
    }

    static String fileName(String uri) {
        String s = uri == null ? "" : uri;
        int q = s.indexOf('?');
        if (q >= 0) {
            s = s.substring(0, q);
        }
        int slash = s.lastIndexOf('/');
        return slash >= 0 ? s.substring(slash + 1) : s;
    }
}
