package io.migrationlsp.core.config;

/** Something wrong in {@code .migration-lsp.json}: where (0-based line/column, or -1) and what. */
public record ConfigProblem(int line, int column, String message) {}
