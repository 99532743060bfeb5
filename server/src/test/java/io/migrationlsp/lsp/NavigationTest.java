package io.migrationlsp.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrationlsp.core.text.LineMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeKind;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hover, definition, references, document symbols and folding through a real LSP4J client, on the
 * {@code workspaces/navigation} fixture: an archive and two migrations (ORDERS created in the first,
 * NOTE added by an ALTER in the second), tables.py and constants.py.
 */
class NavigationTest {
    private static final String FIRST = "_migrations/2026_2_1_1.sql";
    private static final String SECOND = "_migrations/2026_2_2_1.sql";
    private static final String ARCHIVE = "_migrations/2025_and_older/2025_1_1_1.sql";
    private static final String TABLES_PY = "app/tenant/tables.py";
    private static final String CONSTANTS_PY = "app/role/constants.py";

    @TempDir
    Path root;

    @BeforeEach
    void copyWorkspace() throws Exception {
        Fixtures.copyTree(Paths.get("src/test/resources/workspaces/navigation").toAbsolutePath(), root);
    }

    @Test
    void initializeAnnouncesNavigationCapabilities() throws Exception {
        try (TestServer t = new TestServer()) {
            InitializeResult r = t.initialize(root, TestServer.pushClient(), null);
            var caps = r.getCapabilities();
            assertTrue(caps.getDefinitionProvider().getLeft());
            assertTrue(caps.getReferencesProvider().getLeft());
            assertTrue(caps.getDocumentSymbolProvider().getLeft());
            assertTrue(caps.getFoldingRangeProvider().getLeft());
            assertTrue(caps.getHoverProvider().getLeft());
        }
    }

    @Test
    void hoverOnTableShowsItsColumnsAsTheHistoryLeavesThemThere() throws Exception {
        try (TestServer t = new TestServer()) {
            t.initialize(root, TestServer.pushClient(), null);
            String second = read(SECOND);
            String uri = t.open(root.resolve(SECOND), second);
            Hover h = hover(t, uri, second, "[ORDERS] ADD", 3);
            String md = h.getContents().getRight().getValue();
            assertEquals("markdown", h.getContents().getRight().getKind());
            assertTrue(md.contains("**ORDERS** — tenant table, created in `2026_2_1_1.sql:" + line(FIRST, "CREATE TABLE {schema_name}.[ORDERS]") + "`"), md);
            assertTrue(md.contains("| column | type | null | default | added in |"), md);
            assertTrue(md.contains("| ID | INT IDENTITY(1,1) PRIMARY KEY | NOT NULL |  | 2026_2_1_1.sql:" + line(FIRST, "    ID INT") + " |"), md);
            assertTrue(md.contains("| STATUS | NVARCHAR(50) | NOT NULL | 'Open' | 2026_2_1_1.sql:" + line(FIRST, "    STATUS") + " |"), md);
            // The column the ALTER adds is there, with its own origin.
            assertTrue(md.contains("| NOTE | NVARCHAR(500) | NULL |  | 2026_2_2_1.sql:" + line(SECOND, "ALTER TABLE") + " |"), md);
            assertTrue(md.contains("FK (CUSTOMER_ID) → CUSTOMER (ID)"), md);
            assertTrue(md.contains("Index `IDX_ORDERS_STATUS` (STATUS)"), md);
            assertTrue(md.contains("tables.py creates it"), md);
            int start = second.indexOf("{schema_name}.[ORDERS] ADD");
            assertEquals(range(second, start, start + "{schema_name}.[ORDERS]".length()), h.getRange());

            // Earlier in the history (the first migration), NOTE does not exist yet.
            String first = read(FIRST);
            String firstUri = t.open(root.resolve(FIRST), first);
            String earlier = hover(t, firstUri, first, "[ORDERS] (STATUS)", 2).getContents().getRight().getValue();
            assertTrue(earlier.contains("| STATUS |"), earlier);
            assertFalse(earlier.contains("| NOTE |"), earlier);
        }
    }

