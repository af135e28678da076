#!/usr/bin/env python3
"""Exact optimum of the camera-siting MCLP written by `ansim cpted site-cameras`.

Reads DIR/problem.json (weights, covers, k, the sites Ansim chose) and solves

    max  sum_d w_d y_d
    s.t. y_d <= sum_{c covers d} x_c      for every demand point d with w_d > 0
         sum_c x_c = k,  x binary, 0 <= y <= 1

with HiGHS through scipy.optimize.milp, then prints the optimality gap of Ansim's
greedy + local-search solution.  Usage: cpted_mclp_highs.py DIR [time_limit_s]
"""
import json
import sys
import time

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import coo_matrix


def main():
    folder = sys.argv[1]
    limit = float(sys.argv[2]) if len(sys.argv) > 2 else 600.0
    with open(folder + "/problem.json") as f:
        p = json.load(f)
    w = np.array(p["weights"], dtype=float)
    covers = p["covers"]
    k = int(p["k"])
    demand = [d for d in range(len(w)) if w[d] > 0]
    row_of = {d: i for i, d in enumerate(demand)}
    n, m = len(covers), len(demand)
    # variables: x_0..x_{n-1}, y_0..y_{m-1}
    rows, cols, vals = [], [], []
    for i, d in enumerate(demand):
        rows.append(i)
        cols.append(n + i)
        vals.append(1.0)
    for c, lst in enumerate(covers):
        for d in lst:
            if d in row_of:
                rows.append(row_of[d])
                cols.append(c)
                vals.append(-1.0)
    a = coo_matrix((vals, (rows, cols)), shape=(m, n + m)).tocsr()
    cover = LinearConstraint(a, -np.inf, 0.0)
    count = LinearConstraint(np.concatenate([np.ones(n), np.zeros(m)])[None, :], k, k)
    objective = -np.concatenate([np.zeros(n), w[demand]])
    integrality = np.concatenate([np.ones(n), np.zeros(m)])
    start = time.time()
    res = milp(objective, constraints=[cover, count], integrality=integrality, bounds=Bounds(0, 1),
               options={"time_limit": limit, "mip_rel_gap": 1e-9})
    seconds = time.time() - start
    best = -res.fun if res.x is not None else float("nan")
    bound = -getattr(res, "mip_dual_bound", res.fun) if res.x is not None else float("nan")
    found = float(p["covered"])
    print(json.dumps({
        "candidates": n, "demand_points": m, "k": k, "status": res.message,
        "highs_objective": round(best, 6), "highs_bound": round(bound, 6), "highs_seconds": round(seconds, 2),
        "ansim_covered": round(found, 6), "ansim_greedy_covered": round(float(p["greedy_covered"]), 6),
        "gap_to_optimum": round((bound - found) / bound, 6) + 0.0 if bound > 0 else 0.0,
    }))


if __name__ == "__main__":
    main()
