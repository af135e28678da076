#!/usr/bin/env bash
# The attack pass (docs/RELIABILITY.md): every role against every route, injection and
# traversal in every parameter and body field, malformed and oversized bodies, forged
# tokens, slow clients, secrets in logs, direct SQL as each database role, TLS settings.
set -euo pipefail
source "$(dirname "$0")/common.sh"
PORT="${ANSIM_HARDENING_PORT:-$(free_port)}"
LOG="$OUT/attack-server.log"
: > "$LOG"
echo "== attack pass on 127.0.0.1:$PORT (server log: $LOG)"
exec "$PYTHON" scripts/hardening/attack.py --ansim "$ANSIM_BIN" --port "$PORT" --log "$LOG" "$@"
