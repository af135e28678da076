import Foundation

/// The authenticated person behind a request.
public struct Principal: Sendable, Equatable, Codable {
    /// The account's id.
    public var accountID: Int64
    /// The login name.
    public var username: String
    /// The account's role.
    public var role: AppRole
    /// The organisation the account belongs to (row-level security's key).
    public var orgID: Int64
    /// The session that authenticated this request (nil for the CLI).
    public var sessionID: UUID?

    /// Creates a principal.
    public init(accountID: Int64, username: String, role: AppRole, orgID: Int64, sessionID: UUID? = nil) {
        self.accountID = accountID
        self.username = username
        self.role = role
        self.orgID = orgID
        self.sessionID = sessionID
    }
}
