/// Small dense symmetric positive-definite systems (the p × p normal equations of IRLS),
/// by Cholesky factorisation.
enum SymmetricSolve {
    /// The lower Cholesky factor of the row-major p × p matrix `a`, or nil if not positive definite.
    static func cholesky(_ a: [Double], _ p: Int) -> [Double]? {
        var l = [Double](repeating: 0, count: p * p)
        for i in 0..<p {
            for j in 0...i {
                var s = a[i * p + j]
                for k in 0..<j { s -= l[i * p + k] * l[j * p + k] }
                if i == j {
                    guard s > 0, s.isFinite else { return nil }
                    l[i * p + i] = s.squareRoot()
                } else {
                    l[i * p + j] = s / l[j * p + j]
                }
            }
        }
        return l
    }

    /// Solves L Lᵀ x = b.
    static func solve(_ l: [Double], _ p: Int, _ b: [Double]) -> [Double] {
        var y = b
        for i in 0..<p {
            for k in 0..<i { y[i] -= l[i * p + k] * y[k] }
            y[i] /= l[i * p + i]
        }
        for i in stride(from: p - 1, through: 0, by: -1) {
            for k in (i + 1)..<p { y[i] -= l[k * p + i] * y[k] }
            y[i] /= l[i * p + i]
        }
        return y
    }

    /// The diagonal of (L Lᵀ)⁻¹.
    static func inverseDiagonal(_ l: [Double], _ p: Int) -> [Double] {
        (0..<p).map { i in
            var e = [Double](repeating: 0, count: p)
            e[i] = 1
            return solve(l, p, e)[i]
        }
    }
}
