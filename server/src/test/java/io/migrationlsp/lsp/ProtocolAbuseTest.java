package io.migrationlsp.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Raw JSON-RPC bytes to the real server over pipes: malformed JSON, wrong types, unknown methods,
 * documents never opened, bad didChange, a huge message, a cancellation storm, requests after
 * shutdown. After each abuse a normal request must still be answered correctly.
 */
class ProtocolAbuseTest {
    private static final String BAD_SQL = "-- ========== TENANT MIGRATIONS ==========\n-- NOTE: Make sure app/tenant/tables.py is in sync\n"
            + "CREATE TABLE {schema_name}.[T] (ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY, AMOUNT FLOAT NULL);\n";

    @TempDir
    Path tmp;

    /** A client that speaks raw frames: responses by id, server-to-client requests answered with null. */
    static final class Raw implements AutoCloseable {
        final OutputStream out;
        final InputStream in;
        final Map<Integer, CompletableFuture<JsonObject>> responses = new ConcurrentHashMap<>();
        final BlockingQueue<JsonObject> notifications = new LinkedBlockingQueue<>();
        final CompletableFuture<Integer> exitCode = new CompletableFuture<>();
        final AtomicInteger ids = new AtomicInteger(100);

        Raw() throws IOException {
            Pipe c2s = Pipe.open();
            Pipe s2c = Pipe.open();
            InputStream serverIn = Channels.newInputStream(c2s.source());
            OutputStream serverOut = Channels.newOutputStream(s2c.sink());
            out = Channels.newOutputStream(c2s.sink());
            in = Channels.newInputStream(s2c.source());
            Thread server = new Thread(() -> exitCode.complete(ServerLauncher.launch(serverIn, serverOut)), "raw-server");
            server.setDaemon(true);
            server.start();
            Thread reader = new Thread(this::readLoop, "raw-reader");
            reader.setDaemon(true);
            reader.start();
        }

        private void readLoop() {
            try {
                while (true) {
                    int length = -1;
                    StringBuilder line = new StringBuilder();
                    while (true) {
                        int b = in.read();
                        if (b < 0) {
                            return;
                        }
                        if (b == '\n') {
                            String h = line.toString().trim();
                            line.setLength(0);
                            if (h.isEmpty()) {
                                break;
                            }
                            if (h.toLowerCase().startsWith("content-length:")) {
                                length = Integer.parseInt(h.substring(15).trim());
                            }
                        } else {
                            line.append((char) b);
                        }
                    }
                    byte[] body = in.readNBytes(length);
                    JsonObject msg = JsonParser.parseString(new String(body, StandardCharsets.UTF_8)).getAsJsonObject();
                    if (msg.has("id") && msg.has("method")) {
                        JsonObject reply = new JsonObject();
                        reply.addProperty("jsonrpc", "2.0");
                        reply.add("id", msg.get("id"));
                        reply.add("result", com.google.gson.JsonNull.INSTANCE);
                        sendRaw(reply.toString());
                    } else if (msg.has("id") && !msg.get("id").isJsonNull()) {
                        responses.computeIfAbsent(msg.get("id").getAsInt(), k -> new CompletableFuture<>()).complete(msg);
                    } else {
                        notifications.add(msg);
                    }
                }
            } catch (IOException e) {
                // stream closed
            }
        }

        synchronized void sendBytes(byte[] bytes) throws IOException {
            out.write(bytes);
            out.flush();
        }

