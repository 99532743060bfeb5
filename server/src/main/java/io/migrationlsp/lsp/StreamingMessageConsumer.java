package io.migrationlsp.lsp;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.eclipse.lsp4j.jsonrpc.JsonRpcException;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageConsumer;
import org.eclipse.lsp4j.jsonrpc.messages.Message;

/**
 * Writes each outgoing message without holding it in memory: LSP4J's own consumer builds the JSON
 * as a String, then its bytes, which for a {@code workspace/diagnostic} reply over 5,000 files
 * (tens of MB of JSON) was a transient of several times that size and more than the server's
 * whole heap cap. Here a first pass counts the UTF-8 bytes for the Content-Length header and a
 * second writes the JSON straight to the stream. The output is byte for byte the same.
 */
final class StreamingMessageConsumer extends StreamMessageConsumer {
    private final MessageJsonHandler json;
    private final Object lock = new Object();

    StreamingMessageConsumer(OutputStream output, MessageJsonHandler json) {
        super(output, json);
        this.json = json;
    }

    @Override
    public void consume(Message message) {
        Utf8Counter counter = new Utf8Counter();
        json.serialize(message, counter);
        try {
            synchronized (lock) {
                OutputStream out = getOutput();
                out.write(getHeader((int) counter.bytes()).getBytes(StandardCharsets.US_ASCII));
                Writer body = new BufferedWriter(new OutputStreamWriter(new KeepOpen(out), StandardCharsets.UTF_8), 16384);
                json.serialize(message, body);
                body.flush();
                out.flush();
            }
        } catch (IOException e) {
            throw new JsonRpcException(e);
        }
    }

    /** Counts the bytes the UTF-8 encoder writes for the chars, an unpaired surrogate as its one-byte '?'. */
    static final class Utf8Counter extends Writer {
        private long bytes;
        private boolean pendingHigh;

        @Override
        public void write(char[] chars, int off, int len) {
            for (int i = off; i < off + len; i++) {
                add(chars[i]);
            }
        }

        @Override
        public void write(String s, int off, int len) {
            for (int i = off; i < off + len; i++) {
                add(s.charAt(i));
            }
        }

        @Override
        public void write(int c) {
            add((char) c);
        }

        private void add(char c) {
            if (pendingHigh) {
                pendingHigh = false;
                if (Character.isLowSurrogate(c)) {
                    bytes += 4;
                    return;
                }
                bytes += 1;
            }
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                pendingHigh = true;
            } else if (Character.isLowSurrogate(c)) {
                bytes += 1;
            } else {
                bytes += 3;
            }
        }

        long bytes() {
            return bytes + (pendingHigh ? 1 : 0);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    /** The server's stdout outlives each message: the writer's close must not close it. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
