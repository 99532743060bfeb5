package io.migrationlsp.core.alembic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RevisionGraphTest {
    private static RevisionHeader rev(String path, String id, String... down) {
        StringBuilder b = new StringBuilder("revision = '" + id + "'\n");
        if (down.length == 0) {
            b.append("down_revision = None\n");
        } else if (down.length == 1) {
            b.append("down_revision = '").append(down[0]).append("'\n");
        } else {
            b.append("down_revision = (").append(String.join(", ", List.of(down).stream().map(d -> "'" + d + "'").toList()))
                    .append(")\n");
        }
        return RevisionReader.header(path, b.toString());
    }

    /** The tree of the issue: two heads after a branch point, and a down_revision naming nothing. */
    @Test
    void twoHeadsAndADanglingParent() {
        RevisionHeader base = rev("v/1.py", "r1");
        RevisionHeader a = rev("v/2a.py", "r2a", "r1");
        RevisionHeader b = rev("v/2b.py", "r2b", "r1");
        RevisionHeader dangling = rev("v/3.py", "r3", "gone");
        RevisionGraph g = RevisionGraph.of(List.of(dangling, b, a, base));
        assertEquals(List.of("r2a", "r2b", "r3"), g.heads().stream().map(RevisionHeader::id).toList());
        Map<RevisionHeader, List<RevisionHeader>> unmerged = g.unmergedBranches();
        assertEquals(Set.of(a, b), unmerged.keySet());
        assertEquals(List.of(b), unmerged.get(a));
        assertFalse(g.has("gone"));
        assertEquals(List.of("v/1.py", "v/2a.py", "v/2b.py", "v/3.py"), g.order(), "the dangling revision runs last");
        assertEquals(List.of(a, b), g.children("r1"));
    }

    @Test
    void aMergeRevisionJoinsTheHeads() {
        RevisionGraph g = RevisionGraph.of(List.of(rev("a.py", "r1"), rev("b.py", "r2a", "r1"), rev("c.py", "r2b", "r1"),
                rev("d.py", "m", "r2a", "r2b")));
        assertEquals(List.of("m"), g.heads().stream().map(RevisionHeader::id).toList());
        assertTrue(g.unmergedBranches().isEmpty());
        assertEquals("d.py", g.order().get(3));
    }

    @Test
    void theRunOrderFollowsTheChainNotTheFileNames() {
        RevisionGraph g = RevisionGraph.of(List.of(rev("0003_c.py", "c", "b"), rev("0001_a.py", "a", "c"), rev("0002_b.py", "b")));
        assertEquals(List.of("0002_b.py", "0003_c.py", "0001_a.py"), g.order());
        assertEquals(0, g.position("0002_b.py"));
    }

    @Test
    void aCycleIsFoundAndRunsLast() {
        RevisionGraph g = RevisionGraph.of(List.of(rev("a.py", "a", "b"), rev("b.py", "b", "a"), rev("c.py", "c")));
        assertTrue(g.inCycle(g.byPath("a.py")));
        assertTrue(g.inCycle(g.byPath("b.py")));
        assertFalse(g.inCycle(g.byPath("c.py")));
        assertEquals("c.py", g.order().get(0));
    }

    @Test
    void aLongChainNeedsNoDeepStack() {
        List<RevisionHeader> chain = new ArrayList<>();
        chain.add(rev("v/00000.py", "r0"));
        for (int i = 1; i < 5_000; i++) {
            chain.add(rev(String.format("v/%05d.py", i), "r" + i, "r" + (i - 1)));
        }
        RevisionGraph g = RevisionGraph.of(chain);
        assertEquals(Set.of("v/04999.py"), g.headsFrom(g.byPath("v/00000.py")));
        assertTrue(g.unmergedBranches().isEmpty());
        assertEquals(4_999, g.position("v/04999.py"));
    }
}
