package io.migrationlsp.core.workspace;

import io.migrationlsp.core.analysis.SqlFile;
import io.migrationlsp.core.model.StatementModel;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which files of the history create or change each table (by position in run order), kept up to
 * date one file at a time. It lets "how does the history leave table T" replay only the files that
 * touch T instead of everything after an edit.
 */
final class TableTouches {
    /** A statement that may touch any table: {@code DROP INDEX i} without its table. */
    static final String ANY = "*";

    private record Summary(Set<String> touched, Set<String> created) {}

    private final Map<String, NavigableSet<Integer>> touching = new HashMap<>();
    private final Map<String, NavigableSet<Integer>> creating = new HashMap<>();
    private final Map<Integer, Summary> byPosition = new HashMap<>();

    boolean has(int position) {
        return byPosition.containsKey(position);
    }

    void put(int position, SqlFile file) {
        remove(position);
        Summary s = summarize(file);
        byPosition.put(position, s);
        s.touched().forEach(k -> touching.computeIfAbsent(k, x -> new TreeSet<>()).add(position));
        s.created().forEach(k -> creating.computeIfAbsent(k, x -> new TreeSet<>()).add(position));
    }

    void remove(int position) {
        Summary s = byPosition.remove(position);
        if (s != null) {
            s.touched().forEach(k -> touching.getOrDefault(k, new TreeSet<>()).remove(position));
            s.created().forEach(k -> creating.getOrDefault(k, new TreeSet<>()).remove(position));
        }
    }

    /** Positions after {@code position} of the files that may change the table. */
    NavigableSet<Integer> touchingAfter(String key, int position) {
        NavigableSet<Integer> result = new TreeSet<>(touching.getOrDefault(key, new TreeSet<>()).tailSet(position, false));
        result.addAll(touching.getOrDefault(ANY, new TreeSet<>()).tailSet(position, false));
        return result;
    }

    /** The first file after {@code position} that creates the table, or -1. */
    int firstCreatorAfter(String key, int position) {
        Integer next = creating.getOrDefault(key, new TreeSet<>()).higher(position);
        return next == null ? -1 : next;
    }

    private static Summary summarize(SqlFile file) {
        Set<String> touched = new HashSet<>();
        Set<String> created = new HashSet<>();
        for (StatementModel m : file.allModels()) {
            switch (m.kind()) {
                case CREATE_TABLE -> {
                    if (m.target() != null) {
                        touched.add(m.target().key());
                        created.add(m.target().key());
                    }
                }
                case ALTER_TABLE, CREATE_INDEX, CREATE_POLICY -> {
                    if (m.target() != null) {
                        touched.add(m.target().key());
                    }
                }
                case DROP_TABLE -> m.dropped().forEach(n -> touched.add(n.key()));
                case DROP_INDEX -> touched.add(m.target() != null ? m.target().key() : ANY);
                default -> {
                    if (m.policy() != null && m.target() != null) {
                        touched.add(m.target().key());
                    }
                }
            }
        }
        return new Summary(touched, created);
    }
}
