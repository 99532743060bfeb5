package io.migrationlsp.core.navigation;

import io.migrationlsp.core.text.TextSpan;

/** Markdown about the symbol under the cursor and the span (in the file's own text) it describes. */
public record HoverText(String markdown, TextSpan span) {}
