package io.migrationlsp.core.schema;

/** A row level security policy of a table: its name, the {@code CREATE POLICY} that made it, and where. */
public record PolicyInfo(String name, String definition, Origin origin) {}
