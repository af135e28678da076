/// Where road lines are cut into graph edges.
public enum NodingRule: String, Sendable, Codable {
    /// Every crossing and touching of two lines is a junction (juso road sections, which
    /// are whole roads not split at intersections and carry no z-level): a crossing is
    /// assumed to be at grade, except for lines marked ``RoadLine/gradeSeparated``, which
    /// meet other lines only where one of them ends.
    case allCrossings
    /// Lines meet only at coordinates they share as vertices (OSM ways, which share
    /// nodes at junctions; a bridge crossing a street shares none, so it stays apart).
    case sharedVertices
    /// The lines are already edges and name their end nodes (MOCT `F_NODE`/`T_NODE`).
    case givenTopology
}
