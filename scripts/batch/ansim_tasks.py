"""The tasks of the batch cube (scripts/batch/cube.py): each calls an Ansim file-in/file-out
command on one piece of the work. Plain functions of plain arguments, so that Dask can
run them on any worker (and retry them) and the --single mode can call them in a loop.

- ``bin_partition``: one GeoParquet partition → ``ansim analyze bin`` → sparse counts.
- ``merge_month``: the sparse counts of a month's partitions → the month's full grid.
- ``gistar_month``: a month's full grid → ``ansim analyze gistar --grid`` → z, p per cell.
"""
from __future__ import annotations

import os
import re
import subprocess
import tempfile
from dataclasses import dataclass

import geopandas
import numpy as np
import pandas as pd
import shapely


@dataclass(frozen=True)
class GridSpec:
    """The fixed grid shared by every partition: --cell metres from (xmin, ymin) of --bbox."""

    xmin: float
    ymin: float
    xmax: float
    ymax: float
    cell: float

    @property
    def rows(self) -> int:
        return int(np.ceil((self.ymax - self.ymin) / self.cell))

    @property
    def cols(self) -> int:
        return int(np.ceil((self.xmax - self.xmin) / self.cell))

    @property
    def bbox(self) -> str:
        return ",".join(repr(float(v)) for v in (self.xmin, self.ymin, self.xmax, self.ymax))


@dataclass(frozen=True)
class Binned:
    """One partition's sparse counts: flat cell indices (row·cols + col) and counts."""

    month: str
    path: str
    points: int
    synthetic: int
    cells: np.ndarray
    counts: np.ndarray


class PartitionError(ValueError):
    """A bad row in a partition file; the message names the file and the row."""


def run_ansim(ansim: str, args: list[str]) -> str:
    """Run ``ansim`` with ``args``; return standard output or raise with its error line."""
    done = subprocess.run([ansim, *args], capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip() or f"ansim {args[:2]} exited {done.returncode}")
    return done.stdout


def points_of(path: str) -> tuple[pd.DataFrame, np.ndarray, np.ndarray]:
    """Read a partition; check that every row has one finite Point; return it and x, y."""
    gdf = geopandas.read_parquet(path)
    geoms = gdf.geometry.values
    bad = geoms.isna() | shapely.is_empty(geoms) | (shapely.get_type_id(geoms) != 0)
    if bad.any():
        i = int(np.flatnonzero(bad)[0])
        kind = "no geometry" if geoms[i] is None else f"{geoms[i].geom_type} {geoms[i].wkt[:60]}"
        raise PartitionError(f"{path}: row {i} (id {gdf['id'].iloc[i]}): {kind}, expected a Point")
    x, y = shapely.get_x(geoms), shapely.get_y(geoms)
    finite = np.isfinite(x) & np.isfinite(y)
    if not finite.all():
        i = int(np.flatnonzero(~finite)[0])
        raise PartitionError(f"{path}: row {i} (id {gdf['id'].iloc[i]}): coordinates ({x[i]}, {y[i]}) are not finite")
    return gdf, x, y


def bin_partition(path: str, month: str, grid: GridSpec, ansim: str) -> Binned:
    """Bin one GeoParquet partition with ``ansim analyze bin`` on the fixed grid."""
    gdf, x, y = points_of(path)
    with tempfile.TemporaryDirectory(prefix="ansim-bin-") as tmp:
        points, out = os.path.join(tmp, "points.csv"), os.path.join(tmp, "counts.csv")
        pd.DataFrame({"x": x, "y": y}).to_csv(points, index=False)
        try:
            run_ansim(ansim, ["analyze", "bin", "--points", points, "--cell", repr(grid.cell),
                              "--bbox", grid.bbox, "--out", out])
        except RuntimeError as error:
            found = re.search(r"row (\d+): (.*)", str(error))
            if not found:
                raise RuntimeError(f"{path}: {error}") from None
            i = int(found.group(1)) - 2  # CSV row 2 is partition row 0
            raise PartitionError(f"{path}: row {i} (id {gdf['id'].iloc[i]}): {found.group(2)}") from None
        counts = pd.read_csv(out, dtype="int64")
    cells = counts["row"].to_numpy() * grid.cols + counts["col"].to_numpy()
    synthetic = int(gdf["synthetic"].sum()) if "synthetic" in gdf else 0
    return Binned(month, path, len(gdf), synthetic, cells, counts["count"].to_numpy())


def merge_month(month: str, grid: GridSpec, *parts: Binned) -> tuple[str, np.ndarray, int, int]:
    """Sum the sparse counts of one month's partitions into its full grid (row-major)."""
    full = np.zeros(grid.rows * grid.cols, dtype=np.int64)
    for part in parts:
        if part.month != month:
            raise ValueError(f"{part.path} is month {part.month}, not {month}")
        np.add.at(full, part.cells, part.counts)
    return month, full, sum(p.points for p in parts), sum(p.synthetic for p in parts)


def gistar_month(merged: tuple[str, np.ndarray, int, int], grid: GridSpec, ansim: str) -> pd.DataFrame:
    """Gi* of one month's full grid with ``ansim analyze gistar --grid``: the month's slice of
    the cube (month, row, col, count, z, p, synthetic)."""
    month, counts, _, synthetic = merged
    index = np.arange(grid.rows * grid.cols)
    table = pd.DataFrame({"row": index // grid.cols, "col": index % grid.cols, "count": counts})
    with tempfile.TemporaryDirectory(prefix="ansim-gistar-") as tmp:
        cells, out = os.path.join(tmp, "grid.csv"), os.path.join(tmp, "z.csv")
        table.to_csv(cells, index=False)
        run_ansim(ansim, ["analyze", "gistar", "--grid", cells, "--out", out])
        z = pd.read_csv(out)
    if len(z) != len(table) or not (z["row"].to_numpy() == table["row"].to_numpy()).all():
        raise RuntimeError(f"ansim analyze gistar wrote {len(z)} cells for month {month}, expected {len(table)}")
    table.insert(0, "month", month)
    table["z"], table["p"] = z["z"].to_numpy(), z["p"].to_numpy()
    table["synthetic"] = synthetic > 0
    return table
