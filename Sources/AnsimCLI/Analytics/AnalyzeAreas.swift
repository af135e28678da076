import AnsimAnalytics
import AnsimETL
import AnsimGeo
import AnsimSupport
import ArgumentParser
import Foundation

/// The `--weights` of `ansim analyze gistar|moran --areas`: polygon contiguity or a distance
/// band between centroids.
enum ArealWeights: ExpressibleByArgument, CustomStringConvertible {
    case queen
    case rook
    case distance(Double)

    init?(argument: String) {
        switch argument {
        case "queen": self = .queen
        case "rook": self = .rook
        default:
            guard argument.hasPrefix("distance:"), let metres = Double(argument.dropFirst(9)),
                metres > 0, metres.isFinite
            else { return nil }
            self = .distance(metres)
        }
    }

    var description: String {
        switch self {
        case .queen: "queen"
        case .rook: "rook"
        case .distance(let metres): "distance:\(AnalyticsIO.number(metres))"
        }
    }

    static var allValueStrings: [String] { ["queen", "rook", "distance:METRES"] }
}

/// Areas read from `--areas`: id, polygon and value per row, in file order.
struct ArealInput {
    var ids: [String] = []
    var areas: [Geometry] = []
    var values: [Double] = []
    var weights = try! SparseWeights(neighbours: [])

    /// Reads a CSV with the columns id,wkt,value (WKT Polygon or MultiPolygon in a projected
    /// metric CRS; quote the WKT, it holds commas) and builds the weights. Throws one line
    /// naming the file, the row and the problem; `nonNegative` for Gi*.
    static func read(
        _ path: String, weights kind: ArealWeights, snap: Double, nonNegative: Bool
    ) throws -> ArealInput {
        let reader = try DelimitedReader(path: path, delimiter: 44)
        guard let header = reader.next()?.fields.map({ $0.trimmingCharacters(in: .whitespaces) }) else {
            throw AnsimError("\(path): the file is empty (expected a header with id,wkt,value)")
        }
        let columns = try ["id", "wkt", "value"].map { name in
            guard let k = header.firstIndex(of: name) else {
                throw AnsimError(
                    "\(path): no column \"\(name)\" (the header has \(header.joined(separator: ",")))")
            }
            return k
        }
        var input = ArealInput()
        var rowOf: [String: Int] = [:]
        for record in reader {
            let row = "\(path): row \(record.line)"
            if let problem = record.problem { throw AnsimError("\(row): \(problem)") }
            if record.isBlank { continue }
            guard columns.allSatisfy({ $0 < record.fields.count }) else {
                throw AnsimError("\(row): expected \(header.count) fields, found \(record.fields.count)")
            }
            let f = columns.map { record.fields[$0].trimmingCharacters(in: .whitespaces) }
            let (id, wkt, text) = (f[0], f[1], f[2])
            guard !id.isEmpty else { throw AnsimError("\(row): the id is empty") }
            if let first = rowOf[id] { throw AnsimError("\(row): id \(id) repeats row \(first)") }
            rowOf[id] = record.line
            guard let value = Double(text), value.isFinite else {
                throw AnsimError("\(row) (id \(id)): value is not a finite number: \"\(text)\"")
            }
            if nonNegative, value < 0 {
                throw AnsimError("\(row) (id \(id)): value \(text) is negative; Gi* needs counts or rates")
            }
            let area: Geometry
            do { area = try Geometry(wkt: wkt) } catch {
                throw AnsimError("\(row) (id \(id)): \(error)")
            }
            guard area.isPolygonal, !area.isEmpty else {
                throw AnsimError("\(row) (id \(id)): a \(area.typeName), not a Polygon or MultiPolygon")
            }
            guard area.isValid else {
                throw AnsimError("\(row) (id \(id)): not a valid polygon: \(area.validityReason)")
            }
            input.ids.append(id)
            input.areas.append(area)
            input.values.append(value)
        }
        guard !input.areas.isEmpty else { throw AnsimError("\(path): no areas (only a header)") }
        do {
            switch kind {
            case .queen, .rook:
                input.weights = try SparseWeights.contiguity(
                    input.areas, rule: kind.isRook ? .rook : .queen, tolerance: snap, ids: input.ids)
            case .distance(let metres):
                input.weights = try SparseWeights.distanceBand(
                    centroidsOf: input.areas, threshold: metres, ids: input.ids)
            }
        } catch {
            throw AnsimError("\(path): \(error.description)")
        }
        return input
    }

    /// "N areas, K islands (queen weights)" for the summary line.
    func summary(_ kind: ArealWeights) -> String {
        let islands = weights.islands.count
        return "\(ids.count) areas, \(kind) weights, \(islands) island\(islands == 1 ? "" : "s")"
    }

    /// An id as a CSV field (quoted when it holds a comma, quote or line break).
    static func field(_ id: String) -> String {
        id.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline })
            ? "\"" + id.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : id
    }
}

extension ArealWeights {
    fileprivate var isRook: Bool {
        if case .rook = self { return true }
        return false
    }
}
