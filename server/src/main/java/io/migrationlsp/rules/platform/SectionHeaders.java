package io.migrationlsp.rules.platform;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.rules.Edit;
import io.migrationlsp.core.rules.Fix;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import io.migrationlsp.core.sql.SectionHeader;
import java.util.List;

/**
 * A migration says which part touches the shared platform schema and which every tenant:
 * {@code -- ========== PLATFORM MIGRATIONS ==========} first, then the tenant header followed by the
 * reminder to keep {@code app/tenant/tables.py} in sync.
 */
public final class SectionHeaders implements Rule {
    private static final RuleMeta META = new RuleMeta("section-headers", Severity.ERROR, Profile.PLATFORM,
            "missing, misspelt or out-of-order section headers");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        List<SectionHeader> headers = ctx.file().split().headers();
        String nl = Texts.newline(ctx.text());
        SectionHeader platform = first(headers, SectionHeader.Kind.PLATFORM);
        SectionHeader tenant = first(headers, SectionHeader.Kind.TENANT);
        for (SectionHeader h : headers) {
            if (!h.exact()) {
                ctx.report(h.span(), "Misspelt header: write exactly " + h.canonicalText() + ".",
                        Fix.of("Correct the header", Edit.replace(h.span(), h.canonicalText())));
            }
        }
        StatementModel firstPlatform = firstOfScope(ctx, StatementModel.Scope.PLATFORM);
        StatementModel firstTenant = firstOfScope(ctx, StatementModel.Scope.TENANT);
        if (firstPlatform != null && platform == null) {
            int at = Texts.lineStart(ctx.text(), firstPlatform.statement().span().start());
            ctx.report(firstPlatform.headSpan(), "Platform statements need the header " + SectionHeader.PLATFORM_TEXT + " above them.",
                    Fix.of("Insert the platform header", Edit.insert(at, SectionHeader.PLATFORM_TEXT + nl)));
        }
        if (firstTenant != null && tenant == null) {
            int at = Texts.lineStart(ctx.text(), firstTenant.statement().span().start());
            ctx.report(firstTenant.headSpan(), "Tenant statements need the header " + SectionHeader.TENANT_TEXT
                            + " and the line " + SectionHeader.NOTE_TEXT + " above them.",
                    Fix.of("Insert the tenant header", Edit.insert(at, SectionHeader.TENANT_TEXT + nl + SectionHeader.NOTE_TEXT + nl)));
        }
        if (tenant != null && !hasNoteAfter(ctx, headers, tenant)) {
            int at = Texts.nextLineStart(ctx.text(), tenant.span().end());
            String insert = at >= ctx.text().length() && !ctx.text().endsWith("\n") ? nl + SectionHeader.NOTE_TEXT : SectionHeader.NOTE_TEXT + nl;
            ctx.report(tenant.span(), "The tenant header is followed by " + SectionHeader.NOTE_TEXT
                            + ": forgetting tables.py is the #1 migration mistake.",
                    Fix.of("Insert the NOTE line", Edit.insert(at, insert)));
        }
        if (platform != null && tenant != null && tenant.span().start() < platform.span().start()) {
            ctx.report(platform.span(), "The platform section comes before the tenant section.");
        }
    }

    private static SectionHeader first(List<SectionHeader> headers, SectionHeader.Kind kind) {
        for (SectionHeader h : headers) {
            if (h.kind() == kind) {
                return h;
            }
        }
        return null;
    }

    /** The NOTE line stands between the tenant header and the first statement after it. */
    private static boolean hasNoteAfter(RuleContext ctx, List<SectionHeader> headers, SectionHeader tenant) {
        int limit = ctx.text().length();
        for (StatementModel m : ctx.file().models()) {
            if (m.statement().span().start() > tenant.span().end()) {
                limit = m.statement().span().start();
                break;
            }
        }
        for (SectionHeader h : headers) {
            if (h.kind() == SectionHeader.Kind.NOTE && h.span().start() > tenant.span().end() && h.span().start() < limit) {
                return true;
            }
        }
        return false;
    }

    private static StatementModel firstOfScope(RuleContext ctx, StatementModel.Scope scope) {
        for (StatementModel m : ctx.file().models()) {
            if (m.scope() == scope) {
                return m;
            }
        }
        return null;
    }
}
