#!/usr/bin/env python3
"""Convert one exported (agency, month) CSV partition to GeoParquet, atomically.

Called by `ansim batch export` (Swift has no Parquet writer): the CSV has a header with
id,agency,month,occurred_at,crime_class,station,synthetic,x,y — x,y in metres in
EPSG:5179 (UTM-K). The Parquet file has the same columns except that x,y become a
Point ``geometry`` column (WKB) with GeoParquet metadata naming EPSG:5179, written by
geopandas ``GeoDataFrame.to_parquet``. The file is written beside OUT and renamed over
it, so a reader never sees half a file and a re-export replaces the partition whole.

Prints one JSON line: {"rows": N, "path": OUT}.
"""
from __future__ import annotations

import json
import os
import sys

import geopandas
import numpy as np
import pandas as pd
import shapely

CRS = "EPSG:5179"
COLUMNS = ["id", "agency", "month", "occurred_at", "crime_class", "station", "synthetic"]


def frame(table: pd.DataFrame, x: np.ndarray, y: np.ndarray) -> geopandas.GeoDataFrame:
    """A GeoDataFrame of the partition's columns with Point geometries from x, y."""
    return geopandas.GeoDataFrame(table, geometry=shapely.points(x, y), crs=CRS)


def write_atomically(gdf: geopandas.GeoDataFrame, out: str) -> None:
    """Write ``gdf`` as GeoParquet to a temporary file beside ``out``, then rename it."""
    os.makedirs(os.path.dirname(out) or ".", exist_ok=True)
    tmp = f"{out}.tmp-{os.getpid()}"
    try:
        gdf.to_parquet(tmp, index=False, compression="zstd")
        os.replace(tmp, out)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)


def convert(csv_path: str, out: str) -> int:
    """Convert ``csv_path`` to GeoParquet at ``out``; returns the number of rows."""
    table = pd.read_csv(
        csv_path,
        dtype={"id": "int64", "agency": "string", "month": "string", "crime_class": "string",
               "station": "string", "x": "string", "y": "string"},
        keep_default_na=False, na_values={"station": [""]},
    )
    missing = [c for c in COLUMNS + ["x", "y"] if c not in table.columns]
    if missing:
        raise SystemExit(f"{csv_path}: missing columns {missing}")
    table["occurred_at"] = pd.to_datetime(table["occurred_at"], utc=True, format="ISO8601")
    table["synthetic"] = table["synthetic"].map({"t": True, "f": False, True: True, False: False})
    if table["synthetic"].isna().any():
        row = int(table["synthetic"].isna().to_numpy().argmax())
        raise SystemExit(f"{csv_path}: row {row + 2}: synthetic is not t/f")
    # Python's float() rounds correctly: PostgreSQL's shortest text gives back the same double.
    x = np.fromiter(map(float, table["x"]), dtype=np.float64, count=len(table))
    y = np.fromiter(map(float, table["y"]), dtype=np.float64, count=len(table))
    gdf = frame(table[COLUMNS], x, y)
    write_atomically(gdf, out)
    return len(gdf)


def main(argv: list[str]) -> None:
    if len(argv) != 3:
        raise SystemExit("usage: to_geoparquet.py PARTITION.csv OUT.parquet")
    rows = convert(argv[1], argv[2])
    print(json.dumps({"rows": rows, "path": argv[2]}))


if __name__ == "__main__":
    main(sys.argv)
