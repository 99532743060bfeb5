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
 * path while the file's {@link WorkspaceIndex.Stamp} stays the same. The server's index keeps only
 * some models in memory; keyed by the stamp, the facts outlive an evicted model, so a completion
 * does not model the whole history again.
 */
final class PerFileFacts<T> {
    private record Entry<T>(WorkspaceIndex.Stamp stamp, List<T> facts) {}

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
            WorkspaceIndex.Stamp stamp = index.stamp(e.path());
            Entry<T> cached = byPath.get(e.path());
            if (cached == null || !cached.stamp().equals(stamp)) {
                SqlFile file = index.file(e.path());
                if (file == null) {
                    continue;
                }
                cached = new Entry<>(stamp, extract.apply(file));
                byPath.put(e.path(), cached);
            }
            for (T fact : cached.facts()) {
                sink.accept(e.path(), fact);
            }
        }
    }
}
