package io.migrationlsp.core.alembic;

import io.migrationlsp.core.python.PythonToken;
import java.util.ArrayList;
import java.util.List;

/**
 * An Alembic revision file as read (never imported): its identifiers, its {@code upgrade()} and
 * {@code downgrade()} (null when missing) with their operations, and its tokens.
 */
public record Revision(RevisionHeader header, String text, List<PythonToken> tokens, MigrationFunction upgrade,
                       MigrationFunction downgrade) {
    public Revision {
        tokens = List.copyOf(tokens);
    }

    public String path() {
        return header.path();
    }

    public MigrationFunction function(MigrationFunction.Kind kind) {
        return kind == MigrationFunction.Kind.UPGRADE ? upgrade : downgrade;
    }

    /** The other function: downgrade for upgrade and the reverse. */
    public MigrationFunction other(MigrationFunction f) {
        return f.kind() == MigrationFunction.Kind.UPGRADE ? downgrade : upgrade;
    }

    /** upgrade then downgrade, the ones that exist. */
    public List<MigrationFunction> functions() {
        List<MigrationFunction> out = new ArrayList<>();
        if (upgrade != null) {
            out.add(upgrade);
        }
        if (downgrade != null) {
            out.add(downgrade);
        }
        return out;
    }

    public List<PythonToken> comments() {
        return tokens.stream().filter(t -> t.kind() == PythonToken.Kind.COMMENT).toList();
    }
}
