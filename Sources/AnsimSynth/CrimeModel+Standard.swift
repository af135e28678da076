/// The calibrated defaults. Every figure is explained, with its source, in
/// docs/SYNTHETIC.md ("Incidents"); published numbers are marked there, the rest are
/// stated assumptions chosen to agree with them.
extension CrimeModel {
    /// Month shares of all recorded crime in 2013 (대검찰청 『범죄분석』 2014: July 9.2 %,
    /// October 9.1 %, August 8.9 %, December 8.7 %, February 6.5 %; other months interpolated).
    public static let months: [Double] = [7.6, 6.5, 8.0, 8.1, 8.6, 8.5, 9.2, 8.9, 8.3, 9.1, 8.5, 8.7]

    /// Violent crime (강력범죄) by weekday, 2018 (KNPA figures reported to the National
    /// Assembly, 2019-10: Saturday 16.0 %, Sunday 15.5 %, Friday 14.0 %, Wednesday 13.8 %;
    /// Monday, Tuesday, Thursday share the rest).
    static let violentWeekdays: [Double] = [13.6, 13.6, 13.8, 13.5, 14.0, 16.0, 15.5]

    /// The standard model of each class.
    public static let standard: [CrimeClass: CrimeModel] = [
        .murder: CrimeModel(
            // Night (20–04 h) 41.4 % of murders (범죄분석 2014); 21–24 h the peak band of
            // 강력범죄 (KNPA 2018: 16.2 %).
            time: TemporalProfile(
                threeHourBands: [14.0, 9.0, 7.0, 10.0, 11.0, 12.0, 16.0, 21.0],
                weekday: violentWeekdays, month: months),
            place: PlaceMix(population: 0.7, area: 0.1, bars: 0.1, lodging: 0.1, anchored: 0.15),
            nearRepeat: NearRepeat(branchingRatio: 0.02, meanDelayDays: 14, spreadMetres: 300),
            subclasses: [Share("살인", 40), Share("살인미수", 60)],
            callCodes: [0.60, 0.35, 0.05, 0, 0],
            reportDelay: Delay(median: 300, sigma: 1.0, maximum: 6 * 3600)),
        .robbery: CrimeModel(
            // Night 47.3 % (범죄분석 2014); robbery peaks at 03–06 h (KNPA 2013 범죄통계).
            time: TemporalProfile(
                threeHourBands: [17.8, 18.0, 6.0, 6.2, 9.0, 10.0, 15.5, 17.5],
                weekday: violentWeekdays, month: months),
            place: PlaceMix(population: 0.4, area: 0.1, bars: 0.3, lodging: 0.2, anchored: 0.3),
            nearRepeat: NearRepeat(branchingRatio: 0.10, meanDelayDays: 7, spreadMetres: 200),
            subclasses: [Share("강도", 45), Share("특수강도", 40), Share("강도상해", 15)],
            callCodes: [0.50, 0.40, 0.10, 0, 0],
            reportDelay: Delay(median: 300, sigma: 1.0, maximum: 6 * 3600)),
        .sexualAssault: CrimeModel(
            // Night 42.5 % of 성폭력 (범죄분석 2014); 강제추행 peaks 21–24 h, 강간 03–06 h
            // (KNPA 2013 범죄통계).
            time: TemporalProfile(
                threeHourBands: [15.5, 12.5, 7.5, 8.0, 9.0, 13.0, 15.0, 19.5],
                weekday: violentWeekdays, month: months),
            place: PlaceMix(population: 0.4, area: 0.1, bars: 0.3, lodging: 0.2, anchored: 0.3),
            nearRepeat: NearRepeat(branchingRatio: 0.05, meanDelayDays: 14, spreadMetres: 200),
            subclasses: [Share("강제추행", 78), Share("강간", 17), Share("유사강간", 5)],
            callCodes: [0.15, 0.45, 0.25, 0.15, 0],
            reportDelay: Delay(median: 1200, sigma: 1.5, maximum: 48 * 3600)),
        .theft: CrimeModel(
            // Night 34.0 % (범죄분석 2014); peak band 18–21 h with 15.2 %, Saturday 15.8 %
            // (KNPA 2013 범죄통계).
            time: TemporalProfile(
                threeHourBands: [11.0, 8.0, 9.0, 13.0, 14.5, 14.8, 15.2, 14.5],
                weekday: [13.8, 14.0, 14.0, 14.0, 14.9, 15.8, 13.5], month: months),
            place: PlaceMix(population: 0.6, area: 0.1, bars: 0.15, lodging: 0.15, anchored: 0.15),
            // Burglary risk is raised within ~200 m for ~2 weeks (Johnson et al. 2007,
            // J. Quant. Criminol. 23:201–219; Johnson & Bowers 2004).
            nearRepeat: NearRepeat(branchingRatio: 0.15, meanDelayDays: 7, spreadMetres: 150),
            subclasses: [Share("침입절도", 10), Share("차량절도", 8), Share("소매치기", 2), Share("기타절도", 80)],
            callCodes: [0.02, 0.18, 0.55, 0.25, 0],
            reportDelay: Delay(median: 3600, sigma: 1.5, maximum: 48 * 3600)),
        .violence: CrimeModel(
            // Night 54.9 % of 폭행 (범죄분석 2014); peak band 21–24 h with 22.5 %,
            // Saturday 16.4 % (KNPA 2013 범죄통계).
            time: TemporalProfile(
                threeHourBands: [22.0, 10.5, 4.5, 5.5, 6.5, 8.5, 20.0, 22.5],
                weekday: [13.2, 13.4, 13.5, 13.5, 15.0, 16.4, 15.0], month: months),
            place: PlaceMix(population: 0.35, area: 0.05, bars: 0.45, lodging: 0.15, anchored: 0.4),
            // Violence repeats within about a block and two weeks (Ratcliffe & Rengert
            // 2008, Security Journal 21:58–76; Youstin et al. 2011).
            nearRepeat: NearRepeat(branchingRatio: 0.12, meanDelayDays: 3, spreadMetres: 100),
            subclasses: [
                Share("폭행", 62), Share("상해", 18), Share("협박", 10), Share("특수폭행", 6), Share("공갈", 4),
            ],
            callCodes: [0.03, 0.62, 0.30, 0.05, 0],
            reportDelay: Delay(median: 180, sigma: 1.0, maximum: 6 * 3600),
            reportedBefore: 0.10),
    ]
}
