package io.migrationlsp.core.python;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the string members ({@code NAME = "value"}) of one class in a Python file as text. The
 * file is never executed: constants.py may import the whole application, and a language server
 * must not run a workspace's code.
 */
public final class PythonClassReader {
    /** One {@code NAME = "value"} line: the member name, its string value and the line (0-based) it sits on. */
    public record Member(String name, String value, int line) {}

    private PythonClassReader() {}

    /** Members of {@code className} in the file, or an empty list when the file or the class is missing. */
    public static List<Member> read(Path file, String className) {
        if (file == null || !Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return members(Files.readString(file), className);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** String members of {@code className}; read with {@link ConstantsPy}, so docstrings and methods never count. */
    public static List<Member> members(String source, String className) {
        return ConstantsPy.readClass(source, className).stringMembers().stream()
                .map(m -> new Member(m.name(), m.value(), m.line()))
                .toList();
    }
}
