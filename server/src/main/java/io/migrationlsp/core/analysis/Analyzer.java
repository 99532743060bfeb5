package io.migrationlsp.core.analysis;

import io.migrationlsp.core.alembic.Revision;
import io.migrationlsp.core.alembic.RevisionReader;
import io.migrationlsp.core.alembic.RevisionSuppressions;
import io.migrationlsp.core.config.Config;
import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.model.Modeler;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.rules.Finding;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleRunner;
import io.migrationlsp.core.sql.SplitFile;
import io.migrationlsp.core.sql.Splitter;
import io.migrationlsp.core.sql.Statement;
import io.migrationlsp.core.workspace.TablesPyModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * The one analysis core the CLI and the server share: text to statements to models to findings.
 * It does no I/O; the caller hands it the text, the config and a view of the workspace.
 */
public final class Analyzer {
    private final Function<Profile, List<Rule>> rules;
    private final SqlValidator validator;

    public Analyzer(Function<Profile, List<Rule>> rules, SqlValidator validator) {
        this.rules = rules;
        this.validator = validator;
    }

    public SqlFile model(String path, String text, Config config, Profile profile) {
        return model(path, text, config, profile, null);
    }

    /** An analyzer of the same validator running only the rules that ask JSqlParser (see {@link Rule#parses}). */
    public Analyzer parsingRulesOnly() {
        return new Analyzer(profile -> rules.apply(profile).stream().filter(Rule::parses).toList(), validator);
    }

    /** Whether any rule of the profile asks JSqlParser. */
    public boolean parses(Profile profile) {
        return rules.apply(profile).stream().anyMatch(Rule::parses);
    }

    /**
     * The model of {@code text}, reusing the statement models of {@code previous} (an earlier model of
     * the same file under the same config and profile, e.g. the buffer before a keystroke; or null)
     * for every statement that stands unchanged at the same place: typing in a long migration models
     * the statements from the edit on, not the whole file again.
     */
    public SqlFile model(String path, String text, Config config, Profile profile, SqlFile previous) {
        SplitFile split = Splitter.split(text, profile.dialect());
        Modeler modeler = new Modeler(text, profile.dialect(), config.placeholder());
        UnchangedStatements unchanged = new UnchangedStatements(previous, text);
        List<StatementModel> models = new ArrayList<>();
        for (Statement s : split.statements()) {
            StatementModel same = unchanged.modelOf(s);
            models.add(same != null ? same : modeler.model(s));
        }
        return new SqlFile(path, text, split, models, isArchive(path, config));
    }

    /**
     * The model of a migration file as the workspace index keeps it: SQL for SQL files; for an
     * Alembic revision the Python text with no SQL statements of its own (its operations are read
     * by {@link #analyzeRevision}), so the schema replay passes over it.
     */
    public SqlFile modelFile(String path, String text, Config config, Profile profile) {
        return modelFile(path, text, config, profile, null);
    }

    /** {@link #modelFile}, reusing what it can of {@code previous} (see {@link #model(String, String, Config, Profile, SqlFile)}). */
    public SqlFile modelFile(String path, String text, Config config, Profile profile, SqlFile previous) {
        if (RevisionReader.isRevisionPath(path, profile)) {
            return revisionFile(path, text, Set.of());
        }
        return model(path, text, config, profile, previous);
    }

    public FileResult analyze(String path, String text, Config config, Profile profile, WorkspaceView workspace,
                              BooleanSupplier cancelled) {
        return analyze(modelFile(path, text, config, profile), config, profile, workspace, cancelled);
    }

    /** Analyses a file already modelled (by {@link #modelFile} with the same config and profile). */
    public FileResult analyze(SqlFile file, Config config, Profile profile, WorkspaceView workspace,
                              BooleanSupplier cancelled) {
        if (RevisionReader.isRevisionPath(file.path(), profile)) {
            return analyzeRevision(file.path(), file.text(), config, profile, workspace, cancelled);
        }
        List<Rule> applicable = new ArrayList<>();
        for (Rule r : rules.apply(profile)) {
            boolean archiveRule = r.applies() == Rule.Applies.ALL_MIGRATIONS;
            if (r.applies() != Rule.Applies.TABLES_PY && (!file.archive() || archiveRule)) {
                applicable.add(r);
            }
        }
        return run(file, applicable, config, profile, workspace, cancelled);
    }

    /**
     * The findings of a workspace file that hold whatever its history turns out to be: the rules that
     * ask about the workspace are left out. The server shows these while the history is indexed
     * (seconds in a large repository) instead of showing nothing, then the full analysis.
     */
    public FileResult analyzeBeforeIndexed(SqlFile file, Config config, Profile profile, BooleanSupplier cancelled) {
        return analyze(file, config, profile, WorkspaceView.NOT_READY, cancelled);
    }

