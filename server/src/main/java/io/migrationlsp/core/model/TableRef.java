package io.migrationlsp.core.model;

/** A place where a statement names a table, and how. */
public record TableRef(QualifiedName name, Role role) {
    public enum Role { TARGET, SOURCE, REFERENCE }
}
