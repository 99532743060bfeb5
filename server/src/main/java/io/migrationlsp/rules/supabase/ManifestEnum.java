package io.migrationlsp.rules.supabase;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.model.PostgresFacts;
import io.migrationlsp.core.model.QualifiedName;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.rules.Edit;
import io.migrationlsp.core.rules.Fix;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import io.migrationlsp.core.workspace.manifest.SchemaManifest;

/**
 * {@code CREATE TYPE ... AS ENUM} (and {@code ALTER TYPE ... ADD VALUE}, which only an enum takes)
 * may only name enums the schema manifest lists.
 */
public final class ManifestEnum implements Rule {
    private static final RuleMeta META = new RuleMeta("manifest-enum", Severity.ERROR, Profile.SUPABASE,
            "CREATE TYPE ... AS ENUM not in the schema manifest's enums");

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
        if (manifest == null || !manifest.listsEnums() || !Supabase.isMigration(ctx)) {
            return;
        }
        for (StatementModel m : ctx.models()) {
            boolean create = PostgresFacts.enumValues(m) != null;
            QualifiedName type = create ? m.target()
                    : PostgresFacts.altersEnumValues(m) ? PostgresFacts.alteredType(m) : null;
            if (type == null || Supabase.isManaged(type) || manifest.hasEnum(Supabase.schema(type), type.table().name())) {
                continue;
            }
            String name = Supabase.manifestName(type);
            Edit add = manifest.addEnum(name);
            String message = "Enum " + type.display() + " is not in the schema manifest (" + Supabase.manifestPath(ctx)
                    + ", \"enums\"): " + (create ? "new enums" : "enums a migration changes")
                    + " must be canonical. Add it to the manifest in the same commit, or use the canonical enum.";
            if (add == null) {
                ctx.report(type.span(), message);
            } else {
                ctx.report(type.span(), message, Fix.unsafe("Add " + name + " to the manifest's enums", add));
            }
        }
    }
}