        void sendRaw(String json) throws IOException {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream frame = new ByteArrayOutputStream();
            frame.writeBytes(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            frame.writeBytes(body);
            sendBytes(frame.toByteArray());
        }

        JsonObject request(String method, String paramsJson) throws Exception {
            int id = ids.incrementAndGet();
            CompletableFuture<JsonObject> f = responses.computeIfAbsent(id, k -> new CompletableFuture<>());
            sendRaw("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + paramsJson + "}");
            return f.get(30, TimeUnit.SECONDS);
        }

        void notify(String method, String paramsJson) throws IOException {
            sendRaw("{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"params\":" + paramsJson + "}");
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    private static String str(String s) {
        return new com.google.gson.JsonPrimitive(s).toString();
    }

    private static int errorCode(JsonObject response) {
        return response.has("error") ? response.getAsJsonObject("error").get("code").getAsInt() : 0;
    }

    /** The normal request: pull diagnostics of the open document must still name no-float. */
    private static void stillServes(Raw raw, String uri, String afterWhat) throws Exception {
        stillServes(raw, uri, afterWhat, "no-float");
    }

    /** Pull diagnostics of the open document must name {@code code}. */
    private static void stillServes(Raw raw, String uri, String afterWhat, String code) throws Exception {
        JsonObject r = raw.request("textDocument/diagnostic", "{\"textDocument\":{\"uri\":" + str(uri) + "}}");
        assertTrue(r.has("result"), "after " + afterWhat + ": " + r);
        JsonArray items = r.getAsJsonObject("result").getAsJsonArray("items");
        boolean found = false;
        for (JsonElement e : items) {
            found |= code.equals(e.getAsJsonObject().get("code").getAsString());
        }
        assertTrue(found, "after " + afterWhat + ", diagnostics still right: " + items);
    }

    @Test
    void everyAbuseIsAnsweredOrIgnoredAndTheServerKeepsServing() throws Exception {
        Path file = tmp.resolve("_migrations/2026_2_50_1.sql");
        java.nio.file.Files.createDirectories(file.getParent());
        String uri = Uris.fromPath(file);
        try (Raw raw = new Raw()) {
            JsonObject init = raw.request("initialize", "{\"processId\":" + ProcessHandle.current().pid()
                    + ",\"rootUri\":" + str(Uris.fromPath(tmp)) + ",\"capabilities\":{\"textDocument\":{\"diagnostic\":{}}}}");
            assertTrue(init.has("result"), init.toString());
            raw.notify("initialized", "{}");
            raw.notify("textDocument/didOpen", "{\"textDocument\":{\"uri\":" + str(uri) + ",\"languageId\":\"sql\",\"version\":1,\"text\":"
                    + str(BAD_SQL) + "}}");
            stillServes(raw, uri, "open");

            // Malformed JSON and headers: the producer drops them, the stream stays alive.
            raw.sendRaw("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":");
            raw.sendRaw("this is not json at all");
            raw.sendBytes("Content-Length: abc\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            raw.sendBytes("X-Nonsense: 1\r\nContent-Length: 2\r\n\r\n{}".getBytes(StandardCharsets.US_ASCII));
            raw.sendRaw(new String(new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, '{'}, StandardCharsets.ISO_8859_1));
            stillServes(raw, uri, "malformed JSON");

            // Wrong parameter types: an error answer for requests, nothing for notifications.
            JsonObject wrong = raw.request("textDocument/hover", "{\"textDocument\":42,\"position\":\"here\"}");
            assertTrue(wrong.has("error"), wrong.toString());
            JsonObject wrong2 = raw.request("textDocument/diagnostic", "[1,2,3]");
            assertTrue(wrong2.has("error"), wrong2.toString());
            raw.notify("textDocument/didChange", "{\"textDocument\":\"x\",\"contentChanges\":7}");
            raw.notify("textDocument/didOpen", "{\"textDocument\":{\"uri\":null,\"text\":null}}");
            stillServes(raw, uri, "wrong types");

            // Unknown methods: MethodNotFound for a request, silence for a notification.
            assertEquals(-32601, errorCode(raw.request("migration/doesNotExist", "{}")));
            raw.notify("migration/doesNotExist", "{}");
            raw.notify("$/somethingOptional", "{}");
            stillServes(raw, uri, "unknown methods");

            // Documents never opened.
            String ghost = Uris.fromPath(tmp.resolve("_migrations/ghost.sql"));
            assertEquals(-32602, errorCode(raw.request("textDocument/diagnostic", "{\"textDocument\":{\"uri\":" + str(ghost) + "}}")));
            JsonObject hover = raw.request("textDocument/hover", "{\"textDocument\":{\"uri\":" + str(ghost) + "},\"position\":{\"line\":0,\"character\":0}}");
            assertTrue(hover.has("result") && hover.get("result").isJsonNull(), hover.toString());
            JsonObject actions = raw.request("textDocument/codeAction", "{\"textDocument\":{\"uri\":" + str(ghost) + "},\"range\":"
                    + "{\"start\":{\"line\":0,\"character\":0},\"end\":{\"line\":0,\"character\":0}},\"context\":{\"diagnostics\":[]}}");
            assertEquals(0, actions.getAsJsonArray("result").size(), actions.toString());
            raw.notify("textDocument/didChange", "{\"textDocument\":{\"uri\":" + str(ghost) + ",\"version\":2},\"contentChanges\":[{\"text\":\"x\"}]}");
            raw.notify("textDocument/didClose", "{\"textDocument\":{\"uri\":" + str(ghost) + "}}");
            stillServes(raw, uri, "never-opened documents");

            // didChange out of range (clamped) and stale versions (ignored).
            raw.notify("textDocument/didChange", "{\"textDocument\":{\"uri\":" + str(uri) + ",\"version\":5},\"contentChanges\":[{\"range\":"
                    + "{\"start\":{\"line\":9999,\"character\":9999},\"end\":{\"line\":-5,\"character\":-1}},\"text\":\"\\n-- appended\\n\"}]}");
            raw.notify("textDocument/didChange", "{\"textDocument\":{\"uri\":" + str(uri) + ",\"version\":3},\"contentChanges\":[{\"text\":\"SELECT 1;\"}]}");
            stillServes(raw, uri, "out-of-range and stale didChange");

            // A huge message: 6 MB of migration text in one didOpen, then a request on it.
            String bigUri = Uris.fromPath(tmp.resolve("_migrations/2026_2_51_1.sql"));
            StringBuilder big = new StringBuilder(BAD_SQL);
            while (big.length() < 6 * 1024 * 1024) {
                big.append("-- filler line to make a huge message, ").append(big.length()).append('\n');
            }
            raw.notify("textDocument/didOpen", "{\"textDocument\":{\"uri\":" + str(bigUri) + ",\"languageId\":\"sql\",\"version\":1,\"text\":"
                    + str(big.toString()) + "}}");
            // Over the editor's size limit: received whole, told rather than analysed.
            stillServes(raw, bigUri, "a 6 MB message", "file-too-large");
            stillServes(raw, uri, "a 6 MB message");

            // A cancellation storm: hundreds of $/cancelRequest, for real, finished and unknown ids.
            for (int i = 0; i < 500; i++) {
                raw.notify("$/cancelRequest", "{\"id\":" + (i % 3 == 0 ? i : i % 3 == 1 ? "\"s" + i + "\"" : raw.ids.get() + 1) + "}");
            }
            stillServes(raw, uri, "a cancellation storm");

            // Shutdown: later requests are InvalidRequest, exit then gives 0.
            JsonObject down = raw.request("shutdown", "null");
            assertTrue(down.has("result"), down.toString());
            assertEquals(-32600, errorCode(raw.request("textDocument/diagnostic", "{\"textDocument\":{\"uri\":" + str(uri) + "}}")));
            assertEquals(-32600, errorCode(raw.request("shutdown", "null")));
            raw.notify("exit", "null");
            assertEquals(0, raw.exitCode.get(30, TimeUnit.SECONDS));
        }
    }

    @Test
    void exitWithoutShutdownIsOneEvenAfterAbuse() throws Exception {
        try (Raw raw = new Raw()) {
            raw.request("initialize", "{\"processId\":null,\"capabilities\":{}}");
            raw.sendRaw("{broken");
            assertEquals(-32601, errorCode(raw.request("nope", "{}")));
            raw.notify("exit", "null");
            assertEquals(1, raw.exitCode.get(30, TimeUnit.SECONDS));
        }
        assertNotNull(BAD_SQL);
    }
}
