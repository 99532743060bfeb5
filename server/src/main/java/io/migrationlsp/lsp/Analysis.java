package io.migrationlsp.lsp;

import io.migrationlsp.core.analysis.FileResult;
import io.migrationlsp.core.rules.Finding;
import java.util.List;

/**
 * The findings of one document version under one configuration generation. {@code result} is
 * null for files that are not SQL (the config file carries its config findings, other files none).
 * A {@code provisional} analysis was made while the project's history was still being indexed: it
 * has only the findings that do not depend on the rest of the workspace.
 */
record Analysis(Document document, Projects.Loaded project, long generation, FileResult result, List<Finding> findings,
                boolean provisional) {
    Analysis(Document document, Projects.Loaded project, long generation, FileResult result, List<Finding> findings) {
        this(document, project, generation, result, findings, false);
    }

    String resultId() {
        return "v" + document.version() + "-g" + generation + (provisional ? "-p" : "");
    }
}
