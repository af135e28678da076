#!/usr/bin/env python3
"""Reference timer for the KDE benchmark: the exact kernel density by a scipy cKDTree.

Usage: kde_ckdtree.py POINTS.csv --bbox XMIN,YMIN,XMAX,YMAX --cell C --bandwidth H
                      [--kernel quartic|epanechnikov|gaussian] [--out D.csv]

POINTS.csv has a header with x,y (and optionally weight). The grid is the one of
`ansim analyze kde`: cells of C metres from (XMIN, YMIN), ceil((XMAX-XMIN)/C) columns and
ceil((YMAX-YMIN)/C) rows, row 0 southernmost; cell (row, col) has its centre at
x = XMIN + (col + 0.5) C, y = YMIN + (row + 0.5) C.

For every cell centre, cKDTree finds the points within the kernel's reach (h for quartic
and Epanechnikov; 8h for the Gaussian, Ansim's truncation) and sums the kernel exactly at
the true distance: quartic 3/(pi h^2)(1-u^2)^2, Epanechnikov 2/(pi h^2)(1-u^2) for
u = d/h < 1; Gaussian 1/(2 pi h^2) exp(-u^2/2). Cells are done in bands of rows: a cKDTree
of the band's centres, `sparse_distance_matrix` against the points' tree (all pairs
within the reach, with distances), the kernel on those distances, and `np.bincount` per
cell. Prints one JSON line:

  {"seconds": <tree building and summing>, "cells": <rows*cols>, "points": n, "pairs": ...,
   "max_rss_kib": <peak resident memory before writing --out (getrusage), KiB>}

"seconds" excludes reading the file and writing --out. --out writes row,col,x,y,density
sorted by row, col, to cross-check Ansim's output.
Run with the pinned reference environment: $(scripts/reference-env.sh) kde_ckdtree.py ...
"""

import argparse
import json
import math
import resource
import sys
import time

import numpy as np
from scipy.spatial import cKDTree


def read_points(path):
    with open(path) as f:
        header = [h.strip() for h in f.readline().split(",")]
    cols = [header.index("x"), header.index("y")]
    weighted = "weight" in header
    if weighted:
        cols.append(header.index("weight"))
    data = np.loadtxt(path, delimiter=",", skiprows=1, usecols=cols, ndmin=2)
    return data[:, 0], data[:, 1], (data[:, 2] if weighted else None)


def kernel(name, d, h):
    u2 = (d / h) ** 2
    if name == "quartic":
        return np.where(u2 < 1, 3 / (math.pi * h * h) * (1 - u2) ** 2, 0.0)
    if name == "epanechnikov":
        return np.where(u2 < 1, 2 / (math.pi * h * h) * (1 - u2), 0.0)
    return 1 / (2 * math.pi * h * h) * np.exp(-u2 / 2)


def density(x, y, w, xmin, ymin, cell, rows, cols, h, name):
    reach = h if name != "gaussian" else 8 * h
    tree = cKDTree(np.column_stack([x, y]))
    out = np.zeros(rows * cols)
    cx = xmin + (np.arange(cols) + 0.5) * cell
    band = max(1, 200_000 // cols)
    pairs = 0
    for r0 in range(0, rows, band):
        r1 = min(rows, r0 + band)
        cy = ymin + (np.arange(r0, r1) + 0.5) * cell
        gx, gy = np.meshgrid(cx, cy)
        centres = cKDTree(np.column_stack([gx.ravel(), gy.ravel()]))
        m = centres.sparse_distance_matrix(tree, reach, output_type="ndarray")
        pairs += len(m)
        k = kernel(name, m["v"], h)
        if w is not None:
            k = k * w[m["j"]]
        out[r0 * cols : r1 * cols] = np.bincount(m["i"], weights=k, minlength=(r1 - r0) * cols)
    return out, pairs


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("points")
    ap.add_argument("--bbox", required=True)
    ap.add_argument("--cell", type=float, required=True)
    ap.add_argument("--bandwidth", type=float, required=True)
    ap.add_argument("--kernel", default="quartic", choices=["quartic", "epanechnikov", "gaussian"])
    ap.add_argument("--out")
    a = ap.parse_args()
    xmin, ymin, xmax, ymax = (float(v) for v in a.bbox.split(","))
    cols = math.ceil((xmax - xmin) / a.cell)
    rows = math.ceil((ymax - ymin) / a.cell)
    x, y, w = read_points(a.points)
    start = time.perf_counter()
    d, pairs = density(x, y, w, xmin, ymin, a.cell, rows, cols, a.bandwidth, a.kernel)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    max_rss_kib = peak // 1024 if sys.platform == "darwin" else peak
    if a.out:
        r, c = np.divmod(np.arange(rows * cols), cols)
        xs = (xmin + (c + 0.5) * a.cell).tolist()
        ys = (ymin + (r + 0.5) * a.cell).tolist()
        with open(a.out, "w") as f:
            f.write("row,col,x,y,density\n")
            for i, v in enumerate(d.tolist()):
                f.write(f"{r[i]},{c[i]},{xs[i]!r},{ys[i]!r},{v!r}\n")
    print(json.dumps({"seconds": seconds, "cells": rows * cols, "points": len(x), "pairs": int(pairs),
                      "max_rss_kib": max_rss_kib}))


if __name__ == "__main__":
    main()
