/// Falling back to a 동: lot-number addresses, area-only addresses, and roads missing
/// from the map when the text names a 동.
extension Geocoder {
    func area(_ a: ParsedAddress, codes: [String]?, note: String?) -> GeocodeOutcome {
        guard let dong = a.dong else { return .unmatched(reason: note ?? "no 동 to fall back to") }
        let all = (index.places[dong] ?? []).filter { codes?.contains($0.sigunguCode) ?? true }
        guard !all.isEmpty else {
            let where_ = a.sigungu.map { " in \($0)" } ?? ""
            return .unmatched(reason: (note.map { $0 + "; " } ?? "") + "no 법정동 or 행정동 named \(dong)\(where_)")
        }
        let beop = all.filter { $0.level == "beopjeongdong" }
        let chosen = beop.isEmpty ? all.filter { $0.level == "hangjeongdong" } : beop
        let sigungus = Set(chosen.map(\.sigunguCode))
        guard sigungus.count == 1, let place = chosen.first else {
            let names = sigungus.map(index.sigunguName).sorted().joined(separator: ", ")
            return .unmatched(reason: "\(dong) exists in \(names): give the 시군구")
        }
        let precision: GeocodePrecision = place.level == "beopjeongdong" ? .beopjeongdong : .hangjeongdong
        var m = GeocodeMatch(
            point: place.point, precision: precision, sido: index.sido,
            sigungu: index.sigunguName(place.sigunguCode), number: a.number.map { (a.basement ? "산" : "") + $0.description },
            dong: place.name, note: note)
        if a.kind == .lot, m.note == nil { m.note = "lot-number address: point inside the \(precision == .beopjeongdong ? "법정동" : "행정동")" }
        return .matched(m)
    }
}
