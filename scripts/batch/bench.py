#!/usr/bin/env python3
"""Benchmark of the batch cube: Ansim on Dask (1 and 2 workers, and no Dask) beside plain
Dask-only code, on the same seeded synthetic GeoParquet store, in one run.

The store: --points synthetic points (labelled synthetic) over --months months × --agencies
agencies of a Seoul-sized grid (935000,1936000 – 972000,1966000 in EPSG:5179, 100 m cells:
300 × 370), 60 % uniform over each agency's half and 40 % in 40 Gaussian hotspots.

Ansim: scripts/batch/cube.py's run_dask (LocalCluster start included) and run_single —
`ansim analyze bin` per partition, `ansim analyze gistar --grid` per month.
Dask-only: dask_geopandas.read_parquet → map_partitions(numpy binning) → groupby-sum, then
Gi* per month in numpy/scipy (written here from Getis & Ord's formula, see
``gistar_numpy``) as dask.delayed tasks, on a LocalCluster of the same size.

Prints a table and one JSON line; the cubes are compared (counts exactly, z and p as
max |Δ|). Generation of the store is timed separately and not part of any figure.
"""
from __future__ import annotations

import argparse
import logging
import hashlib
import json
import os
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
os.environ["PYTHONPATH"] = HERE + os.pathsep + os.environ.get("PYTHONPATH", "")

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from scipy import ndimage, special  # noqa: E402

import cube  # noqa: E402
import to_geoparquet  # noqa: E402
from ansim_tasks import GridSpec  # noqa: E402

SEOUL = GridSpec(935_000.0, 1_936_000.0, 972_000.0, 1_966_000.0, 100.0)


