package io.migrationlsp.core.workspace;

import io.migrationlsp.core.analysis.Analyzer;
import io.migrationlsp.core.analysis.SqlFile;
import io.migrationlsp.core.analysis.WorkspaceFacts;
import io.migrationlsp.core.analysis.WorkspaceView;
import io.migrationlsp.core.model.StatementKind;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.schema.SchemaModel;
import io.migrationlsp.core.schema.SchemaReplayer;
import io.migrationlsp.core.schema.TableInfo;
import java.io.IOException;
import java.lang.ref.SoftReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The whole repository as the rules see it: migrations in run order, each modelled once and cached
 * (by disk stamp, or by the open editor's text, which takes precedence), the schema replayed with a
 * checkpoint every {@value #CHECKPOINT_EVERY} files so asking for "the schema before file k" replays
 * at most that many files, and the tables.py / constants.py models.
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
    /**
     * The schema once the file asking about final tables has run too, for {@link #finalTable}: one
     * edit asks it for every table the file creates, and replaying the file once per table made a
     * keystroke in a 1,000-line migration cost 100+ ms. Valid while the file's model and the
     * schema before it are the same objects.
     */
    private SchemaModel afterSelf;
    private SqlFile afterSelfFile;
    private SchemaModel afterSelfBase;
    /** Position of each path in {@link #replayable()}. */
    private Map<String, Integer> replayPositions;
    /** False while some replayable file has no summary in {@link #touches}. */
    private boolean touchesComplete;
    private TablesPyModel tablesPy;
    private boolean tablesPyLoaded;
    private ConstantsModel constants;
    private boolean constantsLoaded;

    /** The stamp of a model read from disk; an open buffer's stamp is its text. */
    private static final Object DISK = new Object();

    /**
     * A model and what it was made from. A model of a file on disk is held softly: the index of a
     * 5,000-file workspace would otherwise keep every token of every file, while after indexing an
     * edit needs only a handful of them (its own, up to a checkpoint's worth of history, the files
     * touching a table); under memory pressure the collector drops them and they are modelled again
     * from disk when asked. An open buffer's model is held strongly. {@code fingerprint} is the
     * file's {@link SchemaFingerprint}, or null until asked for.
     */
    private static final class Cached {
        final Object stamp;
        private final SqlFile strong;
        private final SoftReference<SqlFile> soft;
        private final String fingerprint;

        Cached(Object stamp, SqlFile file, String fingerprint) {
            this.stamp = stamp;
            this.strong = stamp == DISK ? null : file;
            this.soft = stamp == DISK ? new SoftReference<>(file) : null;
            this.fingerprint = fingerprint;
        }

        Cached(Object stamp, SqlFile file) {
            this(stamp, file, null);
        }

        /** The model, or null when the collector dropped it. */
        SqlFile file() {
            return strong != null ? strong : soft.get();
        }

        /** The fingerprint of the model, or null when it was dropped before anyone asked. */
        String fingerprintOrCompute() {
            if (fingerprint != null) {
                return fingerprint;
            }
            SqlFile f = file();
            return f == null ? null : SchemaFingerprint.of(f);
        }
    }

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
    public List<String> migrationPaths() {
        return project.migrationPaths();
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
        if (text != null && cached != null && known) {
            // Most keystrokes leave what the file does to the schema as it was: then nothing after it needs replaying.
            SqlFile now = analyzer.model(path, text, project.config(), project.profile());
            // Kept with the model, so the next keystroke compares against it without recomputing it.
            String fingerprint = SchemaFingerprint.of(now);
            files.put(path, new Cached(text, now, fingerprint));
            if (fingerprint.equals(cached.fingerprintOrCompute())) {
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
        if (!path.toLowerCase().endsWith(".sql")) {
            return;
        }
        boolean known = positions != null && positions.containsKey(path);
        // A known file that is gone (deleted or renamed away) must leave the listing too.
        boolean gone = known && !openTexts.containsKey(path) && !Files.exists(project.resolve(path));
        if (!openTexts.containsKey(path)) {
            files.remove(path);
        }
        finalSchema = null;
        if (!known || gone) {
            before = null;
            beforePath = null;
            project.invalidateListing();
            ordered = null;
            replayable = null;
            checkpoints.clear();
            touches = null;
            return;
        }
        // Checkpoints before the changed file stay true; the ones after it are replayed again when asked.
        int at = indexIn(replayable(), path);
        // So does the schema before a file at or before it: the usual case is a keystroke in the file asking.
        if (beforePath != null && indexIn(replayable(), beforePath) > at) {
            before = null;
            beforePath = null;
        }
        if (touches != null) {
            touches.remove(at);
            touchesComplete = false;
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
        afterSelf = null;
        afterSelfFile = null;
        afterSelfBase = null;
        tablesPyLoaded = false;
        constantsLoaded = false;
    }

    @Override
    public synchronized List<MigrationEntry> migrations() {
        if (ordered == null) {
            List<MigrationEntry> entries = new ArrayList<>();
            String root = project.config().migrationsDir() + "/";
            for (String p : project.migrationPaths()) {
                String rest = p.startsWith(root) ? p.substring(root.length()) : p;
                MigrationEntry.Kind kind = !rest.contains("/") ? MigrationEntry.Kind.ROOT
                        : rest.startsWith("2025_and_older/") && rest.indexOf('/') == rest.lastIndexOf('/')
                                ? MigrationEntry.Kind.ARCHIVE : MigrationEntry.Kind.MISPLACED;
                entries.add(new MigrationEntry(p, kind, MigrationNames.parse(rest.substring(rest.lastIndexOf('/') + 1))));
            }
            entries.sort(RUN_ORDER);
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

    /** Archive, then root, then misplaced; within each by SEQ, REV, year, major, then name. */
    static final Comparator<MigrationEntry> RUN_ORDER = Comparator
            .comparingInt((MigrationEntry e) -> e.kind().ordinal())
            .thenComparingInt(e -> e.name() == null ? Integer.MAX_VALUE : e.name().seq())
            .thenComparingInt(e -> e.name() == null ? 0 : e.name().rev())
            .thenComparingInt(e -> e.name() == null ? 0 : e.name().year())
            .thenComparingInt(e -> e.name() == null ? 0 : e.name().major())
            .thenComparing(MigrationEntry::path);

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
        SqlFile held = c == null ? null : c.file();
        if (held != null && (open == null ? c.stamp == DISK : open.equals(c.stamp))) {
            return held;
        }
        String text = open != null ? open : read(path);
        if (text == null) {
            return null;
        }
        SqlFile f = analyzer.model(path, text, project.config(), project.profile());
        files.put(path, new Cached(open != null ? open : DISK, f));
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
            c = files.get(path);
        }
        SqlFile held = c == null ? null : c.file();
        if (held != null && (held.text() == text || held.text().equals(text))) {
            return held;
        }
        return analyzer.model(path, text, project.config(), project.profile());
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
                Cached c = files.get(e.path());
                if (c == null || c.file() == null) {
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
            SqlFile f = analyzer.model(path, text, project.config(), project.profile());
            synchronized (this) {
                Cached c = files.get(path);
                if (c == null || c.file() == null) {
                    files.put(path, new Cached(open != null ? open : DISK, f));
                }
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
        SchemaModel base = schemaBefore(path);
        SqlFile self = index < all.size() ? file(path) : null;
        if (afterSelf == null || afterSelfFile != self || afterSelfBase != base) {
            afterSelf = base.copy();
            if (self != null) {
                SchemaReplayer.apply(afterSelf, self);
            }
            afterSelfFile = self;
            afterSelfBase = base;
        }
        // Statements on other tables cannot change this one, so only the files touching it are replayed.
        NavigableSet<Integer> later = touches().touchingAfter(tableKey, index);
        if (later.isEmpty()) {
            return afterSelf.table(tableKey);
        }
        SchemaModel schema = afterSelf.copyOfTable(tableKey);
        for (int p : later) {
            SqlFile f = file(all.get(p).path());
            if (f != null) {
                SchemaReplayer.applyToTable(schema, f, tableKey);
            }
        }
        return schema.table(tableKey);
    }

    /** The per-table file index, built once and then updated only for the files that changed. */
    private TableTouches touches() {
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

    /** The files the runner executes, in order: the archive and the root files. */
    private List<MigrationEntry> replayable() {
        List<MigrationEntry> all = migrations();
        if (replayable == null) {
            List<MigrationEntry> result = new ArrayList<>();
            for (MigrationEntry e : all) {
                if (e.kind() != MigrationEntry.Kind.MISPLACED) {
                    result.add(e);
                }
            }
            replayable = List.copyOf(result);
            replayPositions = null;
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
