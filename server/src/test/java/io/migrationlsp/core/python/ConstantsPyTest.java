package io.migrationlsp.core.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrationlsp.core.python.PythonEnumClass.Member;
import io.migrationlsp.core.python.PythonEnumClass.MemberInsertion;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConstantsPyTest {
    private static List<String> names(PythonEnumClass c) {
        return c.members().stream().map(Member::name).toList();
    }

    private static List<String> values(PythonEnumClass c) {
        return c.members().stream().map(Member::value).toList();
    }

    private static String insert(String python, MemberInsertion at, String name, String value) {
        return python.substring(0, at.offset()) + at.lineFor(name, value) + python.substring(at.offset());
    }

    @Test
    void exampleConstantsGiveRolesAndPermissionsWithSpans() {
        String python = PlatformExample.read("app/role/constants.py");
        PythonConstants c = ConstantsPy.read(python);
        assertEquals(List.of("Super Admin", "Security Admin", "Manufacturer RebateIQ Admin"), values(c.roles()));
        assertEquals(List.of("VBC_CONFIGURATION", "VIEW_ALL_ORGANIZATIONS", "HEALTH_PLAN.VIEW", "HEALTH_PLAN.EDIT",
                "REBATE_CONTRACT.VIEW", "REBATE_CONTRACT.EDIT"), values(c.permissions()));
        for (Member m : c.permissions().members()) {
            assertEquals(m.value(), m.valueSpan().of(python));
            assertTrue(m.lineSpan().of(python).startsWith("    " + m.name() + " = \""));
            assertTrue(m.lineSpan().of(python).endsWith("\"\n"));
            assertEquals(m.name(), python.lines().toList().get(m.line()).strip().split(" ")[0]);
        }
        assertEquals("BuiltInPermissions", c.permissions().nameSpan().of(python));
    }

    @Test
    void newMemberLineGoesAfterTheLastMemberOfItsClass() {
        String python = PlatformExample.read("app/role/constants.py");
        PythonConstants c = ConstantsPy.read(python);
        MemberInsertion roles = c.roles().insertion();
        assertEquals("    ", roles.indent());
        assertEquals(python.indexOf("\n\n\nclass BuiltInPermissions") + 1, roles.offset());
        String edited = insert(python, c.permissions().insertion(), "NEW_PERM_VIEW", "NEW_PERM.VIEW");
        assertTrue(edited.endsWith("    REBATE_CONTRACT_EDIT = \"REBATE_CONTRACT.EDIT\"\n    NEW_PERM_VIEW = \"NEW_PERM.VIEW\"\n"));
        PythonConstants after = ConstantsPy.read(edited);
        assertEquals("NEW_PERM.VIEW", after.permissions().members().get(6).value());
        assertEquals(values(c.roles()), values(after.roles()));
    }

    @Test
    void quotesAnnotationsCommentsDocstringsAndNonStringValues() {
        String python = String.join("\n",
                "class BuiltInPermissions(str, Enum):",
                "    \"\"\"Permissions.",
                "",
                "    FAKE = \"in the docstring\"",
                "    \"\"\"",
                "",
                "    SINGLE = 'A.VIEW'  # trailing comment with \"quotes\"",
                "    # COMMENTED = \"B.VIEW\"",
                "    TYPED: str = \"C.VIEW\"",
                "    ESCAPED = \"D\\\".VIEW\"",
                "    JOINED = (\"E.\"",
                "              \"VIEW\")",
                "    AUTO = auto()",
                "    NUMBER = 3",
                "",
                "    def label(self) -> str:",
                "        INNER = \"not a member\"",
                "        return self.value",
                "",
                "",
                "class Other:",
                "    X = 'not a permission'",
                "");
        PythonEnumClass p = ConstantsPy.read(python).permissions();
        assertEquals(List.of("SINGLE", "TYPED", "ESCAPED", "JOINED", "AUTO", "NUMBER"), names(p));
        assertEquals(java.util.Arrays.asList("A.VIEW", "C.VIEW", "D\".VIEW", "E.VIEW", null, null), values(p));
        Member escaped = p.members().get(2);
        assertEquals("D\\\".VIEW", escaped.valueSpan().of(python));
        assertEquals("auto()", p.members().get(4).valueSpan().of(python));
        assertEquals("    JOINED = (\"E.\"\n              \"VIEW\")\n", p.members().get(3).lineSpan().of(python));
        assertEquals(10, p.members().get(3).line());
        // after NUMBER, not after the method: the new line stays with the members
        assertEquals(python.indexOf("\n\n    def label") + 1, p.insertion().offset());
        assertEquals(List.of("A.VIEW", "C.VIEW", "D\".VIEW", "E.VIEW"),
                p.stringMembers().stream().map(Member::value).toList());
    }

    @Test
    void missingClassGivesNoMembersAndNoInsertionPoint() {
        PythonConstants c = ConstantsPy.read("class BuiltInSystemRoles(str, Enum):\n    A = 'a'\n");
        assertFalse(c.permissions().found());
        assertEquals(List.of(), c.permissions().members());
        assertNull(c.permissions().insertion());
        assertEquals(List.of("a"), values(c.roles()));
    }

    @Test
    void classNamesAreParameters() {
        String python = "class Roles:\n    A = 'Admin'\nclass Perms:\n    P = 'P.VIEW'\n";
        PythonConstants c = ConstantsPy.read(python, "Roles", "Perms");
        assertEquals(List.of("Admin"), values(c.roles()));
        assertEquals(List.of("P.VIEW"), values(c.permissions()));
    }

    @Test
    void lastLineWithoutLineBreakAsksForOneBeforeTheNewMember() {
        String python = "class BuiltInPermissions(str, Enum):\n\tA = 'A.VIEW'";
        MemberInsertion at = ConstantsPy.read(python).permissions().insertion();
        assertEquals(python.length(), at.offset());
        assertTrue(at.lineBreakFirst());
        assertEquals("\t", at.indent());
        String edited = insert(python, at, "B", "B.VIEW");
        assertEquals(List.of("A.VIEW", "B.VIEW"), values(ConstantsPy.read(edited).permissions()));
    }

    @Test
    void classWithoutMembersTakesTheNewMemberAfterItsBody() {
        String python = "class BuiltInPermissions(str, Enum):\n    \"\"\"None yet.\"\"\"\n\n\nX = 1\n";
        PythonEnumClass p = ConstantsPy.read(python).permissions();
        assertTrue(p.members().isEmpty());
        assertEquals(python.indexOf("\n\n\nX") + 1, p.insertion().offset());
        String edited = insert(python, p.insertion(), "A", "A.VIEW");
        assertEquals(List.of("A.VIEW"), values(ConstantsPy.read(edited).permissions()));
    }
}
