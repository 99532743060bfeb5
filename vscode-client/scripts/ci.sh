#!/usr/bin/env bash
# CI entry point for vscode-client: npm ci, compile, unit tests, bundle the server jar,
# package the .vsix, install the e2e tools, run the end-to-end tests in code-server.
#
#   bash vscode-client/scripts/ci.sh
#
# MIGRATION_LSP_JAR=<path to migration-lsp.jar> skips the Maven build of the server
# (otherwise: mvn -q -f ../pom.xml package -DskipTests). E2E_ROOT as in e2e-setup.sh.
# Exits non-zero on any failure. The last line is "vscode-client: N passed, N failed".
set -uo pipefail

CLIENT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$CLIENT_DIR"
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
export E2E_ROOT="${E2E_ROOT:-/tmp/mlsp-vscode-e2e}"
LOGS="$E2E_ROOT/ci-logs"
mkdir -p "$LOGS"

PASSED=0
FAILED=0
SUMMARY=()
T0=$(date +%s)

finish() {
  local rc=$?
  echo
  echo "==> vscode-client ci summary ($(( $(date +%s) - T0 ))s total)"
  for line in "${SUMMARY[@]}"; do echo "    $line"; done
  echo "vscode-client: $PASSED passed, $FAILED failed"
  if [ "$FAILED" -gt 0 ] || [ "$rc" -ne 0 ]; then exit 1; fi
  exit 0
}
trap finish EXIT

# run_step NAME COMMAND...: runs a build step; a failed step counts as one failure.
run_step() {
  local name="$1"; shift
  local t=$(date +%s)
  echo "==> $name"
  if "$@"; then
    SUMMARY+=("ok    $name ($(( $(date +%s) - t ))s)")
    return 0
  else
    local rc=$?
    SUMMARY+=("FAIL  $name ($(( $(date +%s) - t ))s, exit $rc)")
    FAILED=$((FAILED + 1))
    echo "==> FAILED: $name (exit $rc)" >&2
    return 1
  fi
}

# e2e NAME ARGS...: one end-to-end test; counts as one test.
e2e() {
  local name="$1"; shift
  local t=$(date +%s)
  echo "==> e2e: $name"
  if node scripts/e2e.js "$@" 2>&1 | tee "$LOGS/e2e-$name.log"; [ "${PIPESTATUS[0]}" -eq 0 ]; then
    PASSED=$((PASSED + 1))
    SUMMARY+=("ok    e2e $name ($(( $(date +%s) - t ))s)")
  else
    FAILED=$((FAILED + 1))
    SUMMARY+=("FAIL  e2e $name ($(( $(date +%s) - t ))s; full log $LOGS/e2e-$name.log)")
  fi
}

run_step "npm ci" npm ci --no-audit --no-fund || exit 1
run_step "compile (tsc)" npm run -s compile || exit 1

# Unit tests: node's built-in runner (TAP), counted test by test.
echo "==> unit tests (node --test)"
t=$(date +%s)
node --test --test-reporter=tap out/test/ >"$LOGS/unit.tap" 2>&1
unit_rc=$?
grep -E '^# (tests|pass|fail|cancelled|skipped|todo) ' "$LOGS/unit.tap" | sed 's/^/    /'
grep -E '^\s*not ok ' "$LOGS/unit.tap" && sed -n '/not ok/,/^\s*\.\.\.$/p' "$LOGS/unit.tap" | head -80
u_pass=$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$LOGS/unit.tap" | tail -1)
u_fail=$(sed -n 's/^# fail \([0-9]*\)$/\1/p' "$LOGS/unit.tap" | tail -1)
u_cancel=$(sed -n 's/^# cancelled \([0-9]*\)$/\1/p' "$LOGS/unit.tap" | tail -1)
if [ -z "$u_pass" ] || { [ "$unit_rc" -ne 0 ] && [ "${u_fail:-0}" -eq 0 ] && [ "${u_cancel:-0}" -eq 0 ]; }; then
  cat "$LOGS/unit.tap" >&2
  FAILED=$((FAILED + 1)); SUMMARY+=("FAIL  unit tests did not run (exit $unit_rc)")
else
  PASSED=$((PASSED + u_pass)); FAILED=$((FAILED + ${u_fail:-0} + ${u_cancel:-0}))
  SUMMARY+=("$([ "$unit_rc" -eq 0 ] && echo 'ok   ' || echo 'FAIL ') unit tests: $u_pass passed, $(( ${u_fail:-0} + ${u_cancel:-0} )) failed ($(( $(date +%s) - t ))s)")
fi

run_step "bundle server jar (npm run build-server)" npm run -s build-server || exit 1
run_step "package vsix (npm run package)" npm run -s package || exit 1
run_step "e2e setup (scripts/e2e-setup.sh)" bash scripts/e2e-setup.sh || exit 1

e2e quickfix --scenario quickfix migration-lsp.vsix
e2e commands --scenario commands migration-lsp.vsix
e2e bad-java-home --scenario bad-java-home migration-lsp.vsix
e2e python-filter --scenario python-filter migration-lsp.vsix
