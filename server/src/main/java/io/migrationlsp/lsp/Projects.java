package io.migrationlsp.lsp;

import com.google.gson.JsonObject;
import io.migrationlsp.core.alembic.RevisionReader;
import io.migrationlsp.core.analysis.Analyzer;
import io.migrationlsp.core.analysis.ConfigFindings;
import io.migrationlsp.core.config.Config;
import io.migrationlsp.core.config.ConfigLoader;
import io.migrationlsp.core.config.ConfigProblem;
import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.rules.Finding;
import io.migrationlsp.core.workspace.Project;
import io.migrationlsp.core.workspace.WorkspaceIndex;
import io.migrationlsp.core.workspace.layout.Layouts;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The projects (workspace roots with their config) the open files belong to. Each is the config
 * file (the editor's unsaved text when it is open) with the editor settings laid over it, the
 * same loader the CLI uses. Each has its own {@link WorkspaceIndex} (the cross-file view every
 * analysis gets), made afresh with the project whenever its config changes.
 * {@link #generation()} changes whenever the config or any workspace file changes, which is how
 * cached analyses know they are out of date; {@link #configGeneration()} only with the config.
 */
final class Projects {
    /** A project, the problems of its own config file (published on that file) and its workspace index. */
    record Loaded(Project project, List<Finding> configFindings, WorkspaceIndex index) {
        Path configFile() {
            return project.root().resolve(Config.FILE_NAME);
        }

        /** Workspace-relative path of a file under this project's root, else null. */
        String relative(Path file) {
            Path abs = file.toAbsolutePath().normalize();
            return abs.startsWith(project.root()) ? project.relative(abs) : null;
        }

        /** A file whose text the cross-file rules read: a migration, tables.py or constants.py. */
        boolean isWorkspaceFile(String rel) {
            Config c = project.config();
            return rel != null && (rel.equals(c.tablesPy()) || rel.equals(c.constantsPy()) || rel.equals(c.manifest())
                    || project.isMigrationPath(rel));
        }

        boolean isTablesPy(Path file) {
            return file != null && project.config().tablesPy().equals(relative(file));
        }

        /** An Alembic revision of this project: a .py file in its versions folder, linted like a migration. */
        boolean isRevision(Path file) {
            String rel = file == null ? null : relative(file);
            return rel != null && RevisionReader.isRevisionPath(rel, project.profile()) && project.isMigrationPath(rel);
        }

        /** The schema manifest of a supabase project: it gets findings of its own. */
        boolean isManifest(Path file) {
            return file != null && project.profile() == Profile.SUPABASE && project.config().manifest().equals(relative(file));
        }

        /** Whether a document gets diagnostics: SQL, tables.py, the schema manifest, an Alembic revision (other Python files are not its business). */
        boolean hasDiagnostics(Document d) {
            return d.isSql() || isTablesPy(d.path()) || isManifest(d.path()) || isRevision(d.path());
        }
    }

    private final DocumentStore documents;
    private final Analyzer analyzer;
    private final Consumer<String> warn;
    private final Map<Path, Loaded> byRoot = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong configGeneration = new AtomicLong();
    private volatile Path workspaceRoot;
    private volatile JsonObject settings;
    private volatile boolean settingsWarned;

    Projects(DocumentStore documents, Analyzer analyzer, Consumer<String> warn) {
        this.documents = documents;
        this.analyzer = analyzer;
        this.warn = warn;
    }

    void setWorkspaceRoot(Path root) {
        workspaceRoot = root == null ? null : root.toAbsolutePath().normalize();
        projectRoots = null;
    }

    Path workspaceRoot() {
        return workspaceRoot;
    }

    /** How far below the workspace folder projects are looked for ({@code services/api/db/migrations} is 2). */
    private static final int PROJECT_DEPTH = 3;

    /** The last listing of {@link #workspaceProjectRoots}: a folder walk, asked for by every workspace pull. */
    private volatile List<Path> projectRoots;

    /** The roots of every project in the workspace folder: itself, or the several of a monorepo. */
    List<Path> workspaceProjectRoots() {
        Path root = workspaceRoot;
        if (root == null) {
            return List.of();
        }
        List<Path> roots = projectRoots;
        if (roots == null) {
            roots = List.copyOf(Layouts.rootsUnder(root, PROJECT_DEPTH));
            projectRoots = roots;
        }
        return roots;
    }

    /** Files were created or deleted: a project may have appeared or gone. */
    void forgetProjectRoots() {
        projectRoots = null;
    }

    void setSettings(JsonObject newSettings) {
        settings = newSettings == null ? null : newSettings.deepCopy();
        settingsWarned = false;
        byRoot.clear();
        configChanged();
    }

    /** Forgets the config of one root (its file changed) so the next use reads it again. */
    void reload(Path root) {
        byRoot.remove(root.toAbsolutePath().normalize());
        configChanged();
    }

    private void configChanged() {
        configGeneration.incrementAndGet();
        generation.incrementAndGet();
    }

    /**
     * An editor buffer of {@code doc} was opened or edited ({@code text}) or closed (null): it
     * overrides the disk in the index of every loaded project it belongs to. Returns the projects
     * for which it is a workspace file, whose open documents' findings may now differ.
     */
    List<Loaded> bufferChanged(Document doc, String text) {
        List<Loaded> affected = new ArrayList<>();
        if (doc.path() == null) {
            return affected;
        }
        for (Loaded l : containing(doc.path())) {
            String rel = l.relative(doc.path());
            if (l.isWorkspaceFile(rel)) {
                l.index().setOpenText(rel, text);
                affected.add(l);
            }
        }
        if (!affected.isEmpty()) {
            generation.incrementAndGet();
        }
        return affected;
    }

    /** A file changed, appeared or disappeared on disk. Returns the projects it may matter to. */
    List<Loaded> diskChanged(Path file) {
        List<Loaded> affected = new ArrayList<>();
        for (Loaded l : containing(file)) {
            String rel = l.relative(file);
            if (l.isWorkspaceFile(rel)) {
                l.index().changed(rel);
                affected.add(l);
            }
        }
        if (!affected.isEmpty()) {
            generation.incrementAndGet();
        }
        return affected;
    }

    private List<Loaded> containing(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        List<Loaded> result = new ArrayList<>();
        for (Loaded l : byRoot.values()) {
            if (abs.startsWith(l.project().root())) {
                result.add(l);
            }
        }
        return result;
    }

    long generation() {
        return generation.get();
    }

    long configGeneration() {
        return configGeneration.get();
    }

    Loaded forDocument(Document d) {
        return d.path() != null ? forFile(d.path()) : forRoot(workspaceRoot != null ? workspaceRoot : Paths.get("").toAbsolutePath());
    }

    Loaded forFile(Path file) {
        return forRoot(rootFor(file));
    }

    Loaded forRoot(Path root) {
        return byRoot.computeIfAbsent(root.toAbsolutePath().normalize(), this::load);
    }

    Collection<Loaded> known() {
        return List.copyOf(byRoot.values());
    }

    /**
     * The nearest folder with the config file or the migrations folder; failing that, the
     * workspace folder the file is in, so a stray .sql file still gets the workspace's settings.
     */
    Path rootFor(Path file) {
        Path found = Project.findRoot(file);
        if (isMarked(found)) {
            return found;
        }
        Path ws = workspaceRoot;
        if (ws != null && file.toAbsolutePath().normalize().startsWith(ws)) {
            return ws;
        }
        return found;
    }

    static boolean isMarked(Path dir) {
        return dir != null && Layouts.isProjectRoot(dir);
    }

    private Loaded load(Path root) {
        Path configFile = root.resolve(Config.FILE_NAME);
        Document open = documents.byPath(configFile);
        Config fileConfig;
        List<Finding> findings;
        if (open != null) {
            fileConfig = ConfigLoader.confine(ConfigLoader.parse(open.text()), root);
            findings = ConfigFindings.of(fileConfig, open.text());
        } else {
            fileConfig = ConfigLoader.load(root);
            findings = ConfigFindings.of(fileConfig, root);
        }
        JsonObject s = settings;
        Config effective = fileConfig;
        if (s != null) {
            effective = ConfigLoader.confine(ConfigLoader.overlay(fileConfig, s), root);
            List<ConfigProblem> fromSettings = effective.problems().subList(fileConfig.problems().size(),
                    effective.problems().size());
            if (!fromSettings.isEmpty() && !settingsWarned) {
                settingsWarned = true;
                StringBuilder sb = new StringBuilder("migration-lsp settings: ");
                for (ConfigProblem p : fromSettings) {
                    sb.append(p.message()).append("; ");
                }
                warn.accept(sb.substring(0, sb.length() - 2));
            }
        }
        Project project = Project.withConfig(root, effective, null);
        WorkspaceIndex index = new WorkspaceIndex(project, analyzer, WorkspaceIndex.RETAIN_SERVER);
        index.limitFileChars(AnalysisCache.MAX_ANALYSED_CHARS);
        Loaded loaded = new Loaded(project, findings, index);
        // A fresh index (new project or new config) starts from the buffers already open in the editor.
        for (Document d : documents.all()) {
            String rel = d.path() == null ? null : loaded.relative(d.path());
            if (loaded.isWorkspaceFile(rel)) {
                loaded.index().setOpenText(rel, d.text());
            }
        }
        return loaded;
    }
}
