import AnsimStore
import AnsimSupport
import Foundation

/// Recomputes the audit chain and reports the first record that does not fit.
///
/// For each record, in `seq` order: seq must be the previous one plus one, prev_hash the
/// previous record's hash, and hash = SHA-256(prev_hash ‖ canonical text), recomputed here
/// in Swift over the columns as stored. The last record must match `ansim_audit_head`
/// (a deleted tail). Editing, deleting or inserting any record breaks one of these.
public enum AuditVerifier {
    /// The outcome of a verification.
    public struct Report: Codable, Sendable, Equatable {
        /// Records checked.
        public var records: Int
        /// True when the chain is intact.
        public var intact: Bool
        /// The first problem found.
        public var problem: String?
        /// The head: last seq and its hash (hex), to record elsewhere.
        public var headSeq: Int64
        /// Hash of the last record.
        public var headHash: String

        enum CodingKeys: String, CodingKey {
            case records, intact, problem
            case headSeq = "head_seq"
            case headHash = "head_hash"
        }
    }

    static let zero = [UInt8](repeating: 0, count: 32)

    /// Verifies the chain over `connection` (which must be able to read ansim_audit).
    public static func verify(_ connection: Connection) throws -> Report {
        let rows = try connection.query(
            """
            SELECT seq, prev_hash, hash, ansim_audit_canonical(seq, at, actor, actor_role, org_id, client_addr,
                   subject, action, purpose)
            FROM ansim_audit ORDER BY seq
            """, purpose: "read the audit chain")
        var previous = zero
        var expectedSeq: Int64 = 1
        var report = Report(records: 0, intact: true, problem: nil, headSeq: 0, headHash: Hex.encode(zero))
        func fail(_ message: String) -> Report {
            report.intact = false
            report.problem = message
            return report
        }
        for row in rows {
            let seq = try row.decode(Int64.self, at: 0)
            let prev = [UInt8](try row.decode(Data.self, at: 1))
            let hash = [UInt8](try row.decode(Data.self, at: 2))
            let canonical = try row.decode(String.self, at: 3)
            if seq != expectedSeq { return fail("record \(expectedSeq) is missing (next is \(seq))") }
            if prev != previous {
                return fail("record \(seq) does not follow record \(seq - 1) (prev_hash differs)")
            }
            let recomputed =
                Hex.decode(SHA256.hex(Data(prev + Array(canonical.utf8)))).map { [UInt8]($0) } ?? []
            if recomputed != hash {
                return fail("record \(seq) was altered (its hash does not match its contents)")
            }
            previous = hash
            expectedSeq = seq + 1
            report.records += 1
            report.headSeq = seq
        }
        report.headHash = Hex.encode(previous)
        let head = try connection.query(
            "SELECT seq, hash FROM ansim_audit_head WHERE id = 1", purpose: "read the audit head")
        let headSeq = try head.first?.decode(Int64.self, at: 0) ?? 0
        let headHash = try head.first.map { [UInt8](try $0.decode(Data.self, at: 1)) } ?? zero
        if headSeq != report.headSeq || headHash != previous {
            return fail(
                "the chain ends at record \(report.headSeq) but the head says \(headSeq): records were deleted"
            )
        }
        return report
    }
}
