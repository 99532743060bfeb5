package io.migrationlsp.core.alembic;

import io.migrationlsp.core.text.TextSpan;

/** A revision id as written in a revision file: its value and the span of the string literal holding it. */
public record RevisionId(String value, TextSpan span) {}
