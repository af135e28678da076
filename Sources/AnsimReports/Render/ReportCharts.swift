/// The report's charts, as SVG documents keyed by file name.
public enum ReportCharts {
    static let current = "#1f3a93", previous = "#9fa8da", lastYear = "#cfd8dc"

    public static func all(_ f: ReportFigures) -> [String: String] {
        var crimes = SVGChart(
            title: "죄종별 발생 건수 — \(f.period)", categories: f.crimes.rows.map(\.key),
            series: series(f.crimes, f))
        crimes.height = 220
        let urgent = f.response.filter { $0.code <= 2 }  // code 3 is same-day, code 4 not dispatched
        var response = SVGChart(
            title: "코드 0–2 도착 시간 중앙값과 90% (분), 목표", categories: urgent.map { "코드 \($0.code)" },
            series: [
                .init("중앙값", current, urgent.map { $0.medianMinutes ?? 0 }),
                .init("90%", previous, urgent.map { $0.p90Minutes ?? 0 }),
            ])
        response.marks = urgent.map(\.targetMinutes)
        response.unit = " 분"
        let daily = SVGChart(
            title: "일별 사건과 112 신고", categories: f.daily.days.map { String($0.suffix(5)) },
            series: [
                .init("사건", current, f.daily.incidents.map(Double.init)),
                .init("112 신고", previous, f.daily.calls.map(Double.init)),
            ])
        return [
            "crimes.svg": crimes.render(), "response.svg": response.render(), "daily.svg": daily.render(),
        ]
    }

    static func series(_ t: CountTable, _ f: ReportFigures) -> [SVGChart.Series] {
        [
            .init(f.period, current, t.rows.map { Double($0.current) }),
            .init("전기 \(f.previousPeriod)", previous, t.rows.map { Double($0.previous) }),
            .init("전년 \(f.lastYearPeriod)", lastYear, t.rows.map { Double($0.lastYear) }),
        ]
    }
}
