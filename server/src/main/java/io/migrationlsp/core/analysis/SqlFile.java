package io.migrationlsp.core.analysis;

import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.sql.SplitFile;
import io.migrationlsp.core.text.LineMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A SQL file as the rules see it: path (workspace-relative, with /), text, statements and their models. */
public final class SqlFile {
    private final String path;
    private final String text;
    private final SplitFile split;
    private final List<StatementModel> models;
    private final boolean archive;
    private LineMap lines;
    private List<StatementModel> all;
    private Map<String, List<StatementModel>> byTarget;

    public SqlFile(String path, String text, SplitFile split, List<StatementModel> models, boolean archive) {
        this.path = path;
        this.text = text;
        this.split = split;
        this.models = List.copyOf(models);
        this.archive = archive;
    }

    public String path() { return path; }
    public String text() { return text; }
    public SplitFile split() { return split; }
    /** One model per top-level statement, in order. */
    public List<StatementModel> models() { return models; }
    public boolean archive() { return archive; }

    public String fileName() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    public synchronized LineMap lines() {
        if (lines == null) {
            lines = new LineMap(text);
        }
        return lines;
    }

    /** Top-level models and the models inside blocks and ELSE branches. */
    public synchronized List<StatementModel> allModels() {
        if (all == null) {
            List<StatementModel> list = new ArrayList<>();
            for (StatementModel m : models) {
                list.addAll(m.flatten());
            }
            all = List.copyOf(list);
        }
        return all;
    }

    /**
     * The top-level models whose target has this key, in order: tables.py holds a statement per
     * tenant table, and the rules looking one up per finding must not scan them all each time.
     */
    public synchronized List<StatementModel> modelsOn(String targetKey) {
        if (byTarget == null) {
            Map<String, List<StatementModel>> map = new HashMap<>();
            for (StatementModel m : models) {
                if (m.target() != null) {
                    map.computeIfAbsent(m.target().key(), k -> new ArrayList<>()).add(m);
                }
            }
            byTarget = map;
        }
        return byTarget.getOrDefault(targetKey, List.of());
    }
}
