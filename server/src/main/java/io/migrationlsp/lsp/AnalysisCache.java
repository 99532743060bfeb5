package io.migrationlsp.lsp;

import io.migrationlsp.core.analysis.Analyzer;
import io.migrationlsp.core.analysis.FileResult;
import io.migrationlsp.core.config.Config;
import io.migrationlsp.core.rules.Finding;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/**
 * The latest analysis of each open document. Pull requests, code actions and hovers ask for the
 * analysis of the version they were made against; it is computed once and shared.
 */
final class AnalysisCache {
    private final Analyzer analyzer;
    private final Projects projects;
    private final Map<String, Analysis> latest = new ConcurrentHashMap<>();

    AnalysisCache(Analyzer analyzer, Projects projects) {
        this.analyzer = analyzer;
        this.projects = projects;
    }

    /** The analysis of exactly this document version under the current config; computed when missing. */
    Analysis get(Document doc, BooleanSupplier cancelled) {
        long generation = projects.generation();
        Analysis cached = latest.get(doc.uri());
        if (cached != null && cached.document() == doc && cached.generation() == generation) {
            return cached;
        }
        Analysis fresh = compute(doc, generation, cancelled);
        latest.merge(doc.uri(), fresh, (old, neu) -> old.document().version() > neu.document().version() ? old : neu);
        return fresh;
    }

    void remove(String uri) {
        latest.remove(uri);
    }

    private Analysis compute(Document doc, long generation, BooleanSupplier cancelled) {
        Projects.Loaded loaded = projects.forDocument(doc);
        if (doc.fileName().equals(Config.FILE_NAME)) {
            return new Analysis(doc, loaded, generation, null, loaded.configFindings());
        }
        if (!doc.isSql()) {
            return new Analysis(doc, loaded, generation, null, List.of());
        }
        var project = loaded.project();
        String rel = doc.path() != null ? project.relative(doc.path()) : doc.fileName();
        FileResult result = analyzer.analyze(rel, doc.text(), project.config(), project.profile(), project, cancelled);
        List<Finding> findings = result.findings();
        return new Analysis(doc, loaded, generation, result, findings);
    }
}
