package io.migrationlsp.core.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Run-length mapping answers every char as a per-char table would: plain runs, escapes, separators. */
class SourceMappedTextTest {
    @Test
    void everyCharMapsToTheRangeItWasAppendedWith() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            SourceMappedText mapped = new SourceMappedText();
            List<int[]> expected = new ArrayList<>();
            int source = random.nextInt(5);
            int n = random.nextInt(300);
            for (int k = 0; k < n; k++) {
                int start;
                int end;
                switch (random.nextInt(6)) {
                    case 0 -> { start = source; end = source + 2 + random.nextInt(4); source = end; }  // an escape
                    case 1 -> { start = source; end = source; }                                      // a separator
                    case 2 -> { source += 1 + random.nextInt(3); start = source; end = source + 1; source = end; } // a gap
                    case 3 -> { start = source; end = source + 1; }                                  // the same char again
                    default -> { start = source; end = source + 1; source = end; }                  // plain
                }
                mapped.append('x', start, end);
                expected.add(new int[] {start, end});
            }
            assertEquals(n, mapped.length());
            for (int k = 0; k < n; k++) {
                assertEquals(expected.get(k)[0], mapped.sourceStart(k), "start of " + k + " in round " + round);
                assertEquals(expected.get(k)[1], mapped.sourceEnd(k), "end of " + k + " in round " + round);
            }
        }
    }
}
