package io.migrationlsp.core.analysis;

import io.migrationlsp.core.rules.Finding;
import io.migrationlsp.core.workspace.manifest.SchemaManifest;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns problems in the schema manifest into findings on that file (rule id {@value #RULE_ID}), so
 * the CLI and the editor show them where they are while the migrations keep being checked.
 */
public final class ManifestFindings {
    public static final String RULE_ID = "invalid-manifest";

    private ManifestFindings() {}

    public static List<Finding> of(SchemaManifest manifest) {
        if (manifest == null) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (SchemaManifest.Problem p : manifest.problems()) {
            out.add(new Finding(RULE_ID, p.severity(), manifest.path(), p.span(), p.message(), List.of()));
        }
        return out;
    }
}
