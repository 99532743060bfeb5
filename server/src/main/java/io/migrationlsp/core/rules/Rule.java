package io.migrationlsp.core.rules;

/** A convention check. Implementations are stateless; one class per rule id. */
public interface Rule {
    RuleMeta meta();

    void check(RuleContext ctx);

    /** Which files the rule looks at. */
    default Applies applies() {
        return Applies.MIGRATIONS;
    }

    /**
     * Whether the rule only has something to say with its workspace around the file (history,
     * tables.py, constants.py): checked alone, the file gives it nothing to look at. Its doc
     * examples and fixtures are then run inside a workspace.
     */
    default boolean needsWorkspace() {
        return false;
    }

    /**
     * Whether the rule asks JSqlParser about statements ({@link RuleContext#validator()}). Its verdicts
     * are cached by statement text, so a check of many files works them out ahead on a second core.
     */
    default boolean parses() {
        return false;
    }

    enum Applies {
        /** Migrations outside the frozen archive. */
        MIGRATIONS,
        /** Every migration, the archive included (only location checks). */
        ALL_MIGRATIONS,
        /** The SQL inside {@code app/tenant/tables.py}; findings are mapped back into the Python file. */
        TABLES_PY
    }
}
