#!/usr/bin/env bash
# Whole-process CLI throughput, ours against the peers, same run, alternating A B A B after a warm-up:
#   1. `check` vs `squawk` over the same N-file Postgres corpus (default 1,000 files);
#   2. `check` vs `sqlfluff lint --dialect tsql` over a platform (T-SQL) workspace; sqlfluff is
#      slow, so it gets a subset of that workspace (default 20 files) and we compare lines/second.
# Prints wall-clock and CPU (user+sys) medians, the ratio ours/peer, lines/s and peak RSS.
#
#   bash server/bench/cli-vs-peers.sh [--runs 5] [--files 1000] [--sqlfluff-files 20] [--smoke]
#
# Installs squawk-cli (npm, into server/bench/.tools) and sqlfluff (apt) when missing. Corpora go to
# $BENCH_WORK (default /tmp/migration-lsp-bench), never into the repository.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
RUNS=5 FILES=1000 SF_FILES=20 SMOKE=0
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --files) FILES="$2"; shift 2 ;;
    --sqlfluff-files) SF_FILES="$2"; shift 2 ;;
    --smoke) SMOKE=1; RUNS=1; FILES=20; SF_FILES=2; shift ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
WORK="${BENCH_WORK:-/tmp/migration-lsp-bench}/cli"
JAR="${MIGRATION_LSP_JAR:-$REPO/server/target/migration-lsp.jar}"
export MIGRATION_LSP_JAR="$JAR"
TOOLS="$HERE/.tools"
mkdir -p "$WORK"

if [ ! -f "$JAR" ]; then
  (cd "$REPO" && mvn -q -B -o package -DskipTests) || (cd "$REPO" && mvn -q -B package -DskipTests)
fi
SQUAWK="$(command -v squawk || true)"
if [ -z "$SQUAWK" ]; then
  if [ ! -x "$TOOLS/node_modules/.bin/squawk" ]; then
    echo "installing squawk-cli from npm into $TOOLS" >&2
    npm install --prefix "$TOOLS" --no-audit --no-fund --silent squawk-cli >&2
  fi
  # The native binary the npm package ships (its node wrapper only adds node's start-up).
  SQUAWK="$(find "$TOOLS/node_modules/@squawk-cli" -path '*/bin/squawk' -type f 2>/dev/null | sort | sed -n 1p)"
  [ -x "$SQUAWK" ] || SQUAWK="$TOOLS/node_modules/.bin/squawk"
fi
if ! command -v sqlfluff >/dev/null; then
  echo "installing sqlfluff from apt" >&2
  if [ "$(id -u)" -eq 0 ]; then
    apt-get install -y -q sqlfluff >&2 || { apt-get update -q >&2 && apt-get install -y -q sqlfluff >&2; }
  else
    sudo apt-get install -y -q sqlfluff >&2
  fi
fi

PG="$WORK/postgres-$FILES" PF="$WORK/platform-$FILES" SF="$WORK/sqlfluff-subset-$SF_FILES"
[ -d "$PG" ] || python3 "$HERE/gen-corpus.py" --postgres "$FILES" "$PG"
[ -d "$PF" ] || python3 "$HERE/gen-corpus.py" --platform "$FILES" "$PF"
# The sqlfluff subset: the first SF_FILES root migrations of the same workspace, as a workspace of
# their own (with _migrations/) so our check applies the same profile to the very same files.
if [ ! -d "$SF" ]; then
  mkdir -p "$SF/_migrations"
  find "$PF/_migrations" -maxdepth 1 -name '*.sql' | sort > "$WORK/subset.list"
  head -n "$SF_FILES" "$WORK/subset.list" | while read -r f; do cp "$f" "$SF/_migrations/"; done
  cp -r "$PF/app" "$SF/app"
fi
# sqlfluff's python templater renders the {schema_name} placeholder (a Python format field).
SFCFG="$WORK/sqlfluff.cfg"
printf '[sqlfluff]\ndialect = tsql\ntemplater = python\n\n[sqlfluff:templater:python:context]\nschema_name = TENANT_SCHEMA\n' > "$SFCFG"

lines_of() { find "$1" -name '*.sql' -print0 | xargs -0 cat | wc -l; }
PG_LINES=$(lines_of "$PG"); PF_LINES=$(lines_of "$PF"); SF_LINES=$(lines_of "$SF")
PF_COUNT=$(find "$PF" -name '*.sql' | wc -l)

