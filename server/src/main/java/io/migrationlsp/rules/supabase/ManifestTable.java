package io.migrationlsp.rules.supabase;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.model.PostgresFacts;
import io.migrationlsp.core.model.QualifiedName;
import io.migrationlsp.core.model.StatementKind;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.rules.Edit;
import io.migrationlsp.core.rules.Fix;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import io.migrationlsp.core.workspace.manifest.SchemaManifest;

/**
 * {@code CREATE TABLE} and {@code ALTER TABLE} (also inside {@code DO} blocks) may only name tables
 * the schema manifest lists: it is the guard against non-canonical tables. Temporary tables and
 * the schemas Supabase owns ({@code auth}, {@code storage} ...) are outside it.
 */
public final class ManifestTable implements Rule {
    private static final RuleMeta META = new RuleMeta("manifest-table", Severity.ERROR, Profile.SUPABASE,
            "CREATE TABLE / ALTER TABLE of a table not in the schema manifest's tables");

    @Override
    public boolean needsWorkspace() {
        return true;
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        SchemaManifest manifest = Supabase.manifest(ctx);
        if (manifest == null || !manifest.listsTables() || !Supabase.isMigration(ctx)) {
            return;
        }
        for (StatementModel m : ctx.models()) {
            boolean create = m.kind() == StatementKind.CREATE_TABLE && !PostgresFacts.isTemporary(m);
            if (!create && m.kind() != StatementKind.ALTER_TABLE) {
                continue;
            }
            QualifiedName t = m.target();
            if (t == null || Supabase.isManaged(t) || manifest.hasTable(Supabase.schema(t), t.table().name())) {
                continue;
            }
            String name = Supabase.manifestName(t);
            Edit add = manifest.addTable(name);
            String message = "Table " + t.display() + " is not in the schema manifest (" + Supabase.manifestPath(ctx)
                    + ", \"tables\"): " + (create ? "new tables" : "tables a migration alters")
                    + " must be canonical. Add it to the manifest in the same commit, or use the canonical table.";
            if (add == null) {
                ctx.report(t.span(), message);
            } else {
                ctx.report(t.span(), message, Fix.unsafe("Add " + name + " to the manifest's tables", add));
            }
        }
    }
}
