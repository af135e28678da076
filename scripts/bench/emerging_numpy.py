#!/usr/bin/env python3
"""Reference timer for `ansim bench emerging`: emerging hot spot analysis in numpy/scipy.

Usage: emerging_numpy.py CUBE.f64 ROWS COLS STEPS [--time-lag K] [--alpha A] [--out OUT.f64]

CUBE.f64 holds ROWS*COLS*STEPS little-endian float64 counts, bin (row, col, t) at
(t*ROWS + row)*COLS + col. The analysis follows the published definitions directly
(docs/ANALYTICS-TOOLKIT.md), vectorised over all cells:

  1. space-time Gi* (Getis & Ord 1992): queen neighbours and the cell itself in steps
     t-K..t, binary weights, all bins the observations (scipy.ndimage box sums);
  2. two-sided normal p; a bin is hot/cold when p <= A;
  3. the Mann-Kendall test (as pymannkendall original_test) on each cell's z series;
  4. the ArcGIS Pro Emerging Hot Spot patterns in Ansim's documented order.

Prints one JSON line {"seconds": <steps 1-4>, "cells", "bins", "max_rss_kib"}; --out writes
per cell: trend_z then the category code (0-16, EmergingCategory.allCases order), float64.
Run with the pinned reference environment: $(scripts/reference-env.sh) emerging_numpy.py ...
"""

import argparse
import json
import resource
import sys
import time

import numpy as np
from scipy import ndimage
from scipy.special import erfc


def gistar(cube, lag):
    steps, rows, cols = cube.shape
    y = cube.reshape(-1)
    n = y.size
    mean = y.mean()
    sd = np.sqrt(((y - mean) ** 2).sum() / n)
    kernel = np.ones((3, 3))  # exact integer sums (counts), as Ansim's
    box = np.stack([ndimage.correlate(cube[t], kernel, mode="constant") for t in range(steps)])
    wspace = ndimage.correlate(np.ones((rows, cols)), kernel, mode="constant")
    csum = np.cumsum(box, axis=0)
    window = csum.copy()
    window[lag + 1:] -= csum[: steps - lag - 1]
    depth = np.minimum(np.arange(steps), lag) + 1
    w = wspace[None, :, :] * depth[:, None, None]
    z = (window - mean * w) / (sd * np.sqrt((n * w - w * w) / (n - 1)))
    z[w >= n] = 0
    return z.reshape(steps, rows * cols)


def mann_kendall(z):
    steps, m = z.shape
    s = np.zeros(m)
    ties = np.zeros(m)
    for k in range(steps):
        s += np.sign(z[k + 1:] - z[k]).sum(axis=0)
        c = (z == z[k]).sum(axis=0).astype(float)
        ties += c * (c - 1) * (2 * c + 5) / c
    var = (steps * (steps - 1) * (2 * steps + 5) - ties) / 18
    with np.errstate(divide="ignore", invalid="ignore"):
        zt = np.where(s > 0, (s - 1) / np.sqrt(var), np.where(s < 0, (s + 1) / np.sqrt(var), 0.0))
    zt[var <= 0] = 0
    return zt, erfc(np.abs(zt) / np.sqrt(2))


def classify(states, tz, tp, alpha):
    steps, m = states.shape
    out = np.full(m, 16)
    last = states[-1]
    for sign, base in ((1, 0), (-1, 8)):
        is_s = states == sign
        h = is_s.sum(axis=0)
        run = np.cumprod(is_s[::-1], axis=0).sum(axis=0)
        most = 10 * h >= 9 * steps
        final = last == sign
        other = (states == -sign).any(axis=0)
        trend = (tp <= alpha) & (tz != 0)
        stronger = (tz > 0) == (sign == 1)
        cat = np.full(m, -1)
        cat = np.where(final & most & ~trend, base + 3, cat)
        cat = np.where(final & most & trend & stronger, base + 2, cat)
        cat = np.where(final & most & trend & ~stronger, base + 4, cat)
        cat = np.where(final & ~most & ~other, base + 5, cat)
        cat = np.where(final & ~most & other, base + 6, cat)
        cat = np.where(final & (h == run) & (run >= 2) & ~most, base + 1, cat)
        cat = np.where(final & (h == 1), base + 0, cat)
        cat = np.where((last == 0) & most, base + 7, cat)
        out = np.where(cat >= 0, cat, out)
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("cube")
    parser.add_argument("rows", type=int)
    parser.add_argument("cols", type=int)
    parser.add_argument("steps", type=int)
    parser.add_argument("--time-lag", type=int, default=1)
    parser.add_argument("--alpha", type=float, default=0.05)
    parser.add_argument("--out")
    args = parser.parse_args()
    cube = np.fromfile(args.cube, dtype="<f8")
    if cube.size != args.rows * args.cols * args.steps:
        sys.exit(f"{args.cube}: {cube.size} values, expected {args.rows}x{args.cols}x{args.steps}")
    cube = cube.reshape(args.steps, args.rows, args.cols)
    t0 = time.perf_counter()
    z = gistar(cube, args.time_lag)
    p = erfc(np.abs(z) / np.sqrt(2))
    states = np.where((p <= args.alpha) & (z != 0), np.sign(z), 0).astype(np.int8)
    tz, tp = mann_kendall(z)
    cats = classify(states, tz, tp, args.alpha)
    t1 = time.perf_counter()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"seconds": t1 - t0, "cells": args.rows * args.cols, "bins": int(cube.size),
                      "max_rss_kib": peak // 1024 if sys.platform == "darwin" else peak}))
    if args.out:
        np.concatenate([tz, cats.astype(float)]).astype("<f8").tofile(args.out)


if __name__ == "__main__":
    main()
