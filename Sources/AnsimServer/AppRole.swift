/// A person's role in Ansim, and the least-privilege database role it maps to.
///
/// The server never runs a request with more than the requester's database role:
/// each request's transaction does `SET LOCAL ROLE` to ``databaseRole``.
public enum AppRole: String, Codable, CaseIterable, Sendable {
    /// City victim-support centre worker (hotline).
    case hotlineWorker = "hotline_worker"
    /// Police officer who liaises with the hotline.
    case policeLiaison = "police_liaison"
    /// Supervisor of hotline workers or liaisons: assigns cases.
    case supervisor
    /// Crime analyst: aggregates only, never identities.
    case analyst
    /// Administrator: accounts and the audit trail, no case content.
    case admin
    /// 112 dispatcher (lookup routes).
    case dispatcher
    /// Patrol officer (lookup routes).
    case patrolOfficer = "patrol_officer"
    /// Investigator of organised fraud (link analysis): the only role that reads the
    /// link graph of people, phones and accounts.
    case investigator
    /// Counsellor of the online-exploitation centre (grooming alerts, re-upload matches).
    case counsellor

    /// The PostgreSQL role a request of this role runs as.
    public var databaseRole: String { "ansim_" + rawValue }

    /// Roles that handle victims' personal data log in with a TOTP second factor.
    public var requiresTOTP: Bool {
        switch self {
        case .hotlineWorker, .policeLiaison, .supervisor, .investigator, .counsellor: return true
        default: return false
        }
    }

    /// The roles that work on hotline cases.
    public static let caseRoles: Set<AppRole> = [.hotlineWorker, .policeLiaison, .supervisor]
}
