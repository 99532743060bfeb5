package io.migrationlsp.core.workspace;

import io.migrationlsp.core.alembic.Revision;
import io.migrationlsp.core.alembic.RevisionGraph;
import io.migrationlsp.core.alembic.RevisionIndex;
import io.migrationlsp.core.analysis.Analyzer;
import io.migrationlsp.core.analysis.SqlFile;
import io.migrationlsp.core.analysis.WorkspaceFacts;
import io.migrationlsp.core.analysis.WorkspaceView;
import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.model.StatementKind;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.schema.SchemaModel;
import io.migrationlsp.core.schema.SchemaReplayer;
import io.migrationlsp.core.schema.TableInfo;
import io.migrationlsp.core.workspace.layout.MigrationLayout;
import io.migrationlsp.core.workspace.manifest.ManifestReader;
import io.migrationlsp.core.workspace.manifest.SchemaManifest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The whole repository as the rules see it: migrations in run order, each modelled once and cached
 * (by disk stamp, or by the open editor's text, which takes precedence), the schema replayed with a
 * checkpoint every {@value #CHECKPOINT_EVERY} files so asking for "the schema before file k" replays
 * at most that many files, and the tables.py / constants.py / schema manifest models.
 */
public final class WorkspaceIndex implements WorkspaceFacts, WorkspaceView {
    static final int CHECKPOINT_EVERY = 100;

    private final Project project;
    private final Analyzer analyzer;
    private final Map<String, String> openTexts = new ConcurrentHashMap<>();
    private final Map<String, Cached> files = new HashMap<>();
    private List<MigrationEntry> ordered;
    private Map<String, Integer> positions;
    private List<MigrationEntry> replayable;
    /** {@code checkpoints.get(c)} is the schema before replayable file {@code c * CHECKPOINT_EVERY}. */
    private final List<SchemaModel> checkpoints = new ArrayList<>();
    private SchemaModel finalSchema;
    private TableTouches touches;
    /** The last "schema before" asked for: every rule of one analysis asks for the same one. */
    private String beforePath;
    private SchemaModel before;
    private TablesPyModel tablesPy;
    private boolean tablesPyLoaded;
    private ConstantsModel constants;
    private boolean constantsLoaded;
    private SchemaManifest manifest;
    private boolean manifestLoaded;
    /** Alembic projects: the revision files read as text, and the graph their ids make. */
    private final RevisionIndex revisions = new RevisionIndex();

    /** The stamp of a model read from disk; an open buffer's stamp is its text. */
    private static final Object DISK = new Object();

    private record Cached(Object stamp, SqlFile file) {}

    public WorkspaceIndex(Project project, Analyzer analyzer) {
        this.project = project;
        this.analyzer = analyzer;
    }

    public Project project() {
        return project;
    }

    @Override
    public Path root() {
        return project.root();
    }

    @Override
    public synchronized List<String> migrationPaths() {
        List<String> onDisk = project.migrationPaths();
        List<String> unsaved = null;
        for (String open : openTexts.keySet()) {
            // A buffer for a file not saved yet (a new migration) is part of the history the editor shows.
            if (project.isMigrationPath(open) && !onDisk.contains(open)) {
                if (unsaved == null) {
                    unsaved = new ArrayList<>(onDisk);
                }
                unsaved.add(open);
            }
        }
        if (unsaved == null) {
            return onDisk;
        }
        unsaved.sort(null);
        return List.copyOf(unsaved);
    }

    @Override
    public WorkspaceFacts facts() {
        return this;
    }

    /** An editor buffer's text overrides the file on disk until it is closed ({@code text} null). */
    public synchronized void setOpenText(String path, String text) {
        String old = text == null ? openTexts.remove(path) : openTexts.put(path, text);
        if (old == null ? text == null : old.equals(text)) {
            return;
        }
        Cached cached = files.get(path);
        boolean known = positions != null && positions.containsKey(path);
        if (text != null && cached != null && known && !alembic()) {
            // Most keystrokes leave what the file does to the schema as it was: then nothing after it needs replaying.
            SqlFile now = analyzer.modelFile(path, text, project.config(), project.profile());
            files.put(path, new Cached(text, now));
            if (SchemaFingerprint.of(cached.file()).equals(SchemaFingerprint.of(now))) {
                return;
            }
        }
        changed(path);
    }

    /** A file changed, appeared or disappeared on disk (or in an editor). */
    public synchronized void changed(String path) {
        if (path.equals(project.config().tablesPy())) {
            tablesPyLoaded = false;
            return;
        }
        if (path.equals(project.config().constantsPy())) {
            constantsLoaded = false;
            return;
        }
        if (path.equals(project.config().manifest())) {
            manifestLoaded = false;
            return;
        }
        if (!project.isMigrationPath(path)) {
            return;
        }
        if (alembic()) {
            // Any revision file can move others in the run order (its id, its down_revision).
            revisions.forget(path);
            ordered = null;
            replayable = null;
            checkpoints.clear();
            touches = null;
        }
        boolean known = positions != null && positions.containsKey(path);
        // A known file that is gone (deleted or renamed away) must leave the listing too.
        boolean gone = known && !openTexts.containsKey(path) && !Files.exists(project.resolve(path));
        if (!openTexts.containsKey(path)) {
            files.remove(path);
        }
        finalSchema = null;
        before = null;
        beforePath = null;
        if (!known || gone) {
            project.invalidateListing();
            ordered = null;
            replayable = null;
            checkpoints.clear();
            touches = null;
            return;
        }
        // Checkpoints before the changed file stay true; the ones after it are replayed again when asked.
        int at = indexIn(replayable(), path);
        if (touches != null) {
            touches.remove(at);
        }
        int keep = Math.min(checkpoints.size(), at / CHECKPOINT_EVERY + 1);
        checkpoints.subList(keep, checkpoints.size()).clear();
    }

    /** Forgets everything, e.g. after the config changed. */
    public synchronized void reset() {
        project.invalidateListing();
        ordered = null;
        replayable = null;
        files.clear();
        checkpoints.clear();
        touches = null;
        finalSchema = null;
        before = null;
        beforePath = null;
        tablesPyLoaded = false;
        constantsLoaded = false;
        manifestLoaded = false;
        revisions.clear();
    }

    private boolean alembic() {
        return project.profile() == Profile.ALEMBIC;
    }

    @Override
    public synchronized RevisionGraph revisionGraph() {
        if (!alembic()) {
            return null;
        }
        List<String> paths = new ArrayList<>();
        String root = project.config().migrationsDir() + "/";
        for (String p : migrationPaths()) {
            // Alembic reads the versions folder itself, not its subfolders.
            if (p.startsWith(root) && p.indexOf('/', root.length()) < 0) {
                paths.add(p);
            }
        }
        return revisions.graph(paths, this::textOf);
    }

    @Override
    public synchronized Revision revision(String path) {
        if (!alembic() || !project.isMigrationPath(path)) {
            return null;
        }
        return revisions.revision(path, this::textOf, sql -> analyzer.model(path, sql, project.config(), project.profile()));
    }

    @Override
    public synchronized List<MigrationEntry> migrations() {
        if (ordered == null) {
            List<MigrationEntry> entries = new ArrayList<>();
            String root = project.config().migrationsDir() + "/";
            MigrationLayout layout = project.layout();
            RevisionGraph graph = revisionGraph();
            for (String p : migrationPaths()) {
                MigrationEntry e = layout.entry(p, p.startsWith(root) ? p.substring(root.length()) : p);
                if (graph != null && e.kind() == MigrationEntry.Kind.ROOT) {
                    // A revision runs where the chain puts it: its version is its place in the graph's run order.
                    e = new MigrationEntry(e.path(), e.kind(), e.name(), graph.position(p));
                }
                entries.add(e);
            }
            entries.sort(layout.runOrder());
            ordered = List.copyOf(entries);
            replayable = null;
            checkpoints.clear();
            touches = null;
            positions = new HashMap<>();
            for (int i = 0; i < ordered.size(); i++) {
                positions.put(ordered.get(i).path(), i);
            }
        }
        return ordered;
    }

    @Override
    public synchronized MigrationEntry entry(String path) {
        migrations();
        Integer i = positions.get(path);
        return i == null ? null : ordered.get(i);
    }

    /** The model of a workspace file, from the open buffer if any, else from disk (null when unreadable). */
    public synchronized SqlFile file(String path) {
        String open = openTexts.get(path);
        Cached c = files.get(path);
        // A file read from disk stays valid until changed() says otherwise: a stat per file per replay
        // would cost more than the replay itself in a 5,000-file history.
        if (c != null && (open == null ? c.stamp() == DISK : open.equals(c.stamp()))) {
            return c.file();
        }
        String text = open != null ? open : read(path);
        if (text == null) {
            return null;
        }
        SqlFile f = analyzer.modelFile(path, text, project.config(), project.profile());
        files.put(path, new Cached(open != null ? open : DISK, f));
        return f;
    }

    /**
     * Models every migration not modelled yet, on all cores, before a replay needs them one by one.
     * Reading and modelling happen outside the lock; only the cache update takes it.
     */
    public void warm() {
        List<MigrationEntry> all = migrations();
        List<String> todo = new ArrayList<>();
        synchronized (this) {
            for (MigrationEntry e : all) {
                if (!files.containsKey(e.path())) {
                    todo.add(e.path());
                }
            }
        }
        todo.parallelStream().forEach(path -> {
            String open = openTexts.get(path);
            String text = open != null ? open : read(path);
            if (text == null) {
                return;
            }
            SqlFile f = analyzer.modelFile(path, text, project.config(), project.profile());
            synchronized (this) {
                files.putIfAbsent(path, new Cached(open != null ? open : DISK, f));
            }
        });
    }

    @Override
    public synchronized SchemaModel schemaBefore(String path) {
        if (!path.equals(beforePath)) {
            List<MigrationEntry> all = replayable();
            before = replayUpTo(all, indexIn(all, path));
            beforePath = path;
        }
        return before;
    }

    @Override
    public synchronized SchemaModel finalSchema() {
        if (finalSchema == null) {
            List<MigrationEntry> all = replayable();
            finalSchema = replayUpTo(all, all.size());
        }
        return finalSchema;
    }

    @Override
    public synchronized String laterCreator(String path, String tableKey) {
        List<MigrationEntry> all = replayable();
        int next = touches().firstCreatorAfter(tableKey, indexIn(all, path));
        return next < 0 ? null : all.get(next).path();
    }

    @Override
    public synchronized TableInfo finalTable(String path, String tableKey) {
        List<MigrationEntry> all = replayable();
        int index = indexIn(all, path);
        SchemaModel schema = schemaBefore(path).copy();
        SqlFile self = index < all.size() ? file(path) : null;
        if (self != null) {
            SchemaReplayer.apply(schema, self);
        }
        // Statements on other tables cannot change this one, so only the files touching it are replayed.
        for (int p : touches().touchingAfter(tableKey, index)) {
            SqlFile f = file(all.get(p).path());
            if (f != null) {
                SchemaReplayer.apply(schema, f);
            }
        }
        return schema.table(tableKey);
    }

    /** The per-table file index, built once and then updated only for the files that changed. */
    private TableTouches touches() {
        List<MigrationEntry> all = replayable();
        if (touches == null) {
            touches = new TableTouches();
        }
        for (int i = 0; i < all.size(); i++) {
            if (!touches.has(i)) {
                SqlFile f = file(all.get(i).path());
                if (f != null) {
                    touches.put(i, f);
                }
            }
        }
        return touches;
    }

    private int indexIn(List<MigrationEntry> all, String path) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).path().equals(path)) {
                return i;
            }
        }
        return all.size();
    }

    /** The files the runner executes, in order: the archive and the root files (no rollback or down scripts). */
    private List<MigrationEntry> replayable() {
        List<MigrationEntry> all = migrations();
        if (replayable == null) {
            List<MigrationEntry> result = new ArrayList<>();
            for (MigrationEntry e : all) {
                if (e.replayable()) {
                    result.add(e);
                }
            }
            replayable = List.copyOf(result);
        }
        return replayable;
    }

    private SchemaModel replayUpTo(List<MigrationEntry> all, int end) {
        if (checkpoints.isEmpty()) {
            checkpoints.add(new SchemaModel());
        }
        int cp = Math.min(end / CHECKPOINT_EVERY, checkpoints.size() - 1);
        SchemaModel schema = checkpoints.get(cp).copy();
        for (int i = cp * CHECKPOINT_EVERY; i < end; i++) {
            SqlFile f = file(all.get(i).path());
            if (f != null) {
                SchemaReplayer.apply(schema, f);
            }
            if ((i + 1) % CHECKPOINT_EVERY == 0 && (i + 1) / CHECKPOINT_EVERY == checkpoints.size()) {
                checkpoints.add(schema.copy());
            }
        }
        return schema;
    }

    @Override
    public synchronized TablesPyModel tablesPy() {
        if (!tablesPyLoaded) {
            String path = project.config().tablesPy();
            String text = textOf(path);
            tablesPy = text == null ? null : TablesPyReader.read(path, text, analyzer, project);
            tablesPyLoaded = true;
        }
        return tablesPy;
    }

    @Override
    public synchronized ConstantsModel constants() {
        if (!constantsLoaded) {
            String path = project.config().constantsPy();
            String text = textOf(path);
            constants = text == null ? null : ConstantsReader.read(path, text);
            constantsLoaded = true;
        }
        return constants;
    }

    @Override
    public synchronized SchemaManifest manifest() {
        if (!manifestLoaded) {
            String path = project.config().manifest();
            String text = textOf(path);
            manifest = text == null ? null : ManifestReader.read(path, text);
            manifestLoaded = true;
        }
        return manifest;
    }

    /** The text of any workspace file: the open buffer, else the disk, else null. */
    public String textOf(String path) {
        String open = openTexts.get(path);
        return open != null ? open : read(path);
    }

    private String read(String path) {
        Path p = project.resolve(path);
        if (!p.startsWith(project.root())) {
            return null;
        }
        try {
            return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
