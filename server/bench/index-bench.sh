#!/usr/bin/env bash
# Index + schema replay of a whole platform workspace, and re-analysis of one edited migration in it
# (comment edits, which keep the file's schema effect, and DDL edits, which change it).
#   server/bench/index-bench.sh [N_MIGRATIONS]   (default 5000; EDITS=300 edits per kind;
#                                                 JVM_FLAGS, default the launcher's server flags)
# Needs the built jar (mvn -q -B package) and the test classes, where the benchmark's main lives.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
n="${1:-5000}"
ws="${TMPDIR:-/tmp}/mlsp-index-bench-$n"
[ -d "$ws" ] || python3 "$here/gen-corpus.py" --platform "$n" "$ws" >/dev/null
jar="${MIGRATION_LSP_JAR:-$repo/server/target/migration-lsp.jar}"
[ -f "$jar" ] || (cd "$repo" && mvn -q -B package -DskipTests)
[ -d "$repo/server/target/test-classes/io/migrationlsp/core/workspace" ] || (cd "$repo" && mvn -q -B test-compile)
# The server's flags from the launcher (heap cap, serial GC, C2); JVM_FLAGS overrides them.
read -r -a flags <<< "${JVM_FLAGS:-$(sed -n 's/^server_flags=(\(.*\))$/\1/p' "$repo/server/bin/migration-lsp")}"
java "${flags[@]}" -cp "$jar:$repo/server/target/test-classes" io.migrationlsp.core.workspace.IndexBenchmark "$ws" "${EDITS:-300}"
