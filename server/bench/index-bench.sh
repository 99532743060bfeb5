#!/usr/bin/env bash
# Index + schema replay of a whole platform workspace, and re-analysis of one edited migration in it.
#   server/bench/index-bench.sh [N_MIGRATIONS]   (default 5000; generates the workspace with gen-corpus.py)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
n="${1:-5000}"
ws="${TMPDIR:-/tmp}/mlsp-index-bench-$n"
[ -d "$ws" ] || python3 "$here/gen-corpus.py" --platform "$n" "$ws" >/dev/null
(cd "$repo" && mvn -q -B -o test-compile >/dev/null 2>&1 || mvn -q -B test-compile >/dev/null)
cp="$repo/server/target/classes:$repo/server/target/test-classes:$(cd "$repo/server" && mvn -q -B -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
java -cp "$cp" io.migrationlsp.core.workspace.IndexBenchmark "$ws" "${EDITS:-300}"
