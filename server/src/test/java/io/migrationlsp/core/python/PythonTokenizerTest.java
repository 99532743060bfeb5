package io.migrationlsp.core.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrationlsp.core.python.PythonToken.Kind;
import io.migrationlsp.core.text.TextSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class PythonTokenizerTest {
    private static List<PythonToken> strings(String source) {
        return PythonTokenizer.tokenize(source).stream().filter(t -> t.kind() == Kind.STRING).toList();
    }

    private static String content(String source, PythonToken t) {
        return source.substring(t.string().contentStart(), t.string().contentEnd());
    }

    @Test
    void tripleQuotedStringHoldsSingleAndDoubleQuotes() {
        String src = "x = \"\"\"a \"b\" ''c'' \"\"d\"\"\"\ny = 1\n";
        List<PythonToken> s = strings(src);
        assertEquals(1, s.size());
        assertEquals("a \"b\" ''c'' \"\"d", content(src, s.get(0)));
        assertTrue(s.get(0).string().terminated());
        assertTrue(s.get(0).string().tripleQuoted());
    }

    @Test
    void escapedQuoteDoesNotEndTheString() {
        String src = "a = 'it\\'s' + \"say \\\"hi\\\"\"";
        List<PythonToken> s = strings(src);
        assertEquals(List.of("it\\'s", "say \\\"hi\\\""), s.stream().map(t -> content(src, t)).toList());
        assertEquals(src.length(), s.get(1).end());
    }

    @Test
    void rawStringKeepsBackslashesAndStillCannotEndOnAnEscapedQuote() {
        String src = "p = r'C:\\dir\\' + Rb\"\\d+\"";
        List<PythonToken> s = strings(src);
        assertEquals("r", s.get(0).string().prefix());
        assertTrue(s.get(0).string().raw());
        // r'C:\dir\' + Rb" : the backslash before the quote keeps it inside the literal
        assertEquals("C:\\dir\\' + Rb\"\\d+\"", content(src, s.get(0)));
        assertFalse(s.get(0).string().terminated());
    }

    @Test
    void everyPrefixInAnyCaseStartsAString() {
        for (String prefix : List.of("r", "u", "b", "f", "R", "U", "B", "F", "rb", "bR", "Rb", "BR", "fr", "Rf", "FR", "rF")) {
            String src = prefix + "'v'";
            List<PythonToken> tokens = PythonTokenizer.tokenize(src);
            assertEquals(Kind.STRING, tokens.get(0).kind(), prefix);
            assertEquals(prefix, tokens.get(0).string().prefix());
            assertEquals(new TextSpan(0, src.length()), tokens.get(0).span());
        }
        assertEquals(Kind.NAME, PythonTokenizer.tokenize("ub'v'").get(0).kind());
    }

    @Test
    void fStringFieldsAreFoundAndDoubledBracesAreNot() {
        String src = "s = f\"{{lit}} {schema_name}.[T] {d['k']} {x:{w}}\"";
        PythonToken t = strings(src).get(0);
        List<String> fields = t.string().fields().stream().map(f -> f.of(src)).toList();
        assertEquals(List.of("{schema_name}", "{d['k']}", "{x:{w}}"), fields);
        assertTrue(t.string().terminated());
    }

    @Test
    void fStringFieldMayHoldTheSameQuoteAsInPython312() {
        String src = "s = f\"{d[\"k\"]}\" + 'after'";
        List<PythonToken> s = strings(src);
        assertEquals(2, s.size());
        assertEquals(List.of("{d[\"k\"]}"), s.get(0).string().fields().stream().map(f -> f.of(src)).toList());
        assertEquals("after", content(src, s.get(1)));
    }

    @Test
    void unterminatedSingleQuoteStopsAtTheLineEndAndTheNextLineTokenizes() {
        String src = "a = 'open\nb = \"ok\"\n";
        List<PythonToken> s = strings(src);
        assertFalse(s.get(0).string().terminated());
        assertEquals("open", content(src, s.get(0)));
        assertTrue(s.get(1).string().terminated());
        assertEquals(1, s.get(1).line());
    }

    @Test
    void unterminatedTripleQuoteRunsToTheEndOfTheFile() {
        String src = "x = '''never\nclosed";
        PythonToken t = strings(src).get(0);
        assertFalse(t.string().terminated());
        assertEquals(src.length(), t.end());
        assertEquals("never\nclosed", content(src, t));
    }

    @Test
    void commentWithQuotesIsOneCommentToken() {
        String src = "x = 1  # it's \"quoted\" '''not a string\ny = 'real'\n";
        List<PythonToken> tokens = PythonTokenizer.tokenize(src);
        List<PythonToken> comments = tokens.stream().filter(t -> t.kind() == Kind.COMMENT).toList();
        assertEquals(List.of("# it's \"quoted\" '''not a string"), comments.stream().map(t -> t.text(src)).toList());
        assertEquals(List.of("real"), strings(src).stream().map(t -> content(src, t)).toList());
    }

    @Test
    void hashInsideAStringIsNotAComment() {
        String src = "x = '# not a comment'";
        assertTrue(PythonTokenizer.tokenize(src).stream().noneMatch(t -> t.kind() == Kind.COMMENT));
    }

    @Test
    void namesNumbersAndOperatorsHaveExactOffsets() {
        String src = "def f(a, b=1.5e-3) -> int: return a ** 2";
        List<String> texts = PythonTokenizer.tokenize(src).stream()
                .filter(t -> t.kind() != Kind.NEWLINE).map(t -> t.text(src)).toList();
        assertEquals(List.of("def", "f", "(", "a", ",", "b", "=", "1.5e-3", ")", "->", "int", ":", "return", "a", "**", "2"), texts);
    }

    @Test
    void onlyTheFirstTokenOfALogicalLineCarriesItsIndent() {
        String src = "if x:\n    y = (1,\n  2)\n    # comment\n\n    z = 3\n";
        List<PythonToken> starts = PythonTokenizer.tokenize(src).stream().filter(PythonToken::startsLogicalLine).toList();
        assertEquals(List.of("if", "y", "z"), starts.stream().map(t -> t.text(src)).toList());
        assertEquals(List.of(0, 4, 4), starts.stream().map(PythonToken::indent).toList());
    }

    @Test
    void blockEndsAtTheFirstLessIndentedLineIgnoringBracketsStringsAndComments() {
        String src = String.join("\n",
                "def f():",
                "    s = '''",
                "not code, not a dedent",
                "'''",
                "    t = [",
                "1]",
                "# a comment at column 0",
                "",
                "    return s",
                "x = 1",
                "");
        List<PythonLogicalLine> lines = PythonLogicalLine.of(PythonTokenizer.tokenize(src));
        PythonBlock block = PythonBlock.find(src, lines, "def", "f");
        assertEquals(3, block.body().size());
        assertEquals(src.indexOf("x = 1"), block.end());
    }

    @Test
    void windowsLineBreaksAreOneNewlineToken() {
        String src = "a = 1\r\nb = 2\r\n";
        List<PythonToken> newlines = PythonTokenizer.tokenize(src).stream().filter(t -> t.kind() == Kind.NEWLINE).toList();
        assertEquals(List.of(new TextSpan(5, 7), new TextSpan(12, 14)), newlines.stream().map(PythonToken::span).toList());
    }

    @Test
    void garbageNeverThrowsAndCoversTheText() {
        String src = "$ ? ` \\ f'{' (]] '''";
        List<PythonToken> tokens = PythonTokenizer.tokenize(src);
        assertFalse(tokens.isEmpty());
        int covered = 0;
        for (PythonToken t : tokens) {
            assertTrue(t.start() >= covered, "tokens in order");
            covered = t.end();
        }
        assertEquals(src.length(), covered);
    }
}
