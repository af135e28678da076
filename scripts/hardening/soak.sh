#!/usr/bin/env bash
# The soak: `ansim serve` under paced mixed traffic (scripts/hardening/soak.py).
#   scripts/hardening/soak.sh [--seconds 600] [--rate 500]
set -euo pipefail
source "$(dirname "$0")/common.sh"
command -v wrk > /dev/null || { echo "soak: wrk is not installed (scripts/setup.sh installs it)" >&2; exit 1; }
PORT="${ANSIM_HARDENING_PORT:-$(free_port)}"
LOG="$OUT/soak-server.log"
: > "$LOG"
echo "== soak on 127.0.0.1:$PORT (server log: $LOG)"
exec "$PYTHON" scripts/hardening/soak.py --ansim "$ANSIM_BIN" --port "$PORT" --log "$LOG" "$@"
