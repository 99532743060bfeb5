package io.migrationlsp.core.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PythonExprParserTest {
    private static PythonExpr parse(String source) {
        return PythonExprParser.parse(source, PythonLogicalLine.of(PythonTokenizer.tokenize(source)).get(0).tokens());
    }

    @Test
    void aCallKeepsItsPositionalAndKeywordArgumentsWithExactSpans() {
        String src = "op.add_column('user', sa.Column('flag', sa.Boolean(), nullable=False, server_default=sa.text('FALSE')))";
        PythonExpr.Call call = assertInstanceOf(PythonExpr.Call.class, parse(src));
        assertEquals("op.add_column", call.name());
        assertEquals("user", PythonExpr.stringValue(call.arg(0, "table_name")));
        PythonExpr.Call column = assertInstanceOf(PythonExpr.Call.class, call.arg(1, "column"));
        assertTrue(column.named("Column"));
        assertEquals("False", column.keyword("nullable").text(src));
        assertEquals("nullable=False", column.keywordArg("nullable").span().of(src));
        assertEquals("sa.text('FALSE')", column.keyword("server_default").text(src));
        assertEquals("sa.Boolean()", column.arg(1, "type_").text(src));
        assertEquals(src.lastIndexOf(')'), call.close());
        assertEquals(src.indexOf('('), call.open());
    }

    @Test
    void tuplesListsNoneAndAdjacentStrings() {
        PythonExpr.Seq tuple = assertInstanceOf(PythonExpr.Seq.class, parse("('a', 'b')"));
        assertEquals(2, tuple.items().size());
        PythonExpr.Seq bare = assertInstanceOf(PythonExpr.Seq.class, parse("'a', 'b'"));
        assertEquals(false, bare.bracketed());
        assertTrue(PythonExpr.isNone(parse("None")));
        PythonExpr.Str joined = assertInstanceOf(PythonExpr.Str.class, parse("'ALTER TABLE t ' \"MODIFY c\""));
        assertEquals("ALTER TABLE t MODIFY c", joined.value());
        assertNull(assertInstanceOf(PythonExpr.Str.class, parse("f'{x}'")).value(), "an f-string with a field has no fixed value");
        PythonExpr.Seq list = assertInstanceOf(PythonExpr.Seq.class, parse("['id', 'name']"));
        assertTrue(list.list());
    }

    @Test
    void operatorsAndSubscriptsBecomeOtherWithTheirWholeSpan() {
        String src = "f(a + b, x[1], lambda y: y, *rest, **kw)";
        PythonExpr.Call call = assertInstanceOf(PythonExpr.Call.class, parse(src));
        List<PythonExpr.Arg> args = call.args();
        assertEquals(5, args.size());
        assertEquals("a + b", args.get(0).value().text(src));
        assertInstanceOf(PythonExpr.Other.class, args.get(0).value());
        assertEquals("x[1]", args.get(1).value().text(src));
        assertEquals("lambda y: y", args.get(2).value().text(src));
        assertTrue(args.get(3).star() && args.get(4).star());
        assertEquals(3, call.positional().size());
    }

    @Test
    void anUnclosedCallEndsAtTheLastToken() {
        String src = "op.add_column('user', sa.Column('x', nullable=False";
        PythonExpr.Call call = assertInstanceOf(PythonExpr.Call.class, parse(src));
        assertEquals(-1, call.close());
        assertEquals(src.length(), call.span().end());
        PythonExpr.Call column = assertInstanceOf(PythonExpr.Call.class, call.arg(1, null));
        assertEquals("False", column.keyword("nullable").text(src));
    }

    @Test
    void randomTokenSoupNeverThrowsAndStaysInside() {
        String[] parts = {"(", ")", "[", "]", "{", "}", ",", "=", "a", "'s'", "1", ".", "*", "**", "op", "lambda", ":", "+", "\n"};
        Random random = new Random(7);
        for (int n = 0; n < 3000; n++) {
            StringBuilder b = new StringBuilder("x(");
            for (int k = random.nextInt(20); k > 0; k--) {
                b.append(parts[random.nextInt(parts.length)]).append(' ');
            }
            String src = b.toString();
            List<PythonToken> tokens = PythonTokenizer.tokenize(src);
            PythonExpr e = PythonExprParser.parse(src, tokens);
            assertNotNull(e, src);
            assertTrue(e.span().end() <= src.length(), src);
        }
    }
}
