package io.migrationlsp.core.text;

/**
 * Shares the text of tokens that repeat: keywords, punctuation, column and table names. A 5,000-file
 * workspace has over a million tokens but a few tens of thousands of distinct short texts, and the
 * index keeps every file's tokens, so one String per distinct text instead of one per token is
 * most of the index's heap.
 *
 * <p>A direct-mapped cache: a slot holds the last text that hashed to it. Threads race on slots by
 * design; a String is immutable (safely published through its final fields), so a reader sees
 * either a complete String, checked against the source before use, or a miss.
 */
final class TokenTexts {
    private static final int SLOTS = 1 << 16;
    /** Longer texts (comments, string literals) rarely repeat. */
    private static final int MAX_LENGTH = 48;
    private static final String[] CACHE = new String[SLOTS];

    private TokenTexts() {}

    static String of(String source, int start, int end) {
        return of(source, null, start, end);
    }

    /** The same, reading the chars from {@code chars} (the source's, when the caller has them) when not null. */
    static String of(String source, char[] chars, int start, int end) {
        int length = end - start;
        if (length > MAX_LENGTH) {
            return source.substring(start, end);
        }
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + (chars != null ? chars[i] : source.charAt(i));
        }
        int slot = (h ^ (h >>> 16)) & (SLOTS - 1);
        String cached = CACHE[slot];
        if (cached != null && cached.length() == length && matches(source, chars, start, cached)) {
            return cached;
        }
        String text = source.substring(start, end);
        CACHE[slot] = text;
        return text;
    }

    private static boolean matches(String source, char[] chars, int start, String cached) {
        if (chars == null) {
            return source.regionMatches(start, cached, 0, cached.length());
        }
        for (int k = 0; k < cached.length(); k++) {
            if (chars[start + k] != cached.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
