package io.migrationlsp.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.migrationlsp.core.text.LineMap;
import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.junit.jupiter.api.Test;

class DocumentStoreTest {
    private static final String URI = "file:///tmp/a.sql";

    private static TextDocumentContentChangeEvent edit(int l1, int c1, int l2, int c2, String text) {
        return new TextDocumentContentChangeEvent(new Range(new Position(l1, c1), new Position(l2, c2)), text);
    }

    @Test
    void utf16ColumnsCountSurrogatePairsAsTwo() {
        DocumentStore store = new DocumentStore();
        store.open(URI, "sql", 1, "-- 😀 x\nSELECT 1;");
        Document d = store.change(URI, 2, List.of(edit(0, 6, 0, 7, "y")), LineMap.Encoding.UTF16);
        assertEquals("-- 😀 y\nSELECT 1;", d.text());
    }

    @Test
    void utf8ColumnsCountBytes() {
        DocumentStore store = new DocumentStore();
        store.open(URI, "sql", 1, "-- é x\nSELECT 1;");
        Document d = store.change(URI, 2, List.of(edit(0, 6, 0, 7, "y")), LineMap.Encoding.UTF8);
        assertEquals("-- é y\nSELECT 1;", d.text());
    }

    @Test
    void changesApplyInOrderAndOutOfRangePositionsClamp() {
        DocumentStore store = new DocumentStore();
        store.open(URI, "sql", 1, "AB\nCD");
        Document d = store.change(URI, 2, List.of(edit(0, 0, 0, 1, "x"), edit(1, 99, 7, 0, "!"), edit(0, 5, 0, 1, "<")),
                LineMap.Encoding.UTF16);
        assertEquals("xB<\nCD!", d.text());
        assertEquals(2, d.version());
    }

    @Test
    void staleVersionsAndUnknownDocumentsAreIgnored() {
        DocumentStore store = new DocumentStore();
        store.open(URI, "sql", 5, "A");
        assertNull(store.change(URI, 4, List.of(new TextDocumentContentChangeEvent("B")), LineMap.Encoding.UTF16));
        assertEquals("A", store.get(URI).text());
        assertNull(store.change("file:///tmp/other.sql", 9, List.of(new TextDocumentContentChangeEvent("B")), LineMap.Encoding.UTF16));
    }
}
