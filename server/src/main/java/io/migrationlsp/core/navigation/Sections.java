package io.migrationlsp.core.navigation;

import io.migrationlsp.core.analysis.SqlFile;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.sql.SectionHeader;
import io.migrationlsp.core.text.TextSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * The platform and tenant sections of a file: each from its header to the end of the last
 * statement before the next header, with the top-level statements it holds. The NOTE line is part
 * of the tenant section, not a section of its own.
 */
final class Sections {
    record Part(SectionHeader header, TextSpan span, List<StatementModel> statements) {}

    /** Statements before the first header. */
    final List<StatementModel> before = new ArrayList<>();
    final List<Part> parts = new ArrayList<>();

    static Sections of(SqlFile file) {
        Sections s = new Sections();
        List<SectionHeader> headers = new ArrayList<>();
        for (SectionHeader h : file.split().headers()) {
            if (h.kind() != SectionHeader.Kind.NOTE) {
                headers.add(h);
            }
        }
        headers.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        List<List<StatementModel>> held = new ArrayList<>();
        headers.forEach(h -> held.add(new ArrayList<>()));
        int h = -1;
        for (StatementModel m : file.models()) {
            int start = m.statement().span().start();
            while (h + 1 < headers.size() && headers.get(h + 1).span().start() <= start) {
                h++;
            }
            (h < 0 ? s.before : held.get(h)).add(m);
        }
        for (int i = 0; i < headers.size(); i++) {
            SectionHeader header = headers.get(i);
            List<StatementModel> statements = held.get(i);
            int end = header.span().end();
            if (!statements.isEmpty()) {
                end = Math.max(end, statements.get(statements.size() - 1).statement().span().end());
            }
            s.parts.add(new Part(header, new TextSpan(header.span().start(), end), List.copyOf(statements)));
        }
        return s;
    }

    /** {@code -- ========== TENANT MIGRATIONS ==========} → {@code TENANT MIGRATIONS}. */
    static String title(SectionHeader h) {
        String t = h.text().replaceAll("^[-=\\s]+|[-=\\s]+$", "").trim();
        return t.isEmpty() ? h.kind().name() : t;
    }
}
