package io.migrationlsp.rules.supabase;

import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.rules.Edit;
import io.migrationlsp.core.text.TextSpan;

/**
 * The guide's idempotency pattern as an edit: the statement moved inside
 * {@code DO $$ BEGIN IF NOT EXISTS (<check>) THEN ... END IF; END $$;}, indented as the guide writes it.
 */
final class DoBlockWrap {
    private DoBlockWrap() {}

    /**
     * Replaces a top-level statement (terminator included) by the guarded block. {@code check} is the
     * query inside {@code NOT EXISTS (...)}, one line per element.
     */
    static Edit wrap(String text, StatementModel m, String... check) {
        TextSpan span = m.statement().span();
        String nl = text.contains("\r\n") ? "\r\n" : "\n";
        String indent = indentAt(text, span.start());
        String body = m.statement().text(text);
        String tag = body.contains("$$") ? "$do$" : "$$";
        StringBuilder sb = new StringBuilder();
        sb.append("DO ").append(tag).append(nl);
        sb.append(indent).append("BEGIN").append(nl);
        sb.append(indent).append("  IF NOT EXISTS (").append(nl);
        for (String line : check) {
            sb.append(indent).append("    ").append(line).append(nl);
        }
        sb.append(indent).append("  ) THEN").append(nl);
        String[] lines = body.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean blank = line.isBlank();
            sb.append(blank ? "" : (i == 0 ? indent + "    " : "    ")).append(blank ? "" : line);
            sb.append(i == lines.length - 1 ? ";" : "").append(nl);
        }
        sb.append(indent).append("  END IF;").append(nl);
        sb.append(indent).append("END ").append(tag).append(';');
        return Edit.replace(span, sb.toString());
    }

    private static String indentAt(String text, int offset) {
        int start = offset;
        while (start > 0 && text.charAt(start - 1) != '\n') {
            start--;
        }
        int k = start;
        while (k < offset && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k++;
        }
        return text.substring(start, k);
    }
}
