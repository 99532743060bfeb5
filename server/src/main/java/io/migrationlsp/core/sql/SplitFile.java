package io.migrationlsp.core.sql;

import io.migrationlsp.core.text.TextSpan;
import io.migrationlsp.core.text.Token;
import java.util.List;
import java.util.Set;

/**
 * A SQL text cut into statements, with every token (comments included), the section headers,
 * the {@code GO} batch lines and the file-wide suppressions.
 */
public record SplitFile(
        String text,
        List<Token> tokens,
        List<Statement> statements,
        List<SectionHeader> headers,
        List<TextSpan> goLines,
        Set<String> fileSuppressed) {}
