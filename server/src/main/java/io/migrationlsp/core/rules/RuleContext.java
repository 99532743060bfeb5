package io.migrationlsp.core.rules;

import io.migrationlsp.core.alembic.Revision;
import io.migrationlsp.core.analysis.SqlFile;
import io.migrationlsp.core.analysis.SqlValidator;
import io.migrationlsp.core.analysis.WorkspaceView;
import io.migrationlsp.core.config.Config;
import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.text.TextSpan;
import java.util.ArrayList;
import java.util.List;

/** What a rule sees while it checks one file, and where it reports. */
public final class RuleContext {
    private final SqlFile file;
    private final Config config;
    private final Profile profile;
    private final WorkspaceView workspace;
    private final SqlValidator validator;
    private final Revision revision;
    private final List<Finding> findings = new ArrayList<>();
    private RuleMeta current;

    public RuleContext(SqlFile file, Config config, Profile profile, WorkspaceView workspace, SqlValidator validator) {
        this(file, config, profile, workspace, validator, null);
    }

    /** For an Alembic revision: {@code file} is the Python text (no SQL statements), {@code revision} its model. */
    public RuleContext(SqlFile file, Config config, Profile profile, WorkspaceView workspace, SqlValidator validator,
                       Revision revision) {
        this.revision = revision;
        this.file = file;
        this.config = config;
        this.profile = profile;
        this.workspace = workspace;
        this.validator = validator;
    }

    public SqlFile file() { return file; }
    public Config config() { return config; }
    public Profile profile() { return profile; }
    public WorkspaceView workspace() { return workspace; }
    public SqlValidator validator() { return validator; }
    public String text() { return file.text(); }
    /** The Alembic revision being checked, or null for a SQL file. */
    public Revision revision() { return revision; }

    /** Every statement model of the file, blocks flattened. */
    public List<StatementModel> models() {
        return file.allModels();
    }

    void begin(RuleMeta meta) {
        this.current = meta;
    }

    List<Finding> findings() {
        return findings;
    }

    public void report(TextSpan span, String message, Fix... fixes) {
        report(span, message, List.of(fixes));
    }

    public void report(TextSpan span, String message, List<Fix> fixes) {
        findings.add(new Finding(current.id(), config.severity(current.id(), current.severity()), file.path(), span,
                message, List.copyOf(fixes)));
    }

    /** Reports with a severity other than the rule's default (e.g. a warning-level variant). */
    public void report(io.migrationlsp.core.config.Severity defaultSeverity, TextSpan span, String message, Fix... fixes) {
        RuleMeta meta = current;
        io.migrationlsp.core.config.Severity severity = config.rules().containsKey(meta.id())
                ? config.severity(meta.id(), defaultSeverity) : defaultSeverity;
        findings.add(new Finding(meta.id(), severity, file.path(), span, message, List.of(fixes)));
    }
}
