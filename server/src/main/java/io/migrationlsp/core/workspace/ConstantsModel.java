package io.migrationlsp.core.workspace;

import io.migrationlsp.core.text.TextSpan;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code app/role/constants.py} as read (never run): the values of {@code BuiltInSystemRoles} and
 * {@code BuiltInPermissions}, and where a new permission member line can be inserted.
 */
public record ConstantsModel(String path, String text, List<Member> roles, List<Member> permissions,
                             int permissionInsertOffset, String permissionIndent, Set<String> roleKeys,
                             Set<String> permissionKeys) {

    /**
     * The member values are also kept case-folded in sets: every grant of every analysed file asks
     * whether constants.py has it, and a scan of thousands of members per grant was a tenth of a
     * keystroke's analysis in a large workspace.
     */
    public ConstantsModel(String path, String text, List<Member> roles, List<Member> permissions,
                          int permissionInsertOffset, String permissionIndent) {
        this(path, text, roles, permissions, permissionInsertOffset, permissionIndent, keys(roles), keys(permissions));
    }

    /** An enum member: {@code NAME = "value"}; {@code valueSpan} is the string content in the Python file. */
    public record Member(String name, String value, TextSpan valueSpan) {}

    public boolean hasRole(String role) {
        return role != null && roleKeys.contains(fold(role));
    }

    public boolean hasPermission(String permission) {
        return permission != null && permissionKeys.contains(fold(permission));
    }

    private static Set<String> keys(List<Member> members) {
        Set<String> keys = new HashSet<>();
        for (Member m : members) {
            if (m.value() != null) {
                keys.add(fold(m.value()));
            }
        }
        return Set.copyOf(keys);
    }

    /** Folds case char by char as {@link String#equalsIgnoreCase} compares: equal folds, equal ignoring case. */
    private static String fold(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(Character.toUpperCase(chars[i]));
        }
        return new String(chars);
    }

    /** The member name the enum would use for a permission: {@code PAYMENT.VIEW} → {@code PAYMENT_VIEW}. */
    public static String memberName(String permission) {
        String n = permission.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
        return n.isEmpty() || Character.isDigit(n.charAt(0)) ? "P_" + n : n;
    }
}
