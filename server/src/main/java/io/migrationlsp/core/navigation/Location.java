package io.migrationlsp.core.navigation;

import io.migrationlsp.core.text.TextSpan;

/** A place in a workspace file: its path as {@link SourceView#path()} and a span in the file's own text. */
public record Location(String path, TextSpan span) {}
