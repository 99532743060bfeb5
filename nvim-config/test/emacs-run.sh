#!/usr/bin/env bash
# Batch Emacs + Eglot end-to-end test of nvim-config/emacs/migration-lsp.el.
#
#   MIGRATION_LSP_JAR=/path/to/migration-lsp.jar nvim-config/test/emacs-run.sh
#
# Env:
#   MIGRATION_LSP_JAR   server jar (default: <repo>/server/target/migration-lsp.jar)
#   MIGRATION_LSP_JAVA  java executable (default: java)
#   MLSP_TEST_TIMEOUT   seconds to wait for each server reaction (default: 60)
#   EMACS               emacs executable (default: emacs)
#
# Works on temp copies of examples/platform and examples/alembic (the repo is never modified).
# Prints PASS/FAIL per assertion and ends with "emacs: N passed, N failed".
set -uo pipefail

label=emacs
emacs="${EMACS:-emacs}"
editor="$emacs"
editor_var=EMACS
# shellcheck source=common.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/common.sh"
proj="$work/platform"
cp -R "$repo/examples/platform" "$proj"
alembic="$work/alembic"
cp -R "$repo/examples/alembic" "$alembic"
results="$work/results.txt"
: >"$results"
mkdir -p "$work/home"

echo "# $("$emacs" --version | head -n1), jar: $jar"
start=$(date +%s)
(
  cd "$proj" || exit 99
  # A throwaway HOME keeps ~/.emacs.d (and its ELPA packages) out of the test.
  export HOME="$work/home"
  export MIGRATION_LSP_JAR="$jar" MLSP_PLUGIN_DIR="$plugin" MLSP_PROJECT="$proj" MLSP_ALEMBIC="$alembic" \
         MLSP_RESULTS="$results" MLSP_TEST_TIMEOUT="$timeout_s"
  timeout -k 10 $((timeout_s * 6 + 60)) \
    "$emacs" --batch -Q -l "$here/emacs/test.el" </dev/null 2>&1
) | grep -v -e '^\[eglot\] Waiting in background' -e '^Loading ' 
rc=${PIPESTATUS[0]}
echo "# emacs exited with $rc after $(( $(date +%s) - start ))s"

counts="$(grep '^COUNTS ' "$results" | tail -n1)"
if [ -n "$counts" ]; then
  set -- $counts
  passed=$2
  failed=$3
  if [ "$rc" -ne 0 ] && [ "$3" -eq 0 ]; then
    echo "FAIL emacs exited with $rc"
    failed=$((failed + 1))
  fi
else
  passed=$(grep -c '^PASS ' "$results" || true)
  failed=$(( $(grep -c '^FAIL ' "$results" || true) + 1 ))
  echo "FAIL emacs did not finish the test (exit $rc)"
fi
finish
