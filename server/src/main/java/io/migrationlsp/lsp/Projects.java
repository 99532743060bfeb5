package io.migrationlsp.lsp;

import com.google.gson.JsonObject;
import io.migrationlsp.core.analysis.ConfigFindings;
import io.migrationlsp.core.config.Config;
import io.migrationlsp.core.config.ConfigLoader;
import io.migrationlsp.core.config.ConfigProblem;
import io.migrationlsp.core.rules.Finding;
import io.migrationlsp.core.workspace.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The projects (workspace roots with their config) the open files belong to. Each is the config
 * file (the editor's unsaved text when it is open) with the editor settings laid over it, the
 * same loader the CLI uses. {@link #generation()} changes whenever any of that changes, which is
 * how cached analyses know they are out of date.
 */
final class Projects {
    /** A project and the problems of its own config file, which are published on that file. */
    record Loaded(Project project, List<Finding> configFindings) {
        Path configFile() {
            return project.root().resolve(Config.FILE_NAME);
        }
    }

    private final DocumentStore documents;
    private final Consumer<String> warn;
    private final Map<Path, Loaded> byRoot = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private volatile Path workspaceRoot;
    private volatile JsonObject settings;
    private volatile boolean settingsWarned;

    Projects(DocumentStore documents, Consumer<String> warn) {
        this.documents = documents;
        this.warn = warn;
    }

    void setWorkspaceRoot(Path root) {
        workspaceRoot = root == null ? null : root.toAbsolutePath().normalize();
    }

    Path workspaceRoot() {
        return workspaceRoot;
    }

    void setSettings(JsonObject newSettings) {
        settings = newSettings == null ? null : newSettings.deepCopy();
        settingsWarned = false;
        byRoot.clear();
        generation.incrementAndGet();
    }

    /** Forgets the config of one root (its file changed) so the next use reads it again. */
    void reload(Path root) {
        byRoot.remove(root.toAbsolutePath().normalize());
        generation.incrementAndGet();
    }

    /** Something in the workspace changed on disk: cached analyses may be out of date. */
    void touch() {
        for (Loaded l : byRoot.values()) {
            l.project().invalidateListing();
        }
        generation.incrementAndGet();
    }

    long generation() {
        return generation.get();
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
        return dir != null && (Files.isRegularFile(dir.resolve(Config.FILE_NAME)) || Files.isDirectory(dir.resolve("_migrations")));
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
        return new Loaded(Project.withConfig(root, effective, null), findings);
    }
}
