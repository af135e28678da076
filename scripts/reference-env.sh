#!/usr/bin/env bash
# Creates .venv-ref: the pinned Python reference implementations (PySAL esda/libpysal,
# pointpats, scipy, statsmodels) that generate the committed test fixtures
# (scripts/fixtures/*.py → Tests/Fixtures/analytics/) and that `ansim bench analytics`
# times beside Ansim. Not needed to build or test Ansim. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${ANSIM_REFERENCE_VENV:-$PWD/.venv-ref}"
PINS=(numpy==2.4.6 scipy==1.17.1 esda==2.9.0 libpysal==4.14.1 pointpats==2.5.5 statsmodels==0.14.6)
PINS+=(ortools==9.15.6755)  # ansim bench top (scripts/bench/top_ortools.py)
PINS+=(pymannkendall==1.4.3)  # Mann-Kendall fixtures (scripts/fixtures/emerging.py)
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
fi
if ! "$VENV/bin/python" -c "import esda, libpysal, pointpats, scipy, statsmodels, pymannkendall" 2>/dev/null; then
  "$VENV/bin/pip" install -q "${PINS[@]}"
fi
echo "$VENV/bin/python"
