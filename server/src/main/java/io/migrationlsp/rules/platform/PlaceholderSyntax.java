package io.migrationlsp.rules.platform;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.rules.Edit;
import io.migrationlsp.core.rules.Fix;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import io.migrationlsp.core.text.TextSpan;
import io.migrationlsp.core.text.Token;
import io.migrationlsp.core.text.TokenKind;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tenant schema is written exactly as the placeholder the provisioning code replaces
 * ({@code {schema_name}}); any other spelling reaches the database literally.
 */
public final class PlaceholderSyntax implements Rule {
    private static final RuleMeta META = new RuleMeta("placeholder-syntax", Severity.ERROR, Profile.PLATFORM,
            "misspelt tenant placeholder ({schemaname}, <schema_name>, $schema_name, [schema_name])");
    private static final Pattern IN_STRING = Pattern.compile("\\{+\\s*schema_?name\\s*}+|<\\s*schema_?name\\s*>|\\$schema_?name\\b",
            Pattern.CASE_INSENSITIVE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        String placeholder = ctx.config().placeholder();
        List<Token> tokens = ctx.file().split().tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            TextSpan bad = null;
            if (t.kind() == TokenKind.BRACED && !t.text().equals(placeholder) && looksLikeSchemaName(t.text())) {
                bad = t.span();
            } else if (t.kind() == TokenKind.QUOTED_IDENT && t.text().startsWith("[") && looksLikeSchemaName(t.text())
                    && followedByDot(tokens, i)) {
                bad = t.span();
            } else if (t.kind() == TokenKind.WORD && (t.text().startsWith("$") || t.text().startsWith("@"))
                    && looksLikeSchemaName(t.text()) && followedByDot(tokens, i)) {
                bad = t.span();
            } else if (t.isPunct("<") && i + 2 < tokens.size() && tokens.get(i + 2).isPunct(">")
                    && looksLikeSchemaName(tokens.get(i + 1).text())) {
                bad = new TextSpan(t.start(), tokens.get(i + 2).end());
            } else if (t.kind() == TokenKind.STRING) {
                Matcher m = IN_STRING.matcher(t.text());
                while (m.find()) {
                    if (!m.group().equals(placeholder)) {
                        report(ctx, new TextSpan(t.start() + m.start(), t.start() + m.end()), placeholder);
                    }
                }
            }
            if (bad != null) {
                report(ctx, bad, placeholder);
            }
        }
    }

    private static void report(RuleContext ctx, TextSpan span, String placeholder) {
        String written = ctx.text().substring(span.start(), span.end());
        ctx.report(span, written + " is not the tenant placeholder: write " + placeholder
                        + " exactly, or provisioning leaves it in the SQL.",
                Fix.of("Replace with " + placeholder, Edit.replace(span, placeholder)));
    }

    private static boolean looksLikeSchemaName(String raw) {
        String letters = raw.toLowerCase().replaceAll("[^a-z]", "");
        return letters.equals("schemaname");
    }

    private static boolean followedByDot(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && tokens.get(i + 1).isPunct(".");
    }
}
