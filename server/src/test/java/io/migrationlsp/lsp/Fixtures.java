package io.migrationlsp.lsp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.lsp4j.TextEdit;
import io.migrationlsp.core.text.LineMap;

/** Temp workspaces and applying returned edits the way an editor would. */
final class Fixtures {
    static final String MIGRATION = String.join("\n",
            "-- ========== TENANT MIGRATIONS ==========",
            "-- NOTE: Make sure app/tenant/tables.py is in sync",
            "CREATE TABLE {schema_name}.[PAYMENT] (",
            "    ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY,",
            "    AMOUNT FLOAT NULL,",
            "    CREATED_AT DATETIME2 NOT NULL DEFAULT SYSDATETIME()",
            ");",
            "");

    private Fixtures() {}

    /** A platform workspace: {@code _migrations/} and {@code app/role/constants.py}. */
    static Path workspace(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("_migrations/2025_and_older"));
        write(dir, "app/role/constants.py", String.join("\n",
                "from enum import Enum",
                "",
                "",
                "class BuiltInSystemRoles(str, Enum):",
                "    \"\"\"Roles every tenant has.\"\"\"",
                "    SUPER_ADMIN = \"Super Admin\"  # the owner",
                "    # SECRET = \"Not A Role\"",
                "    SECURITY_ADMIN = 'Security Admin'",
                "",
                "",
                "class BuiltInPermissions(str, Enum):",
                "    HEALTH_PLAN_VIEW = \"HEALTH_PLAN.VIEW\"",
                ""));
        return dir;
    }

    static Path write(Path root, String rel, String text) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    /** Applies LSP text edits (UTF-16 positions) to a text, last edit first so offsets stay valid. */
    static String apply(String text, List<TextEdit> edits) {
        LineMap lines = new LineMap(text);
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < edits.size(); i++) {
            TextEdit e = edits.get(i);
            int start = lines.offset(e.getRange().getStart().getLine(), e.getRange().getStart().getCharacter());
            int end = lines.offset(e.getRange().getEnd().getLine(), e.getRange().getEnd().getCharacter());
            spans.add(new int[] {start, end, i});
        }
        spans.sort(Comparator.comparingInt((int[] s) -> s[0]).reversed());
        StringBuilder sb = new StringBuilder(text);
        for (int[] s : spans) {
            sb.replace(s[0], s[1], edits.get(s[2]).getNewText());
        }
        return sb.toString();
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
