import Foundation

/// The CSV files the ETL loads like any police export: UTF-8 (or CP949, see
/// ``OutputEncoding``), a header row, commas, RFC 4180 quoting and CRLF line ends.
/// Times are Asia/Seoul local `yyyy-MM-dd HH:mm:ss` without offset; coordinates are
/// WGS 84 degrees with 7 decimals (about 1 cm).
public enum SynthCSV {
    /// The header of `incidents.csv`.
    public static let incidentHeader = [
        "사건번호", "발생일시", "죄종", "세부죄종", "자치구", "행정동", "행정동코드", "관할경찰서", "관할지구대",
        "경도", "위도", "검거여부", "합성여부",
    ]

    /// The header of `calls_112.csv`.
    public static let callHeader = [
        "신고번호", "접수일시", "지령일시", "도착일시", "종결일시", "긴급도", "사건종별", "자치구", "행정동",
        "관할경찰서", "관할지구대", "경도", "위도", "관련사건번호", "합성여부",
    ]

    /// `incidents.csv` as UTF-8 bytes.
    public static func incidents(_ records: [SyntheticIncident]) -> [UInt8] {
        var out = Writer(capacity: records.count * 160)
        out.row(incidentHeader)
        for r in records {
            out.row([
                r.number, r.occurred.description, r.crime.name, r.subclass, r.gu, r.dong, r.dongCode,
                r.station,
                r.box, degrees(r.longitude), degrees(r.latitude), r.arrested ? "Y" : "N", "Y",
            ])
        }
        return out.bytes
    }

    /// `calls_112.csv` as UTF-8 bytes.
    public static func calls(_ records: [SyntheticCall]) -> [UInt8] {
        var out = Writer(capacity: records.count * 200)
        out.row(callHeader)
        for r in records {
            out.row([
                r.number, r.received.description, r.dispatched?.description ?? "",
                r.arrived?.description ?? "",
                r.closed.description, String(r.code), r.type, r.gu, r.dong, r.station, r.box,
                degrees(r.longitude), degrees(r.latitude), r.incident ?? "", "Y",
            ])
        }
        return out.bytes
    }

    /// Fixed 7-decimal degrees ("126.9779692"), rounded half away from zero.
    public static func degrees(_ value: Double) -> String {
        let scaled = Int64((abs(value) * 10_000_000).rounded(.toNearestOrAwayFromZero))
        let sign = value < 0 && scaled != 0 ? "-" : ""
        return "\(sign)\(scaled / 10_000_000).\(pad(Int(scaled % 10_000_000), 7))"
    }

    /// A field as RFC 4180 writes it: quoted (with doubled quotes) when it holds a
    /// comma, a quote, CR or LF.
    public static func field(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }) else {
            return text
        }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private struct Writer {
        var bytes: [UInt8] = []

        init(capacity: Int) { bytes.reserveCapacity(capacity) }

        mutating func row(_ fields: [String]) {
            for (i, f) in fields.enumerated() {
                if i > 0 { bytes.append(0x2C) }
                bytes.append(contentsOf: SynthCSV.field(f).utf8)
            }
            bytes.append(0x0D)
            bytes.append(0x0A)
        }
    }
}
