package io.migrationlsp.core.workspace;

import io.migrationlsp.core.analysis.SqlFile;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.text.Token;

/**
 * What a migration does to the replayed schema, as text: the tokens of its DDL, role and grant
 * statements (with their guards). Two versions with the same fingerprint replay identically, so an
 * edit that keeps it (a comment, a DML statement, most keystrokes elsewhere) invalidates nothing.
 */
final class SchemaFingerprint {
    private SchemaFingerprint() {}

    static String of(SqlFile file) {
        StringBuilder sb = new StringBuilder();
        for (StatementModel m : file.allModels()) {
            switch (m.kind()) {
                case CREATE_TABLE, ALTER_TABLE, DROP_TABLE, CREATE_INDEX, DROP_INDEX, INSERT, CREATE_POLICY -> {
                    for (Token t : m.statement().tokens()) {
                        sb.append(t.text()).append(' ');
                    }
                    sb.append('\n');
                }
                default -> {
                    if (m.policy() != null) {
                        // DROP POLICY: the replay removes the policy from its table.
                        for (Token t : m.statement().tokens()) {
                            sb.append(t.text()).append(' ');
                        }
                        sb.append('\n');
                    }
                }
            }
        }
        return sb.toString();
    }
}
