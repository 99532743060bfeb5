package io.migrationlsp.core.text;

/** A half-open range of UTF-16 char offsets into a document: {@code [start, end)}. */
public record TextSpan(int start, int end) {
    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public static TextSpan of(int start, int end) {
        return new TextSpan(start, end);
    }

    public static TextSpan cover(TextSpan a, TextSpan b) {
        return new TextSpan(Math.min(a.start, b.start), Math.max(a.end, b.end));
    }

    public int length() {
        return end - start;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public boolean overlaps(TextSpan other) {
        return start < other.end && other.start < end || (length() == 0 && other.contains(start))
                || (other.length() == 0 && contains(other.start));
    }

    public boolean containsSpan(TextSpan other) {
        return other.start >= start && other.end <= end;
    }

    public String of(String text) {
        return text.substring(start, end);
    }
}
