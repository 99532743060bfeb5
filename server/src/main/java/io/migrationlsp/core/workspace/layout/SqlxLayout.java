package io.migrationlsp.core.workspace.layout;

import io.migrationlsp.core.config.Profile;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code migrations/NNNN_description.up.sql} with its {@code .down.sql}, as {@code sqlx migrate} reads them. */
public final class SqlxLayout extends NumberedSqlLayout {
    public SqlxLayout() {
        super(Profile.SQLX, "migrations", ".down.sql");
    }

    /** A {@code migrations/} folder is sqlx's only when it holds reversible pairs: plain numbered files are not. */
    @Override
    public String detect(Path root) {
        if (super.detect(root) == null) {
            return null;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(root.resolve("migrations"), "*.{up,down}.sql")) {
            return files.iterator().hasNext() ? "migrations" : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
