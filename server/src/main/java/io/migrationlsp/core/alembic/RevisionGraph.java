package io.migrationlsp.core.alembic;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The revisions of a project linked by {@code down_revision}: parents, children, heads, the run
 * order (parents before children, as {@code alembic upgrade heads} runs them) and what is wrong
 * with the chain (unknown parents, repeated ids, branches left unmerged, cycles).
 */
public final class RevisionGraph {
    private final List<RevisionHeader> all;
    private final Map<String, RevisionHeader> byPath = new LinkedHashMap<>();
    private final Map<String, List<RevisionHeader>> byId = new HashMap<>();
    private final Map<String, List<RevisionHeader>> children = new HashMap<>();
    private final List<RevisionHeader> roots = new ArrayList<>();
    private final List<String> order;
    private final Map<String, Set<String>> headsFrom = new HashMap<>();
    private Set<String> cycle = Set.of();
    private final Map<String, Integer> positions = new HashMap<>();
    private Map<RevisionHeader, List<RevisionHeader>> unmerged;

    private RevisionGraph(List<RevisionHeader> headers) {
        this.all = List.copyOf(headers);
        for (RevisionHeader h : all) {
            byPath.put(h.path(), h);
            if (h.id() != null) {
                byId.computeIfAbsent(h.id(), k -> new ArrayList<>()).add(h);
            }
        }
        for (RevisionHeader h : all) {
            if (h.downRevisions().isEmpty()) {
                roots.add(h);
            }
            for (RevisionId parent : h.downRevisions()) {
                children.computeIfAbsent(parent.value(), k -> new ArrayList<>()).add(h);
            }
        }
        this.order = topological();
        for (int i = 0; i < order.size(); i++) {
            positions.put(order.get(i), i);
        }
    }

    /** The graph of these revisions; files are taken in path order wherever order is otherwise free. */
    public static RevisionGraph of(Collection<RevisionHeader> headers) {
        List<RevisionHeader> sorted = new ArrayList<>(headers);
        sorted.sort(Comparator.comparing(RevisionHeader::path));
        return new RevisionGraph(sorted);
    }

    public List<RevisionHeader> revisions() {
        return all;
    }

    public RevisionHeader byPath(String path) {
        return byPath.get(path);
    }

    /** Every revision with this id: more than one is a repeated id. */
    public List<RevisionHeader> withId(String id) {
        return byId.getOrDefault(id, List.of());
    }

    /** The first revision (by path) with this id, or null. */
    public RevisionHeader find(String id) {
        List<RevisionHeader> found = withId(id);
        return found.isEmpty() ? null : found.get(0);
    }

    public boolean has(String id) {
        return byId.containsKey(id);
    }

    /** The revisions whose {@code down_revision} names this id. */
    public List<RevisionHeader> children(String id) {
        return id == null ? List.of() : children.getOrDefault(id, List.of());
    }

    /** The revisions nothing continues: what {@code alembic heads} lists. */
    public List<RevisionHeader> heads() {
        List<RevisionHeader> out = new ArrayList<>();
        for (RevisionHeader h : all) {
            if (h.id() != null && children(h.id()).isEmpty()) {
                out.add(h);
            }
        }
        return out;
    }

    /** Paths in run order: a revision after all its known parents; unreachable ones (unknown parent, cycle) last. */
    public List<String> order() {
        return order;
    }

    /** Position of a file in {@link #order()}, -1 when it is not a revision of the graph. */
    public int position(String path) {
        return positions.getOrDefault(path, -1);
    }

    /**
     * The revisions that open a branch nothing merges back: {@code h} shares its parent (or, for a
     * root, the base) with another revision, and the heads reachable from {@code h} are not all the
     * heads reachable from that parent. A revision with {@code branch_labels} is a named branch and
     * never counts. Returns, for each such revision, its siblings.
     */
    public synchronized Map<RevisionHeader, List<RevisionHeader>> unmergedBranches() {
        if (unmerged != null) {
            return unmerged;
        }
        Map<RevisionHeader, List<RevisionHeader>> out = new LinkedHashMap<>();
        Map<String, List<RevisionHeader>> siblingGroups = new LinkedHashMap<>();
        siblingGroups.put(null, roots);
        for (RevisionHeader h : all) {
            if (h.id() != null && children(h.id()).size() > 1) {
                siblingGroups.putIfAbsent(h.id(), children(h.id()));
            }
        }
        for (Map.Entry<String, List<RevisionHeader>> group : siblingGroups.entrySet()) {
            List<RevisionHeader> siblings = group.getValue().stream().filter(s -> s.branchLabels().isEmpty()).toList();
            if (siblings.size() < 2) {
                continue;
            }
            Set<String> fromParent = new HashSet<>();
            siblings.forEach(s -> fromParent.addAll(headsFrom(s)));
            for (RevisionHeader s : siblings) {
                if (!headsFrom(s).equals(fromParent)) {
                    out.put(s, siblings.stream().filter(o -> o != s).toList());
                }
            }
        }
        unmerged = Map.copyOf(out);
        return unmerged;
    }

