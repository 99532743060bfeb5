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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * The whole repository as the rules see it: migrations in run order, each modelled once and cached
 * (by disk stamp, or by the open editor's text, which takes precedence), the schema replayed with a
 * checkpoint every {@value #MIN_CHECKPOINT_EVERY} files or more (at most {@value #MAX_CHECKPOINTS}
 * checkpoints) so asking for "the schema before file k" replays at most that many files, and the
 * tables.py / constants.py / schema manifest models.
 */
public final class WorkspaceIndex implements WorkspaceFacts, WorkspaceView {
    static final int MIN_CHECKPOINT_EVERY = 100;
    /**
     * Each checkpoint holds a map entry per table, role and grant of its point in history, so a
     * checkpoint every 100 of 5,000 files was a quarter of the server's heap; past 2,000 files they
     * are spaced further apart instead.
     */
    static final int MAX_CHECKPOINTS = 20;

    private final Project project;
    private final Analyzer analyzer;
    private final Map<String, String> openTexts = new ConcurrentHashMap<>();
    /** Models of open buffers: few, and asked for on every keystroke. */
    private final Map<String, Cached> openModels = new HashMap<>();
    /** Models of files on disk, the most recently used first to stay (see {@link #retainedDiskModels}). */
    private final LinkedHashMap<String, Cached> diskModels = new LinkedHashMap<>(256, 0.75f, true);
    /**
     * How many models of files on disk stay in memory. The server keeps a few hundred: after
     * indexing, an edit needs its own model, at most a checkpoint's worth of history and the files
     * touching a table, while keeping every token of a 5,000-file history would take most of the
     * heap. Other files are modelled again from disk when asked. The CLI keeps them all.
     */
    private final int retainedDiskModels;
    private volatile boolean indexed;
    /** Whether {@link #build} runs, on which thread, and how many replayable files it has replayed. */
    private boolean building;
    private Thread buildThread;
    private int buildPosition;
    /** The first replayable position changed since the current build run began (-1: the listing changed). */
    private int changedSinceBuild = Integer.MAX_VALUE;
    private List<MigrationEntry> ordered;
    private Map<String, Integer> positions;
    private List<MigrationEntry> replayable;
    /** Files between checkpoints, fixed while the listing is (see {@link #MAX_CHECKPOINTS}). */
    private int checkpointEvery = MIN_CHECKPOINT_EVERY;
    /** {@code checkpoints.get(c)} is the schema before replayable file {@code c * checkpointEvery}. */
    private final List<SchemaModel> checkpoints = new ArrayList<>();
    private SchemaModel finalSchema;
    private TableTouches touches;
    /** The last "schema before" asked for: every rule of one analysis asks for the same one. */
    private String beforePath;
    private SchemaModel before;
    /** Position of each path in {@link #replayable()}. */
    private Map<String, Integer> replayPositions;
    /** False while some replayable file has no summary in {@link #touches}. */
    private boolean touchesComplete;
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

    /** A model and the text it was made from; {@code fingerprint} is its {@link SchemaFingerprint}, or null until asked for. */
    private record Cached(Object stamp, SqlFile file, String fingerprint) {
        Cached(Object stamp, SqlFile file) {
            this(stamp, file, null);
        }

        String fingerprintOrCompute() {
            return fingerprint != null ? fingerprint : SchemaFingerprint.of(file);
        }
    }

    /** Models of every file on disk stay in memory (the CLI, which analyses each of them once). */
    public static final int RETAIN_ALL = Integer.MAX_VALUE;
    /** What the server keeps: see {@link #retainedDiskModels}. */
    public static final int RETAIN_SERVER = 250;

    public WorkspaceIndex(Project project, Analyzer analyzer) {
        this(project, analyzer, RETAIN_ALL);
    }

    public WorkspaceIndex(Project project, Analyzer analyzer, int retainedDiskModels) {
        this.project = project;
        this.analyzer = analyzer;
        this.retainedDiskModels = retainedDiskModels;
    }

    private Cached cached(String path) {
        Cached c = openModels.get(path);
        return c != null ? c : diskModels.get(path);
    }

    private void remember(String path, Cached c) {
        if (c.stamp() == DISK) {
            openModels.remove(path);
            diskModels.put(path, c);
            if (diskModels.size() > retainedDiskModels) {
                var eldest = diskModels.keySet().iterator();
                eldest.next();
                eldest.remove();
            }
        } else {
            diskModels.remove(path);
            openModels.put(path, c);
        }
    }

    private void forget(String path) {
        openModels.remove(path);
        diskModels.remove(path);
    }

    public Project project() {
        return project;
    }

    /**
     * Whether a {@link #build} has replayed the whole history once. Until then an answer about the
     * history may have to wait for the build; after it, answers come from what the build left
     * (checkpoints, per-table summaries), changes included.
     */
    public boolean indexed() {
        return indexed;
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

    /**
     * Files larger than this are left out of the history (as unreadable ones are): the server sets
     * it so one pathological file cannot exhaust its capped heap; the CLI keeps no limit.
     */
    public void limitFileChars(long chars) {
        maxFileChars = chars;
    }

    private volatile long maxFileChars = Long.MAX_VALUE;

    private final AtomicLong clock = new AtomicLong();
    private final Map<String, Long> stamps = new ConcurrentHashMap<>();
    private volatile long epoch;

    /** A file's text version: changes whenever its text may have (an edit, a disk change, a reset). */
    public record Stamp(long epoch, long file) {}

    /**
     * The current {@link Stamp} of a file. Facts read from its model stay true while the stamp does,
     * even after the model itself was dropped from memory and would have to be made again.
     */
    public Stamp stamp(String path) {
        return new Stamp(epoch, stamps.getOrDefault(path, 0L));
    }

    /** An editor buffer's text overrides the file on disk until it is closed ({@code text} null). */
    public synchronized void setOpenText(String path, String text) {
        if (text != null && text.length() > maxFileChars) {
            text = null;
        }
        String old = text == null ? openTexts.remove(path) : openTexts.put(path, text);
        if (old == null ? text == null : old.equals(text)) {
            return;
        }
        stamps.put(path, clock.incrementAndGet());
        Cached cached = cached(path);
        boolean known = positions != null && positions.containsKey(path);
        if (text != null && cached != null && known && !alembic()) {
            // Most keystrokes leave what the file does to the schema as it was: then nothing after it needs replaying.
            // The statements before the edit (all of them when typing at the end) are not modelled again.
            SqlFile now = analyzer.modelFile(path, text, project.config(), project.profile(), cached.file());
            // Kept with the model, so the next keystroke compares against it without recomputing it.
            String fingerprint = SchemaFingerprint.of(now);
            remember(path, new Cached(text, now, fingerprint));
            if (fingerprint.equals(cached.fingerprintOrCompute())) {
                return;
            }
        }
        changed(path);
    }

    /** A file changed, appeared or disappeared on disk (or in an editor). */
    public synchronized void changed(String path) {
        stamps.put(path, clock.incrementAndGet());
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
            forget(path);
        }
        finalSchema = null;
        if (!known || gone) {
            before = null;
            beforePath = null;
            project.invalidateListing();
            ordered = null;
            replayable = null;
            changedSinceBuild = -1;
            checkpoints.clear();
            touches = null;
            return;
        }
        // Checkpoints before the changed file stay true; the ones after it are replayed again when asked.
        int at = indexIn(replayable(), path);
        changedSinceBuild = Math.min(changedSinceBuild, at);
        // So does the schema before a file at or before it: the usual case is a keystroke in the file asking.
        if (beforePath != null && indexIn(replayable(), beforePath) > at) {
            before = null;
            beforePath = null;
        }
        if (touches != null) {
            touches.remove(at);
            touchesComplete = false;
        }
        int keep = Math.min(checkpoints.size(), at / checkpointEvery + 1);
        checkpoints.subList(keep, checkpoints.size()).clear();
    }

    /** Forgets everything, e.g. after the config changed. */
    public synchronized void reset() {
        epoch = clock.incrementAndGet();
        project.invalidateListing();
        ordered = null;
        replayable = null;
        openModels.clear();
        diskModels.clear();
        changedSinceBuild = -1;
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
        Cached c = cached(path);
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
        remember(path, new Cached(open != null ? open : DISK, f));
        return f;
    }

    /**
     * The model of {@code text} as the file at {@code path}: the one this index holds when it is of
     * the same text (an open buffer is modelled once per edit, not once for the index and again for
     * its diagnostics), else a fresh one that the index does not keep.
     */
    public SqlFile model(String path, String text) {
        Cached c;
        synchronized (this) {
            c = cached(path);
        }
        if (c != null && (c.file().text() == text || c.file().text().equals(text))) {
            return c.file();
        }
        return analyzer.modelFile(path, text, project.config(), project.profile(), c == null ? null : c.file());
    }

    /**
     * Indexes the whole history in one pass: files are read and modelled on every core a window
     * ahead of a replay that runs in order and records the checkpoints, the per-table summaries
     * and the final schema on its way. Modelling happens outside the lock; each replay step takes
     * it briefly, so requests are served meanwhile, and those that need history the build has not
     * reached yet wait for it instead of replaying it a second time on one core. A change to a file
     * the build has passed sends it back to the last checkpoint still true; {@code progress} gets
     * the number of files replayed. Returns when the whole history is replayed or when cancelled.
     */
    public void build(BooleanSupplier cancelled, IntConsumer progress) {
        synchronized (this) {
            building = true;
            buildThread = Thread.currentThread();
        }
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            // Deep statement nesting recurses in the modeler: the same room as the analysis thread.
            Thread t = new Thread(null, r, "migration-lsp-index-" + n.incrementAndGet(), 16L * 1024 * 1024);
            t.setDaemon(true);
            return t;
        });
        try {
            while (!cancelled.getAsBoolean() && !replayFromLastCheckpoint(pool, threads, cancelled, progress)) {
                // A file already replayed changed: go again from the last checkpoint before it.
            }
            indexed = !cancelled.getAsBoolean();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("indexing failed", e.getCause());
        } finally {
            pool.shutdownNow();
            synchronized (this) {
                building = false;
                buildThread = null;
                notifyAll();
            }
        }
    }

    /** One run of {@link #build}: true when it reached the end of the history, false when a change sent it back. */
    private boolean replayFromLastCheckpoint(ExecutorService pool, int threads, BooleanSupplier cancelled,
                                             IntConsumer progress) throws InterruptedException, ExecutionException {
        List<MigrationEntry> all;
        int start;
        SchemaModel schema;
        synchronized (this) {
            all = replayable();
            if (checkpoints.isEmpty()) {
                checkpoints.add(new SchemaModel());
            }
            if (touches == null) {
                touches = new TableTouches();
                touchesComplete = false;
            }
            start = (checkpoints.size() - 1) * checkpointEvery;
            schema = checkpoints.get(checkpoints.size() - 1).copy();
            changedSinceBuild = Integer.MAX_VALUE;
            buildPosition = start;
            notifyAll();
        }
        ArrayDeque<Future<Cached>> ahead = new ArrayDeque<>();
        int window = 16 * threads;
        int next = start;
        try {
            for (int i = start; i < all.size(); i++) {
                while (next < all.size() && next < i + window) {
                    String path = all.get(next++).path();
                    ahead.add(pool.submit(() -> modelForBuild(path)));
                }
                Cached c = ahead.poll().get();
                if (cancelled.getAsBoolean()) {
                    return true;
                }
                synchronized (this) {
                    // A new listing, or a change at or before i: what this run read may be stale.
                    if (replayable != all || changedSinceBuild <= i) {
                        return false;
                    }
                    if (c != null) {
                        String path = all.get(i).path();
                        if (cached(path) == null) {
                            remember(path, c);
                        }
                        SchemaReplayer.apply(schema, c.file());
                        if (!touches.has(i)) {
                            touches.put(i, c.file());
                        }
                    }
                    if ((i + 1) % checkpointEvery == 0 && (i + 1) / checkpointEvery == checkpoints.size()) {
                        checkpoints.add(schema.copy());
                    }
                    buildPosition = i + 1;
                    notifyAll();
                }
                progress.accept(i + 1);
            }
            synchronized (this) {
                if (replayable != all || changedSinceBuild < all.size()) {
                    return false;
                }
                finalSchema = schema;
            }
            return true;
        } finally {
            ahead.forEach(f -> f.cancel(true));
        }
    }

    /**
     * Waits, while a {@link #build} runs, until it has replayed the replayable files before
     * {@code position}; called with the lock held (waiting releases it).
     */
    private void awaitBuild(int position) {
        while (building && buildPosition < position && Thread.currentThread() != buildThread) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The model the build replays: the one held, else one made outside the lock (null when unreadable). */
    private Cached modelForBuild(String path) {
        String open;
        synchronized (this) {
            Cached c = cached(path);
            open = openTexts.get(path);
            if (c != null && (open == null ? c.stamp() == DISK : open.equals(c.stamp()))) {
                return c;
            }
        }
        String text = open != null ? open : read(path);
        return text == null ? null
                : new Cached(open != null ? open : DISK, analyzer.modelFile(path, text, project.config(), project.profile()));
    }

    @Override
    public synchronized SchemaModel schemaBefore(String path) {
        if (!path.equals(beforePath)) {
            List<MigrationEntry> all = replayable();
            awaitBuild(indexIn(all, path));
            all = replayable();
            int end = indexIn(all, path);
            // Asked file after file in run order (workspace/diagnostic, check): continue from the
            // previous answer when it is nearer than the checkpoint, instead of replaying up to a
            // checkpoint's worth of files for every file.
            int previous = before == null ? -1 : indexIn(all, beforePath);
            int cp = checkpoints.isEmpty() ? 0 : Math.min(end / checkpointEvery, checkpoints.size() - 1);
            before = previous >= cp * checkpointEvery && previous <= end
                    ? replay(all, before.copy(), previous, end)
                    : replayUpTo(all, end);
            beforePath = path;
        }
        return before;
    }

    @Override
    public synchronized SchemaModel finalSchema() {
        if (finalSchema == null) {
            awaitBuild(replayable().size());
        }
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
        // Statements on other tables cannot change this one, so only the statements on it replay:
        // those of the file asking (one edit asks for every table the file creates), then those of
        // the later files touching it.
        SchemaModel schema = schemaBefore(path).copyOfTable(tableKey);
        SqlFile self = index < all.size() ? file(path) : null;
        if (self != null) {
            SchemaReplayer.applyToTable(schema, self, tableKey);
        }
        for (int p : touches().touchingAfter(tableKey, index)) {
            SqlFile f = file(all.get(p).path());
            if (f != null) {
                SchemaReplayer.applyToTable(schema, f, tableKey);
            }
        }
        return schema.table(tableKey);
    }

    /** The per-table file index, built once and then updated only for the files that changed. */
    private TableTouches touches() {
        if (!touchesComplete) {
            awaitBuild(replayable().size());
        }
        List<MigrationEntry> all = replayable();
        if (touches == null) {
            touches = new TableTouches();
            touchesComplete = false;
        }
        if (touchesComplete) {
            return touches;
        }
        touchesComplete = true;
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

    /** Position of the path in {@code all} (the replayable files), or {@code all.size()} when absent. */
    private int indexIn(List<MigrationEntry> all, String path) {
        if (all != replayable) {
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).path().equals(path)) {
                    return i;
                }
            }
            return all.size();
        }
        if (replayPositions == null) {
            Map<String, Integer> map = new HashMap<>();
            for (int i = 0; i < all.size(); i++) {
                map.put(all.get(i).path(), i);
            }
            replayPositions = map;
        }
        Integer i = replayPositions.get(path);
        return i == null ? all.size() : i;
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
            replayPositions = null;
            // The checkpoints were dropped with the listing this one replaces.
            checkpointEvery = Math.max(MIN_CHECKPOINT_EVERY, (replayable.size() + MAX_CHECKPOINTS - 1) / MAX_CHECKPOINTS);
        }
        return replayable;
    }

    private SchemaModel replayUpTo(List<MigrationEntry> all, int end) {
        if (checkpoints.isEmpty()) {
            checkpoints.add(new SchemaModel());
        }
        int cp = Math.min(end / checkpointEvery, checkpoints.size() - 1);
        return replay(all, checkpoints.get(cp).copy(), cp * checkpointEvery, end);
    }

    /** Replays files {@code from} to {@code end} (exclusive) onto {@code schema}, recording the checkpoints it passes. */
    private SchemaModel replay(List<MigrationEntry> all, SchemaModel schema, int from, int end) {
        for (int i = from; i < end; i++) {
            SqlFile f = file(all.get(i).path());
            if (f != null) {
                SchemaReplayer.apply(schema, f);
            }
            if ((i + 1) % checkpointEvery == 0 && (i + 1) / checkpointEvery == checkpoints.size()) {
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
            if (maxFileChars != Long.MAX_VALUE && Files.size(p) > maxFileChars * 4) {
                return null;
            }
            String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
            return text.length() > maxFileChars ? null : text;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
