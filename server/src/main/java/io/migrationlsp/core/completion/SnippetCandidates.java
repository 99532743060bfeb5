package io.migrationlsp.core.completion;

import io.migrationlsp.core.sql.SectionHeader;
import io.migrationlsp.core.text.TextSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Whole-statement and section proposals where a statement may start: the section headers the file
 * lacks, a tenant {@code CREATE TABLE} with the ID and audit columns, and the role-permission insert
 * for a module in the seed's format. Without snippet support the placeholders' defaults are inserted.
 */
final class SnippetCandidates {
    /** What the role-permission snippet offers to choose from. */
    record PermissionChoices(List<String> roles, List<String> entities) {}

    private SnippetCandidates() {}

    static List<Candidate> headers(CompletionContext ctx, String text) {
        List<Candidate> out = new ArrayList<>();
        if (!hasLine(text, SectionHeader.PLATFORM_TEXT)) {
            out.add(header(SectionHeader.PLATFORM_TEXT, SectionHeader.PLATFORM_TEXT + "\n",
                    "Opens the platform section: statements on `PLATFORM.` tables go below it.", ctx.replace()));
        }
        if (!hasLine(text, SectionHeader.TENANT_TEXT)) {
            out.add(header(SectionHeader.TENANT_TEXT, SectionHeader.TENANT_TEXT + "\n" + SectionHeader.NOTE_TEXT + "\n",
                    "Opens the tenant section, with the NOTE line that must follow it: statements on `{schema_name}.` tables go below it.",
                    ctx.replace()));
        }
        return out;
    }

    static List<Candidate> statements(CompletionContext ctx, boolean snippets, String placeholder, PermissionChoices choices) {
        List<Candidate> out = new ArrayList<>();
        out.add(snippet("CREATE TABLE (tenant, ID and audit columns)", "CREATE TABLE",
                "A tenant table with `ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY` and the audit columns "
                        + "`CREATED_BY`, `CREATED_AT`, `UPDATED_BY`, `UPDATED_AT`. Add it to tables.py too.",
                createTable(placeholder), snippets, ctx.replace()));
        if (choices.roles().size() >= 2) {
            out.add(snippet("INSERT permissions: 2 roles × VIEW, CREATE, EDIT, DELETE", "INSERT INTO PLATFORM.ROLE_PERMISSION",
                    permissionDoc(), PermissionInsert.of(choices, 2), snippets, ctx.replace()));
        }
        out.add(snippet("INSERT permissions: 1 role × VIEW, CREATE, EDIT, DELETE", "INSERT INTO PLATFORM.ROLE_PERMISSION",
                permissionDoc(), PermissionInsert.of(choices, 1), snippets, ctx.replace()));
        return out;
    }

    private static SnippetText createTable(String placeholder) {
        return new SnippetText()
                .text("CREATE TABLE " + placeholder + ".[").placeholder(1, "TABLE_NAME").text("] (\n")
                .text("    ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY,\n")
                .text("    ").placeholder(2, "NAME NVARCHAR(255) NOT NULL").text(",\n")
                .text("    CREATED_BY NVARCHAR(100) NOT NULL,\n")
                .text("    CREATED_AT DATETIME2 NOT NULL DEFAULT SYSDATETIME(),\n")
                .text("    UPDATED_BY NVARCHAR(100) NULL,\n")
                .text("    UPDATED_AT DATETIME2 NULL\n")
                .text(");").end();
    }

    private static String permissionDoc() {
        return "One `PLATFORM.ROLE_PERMISSION` row per role and action, for one module (`ENTITY.ACTION`). "
                + "Add the new permissions to `BuiltInPermissions` in constants.py as well.";
    }

    private static Candidate header(String label, String insert, String doc, TextSpan replace) {
        return new Candidate(label, Candidate.Kind.HEADER, "section header", null, doc + "\n\n```sql\n" + insert + "```",
                label, insert, false, replace);
    }

    private static Candidate snippet(String label, String filterText, String doc, SnippetText body, boolean snippets,
                                     TextSpan replace) {
        return new Candidate(label, Candidate.Kind.SNIPPET, "snippet", null, doc + "\n\n```sql\n" + body.plain() + "\n```",
                filterText, snippets ? body.snippet() : body.plain(), snippets, replace);
    }

    /** Whether some line of {@code text} is {@code line} (blanks around it and case aside), without splitting the text. */
    private static boolean hasLine(String text, String line) {
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            int a = start;
            int b = end;
            while (a < b && Character.isWhitespace(text.charAt(a))) {
                a++;
            }
            while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
                b--;
            }
            if (b - a == line.length() && text.regionMatches(true, a, line, 0, line.length())) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }
}