RES="$WORK/results.tsv"
: > "$RES"
# run LABEL CMD...: one whole-process run, recording wall s, user+sys s and peak RSS (KB).
run() {
  local label="$1"; shift
  local tf="$WORK/time.$$"
  set +e
  /usr/bin/time -f '%e %U %S %M %x' -o "$tf" "$@" > "$WORK/out.$label" 2> "$WORK/err.$label"
  set -e
  read -r wall user sys rss code < <(tail -n 1 "$tf")
  # All three exit 1 when they find problems; anything above that (usage error, crash) is a broken harness.
  if ! [ "$code" -le 1 ] 2>/dev/null; then
    echo "$label exited $code: $(head -3 "$WORK/err.$label")" >&2; exit 3
  fi
  echo -e "$label\t$wall\t$(python3 -c "print(round($user+$sys,2))")\t$rss" >> "$RES"
}
# As users run it: the launcher's CLI flags (C1 only, serial GC) and the CDS archive next to the jar.
ours() { run "$1" bash "$REPO/server/bin/migration-lsp" check "${@:2}"; }
# The Postgres corpus is a bare folder of numbered files: the postgres-rls profile is what a Postgres
# team would run on it (a platform layout would be detected otherwise).
ours_pg() { ours ours-pg --profile postgres-rls "$PG"; }
pair_pg() { ours_pg; run squawk "$SQUAWK" --reporter gcc "$PG"/*.sql; }
pair_sf() {
  ours ours-sf "$SF"
  run sqlfluff sqlfluff lint --config "$SFCFG" --dialect tsql --templater python --processes 1 "$SF"/_migrations/*.sql
  ours ours-tsql "$PF"
}

echo "warm-up (page cache, JIT-less first runs) ..." >&2
pair_pg; pair_sf; : > "$RES"
for i in $(seq 1 "$RUNS"); do
  echo "run $i/$RUNS ..." >&2
  if [ $((i % 2)) -eq 1 ]; then pair_pg; pair_sf; else
    run squawk "$SQUAWK" --reporter gcc "$PG"/*.sql; ours_pg
    run sqlfluff sqlfluff lint --config "$SFCFG" --dialect tsql --templater python --processes 1 "$SF"/_migrations/*.sql
    ours ours-sf "$SF"; ours ours-tsql "$PF"
  fi
done

OURS_PG=$(tail -n 1 "$WORK/err.ours-pg"); OURS_TSQL=$(tail -n 1 "$WORK/err.ours-tsql"); OURS_SF=$(tail -n 1 "$WORK/err.ours-sf")
SQ_FINDINGS=$(grep -c ': \(warning\|error\)' "$WORK/out.squawk" || true)
SF_FINDINGS=$(grep -c '^L: ' "$WORK/out.sqlfluff" || true)
SF_UNPARSABLE=$(grep -c 'PRS' "$WORK/out.sqlfluff" || true)
python3 - "$RES" <<EOF
import statistics, sys, os
print("machine: %d cores, load average %.1f (1 min) at the end of the runs\n" % (os.cpu_count(), os.getloadavg()[0]))
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.strip()]
by = {}
for label, wall, cpu, rss in rows:
    by.setdefault(label, []).append((float(wall), float(cpu), int(rss)))
def med(label, i): return statistics.median(r[i] for r in by[label])
def pairs(a, b, i):  # median of the per-run ratios: robust to the machine's load drifting between runs
    return statistics.median(x[i] / y[i] for x, y in zip(by[a], by[b]) if y[i] > 0)
print("CLI throughput, whole process, %d alternating runs after a warm-up (median; ratio = ours / peer)" % len(by["squawk"]))
print()
print("| workload | tool | wall s | cpu s | peak RSS MB | lines | lines/s (wall) | findings |")
print("|---|---|---:|---:|---:|---:|---:|---:|")
def row(name, label, lines, nfind):
    w, c, m = med(label, 0), med(label, 1), max(r[2] for r in by[label]) / 1024
    print("| %s | %s | %.2f | %.2f | %.0f | %d | %s | %s |" % (name, label, w, c, m, lines, "{:,.0f}".format(lines / w) if w else "inf", nfind))
row("Postgres $FILES files (ours: --profile postgres-rls)", "ours-pg", $PG_LINES, "$OURS_PG (see note)")
row("Postgres $FILES files", "squawk", $PG_LINES, "$SQ_FINDINGS")
row("T-SQL $PF_COUNT files", "ours-tsql", $PF_LINES, "$OURS_TSQL")
row("T-SQL subset $SF_FILES files", "ours-sf", $SF_LINES, "$OURS_SF")
row("T-SQL subset $SF_FILES files", "sqlfluff", $SF_LINES, "$SF_FINDINGS (unparsable: $SF_UNPARSABLE)")
print()
print("ours/squawk  wall ratio: %.2f (median of per-run ratios %.2f); cpu ratio %.2f   target < 1.0, aim 0.5"
      % (med("ours-pg", 0) / med("squawk", 0), pairs("ours-pg", "squawk", 0), pairs("ours-pg", "squawk", 1)))
lps_ours = $PF_LINES / med("ours-tsql", 0); lps_sf = $SF_LINES / med("sqlfluff", 0)
lps_ours_sub = $SF_LINES / med("ours-sf", 0)
cps_ours = $PF_LINES / med("ours-tsql", 1); cps_sf = $SF_LINES / med("sqlfluff", 1)
print("T-SQL lines per CPU-second (less sensitive to a loaded machine): ours %.0f, sqlfluff %.1f -> %.0fx"
      % (cps_ours, cps_sf, cps_ours / cps_sf))
print("T-SQL lines/s: ours %.0f (full workspace), %.0f (same %d-file subset); sqlfluff %.1f -> %.0fx (full) / %.0fx (same files)   target >= 1000x"
      % (lps_ours, lps_ours_sub, $SF_FILES, lps_sf, lps_ours / lps_sf, lps_ours_sub / lps_sf))
print()
print("Note: on the Postgres corpus ours runs the postgres-rls profile (--profile postgres-rls); its rules")
print("are not Squawk's, so the finding counts differ; the timing is the cost of lexing, modelling, the")
print("history replay, JSqlParser validation and the rules over the same files.")
EOF
