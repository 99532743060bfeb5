package io.migrationlsp.fuzz;

import io.migrationlsp.core.text.Dialect;
import io.migrationlsp.core.text.Lexer;
import io.migrationlsp.core.text.Token;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Deterministic mutations of a migration: the same seed gives the same text. Token-level edits
 * use the project's own lexer (falling back to character edits when it yields too few tokens).
 */
final class Mutator {
    static final String[] OPERATORS = {
        "delete-token", "duplicate-token", "swap-tokens", "cut-string", "cut-comment", "unbalanced",
        "random-chars", "invalid-utf8", "splice", "line-endings", "truncate", "repeat-statement"};

    private final Random random;
    private final List<String> seeds;

    Mutator(long seed, List<String> seeds) {
        this.random = new Random(seed);
        this.seeds = seeds;
    }

    record Mutant(String text, String description) {}

    /** One to four mutations of a random seed. */
    /** The i-th input of a run: every 50th is random bytes, the others mutated migrations. */
    Mutant input(int i) {
        if (i % 50 == 49) {
            return new Mutant(randomBytes(random().nextInt(4096)), "random bytes");
        }
        return next();
    }

    Mutant next() {
        String text = seeds.get(random.nextInt(seeds.size()));
        StringBuilder what = new StringBuilder();
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            String op = OPERATORS[random.nextInt(OPERATORS.length)];
            text = apply(op, text);
            what.append(i == 0 ? "" : "+").append(op);
        }
        return new Mutant(text, what.toString());
    }

    String apply(String op, String text) {
        switch (op) {
            case "delete-token": {
                Token t = token(text);
                return t == null ? deleteChars(text) : text.substring(0, t.start()) + text.substring(t.end());
            }
            case "duplicate-token": {
                Token t = token(text);
                return t == null ? text + text : text.substring(0, t.end()) + " " + text.substring(t.start());
            }
            case "swap-tokens": {
                Token a = token(text);
                Token b = token(text);
                if (a == null || b == null || a.start() == b.start()) {
                    return deleteChars(text);
                }
                if (b.start() < a.start()) {
                    Token x = a;
                    a = b;
                    b = x;
                }
                if (a.end() > b.start()) {
                    return text;
                }
                return text.substring(0, a.start()) + b.text() + text.substring(a.end(), b.start()) + a.text()
                        + text.substring(b.end());
            }
            case "cut-string":
                return cutAfter(text, random.nextBoolean() ? "'" : "N'");
            case "cut-comment":
                return random.nextBoolean() ? cutAfter(text, "/*")
                        : insert(text, random.nextBoolean() ? "/*" : "--");
            case "unbalanced": {
                String[] opens = {"(", ")", "[", "]", "'", "\"", "{", "}", "((((", "))))", "$$", "N'", "/*", "*/"};
                return insert(text, opens[random.nextInt(opens.length)]);
            }
            case "random-chars":
                return insert(text, randomChars(1 + random.nextInt(40)));
            case "invalid-utf8":
                return invalidUtf8(text);
            case "splice": {
                String other = seeds.get(random.nextInt(seeds.size()));
                int a = random.nextInt(text.length() + 1);
                int b = random.nextInt(other.length() + 1);
                return text.substring(0, a) + other.substring(b);
            }
            case "line-endings":
                return random.nextBoolean() ? text.replace("\n", "\r\n") : text.replace("\n", random.nextBoolean() ? "\r" : "\n\n\n\n");
            case "truncate":
                return text.substring(0, random.nextInt(text.length() + 1));
            case "repeat-statement": {
                int semi = text.indexOf(';', random.nextInt(text.length() + 1));
                if (semi < 0) {
                    return text + "\n" + text;
                }
                int start = Math.max(0, text.lastIndexOf(';', Math.max(0, semi - 1)) + 1);
                String stmt = text.substring(start, semi + 1);
                return text.substring(0, semi + 1) + stmt.repeat(1 + random.nextInt(5)) + text.substring(semi + 1);
            }
            default:
                throw new IllegalArgumentException(op);
        }
    }

    private Token token(String text) {
        List<Token> tokens;
        try {
            tokens = Lexer.lex(text, Dialect.TSQL);
        } catch (RuntimeException e) {
            // The lexer throwing is the analyzer's problem, found when the text is analysed; mutate by characters here.
            return null;
        }
        return tokens.isEmpty() ? null : tokens.get(random.nextInt(tokens.size()));
    }

    private String deleteChars(String text) {
        if (text.isEmpty()) {
            return text;
        }
        int a = random.nextInt(text.length());
        int b = Math.min(text.length(), a + 1 + random.nextInt(20));
        return text.substring(0, a) + text.substring(b);
    }

    private String cutAfter(String text, String marker) {
        int from = random.nextInt(text.length() + 1);
        int i = text.indexOf(marker, from);
        if (i < 0) {
            i = text.indexOf(marker);
        }
        if (i < 0) {
            return insert(text, marker);
        }
        int cut = Math.min(text.length(), i + marker.length() + random.nextInt(30));
        return random.nextBoolean() ? text.substring(0, cut) : text.substring(0, cut) + text.substring(Math.min(text.length(), cut + 1 + random.nextInt(200)));
    }

    private String insert(String text, String what) {
        int at = random.nextInt(text.length() + 1);
        return text.substring(0, at) + what + text.substring(at);
    }

    /** Any UTF-16 unit: controls, NUL, lone surrogates, BOM, astral pairs, SQL punctuation. */
    String randomChars(int n) {
        StringBuilder sb = new StringBuilder();
        String punct = "()[]{}'\";,.-*/\\$@#:=<>!\n\r\t ";
        for (int i = 0; i < n; i++) {
            switch (random.nextInt(6)) {
                case 0 -> sb.append((char) random.nextInt(0x20));
                case 1 -> sb.append((char) (0xD800 + random.nextInt(0x800)));
                case 2 -> sb.append('\uFEFF');
                case 3 -> sb.appendCodePoint(0x1F600 + random.nextInt(80));
                case 4 -> sb.append(punct.charAt(random.nextInt(punct.length())));
                default -> sb.append((char) random.nextInt(0x10000));
            }
        }
        return sb.toString();
    }

    /** Flips some bytes of the UTF-8 encoding into invalid sequences and decodes leniently (U+FFFD). */
    private String invalidUtf8(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length == 0) {
            return new String(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF}, StandardCharsets.UTF_8);
        }
        int flips = 1 + random.nextInt(8);
        for (int i = 0; i < flips; i++) {
            bytes[random.nextInt(bytes.length)] = (byte) (0x80 + random.nextInt(0x80));
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Pure random bytes of the given length, decoded leniently as UTF-8. */
    String randomBytes(int length) {
        byte[] b = new byte[length];
        random.nextBytes(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    Random random() {
        return random;
    }
}
