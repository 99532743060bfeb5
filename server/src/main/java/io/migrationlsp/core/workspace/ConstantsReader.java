package io.migrationlsp.core.workspace;

import io.migrationlsp.core.python.ConstantsPy;
import io.migrationlsp.core.python.PythonConstants;
import io.migrationlsp.core.python.PythonEnumClass;
import java.util.ArrayList;
import java.util.List;

/** Reads constants.py (never runs it) into the {@link ConstantsModel} the rules use. */
final class ConstantsReader {
    private ConstantsReader() {}

    static ConstantsModel read(String path, String text) {
        PythonConstants c = ConstantsPy.read(text);
        PythonEnumClass.MemberInsertion insertion = c.permissions().insertion();
        return new ConstantsModel(path, text, members(c.roles()), members(c.permissions()),
                insertion == null ? -1 : insertion.offset(), insertion == null ? "    " : insertion.indent());
    }

    private static List<ConstantsModel.Member> members(PythonEnumClass cls) {
        List<ConstantsModel.Member> out = new ArrayList<>();
        for (PythonEnumClass.Member m : cls.members()) {
            out.add(new ConstantsModel.Member(m.name(), m.value(), m.valueSpan()));
        }
        return List.copyOf(out);
    }
}
