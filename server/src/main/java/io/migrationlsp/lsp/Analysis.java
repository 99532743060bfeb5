package io.migrationlsp.lsp;

import io.migrationlsp.core.analysis.FileResult;
import io.migrationlsp.core.rules.Finding;
import java.util.List;

/**
 * The findings of one document version under one configuration generation. {@code result} is
 * null for files that are not SQL (the config file carries its config findings, other files none).
 */
record Analysis(Document document, Projects.Loaded project, long generation, FileResult result, List<Finding> findings) {
    String resultId() {
        return "v" + document.version() + "-g" + generation;
    }
}