    @Test
    void hoverInsideTablesPyAndOnAColumn() throws Exception {
        try (TestServer t = new TestServer()) {
            t.initialize(root, TestServer.pushClient(), null);
            String py = read(TABLES_PY);
            String uri = t.open(root.resolve(TABLES_PY), "python", py);
            String md = hover(t, uri, py, "[CUSTOMER] (", 2).getContents().getRight().getValue();
            assertTrue(md.contains("**CUSTOMER** — tenant table, created in `tables.py:" + line(TABLES_PY, "CREATE TABLE {schema_name}.[CUSTOMER]")
                    + "` (as tables.py creates it)"), md);
            assertTrue(md.contains("| NAME | NVARCHAR(255) | NOT NULL |  | tables.py:" + line(TABLES_PY, "    NAME NVARCHAR") + " |"), md);

            String second = read(SECOND);
            String secondUri = t.open(root.resolve(SECOND), second);
            String column = hover(t, secondUri, second, "NOTE NVARCHAR", 1).getContents().getRight().getValue();
            assertTrue(column.startsWith("**ORDERS.NOTE** `NVARCHAR(500)` NULL — added in `2026_2_2_1.sql:" + line(SECOND, "ALTER TABLE") + "`"),
                    column);
        }
    }

    @Test
    void hoverOnPermissionListsTheRolesAndConstants() throws Exception {
        try (TestServer t = new TestServer()) {
            t.initialize(root, TestServer.pushClient(), null);
            String first = read(FIRST);
            String uri = t.open(root.resolve(FIRST), first);
            String md = hover(t, uri, first, "ORDERS.VIEW", 4).getContents().getRight().getValue();
            assertTrue(md.startsWith("**Permission `ORDERS.VIEW`**"), md);
            assertTrue(md.contains("| Super Admin | 2026_2_1_1.sql:3 |"), md);
            assertTrue(md.contains("| Security Admin | 2026_2_1_1.sql:4 |"), md);
            assertTrue(md.contains("In `BuiltInPermissions` as `ORDERS_VIEW` (`constants.py:" + line(CONSTANTS_PY, "ORDERS_VIEW") + "`)."), md);

            // ORDERS.EDIT has a finding too: the rule's hover and the permission's are combined.
            String second = read(SECOND);
            String secondUri = t.open(root.resolve(SECOND), second);
            String edit = hover(t, secondUri, second, "ORDERS.EDIT", 2).getContents().getRight().getValue();
            assertTrue(edit.startsWith("**permission-not-in-constants**"), edit);
            assertTrue(edit.contains("---\n\n**Permission `ORDERS.EDIT`**"), edit);
            assertTrue(edit.contains("| Super Admin | 2026_2_2_1.sql:3 |"), edit);
            assertTrue(edit.contains("**Not** in `BuiltInPermissions` (`constants.py`)."), edit);
        }
    }

    @Test
    void definitionOfTableAndColumnOffersHistoryAndTablesPy() throws Exception {
        try (TestServer t = new TestServer()) {
            t.initialize(root, TestServer.pushClient(), null);
            String second = read(SECOND);
            String uri = t.open(root.resolve(SECOND), second);
            List<? extends Location> table = definition(t, uri, second, "[ORDERS] SET", 1);
            assertEquals(List.of(at(FIRST, "{schema_name}.[ORDERS]", "{schema_name}.[ORDERS]"),
                    at(TABLES_PY, "{schema_name}.[ORDERS]", "{schema_name}.[ORDERS]")), table);

            // A column the ALTER added: the ALTER itself and the column line of tables.py.
            List<? extends Location> note = definition(t, uri, second, "NOTE = N''", 0);
            // NOTE in SET is not modelled; the one in the ALTER is.
            assertTrue(note.isEmpty(), note.toString());
            note = definition(t, uri, second, "NOTE NVARCHAR", 2);
            assertEquals(List.of(at(SECOND, "NOTE NVARCHAR", "NOTE"), at(TABLES_PY, "NOTE NVARCHAR", "NOTE")), note);

            // From tables.py into the history: STATUS in the index key list.
            String py = read(TABLES_PY);
            String pyUri = t.open(root.resolve(TABLES_PY), "python", py);
            List<? extends Location> status = definition(t, pyUri, py, "(STATUS)", 3);
            assertEquals(List.of(at(FIRST, "STATUS NVARCHAR", "STATUS"), at(TABLES_PY, "STATUS NVARCHAR", "STATUS")), status);
        }
    }

