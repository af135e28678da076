#!/usr/bin/env bash
# Creates .venv-batch: the pinned Python side of Ansim's multi-year batch analytics
# (docs/SCALE.md): Dask + dask.distributed schedule, retry and merge; dask-geopandas,
# geopandas, shapely and pyarrow read and write the GeoParquet store; Ansim's Swift
# commands do the per-partition computation. Used by scripts/batch/*.py, the
# AnsimCLITests batch test and `ansim bench batch`. Idempotent: a second run with
# everything installed does no network access and prints the interpreter's path.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${ANSIM_BATCH_VENV:-$PWD/.venv-batch}"
PINS=(
  dask==2026.8.0 distributed==2026.8.0 dask-geopandas==0.5.0
  geopandas==1.2.0 shapely==2.2.0 pyproj==3.7.2 pyarrow==26.0.1
  numpy==2.4.6 pandas==3.1.1 scipy==1.17.1
)
# One setup at a time (tests may call this from parallel suites).
exec 9>"$VENV.lock"
flock 9
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV" >&2
fi
if ! "$VENV/bin/python" -c "import dask, distributed, dask_geopandas, geopandas, shapely, pyarrow, numpy, pandas, scipy" 2>/dev/null; then
  "$VENV/bin/pip" install -q --disable-pip-version-check "${PINS[@]}" >&2
fi
echo "$VENV/bin/python"
