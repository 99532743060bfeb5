package io.migrationlsp.lsp;

import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.rules.Finding;
import io.migrationlsp.core.text.LineMap;
import io.migrationlsp.core.text.TextSpan;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/** Core values (char offsets, findings) to LSP values (positions in the negotiated encoding, diagnostics) and back. */
final class Conversions {
    static final String SOURCE = "migration-lsp";

    private Conversions() {}

    static Position position(LineMap lines, int offset, LineMap.Encoding encoding) {
        LineMap.Position p = lines.position(offset, encoding);
        return new Position(p.line(), p.column());
    }

    static Range range(LineMap lines, TextSpan span, LineMap.Encoding encoding) {
        return new Range(position(lines, span.start(), encoding), position(lines, span.end(), encoding));
    }

    /** Offset of a client position, clamped into the text; a missing position counts as the start. */
    static int offset(LineMap lines, Position p, LineMap.Encoding encoding) {
        if (p == null) {
            return 0;
        }
        return lines.offset(p.getLine(), p.getCharacter(), encoding);
    }

    /** A client range as a span; a reversed range is read as empty at its start. */
    static TextSpan span(LineMap lines, Range r, LineMap.Encoding encoding) {
        if (r == null) {
            return new TextSpan(0, 0);
        }
        int start = offset(lines, r.getStart(), encoding);
        int end = offset(lines, r.getEnd(), encoding);
        return new TextSpan(start, Math.max(start, end));
    }

    static Diagnostic diagnostic(Finding f, LineMap lines, LineMap.Encoding encoding) {
        Diagnostic d = new Diagnostic(range(lines, f.span(), encoding), f.message(), severity(f.severity()), SOURCE);
        d.setCode(f.ruleId());
        return d;
    }

    static DiagnosticSeverity severity(Severity s) {
        if (s == null) {
            return DiagnosticSeverity.Warning;
        }
        return switch (s) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case INFORMATION -> DiagnosticSeverity.Information;
            case HINT -> DiagnosticSeverity.Hint;
        };
    }
}
