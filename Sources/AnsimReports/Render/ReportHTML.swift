import Mustache

/// Renders ``ReportFigures`` into the report's HTML (``ReportTemplate``) and its charts.
public enum ReportHTML {
    static let template: MustacheTemplate = {
        do { return try MustacheTemplate(string: ReportTemplate.html) } catch {
            fatalError("report template: \(error)")
        }
    }()

    /// The HTML page; images are the SVG files ``charts(_:)`` and ``ReportMap`` write beside it.
    public static func render(_ f: ReportFigures) -> String {
        template.render(context(f))
    }

    static func percent(_ v: Double?) -> String {
        guard let v else { return "–" }
        return (v > 0 ? "+" : "") + SVGEscape.number(v, digits: 1) + "%"
    }

    static func share(_ v: Double?) -> String { v.map { SVGEscape.number($0 * 100, digits: 1) + "%" } ?? "–" }

    static func rows(_ t: CountTable, label: (String) -> String) -> [[String: Any]] {
        (t.rows + [t.total]).enumerated().map { i, r in
            [
                "key": label(r.key), "current": r.current, "previous": r.previous, "lastYear": r.lastYear,
                "vsPrevious": percent(r.changeVsPrevious), "vsLastYear": percent(r.changeVsLastYear),
                "isTotal": i == t.rows.count,
            ]
        }
    }

    static func context(_ f: ReportFigures) -> [String: Any] {
        let kindKo = f.kind == "weekly" ? "주간" : "월간"
        let levelKo = ["sigungu": "자치구", "hangjeongdong": "행정동", "box": "지구대·파출소", "station": "경찰서"]
        var c: [String: Any] = [
            "title": "\(f.area.name) \(kindKo) 치안 분석 보고서 — \(f.period)",
            "subtitle":
                "\(levelKo[f.area.level] ?? f.area.level) · \(f.periodStart) … \(f.periodEnd) (Asia/Seoul, 종료일 제외) · "
                + "면적 \(SVGEscape.number(f.area.squareKilometres, digits: 1)) km²",
            "footer": "\(f.area.name) \(f.period) · report_run \(f.reportRunID)"
                + (f.synthetic ? " · SYNTHETIC" : ""),
            "synthetic": f.synthetic, "reportRunID": f.reportRunID, "generatedAt": f.generatedAt,
            "codeVersion": f.codeVersion, "period": f.period, "previousPeriod": f.previousPeriod,
            "lastYearPeriod": f.lastYearPeriod, "crimesSource": f.crimes.source,
            "callsSource": f.calls.source,
            "responseSource": f.responseSource,
            "crimes": rows(f.crimes) { $0 }, "calls": rows(f.calls) { $0 == "합계" ? $0 : "코드 \($0)" },
            "response": f.response.map { r -> [String: Any] in
                [
                    "code": r.code, "calls": r.calls, "arrived": r.arrived,
                    "median": r.medianMinutes.map { SVGEscape.number($0, digits: 1) } ?? "–",
                    "p90": r.p90Minutes.map { SVGEscape.number($0, digits: 1) } ?? "–",
                    "target": r.targetMinutes.map { SVGEscape.number($0, digits: 0) } ?? "없음 (비출동)",
                    "within": share(r.withinTarget),
                ]
            },
            "cctvHot": f.cctv.hotCells, "cctvCovered": f.cctv.coveredCells,
            "cctvShare": share(f.cctv.coveredShare),
            "cctvRadius": SVGEscape.number(f.cctv.radiusMetres, digits: 0), "cctvCameras": f.cctv.cameras,
            "cctvSource": f.cctv.source, "nextPeriod": f.forecast.map { "\($0.to) 이후" } ?? "",
            "hotlineText": hotlineText(f.hotline),
        ]
        if let area = f.area.note { c["areaNote"] = area }
        if let h = f.hotspot {
            c["hotspot"] = [
                "runID": h.runID, "method": h.method, "from": h.from, "to": h.to, "events": h.events,
                "cells": h.cells,
                "hot": ["hot-99", "hot-95", "hot-90"].map { h.classes[$0] ?? 0 }.reduce(0, +),
                "reused": h.reused,
            ]
        }
        if let fc = f.forecast {
            c["forecast"] = [
                "runID": fc.runID, "method": fc.method, "from": fc.from, "to": fc.to,
                "expected": SVGEscape.number(fc.valueSum, digits: 1), "reused": fc.reused,
            ]
        }
        let p = f.patrol
        c["patrolText"] =
            p.available
            ? "순찰 계획(analytics_run \(p.runIDs.map(String.init).joined(separator: ", ")))의 정차 지점 "
                + "\(SVGEscape.number(p.radiusMetres, digits: 0)) m 이내 셀이 예측 위험의 \(share(p.coveredShare))를 덮습니다."
            : "순찰 계획 없음 — \(p.note)."
        c["patrolSource"] = p.note
        if let d = f.cpted {
            c["cpted"] = [
                "runID": d.runID, "cells": d.cells, "dark": d.darkCells, "source": d.source,
                "spots": d.spots.map { s -> [String: Any] in
                    [
                        "rank": s.rank, "dong": s.dong,
                        "place": SVGEscape.number(s.lon, digits: 5) + ", " + SVGEscape.number(s.lat, digits: 5),
                        "risk": "p" + SVGEscape.number(s.riskPercentile * 100, digits: 0),
                        "protection": SVGEscape.number(s.protection, digits: 2),
                        "score": SVGEscape.number(s.score, digits: 2),
                        "reasons": s.reasons.isEmpty ? "보호 충분 (protected)" : s.reasons.joined(separator: "; "),
                    ]
                },
            ]
        }
        return c
    }

    static func hotlineText(_ h: HotlineFigure) -> String {
        guard h.available else { return "핫라인 자료 없음 — \(h.note)." }
        return "신규 \(h.opened ?? 0)건 · 종결 \(h.closed ?? 0)건 · 기간 말 진행 중 \(h.activeAtEnd ?? 0)건 (\(h.note))."
    }
}
