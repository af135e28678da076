/// Assigns places to the responsible 지구대/파출소 — the nearest one, i.e. the box whose
/// Voronoi cell contains the place — and its 경찰서.
///
/// Real jurisdictions (관할구역) follow streets and 행정동 lines; the Voronoi cell is the
/// usual stand-in when they are not published. A box whose station is unknown gets
/// the station nearest to it. Ties go to the first box in name order.
struct PoliceAssigner {
    private let names: [String]
    private let stations: [String]
    private let xs: [Double]
    private let ys: [Double]

    init(boxes: [PoliceBox], stations: [PoliceStation]) {
        let sorted = boxes.sorted { ($0.name, $0.x, $0.y) < ($1.name, $1.x, $1.y) }
        let stationList = stations.sorted { ($0.name, $0.x, $0.y) < ($1.name, $1.x, $1.y) }
        names = sorted.map(\.name)
        xs = sorted.map(\.x)
        ys = sorted.map(\.y)
        self.stations = sorted.map { box in
            if let s = box.station, !s.isEmpty { return s }
            var best: PoliceStation?
            var bestD = Double.infinity
            for s in stationList {
                let d = (s.x - box.x) * (s.x - box.x) + (s.y - box.y) * (s.y - box.y)
                if d < bestD {
                    bestD = d
                    best = s
                }
            }
            return best?.name ?? ""
        }
    }

    /// The nearest box's name and its station.
    func assign(x: Double, y: Double) -> (box: String, station: String) {
        var best = 0
        var bestD = Double.infinity
        xs.withUnsafeBufferPointer { bx in
            ys.withUnsafeBufferPointer { by in
                for i in 0..<bx.count {
                    let dx = bx[i] - x
                    let dy = by[i] - y
                    let d = dx * dx + dy * dy
                    if d < bestD {
                        bestD = d
                        best = i
                    }
                }
            }
        }
        return (names[best], stations[best])
    }
}
