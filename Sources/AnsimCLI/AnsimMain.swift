import AnsimGeo
import AnsimStore
import AnsimSupport
import ArgumentParser
import Foundation

/// The `ansim` entry point: parses the command line, runs the command, and turns
/// any failure into one line on standard error and a non-zero exit status.
public enum AnsimMain {
    /// Runs `ansim` with the process's arguments and exits.
    public static func run() async -> Never {
        // An empty PG* variable means "not set" to a person, but libpq reads
        // PGSERVICE="" as a service named "": drop the empty ones.
        for (key, value) in ProcessInfo.processInfo.environment where key.hasPrefix("PG") && value.isEmpty {
            unsetenv(key)
        }
        do {
            var command = try Ansim.parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            exit(0)
        } catch let error as ExitCode {
            Ansim.exit(withError: error)
        } catch let error as CleanExit {
            Ansim.exit(withError: error)
        } catch let error as ValidationError {
            Ansim.exit(withError: error)
        } catch let error as any CustomStringConvertible & Error {
            // StoreError, AnsimError, GeoError, ETLError, VectorError: one line each.
            fail(error.description)
        } catch {
            Ansim.exit(withError: error)
        }
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("ansim: error: \(message)\n".utf8))
        exit(1)
    }
}

/// `ansim`: the root command.
struct Ansim: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ansim",
        abstract: "Ansim (안심): a smart-policing data platform on PostgreSQL + PostGIS.",
        discussion: """
            Ansim loads crime, CCTV, 112-call and public data into PostGIS, computes \
            hotspots and risk forecasts, and plans patrol routes for each police box.

            DATABASE

            With no connection settings, ansim runs its own private PostgreSQL + PostGIS \
            + pgRouting cluster in ./.ansim (or $ANSIM_HOME), on a Unix socket only, \
            started on demand. To use an existing server instead, set DATABASE_URL (a \
            libpq URI) or the standard PGHOST/PGPORT/PGUSER/PGDATABASE variables; \
            PGPASSFILE, PGSSLMODE and the other libpq variables apply as usual.

            ENVIRONMENT

              ANSIM_HOME         embedded cluster folder (default ./.ansim)
              ANSIM_SERVER_USER  server account when run as root (default ansim)
              ANSIM_PG_BINDIR    server programs (/usr/lib/postgresql/15/bin)
              ANSIM_SQL_DIR      migrations folder (default: sql/ of the checkout)
              DATABASE_URL, PG*  an existing server instead of the embedded one

            EXIT STATUS

              0   success
              1   failure, explained in one line on standard error
              64  usage error

            """,
        version: AnsimVersion.current,
        subcommands: [
            DatabaseCommand.self, ETLCommand.self, SynthCommand.self, AnalyzeCommand.self,
            HotspotsCommand.self,
            ForecastCommand.self, EvaluateCommand.self, BacktestCommand.self, RoadsCommand.self,
            PatrolCommand.self,
            ReportCommand.self, SchedulerCommand.self, ServeCommand.self, AccountCommand.self,
            AuditCommand.self,
            HotlineCommand.self, BenchCommand.self, LookupCommand.self, FixesCommand.self,
            GeocodeCommand.self, CPTEDCommand.self, MediaCommand.self, LinksCommand.self,
            GroomingCommand.self, ShardCommand.self, BatchCommand.self,
        ]
    )
}
