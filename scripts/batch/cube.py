#!/usr/bin/env python3
"""The multi-month Gi* hotspot cube over a GeoParquet store, scheduled by Dask.

Reads the store's manifest.json (written by `ansim batch export`), checks each partition
file's sha256, then:

1. bins every (agency, month) partition on one fixed grid with `ansim analyze bin`
   (one Dask task per file, retried twice on failure);
2. sums the partial counts of each month (binning is additive);
3. runs `ansim analyze gistar --grid` on each month's full grid (one task per month:
   Gi* needs the whole grid's mean and variance, so the cube is split by month only);
4. gathers the cube — month,row,col,count,z,p,synthetic — into --out (.parquet or .csv).

--workers N runs on a dask.distributed LocalCluster of N worker processes with one thread
each; --single runs the same Ansim calls in a plain loop with no Dask (the reference the
Dask result must equal). Prints one JSON line with what was done and how long it took.
"""
from __future__ import annotations

import argparse
import logging
import hashlib
import json
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
os.environ["PYTHONPATH"] = HERE + os.pathsep + os.environ.get("PYTHONPATH", "")

import pandas as pd  # noqa: E402

from ansim_tasks import GridSpec, bin_partition, gistar_month, merge_month  # noqa: E402


def sha256(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def partitions(store: str, agencies: list[str] | None, months: list[str] | None,
               table: str = "incident") -> list[dict]:
    """The manifest's partitions (filtered), each with an absolute path, checked against
    the manifest's sha256."""
    with open(os.path.join(store, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    chosen = []
    for part in manifest["partitions"]:
        if part.get("table", "incident") != table:
            continue
        if agencies and part["agency"] not in agencies or months and part["month"] not in months:
            continue
        path = os.path.join(store, part["path"])
        if not os.path.exists(path):
            raise SystemExit(f"{path}: listed in {store}/manifest.json but missing")
        if sha256(path) != part["sha256"]:
            raise SystemExit(f"{path}: sha256 differs from {store}/manifest.json (re-export the month)")
        chosen.append({**part, "path": path})
    if not chosen:
        raise SystemExit(f"{store}: no partitions match")
    return chosen


def run_single(parts: list[dict], grid: GridSpec, ansim: str) -> list[pd.DataFrame]:
    """The same Ansim calls in a plain loop, no Dask."""
    binned = [bin_partition(p["path"], p["month"], grid, ansim) for p in parts]
    months = sorted({p["month"] for p in parts})
    return [gistar_month(merge_month(m, grid, *[b for b in binned if b.month == m]), grid, ansim)
            for m in months]


def run_dask(parts: list[dict], grid: GridSpec, ansim: str, workers: int) -> list[pd.DataFrame]:
    """Bin, merge and Gi* as Dask tasks on a LocalCluster of ``workers`` processes."""
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                      dashboard_address=None, silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        binned = {p["path"]: client.submit(bin_partition, p["path"], p["month"], grid, ansim,
                                           retries=2, key=f"bin-{p['agency']}-{p['month']}")
                  for p in parts}
        cubes = []
        for m in sorted({p["month"] for p in parts}):
            mine = [binned[p["path"]] for p in parts if p["month"] == m]
            merged = client.submit(merge_month, m, grid, *mine, retries=2, key=f"merge-{m}")
            cubes.append(client.submit(gistar_month, merged, grid, ansim, retries=2, key=f"gistar-{m}"))
        return client.gather(cubes)


def write(cube: pd.DataFrame, out: str) -> None:
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    if out.endswith(".csv"):
        cube.to_csv(out, index=False)
    else:
        cube.to_parquet(out, index=False)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--store", required=True, help="the store folder with manifest.json")
    ap.add_argument("--ansim", required=True, help="the ansim executable")
    ap.add_argument("--cell", type=float, default=100.0, help="cell size in metres")
    ap.add_argument("--bbox", required=True, help="xmin,ymin,xmax,ymax of the fixed grid (metres)")
    ap.add_argument("--table", default="incident", help="incident or call_112")
    ap.add_argument("--agency", action="append", help="only this agency (repeatable)")
    ap.add_argument("--month", action="append", help="only this month YYYY-MM (repeatable)")
    ap.add_argument("--out", required=True, help="the cube: .parquet or .csv")
    mode = ap.add_mutually_exclusive_group(required=True)
    mode.add_argument("--workers", type=int, help="LocalCluster worker processes")
    mode.add_argument("--single", action="store_true", help="no Dask: a plain loop")
    args = ap.parse_args()
    xmin, ymin, xmax, ymax = (float(v) for v in args.bbox.split(","))
    grid = GridSpec(xmin, ymin, xmax, ymax, args.cell)
    parts = partitions(args.store, args.agency, args.month, args.table)
    started = time.perf_counter()
    if args.single:
        slices = run_single(parts, grid, args.ansim)
    else:
        slices = run_dask(parts, grid, args.ansim, args.workers)
    cube = pd.concat(slices, ignore_index=True).sort_values(["month", "row", "col"], ignore_index=True)
    seconds = time.perf_counter() - started
    write(cube, args.out)
    print(json.dumps({
        "mode": "single" if args.single else "dask", "workers": 0 if args.single else args.workers,
        "partitions": len(parts), "points": int(sum(p["rows"] for p in parts)),
        "months": int(cube["month"].nunique()), "grid": f"{grid.rows}x{grid.cols}",
        "cells": len(cube), "synthetic": bool(cube["synthetic"].any()), "seconds": seconds,
        "out": args.out,
    }))


if __name__ == "__main__":
    try:
        main()
    except Exception as error:  # one line, naming the file and row where the task said so
        print(f"cube.py: error: {error}", file=sys.stderr)
        sys.exit(1)
