#!/usr/bin/env bash
# `make hardening`: the short version of every item of docs/RELIABILITY.md, one after the
# other; a failing item is reported and the others still run. Exit 1 when any failed.
set -uo pipefail
cd "$(dirname "$0")/../.."
failed=()
run() {
  local name="$1"
  shift
  echo
  echo "################ $name: $*"
  if ! "$@"; then failed+=("$name"); fi
}
run fuzzing scripts/hardening/fuzz.sh 60
run sanitizers scripts/hardening/sanitizers.sh --short
run faults scripts/hardening/faults.sh
run soak scripts/hardening/soak.sh --seconds 60
run schemathesis scripts/hardening/apifuzz.sh --max-examples 10
run attack scripts/hardening/attack.sh
echo
if [ ${#failed[@]} -gt 0 ]; then
  echo "hardening: failed: ${failed[*]}"
  exit 1
fi
echo "hardening: every item passed"
