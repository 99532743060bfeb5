package io.migrationlsp.core.text;

import java.util.Arrays;

/**
 * Converts between char offsets and (line, column) positions. Columns are counted in UTF-16 code
 * units (Java chars, LSP's default) or, on request, in UTF-8 bytes or code points.
 */
public final class LineMap {
    public enum Encoding { UTF16, UTF8, UTF32 }

    public record Position(int line, int column) {}

    private final String text;
    private final int[] lineStarts;

    public LineMap(String text) {
        this.text = text;
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        // A char array, not text.charAt: cheaper on C1, which the server runs on (see Lexer).
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            boolean lineEnd = c == '\n' || (c == '\r' && (i + 1 >= chars.length || chars[i + 1] != '\n'));
            if (lineEnd) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    public int lineCount() {
        return lineStarts.length;
    }

    public int lineStart(int line) {
        return lineStarts[Math.max(0, Math.min(line, lineStarts.length - 1))];
    }

    /** Offset just past the last character of the line, before its line break. */
    public int lineEnd(int line) {
        int next = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length();
        int end = next;
        while (end > lineStart(line) && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }

    public int lineOf(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int idx = Arrays.binarySearch(lineStarts, clamped);
        return idx >= 0 ? idx : -idx - 2;
    }

    public Position position(int offset) {
        return position(offset, Encoding.UTF16);
    }

    public Position position(int offset, Encoding encoding) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int line = lineOf(clamped);
        int start = lineStarts[line];
        return new Position(line, columnWidth(start, clamped, encoding));
    }

    /** Offset of a (line, column) position, clamped into the document as LSP asks. */
    public int offset(int line, int column) {
        return offset(line, column, Encoding.UTF16);
    }

    public int offset(int line, int column, Encoding encoding) {
        if (line < 0) {
            return 0;
        }
        if (line >= lineStarts.length) {
            return text.length();
        }
        int start = lineStarts[line];
        int end = lineEnd(line);
        if (encoding == Encoding.UTF16) {
            return Math.min(start + Math.max(0, column), end);
        }
        int units = 0;
        int i = start;
        while (i < end && units < column) {
            int cp = text.codePointAt(i);
            units += encoding == Encoding.UTF8 ? utf8Length(cp) : 1;
            i += Character.charCount(cp);
        }
        return i;
    }

    private int columnWidth(int from, int to, Encoding encoding) {
        if (encoding == Encoding.UTF16) {
            return to - from;
        }
        int units = 0;
        int i = from;
        while (i < to) {
            int cp = text.codePointAt(i);
            units += encoding == Encoding.UTF8 ? utf8Length(cp) : 1;
            i += Character.charCount(cp);
        }
        return units;
    }

    private static int utf8Length(int cp) {
        if (cp < 0x80) return 1;
        if (cp < 0x800) return 2;
        if (cp < 0x10000) return 3;
        return 4;
    }
}
