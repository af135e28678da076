#!/usr/bin/env python3
"""Reference timer for `ansim bench analytics`: PySAL esda Local Moran's I on a grid.

Usage: moran_esda.py CELLS.csv [--permutations 999] [--seed 12345] [--n-jobs 1] [--out M.csv]

CELLS.csv has a header `row,col,count` and lists every cell of a rectangular grid
(rows 0..R-1, cols 0..C-1, any order). Cell (row, col) becomes observation
row*C + col, the ordering of libpysal.weights.lat2W(R, C) and of Ansim's Grid.
Runs esda.Moran_Local(y, w, transformation="r", permutations=P, seed=S,
n_jobs=J) with queen contiguity w = lat2W(R, C, rook=False), as
`ansim analyze moran` does, and prints one JSON line:

  {"seconds": <Moran_Local time>, "n": <cells>, "weights_seconds": <lat2W time>, ...,
   "max_rss_kib": <peak resident memory of this process so far (getrusage), KiB>}

"seconds" times the Moran_Local call only (I, conditional permutations, z_sim,
p_sim); reading the file and building the lat2W weights are excluded (the latter
is reported separately). esda's default n_jobs is 1; --n-jobs -1 uses every core
(joblib). Note whether numba is installed ("numba" in the JSON): without it esda's
permutation engine runs as plain Python/numpy.
--out writes row,col,I,z_sim,p_sim (esda Is, z_sim, p_sim; sorted by row then col).
Run with the pinned reference environment: $(scripts/reference-env.sh) moran_esda.py ...
"""

import argparse
import importlib.util
import json
import time
import warnings

from gistar_esda import max_rss_kib, read_grid, write


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("cells")
    parser.add_argument("--permutations", type=int, default=999)
    parser.add_argument("--seed", type=int, default=12345)
    parser.add_argument("--n-jobs", type=int, default=1)
    parser.add_argument("--out")
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    from esda.moran import Moran_Local
    from libpysal.weights import lat2W

    rows, cols, y = read_grid(args.cells)
    t0 = time.perf_counter()
    w = lat2W(rows, cols, rook=False)
    t1 = time.perf_counter()
    m = Moran_Local(y, w, transformation="r", permutations=args.permutations,
                    seed=args.seed, n_jobs=args.n_jobs)
    t2 = time.perf_counter()
    print(json.dumps({"seconds": t2 - t1, "n": rows * cols, "weights_seconds": t1 - t0,
                      "rows": rows, "cols": cols, "permutations": args.permutations,
                      "n_jobs": args.n_jobs,
                      "numba": importlib.util.find_spec("numba") is not None,
                      "max_rss_kib": max_rss_kib()}))
    if args.out:
        write(args.out, rows, cols, ["I", "z_sim", "p_sim"], [m.Is, m.z_sim, m.p_sim])


if __name__ == "__main__":
    main()
