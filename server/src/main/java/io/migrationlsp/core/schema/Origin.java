package io.migrationlsp.core.schema;

import io.migrationlsp.core.text.TextSpan;

/** Where something in the schema was defined: a workspace-relative file and a span in it. */
public record Origin(String path, TextSpan span) {}
