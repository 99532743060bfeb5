#!/usr/bin/env bash
# CI entry point for the editor clients: installs Neovim / Emacs + Eglot from
# Debian when missing, then runs both end-to-end tests against the server jar
# (default <repo>/server/target/migration-lsp.jar, override with
# MIGRATION_LSP_JAR). Exits non-zero if anything fails.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

need=()
command -v nvim >/dev/null 2>&1 || need+=(neovim)
command -v emacs >/dev/null 2>&1 || need+=(emacs-nox)
# eglot: built into Emacs 29+, a Debian package (elpa-eglot) for Emacs 28.
if ! ls -d /usr/share/emacs/site-lisp/elpa/eglot-* >/dev/null 2>&1; then
  if ! { command -v emacs >/dev/null 2>&1 && emacs --batch -Q --eval '(require (quote eglot))' >/dev/null 2>&1; }; then
    need+=(elpa-eglot)
  fi
fi
if [ "${#need[@]}" -gt 0 ]; then
  echo "# installing: ${need[*]}"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q >/dev/null || { echo "FAIL apt-get update"; exit 1; }
  $SUDO apt-get install -y -q "${need[@]}" >/dev/null || { echo "FAIL apt-get install ${need[*]}"; exit 1; }
fi

rc=0
start=$(date +%s)
"$here/run.sh" || rc=1
"$here/emacs-run.sh" || rc=1
echo "# editor clients: $(( $(date +%s) - start ))s, exit $rc"
exit $rc
