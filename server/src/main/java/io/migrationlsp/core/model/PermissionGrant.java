package io.migrationlsp.core.model;

import io.migrationlsp.core.text.TextSpan;

/**
 * One row of an insert into the role-permission table: the role looked up by name (null when the
 * row does not use the {@code (SELECT ID FROM PLATFORM.ROLES WHERE NAME = '...')} form) and the permission.
 */
public record PermissionGrant(String role, TextSpan roleSpan, String permission, TextSpan permissionSpan,
                              TextSpan rowSpan) {}
