package io.migrationlsp.core.python;

import io.migrationlsp.core.text.TextSpan;
import java.util.List;

/**
 * The {@code NAME = value} members of one class of constants.py.
 *
 * @param name      the class name looked for
 * @param nameSpan  where the class name is in the file; null when the class is missing
 * @param members   members in file order; empty when the class is missing
 * @param insertion where a new member line goes; null when the class is missing
 */
public record PythonEnumClass(String name, TextSpan nameSpan, List<Member> members, MemberInsertion insertion) {
    public PythonEnumClass {
        members = List.copyOf(members);
    }

    /**
     * One member.
     *
     * @param value     the decoded string value; null for {@code auto()}, numbers and other non-string values
     * @param valueSpan the string's content between the quotes (from the first literal's to the last's when
     *                  adjacent literals are concatenated); for a non-string value, the whole value expression
     * @param lineSpan  the whole line(s) of the statement: from column 0 to after its line break
     * @param line      0-based line of the member name
     */
    public record Member(String name, String value, TextSpan valueSpan, TextSpan lineSpan, int line) {}

    /**
     * Where to add a member: insert {@code (lineBreakFirst ? "\n" : "") + indent + "NAME = \"value\"\n"}
     * at {@code offset}. {@code lineBreakFirst} is true when the class's last line ends the file without a
     * line break.
     */
    public record MemberInsertion(int offset, String indent, boolean lineBreakFirst) {
        public String lineFor(String memberName, String value) {
            return (lineBreakFirst ? "\n" : "") + indent + memberName + " = \"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"\n";
        }
    }

    public boolean found() {
        return nameSpan != null;
    }

    /** Members that have a string value. */
    public List<Member> stringMembers() {
        return members.stream().filter(m -> m.value() != null).toList();
    }

    static PythonEnumClass missing(String name) {
        return new PythonEnumClass(name, null, List.of(), null);
    }
}
