package io.migrationlsp.core.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Loads a rule's Markdown doc ({@code rules/<profile>/<id>.md}) and its Bad/Good SQL examples. */
public final class RuleDocs {
    private RuleDocs() {}

    public static String resourcePath(RuleMeta meta) {
        return "/rules/" + meta.profile().id() + "/" + meta.id() + ".md";
    }

    /** The doc text, or null when the rule has none. */
    public static String load(RuleMeta meta) {
        try (InputStream in = RuleDocs.class.getResourceAsStream(resourcePath(meta))) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    /** The fenced code blocks under a {@code ## heading} of the doc. */
    public static List<String> examples(String doc, String heading) {
        List<String> blocks = new ArrayList<>();
        if (doc == null) {
            return blocks;
        }
        String[] lines = doc.split("\n", -1);
        boolean inSection = false;
        StringBuilder block = null;
        for (String line : lines) {
            if (line.startsWith("## ")) {
                inSection = line.substring(3).trim().equalsIgnoreCase(heading);
                continue;
            }
            if (!inSection) {
                continue;
            }
            if (line.startsWith("```")) {
                if (block == null) {
                    block = new StringBuilder();
                } else {
                    blocks.add(block.toString());
                    block = null;
                }
            } else if (block != null) {
                block.append(line).append('\n');
            }
        }
        return blocks;
    }

    /** The first paragraph under {@code ## heading}, joined into one line. */
    public static String section(String doc, String heading) {
        if (doc == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        boolean inSection = false;
        for (String line : doc.split("\n")) {
            if (line.startsWith("## ")) {
                if (inSection) {
                    break;
                }
                inSection = line.substring(3).trim().equalsIgnoreCase(heading);
                continue;
            }
            if (inSection) {
                sb.append(line).append('\n');
            }
        }
        return sb.toString().trim();
    }
}
