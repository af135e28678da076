extension LocalMoran {
    /// A type the permutation draws read cell values from (see ``Compact``).
    protocol Gatherable: Sendable {
        var gatheredValue: Double { get }
    }

    /// The cell values in the narrowest type that holds every one exactly — bytes for
    /// counts up to 255, 16 bits up to 65,535, else Float or Double. The draws read values
    /// at random cells; a smaller array stays in cache (a million counts: 1 MB, not 8).
    /// Sums are the same as with the Double values, exactly.
    enum Compact {
        case uint8([UInt8])
        case uint16([UInt16])
        case float([Float])
        case double([Double])

        init(_ values: [Double]) {
            let integral = values.allSatisfy { $0 >= 0 && $0 <= 65_535 && $0.rounded() == $0 }
            if integral, values.allSatisfy({ $0 <= 255 }) {
                self = .uint8(values.map { UInt8($0) })
            } else if integral {
                self = .uint16(values.map { UInt16($0) })
            } else if values.allSatisfy({ Double(Float($0)) == $0 }) {
                self = .float(values.map { Float($0) })
            } else {
                self = .double(values)
            }
        }
    }
}

extension UInt8: LocalMoran.Gatherable {
    @inline(__always) var gatheredValue: Double { Double(self) }
}

extension UInt16: LocalMoran.Gatherable {
    @inline(__always) var gatheredValue: Double { Double(self) }
}

extension Float: LocalMoran.Gatherable {
    @inline(__always) var gatheredValue: Double { Double(self) }
}

extension Double: LocalMoran.Gatherable {
    @inline(__always) var gatheredValue: Double { self }
}
