#!/usr/bin/env bash
# Property-based tests of the OpenAPI document (schemathesis), one run per role.
#   scripts/hardening/apifuzz.sh [--max-examples N] [--seed S]
set -euo pipefail
source "$(dirname "$0")/common.sh"
PORT="${ANSIM_HARDENING_PORT:-$(free_port)}"
LOG="$OUT/apifuzz-server.log"
REPORTS="$OUT/schemathesis"
rm -rf "$REPORTS" && mkdir -p "$REPORTS"
: > "$LOG"
echo "== schemathesis on 127.0.0.1:$PORT (reports: $REPORTS)"
exec "$PYTHON" scripts/hardening/apifuzz.py --ansim "$ANSIM_BIN" --port "$PORT" --log "$LOG" --report-dir "$REPORTS" "$@"
