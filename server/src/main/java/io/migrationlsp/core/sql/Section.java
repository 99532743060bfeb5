package io.migrationlsp.core.sql;

/** Which section header a statement stands under. */
public enum Section { NONE, PLATFORM, TENANT }
