import ArgumentParser

/// `ansim shard`: the operational store's shards, seen from a sharded coordinator.
struct ShardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shard",
        abstract: "Inspect a sharded coordinator: which shard holds each agency, and whether it answers.",
        discussion: """
            A sharded coordinator keeps incident and call_112 as postgres_fdw foreign \
            partitions by agency and month on shard clusters (docs/SCALE.md, "Operational \
            store"; build a simulation with scripts/shards.sh). Point ansim at the \
            coordinator (ANSIM_HOME or DATABASE_URL).

            EXAMPLES
              ANSIM_HOME=.ansim-shards/sim/coordinator ansim shard status
              ansim shard status --json
            """,
        subcommands: [ShardStatus.self]
    )
}
