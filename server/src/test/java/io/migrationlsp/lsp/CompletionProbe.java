package io.migrationlsp.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.migrationlsp.core.text.LineMap;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionCapabilities;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemCapabilities;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;

/**
 * Completion tests written as text with a {@code |} at the cursor, run through the real server on
 * a copy of the completion workspace fixture (migrations, tables.py and constants.py).
 */
final class CompletionProbe {
    /** The next free migration of the fixture: completion tests edit it. */
    static final String NEW_FILE = "_migrations/2026_2_2_1.sql";

    private CompletionProbe() {}

    static Path workspace(Path dir) throws Exception {
        Path root = dir.resolve("ws");
        Fixtures.copyTree(Paths.get("src", "test", "resources", "completion", "workspace").toAbsolutePath(), root);
        return root;
    }

    static ClientCapabilities client(boolean snippets, boolean pull) {
        ClientCapabilities caps = pull ? TestServer.pullClient() : TestServer.pushClient();
        CompletionItemCapabilities item = new CompletionItemCapabilities();
        item.setSnippetSupport(snippets);
        caps.getTextDocument().setCompletion(new CompletionCapabilities(item));
        return caps;
    }

    /** A text with one {@code |}: the text without it and the cursor position. */
    record Marked(String text, Position cursor) {
        static Marked of(String withBar) {
            int at = withBar.indexOf('|');
            String text = withBar.substring(0, at) + withBar.substring(at + 1);
            LineMap lines = new LineMap(text);
            return new Marked(text, new Position(lines.lineOf(at), at - lines.lineStart(lines.lineOf(at))));
        }

        Position shifted(int characters) {
            return new Position(cursor.getLine(), cursor.getCharacter() + characters);
        }
    }

    /** Opens {@link #NEW_FILE} with the marked text and asks for completion at the bar. */
    static List<CompletionItem> complete(TestServer t, Path root, String withBar) throws Exception {
        Marked m = Marked.of(withBar);
        String uri = t.open(root.resolve(NEW_FILE), m.text());
        return complete(t, uri, m.cursor());
    }

    static List<CompletionItem> complete(TestServer t, String uri, Position at) throws Exception {
        var result = t.server.getTextDocumentService()
                .completion(new CompletionParams(new TextDocumentIdentifier(uri), at)).get(20, TimeUnit.SECONDS);
        assertNotNull(result);
        List<CompletionItem> items = result.getRight().getItems();
        for (int i = 0; i < items.size(); i++) {
            CompletionItem item = items.get(i);
            assertNotNull(item.getDocumentation(), "item without documentation: " + item.getLabel());
            assertEquals(MarkupKind.MARKDOWN, item.getDocumentation().getRight().getKind());
            assertEquals(String.format("%04d", i), item.getSortText(), "sortText keeps the server's order");
        }
        return items;
    }

    static List<String> labels(List<CompletionItem> items) {
        return items.stream().map(CompletionItem::getLabel).toList();
    }

    static TextEdit edit(CompletionItem item) {
        return item.getTextEdit().getLeft();
    }

    static CompletionItem find(List<CompletionItem> items, String label) {
        return items.stream().filter(i -> i.getLabel().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError(label + " not in " + labels(items)));
    }

    private static final Pattern TAB_STOP = Pattern.compile("\\$\\{(\\d+)(?::((?:\\\\.|[^}\\\\])*)|\\|((?:\\\\.|[^|\\\\])*)\\|)?}|\\$(\\d+)");

    /**
     * Fills an LSP snippet's placeholders with their defaults, as an editor does when the user only
     * presses Tab: {@code ${n:x}} gives x, {@code ${n|a,b|}} gives a, {@code ${n}} repeats tab stop n.
     */
    static String expandDefaults(String snippet) {
        Map<String, String> values = new HashMap<>();
        Matcher m = TAB_STOP.matcher(snippet);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(unescape(snippet.substring(last, m.start())));
            String stop = m.group(1) != null ? m.group(1) : m.group(4);
            String value;
            if (m.group(2) != null) {
                value = unescape(m.group(2));
            } else if (m.group(3) != null) {
                value = unescape(m.group(3).split("(?<!\\\\),", -1)[0]);
            } else {
                value = values.getOrDefault(stop, "");
            }
            values.putIfAbsent(stop, value);
            out.append(value);
            last = m.end();
        }
        return out.append(unescape(snippet.substring(last))).toString();
    }

    private static String unescape(String s) {
        return s.replaceAll("\\\\([$}\\\\,|])", "$1");
    }
}
