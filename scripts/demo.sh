#!/usr/bin/env bash
# The main job on the embedded database: create and start it, apply the schema,
# and show what is running. (Later stages load the shipped data and analyse it.)
set -euo pipefail
cd "$(dirname "$0")/.."
ANSIM=.build/release/ansim

echo "== ansim db init"
"$ANSIM" db init
echo
echo "== ansim db status"
"$ANSIM" db status
echo
echo "The database keeps running; connect with:  psql \"\$($ANSIM db url)\"   stop with:  $ANSIM db stop"
