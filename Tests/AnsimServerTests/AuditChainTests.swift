import AnsimServer
import AnsimStore
import Foundation
import Testing

/// The hash-chained audit table: append-only for every role, and any edit, deletion
/// or insertion found by the verifier.
@Suite struct AuditChainTests {
    func fill(_ f: ServerFixture, _ n: Int) throws {
        for i in 0..<n {
            try f.admin.query(
                "SELECT ansim_audit_append($1, $2, 'test', current_user)",
                ["action \(i)", "V-0000000\(i % 10)"],
                purpose: "append")
        }
    }

    @Test func anIntactChainVerifies() throws {
        let f = try ServerFixture("audit_ok")
        try fill(f, 20)
        let r = try AuditVerifier.verify(f.admin)
        #expect(r.intact)
        #expect(r.records == 20)
        #expect(r.headSeq == 20)
    }

    @Test func editingOneRowIsDetected() throws {
        let f = try ServerFixture("audit_edit")
        try fill(f, 20)
        // A superuser can switch the guard trigger off; the chain still gives the edit away.
        try f.admin.executeScript(
            """
            ALTER TABLE ansim_audit DISABLE TRIGGER ansim_audit_append_only;
            UPDATE ansim_audit SET actor = 'someone else' WHERE seq = 7;
            ALTER TABLE ansim_audit ENABLE TRIGGER ansim_audit_append_only;
            """, purpose: "tamper")
        let r = try AuditVerifier.verify(f.admin)
        #expect(!r.intact)
        #expect(r.problem == "record 7 was altered (its hash does not match its contents)")
    }

    @Test func deletingAMiddleRowOrTheTailIsDetected() throws {
        let f = try ServerFixture("audit_delete")
        try fill(f, 20)
        try f.admin.executeScript(
            """
            ALTER TABLE ansim_audit DISABLE TRIGGER ansim_audit_append_only;
            DELETE FROM ansim_audit WHERE seq = 20;
            ALTER TABLE ansim_audit ENABLE TRIGGER ansim_audit_append_only;
            """, purpose: "delete the tail")
        #expect(try AuditVerifier.verify(f.admin).problem?.contains("records were deleted") == true)
        try f.admin.executeScript(
            """
            ALTER TABLE ansim_audit DISABLE TRIGGER ansim_audit_append_only;
            DELETE FROM ansim_audit WHERE seq = 5;
            ALTER TABLE ansim_audit ENABLE TRIGGER ansim_audit_append_only;
            """, purpose: "delete a middle row")
        #expect(try AuditVerifier.verify(f.admin).problem == "record 5 is missing (next is 6)")
    }

    @Test func rewritingAHashIsDetectedByTheNextRecord() throws {
        let f = try ServerFixture("audit_rehash")
        try fill(f, 10)
        // Edit row 3 and recompute its own hash: row 4 no longer follows it.
        try f.admin.executeScript(
            """
            ALTER TABLE ansim_audit DISABLE TRIGGER ansim_audit_append_only;
            UPDATE ansim_audit SET purpose = 'x',
              hash = sha256(prev_hash || convert_to(ansim_audit_canonical(seq, at, actor, actor_role, org_id,
                     client_addr, subject, action, 'x'), 'UTF8')) WHERE seq = 3;
            ALTER TABLE ansim_audit ENABLE TRIGGER ansim_audit_append_only;
            """, purpose: "tamper and rehash")
        #expect(
            try AuditVerifier.verify(f.admin).problem
                == "record 4 does not follow record 3 (prev_hash differs)")
    }

    @Test func noRoleMayUpdateDeleteOrTruncateTheAuditTable() throws {
        let f = try ServerFixture("audit_roles")
        try fill(f, 3)
        for role in AppRole.allCases.map(\.databaseRole) + ["ansim_auth", "ansim_monitor", "ansim_api"] {
            for statement in [
                "UPDATE ansim_audit SET actor = 'x'", "DELETE FROM ansim_audit", "TRUNCATE ansim_audit",
                "INSERT INTO ansim_audit SELECT * FROM ansim_audit LIMIT 0",
            ] {
                try f.admin.executeScript("BEGIN; SET LOCAL ROLE \(role)", purpose: "become \(role)")
                #expect(throws: StoreError.self, "\(role): \(statement)") {
                    try f.admin.executeScript(statement, purpose: "tamper as \(role)")
                }
                try f.admin.executeScript("ROLLBACK", purpose: "end")
            }
        }
        // Even the owner's own statements are refused by the trigger.
        #expect(throws: StoreError.self) {
            try f.admin.executeScript("DELETE FROM ansim_audit", purpose: "delete")
        }
        #expect(try AuditVerifier.verify(f.admin).intact)
    }
}
