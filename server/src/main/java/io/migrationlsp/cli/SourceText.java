package io.migrationlsp.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file's text as the analysis sees it. Migrations are meant to be UTF-8, but a file saved by an old
 * Windows editor must not stop CI: it is read as windows-1252 instead and {@code fellBack} says so.
 */
record SourceText(String text, boolean fellBack) {
    static final Charset FALLBACK = Charset.forName("windows-1252");

    static SourceText read(Path file) throws IOException {
        return decode(Files.readAllBytes(file));
    }

    static SourceText decode(byte[] bytes) {
        String text;
        boolean fellBack = false;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, FALLBACK);
            fellBack = true;
        }
        // Editors hide a byte order mark, so columns on the first line would be off by one with it.
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new SourceText(text, fellBack);
    }
}
