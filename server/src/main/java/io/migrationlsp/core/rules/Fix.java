package io.migrationlsp.core.rules;

import java.util.List;

/**
 * A mechanical fix: text edits (possibly in other files) and optionally a new workspace-relative
 * path for the finding's file, plus renames of companion files that must move with it (a
 * migration's rollback or down script). {@code safe} fixes are the ones "fix all" applies without asking.
 */
public record Fix(String title, List<Edit> edits, String renameTo, boolean safe, List<Rename> alsoRename) {
    /** Another workspace file renamed by the same fix (both paths workspace-relative). */
    public record Rename(String from, String to) {}

    public Fix(String title, List<Edit> edits, String renameTo, boolean safe) {
        this(title, edits, renameTo, safe, List.of());
    }

    public static Fix of(String title, Edit... edits) {
        return new Fix(title, List.of(edits), null, true);
    }

    public static Fix unsafe(String title, Edit... edits) {
        return new Fix(title, List.of(edits), null, false);
    }

    public static Fix rename(String title, String newPath) {
        return new Fix(title, List.of(), newPath, false);
    }

    /** Renames the finding's file, edits it first, and moves its companion files along. */
    public static Fix rename(String title, String newPath, List<Edit> edits, List<Rename> companions) {
        return new Fix(title, List.copyOf(edits), newPath, false, List.copyOf(companions));
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
