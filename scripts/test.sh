#!/usr/bin/env bash
# Builds and runs every test against a real embedded PostgreSQL + PostGIS cluster
# in .ansim-test/ (never the demo's .ansim/), then stops that cluster.
set -euo pipefail
cd "$(dirname "$0")/.."

export ANSIM_TEST_HOME="${ANSIM_TEST_HOME:-$PWD/.ansim-test}"
unset DATABASE_URL PGHOST PGHOSTADDR PGPORT PGDATABASE PGUSER PGSERVICE

stop_cluster() {
  if [ -x .build/debug/ansim ]; then
    ANSIM_HOME="$ANSIM_TEST_HOME" .build/debug/ansim db stop >/dev/null 2>&1 || true
  fi
}
trap stop_cluster EXIT

# The pinned Dask/GeoParquet environment of the batch tests (pip, once; then a no-op).
scripts/batch-env.sh >/dev/null
swift build --build-tests
swift test --skip-build "$@"
