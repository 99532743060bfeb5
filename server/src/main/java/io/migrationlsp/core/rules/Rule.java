package io.migrationlsp.core.rules;

/** A convention check. Implementations are stateless; one class per rule id. */
public interface Rule {
    RuleMeta meta();

    void check(RuleContext ctx);
}
