import AnsimServer
import AnsimStore
import Foundation

extension SyntheticHotline {
    /// Writes `places` as synthetic cases (one per tag, names "합성 피해자 N" encrypted with
    /// `cipher`), a no-approach order each in force from `from` for 6 months, and their
    /// places, over an owner's connection. Returns the number of cases written.
    @discardableResult
    public static func load(
        _ places: [GeofencePlace], cityOrgID: Int64, policeOrgID: Int64, from: String, cipher: FieldCipher,
        on c: Connection
    ) throws -> Int {
        let byTag = Dictionary(grouping: places, by: \.tag)
        let store = HotlineStore(cipher: cipher)
        return try c.transaction(purpose: "load synthetic cases") { c in
            try c.query("SELECT set_config('ansim.reason', 'synthetic data', true)", purpose: "reason")
            try c.query("SELECT set_config('ansim.purpose', 'synthetic data', true)", purpose: "purpose")
            for (n, tag) in byTag.keys.sorted().enumerated() {
                var r = HotlineRequest.OpenCase(
                    cityOrgID: cityOrgID, policeOrgID: policeOrgID, victimName: "합성 피해자 \(n + 1)")
                r.victimRef = byTag[tag]![0].victimRef
                r.offenderTag = tag
                r.synthetic = true
                let id = try store.openCase(r, on: c)
                try c.query(
                    """
                    INSERT INTO hotline_order (case_id, kind, starts_on, ends_on, issued_by)
                    VALUES ($1, 'no_approach', $2::date, ($2::date + interval '6 months')::date, 'synthetic')
                    """, [id, from], purpose: "synthetic order")
                let own = byTag[tag]!
                try c.query(
                    """
                    INSERT INTO hotline_place (case_id, kind, geom)
                    SELECT $1, k, ST_SetSRID(ST_MakePoint(x, y), 5179)
                    FROM unnest($2::text[], $3::float8[], $4::float8[]) AS u(k, x, y)
                    """, [id, own.map(\.kind), own.map(\.x), own.map(\.y)], purpose: "synthetic places")
            }
            return byTag.count
        }
    }
}
