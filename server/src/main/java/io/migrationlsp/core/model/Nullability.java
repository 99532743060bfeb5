package io.migrationlsp.core.model;

public enum Nullability { NULL, NOT_NULL, UNSPECIFIED }
