#!/usr/bin/env bash
# What the launcher could change: `check` over one platform workspace with JVM flag variants and
# with the JSqlParser validation switched off (syntax-error: off), alternating variant by variant
# over --runs rounds; prints wall and CPU (user+sys) medians and the ratio to the default.
#   bash server/bench/check-flags.sh [--files 1000] [--runs 5] [--smoke]
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
FILES=1000 RUNS=5
while [ $# -gt 0 ]; do
  case "$1" in
    --files) FILES="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --smoke) FILES=20; RUNS=1; shift ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
WORK="${BENCH_WORK:-/tmp/migration-lsp-bench}/flags"
JAR="${MIGRATION_LSP_JAR:-$REPO/server/target/migration-lsp.jar}"
mkdir -p "$WORK"
WS="$WORK/platform-$FILES"
[ -d "$WS" ] || python3 "$HERE/gen-corpus.py" --platform "$FILES" "$WS"
NOSYN="$WORK/no-syntax.json"
echo '{ "rules": { "syntax-error": "off" } }' > "$NOSYN"
JSA="$WORK/check.jsa"
# The AppCDS archive of a check run (what a package-time step would produce).
[ -f "$JSA" ] || java -XX:ArchiveClassesAtExit="$JSA" -jar "$JAR" check "$WS" > /dev/null 2>&1 || true
[ -f "$JSA" ] || { echo "no AppCDS archive written" >&2; exit 3; }

variants=("default|" "AppCDS|-XX:SharedArchiveFile=$JSA" "C1 only|-XX:TieredStopAtLevel=1"
          "SerialGC|-XX:+UseSerialGC" "AppCDS+C1+SerialGC|-XX:SharedArchiveFile=$JSA -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
          "syntax-error off (no JSqlParser)|--config $NOSYN"
          "launcher (server/bin/migration-lsp: C1, SerialGC, package-time CDS)|launcher")
RES="$WORK/results.tsv"; : > "$RES"
one() {
  local name="$1" spec="$2" flags="" cfg=""
  case "$spec" in --config*) cfg="$spec" ;; launcher) ;; *) flags="$spec" ;; esac
  set +e
  # shellcheck disable=SC2086
  if [ "$spec" = launcher ]; then
    MIGRATION_LSP_JAR="$JAR" /usr/bin/time -f '%e %U %S %M %x' -o "$WORK/t" bash "$REPO/server/bin/migration-lsp" check "$WS" \
      > /dev/null 2> "$WORK/err"
  else
    /usr/bin/time -f '%e %U %S %M %x' -o "$WORK/t" java $flags -jar "$JAR" check $cfg "$WS" > /dev/null 2> "$WORK/err"
  fi
  set -e
  read -r wall user sys rss code < <(tail -n 1 "$WORK/t")
  [ "$code" -le 1 ] || { echo "$name: check exited $code: $(head -3 "$WORK/err")" >&2; exit 3; }
  echo -e "$name\t$wall\t$(python3 -c "print($user+$sys)")\t$rss\t$(tail -n 1 "$WORK/err")" >> "$RES"
}
for v in "${variants[@]}"; do one "${v%%|*}" "${v#*|}"; done; : > "$RES"   # warm-up
for i in $(seq 1 "$RUNS"); do
  for v in "${variants[@]}"; do one "${v%%|*}" "${v#*|}"; done
done
python3 - "$RES" "$FILES" <<'PY'
import statistics, sys, os
print("machine: %d cores, load average %.1f (1 min) at the end of the runs\n" % (os.cpu_count(), os.getloadavg()[0]))
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.strip()]
by, summary = {}, {}
for name, wall, cpu, rss, s in rows:
    by.setdefault(name, []).append((float(wall), float(cpu), int(rss))); summary[name] = s
d = by["default"]
print("check over a %s-file platform workspace, %d alternating runs (medians; ratio to default)\n" % (sys.argv[2], len(d)))
print("| variant | wall s | cpu s | wall ratio | cpu ratio | peak RSS MB | result |")
print("|---|---:|---:|---:|---:|---:|---|")
for name, r in by.items():
    w = statistics.median(x[0] for x in r); c = statistics.median(x[1] for x in r)
    wr = statistics.median(x[0] / y[0] for x, y in zip(r, d)); cr = statistics.median(x[1] / y[1] for x, y in zip(r, d))
    print("| %s | %.2f | %.2f | %.2f | %.2f | %.0f | %s |" % (name, w, c, wr, cr, max(x[2] for x in r) / 1024, summary[name]))
PY
