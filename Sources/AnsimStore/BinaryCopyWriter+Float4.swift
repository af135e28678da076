extension BinaryCopyWriter {
    /// Appends a `float4` (real) field.
    public mutating func append(float4 value: Float) {
        beginField(length: 4)
        appendBigEndian(value.bitPattern)
    }
}
