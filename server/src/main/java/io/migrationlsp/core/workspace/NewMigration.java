package io.migrationlsp.core.workspace;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.sql.SectionHeader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Creates the next platform migration, {@code _migrations/YYYY_N_SEQ_1.sql}: SEQ is one more than
 * the highest SEQ among the root migrations (the archive does not count, as the convention's
 * {@code ls _migrations/*.sql} shows), N is that file's major version, YYYY the given year.
 */
public final class NewMigration {
    private static final Pattern NAME = Pattern.compile("(\\d{4})_(\\d+)_(\\d+)_(\\d+)\\.sql");
    private static final String ARCHIVE = "2025_and_older/";

    /** The section headers the convention asks every file to carry, platform first. */
    public static final String TEMPLATE = SectionHeader.PLATFORM_TEXT + "\n\n"
            + SectionHeader.TENANT_TEXT + "\n" + SectionHeader.NOTE_TEXT + "\n\n";

    private NewMigration() {}

    /** The workspace-relative path the next migration gets. */
    public static String nextPath(Project project, int year) {
        String dir = project.config().migrationsDir();
        int bestSeq = 0;
        int major = -1;
        int archiveSeq = 0;
        int archiveMajor = -1;
        for (String path : project.migrationPaths()) {
            String inDir = path.startsWith(dir + "/") ? path.substring(dir.length() + 1) : null;
            if (inDir == null) {
                continue;
            }
            boolean archived = inDir.startsWith(ARCHIVE);
            String name = archived ? inDir.substring(ARCHIVE.length()) : inDir;
            Matcher m = NAME.matcher(name);
            if (name.contains("/") || !m.matches()) {
                continue;
            }
            int seq = Integer.parseInt(m.group(3));
            int n = Integer.parseInt(m.group(2));
            if (archived) {
                if (seq > archiveSeq) {
                    archiveSeq = seq;
                    archiveMajor = n;
                }
            } else if (seq > bestSeq) {
                bestSeq = seq;
                major = n;
            }
        }
        if (major < 0) {
            bestSeq = archiveSeq;
            major = archiveMajor >= 0 ? archiveMajor : 1;
        }
        return dir + "/" + year + "_" + major + "_" + (bestSeq + 1) + "_1.sql";
    }

    /**
     * Writes the next migration with its section headers and returns its path. Never overwrites:
     * a file already at that name (another editor was quicker) is an error the user must see.
     */
    public static Path create(Project project, int year) throws IOException {
        if (project.profile() != Profile.PLATFORM) {
            throw new IOException("New migration follows the platform convention; this workspace uses the "
                    + project.profile().id() + " profile");
        }
        String rel = nextPath(project, year);
        Path file = project.resolve(rel);
        Files.createDirectories(file.getParent());
        try {
            Files.writeString(file, TEMPLATE, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new FileAlreadyExistsException(rel, null, "a migration with that name already exists");
        } finally {
            project.invalidateListing();
        }
        return file;
    }
}
