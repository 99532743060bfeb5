package io.migrationlsp.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small platform workspaces on disk for the CLI tests. */
final class Workspaces {
    static final String FLOAT_FILE = "_migrations/2026_1_1_1.sql";
    static final String CLEAN_FILE = "_migrations/2026_1_2_1.sql";
    /** The FLOAT token in {@link #FLOAT_SQL}: line 3, columns 12 to 17 (exclusive), 1-based. */
    static final String FLOAT_MESSAGE = "FLOAT on AMOUNT loses precision: money and percentages must be DECIMAL(18,4).";

    static final String FLOAT_SQL = """
            -- ========== PLATFORM MIGRATIONS ==========
            CREATE TABLE PLATFORM.[RATE] (ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY,
                AMOUNT FLOAT NULL,
                CREATED_AT DATETIME2 NOT NULL DEFAULT SYSDATETIME());
            """;

    static final String CLEAN_SQL = """
            -- ========== PLATFORM MIGRATIONS ==========
            CREATE TABLE PLATFORM.[FEE] (ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY,
                AMOUNT DECIMAL(18,4) NULL,
                CREATED_AT DATETIME2 NOT NULL DEFAULT SYSDATETIME());
            """;

    private Workspaces() {}

    /** A workspace with one file that has FLOAT and one clean file. */
    static Path withFloat(Path root) throws IOException {
        write(root, FLOAT_FILE, FLOAT_SQL);
        write(root, CLEAN_FILE, CLEAN_SQL);
        return root;
    }

    static Path clean(Path root) throws IOException {
        write(root, CLEAN_FILE, CLEAN_SQL);
        return root;
    }

    static Path write(Path root, String relative, String text) throws IOException {
        return writeBytes(root, relative, text.getBytes(StandardCharsets.UTF_8));
    }

    static Path writeBytes(Path root, String relative, byte[] bytes) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return file;
    }
}
