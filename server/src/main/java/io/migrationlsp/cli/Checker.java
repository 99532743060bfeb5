package io.migrationlsp.cli;

import io.migrationlsp.core.analysis.Analyzer;
import io.migrationlsp.core.analysis.ConfigFindings;
import io.migrationlsp.core.analysis.ManifestFindings;
import io.migrationlsp.core.analysis.ParseAhead;
import io.migrationlsp.core.analysis.SqlValidator;
import io.migrationlsp.core.config.Config;
import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.rules.Finding;
import io.migrationlsp.core.rules.Fix;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.text.LineMap;
import io.migrationlsp.core.text.TextSpan;
import io.migrationlsp.core.workspace.Project;
import io.migrationlsp.core.workspace.TablesPyModel;
import io.migrationlsp.core.workspace.WorkspaceIndex;
import io.migrationlsp.core.workspace.manifest.SchemaManifest;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Runs the shared analysis over the selected files and turns its findings into a {@link Report}. */
final class Checker {
    private static final Comparator<ReportEntry> ORDER = Comparator.comparing(ReportEntry::displayPath)
            .thenComparingInt(ReportEntry::line).thenComparingInt(ReportEntry::column)
            .thenComparingInt(ReportEntry::endLine).thenComparingInt(ReportEntry::endColumn)
            .thenComparing(ReportEntry::ruleId).thenComparing(ReportEntry::message);

    private final Function<Profile, List<Rule>> rules;
    private final DisplayPaths display;
    /** Texts of files findings point into, so positions are computed on the same text the rules saw. */
    private final Map<Path, String> texts = new HashMap<>();
    /** Per file: its line map and paths, made once, not once per finding (thousands in a large check). */
    private final Map<Path, Located> located = new HashMap<>();

    private record Located(Project project, String text, LineMap lines, String display, String relative) {}

    Checker(Function<Profile, List<Rule>> rules, DisplayPaths display) {
        this.rules = rules;
        this.display = display;
    }

    Report check(List<FileSelection.Workspace> workspaces, Path configFile) throws UsageException {
        Set<ReportEntry> entries = new LinkedHashSet<>();
        Set<Path> configsReported = new HashSet<>();
        int files = 0;
        try (SqlValidator validator = new SqlValidator(2000)) {
            Analyzer analyzer = new Analyzer(rules, validator);
            for (FileSelection.Workspace ws : workspaces) {
                Project project = ws.project();
                Path config = configFile != null ? configFile : project.root().resolve(Config.FILE_NAME);
                if (configsReported.add(config)) {
                    entries.addAll(configEntries(project, config));
                }
                WorkspaceIndex index = new WorkspaceIndex(project, analyzer, WorkspaceIndex.RETAIN_ALL);
                index.build(() -> false, replayed -> { });
                entries.addAll(manifestEntries(project, index));
                Set<String> checked = new HashSet<>();
                List<String> paths = ws.files().stream().map(project::relative).toList();
                try (ParseAhead ahead = ParseAhead.start(analyzer, paths, index::file, project.config(),
                        project.profile())) {
                    for (int i = 0; i < paths.size(); i++) {
                        checked.add(paths.get(i));
                        entries.addAll(checkFile(analyzer, index, ws.files().get(i)));
                        files++;
                        ahead.reached(i + 1);
                    }
                }
                // Checking the whole history checks tables.py too: its findings compare it with that history.
                String tablesPy = project.config().tablesPy();
                if (!checked.contains(tablesPy) && checked.containsAll(project.migrationPaths())
                        && !project.migrationPaths().isEmpty() && Files.isRegularFile(project.resolve(tablesPy))) {
                    entries.addAll(checkFile(analyzer, index, project.resolve(tablesPy)));
                    files++;
                }
            }
        }
        List<ReportEntry> sorted = new ArrayList<>(entries);
        sorted.sort(ORDER);
        List<Path> roots = workspaces.stream().map(w -> w.project().root()).toList();
        return new Report(List.copyOf(sorted), files, roots, rulesInvolved(workspaces, sorted));
    }

    private List<ReportEntry> configEntries(Project project, Path config) throws UsageException {
        if (project.config().problems().isEmpty()) {
            return List.of();
        }
        String text = Files.isRegularFile(config) ? read(config).text() : "";
        texts.put(config, text);
        List<ReportEntry> result = new ArrayList<>();
        for (Finding f : ConfigFindings.of(project.config(), text)) {
            result.add(entry(project, config, f));
        }
        return result;
    }

