package io.migrationlsp.core.workspace.layout;

/** The leading number of a migration file name ({@code 001_x.sql}, {@code 20240101120000_x.sql}). */
final class NumberedName {
    private NumberedName() {}

    /** The digits before the first {@code _}, or -1 when the name does not start with {@code digits_}. */
    static long leadingNumber(String fileName) {
        int underscore = fileName.indexOf('_');
        if (underscore <= 0 || underscore > 18) {
            return -1;
        }
        for (int i = 0; i < underscore; i++) {
            char c = fileName.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
        }
        return Long.parseLong(fileName.substring(0, underscore));
    }
}