    /** Paths of the heads reachable from {@code h} (itself when nothing continues it). */
    public synchronized Set<String> headsFrom(RevisionHeader h) {
        Set<String> cached = headsFrom.get(h.path());
        if (cached != null) {
            return cached;
        }
        // Iterative post-order over the children, so a 5,000-revision chain does not overflow the stack.
        Set<String> visiting = new HashSet<>();
        List<RevisionHeader> stack = new ArrayList<>();
        stack.add(h);
        while (!stack.isEmpty()) {
            RevisionHeader top = stack.get(stack.size() - 1);
            if (headsFrom.containsKey(top.path())) {
                stack.remove(stack.size() - 1);
                continue;
            }
            List<RevisionHeader> kids = children(top.id());
            boolean pending = false;
            if (visiting.add(top.path())) {
                for (RevisionHeader k : kids) {
                    if (!headsFrom.containsKey(k.path()) && !visiting.contains(k.path())) {
                        stack.add(k);
                        pending = true;
                    }
                }
            }
            if (pending) {
                continue;
            }
            Set<String> heads = new LinkedHashSet<>();
            if (kids.isEmpty()) {
                heads.add(top.path());
            }
            for (RevisionHeader k : kids) {
                // A child still being visited closes a cycle: it adds no head of its own.
                heads.addAll(headsFrom.getOrDefault(k.path(), Set.of()));
            }
            headsFrom.put(top.path(), heads);
            stack.remove(stack.size() - 1);
        }
        return headsFrom.get(h.path());
    }

    /** Whether {@code h} can reach itself through its parents: a cycle no upgrade can run. */
    public boolean inCycle(RevisionHeader h) {
        return cycle.contains(h.path());
    }

    /**
     * Kahn's algorithm, the smallest path first among the ready ones. A revision is ready when each
     * parent that exists has run; one with an unknown parent or in a cycle never is, and is put at
     * the end in path order.
     */
    private List<String> topological() {
        Map<String, Integer> waiting = new HashMap<>();
        PriorityQueue<RevisionHeader> ready = new PriorityQueue<>(Comparator.comparing(RevisionHeader::path));
        for (RevisionHeader h : all) {
            int parents = 0;
            boolean unknown = false;
            for (RevisionId p : h.downRevisions()) {
                List<RevisionHeader> found = withId(p.value());
                if (found.isEmpty()) {
                    unknown = true;
                }
                parents += found.size();
            }
            waiting.put(h.path(), unknown ? Integer.MAX_VALUE : parents);
            if (!unknown && parents == 0) {
                ready.add(h);
            }
        }
        List<String> out = new ArrayList<>();
        Set<String> done = new HashSet<>();
        while (!ready.isEmpty()) {
            RevisionHeader h = ready.poll();
            out.add(h.path());
            done.add(h.path());
            if (h.id() == null) {
                continue;
            }
            for (RevisionHeader c : children(h.id())) {
                int w = waiting.get(c.path());
                if (w != Integer.MAX_VALUE && --w >= 0) {
                    waiting.put(c.path(), w);
                    if (w == 0) {
                        ready.add(c);
                    }
                }
            }
        }
        Set<String> rest = new LinkedHashSet<>();
        for (RevisionHeader h : all) {
            if (!done.contains(h.path())) {
                rest.add(h.path());
                out.add(h.path());
            }
        }
        cycle = cyclic(rest);
        return List.copyOf(out);
    }

    /** Among the revisions that never became ready, those on a cycle of parents. */
    private Set<String> cyclic(Set<String> stuck) {
        Set<String> out = new HashSet<>();
        for (String path : stuck) {
            RevisionHeader start = byPath.get(path);
            // Walk up the first parent chain; coming back to the start is a cycle.
            Set<String> seen = new HashSet<>();
            List<RevisionHeader> frontier = new ArrayList<>(List.of(start));
            boolean found = false;
            while (!frontier.isEmpty() && !found) {
                RevisionHeader h = frontier.remove(frontier.size() - 1);
                for (RevisionId p : h.downRevisions()) {
                    for (RevisionHeader parent : withId(p.value())) {
                        if (parent == start) {
                            found = true;
                        } else if (seen.add(parent.path())) {
                            frontier.add(parent);
                        }
                    }
                }
            }
            if (found) {
                out.add(path);
            }
        }
        return out;
    }
}
