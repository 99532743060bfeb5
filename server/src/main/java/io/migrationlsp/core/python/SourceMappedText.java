package io.migrationlsp.core.python;

import java.util.Arrays;

/**
 * Text built from pieces of a source file, remembering for each char the source range it came
 * from: one char for a plain char, the whole escape sequence for a decoded escape, an empty range
 * for a char that has no source (a separator).
 *
 * <p>Kept as runs, not per char: a run of plain chars copied one for one from consecutive source
 * chars is one entry, an escape or a separator an entry of its own. The tables.py of a 5,000-file
 * workspace holds nearly two million chars of SQL, whose two ints per char were 16 MB of the
 * server's heap; its runs are one per literal and escape.
 */
final class SourceMappedText {
    private final StringBuilder text = new StringBuilder();
    /** Run r covers chars {@code runText[r]} up to the next run's; from source {@code runSource[r]}. */
    private int[] runText = new int[16];
    private int[] runSource = new int[16];
    /** The source end of a run's only char, or -1 for a plain run (char k ends at its start + 1). */
    private int[] runEnd = new int[16];
    private int runs;

    void append(char c, int start, int end) {
        int i = text.length();
        text.append(c);
        boolean plain = end == start + 1;
        if (plain && runs > 0 && runEnd[runs - 1] < 0 && runSource[runs - 1] + (i - runText[runs - 1]) == start) {
            return;
        }
        if (runs == runText.length) {
            runText = Arrays.copyOf(runText, runs * 2);
            runSource = Arrays.copyOf(runSource, runs * 2);
            runEnd = Arrays.copyOf(runEnd, runs * 2);
        }
        runText[runs] = i;
        runSource[runs] = start;
        runEnd[runs] = plain ? -1 : end;
        runs++;
    }

    int length() {
        return text.length();
    }

    String text() {
        return text.toString();
    }

    int sourceStart(int index) {
        int r = runOf(index);
        return runSource[r] + (runEnd[r] < 0 ? index - runText[r] : 0);
    }

    int sourceEnd(int index) {
        int r = runOf(index);
        return runEnd[r] < 0 ? runSource[r] + (index - runText[r]) + 1 : runEnd[r];
    }

    /** The run holding char {@code index} (the last run starting at or before it). */
    private int runOf(int index) {
        if (index < 0 || index >= text.length()) {
            throw new IndexOutOfBoundsException(index);
        }
        int lo = 0;
        int hi = runs - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (runText[mid] <= index) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
