#!/bin/sh
# The long analyzer fuzz run (issue 9), over every example workspace (one per profile): server/bench/fuzz.sh [inputs] [seed] [big-file-MB]
# Defaults: 100000 mutated inputs, seed 1, a 50 MB file among the big inputs.
# Builds offline (tests compiled, not run), then runs io.migrationlsp.fuzz.FuzzMain on the shaded
# jar (all runtime dependencies) plus the test classes, with the JVM's default heap.
set -eu
cd "$(dirname "$0")/../.."
mvn -q -B package -DskipTests
exec java -cp "server/target/test-classes:server/target/migration-lsp.jar" \
    -Dmigrationlsp.server=server io.migrationlsp.fuzz.FuzzMain "$@"
