package io.migrationlsp.core.workspace;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The platform naming scheme {@code YYYY_N_SEQ_REV.sql}: parsing and the next free name. */
public final class MigrationNames {
    private static final Pattern NAME = Pattern.compile("(\\d{4})_(\\d+)_(\\d+)_(\\d+)\\.sql");

    public record Name(int year, int major, int seq, int rev) {}

    private MigrationNames() {}

    public static Name parse(String fileName) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            return null;
        }
        try {
            return new Name(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The next file name: this year, the major version of the newest migration, and a SEQ one past
     * the highest anywhere (the archive included, since SEQ increments globally).
     */
    public static String nextFree(List<String> paths, int year) {
        int maxSeq = 0;
        int major = 1;
        for (String p : paths) {
            Name n = parse(p.substring(p.lastIndexOf('/') + 1));
            if (n != null && n.seq() >= maxSeq) {
                maxSeq = n.seq();
                major = n.major();
            }
        }
        return year + "_" + major + "_" + (maxSeq + 1) + "_1.sql";
    }
}