    @Test
    void referencesAcrossFilesHonourIncludeDeclaration() throws Exception {
        try (TestServer t = new TestServer()) {
            t.initialize(root, TestServer.pushClient(), null);
            String first = read(FIRST);
            String uri = t.open(root.resolve(FIRST), first);
            Location archiveCreate = at(ARCHIVE, "{schema_name}.[CUSTOMER]", "{schema_name}.[CUSTOMER]");
            Location firstRef = at(FIRST, "{schema_name}.[CUSTOMER]", "{schema_name}.[CUSTOMER]");
            Location pyCreate = at(TABLES_PY, "CREATE TABLE {schema_name}.[CUSTOMER]", "{schema_name}.[CUSTOMER]");
            Location pyRef = at(TABLES_PY, "REFERENCES {schema_name}.[CUSTOMER]", "{schema_name}.[CUSTOMER]");
            assertEquals(List.of(archiveCreate, firstRef, pyCreate, pyRef), references(t, uri, first, "[CUSTOMER]", 1, true));
            assertEquals(List.of(firstRef, pyRef), references(t, uri, first, "[CUSTOMER]", 1, false));

            // A column: definitions in the archive and tables.py, the FK's key column in both.
            List<? extends Location> ids = references(t, uri, first, "[CUSTOMER](ID)", "[CUSTOMER](".length(), false);
            assertEquals(List.of(at(FIRST, "[CUSTOMER](ID)", "ID", "[CUSTOMER](".length()),
                    at(TABLES_PY, "[CUSTOMER](ID)", "ID", "[CUSTOMER](".length())), ids);

            // A permission: every grant, and the constants.py member as its declaration.
            List<? extends Location> view = references(t, uri, first, "ORDERS.VIEW", 1, true);
            assertEquals(3, view.size(), view.toString());
            assertEquals(at(CONSTANTS_PY, "ORDERS.VIEW", "ORDERS.VIEW"), view.get(0));
        }
    }

