#!/usr/bin/env python3
"""Reference timer for `ansim bench analytics`: PySAL esda Getis-Ord Gi* on a grid.

Usage: gistar_esda.py CELLS.csv [--out Z.csv]

CELLS.csv has a header `row,col,count` and lists every cell of a rectangular grid
(rows 0..R-1, cols 0..C-1, any order). Cell (row, col) becomes observation
row*C + col, the ordering of libpysal.weights.lat2W(R, C) and of Ansim's Grid.
Runs esda.G_Local(y, w, transform="B", star=True, permutations=0) with queen
contiguity w = lat2W(R, C, rook=False) (esda adds the self weight 1), as
`ansim analyze gistar` does, and prints one JSON line:

  {"seconds": <G_Local time>, "n": <cells>, "weights_seconds": <lat2W time>, ...,
   "max_rss_kib": <peak resident memory of this process so far (getrusage), KiB>}

"seconds" times the G_Local call only (z-scores and p_norm); reading the file and
building the lat2W weights are excluded (the latter is reported separately).
--out writes row,col,z,p (esda Zs and p_norm, sorted by row then col).
Run with the pinned reference environment: $(scripts/reference-env.sh) gistar_esda.py ...
"""

import argparse
import json
import resource
import sys
import time
import warnings

import numpy as np


def read_grid(path):
    data = np.loadtxt(path, delimiter=",", skiprows=1, usecols=(0, 1, 2), ndmin=2)
    with open(path) as f:
        header = [h.strip() for h in f.readline().split(",")]
    if header[:3] != ["row", "col", "count"]:
        sys.exit(f"{path}: expected the header row,col,count, found {','.join(header)}")
    rows_, cols_ = data[:, 0].astype(np.int64), data[:, 1].astype(np.int64)
    rows, cols = int(rows_.max()) + 1, int(cols_.max()) + 1
    if len(data) != rows * cols or rows_.min() < 0 or cols_.min() < 0:
        sys.exit(f"{path}: {len(data)} cells do not fill a {rows}x{cols} grid")
    index = rows_ * cols + cols_
    y = np.full(rows * cols, np.nan)
    y[index] = data[:, 2]
    if np.isnan(y).any():
        sys.exit(f"{path}: missing or duplicated cells, or NaN values")
    return rows, cols, y


def write(path, rows, cols, header, columns):
    with open(path, "w") as f:
        f.write(",".join(["row", "col", *header]) + "\n")
        for i in range(rows * cols):
            values = ",".join(repr(float(c[i])) for c in columns)
            f.write(f"{i // cols},{i % cols},{values}\n")


def max_rss_kib():
    """Peak resident set size of this process so far, in KiB (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("cells")
    parser.add_argument("--out")
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    from esda.getisord import G_Local
    from libpysal.weights import lat2W

    rows, cols, y = read_grid(args.cells)
    t0 = time.perf_counter()
    w = lat2W(rows, cols, rook=False)
    t1 = time.perf_counter()
    g = G_Local(y, w, transform="B", star=True, permutations=0)
    t2 = time.perf_counter()
    print(json.dumps({"seconds": t2 - t1, "n": rows * cols, "weights_seconds": t1 - t0,
                      "rows": rows, "cols": cols, "max_rss_kib": max_rss_kib()}))
    if args.out:
        write(args.out, rows, cols, ["z", "p"], [g.Zs, g.p_norm])


if __name__ == "__main__":
    main()
