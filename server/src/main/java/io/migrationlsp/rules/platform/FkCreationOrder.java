package io.migrationlsp.rules.platform;

import io.migrationlsp.core.analysis.WorkspaceFacts;
import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.schema.SchemaModel;
import io.migrationlsp.core.sql.SectionHeader;
import java.util.HashSet;
import java.util.Set;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.model.ForeignKey;
import io.migrationlsp.core.model.StatementKind;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.rules.Edit;
import io.migrationlsp.core.rules.Fix;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import io.migrationlsp.core.text.TextSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** A referenced (parent) table is created before the table whose foreign key points at it. */
public final class FkCreationOrder implements Rule {
    private static final RuleMeta META = new RuleMeta("fk-creation-order", Severity.ERROR, Profile.PLATFORM,
            "CREATE TABLE references a table this file creates later");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        checkWithinFile(ctx, "this file");
        checkAgainstHistory(ctx);
    }

    /** A parent created by a later migration: the CREATE TABLE fails when this migration runs. */
    private static void checkAgainstHistory(RuleContext ctx) {
        WorkspaceFacts facts = History.facts(ctx);
        if (facts == null) {
            return;
        }
        Set<String> createdHere = new HashSet<>();
        for (StatementModel m : ctx.file().models()) {
            if (m.kind() == StatementKind.CREATE_TABLE && m.target() != null) {
                createdHere.add(m.target().key());
            }
        }
        SchemaModel before = null;
        for (StatementModel m : ctx.file().models()) {
            if (m.kind() != StatementKind.CREATE_TABLE || m.target() == null) {
                continue;
            }
            for (ForeignKey fk : m.foreignKeys()) {
                String key = fk.refTable().key();
                if (createdHere.contains(key)) {
                    continue;
                }
                before = before != null ? before : facts.schemaBefore(ctx.file().path());
                if (before.table(key) != null) {
                    continue;
                }
                String later = facts.laterCreator(ctx.file().path(), key);
                if (later != null) {
                    ctx.report(fk.refTable().span(), m.target().table().raw() + " references " + fk.refTable().table().raw()
                            + ", which " + later + " creates later: this migration fails when it runs. Create the parent first.");
                }
            }
        }
    }

    /** Parents created later in the same SQL text; {@code where} names that text in the message. */
    static void checkWithinFile(RuleContext ctx, String where) {
        List<StatementModel> models = ctx.file().models();
        Map<String, Integer> createdAt = new HashMap<>();
        for (int i = 0; i < models.size(); i++) {
            StatementModel m = models.get(i);
            if (m.kind() == StatementKind.CREATE_TABLE && m.target() != null) {
                createdAt.putIfAbsent(m.target().key(), i);
            }
        }
        for (int i = 0; i < models.size(); i++) {
            StatementModel m = models.get(i);
            if (m.kind() != StatementKind.CREATE_TABLE || m.target() == null) {
                continue;
            }
            // Every later parent of this table moves in one edit, so the fixes of its findings are one and the same.
            TreeSet<Integer> laterParents = new TreeSet<>();
            for (ForeignKey fk : m.foreignKeys()) {
                Integer parentIndex = createdAt.get(fk.refTable().key());
                if (parentIndex != null && parentIndex > i && !fk.refTable().key().equals(m.target().key())) {
                    laterParents.add(parentIndex);
                }
            }
            if (laterParents.isEmpty()) {
                continue;
            }
            List<TextSpan> moved = new ArrayList<>();
            for (int p : laterParents) {
                moved.add(models.get(p).statement().span());
            }
            Edit edit = moveBefore(ctx, moved, m.statement().span());
            for (ForeignKey fk : m.foreignKeys()) {
                Integer parentIndex = createdAt.get(fk.refTable().key());
                if (parentIndex == null || parentIndex <= i || fk.refTable().key().equals(m.target().key())) {
                    continue;
                }
                String parents = laterParents.size() == 1 ? "CREATE TABLE " + fk.refTable().table().raw()
                        : "the CREATE TABLE of its " + laterParents.size() + " parent tables";
                ctx.report(fk.refTable().span(), m.target().table().raw() + " references " + fk.refTable().table().raw()
                                + ", which " + where + " creates later: the CREATE TABLE fails. Create the parent table first.",
                        edit == null ? List.of()
                                : List.of(Fix.of("Move " + parents + " before " + m.target().table().raw(), edit)));
            }
        }
    }

    /**
     * Moves the given statements (in file order, all after {@code before}) to the line where {@code before}
     * starts. One edit spanning all of them keeps the fix atomic: separate moves would overlap. A
     * statement takes the comment lines right above it along (they describe it), and, when blank lines
     * stand on both sides of it, the one after it, so the spacing between statements stays as it was.
     */
    private static Edit moveBefore(RuleContext ctx, List<TextSpan> moved, TextSpan before) {
        String text = ctx.text();
        int insertAt = commentsAbove(ctx, before.start());
        StringBuilder blocks = new StringBuilder();
        StringBuilder rest = new StringBuilder();
        int cursor = Texts.fullLines(text, before).end();
        rest.append(text, insertAt, cursor);
        for (TextSpan span : moved) {
            TextSpan lines = Texts.fullLines(text, span);
            if (lines.start() < cursor) {
                // Statements sharing a line cannot be moved line by line without moving their neighbours.
                return null;
            }
            int start = Math.max(cursor, commentsAbove(ctx, span.start()));
            int end = lines.end();
            int next = Texts.nextLineStart(text, end);
            boolean blankAbove = start > 0 && text.substring(Texts.lineStart(text, start - 1), start).isBlank();
            if (blankAbove && end < text.length() && text.substring(end, next).isBlank() && text.charAt(next - 1) == '\n') {
                end = next;
            }
            String block = text.substring(start, end);
            if (!block.endsWith("\n")) {
                block = block + Texts.newline(text);
            }
            blocks.append(block);
            rest.append(text, cursor, start);
            cursor = end;
        }
        return Edit.replace(new TextSpan(insertAt, cursor), blocks.toString() + rest);
    }

    /** The start of the statement's line, or of the run of plain comment lines right above it (never a section header). */
    private static int commentsAbove(RuleContext ctx, int statementStart) {
        String text = ctx.text();
        int start = Texts.lineStart(text, statementStart);
        while (start > 0) {
            int previous = Texts.lineStart(text, start - 1);
            String line = text.substring(previous, start).strip();
            if (!line.startsWith("--") || isHeader(ctx, previous)) {
                break;
            }
            start = previous;
        }
        return start;
    }

    private static boolean isHeader(RuleContext ctx, int lineStart) {
        for (SectionHeader h : ctx.file().split().headers()) {
            if (Texts.lineStart(ctx.text(), h.span().start()) == lineStart) {
                return true;
            }
        }
        return false;
    }
}
