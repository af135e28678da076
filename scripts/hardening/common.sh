# Sourced by scripts/hardening/*.sh: the binary, the cluster and the keys they share.
#   ANSIM_BIN             the CLI (default .build/release/ansim, built by `make build`)
#   ANSIM_HARDENING_HOME  the cluster (default .ansim-hardening): the demo's data, made
#                         once by scripts/demo.sh, then reused
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
ROOT="$PWD"
export ANSIM_BIN="${ANSIM_BIN:-$ROOT/.build/release/ansim}"
export ANSIM_HOME="${ANSIM_HARDENING_HOME:-$ROOT/.ansim-hardening}"
OUT="$ROOT/data/generated/hardening"
mkdir -p "$OUT"
[ -x "$ANSIM_BIN" ] || { echo "hardening: $ANSIM_BIN is missing (make build)" >&2; exit 1; }
if [ ! -f "$ANSIM_HOME/hardening-ready" ]; then
  echo "== the hardening cluster $ANSIM_HOME: the demo's data (scripts/demo.sh, once)"
  scripts/demo.sh > "$OUT/demo.log" 2>&1 || { echo "hardening: the demo failed; see $OUT/demo.log" >&2; exit 1; }
  touch "$ANSIM_HOME/hardening-ready"
fi
# Field keys live outside any checkout (ansim refuses keys inside a git repository).
export ANSIM_FIELD_KEY_FILE="${ANSIM_HARDENING_KEY_FILE:-${XDG_CONFIG_HOME:-$HOME/.config}/ansim/hardening-field.keys}"
if [ ! -s "$ANSIM_FIELD_KEY_FILE" ]; then
  mkdir -p "$(dirname "$ANSIM_FIELD_KEY_FILE")"
  (umask 077 && "$ANSIM_BIN" hotline keys generate --id 1 > "$ANSIM_FIELD_KEY_FILE")
fi
chmod 600 "$ANSIM_FIELD_KEY_FILE"
PYTHON="$(scripts/hardening-env.sh)"
# A free port: the kernel's pick for a socket bound to port 0.
free_port() { "$PYTHON" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
