import AnsimHotline
import AnsimServer
import AnsimStore
import AnsimTestSupport
import Foundation
import Testing

/// AES-GCM field encryption: bound to its place, key rotation, key files outside the repository.
@Suite struct FieldEncryptionTests {
    static let k1 = [UInt8](repeating: 1, count: 32)
    static let k2 = [UInt8](repeating: 2, count: 32)

    @Test func ciphertextIsBoundToItsColumnAndSubject() throws {
        let cipher = try FieldCipher(keys: [1: Self.k1], currentKeyID: 1)
        let sealed = try cipher.seal("홍길순", context: "victim_name:V-00000001")
        #expect(try cipher.open(sealed, context: "victim_name:V-00000001") == "홍길순")
        #expect(throws: (any Error).self) { try cipher.open(sealed, context: "victim_name:V-00000002") }
        var flipped = sealed
        flipped[flipped.count - 1] ^= 1
        #expect(throws: (any Error).self) { try cipher.open(flipped, context: "victim_name:V-00000001") }
        #expect(try cipher.seal("홍길순", context: "c") != cipher.seal("홍길순", context: "c"))  // fresh nonces
    }

    @Test func rotationReencryptsEveryFieldUnderTheNewKey() throws {
        let f = try HotlineFixture("hotline_rotate")
        let id = try f.openCase()
        let old = try FieldCipher(keys: [1: [UInt8](repeating: 7, count: 32)], currentKeyID: 1)
        #expect(old.keys == f.cipher.keys)
        let both = try FieldCipher(keys: [1: [UInt8](repeating: 7, count: 32), 2: Self.k2], currentKeyID: 2)
        let counts = try HotlineKeyRotation.rotate(cipher: both, on: f.admin)
        #expect(counts.cases == 2)  // the victim's name and contact
        #expect(try HotlineKeyRotation.rotate(cipher: both, on: f.admin) == .init())  // nothing left
        let onlyNew = try FieldCipher(keys: [2: Self.k2], currentKeyID: 2)
        let view = try f.admin.transaction(purpose: "read") {
            try HotlineStore(cipher: onlyNew).show(id, purpose: "test", on: $0)
        }
        #expect(view?.victimName == "홍길순")
        #expect(view?.victimContact == "010-0000-0000")
        #expect(try AuditVerifier.verify(f.admin).intact)
    }

    @Test func keysLoadFromTheEnvironmentOrAPrivateFileOutsideTheRepository() throws {
        let b64 = Data(Self.k1).base64EncodedString()
        let c = try FieldKeyring.load(environment: [
            "ANSIM_FIELD_KEYS": "1:\(b64),3:\(Data(Self.k2).base64EncodedString())"
        ])
        #expect(c.currentKeyID == 3)
        #expect(throws: (any Error).self) { try FieldKeyring.load(environment: [:]) }
        #expect(throws: (any Error).self) {
            try FieldKeyring.load(environment: ["ANSIM_FIELD_KEYS": "1:short"])
        }
        let dir = "/tmp/ansim-keys-\(getpid())"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/keys"
        try "1 \(b64)\n".write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o644)
        let loose = #expect(throws: (any Error).self) {
            try FieldKeyring.load(environment: ["ANSIM_FIELD_KEY_FILE": path])
        }
        #expect("\(loose!)".contains("readable by others"))
        chmod(path, 0o600)
        #expect(try FieldKeyring.load(environment: ["ANSIM_FIELD_KEY_FILE": path]).currentKeyID == 1)
        let inRepo = TestEnvironment.repositoryRoot + "/.ansim-test-key-\(getpid())"
        try "1 \(b64)\n".write(toFile: inRepo, atomically: true, encoding: .utf8)
        chmod(inRepo, 0o600)
        defer { try? FileManager.default.removeItem(atPath: inRepo) }
        let repo = #expect(throws: (any Error).self) {
            try FieldKeyring.load(environment: ["ANSIM_FIELD_KEY_FILE": inRepo])
        }
        #expect("\(repo!)".contains("inside the git checkout"))
    }
}
