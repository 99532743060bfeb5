package io.migrationlsp.core.model;

import java.util.List;
import java.util.Locale;

/**
 * Where a statement sits inside the PL/pgSQL body of a {@code DO $$ ... $$} block: the {@code IF}
 * conditions around it, outermost first ({@code ELSE} branches carry their {@code IF}'s condition
 * with the kind inverted), and the error conditions an {@code EXCEPTION WHEN ...} handler of an
 * enclosing {@code BEGIN ... END} catches ({@code duplicate_object}, lower-case).
 */
public record DoContext(List<Guard> guards, List<String> handledErrors) {

    /** Whether an enclosing {@code IF NOT EXISTS (...)} condition reads one of these catalogs. */
    public boolean notExistsIn(String... catalogs) {
        for (Guard g : guards) {
            if (g.kind() == Guard.Kind.IF_NOT_EXISTS && mentions(g.conditionText(), catalogs)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an enclosing condition tests existence at all ({@code IF [NOT] EXISTS (...)}). */
    public boolean existenceChecked() {
        return guards.stream().anyMatch(g -> g.kind() != Guard.Kind.OTHER);
    }

    /** Whether an enclosing exception handler catches one of these conditions (or {@code OTHERS}). */
    public boolean handles(String... conditions) {
        for (String handled : handledErrors) {
            if (handled.equals("others")) {
                return true;
            }
            for (String c : conditions) {
                if (handled.equals(c)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean mentions(String condition, String... catalogs) {
        String lower = condition.toLowerCase(Locale.ROOT).replace("\"", "");
        for (String c : catalogs) {
            int at = lower.indexOf(c);
            while (at >= 0) {
                int end = at + c.length();
                boolean startOk = at == 0 || !isWordChar(lower.charAt(at - 1));
                boolean endOk = end == lower.length() || !isWordChar(lower.charAt(end));
                if (startOk && endOk) {
                    return true;
                }
                at = lower.indexOf(c, at + 1);
            }
        }
        return false;
    }

    private static boolean isWordChar(char ch) {
        return Character.isLetterOrDigit(ch) || ch == '_';
    }
}
