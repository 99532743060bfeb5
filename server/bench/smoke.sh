#!/usr/bin/env bash
# Smoke run of every benchmark at tiny sizes (a minute or two): checks that each harness runs and
# prints numbers. It asserts no timing; it fails only when a harness or the server breaks.
#   bash server/bench/smoke.sh        (needs server/target/migration-lsp.jar; MIGRATION_LSP_JAR overrides)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
export BENCH_WORK="${BENCH_WORK:-$(mktemp -d /tmp/migration-lsp-bench-smoke.XXXXXX)}"
trap 'rm -rf "$BENCH_WORK"' EXIT

echo "== bench smoke: corpus generator is deterministic"
for mode in "--platform 30" "--postgres 30" "--lines 500"; do
  set -- $mode
  out1="$BENCH_WORK/gen-a${1}" out2="$BENCH_WORK/gen-b${1}"
  [ "$1" = "--lines" ] && out1="$out1.sql" && out2="$out2.sql"
  python3 "$HERE/gen-corpus.py" "$1" "$2" "$out1"
  python3 "$HERE/gen-corpus.py" "$1" "$2" "$out2"
  diff -r "$out1" "$out2" > /dev/null || { echo "FAIL: gen-corpus.py $mode is not deterministic"; exit 1; }
done
find "$BENCH_WORK/gen-a--platform" -name '*.sql' | grep -q . || { echo "FAIL: no platform migrations"; exit 1; }

echo "== bench smoke: cli vs squawk and sqlfluff"
bash "$HERE/cli-vs-peers.sh" --smoke

echo "== bench smoke: check with JVM flag variants"
bash "$HERE/check-flags.sh" --smoke

echo "== bench smoke: lsp latency, start-up, scale, memory"
python3 "$HERE/lsp-latency.py" --smoke --launcher-flags
echo "bench smoke: ok"
