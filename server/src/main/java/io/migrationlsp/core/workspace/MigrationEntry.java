package io.migrationlsp.core.workspace;

/** A .sql file under the migrations folder: where it sits and its parsed name (null when malformed). */
public record MigrationEntry(String path, Kind kind, MigrationNames.Name name) {
    public enum Kind {
        /** {@code _migrations/2025_and_older/}: frozen, feeds the schema, gets no style findings. */
        ARCHIVE,
        /** Directly in {@code _migrations/}: the live history. */
        ROOT,
        /** Anywhere else under {@code _migrations/}: the runner never sees it. */
        MISPLACED
    }

    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
