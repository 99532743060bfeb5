package io.migrationlsp.lsp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageConsumer;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;
import org.junit.jupiter.api.Test;

/** The streaming consumer writes exactly the bytes LSP4J's own consumer writes, header included. */
class StreamingMessageConsumerTest {
    private static final MessageJsonHandler JSON = new MessageJsonHandler(Map.of());

    private static byte[] lsp4j(Message m) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new StreamMessageConsumer(out, JSON).consume(m);
        return out.toByteArray();
    }

    private static byte[] streaming(Message m) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new StreamingMessageConsumer(out, JSON).consume(m);
        return out.toByteArray();
    }

    @Test
    void sameBytesForAsciiMultiByteSurrogatePairsAndUnpairedSurrogates() {
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            big.append("row ").append(i).append(" é ñ 中 ");
        }
        for (String text : List.of("plain", "é ñ ü — “quotes”", "中文 テキスト", "emoji 😀 pair", "lone \uD83D high",
                "lone \uDE00 low", "ends high \uD83D", "tab\tnewline\n\"quote\" \\ backslash", big.toString())) {
            NotificationMessage n = new NotificationMessage();
            n.setMethod("window/logMessage");
            n.setParams(Map.of("type", 3, "message", text));
            assertArrayEquals(lsp4j(n), streaming(n), text.length() > 50 ? "big" : text);
            ResponseMessage r = new ResponseMessage();
            r.setId(7);
            r.setResult(List.of(text, Map.of("k", text)));
            assertArrayEquals(lsp4j(r), streaming(r));
        }
    }
}
