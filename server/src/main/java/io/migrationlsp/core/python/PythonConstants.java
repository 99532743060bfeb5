package io.migrationlsp.core.python;

/** The two enums of {@code app/role/constants.py} the conventions care about. */
public record PythonConstants(PythonEnumClass roles, PythonEnumClass permissions) {}
