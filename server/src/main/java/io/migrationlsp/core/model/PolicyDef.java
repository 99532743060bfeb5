package io.migrationlsp.core.model;

import io.migrationlsp.core.text.TextSpan;

/**
 * {@code CREATE POLICY name ON table ...} or {@code DROP POLICY [IF EXISTS] name ON table}: the
 * policy's name and the table it guards ({@code table} null when the statement stops early).
 */
public record PolicyDef(Ident name, QualifiedName table, TextSpan span) {}
