package io.migrationlsp.cli;

import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.rules.RuleDocs;
import io.migrationlsp.core.rules.RuleMeta;

/** What the reports say about a rule: its id, default severity, one-line summary and Markdown doc (or null). */
public record RuleDescriptor(String id, Severity defaultSeverity, String summary, String doc) {
    public static RuleDescriptor of(RuleMeta meta) {
        return new RuleDescriptor(meta.id(), meta.severity(), meta.summary(), RuleDocs.load(meta));
    }
}
