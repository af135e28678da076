import AnsimStore
import AnsimSynth
import Foundation

/// Loads ``SyntheticPeople`` into `monitored_person`, `gps_fix` and `registered_offender`
/// with binary COPY, replacing the synthetic rows already there (real rows, if any, are
/// left alone). One transaction: all or nothing.
public enum PeopleLoader {
    /// Counts loaded.
    public struct Counts: Sendable, Equatable {
        public var wearers: Int
        public var fixes: Int
        public var offenders: Int
    }

    /// Microseconds between 1970 and 2000 (PostgreSQL's binary timestamp epoch).
    static let postgresEpochOffset: Int64 = 946_684_800_000_000

    /// Loads `people` on `connection` (as the database owner).
    public static func load(_ people: SyntheticPeople, on connection: Connection) throws -> Counts {
        try connection.transaction(purpose: "load synthetic people") { c in
            try c.executeScript(
                """
                DELETE FROM gps_fix WHERE person_id IN (SELECT id FROM monitored_person WHERE synthetic);
                DELETE FROM monitored_person WHERE synthetic;
                DELETE FROM registered_offender WHERE synthetic;
                """, purpose: "remove earlier synthetic people")
            if let first = people.fixes.map(\.time).min(), let last = people.fixes.map(\.time).max() {
                try c.query(
                    "SELECT gps_fix_ensure_partitions(to_timestamp($1::float8 / 1000)::date, to_timestamp($2::float8 / 1000)::date)",
                    [first, last], purpose: "create gps_fix partitions")
            }
            let wearers = try c.copyInBinary(
                """
                COPY monitored_person (id, ref, tag_id, name, birth_year, offence_class, order_from, order_to,
                  restrictions, synthetic) FROM STDIN (FORMAT binary)
                """, purpose: "copy synthetic wearers"
            ) { w in
                for p in people.wearers {
                    w.append(int64: p.id)
                    w.append(text: p.ref)
                    w.append(text: p.tag)
                    w.append(text: p.name)
                    w.append(int32: Int32(p.birthYear))
                    w.append(text: p.offenceClass)
                    w.append(int32: days(p.orderFrom))
                    w.append(int32: days(p.orderTo))
                    w.append(bytes: [1] + Array(p.restrictions.utf8))  // jsonb binary: version 1 + text
                    w.append(bool: true)
                    try w.endRow()
                }
            }
            let fixes = try c.copyInBinary(
                "COPY gps_fix (person_id, at, geom, heading_deg, speed_mps) FROM STDIN (FORMAT binary)",
                purpose: "copy synthetic fixes"
            ) { w in
                for f in people.fixes {
                    w.append(int64: f.person)
                    w.append(int64: f.time * 1000 - postgresEpochOffset)
                    w.append(bytes: PointEWKB.bytes(x: f.x, y: f.y))
                    if let h = f.heading { w.append(float4: Float(h)) } else { w.appendNull() }
                    w.append(float4: Float(f.speed))
                    try w.endRow()
                }
            }
            let offenders = try c.copyInBinary(
                """
                COPY registered_offender (id, ref, name, birth_year, address, offence_class, released_on,
                  synthetic, geom) FROM STDIN (FORMAT binary)
                """, purpose: "copy synthetic registered offenders"
            ) { w in
                for o in people.offenders {
                    w.append(int64: o.id)
                    w.append(text: o.ref)
                    w.append(text: o.name)
                    w.append(int32: Int32(o.birthYear))
                    w.append(text: o.address)
                    w.append(text: o.offenceClass)
                    w.append(int32: days(o.releasedOn))
                    w.append(bool: true)
                    w.append(bytes: PointEWKB.bytes(x: o.x, y: o.y))
                    try w.endRow()
                }
            }
            try c.executeScript(
                """
                SELECT setval(pg_get_serial_sequence('monitored_person', 'id'), greatest(1, (SELECT max(id) FROM monitored_person)));
                SELECT setval(pg_get_serial_sequence('registered_offender', 'id'), greatest(1, (SELECT max(id) FROM registered_offender)));
                ANALYZE monitored_person; ANALYZE registered_offender; ANALYZE gps_fix;
                """, purpose: "advance id sequences")
            return Counts(wearers: wearers, fixes: fixes, offenders: offenders)
        }
    }

    /// Days since 2000-01-01 of an ISO date (PostgreSQL's binary `date`).
    static func days(_ iso: String) -> Int32 {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        var c = DateComponents()
        c.year = parts[0]
        c.month = parts[1]
        c.day = parts[2]
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(identifier: "UTC")!
        let d = cal.date(from: c)!
        return Int32((d.timeIntervalSince1970 - 946_684_800) / 86_400)
    }
}
