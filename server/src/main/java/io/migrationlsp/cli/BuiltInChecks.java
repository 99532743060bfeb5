package io.migrationlsp.cli;

import io.migrationlsp.core.analysis.ConfigFindings;
import io.migrationlsp.core.analysis.ManifestFindings;
import io.migrationlsp.core.config.Severity;
import java.util.List;

/**
 * Findings the CLI itself reports, outside the rule registry: they still need an id, a severity and a
 * summary so that SARIF can list them as rules and {@code --explain} can describe them.
 */
public final class BuiltInChecks {
    public static final String INVALID_ENCODING = "invalid-encoding";
    public static final String INTERNAL_ERROR = "internal-error";

    public static final List<RuleDescriptor> ALL = List.of(
            new RuleDescriptor(ConfigFindings.RULE_ID, Severity.ERROR,
                    "The configuration file .migration-lsp.json has a problem; the defaults are used instead", null),
            new RuleDescriptor(ManifestFindings.RULE_ID, Severity.ERROR,
                    "The schema manifest (docs/canon/DB_SCHEMA_MANIFEST.json) is malformed; the manifest rules skip what "
                            + "cannot be read", null),
            new RuleDescriptor(INVALID_ENCODING, Severity.WARNING,
                    "The file is not valid UTF-8; it was read as windows-1252", null),
            new RuleDescriptor(INTERNAL_ERROR, Severity.ERROR,
                    "migration-lsp failed while analysing the file; please report it", null));

    private BuiltInChecks() {}

    public static RuleDescriptor byId(String id) {
        for (RuleDescriptor d : ALL) {
            if (d.id().equals(id)) {
                return d;
            }
        }
        return null;
    }
}
