package io.migrationlsp.core.sql;

import io.migrationlsp.core.text.Token;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code -- migration-lsp: disable=a,b} and {@code disable-file=} comments (also {@code #} in Python). */
public final class Suppressions {
    private static final Pattern DIRECTIVE =
            Pattern.compile("(?:--|#|/\\*)\\s*migration-lsp:\\s*(disable-file|disable)\\s*=\\s*([A-Za-z0-9_,\\- ]+)");

    private Suppressions() {}

    public record Directive(boolean fileWide, Set<String> rules) {}

    public static Directive parse(String commentText) {
        Matcher m = DIRECTIVE.matcher(commentText);
        if (!m.find()) {
            return null;
        }
        Set<String> rules = new LinkedHashSet<>();
        for (String part : m.group(2).split(",")) {
            String id = part.trim().toLowerCase(Locale.ROOT);
            if (!id.isEmpty()) {
                rules.add(id.split("\\s+")[0]);
            }
        }
        return new Directive(m.group(1).equals("disable-file"), rules);
    }

    public static Directive parse(Token comment) {
        return comment.kind().isComment() ? parse(comment.text()) : null;
    }
}
