import AnsimLinks
import AnsimStore
import Foundation

extension LinksStore {
    /// What ``replaceSynthetic(_:on:)`` stored.
    public struct SyntheticLoad: Sendable, Equatable {
        public var entities: Int
        public var links: Int
        public var ringMembers: Int
        /// Synthetic entities (and their links) removed first.
        public var removed: Int
    }

    /// Replaces the synthetic graph (every row with `synthetic`) by the generator's
    /// output, in one transaction: entities and links through binary COPY (links keyed
    /// `L<n>` in source `synth`), the located entities' UTM-K points, and the planted
    /// rings' members and victims in `link_ring_member`. A loaded (non-synthetic)
    /// entity with one of the generator's references makes the COPY fail (unique refs). Running it again with the same
    /// configuration leaves the same rows. Runs as the schema owner (the loader).
    public static func replaceSynthetic(_ output: LinkSynthOutput, on c: Connection) throws -> SyntheticLoad {
        let config = output.config
        let file = "synth:links seed=\(config.seed) persons=\(config.persons) rings=\(config.rings)"
        return try c.transaction(purpose: "load the synthetic link graph") { c in
            try c.executeScript("LOCK TABLE link_entity, link IN SHARE ROW EXCLUSIVE MODE", purpose: "lock the graph")
            try c.execute("DELETE FROM link_ring_member", purpose: "drop the old truth")
            try c.execute(
                """
                DELETE FROM link WHERE synthetic OR source_id IN (SELECT id FROM link_entity WHERE synthetic)
                    OR target_id IN (SELECT id FROM link_entity WHERE synthetic)
                """, purpose: "drop the old synthetic links")
            let removed = try c.execute("DELETE FROM link_entity WHERE synthetic", purpose: "drop the old synthetic graph")
            let base = try c.query("SELECT coalesce(max(id), 0) FROM link_entity", purpose: "next entity id")[0]
                .decode(Int64.self, at: 0)
            let entities = try c.copyInBinary(
                "COPY link_entity (id, ref, kind, label, lon, lat, synthetic, source) FROM STDIN (FORMAT binary)",
                purpose: "copy the synthetic entities"
            ) { w in
                for (i, e) in output.entities.enumerated() {
                    w.append(int64: base + Int64(i) + 1)
                    w.append(text: e.ref)
                    w.append(text: e.kind.rawValue)
                    w.append(text: e.label)
                    if let lon = e.lon, let lat = e.lat {
                        w.append(float8: lon)
                        w.append(float8: lat)
                    } else {
                        w.appendNull()
                        w.appendNull()
                    }
                    w.append(bool: true)
                    w.append(text: "synth")
                    try w.endRow()
                }
            }
            try c.query(
                "SELECT setval(pg_get_serial_sequence('link_entity', 'id'), greatest($1::bigint, 1))",
                [base + Int64(entities)], purpose: "move the entity id sequence")
            try c.execute(
                """
                UPDATE link_entity SET geom = ST_Transform(ST_SetSRID(ST_MakePoint(lon, lat), 4326), 5179)
                WHERE synthetic AND lon IS NOT NULL
                """, purpose: "project the located entities")
            let links = try c.copyInBinary(
                """
                COPY link (source_id, target_id, kind, at, amount_krw, synthetic, source, source_key, source_file,
                    source_row) FROM STDIN (FORMAT binary)
                """, purpose: "copy the synthetic links"
            ) { w in
                for (j, l) in output.links.enumerated() {
                    w.append(int64: base + Int64(l.source) + 1)
                    w.append(int64: base + Int64(l.target) + 1)
                    w.append(text: l.kind.rawValue)
                    w.append(int64: (l.at - 946_684_800) * 1_000_000)  // timestamptz: µs since 2000
                    w.append(int64: l.amount)
                    w.append(bool: true)
                    w.append(text: "synth")
                    w.append(text: "L\(j)")
                    w.append(text: file)
                    w.append(int64: Int64(j) + 1)
                    try w.endRow()
                }
            }
            let members = try c.copyIn(
                "COPY link_ring_member (ring, entity_id, member, seed) FROM STDIN", purpose: "copy the planted rings"
            ) { w in
                for (r, ring) in output.rings.enumerated() {
                    for (group, name) in [(ring, "member"), (output.victims[r], "victim")] {
                        for i in group {
                            w.append(r + 1)
                            w.append(Int(base) + i + 1)
                            w.append(name)
                            w.append(Int(config.seed))
                            try w.endRow()
                        }
                    }
                }
            }
            return SyntheticLoad(entities: entities, links: links, ringMembers: members, removed: removed)
        }
    }
}
