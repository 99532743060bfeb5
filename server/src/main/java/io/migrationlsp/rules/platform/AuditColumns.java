package io.migrationlsp.rules.platform;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.model.ColumnDef;
import io.migrationlsp.core.model.StatementKind;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.rules.Edit;
import io.migrationlsp.core.rules.Fix;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tenant tables carry CREATED_BY, CREATED_AT, UPDATED_BY, UPDATED_AT; platform tables CREATED_AT
 * (the list is configurable with {@code platformAuditColumns}).
 */
public final class AuditColumns implements Rule {
    static final Map<String, String> DEFINITIONS = new LinkedHashMap<>();

    static {
        DEFINITIONS.put("CREATED_BY", "CREATED_BY NVARCHAR(100) NOT NULL");
        DEFINITIONS.put("CREATED_AT", "CREATED_AT DATETIME2 NOT NULL DEFAULT SYSDATETIME()");
        DEFINITIONS.put("UPDATED_BY", "UPDATED_BY NVARCHAR(100) NULL");
        DEFINITIONS.put("UPDATED_AT", "UPDATED_AT DATETIME2 NULL");
    }

    private static final RuleMeta META = new RuleMeta("audit-columns", Severity.WARNING, Profile.PLATFORM,
            "CREATE TABLE lacks audit columns (CREATED_BY, CREATED_AT, UPDATED_BY, UPDATED_AT)");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        for (StatementModel m : ctx.models()) {
            if (m.kind() != StatementKind.CREATE_TABLE || m.columns().isEmpty()) {
                continue;
            }
            List<String> required;
            if (m.scope() == StatementModel.Scope.TENANT) {
                required = List.copyOf(DEFINITIONS.keySet());
            } else if (m.scope() == StatementModel.Scope.PLATFORM) {
                required = ctx.config().platformAuditColumns();
            } else {
                continue;
            }
            List<String> missing = new ArrayList<>();
            for (String col : required) {
                if (m.column(col) == null) {
                    missing.add(col.toUpperCase(Locale.ROOT));
                }
            }
            if (missing.isEmpty()) {
                continue;
            }
            ctx.report(m.headSpan(), "Table " + m.target().table().raw() + " lacks audit column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + ": every " + (m.scope() == StatementModel.Scope.TENANT ? "tenant" : "platform")
                    + " table records who and when.", Fix.of("Add " + String.join(", ", missing), insertAfterLastColumn(ctx, m, missing)));
        }
    }

    private static Edit insertAfterLastColumn(RuleContext ctx, StatementModel m, List<String> missing) {
        String text = ctx.text();
        ColumnDef last = m.columns().get(m.columns().size() - 1);
        String indent = Texts.indentAt(text, last.span().start());
        boolean ownLine = indent.length() == last.span().start() - Texts.lineStart(text, last.span().start());
        String nl = Texts.newline(text);
        StringBuilder sb = new StringBuilder();
        for (String col : missing) {
            String def = DEFINITIONS.getOrDefault(col, col + " DATETIME2 NULL");
            sb.append(',').append(ownLine ? nl + indent : " ").append(def);
        }
        return Edit.insert(last.span().end(), sb.toString());
    }
}
