package io.migrationlsp.core.analysis;

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
import io.migrationlsp.core.text.TextSpan;
import io.migrationlsp.core.workspace.TablesPyModel;
import java.util.ArrayList;
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
        SplitFile split = Splitter.split(text, profile.dialect());
        Modeler modeler = new Modeler(text, profile.dialect(), config.placeholder());
        List<StatementModel> models = new ArrayList<>();
        for (Statement s : split.statements()) {
            models.add(modeler.model(s));
        }
        return new SqlFile(path, text, split, models, isArchive(path, config));
    }

    public FileResult analyze(String path, String text, Config config, Profile profile, WorkspaceView workspace,
                              BooleanSupplier cancelled) {
        SqlFile file = model(path, text, config, profile);
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
        for (Finding f : raw) {
            if (!suppressed(file, f)) {
                kept.add(f);
            }
        }
        kept.sort(Comparator.comparingInt((Finding f) -> f.span().start()).thenComparing(Finding::ruleId));
        return new FileResult(file, List.copyOf(kept));
    }

    private static boolean suppressed(SqlFile file, Finding f) {
        Set<String> fileWide = file.split().fileSuppressed();
        if (fileWide.contains(f.ruleId()) || fileWide.contains("all")) {
            return true;
        }
        for (Statement s : file.split().statements()) {
            TextSpan span = s.span();
            if (f.span().start() >= span.start() && f.span().start() <= span.end()) {
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
