package io.migrationlsp.core.schema;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A map from names to the schema's parts, in insertion order, whose {@link #copy()} costs a few
 * hundred references instead of one entry per key: the keys are spread over buckets that a copy
 * shares with its original until one of them writes to a bucket, which it then copies first (copy
 * on write, both ways). Replaying one migration changes a handful of buckets, so checkpoints and
 * the "schema before this file" of a 5,000-file history no longer cost a full copy each.
 *
 * <p>Order is that of a {@link LinkedHashMap}: a new key goes last, replacing a value keeps its
 * place, a key removed and put again goes last. Iterating sorts the entries by that order, so it
 * costs n log n; lookups cost what a {@link HashMap}'s do.
 */
final class SharedMap<V> extends AbstractMap<String, V> {
    private static final int BUCKETS = 256;

    private record Slot<V>(long order, V value) {}

    private final HashMap<String, Slot<V>>[] buckets;
    /** Buckets this map may change in place; the others may be shared with copies. */
    private final boolean[] owned = new boolean[BUCKETS];
    private long nextOrder;
    private int size;

    @SuppressWarnings("unchecked")
    SharedMap() {
        buckets = new HashMap[BUCKETS];
    }

    private SharedMap(SharedMap<V> from) {
        buckets = from.buckets.clone();
        nextOrder = from.nextOrder;
        size = from.size;
    }

    /** A copy sharing every bucket; from now on neither changes a shared bucket in place. */
    SharedMap<V> copy() {
        java.util.Arrays.fill(owned, false);
        return new SharedMap<>(this);
    }

    private static int bucket(Object key) {
        int h = key.hashCode();
        return (h ^ (h >>> 16)) & (BUCKETS - 1);
    }

    private HashMap<String, Slot<V>> writable(int b) {
        if (!owned[b]) {
            buckets[b] = buckets[b] == null ? new HashMap<>() : new HashMap<>(buckets[b]);
            owned[b] = true;
        }
        return buckets[b];
    }

    private Slot<V> slot(Object key) {
        if (!(key instanceof String)) {
            return null;
        }
        HashMap<String, Slot<V>> m = buckets[bucket(key)];
        return m == null ? null : m.get(key);
    }

    @Override
    public V get(Object key) {
        Slot<V> s = slot(key);
        return s == null ? null : s.value();
    }

    @Override
    public boolean containsKey(Object key) {
        return slot(key) != null;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public V put(String key, V value) {
        Slot<V> old = writable(bucket(key)).get(key);
        buckets[bucket(key)].put(key, new Slot<>(old != null ? old.order() : nextOrder++, value));
        if (old == null) {
            size++;
            return null;
        }
        return old.value();
    }

    @Override
    public V putIfAbsent(String key, V value) {
        Slot<V> s = slot(key);
        if (s != null) {
            return s.value();
        }
        put(key, value);
        return null;
    }

    @Override
    public V remove(Object key) {
        if (slot(key) == null) {
            return null;
        }
        size--;
        return writable(bucket(key)).remove(key).value();
    }

    /** The keys in no particular order, without sorting: for scans where order does not matter. */
    List<String> keysUnordered() {
        List<String> keys = new ArrayList<>(size);
        for (HashMap<String, Slot<V>> m : buckets) {
            if (m != null) {
                keys.addAll(m.keySet());
            }
        }
        return keys;
    }

    /** A snapshot in insertion order. */
    @Override
    public Set<Entry<String, V>> entrySet() {
        List<Entry<String, Slot<V>>> all = new ArrayList<>(size);
        for (HashMap<String, Slot<V>> m : buckets) {
            if (m != null) {
                all.addAll(m.entrySet());
            }
        }
        all.sort(Comparator.comparingLong(e -> e.getValue().order()));
        Map<String, V> ordered = new LinkedHashMap<>();
        for (Entry<String, Slot<V>> e : all) {
            ordered.put(e.getKey(), e.getValue().value());
        }
        return Collections.unmodifiableMap(ordered).entrySet();
    }
}
