import AnsimGeo
import AnsimSupport

/// A 행정동 with its boundary (EPSG:5179) and registered population.
public struct DongArea: Sendable {
    /// 10-digit 행정기관코드.
    public var code: String
    /// 행정동 name, e.g. "사직동".
    public var name: String
    /// 자치구 name, e.g. "종로구".
    public var gu: String
    /// Registered population; nil when unknown (the 자치구's median is used).
    public var population: Int?
    /// The boundary in EPSG:5179 metres (Polygon or MultiPolygon).
    public var geometry: Geometry

    public init(code: String, name: String, gu: String, population: Int?, geometry: Geometry) {
        self.code = code
        self.name = name
        self.gu = gu
        self.population = population
        self.geometry = geometry
    }
}

/// A risk-terrain site that attracts incidents (EPSG:5179 point).
public struct RiskSite: Sendable, Hashable {
    /// The kinds the place model uses.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// 유흥주점 (entertainment bars).
        case bar
        /// 숙박업 (lodging).
        case lodging
    }

    public var kind: Kind
    public var x: Double
    public var y: Double

    public init(kind: Kind, x: Double, y: Double) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}

/// A 지구대/파출소 (EPSG:5179 point) and the 경찰서 it belongs to, when known.
public struct PoliceBox: Sendable, Hashable {
    public var name: String
    public var station: String?
    public var x: Double
    public var y: Double

    public init(name: String, station: String?, x: Double, y: Double) {
        self.name = name
        self.station = station
        self.x = x
        self.y = y
    }
}

/// A 경찰서 (EPSG:5179 point): a box without a known station gets the nearest one.
public struct PoliceStation: Sendable, Hashable {
    public var name: String
    public var x: Double
    public var y: Double

    public init(name: String, x: Double, y: Double) {
        self.name = name
        self.x = x
        self.y = y
    }
}

/// Published counts for one 자치구 and crime class (발생, 검거).
public struct CrimeCount: Sendable, Hashable {
    public var gu: String
    public var crime: CrimeClass
    public var occurred: Int
    public var arrested: Int

    public init(gu: String, crime: CrimeClass, occurred: Int, arrested: Int) {
        self.gu = gu
        self.crime = crime
        self.occurred = occurred
        self.arrested = arrested
    }
}

/// Everything the generator reads. Order does not matter: the generator sorts.
public struct SynthInputs: Sendable {
    public var dongs: [DongArea]
    public var riskSites: [RiskSite]
    public var boxes: [PoliceBox]
    public var stations: [PoliceStation]
    public var counts: [CrimeCount]

    public init(
        dongs: [DongArea], riskSites: [RiskSite] = [], boxes: [PoliceBox], stations: [PoliceStation] = [],
        counts: [CrimeCount]
    ) {
        self.dongs = dongs
        self.riskSites = riskSites
        self.boxes = boxes
        self.stations = stations
        self.counts = counts
    }

    /// Throws a one-line ``AnsimError`` when an input the generator needs is missing.
    public func validate() throws {
        if dongs.isEmpty { throw AnsimError("no 행정동 boundaries to place events in") }
        if boxes.isEmpty { throw AnsimError("no 지구대/파출소 to assign calls to") }
        if counts.isEmpty { throw AnsimError("no published crime counts to calibrate to") }
        let gus = Set(dongs.map(\.gu))
        for count in counts where count.occurred > 0 && !gus.contains(count.gu) {
            throw AnsimError("no 행정동 boundaries for \(count.gu), which has published counts")
        }
        var seen = Set<String>()
        for count in counts where !seen.insert("\(count.gu)\u{0}\(count.crime.name)").inserted {
            throw AnsimError("\(count.gu) \(count.crime.name) is counted twice")
        }
        if let bad = counts.first(where: { $0.occurred < 0 || $0.arrested < 0 }) {
            throw AnsimError("negative count for \(bad.gu) \(bad.crime.name)")
        }
    }
}
