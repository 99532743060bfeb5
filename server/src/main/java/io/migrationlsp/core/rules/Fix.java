package io.migrationlsp.core.rules;

import java.util.List;

/**
 * A mechanical fix: text edits (possibly in other files) and optionally a new workspace-relative
 * path for the finding's file. {@code safe} fixes are the ones "fix all" applies without asking.
 */
public record Fix(String title, List<Edit> edits, String renameTo, boolean safe) {
    public static Fix of(String title, Edit... edits) {
        return new Fix(title, List.of(edits), null, true);
    }

    public static Fix unsafe(String title, Edit... edits) {
        return new Fix(title, List.of(edits), null, false);
    }

    public static Fix rename(String title, String newPath) {
        return new Fix(title, List.of(), newPath, false);
    }

    /** Creates a new file; never applied by "fix all", since the user should see what it holds. */
    public static Fix createFile(String title, String path, String content) {
        return new Fix(title, List.of(Edit.createFile(path, content)), null, false);
    }

    /** Whether one of the edits creates a file. */
    public boolean createsFile() {
        return edits.stream().anyMatch(Edit::createsFile);
    }
}
