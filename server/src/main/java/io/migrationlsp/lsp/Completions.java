package io.migrationlsp.lsp;

import io.migrationlsp.core.text.TextSpan;
import io.migrationlsp.core.workspace.Project;
import io.migrationlsp.core.workspace.RoleCatalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Completion of role names inside the string of {@code PLATFORM.ROLES WHERE NAME = '|'}. The
 * context is read from the text before the cursor, not from the parsed file: while the user types,
 * the string is unterminated and the statement does not parse.
 */
final class Completions {
    /** How far back the role lookup may start; a role sub-select is one short line. */
    private static final int LOOKBEHIND = 400;
    private static final Pattern ROLE_STRING = Pattern.compile(
            "(?i)PLATFORM\\s*\\.\\s*(?:ROLES|\\[ROLES\\])\\s+WHERE\\s+(?:NAME|\\[NAME\\])\\s*=\\s*N?'([^'\\r\\n]*)$");

    private final RoleCatalog roles;
    private final DocumentStore documents;

    Completions(RoleCatalog roles, DocumentStore documents) {
        this.roles = roles;
        this.documents = documents;
    }

    CompletionList complete(Document doc, Project project, Position position, ClientFeatures features, CancelChecker cancel) {
        int cursor = Conversions.offset(doc.lines(), position, features.encoding());
        String text = doc.text();
        String before = text.substring(Math.max(0, cursor - LOOKBEHIND), cursor);
        Matcher m = ROLE_STRING.matcher(before);
        if (!doc.isSql() || !m.find() || inLineComment(before, m.start())) {
            return new CompletionList(false, List.of());
        }
        String prefix = m.group(1);
        TextSpan replace = new TextSpan(cursor - prefix.length(), cursor);
        var range = Conversions.range(doc.lines(), replace, features.encoding());
        List<CompletionItem> items = new ArrayList<>();
        String wanted = prefix.toLowerCase(Locale.ROOT);
        int rank = 0;
        for (RoleCatalog.Role role : roles.roles(project, rel -> openText(project, rel), cancel::isCanceled)) {
            cancel.checkCanceled();
            if (!role.name().toLowerCase(Locale.ROOT).startsWith(wanted)) {
                continue;
            }
            CompletionItem item = new CompletionItem(role.name());
            item.setKind(role.origin() == RoleCatalog.Origin.CONSTANTS ? CompletionItemKind.EnumMember : CompletionItemKind.Value);
            item.setDetail(detail(role));
            item.setDocumentation(new MarkupContent(MarkupKind.MARKDOWN, documentation(role)));
            item.setFilterText(role.name());
            item.setSortText(String.format("%04d", rank++));
            item.setTextEdit(Either.forLeft(new TextEdit(range, role.name().replace("'", "''"))));
            items.add(item);
        }
        return new CompletionList(false, items);
    }

    private String openText(Project project, String rel) {
        Path p = project.resolve(rel);
        Document d = documents.byPath(p);
        return d != null ? d.text() : null;
    }

    private static String detail(RoleCatalog.Role role) {
        return switch (role.origin()) {
            case CONSTANTS -> RoleCatalog.ROLES_CLASS + "." + role.constantName();
            case MIGRATION -> "inserted into PLATFORM.ROLES";
            case CONFIG -> "extraRoles";
        };
    }

    private static String documentation(RoleCatalog.Role role) {
        return switch (role.origin()) {
            case CONSTANTS -> "Built-in role `" + role.constantName() + "` of `" + RoleCatalog.ROLES_CLASS + "` in `"
                    + role.source() + "`.";
            case MIGRATION -> "Role inserted into `PLATFORM.ROLES` by `" + role.source() + "`.";
            case CONFIG -> "Role listed in `extraRoles` of `.migration-lsp.json`.";
        };
    }

    /** A {@code --} before the match on the same line (outside a string) makes it a comment. */
    private static boolean inLineComment(String before, int matchStart) {
        int lineStart = Math.max(before.lastIndexOf('\n', matchStart) + 1, 0);
        boolean inString = false;
        for (int i = lineStart; i < matchStart; i++) {
            char c = before.charAt(i);
            if (c == '\'') {
                inString = !inString;
            } else if (!inString && c == '-' && i + 1 < matchStart && before.charAt(i + 1) == '-') {
                return true;
            }
        }
        return false;
    }
}
