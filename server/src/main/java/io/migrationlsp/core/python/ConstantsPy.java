package io.migrationlsp.core.python;

import io.migrationlsp.core.python.PythonEnumClass.Member;
import io.migrationlsp.core.python.PythonEnumClass.MemberInsertion;
import io.migrationlsp.core.python.PythonToken.Kind;
import io.migrationlsp.core.text.TextSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the members of {@code BuiltInSystemRoles} and {@code BuiltInPermissions} from
 * {@code app/role/constants.py} as text; the file is never run (it may import the application).
 * A member is a statement {@code NAME = value} or {@code NAME: type = value} at the class body's
 * own indentation; docstrings, comments, methods and their bodies are not members.
 */
public final class ConstantsPy {
    public static final String ROLES_CLASS = "BuiltInSystemRoles";
    public static final String PERMISSIONS_CLASS = "BuiltInPermissions";
    private static final String DEFAULT_INDENT = "    ";

    private ConstantsPy() {}

    public static PythonConstants read(String pythonText) {
        return read(pythonText, ROLES_CLASS, PERMISSIONS_CLASS);
    }

    public static PythonConstants read(String pythonText, String rolesClass, String permissionsClass) {
        String source = pythonText == null ? "" : pythonText;
        List<PythonLogicalLine> lines = PythonLogicalLine.of(PythonTokenizer.tokenize(source));
        return new PythonConstants(readClass(source, lines, rolesClass), readClass(source, lines, permissionsClass));
    }

    /** The members of one class; an empty, not-found result when the class is missing. */
    public static PythonEnumClass readClass(String pythonText, String className) {
        String source = pythonText == null ? "" : pythonText;
        return readClass(source, PythonLogicalLine.of(PythonTokenizer.tokenize(source)), className);
    }

    private static PythonEnumClass readClass(String source, List<PythonLogicalLine> lines, String className) {
        PythonBlock block = PythonBlock.find(source, lines, "class", className);
        if (block == null) {
            return PythonEnumClass.missing(className);
        }
        List<Member> members = new ArrayList<>();
        PythonLogicalLine lastMemberLine = null;
        for (PythonLogicalLine line : block.directBodyLines()) {
            Member m = member(source, line);
            if (m != null) {
                members.add(m);
                lastMemberLine = line;
            }
        }
        return new PythonEnumClass(className, block.nameToken(source).span(), members,
                insertion(source, block, lastMemberLine));
    }

    /** After the last member; with no member, after the whole class body. */
    private static MemberInsertion insertion(String source, PythonBlock block, PythonLogicalLine lastMember) {
        PythonLogicalLine after = lastMember != null ? lastMember
                : block.body().isEmpty() ? block.header() : block.body().get(block.body().size() - 1);
        String indent = block.body().isEmpty()
                ? indentText(source, block.header()) + DEFAULT_INDENT
                : indentText(source, block.body().get(0));
        PythonToken newline = after.newline();
        return new MemberInsertion(newline.end(), indent, newline.start() == newline.end());
    }

    private static Member member(String source, PythonLogicalLine line) {
        List<PythonToken> t = line.tokens();
        if (t.size() < 3 || t.get(0).kind() != Kind.NAME) {
            return null;
        }
        int equals = -1;
        if (t.get(1).is(Kind.OP, source, "=")) {
            equals = 1;
        } else if (t.get(1).is(Kind.OP, source, ":")) {
            equals = firstAssignment(source, t, 2);
        }
        if (equals < 0 || equals + 1 >= t.size()) {
            return null;
        }
        List<PythonToken> value = withoutEnclosingParentheses(source, t.subList(equals + 1, t.size()));
        PythonToken name = t.get(0);
        return new Member(name.text(source), stringValue(source, value), valueSpan(value), lineSpan(source, line), name.line());
    }

    /** {@code ("A." "VIEW")} is how long values are wrapped; the parentheses are not part of the value. */
    private static List<PythonToken> withoutEnclosingParentheses(String source, List<PythonToken> value) {
        List<PythonToken> v = value;
        while (v.size() > 2 && v.get(0).is(Kind.OP, source, "(") && v.get(v.size() - 1).is(Kind.OP, source, ")")) {
            v = v.subList(1, v.size() - 1);
        }
        return v;
    }

    private static int firstAssignment(String source, List<PythonToken> tokens, int from) {
        for (int i = from; i < tokens.size(); i++) {
            if (tokens.get(i).is(Kind.OP, source, "=")) {
                return i;
            }
        }
        return -1;
    }

    /** The value when it is only (possibly adjacent) plain string literals; null otherwise. */
    private static String stringValue(String source, List<PythonToken> value) {
        StringBuilder b = new StringBuilder();
        for (PythonToken t : value) {
            if (t.kind() != Kind.STRING || t.string().bytes()) {
                return null;
            }
            String part = StringLiteralDecoder.value(source, t.string());
            if (part == null) {
                return null;
            }
            b.append(part);
        }
        return b.toString();
    }

    private static TextSpan valueSpan(List<PythonToken> value) {
        PythonToken first = value.get(0);
        PythonToken last = value.get(value.size() - 1);
        if (first.kind() == Kind.STRING && last.kind() == Kind.STRING) {
            return new TextSpan(first.string().contentStart(), last.string().contentEnd());
        }
        return new TextSpan(first.start(), last.end());
    }

    private static TextSpan lineSpan(String source, PythonLogicalLine line) {
        return new TextSpan(lineStart(source, line.start()), line.end());
    }

    private static String indentText(String source, PythonLogicalLine line) {
        return source.substring(lineStart(source, line.start()), line.start());
    }

    private static int lineStart(String source, int offset) {
        int i = offset;
        while (i > 0 && source.charAt(i - 1) != '\n' && source.charAt(i - 1) != '\r') {
            i--;
        }
        return i;
    }
}
