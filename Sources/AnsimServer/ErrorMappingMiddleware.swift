import AnsimStore
import AnsimSupport
import Hummingbird
import Logging

/// Turns database and domain errors into HTTP errors with one clear line each.
///
/// Denials by PostgreSQL (privileges, row-level security) become 403; check and
/// uniqueness violations (the relocation cap, a duplicate) 409; bad values 400.
/// Anything else is a 500 whose detail goes to the log, not to the client.
public struct ErrorMappingMiddleware: RouterMiddleware {
    public typealias Context = ServerRequestContext

    /// The middleware.
    public init() {}

    public func handle(
        _ request: Request, context: ServerRequestContext,
        next: (Request, ServerRequestContext) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as StoreError {
            throw Self.map(error, logger: context.logger)
        } catch let error as AnsimError {
            throw HTTPError(.badRequest, message: error.description)
        }
    }

    /// The HTTP error for a database error.
    static func map(_ error: StoreError, logger: Logger) -> HTTPError {
        switch error.sqlState ?? "" {
        case "42501":
            return HTTPError(.forbidden, message: "denied by the database: \(error.message)")
        case "23514", "23505", "40001":
            return HTTPError(.conflict, message: error.message)
        case let s where s.hasPrefix("22") || s == "23502" || s == "23503":
            return HTTPError(.badRequest, message: error.message)
        default:
            logger.error("database error", metadata: ["error": .string(error.description)])
            return HTTPError(.internalServerError, message: "internal error (logged)")
        }
    }
}
