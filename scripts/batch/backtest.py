#!/usr/bin/env python3
"""The rolling-origin forecast backtest, one Dask task per test period.

For each dataset — `portland`, a CSV with x,y,t, or every agency of a GeoParquet store
(`--store`, its partitions joined into one x,y,t file per agency) — asks Ansim for the
test periods (`ansim backtest … --plan`), runs `ansim backtest … --only-period K --json`
for every period K as a task (retried twice), and hands the period reports to
`ansim backtest … --merge DIR`, which prints (and with --out writes) exactly what one
`ansim backtest` over all the periods prints. Each period trains every method, tunes its
settings by an inner backtest and scores 32 fixed KDEs: the periods are independent and
the heavy part, so they are what Dask spreads.

--workers N runs on a dask.distributed LocalCluster of N worker processes with one thread
each; --single runs the same Ansim calls in a plain loop (the reference). One JSON line on
standard error says what was done and how long it took.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
os.environ["PYTHONPATH"] = HERE + os.pathsep + os.environ.get("PYTHONPATH", "")


def ansim_run(ansim: str, args: list[str]) -> str:
    """Run ``ansim`` with ``args``; return standard output or raise with its error line."""
    done = subprocess.run([ansim, *args], capture_output=True, text=True)
    if done.returncode != 0:
        lines = done.stderr.strip().splitlines()
        line = lines[-1].removeprefix("ansim: error: ") if lines else f"ansim {' '.join(args[:3])} exited {done.returncode}"
        raise RuntimeError(line)
    return done.stdout


def run_period(ansim: str, dataset: str, options: list[str], k: int) -> str:
    """One task: test period ``k`` of the backtest of ``dataset``, as a JSON report."""
    return ansim_run(ansim, ["backtest", dataset, *options, "--only-period", str(k), "--json"])


def store_datasets(store: str, table: str, agencies: list[str] | None, folder: str) -> list[tuple[str, str]]:
    """Per agency of the store: its partitions of ``table`` joined into an x,y,t CSV (times
    in UTC, ISO 8601), checked against the manifest's sha256. Returns (agency, path) pairs."""
    import geopandas
    import hashlib

    import shapely

    with open(os.path.join(store, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    parts = [p for p in manifest["partitions"]
             if p["table"] == table and (not agencies or p["agency"] in agencies)]
    if not parts:
        raise ValueError(f"{store}: no {table} partition" + (f" of {', '.join(agencies)}" if agencies else ""))
    out = []
    for agency in sorted({p["agency"] for p in parts}):
        rows = []
        for p in sorted((p for p in parts if p["agency"] == agency), key=lambda p: p["month"]):
            path = os.path.join(store, p["path"])
            with open(path, "rb") as f:
                if hashlib.sha256(f.read()).hexdigest() != p["sha256"]:
                    raise ValueError(f"{path}: sha256 differs from the manifest")
            gdf = geopandas.read_parquet(path)
            xs, ys = shapely.get_x(gdf.geometry.values), shapely.get_y(gdf.geometry.values)
            times = gdf["occurred_at"].dt.tz_convert("UTC").dt.strftime("%Y-%m-%dT%H:%M:%SZ")
            rows += [f"{float(x)!r},{float(y)!r},{t}" for x, y, t in zip(xs, ys, times)]
        path = os.path.join(folder, f"{agency}.csv")
        with open(path, "w", encoding="utf-8") as f:
            f.write("x,y,t\n" + "\n".join(rows) + "\n")
        out.append((agency, path))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--ansim", required=True, help="the ansim executable")
    source = ap.add_mutually_exclusive_group(required=True)
    source.add_argument("--dataset", help="portland, or a CSV with x,y,t")
    source.add_argument("--store", help="a GeoParquet store: one backtest per agency")
    ap.add_argument("--table", default="incident", help="the store's table: incident or call_112")
    ap.add_argument("--agency", action="append", help="only this agency of the store (repeatable)")
    ap.add_argument("--option", action="append", default=[], help="an option passed to every ansim backtest")
    ap.add_argument("--out", help="the markdown file (--dataset) or folder of <agency>.md files (--store)")
    ap.add_argument("--json", action="store_true", help="print the merged reports as JSON")
    mode = ap.add_mutually_exclusive_group(required=True)
    mode.add_argument("--workers", type=int, help="LocalCluster worker processes")
    mode.add_argument("--single", action="store_true", help="no Dask: a plain loop")
    args = ap.parse_args()
    options = args.option
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="ansim-backtest-") as work:
        datasets = ([(None, args.dataset)] if args.dataset
                    else store_datasets(args.store, args.table, args.agency, work))
        # A store's datasets are named by table and agency, not by their temporary file.
        opts = {label: options + ([] if label is None else ["--name", f"{args.table} of {label}"])
                for label, _ in datasets}
        plans = {label: json.loads(ansim_run(args.ansim, ["backtest", path, *opts[label], "--plan"]))
                 for label, path in datasets}
        tasks = [(label, path, k) for label, path in datasets for k in range(plans[label]["periods"])]
        if args.single:
            reports = [run_period(args.ansim, path, opts[label], k) for label, path, k in tasks]
        else:
            from distributed import Client, LocalCluster

            with LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                              dashboard_address=None, silence_logs=logging.ERROR) as cluster, \
                    Client(cluster) as client:
                futures = [client.submit(run_period, args.ansim, path, opts[label], k, retries=2,
                                         key=f"period-{label or 'dataset'}-{k}") for label, path, k in tasks]
                reports = client.gather(futures)
        computed = time.perf_counter() - started
        for label, path in datasets:
            folder = os.path.join(work, f"periods-{label or 'dataset'}")
            os.makedirs(folder)
            for (l2, _, k), text in zip(tasks, reports):
                if l2 == label:
                    with open(os.path.join(folder, f"period-{k:05d}.json"), "w", encoding="utf-8") as f:
                        f.write(text)
            extra = ["--json"] if args.json else []
            if args.out:
                target = args.out if label is None else os.path.join(args.out, f"{label}.md")
                os.makedirs(os.path.dirname(os.path.abspath(target)), exist_ok=True)
                extra += ["--out", target]
            merged = ansim_run(args.ansim, ["backtest", path, *opts[label], "--merge", folder, *extra])
            if label is not None:
                print(f"## {label}\n")
            sys.stdout.write(merged)
    print(json.dumps({
        "mode": "single" if args.single else "dask", "workers": 0 if args.single else args.workers,
        "datasets": [label or args.dataset for label, _ in datasets], "periods": len(tasks),
        "seconds_periods": round(computed, 3), "seconds": round(time.perf_counter() - started, 3),
    }), file=sys.stderr)


if __name__ == "__main__":
    try:
        main()
    except Exception as error:  # one line: what failed, naming the file or period
        print(f"backtest.py: error: {error}", file=sys.stderr)
        sys.exit(1)
