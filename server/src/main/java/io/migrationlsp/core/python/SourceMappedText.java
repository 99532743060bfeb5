package io.migrationlsp.core.python;

import java.util.Arrays;

/**
 * Text built from pieces of a source file, remembering for each char the source range it came
 * from: one char for a plain char, the whole escape sequence for a decoded escape, an empty range
 * for a char that has no source (a separator).
 */
final class SourceMappedText {
    private final StringBuilder text = new StringBuilder();
    private int[] sourceStart = new int[64];
    private int[] sourceEnd = new int[64];

    void append(char c, int start, int end) {
        int i = text.length();
        if (i == sourceStart.length) {
            sourceStart = Arrays.copyOf(sourceStart, i * 2);
            sourceEnd = Arrays.copyOf(sourceEnd, i * 2);
        }
        text.append(c);
        sourceStart[i] = start;
        sourceEnd[i] = end;
    }

    int length() {
        return text.length();
    }

    String text() {
        return text.toString();
    }

    int sourceStart(int index) {
        return sourceStart[index];
    }

    int sourceEnd(int index) {
        return sourceEnd[index];
    }
}
