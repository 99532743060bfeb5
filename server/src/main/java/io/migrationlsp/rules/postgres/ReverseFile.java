package io.migrationlsp.rules.postgres;

import io.migrationlsp.core.analysis.WorkspaceFacts;
import io.migrationlsp.core.rules.Fix;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.schema.ReverseScript;
import io.migrationlsp.core.schema.SchemaModel;

/** The fix that creates a migration's missing rollback or down script, holding the DDL that undoes it. */
public final class ReverseFile {
    private ReverseFile() {}

    public static Fix create(RuleContext ctx, String reversePath, String title) {
        WorkspaceFacts facts = ctx.workspace().facts();
        SchemaModel before = facts == null ? new SchemaModel() : facts.schemaBefore(ctx.file().path());
        String content = ReverseScript.text(ctx.file(), before, title);
        String name = reversePath.substring(reversePath.lastIndexOf('/') + 1);
        return Fix.createFile("Create " + name + " with the inverse DDL", reversePath, content);
    }
}
