# Shared start of the editor tests (sourced by run.sh and emacs-run.sh after they set
# `label` (nvim/emacs), `editor` (the command) and `editor_var` (the variable that overrides it)):
# finds the repo and the server jar, keeps the pass/fail counts, checks that the editor and the jar
# exist, and makes a temporary work folder that is removed on exit.
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
plugin="$(dirname "$here")"
repo="$(dirname "$plugin")"
jar="${MIGRATION_LSP_JAR:-$repo/server/target/migration-lsp.jar}"
case "$jar" in /*) ;; *) jar="$PWD/$jar" ;; esac
timeout_s="${MLSP_TEST_TIMEOUT:-60}"

passed=0
failed=0

finish() {
  echo "$label: $passed passed, $failed failed"
  if [ "$failed" -gt 0 ]; then exit 1; fi
  exit 0
}

if ! command -v "$editor" >/dev/null 2>&1; then
  echo "FAIL $label not found ($editor_var=$editor)"
  failed=1
  finish
fi
if [ ! -f "$jar" ]; then
  echo "FAIL server jar not found: $jar (build it with 'mvn -q package' or set MIGRATION_LSP_JAR)"
  failed=1
  finish
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/mlsp-$label-test.XXXXXX")"
trap 'rm -rf "$work"' EXIT
