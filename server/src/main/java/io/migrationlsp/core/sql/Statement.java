package io.migrationlsp.core.sql;

import io.migrationlsp.core.text.TextSpan;
import io.migrationlsp.core.text.Token;
import java.util.List;
import java.util.Set;

/**
 * One statement as the splitter cut it: its significant tokens (no comments), the {@code ;} that
 * ended it if any, the section it stands in and the rules its suppression comments disable.
 */
public record Statement(
        int index,
        List<Token> tokens,
        Token terminator,
        Section section,
        Set<String> suppressed) {

    public TextSpan span() {
        int start = tokens.get(0).start();
        int end = terminator != null ? terminator.end() : tokens.get(tokens.size() - 1).end();
        return new TextSpan(start, end);
    }

    /** Span of the statement without its terminator. */
    public TextSpan bodySpan() {
        return new TextSpan(tokens.get(0).start(), tokens.get(tokens.size() - 1).end());
    }

    public Token first() {
        return tokens.get(0);
    }

    public String text(String source) {
        TextSpan s = bodySpan();
        return source.substring(s.start(), s.end());
    }
}
