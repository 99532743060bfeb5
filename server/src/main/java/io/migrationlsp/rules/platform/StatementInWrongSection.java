package io.migrationlsp.rules.platform;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.model.StatementKind;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.rules.Edit;
import io.migrationlsp.core.rules.Fix;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import io.migrationlsp.core.sql.Section;
import io.migrationlsp.core.sql.SectionHeader;
import io.migrationlsp.core.text.TextSpan;
import java.util.List;

/** A statement stands under the header of its scope: PLATFORM. under platform, the placeholder under tenant. */
public final class StatementInWrongSection implements Rule {
    private static final RuleMeta META = new RuleMeta("statement-in-wrong-section", Severity.ERROR, Profile.PLATFORM,
            "statement under the other scope's header, or before any header");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        List<SectionHeader> headers = ctx.file().split().headers();
        boolean anyHeader = headers.stream().anyMatch(h -> h.kind() != SectionHeader.Kind.NOTE);
        if (!anyHeader) {
            return;
        }
        for (StatementModel m : ctx.file().models()) {
            Section wanted = switch (m.scope()) {
                case PLATFORM -> Section.PLATFORM;
                case TENANT -> Section.TENANT;
                default -> null;
            };
            if (m.section() == Section.NONE && wanted == null) {
                if (isSessionControl(m)) {
                    continue;
                }
                ctx.report(m.headSpan(), "This statement stands before any section header: put it under the platform or tenant header.");
                continue;
            }
            if (wanted == null || m.section() == wanted) {
                continue;
            }
            String where = m.section() == Section.NONE ? "before any section header" : "under the " + m.section().name().toLowerCase() + " header";
            String scope = wanted == Section.PLATFORM ? "A PLATFORM." : "A tenant (" + ctx.config().placeholder() + ")";
            Edit move = move(ctx, m, headers, wanted);
            if (move == null) {
                ctx.report(m.headSpan(), scope + " statement stands " + where + ": move it to the "
                        + wanted.name().toLowerCase() + " section.");
            } else {
                ctx.report(m.headSpan(), scope + " statement stands " + where + ": move it to the "
                        + wanted.name().toLowerCase() + " section.", Fix.of("Move to the " + wanted.name().toLowerCase() + " section", move));
            }
        }
    }

    /**
     * {@code SET XACT_ABORT ON}, {@code BEGIN TRANSACTION} and the like wrap the whole migration: they
     * change no schema, so they belong to neither section and may stand above the first header.
     */
    private static boolean isSessionControl(StatementModel m) {
        return m.kind() == StatementKind.SET_OPTION || m.kind() == StatementKind.TRANSACTION;
    }

    /** Cuts the statement's lines and pastes them at the end of the wanted section, as one edit. */
    private static Edit move(RuleContext ctx, StatementModel m, List<SectionHeader> headers, Section wanted) {
        String text = ctx.text();
        SectionHeader.Kind kind = wanted == Section.PLATFORM ? SectionHeader.Kind.PLATFORM : SectionHeader.Kind.TENANT;
        SectionHeader target = null;
        for (SectionHeader h : headers) {
            if (h.kind() == kind) {
                target = h;
                break;
            }
        }
        if (target == null) {
            return null;
        }
        int insertAt = text.length();
        for (SectionHeader h : headers) {
            if (h.span().start() > target.span().end() && h.kind() != SectionHeader.Kind.NOTE) {
                insertAt = Texts.lineStart(text, h.span().start());
                break;
            }
        }
        TextSpan lines = Texts.fullLines(text, m.statement().span());
        String block = text.substring(lines.start(), lines.end());
        if (!block.endsWith("\n")) {
            block += Texts.newline(text);
        }
        if (insertAt >= lines.start() && insertAt <= lines.end()) {
            return null;
        }
        String prefix = insertAt == text.length() && !text.endsWith("\n") ? Texts.newline(text) : "";
        if (insertAt > lines.end()) {
            String between = text.substring(lines.end(), insertAt);
            return Edit.replace(new TextSpan(lines.start(), insertAt), between + prefix + block);
        }
        String between = text.substring(insertAt, lines.start());
        return Edit.replace(new TextSpan(insertAt, lines.end()), block + between);
    }
}
