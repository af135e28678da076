#!/usr/bin/env python3
"""Reference solver for `ansim bench top`: OR-Tools routing with guided local search on a
team orienteering problem (TOP) in the Chao, Golden & Wasil (1996) format.

Usage: top_ortools.py INSTANCE.txt --time-limit SECONDS [--out routes.txt] [--scale 10000]

INSTANCE.txt has lines `n N`, `m M`, `tmax T`, then N rows `x y score`; row 0 is the
start and row N-1 the end. The model: M vehicles from node 0 to node N-1; arc cost =
ceil(Euclidean distance x scale) (rounded up, so an integer-feasible route is feasible on
unrounded distances); a "time" dimension with capacity floor(T x scale); every other node
in a disjunction whose drop penalty is score x 10^9 (a score unit outweighs any total
distance, so the objective is max score, then min distance). First solution
PATH_CHEAPEST_ARC, then GUIDED_LOCAL_SEARCH for --time-limit seconds (one thread).
--out writes one line per vehicle: visited 0-based row indices in order, start and end
excluded. Prints one JSON line:

  {"seconds": <solve time>, "score": <sum of visited scores>, "routes": [[...], ...],
   "status": <routing status>, "ortools": <version>}

Ansim re-checks the routes on unrounded distances with its own checker.
Run with the pinned reference environment: $(scripts/reference-env.sh) top_ortools.py ...
"""

import argparse
import json
import math
import sys
import time


def read_instance(path):
    with open(path) as f:
        rows = [line.split() for line in f if line.strip()]
    header = {rows[i][0]: float(rows[i][1]) for i in range(3)}
    n, m, tmax = int(header["n"]), int(header["m"]), header["tmax"]
    nodes = [tuple(float(v) for v in r) for r in rows[3 : 3 + n]]
    if len(nodes) != n:
        sys.exit(f"{path}: {len(nodes)} node rows, expected {n}")
    return n, m, tmax, nodes


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("instance")
    parser.add_argument("--time-limit", type=float, required=True)
    parser.add_argument("--out")
    parser.add_argument("--scale", type=float, default=10000.0)
    args = parser.parse_args()

    import ortools
    from ortools.constraint_solver import pywrapcp, routing_enums_pb2

    n, m, tmax, nodes = read_instance(args.instance)
    scale = args.scale
    dist = [
        [0 if i == j else math.ceil(math.hypot(a[0] - b[0], a[1] - b[1]) * scale) for j, b in enumerate(nodes)]
        for i, a in enumerate(nodes)
    ]
    start, end = 0, n - 1
    manager = pywrapcp.RoutingIndexManager(n, m, [start] * m, [end] * m)
    routing = pywrapcp.RoutingModel(manager)

    def arc(i, j):
        return dist[manager.IndexToNode(i)][manager.IndexToNode(j)]

    transit = routing.RegisterTransitCallback(arc)
    routing.SetArcCostEvaluatorOfAllVehicles(transit)
    routing.AddDimension(transit, 0, int(math.floor(tmax * scale)), True, "time")
    for node in range(n):
        if node not in (start, end):
            routing.AddDisjunction([manager.NodeToIndex(node)], int(round(nodes[node][2] * 1e9)))

    params = pywrapcp.DefaultRoutingSearchParameters()
    params.first_solution_strategy = routing_enums_pb2.FirstSolutionStrategy.PATH_CHEAPEST_ARC
    params.local_search_metaheuristic = routing_enums_pb2.LocalSearchMetaheuristic.GUIDED_LOCAL_SEARCH
    params.time_limit.FromMilliseconds(int(args.time_limit * 1000))

    started = time.perf_counter()
    solution = routing.SolveWithParameters(params)
    seconds = time.perf_counter() - started

    routes = [[] for _ in range(m)]
    if solution is not None:
        for v in range(m):
            index = routing.Start(v)
            index = solution.Value(routing.NextVar(index))
            while not routing.IsEnd(index):
                routes[v].append(manager.IndexToNode(index))
                index = solution.Value(routing.NextVar(index))
    score = sum(nodes[i][2] for r in routes for i in r)
    if args.out:
        with open(args.out, "w") as f:
            f.write("".join(" ".join(map(str, r)) + "\n" for r in routes))
    print(
        json.dumps(
            {
                "seconds": seconds,
                "score": score,
                "routes": routes,
                "status": int(routing.status()),
                "ortools": ortools.__version__,
            }
        )
    )


if __name__ == "__main__":
    main()
