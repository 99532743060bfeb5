package io.migrationlsp.core.navigation;

/** A place a symbol is written; {@code declaration} for a CREATE TABLE's name or a column's definition. */
public record Occurrence(Symbol symbol, boolean declaration) {}
