#!/usr/bin/env bash
# Headless Neovim end-to-end test of the migration-lsp client.
#
#   MIGRATION_LSP_JAR=/path/to/migration-lsp.jar nvim-config/test/run.sh
#
# Env:
#   MIGRATION_LSP_JAR   server jar (default: <repo>/server/target/migration-lsp.jar)
#   MIGRATION_LSP_JAVA  java executable (default: java)
#   MLSP_TEST_TIMEOUT   seconds to wait for each server reaction (default: 60)
#   NVIM                nvim executable (default: nvim)
#
# Works on temp copies of examples/platform and examples/alembic (the repo is never modified).
# Prints PASS/FAIL per assertion and ends with "nvim: N passed, N failed".
set -uo pipefail

label=nvim
nvim="${NVIM:-nvim}"
editor="$nvim"
editor_var=NVIM
# shellcheck source=common.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/common.sh"

version="$("$nvim" --version | head -n1)"
echo "# $version, jar: $jar"

# Is this nvim >= 0.11 (vim.lsp.config / lsp/*.lua)?
native=0
if "$nvim" --headless -u NONE -i NONE -n \
     -c 'if has("nvim-0.11") | qall! | else | cquit 3 | endif' >/dev/null 2>&1; then
  native=1
fi

modes="setup"
if [ "$native" = 1 ]; then
  modes="setup native"
else
  echo "# lsp/migration_lsp.lua needs nvim >= 0.11 for vim.lsp.config/enable;"
  echo "# on this version the setup() path runs end to end and the lsp/ file's logic is checked directly."
fi

for mode in $modes; do
  proj="$work/$mode/platform"
  mkdir -p "$work/$mode"
  cp -R "$repo/examples/platform" "$proj"
  alembic="$work/$mode/alembic"
  cp -R "$repo/examples/alembic" "$alembic"
  results="$work/$mode/results.txt"
  : >"$results"
  xdg="$work/$mode/xdg"
  mkdir -p "$xdg/config" "$xdg/data" "$xdg/state" "$xdg/cache"

  start=$(date +%s)
  (
    cd "$proj" || exit 99
    export XDG_CONFIG_HOME="$xdg/config" XDG_DATA_HOME="$xdg/data" \
           XDG_STATE_HOME="$xdg/state" XDG_CACHE_HOME="$xdg/cache"
    export MIGRATION_LSP_JAR="$jar" MLSP_PLUGIN_DIR="$plugin" MLSP_PROJECT="$proj" MLSP_ALEMBIC="$alembic" \
           MLSP_RESULTS="$results" MLSP_TEST_MODE="$mode" MLSP_TEST_TIMEOUT="$timeout_s"
    # Outer bound: every wait inside is bounded too; this only catches a hang.
    timeout -k 10 $((timeout_s * 8 + 60)) \
      "$nvim" --headless -u "$here/nvim/init.lua" -i NONE -n \
        -c "luafile $here/nvim/test.lua" </dev/null
  )
  rc=$?
  echo "# [$mode] nvim exited with $rc after $(( $(date +%s) - start ))s"

  counts="$(grep '^COUNTS ' "$results" | tail -n1)"
  if [ -n "$counts" ]; then
    set -- $counts
    passed=$((passed + $2))
    failed=$((failed + $3))
    if [ "$rc" -ne 0 ] && [ "$3" -eq 0 ]; then
      echo "FAIL [$mode] nvim exited with $rc"
      failed=$((failed + 1))
    fi
  else
    # nvim died or hung before reporting; count what it printed plus this.
    p=$(grep -c '^PASS ' "$results" || true)
    f=$(grep -c '^FAIL ' "$results" || true)
    passed=$((passed + p))
    failed=$((failed + f + 1))
    echo "FAIL [$mode] nvim did not finish the test (exit $rc)"
  fi

  if grep -q '^FAIL ' "$results" || [ "$rc" -ne 0 ]; then
    log="$(find "$xdg" -name lsp.log 2>/dev/null | head -n1)"
    if [ -n "$log" ]; then
      echo "# ---- last lines of $log"
      tail -n 60 "$log" | cut -c1-400
      echo "# ----"
    fi
  fi
done

finish
