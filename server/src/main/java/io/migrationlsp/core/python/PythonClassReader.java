package io.migrationlsp.core.python;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the string members ({@code NAME = "value"}) of one class in a Python file as text. The
 * file is never executed: constants.py may import the whole application, and a language server
 * must not run a workspace's code.
 */
public final class PythonClassReader {
    /** One {@code NAME = "value"} line: the member name, its string value and the line (0-based) it sits on. */
    public record Member(String name, String value, int line) {}

    private static final Pattern CLASS = Pattern.compile("^class\\s+([A-Za-z_][A-Za-z0-9_]*)\\s*[(:]");
    private static final Pattern MEMBER =
            Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*)\\s*(?::\\s*[A-Za-z_][\\w.\\[\\], ]*)?=\\s*([rRuUbBfF]{0,2})(['\"])");

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

    public static List<Member> members(String source, String className) {
        String[] lines = source.split("\r\n|\r|\n", -1);
        List<Member> result = new ArrayList<>();
        int classIndent = -1;
        int bodyIndent = -1;
        boolean inTripleQuote = false;
        String tripleDelimiter = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (inTripleQuote) {
                if (line.contains(tripleDelimiter)) {
                    inTripleQuote = false;
                }
                continue;
            }
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                continue;
            }
            int indent = indentOf(line);
            String tripleOpen = opensTripleQuote(stripped);
            if (classIndent < 0) {
                Matcher c = CLASS.matcher(stripped);
                if (c.find() && c.group(1).equals(className)) {
                    classIndent = indent;
                }
            } else if (indent <= classIndent) {
                break;
            } else {
                if (bodyIndent < 0) {
                    bodyIndent = indent;
                }
                if (indent == bodyIndent) {
                    Member m = member(stripped, i);
                    if (m != null) {
                        result.add(m);
                    }
                }
            }
            if (tripleOpen != null) {
                inTripleQuote = true;
                tripleDelimiter = tripleOpen;
            }
        }
        return List.copyOf(result);
    }

    private static Member member(String stripped, int line) {
        Matcher m = MEMBER.matcher(stripped);
        if (!m.find() || m.group(2).toLowerCase().contains("f")) {
            return null;
        }
        char quote = m.group(3).charAt(0);
        int start = m.end();
        if (stripped.startsWith(String.valueOf(quote).repeat(2), start)) {
            return null;
        }
        boolean raw = m.group(2).toLowerCase().contains("r");
        StringBuilder value = new StringBuilder();
        for (int k = start; k < stripped.length(); k++) {
            char ch = stripped.charAt(k);
            if (ch == '\\' && !raw && k + 1 < stripped.length()) {
                value.append(unescape(stripped.charAt(++k)));
            } else if (ch == quote) {
                return new Member(m.group(1), value.toString(), line);
            } else {
                value.append(ch);
            }
        }
        return null;
    }

    private static char unescape(char c) {
        return switch (c) {
            case 'n' -> '\n';
            case 't' -> '\t';
            default -> c;
        };
    }

    /** The delimiter of a triple-quoted string the line leaves open (a docstring or a long literal), or null. */
    private static String opensTripleQuote(String stripped) {
        String code = withoutComment(stripped);
        for (String d : new String[] {"\"\"\"", "'''"}) {
            int first = code.indexOf(d);
            if (first >= 0 && code.indexOf(d, first + 3) < 0) {
                return d;
            }
        }
        return null;
    }

    private static String withoutComment(String s) {
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '#') {
                return s.substring(0, i);
            }
        }
        return s;
    }

    private static int indentOf(String line) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                n++;
            } else if (c == '\t') {
                n = (n / 8 + 1) * 8;
            } else {
                break;
            }
        }
        return n;
    }
}
