package io.migrationlsp.lsp;

import io.migrationlsp.core.analysis.Analyzer;
import io.migrationlsp.core.analysis.FileResult;
import io.migrationlsp.core.analysis.ManifestFindings;
import io.migrationlsp.core.analysis.WorkspaceView;
import io.migrationlsp.core.config.Config;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.rules.Finding;
import io.migrationlsp.core.text.TextSpan;
import io.migrationlsp.core.workspace.TablesPyModel;
import java.util.List;
import java.util.Locale;
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
    private final BooleanSupplier indexing;
    private final Map<String, Analysis> latest = new ConcurrentHashMap<>();

    /** {@code indexing}: whether the background indexer has projects still to index. */
    AnalysisCache(Analyzer analyzer, Projects projects, BooleanSupplier indexing) {
        this.analyzer = analyzer;
        this.projects = projects;
        this.indexing = indexing;
    }

    /**
     * The largest buffer the server analyses (about 25,000 lines of SQL). The server runs with a
     * small heap cap; a larger file would exhaust it and take the server down with it, so it gets
     * one information diagnostic instead and the CLI, which has no cap, checks it.
     */
    static final int MAX_ANALYSED_CHARS = 1_000_000;

    private static Finding tooLarge(Document doc, String rel) {
        return new Finding("file-too-large", Severity.INFORMATION, rel, new TextSpan(0, 0), String.format(Locale.ROOT,
                "This file has %,d characters; the editor checks files up to %,d. Run `migration-lsp check` on it "
                        + "(the CLI has no limit).", doc.text().length(), MAX_ANALYSED_CHARS), List.of());
    }

    /**
     * The analysis of exactly this document version under the current config; computed when missing.
     * When its history is still being indexed this waits for the index to get past the file.
     */
    Analysis get(Document doc, BooleanSupplier cancelled) {
        return get(doc, cancelled, false);
    }

    /**
     * Like {@link #get}, but a migration whose project is still being indexed gets a provisional
     * analysis at once instead of waiting: what diagnostics show while a large workspace is indexed.
     */
    Analysis current(Document doc, BooleanSupplier cancelled) {
        return get(doc, cancelled, true);
    }

    /** Whether a provisional analysis was handed out that the full one has not replaced yet. */
    boolean anyProvisional() {
        return latest.values().stream().anyMatch(Analysis::provisional);
    }

    private Analysis get(Document doc, BooleanSupplier cancelled, boolean provisionalAllowed) {
        long generation = projects.generation();
        Analysis cached = latest.get(doc.uri());
        if (cached != null && cached.document() == doc && cached.generation() == generation
                && (!cached.provisional() || provisionalAllowed && stillIndexing(cached.project()))) {
            return cached;
        }
        Analysis fresh = compute(doc, generation, cancelled, provisionalAllowed);
        latest.merge(doc.uri(), fresh, AnalysisCache::newer);
        if (fresh.provisional() && !stillIndexing(fresh.project())) {
            // Indexing ended while this was computed, perhaps after the indexer looked for provisional
            // analyses to replace: nobody would replace this one, so the full analysis now.
            return get(doc, cancelled, false);
        }
        return fresh;
    }

    /** Of two analyses of a document: the later version, and for the same version the full one. */
    private static Analysis newer(Analysis old, Analysis neu) {
        if (old.document().version() != neu.document().version()) {
            return old.document().version() > neu.document().version() ? old : neu;
        }
        return neu.provisional() && !old.provisional() ? old : neu;
    }

    private boolean stillIndexing(Projects.Loaded loaded) {
        return !loaded.index().indexed() && indexing.getAsBoolean();
    }

    void remove(String uri) {
        latest.remove(uri);
    }

    private Analysis compute(Document doc, long generation, BooleanSupplier cancelled, boolean provisionalAllowed) {
        Projects.Loaded loaded = projects.forDocument(doc);
        if (doc.fileName().equals(Config.FILE_NAME)) {
            return new Analysis(doc, loaded, generation, null, loaded.configFindings());
        }
        var project = loaded.project();
        if (loaded.isTablesPy(doc.path())) {
            // The index reads tables.py from this buffer (the editor's text overrides the disk).
            TablesPyModel tablesPy = loaded.index().tablesPy();
            if (tablesPy == null) {
                return new Analysis(doc, loaded, generation, null, List.of());
            }
            FileResult result = analyzer.analyzeTablesPy(tablesPy, project.config(), project.profile(), loaded.index(),
                    cancelled);
            return new Analysis(doc, loaded, generation, result, result.findings());
        }
        if (loaded.isManifest(doc.path())) {
            // The index reads the manifest from this buffer too; its problems are findings on it.
            return new Analysis(doc, loaded, generation, null, ManifestFindings.of(loaded.index().manifest()));
        }
        if (!doc.isSql() && !loaded.isRevision(doc.path())) {
            return new Analysis(doc, loaded, generation, null, List.of());
        }
        String rel = doc.path() != null ? loaded.relative(doc.path()) : null;
        if (doc.text().length() > MAX_ANALYSED_CHARS) {
            return new Analysis(doc, loaded, generation, null, List.of(tooLarge(doc, rel)));
        }
        if (rel != null && provisionalAllowed && stillIndexing(loaded)) {
            FileResult early = analyzer.analyzeBeforeIndexed(loaded.index().model(rel, doc.text()), project.config(),
                    project.profile(), cancelled);
            return new Analysis(doc, loaded, generation, early, early.findings(), true);
        }
        // Only files of the project see its history; others (untitled, outside the root) are checked alone.
        WorkspaceView view = rel != null ? loaded.index() : project;
        FileResult result = rel != null
                ? analyzer.analyze(loaded.index().model(rel, doc.text()), project.config(), project.profile(), view, cancelled)
                : analyzer.analyze(doc.fileName(), doc.text(), project.config(), project.profile(), view, cancelled);
        List<Finding> findings = result.findings();
        return new Analysis(doc, loaded, generation, result, findings);
    }
}
