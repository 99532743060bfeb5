package io.migrationlsp.core.workspace;

import io.migrationlsp.core.analysis.SqlFile;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Something read out of each migration's model (roles inserted, permissions granted), kept per
 * path while the index hands out the same model: the index replaces a file's model exactly when
 * its text changes, so the identity of the model is the stamp and nothing is re-read from disk.
 */
final class PerFileFacts<T> {
    private record Entry<T>(SqlFile file, List<T> facts) {}

    private final Map<String, Entry<T>> byPath = new ConcurrentHashMap<>();
    private final Function<SqlFile, List<T>> extract;

    PerFileFacts(Function<SqlFile, List<T>> extract) {
        this.extract = extract;
    }

    /** The facts of every migration in run order, each with its workspace-relative path. */
    void forEach(WorkspaceIndex index, BooleanSupplier cancelled, BiConsumer<String, T> sink) {
        for (MigrationEntry e : index.migrations()) {
            if (cancelled.getAsBoolean()) {
                return;
            }
            SqlFile file = index.file(e.path());
            if (file == null) {
                continue;
            }
            Entry<T> cached = byPath.get(e.path());
            if (cached == null || cached.file() != file) {
                cached = new Entry<>(file, extract.apply(file));
                byPath.put(e.path(), cached);
            }
            for (T fact : cached.facts()) {
                sink.accept(e.path(), fact);
            }
        }
    }
}
