#!/usr/bin/env python3
"""networkx side of `ansim bench links`: reads the edge list Ansim wrote (source target per
line, first line: node count), then times, like Ansim: building the graph (MultiDiGraph,
reading the file not timed), k-hop neighbourhoods (undirected, cutoff K) from the given
sources, and PageRank (alpha 0.85, tol 1e-6, networkx's default). Prints one JSON line.
Usage: links_networkx.py EDGES K SOURCE[,SOURCE...]"""
import json
import sys
import time

import networkx as nx

path, k, sources = sys.argv[1], int(sys.argv[2]), [int(s) for s in sys.argv[3].split(",")]
with open(path) as f:
    n = int(f.readline())
    edges = [tuple(map(int, line.split())) for line in f]
t = time.perf_counter()
G = nx.MultiDiGraph()
G.add_nodes_from(range(n))
G.add_edges_from(edges)
load = time.perf_counter() - t
U = G.to_undirected(as_view=True)
t = time.perf_counter()
reached = [len(nx.single_source_shortest_path_length(U, s, cutoff=k)) for s in sources]
khop = (time.perf_counter() - t) / len(sources)
t = time.perf_counter()
pr = nx.pagerank(G, alpha=0.85, tol=1e-6)
pagerank = time.perf_counter() - t
print(json.dumps({"load_s": load, "khop_s": khop, "reached": reached, "pagerank_s": pagerank,
                  "networkx": nx.__version__}))
