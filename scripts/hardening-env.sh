#!/usr/bin/env bash
# Creates .venv-hardening: the pinned Python side of the hardening campaign
# (docs/RELIABILITY.md): schemathesis (property-based tests of the OpenAPI document)
# and PyYAML (the attack pass reads the document). Idempotent: a second run with
# everything installed does no network access and prints the interpreter's path.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${ANSIM_HARDENING_VENV:-$PWD/.venv-hardening}"
PINS=(schemathesis==4.32.5 hypothesis==6.170.17 PyYAML==6.0.4 requests==2.34.2)
exec 9>"$VENV.lock"
flock 9
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV" >&2
fi
if ! "$VENV/bin/python" -c "import schemathesis, yaml, requests" 2>/dev/null; then
  "$VENV/bin/pip" install -q --disable-pip-version-check "${PINS[@]}" >&2
fi
echo "$VENV/bin/python"