def generate(store: str, points: int, months: int, agencies: int, seed: int) -> None:
    """Write the synthetic store: one GeoParquet partition per (agency, month) and a manifest."""
    rng = np.random.default_rng(seed)
    per = points // (months * agencies)
    width = (SEOUL.xmax - SEOUL.xmin) / agencies
    spots = rng.uniform([SEOUL.xmin, SEOUL.ymin], [SEOUL.xmax, SEOUL.ymax], size=(40, 2))
    sigma = rng.uniform(150, 600, size=40)
    entries, next_id = [], 1
    for a in range(agencies):
        x0, x1 = SEOUL.xmin + a * width, SEOUL.xmin + (a + 1) * width
        mine = np.flatnonzero((spots[:, 0] >= x0) & (spots[:, 0] < x1))
        for m in range(months):
            month = f"{2024 + m // 12}-{m % 12 + 1:02d}"
            n_hot = int(per * 0.4) if len(mine) else 0
            k = rng.choice(mine, size=n_hot) if n_hot else np.zeros(0, dtype=int)
            x = np.concatenate([rng.uniform(x0, x1, per - n_hot), rng.normal(spots[k, 0], sigma[k])])
            y = np.concatenate([rng.uniform(SEOUL.ymin, SEOUL.ymax, per - n_hot), rng.normal(spots[k, 1], sigma[k])])
            x = np.clip(x, x0, np.nextafter(x1, x0))
            y = np.clip(y, SEOUL.ymin, np.nextafter(SEOUL.ymax, SEOUL.ymin))
            start = pd.Timestamp(f"{month}-01T00:00:00+09:00")
            seconds = rng.integers(0, 28 * 86400, per)
            table = pd.DataFrame({
                "id": np.arange(next_id, next_id + per, dtype=np.int64), "agency": f"agency{a}",
                "month": month, "occurred_at": (start + pd.to_timedelta(seconds, unit="s")).tz_convert("UTC"),
                "crime_class": "synthetic", "station": None, "synthetic": True,
            })
            next_id += per
            rel = f"incident/agency=agency{a}/month={month}/part.parquet"
            path = os.path.join(store, rel)
            to_geoparquet.write_atomically(to_geoparquet.frame(table, x, y), path)
            entries.append({"table": "incident", "agency": f"agency{a}", "month": month, "path": rel,
                            "rows": per, "synthetic_rows": per, "sha256": cube.sha256(path)})
    with open(os.path.join(store, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump({"format": "ansim-batch-store/1", "crs": "EPSG:5179", "partitions": entries}, f, indent=1)


def gistar_numpy(month: str, counts: np.ndarray, rows: int, cols: int) -> pd.DataFrame:
    """Gi* (Getis & Ord 1992; Ord & Getis 1995) with queen weights, self included, binary:
    z = (S/T − W/n) / sqrt(W(n−W)/(n−1) · s²/(n²ȳ²)), S the 3×3 neighbourhood sum, W the
    number of cells in it, T the total, ȳ and s² the mean and population variance; z = 0,
    p = 0.5 where undefined (all equal, or W = n); p = 1 − Φ(|z|)."""
    y = counts.reshape(rows, cols).astype(np.float64)
    n = y.size
    z = np.zeros_like(y)
    if y.max() > y.min():
        ones = np.ones((3, 3))
        s = ndimage.convolve(y, ones, mode="constant", cval=0.0)
        w = ndimage.convolve(np.ones_like(y), ones, mode="constant", cval=0.0)
        total, mean = y.sum(), y.mean()
        var = ((y - mean) ** 2).sum() / n
        scale = var / (mean * mean) / (n - 1) / (n * n)
        ok = w < n
        z[ok] = (s[ok] / total - w[ok] / n) / np.sqrt(w[ok] * (n - w[ok]) * scale)
    index = np.arange(n)
    return pd.DataFrame({"month": month, "row": index // cols, "col": index % cols,
                         "count": counts.astype(np.int64), "z": z.ravel(),
                         "p": 0.5 * special.erfc(np.abs(z.ravel()) / np.sqrt(2))})


def bin_frame(df: pd.DataFrame, grid: GridSpec) -> pd.DataFrame:
    """numpy binning of one partition: (month, cell, count) of its non-empty cells."""
    x, y = df.geometry.x.to_numpy(), df.geometry.y.to_numpy()
    cell = (np.floor((y - grid.ymin) / grid.cell).astype(np.int64) * grid.cols
            + np.floor((x - grid.xmin) / grid.cell).astype(np.int64))
    out = pd.DataFrame({"month": df["month"].astype(str).to_numpy(), "cell": cell})
    return out.groupby(["month", "cell"], as_index=False).size().rename(columns={"size": "count"})


def dask_only(paths: list[str], grid: GridSpec, workers: int) -> pd.DataFrame:
    import dask
    import dask_geopandas
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                      dashboard_address=None, silence_logs=logging.ERROR) as cluster, Client(cluster):
        ddf = dask_geopandas.read_parquet(paths, columns=["month", "geometry"], dataset={"partitioning": None})
        meta = pd.DataFrame({"month": pd.Series(dtype=str), "cell": pd.Series(dtype="int64"),
                             "count": pd.Series(dtype="int64")})
        merged = ddf.map_partitions(bin_frame, grid, meta=meta).groupby(["month", "cell"])["count"].sum()
        sparse = merged.compute().reset_index()
        tasks = []
        for month, part in sparse.groupby("month"):
            full = np.zeros(grid.rows * grid.cols, dtype=np.int64)
            full[part["cell"].to_numpy()] = part["count"].to_numpy()
            tasks.append(dask.delayed(gistar_numpy)(month, full, grid.rows, grid.cols))
        return pd.concat(dask.compute(*tasks), ignore_index=True)


def compare(a: pd.DataFrame, b: pd.DataFrame) -> dict:
    keys = ["month", "row", "col"]
    a, b = a.sort_values(keys, ignore_index=True), b.sort_values(keys, ignore_index=True)
    same_cells = len(a) == len(b) and (a[keys].astype(str).to_numpy() == b[keys].astype(str).to_numpy()).all()
    return {"cells_equal": bool(same_cells),
            "counts_equal": bool(same_cells and (a["count"].to_numpy() == b["count"].to_numpy()).all()),
            "max_abs_dz": float(np.abs(a["z"].to_numpy() - b["z"].to_numpy()).max()) if same_cells else None,
            "max_abs_dp": float(np.abs(a["p"].to_numpy() - b["p"].to_numpy()).max()) if same_cells else None}


def timed(f, *args):
    started = time.perf_counter()
    value = f(*args)
    return value, time.perf_counter() - started


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--ansim", required=True)
    ap.add_argument("--points", type=int, default=10_000_000)
    ap.add_argument("--months", type=int, default=12)
    ap.add_argument("--agencies", type=int, default=2)
    ap.add_argument("--seed", type=int, default=20251129)
    ap.add_argument("--no-single", action="store_true", help="skip the plain-loop Ansim run")
    args = ap.parse_args()
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="ansim-bench-batch-") as store:
        _, gen = timed(generate, store, args.points, args.months, args.agencies, args.seed)
        parts = cube.partitions(store, None, None)
        paths = [p["path"] for p in parts]
        points = sum(p["rows"] for p in parts)
        rows = {}
        results = {}
        for w in (1, 2):
            slices, rows[f"ansim_dask_{w}"] = timed(cube.run_dask, parts, SEOUL, args.ansim, w)
            results[f"ansim_dask_{w}"] = pd.concat(slices, ignore_index=True)
        for w in (1, 2):
            results[f"dask_only_{w}"], rows[f"dask_only_{w}"] = timed(dask_only, paths, SEOUL, w)
        if not args.no_single:
            slices, rows["ansim_single"] = timed(cube.run_single, parts, SEOUL, args.ansim)
            results["ansim_single"] = pd.concat(slices, ignore_index=True)
    base = results["ansim_dask_2"]
    agreement = {k: compare(base, v) for k, v in results.items() if k != "ansim_dask_2"}
    print(f"Batch cube on SYNTHETIC data: {points:,} points, {args.months} months × {args.agencies} agencies "
          f"= {len(parts)} GeoParquet partitions, grid {SEOUL.rows}×{SEOUL.cols} of {SEOUL.cell:g} m "
          f"(cube {len(base):,} cells); store generated in {gen:.1f} s; load average {load:.2f} on "
          f"{os.cpu_count()} cores at the start")
    names = {"ansim_dask_1": "Ansim per partition, Dask 1 worker", "ansim_dask_2": "Ansim per partition, Dask 2 workers",
             "dask_only_1": "Dask-only numpy/scipy, 1 worker", "dask_only_2": "Dask-only numpy/scipy, 2 workers",
             "ansim_single": "Ansim per partition, no Dask (loop)"}
    for key, seconds in rows.items():
        print(f"  {names[key]:<38} {seconds:8.2f} s  {points / seconds:12,.0f} points/s")
    for key, a in agreement.items():
        print(f"  vs {key}: counts equal {a['counts_equal']}, max |Δz| {a['max_abs_dz']:.3g}, max |Δp| {a['max_abs_dp']:.3g}")
    print(json.dumps({"benchmark": "batch", "synthetic": True, "points": points, "partitions": len(parts),
                      "months": args.months, "grid": f"{SEOUL.rows}x{SEOUL.cols}", "seconds": rows,
                      "agreement": agreement, "load_average": load}))


if __name__ == "__main__":
    main()
