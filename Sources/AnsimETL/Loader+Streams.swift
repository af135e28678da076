import Foundation

extension Loader {
    /// Opens the file as its definition's format.
    func openStream(_ path: String, definition: SourceDefinition, options: LoadOptions) throws -> RecordStream
    {
        switch definition.format {
        case .csv:
            return try DelimitedStream(path: path, definition: definition, encoding: options.encoding)
        case .vector:
            return try VectorStream(path: path, definition: definition, encoding: options.encoding)
        }
    }
}
