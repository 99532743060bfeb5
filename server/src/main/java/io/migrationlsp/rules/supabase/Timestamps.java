package io.migrationlsp.rules.supabase;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.regex.Pattern;

/** {@code YYYYMMDDHHMMSS} migration timestamps: validity, the next free one, names built from them. */
final class Timestamps {
    static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    static final Pattern NAME = Pattern.compile("(\\d{14})_([a-z0-9]+(?:_[a-z0-9]+)*)\\.sql");

    private Timestamps() {}

    /** Why 14 digits are no real date and time (e.g. "month 13"), or null when they are one. */
    static String invalidReason(String digits) {
        int year = Integer.parseInt(digits.substring(0, 4));
        int month = Integer.parseInt(digits.substring(4, 6));
        int day = Integer.parseInt(digits.substring(6, 8));
        int hour = Integer.parseInt(digits.substring(8, 10));
        int minute = Integer.parseInt(digits.substring(10, 12));
        int second = Integer.parseInt(digits.substring(12, 14));
        if (year < 1970) {
            return "year " + year;
        }
        if (month < 1 || month > 12) {
            return "month " + digits.substring(4, 6);
        }
        if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return "day " + digits.substring(6, 8) + " of " + YearMonth.of(year, month);
        }
        if (hour > 23) {
            return "hour " + digits.substring(8, 10);
        }
        if (minute > 59) {
            return "minute " + digits.substring(10, 12);
        }
        if (second > 59) {
            return "second " + digits.substring(12, 14);
        }
        return null;
    }

    static LocalDateTime parse(String digits) {
        return invalidReason(digits) == null ? LocalDateTime.parse(digits, FORMAT) : null;
    }

    /** The first free timestamp after {@code after} (one second on, skipping those in use). */
    static String nextFree(LocalDateTime after, Collection<Long> used) {
        LocalDateTime t = after.plusSeconds(1);
        while (used.contains(Long.parseLong(t.format(FORMAT)))) {
            t = t.plusSeconds(1);
        }
        return t.format(FORMAT);
    }

    /** A timestamp for a new name: now (UTC, as {@code supabase migration new}), but after every one in use. */
    static String fresh(Collection<Long> used) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
        LocalDateTime newest = null;
        for (long v : used) {
            LocalDateTime t = v >= 10_000_000_000_000L && v <= 99_999_999_999_999L ? parse(Long.toString(v)) : null;
            if (t != null && (newest == null || t.isAfter(newest))) {
                newest = t;
            }
        }
        LocalDateTime after = newest != null && !newest.isBefore(now) ? newest : now.minusSeconds(1);
        return nextFree(after, used);
    }

    /** {@code Add-Users.SQL} → {@code add_users}; empty when nothing usable is left. */
    static String description(String raw) {
        String d = raw.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        return d;
    }

    /** A file name taken apart: its leading digits (date parts may be split by {@code - _ .}) and the rest, normalised. */
    record Parts(String digits, String description) {}

    static Parts split(String fileName) {
        String base = fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".sql")
                ? fileName.substring(0, fileName.length() - 4) : fileName;
        StringBuilder digits = new StringBuilder();
        int i = 0;
        while (i < base.length()) {
            char c = base.charAt(i);
            if (Character.isDigit(c)) {
                digits.append(c);
                i++;
            } else if ("-_. ".indexOf(c) >= 0 && digits.length() > 0 && digits.length() < 14 && i + 1 < base.length()
                    && Character.isDigit(base.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return new Parts(digits.toString(), description(base.substring(i)));
    }
}
