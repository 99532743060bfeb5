package io.migrationlsp.core.workspace;

import io.migrationlsp.core.text.TextSpan;
import java.util.List;
import java.util.Locale;

/**
 * {@code app/role/constants.py} as read (never run): the values of {@code BuiltInSystemRoles} and
 * {@code BuiltInPermissions}, and where a new permission member line can be inserted.
 */
public record ConstantsModel(String path, String text, List<Member> roles, List<Member> permissions,
                             int permissionInsertOffset, String permissionIndent) {

    /** An enum member: {@code NAME = "value"}; {@code valueSpan} is the string content in the Python file. */
    public record Member(String name, String value, TextSpan valueSpan) {}

    public boolean hasRole(String role) {
        return roles.stream().anyMatch(m -> m.value() != null && m.value().equalsIgnoreCase(role));
    }

    public boolean hasPermission(String permission) {
        return permissions.stream().anyMatch(m -> m.value() != null && m.value().equalsIgnoreCase(permission));
    }

    /** The member name the enum would use for a permission: {@code PAYMENT.VIEW} → {@code PAYMENT_VIEW}. */
    public static String memberName(String permission) {
        String n = permission.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
        return n.isEmpty() || Character.isDigit(n.charAt(0)) ? "P_" + n : n;
    }
}
