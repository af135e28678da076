#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks to build, test and run Ansim.
# Idempotent and fast when everything is already there (no apt-get at all then).
#
# As root it installs directly; as a normal user it uses `sudo -n` when that works,
# else it prints the one command an administrator must run.
set -euo pipefail

PACKAGES=(
  # embedded database: PostgreSQL 15 + PostGIS 3 + pgRouting
  postgresql-15 postgresql-15-postgis-3 postgresql-15-pgrouting
  # C libraries the Swift package links (pkg-config finds them)
  libpq-dev libgeos-dev libproj-dev proj-data libssl-dev libgdal-dev libjpeg-dev libpng-dev pkg-config
  # tools ansim runs: bzip2 (.osm.bz2 extracts), ffmpeg + ffprobe (video keyframes for
  # re-upload detection, docs/MEDIA.md); iconv comes with libc
  bzip2 ffmpeg
  # reference tools used by tests and benchmarks (cs2cs, psql, ogr2ogr, zip)
  proj-bin postgresql-client-15 gdal-bin zip
  # reports: HTML + SVG → A4 PDF, Korean (CJK) fonts, and pdftotext/pdfinfo for the tests
  weasyprint fonts-noto-cjk poppler-utils
  # the map page's screenshot test: headless Chromium (run with --no-sandbox as root)
  chromium
  # ansim bench lookup's HTTP stage (not needed by the tests)
  wrk
  # ansim batch: scripts/batch-env.sh makes .venv-batch (Dask, geopandas, pyarrow from PyPI)
  python3 python3-venv
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]})); then
  if [ "$(id -u)" = 0 ]; then
    SUDO=()
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO=(sudo)
  else
    echo "setup: missing Debian packages: ${missing[*]}" >&2
    echo "setup: ask an administrator to run: apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
  echo "setup: installing ${missing[*]}"
  "${SUDO[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# PostgreSQL refuses to run as root: when ansim runs as root, its embedded server
# runs as this unprivileged system account.
if [ "$(id -u)" = 0 ] && ! getent passwd ansim >/dev/null; then
  useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin ansim
  echo "setup: created the system account 'ansim' for the embedded PostgreSQL server"
fi

if ! command -v swift >/dev/null 2>&1; then
  echo "setup: Swift 6.1 or later is required on PATH (https://www.swift.org/install/linux/)" >&2
  exit 1
fi
