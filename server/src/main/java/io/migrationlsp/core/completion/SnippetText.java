package io.migrationlsp.core.completion;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a text in LSP snippet syntax and, at the same time, the plain text the snippet gives when
 * every placeholder keeps its default: the fallback for clients without snippet support.
 */
final class SnippetText {
    private final StringBuilder snippet = new StringBuilder();
    private final StringBuilder plain = new StringBuilder();
    private final Map<Integer, String> defaults = new HashMap<>();

    SnippetText text(String s) {
        snippet.append(escape(s, "$\\"));
        plain.append(s);
        return this;
    }

    SnippetText placeholder(int n, String value) {
        snippet.append("${").append(n).append(':').append(escape(value, "$}\\")).append('}');
        return remember(n, value);
    }

    /** {@code ${n|a,b|}}: the first option is the default. */
    SnippetText choice(int n, List<String> options) {
        if (options.size() < 2) {
            return placeholder(n, options.isEmpty() ? "" : options.get(0));
        }
        snippet.append("${").append(n).append('|');
        for (int i = 0; i < options.size(); i++) {
            snippet.append(i == 0 ? "" : ",").append(escape(options.get(i), "$}\\,|"));
        }
        snippet.append("|}");
        return remember(n, options.get(0));
    }

    /** The same tab stop again: it mirrors what the user types or chooses at the first one. */
    SnippetText mirror(int n) {
        snippet.append("${").append(n).append('}');
        plain.append(defaults.getOrDefault(n, ""));
        return this;
    }

    SnippetText end() {
        snippet.append("$0");
        return this;
    }

    String snippet() {
        return snippet.toString();
    }

    String plain() {
        return plain.toString();
    }

    private SnippetText remember(int n, String value) {
        defaults.put(n, value);
        plain.append(value);
        return this;
    }

    private static String escape(String s, String special) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (special.indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