    @Test
    void documentSymbolsAreSectionsStatementsAndColumns() throws Exception {
        try (TestServer t = new TestServer()) {
            t.initialize(root, TestServer.pushClient(), null);
            String first = read(FIRST);
            String uri = t.open(root.resolve(FIRST), first);
            List<DocumentSymbol> symbols = t.server.getTextDocumentService()
                    .documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri))).get(20, TimeUnit.SECONDS)
                    .stream().map(e -> e.getRight()).collect(Collectors.toList());
            assertEquals(List.of("PLATFORM MIGRATIONS", "TENANT MIGRATIONS"), names(symbols));
            assertEquals(SymbolKind.Namespace, symbols.get(0).getKind());
            assertEquals(List.of("INSERT INTO PLATFORM.ROLE_PERMISSION"), names(symbols.get(0).getChildren()));
            DocumentSymbol tenant = symbols.get(1);
            assertEquals(List.of("CREATE TABLE {schema_name}.[ORDERS]", "CREATE INDEX IDX_ORDERS_STATUS ON {schema_name}.[ORDERS]"),
                    names(tenant.getChildren()));
            DocumentSymbol orders = tenant.getChildren().get(0);
            assertEquals(SymbolKind.Struct, orders.getKind());
            assertEquals(List.of("ID", "CUSTOMER_ID", "STATUS", "CREATED_BY", "CREATED_AT", "UPDATED_BY", "UPDATED_AT"),
                    names(orders.getChildren()));
            DocumentSymbol status = orders.getChildren().get(2);
            assertEquals(SymbolKind.Field, status.getKind());
            assertEquals("NVARCHAR(50) NOT NULL", status.getDetail());
            int statusAt = first.indexOf("STATUS NVARCHAR");
            assertEquals(range(first, statusAt, statusAt + "STATUS".length()), status.getSelectionRange());
            int ordersAt = first.indexOf("{schema_name}.[ORDERS]");
            assertEquals(range(first, ordersAt, ordersAt + "{schema_name}.[ORDERS]".length()), orders.getSelectionRange());
            // Sections run from their header to the end of their last statement.
            LineMap lines = new LineMap(first);
            assertEquals(new Position(0, 0), symbols.get(0).getRange().getStart());
            assertEquals(lines.position(first.indexOf("'ORDERS.VIEW');") + "'ORDERS.VIEW');".length()).line(),
                    symbols.get(0).getRange().getEnd().getLine());
            assertEquals(lines.lineCount() - 2, tenant.getRange().getEnd().getLine());

            // tables.py: its statements, in Python positions.
            String py = read(TABLES_PY);
            String pyUri = t.open(root.resolve(TABLES_PY), "python", py);
            List<DocumentSymbol> pySymbols = t.server.getTextDocumentService()
                    .documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(pyUri))).get(20, TimeUnit.SECONDS)
                    .stream().map(e -> e.getRight()).collect(Collectors.toList());
            assertEquals(List.of("CREATE TABLE {schema_name}.[CUSTOMER]", "CREATE TABLE {schema_name}.[ORDERS]",
                    "CREATE INDEX IDX_ORDERS_STATUS ON {schema_name}.[ORDERS]"), names(pySymbols));
            int pyOrders = py.indexOf("{schema_name}.[ORDERS]");
            assertEquals(range(py, pyOrders, pyOrders + "{schema_name}.[ORDERS]".length()), pySymbols.get(1).getSelectionRange());
            assertEquals("NOTE", pySymbols.get(1).getChildren().get(3).getName());
        }
    }

    @Test
    void foldingRangesForSectionsStatementsAndBlockComments() throws Exception {
        try (TestServer t = new TestServer()) {
            t.initialize(root, TestServer.pushClient(), null);
            String first = read(FIRST);
            String uri = t.open(root.resolve(FIRST), first);
            List<FoldingRange> folds = t.server.getTextDocumentService()
                    .foldingRange(new FoldingRangeRequestParams(new TextDocumentIdentifier(uri))).get(20, TimeUnit.SECONDS);
            List<String> described = folds.stream().map(f -> f.getStartLine() + "-" + f.getEndLine() + " " + f.getKind())
                    .sorted().collect(Collectors.toList());
            int tenantHeader = line(FIRST, "-- ========== TENANT") - 1;
            int last = new LineMap(first).lineCount() - 2;
            int create = line(FIRST, "CREATE TABLE") - 1;
            int comment = line(FIRST, "/* Orders") - 1;
            assertEquals(List.of(
                    "0-3 " + FoldingRangeKind.Region,
                    "1-3 null",
                    comment + "-" + (comment + 1) + " " + FoldingRangeKind.Comment,
                    create + "-" + (create + 8) + " null",
                    tenantHeader + "-" + last + " " + FoldingRangeKind.Region).stream().sorted().collect(Collectors.toList()),
                    described);
        }
    }

    private String read(String rel) throws Exception {
        return Files.readString(root.resolve(rel));
    }

    /** 1-based line of the first line holding {@code needle}. */
    private int line(String rel, String needle) throws Exception {
        String text = read(rel);
        int at = text.indexOf(needle);
        assertTrue(at >= 0, needle + " in " + rel);
        return new LineMap(text).lineOf(at) + 1;
    }

    /** The location of {@code target} inside the first occurrence of {@code context} in a file. */
    private Location at(String rel, String context, String target) throws Exception {
        return at(rel, context, target, context.indexOf(target));
    }

    private Location at(String rel, String context, String target, int offsetInContext) throws Exception {
        String text = read(rel);
        int start = text.indexOf(context) + offsetInContext;
        return new Location(Uris.fromPath(root.resolve(rel)), range(text, start, start + target.length()));
    }

    private static Range range(String text, int start, int end) {
        LineMap lines = new LineMap(text);
        LineMap.Position s = lines.position(start);
        LineMap.Position e = lines.position(end);
        return new Range(new Position(s.line(), s.column()), new Position(e.line(), e.column()));
    }

    private static Position position(String text, String needle, int delta) {
        int at = text.indexOf(needle);
        assertTrue(at >= 0, needle);
        LineMap.Position p = new LineMap(text).position(at + delta);
        return new Position(p.line(), p.column());
    }

    private static Hover hover(TestServer t, String uri, String text, String needle, int delta) throws Exception {
        Hover h = t.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri),
                position(text, needle, delta))).get(20, TimeUnit.SECONDS);
        assertNotNull(h, "a hover at " + needle);
        return h;
    }

    private static List<? extends Location> definition(TestServer t, String uri, String text, String needle, int delta)
            throws Exception {
        return t.server.getTextDocumentService().definition(new DefinitionParams(new TextDocumentIdentifier(uri),
                position(text, needle, delta))).get(20, TimeUnit.SECONDS).getLeft();
    }

    private static List<? extends Location> references(TestServer t, String uri, String text, String needle, int delta,
                                                      boolean declarations) throws Exception {
        return t.server.getTextDocumentService().references(new ReferenceParams(new TextDocumentIdentifier(uri),
                position(text, needle, delta), new ReferenceContext(declarations))).get(20, TimeUnit.SECONDS);
    }

    private static List<String> names(List<DocumentSymbol> symbols) {
        return symbols.stream().map(DocumentSymbol::getName).collect(Collectors.toList());
    }
}
