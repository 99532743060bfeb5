package io.migrationlsp.core.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PythonClassReaderTest {
    private static final String SOURCE = String.join("\n",
            "class Other:",
            "    A = 'not this one'",
            "",
            "class BuiltInSystemRoles(str, Enum):",
            "    \"\"\"Roles.",
            "    FAKE = \"inside the docstring\"",
            "    \"\"\"",
            "    SUPER_ADMIN = \"Super Admin\"  # owner",
            "    # COMMENTED = \"Commented Out\"",
            "    SECURITY_ADMIN = 'Security Admin'",
            "    QUOTED = \"It's \\\"quoted\\\"\"",
            "    COUNT = 3",
            "",
            "    def label(self):",
            "        INNER = \"not a member\"",
            "        return self.value",
            "",
            "TOP = \"after the class\"",
            "");

    @Test
    void readsStringMembersOfTheNamedClassOnly() {
        List<PythonClassReader.Member> members = PythonClassReader.members(SOURCE, "BuiltInSystemRoles");
        assertEquals(List.of("Super Admin", "Security Admin", "It's \"quoted\""),
                members.stream().map(PythonClassReader.Member::value).toList());
        assertEquals("SUPER_ADMIN", members.get(0).name());
        assertEquals(7, members.get(0).line());
    }

    @Test
    void missingFileOrClassIsEmpty() {
        assertEquals(List.of(), PythonClassReader.read(Path.of("/nonexistent/constants.py"), "BuiltInSystemRoles"));
        assertEquals(List.of(), PythonClassReader.members(SOURCE, "Missing"));
    }
}