    /** A supabase project's schema manifest: its problems are reported on it, whatever files were selected. */
    private List<ReportEntry> manifestEntries(Project project, WorkspaceIndex index) throws UsageException {
        if (project.profile() != Profile.SUPABASE) {
            return List.of();
        }
        SchemaManifest manifest = index.manifest();
        if (manifest == null || manifest.problems().isEmpty()) {
            return List.of();
        }
        Path file = project.resolve(manifest.path());
        texts.put(file, manifest.text());
        List<ReportEntry> result = new ArrayList<>();
        for (Finding f : ManifestFindings.of(manifest)) {
            result.add(entry(project, file, f));
        }
        return result;
    }

    private List<ReportEntry> checkFile(Analyzer analyzer, WorkspaceIndex index, Path file) throws UsageException {
        Project project = index.project();
        SourceText source = read(file);
        texts.put(file, source.text());
        String relative = project.relative(file);
        List<ReportEntry> result = new ArrayList<>();
        if (source.fellBack()) {
            result.add(entry(project, file, new Finding(BuiltInChecks.INVALID_ENCODING, Severity.WARNING, relative,
                    new TextSpan(0, 0), "The file is not valid UTF-8; it was read as windows-1252. Save it as UTF-8.",
                    List.of())));
        }
        List<Finding> findings;
        try {
            if (relative.equals(project.config().tablesPy())) {
                TablesPyModel tp = index.tablesPy();
                findings = tp == null ? List.of()
                        : analyzer.analyzeTablesPy(tp, project.config(), project.profile(), index, () -> false).findings();
            } else {
                // The index modelled every migration already (warm): the same text is not modelled twice.
                findings = analyzer.analyze(index.model(relative, source.text()), project.config(), project.profile(),
                        index, () -> false).findings();
            }
        } catch (RuntimeException | StackOverflowError e) {
            // One file the engine cannot handle must not hide the findings of the others.
            result.add(entry(project, file, new Finding(BuiltInChecks.INTERNAL_ERROR, Severity.ERROR, relative,
                    new TextSpan(0, 0), "migration-lsp failed on this file (" + e + "); please report it.", List.of())));
            return result;
        }
        for (Finding f : findings) {
            // A rule may point into another file of the workspace (tables.py, constants.py).
            Path target = f.path() == null || f.path().equals(relative) ? file : project.resolve(f.path());
            result.add(entry(project, target, f));
        }
        return result;
    }

    private ReportEntry entry(Project project, Path file, Finding f) throws UsageException {
        String text = texts.get(file);
        if (text == null) {
            text = Files.isRegularFile(file) ? read(file).text() : "";
            texts.put(file, text);
        }
        Located at = located.get(file);
        if (at == null || at.text() != text || at.project() != project) {
            at = new Located(project, text, new LineMap(text), display.of(file), project.relative(file));
            located.put(file, at);
        }
        LineMap.Position start = at.lines().position(f.span().start());
        LineMap.Position end = at.lines().position(f.span().end());
        List<String> fixTitles = f.fixes().stream().map(Fix::title).toList();
        return new ReportEntry(at.display(), project.root(), at.relative(), f.ruleId(), f.severity(),
                start.line() + 1, start.column() + 1, end.line() + 1, end.column() + 1, f.message(), fixTitles);
    }

    private List<RuleDescriptor> rulesInvolved(List<FileSelection.Workspace> workspaces, List<ReportEntry> entries) {
        Set<Profile> profiles = EnumSet.noneOf(Profile.class);
        workspaces.forEach(w -> profiles.add(w.project().profile()));
        // Keyed by id: SARIF results point at a rule by id, so one descriptor per id.
        Map<String, RuleDescriptor> byId = new LinkedHashMap<>();
        for (Profile p : profiles) {
            for (Rule r : rules.apply(p)) {
                byId.putIfAbsent(r.meta().id(), RuleDescriptor.of(r.meta()));
            }
        }
        for (RuleDescriptor d : BuiltInChecks.ALL) {
            // Only supabase projects have a schema manifest to find problems in.
            if (!d.id().equals(ManifestFindings.RULE_ID) || profiles.contains(Profile.SUPABASE)) {
                byId.putIfAbsent(d.id(), d);
            }
        }
        // A finding whose id no registry lists (the engine's own) still needs a descriptor for SARIF.
        for (ReportEntry e : entries) {
            byId.putIfAbsent(e.ruleId(), new RuleDescriptor(e.ruleId(), e.severity(), e.ruleId(), null));
        }
        return List.copyOf(byId.values());
    }

    private SourceText read(Path file) throws UsageException {
        try {
            return SourceText.read(file);
        } catch (AccessDeniedException e) {
            throw new UsageException("cannot read " + display.of(file) + ": permission denied");
        } catch (IOException e) {
            // NIO messages repeat the path; the reason, or else the exception's type, is the useful part.
            String reason = e instanceof FileSystemException fse
                    ? (fse.getReason() != null ? fse.getReason() : e.getClass().getSimpleName())
                    : String.valueOf(e.getMessage());
            throw new UsageException("cannot read " + display.of(file) + ": " + reason);
        }
    }
}