    /**
     * Analyses an Alembic revision: the file is read into a {@link Revision} (its {@code op.execute}
     * SQL through the same SQL pipeline), the profile's rules check it, and Python suppression
     * comments ({@code # migration-lsp: disable=...}) filter the findings.
     */
    public FileResult analyzeRevision(String path, String text, Config config, Profile profile, WorkspaceView workspace,
                                      BooleanSupplier cancelled) {
        Revision revision = RevisionReader.read(path, text, sql -> model(path, sql, config, profile));
        RevisionSuppressions suppressions = RevisionSuppressions.of(revision);
        SqlFile file = revisionFile(path, revision.text(), suppressions.fileWide());
        List<Rule> applicable = new ArrayList<>();
        for (Rule r : rules.apply(profile)) {
            if (r.applies() != Rule.Applies.TABLES_PY) {
                applicable.add(r);
            }
        }
        RuleContext ctx = new RuleContext(file, config, profile, workspace, validator, revision);
        List<Finding> kept = new ArrayList<>();
        for (Finding f : RuleRunner.run(applicable, ctx, config, cancelled)) {
            if (!suppressions.suppressed(f.ruleId(), f.span().start())) {
                kept.add(f);
            }
        }
        kept.sort(Comparator.comparingInt((Finding f) -> f.span().start()).thenComparing(Finding::ruleId));
        return new FileResult(file, List.copyOf(kept));
    }

    private static SqlFile revisionFile(String path, String text, Set<String> fileSuppressed) {
        SplitFile none = new SplitFile(text, List.of(), List.of(), List.of(), List.of(), Set.copyOf(fileSuppressed));
        return new SqlFile(path, text, none, List.of(), false);
    }

    /**
     * Runs the tables.py rules on the SQL inside {@code get_tenant_tables_sql}, then maps every span
     * and edit back into the Python file (braces in inserted text are doubled for the f-string).
     */
    public FileResult analyzeTablesPy(TablesPyModel tablesPy, Config config, Profile profile, WorkspaceView workspace,
                                      BooleanSupplier cancelled) {
        if (tablesPy.sql() == null) {
            return new FileResult(null, List.of());
        }
        List<Rule> applicable = new ArrayList<>();
        for (Rule r : rules.apply(profile)) {
            if (r.applies() == Rule.Applies.TABLES_PY) {
                applicable.add(r);
            }
        }
        FileResult sqlResult = run(tablesPy.sql(), applicable, config, profile, workspace, cancelled);
        List<Finding> mapped = new ArrayList<>();
        for (Finding f : sqlResult.findings()) {
            mapped.add(TablesPyMapping.toPython(f, tablesPy));
        }
        return new FileResult(tablesPy.sql(), List.copyOf(mapped));
    }

    private FileResult run(SqlFile file, List<Rule> applicable, Config config, Profile profile, WorkspaceView workspace,
                           BooleanSupplier cancelled) {
        RuleContext ctx = new RuleContext(file, config, profile, workspace, validator);
        List<Finding> raw = RuleRunner.run(applicable, ctx, config, cancelled);
        List<Finding> kept = new ArrayList<>();
        List<Statement> statements = file.split().statements();
        int[] starts = new int[statements.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = statements.get(i).span().start();
        }
        for (Finding f : raw) {
            if (!suppressed(file, statements, starts, f)) {
                kept.add(f);
            }
        }
        kept.sort(Comparator.comparingInt((Finding f) -> f.span().start()).thenComparing(Finding::ruleId));
        return new FileResult(file, List.copyOf(kept));
    }

    /**
     * Whether a directive covers the finding: file-wide, or on the first statement whose span holds
     * its start. Statements are in text order, so that statement is found by binary search: a file
     * of 100k statements with thousands of findings must not cost statements × findings.
     */
    private static boolean suppressed(SqlFile file, List<Statement> statements, int[] starts, Finding f) {
        Set<String> fileWide = file.split().fileSuppressed();
        if (fileWide.contains(f.ruleId()) || fileWide.contains("all")) {
            return true;
        }
        int at = f.span().start();
        int idx = Arrays.binarySearch(starts, at);
        int i = idx >= 0 ? idx : -idx - 2;
        // Equal starts or a statement ending exactly where the next begins: the earliest holder wins.
        while (i > 0 && statements.get(i - 1).span().end() >= at) {
            i--;
        }
        if (i < 0 || i >= statements.size()) {
            return false;
        }
        for (; i < statements.size() && statements.get(i).span().start() <= at; i++) {
            Statement s = statements.get(i);
            if (at <= s.span().end()) {
                return s.suppressed().contains(f.ruleId()) || s.suppressed().contains("all");
            }
        }
        return false;
    }

    /** Files in the frozen archive feed the model but get no findings. */
    public static boolean isArchive(String path, Config config) {
        return path.contains(config.migrationsDir() + "/2025_and_older/") || path.startsWith("2025_and_older/");
    }
}
