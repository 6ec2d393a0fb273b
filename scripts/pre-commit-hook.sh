#!/usr/bin/env bash
# The pre-commit hook's entry (.pre-commit-hooks.yaml): runs the command line on the files pre-commit
# passes, with any args the hook is given. The checkout the hook lives in is built on first use, once
# (that needs the npm registry); every later run is offline.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ ! -f "$here/dist/cli.js" ]; then
  echo "paper-check: building the hook once in $here" >&2
  (cd "$here" && npm ci --no-audit --no-fund --silent && npm run build --silent) >&2
fi
exec node "$here/dist/cli.js" "$@"
