package io.migrationlsp.core.workspace;

/**
 * A migration file: where it sits, its parsed platform name (null for other profiles or when
 * malformed) and its version, the number the profile orders by (SEQ, NNN, the timestamp, the sqlx
 * version; -1 when the name has none).
 */
public record MigrationEntry(String path, Kind kind, MigrationNames.Name name, long version) {
    public enum Kind {
        /** {@code _migrations/2025_and_older/}: frozen, feeds the schema, gets no style findings. */
        ARCHIVE,
        /** The live history the runner executes. */
        ROOT,
        /** The undo script of a migration: a postgres-rls {@code _rollback.sql} or a sqlx {@code .down.sql}. */
        REVERSE,
        /** Anywhere the runner never looks (a subfolder of the migrations folder). */
        MISPLACED
    }

    public MigrationEntry(String path, Kind kind, MigrationNames.Name name) {
        this(path, kind, name, name == null ? -1 : name.seq());
    }

    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** Whether the runner executes it as part of the history (the schema replay reads these). */
    public boolean replayable() {
        return kind == Kind.ARCHIVE || kind == Kind.ROOT;
    }
}
