import Foundation

/// All source definitions, and the rules that pick one for a file.
public struct SourceCatalog: Sendable {
    public let definitions: [SourceDefinition]

    public init(definitions: [SourceDefinition]) {
        self.definitions = definitions
    }

    /// Reads every `*.json` in `folder`; throws naming the file on a bad definition.
    public init(folder: String) throws {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        var list: [SourceDefinition] = []
        let decoder = JSONDecoder()
        for name in names.sorted() where name.hasSuffix(".json") {
            let path = folder + "/" + name
            do {
                let data = try Data(contentsOf: URL(fileURLWithPath: path))
                if let many = try? decoder.decode([SourceDefinition].self, from: data) {
                    list += many
                } else {
                    list.append(try decoder.decode(SourceDefinition.self, from: data))
                }
            } catch {
                throw ETLError("bad source definition \(path): \(error)")
            }
        }
        var seen = Set<String>()
        for d in list where !seen.insert(d.id).inserted {
            throw ETLError("two source definitions share the id \(d.id) in \(folder)")
        }
        definitions = list
    }

    public func definition(id: String) throws -> SourceDefinition {
        guard let d = definitions.first(where: { $0.id == id }) else {
            throw ETLError("no source definition \"\(id)\" (see `ansim etl sources`)")
        }
        return d
    }

    /// Definitions whose file patterns match `path` (relative to `dataFolder`, or by its
    /// trailing components when the file lies elsewhere).
    public func matching(path: String, dataFolder: String?) -> [SourceDefinition] {
        let absolute = Loader.absolute(path)
        var relative = absolute
        if let base = dataFolder.map({ URL(fileURLWithPath: $0).standardized.path + "/" }),
            absolute.hasPrefix(base)
        {
            relative = String(absolute.dropFirst(base.count))
        }
        return definitions.filter { d in
            d.files.contains { pattern in
                Glob.matches(pattern, relative) || Glob.matchesTail(pattern, absolute)
            }
        }
    }
}

/// Shell-style `*` and `?` matching ('*' does not cross '/').
enum Glob {
    static func matches(_ pattern: String, _ text: String) -> Bool {
        fnmatch(pattern, text, FNM_PATHNAME) == 0
    }

    /// True when the last path components of `path` match `pattern` (as many as it has).
    static func matchesTail(_ pattern: String, _ path: String) -> Bool {
        let k = pattern.split(separator: "/").count
        let parts = path.split(separator: "/")
        guard parts.count >= k else { return false }
        return matches(pattern, parts.suffix(k).joined(separator: "/"))
    }
}
