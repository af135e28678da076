/// The calibrated 112 defaults; docs/SYNTHETIC.md ("112 calls") gives every source.
extension CallModel {
    /// Seoul receives about 11,000 112 calls a day (서울경찰청, 2022-04: 9,845 a day over
    /// the six months before distancing ended, 11,346 the week after; 한국경제 2016-10-29:
    /// "한해 서울지역 400만건 이상"): 4.0 million a year.
    public static let seoulCallsPerYear = 4_000_000.0

    /// Urgency shares of all calls (codes 0…4). The five-code scale (2016-04-01) split
    /// old code 1 into 0/1 and old code 2 into 2/3; in 2015 old codes 1/2/3 were
    /// 11.3 %/44.9 %/43.9 % of 19.1 M calls (경찰청, 2016-03-31), and in Seoul 2022
    /// 65 % of calls were dispatched, 35 % not (서울경찰청, 2022-04-26).
    public static let standardCodeShares = [0.015, 0.115, 0.42, 0.10, 0.35]

    /// Calls by hour: peak 22–23 h (Seoul's busiest hour 23 h, national 22 h with 5.6 %),
    /// the quietest 06 h at about a third of the peak (경찰청 2019-01…08, 국회 행안위);
    /// 22–24 h 11.6 % and 04–06 h 3.8 % (경남경찰청 2012).
    public static let standardHours: [Double] = [
        5.4, 4.6, 3.8, 3.0, 2.2, 1.9, 1.9, 2.3, 3.0, 3.4, 3.6, 3.8,
        4.42, 4.42, 4.52, 4.62, 4.82, 5.02, 5.32, 5.42, 5.52, 5.40, 5.82, 5.8,
    ]

    /// The standard model.
    public static let standard: CallModel = {
        let home = PlaceMix(population: 0.8, area: 0.2)
        let street = PlaceMix(population: 0.6, area: 0.4)
        let night = PlaceMix(population: 0.4, area: 0.05, bars: 0.4, lodging: 0.15, anchored: 0.3)
        // 중분류 shares of 112 calls (전북경찰청 2010–2012, 정보공개): 중요범죄 3 %,
        // 기타범죄 22 %, 질서유지 25 %, 교통 23 %, 기타경찰업무 20 %, 타기관·기타 7 %.
        // The split inside each 중분류 is an assumption.
        let types = [
            CallType("교통사고", category: "교통", weight: 9, codes: [0, 0.35, 0.55, 0.05, 0.05], place: street),
            CallType("교통불편", category: "교통", weight: 11, codes: [0, 0.02, 0.38, 0.10, 0.50], place: street),
            CallType("음주운전", category: "교통", weight: 3, codes: [0.05, 0.60, 0.35, 0, 0], place: night),
            CallType("주취자", category: "질서유지", weight: 8, codes: [0, 0.15, 0.75, 0.02, 0.08], place: night),
            CallType("시비", category: "질서유지", weight: 7, codes: [0, 0.25, 0.70, 0.02, 0.03], place: night),
            CallType("소음", category: "질서유지", weight: 6, codes: [0, 0, 0.55, 0.05, 0.40], place: home),
            CallType("행패소란", category: "질서유지", weight: 4, codes: [0, 0.25, 0.70, 0.02, 0.03], place: night),
            CallType("가정폭력", category: "기타범죄", weight: 2, codes: [0.05, 0.60, 0.33, 0.02, 0], place: home),
            CallType("사기", category: "기타범죄", weight: 5, codes: [0, 0.03, 0.17, 0.50, 0.30], place: home),
            CallType("재물손괴", category: "기타범죄", weight: 3, codes: [0, 0.10, 0.50, 0.30, 0.10], place: home),
            CallType("스토킹", category: "기타범죄", weight: 1, codes: [0.05, 0.45, 0.40, 0.10, 0], place: home),
            CallType("기타범죄", category: "기타범죄", weight: 11, codes: [0, 0.08, 0.42, 0.20, 0.30], place: home),
            CallType("분실", category: "기타경찰업무", weight: 5, codes: [0, 0, 0.10, 0.20, 0.70], place: street),
            CallType("실종", category: "기타경찰업무", weight: 3, codes: [0.05, 0.55, 0.35, 0.05, 0], place: home),
            CallType(
                "위험방지", category: "기타경찰업무", weight: 5, codes: [0.01, 0.30, 0.55, 0.04, 0.10], place: home),
            CallType("상담문의", category: "기타경찰업무", weight: 7, codes: [0, 0, 0.02, 0.08, 0.90], place: home),
            CallType("타기관", category: "타기관·기타", weight: 4, codes: [0, 0, 0.05, 0.05, 0.90], place: home),
            CallType("기타", category: "타기관·기타", weight: 3, codes: [0, 0.02, 0.20, 0.08, 0.70], place: home),
        ]
        let hour = 3600.0
        return CallModel(
            callsPerYear: seoulCallsPerYear,
            codeShares: standardCodeShares,
            types: types,
            // Weekdays: Saturday busiest (15.8 %), Monday quietest (13.7 %) (경남경찰청 2012).
            time: TemporalProfile(
                hour: standardHours, weekday: [13.7, 13.9, 14.0, 14.0, 14.8, 15.8, 13.8],
                month: CrimeModel.months),
            // Codes 0/1 "최단 시간 내", code 2 "가능한 신속", code 3 "당일 근무시간 내"
            // (up to 12 h), code 4 no dispatch (경찰청 112 대응단계, 2016-04-01). Arrival
            // means of about 3 min (code 0) and 4 min (code 1) sit near Seoul's 4 min
            // 24 s for 2016-01…07 (국회 안행위); the rest are assumptions.
            dispatch: [
                Delay(median: 20, sigma: 0.5, maximum: 600),
                Delay(median: 40, sigma: 0.6, maximum: 1800),
                Delay(median: 90, sigma: 0.8, maximum: 3 * hour),
                Delay(median: 2 * hour, sigma: 0.9, maximum: 12 * hour),
                nil,
            ],
            travel: [
                Delay(median: 140, sigma: 0.45, maximum: 1800),
                Delay(median: 170, sigma: 0.5, maximum: hour),
                Delay(median: 240, sigma: 0.6, maximum: 2 * hour),
                Delay(median: 900, sigma: 0.6, maximum: 4 * hour),
                nil,
            ],
            close: [
                Delay(median: hour, sigma: 0.6, maximum: 12 * hour),
                Delay(median: 2700, sigma: 0.6, maximum: 12 * hour),
                Delay(median: 1800, sigma: 0.7, maximum: 12 * hour),
                Delay(median: 2400, sigma: 0.7, maximum: 12 * hour),
                Delay(median: 240, sigma: 0.5, maximum: hour),
            ])
    }()
}

extension SynthModel {
    /// The standard model: ``CrimeModel/standard`` and ``CallModel/standard``.
    public static let standard = SynthModel(crimes: CrimeModel.standard, calls: .standard)
}
