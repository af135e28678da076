-- 004_roads: routable road graphs (pgRouting-compatible edge tables), built by
-- `ansim roads load` from the juso road map, OSM or the MOCT node-link network.
-- See docs/ROUTING.md.

CREATE EXTENSION IF NOT EXISTS pgrouting;

-- One graph per name; reloading a name replaces its vertices and edges.
CREATE TABLE road_graph (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name          text NOT NULL UNIQUE,
    source        text NOT NULL CHECK (source IN ('juso', 'osm', 'moct')),
    source_file   text NOT NULL,
    source_sha256 text NOT NULL,
    -- How the graph was built: noding rule, speed table version, counts.
    params        jsonb NOT NULL DEFAULT '{}',
    created_at    timestamptz NOT NULL DEFAULT now()
);

-- Junctions and line ends; ids are 1-based within a graph (pgRouting vertex ids).
CREATE TABLE road_vertex (
    graph_id bigint NOT NULL REFERENCES road_graph (id) ON DELETE CASCADE,
    id       bigint NOT NULL,
    geom     geometry(Point, 5179) NOT NULL,
    PRIMARY KEY (graph_id, id)
);
CREATE INDEX road_vertex_geom_idx ON road_vertex USING gist (geom);

-- Edges between junctions, as pgRouting reads them: costs in seconds per mode, a negative
-- cost meaning the mode may not use the edge in that direction, e.g.
--   pgr_dijkstra('SELECT id, source, target, cost_car AS cost, reverse_cost_car AS reverse_cost
--                 FROM road_edge WHERE graph_id = 1', 10, 20)
CREATE TABLE road_edge (
    graph_id          bigint NOT NULL REFERENCES road_graph (id) ON DELETE CASCADE,
    id                bigint NOT NULL,
    source            bigint NOT NULL,
    target            bigint NOT NULL,
    length_m          double precision NOT NULL CHECK (length_m >= 0),
    cost_car          double precision NOT NULL,
    reverse_cost_car  double precision NOT NULL,
    cost_foot         double precision NOT NULL,
    reverse_cost_foot double precision NOT NULL,
    road_class        text NOT NULL,
    name              text,
    source_key        text,
    geom              geometry(LineString, 5179) NOT NULL,
    PRIMARY KEY (graph_id, id),
    FOREIGN KEY (graph_id, source) REFERENCES road_vertex (graph_id, id) ON DELETE CASCADE,
    FOREIGN KEY (graph_id, target) REFERENCES road_vertex (graph_id, id) ON DELETE CASCADE
);
CREATE INDEX road_edge_geom_idx ON road_edge USING gist (geom);
CREATE INDEX road_edge_source_idx ON road_edge (graph_id, source);
CREATE INDEX road_edge_target_idx ON road_edge (graph_id, target);
