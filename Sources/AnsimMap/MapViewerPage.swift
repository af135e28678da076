/// The HTML of `GET /map`: a full-window canvas, and a panel with the log-in form,
/// the filters (period, crime classes, runs), one checkbox per ``MapLayer`` with its
/// colour, and a status line. The drawing is done by ``MapViewerScript``.
///
/// The address may carry settings after `#` (never sent to the server, never logged):
/// `token`, `layers` (comma-separated), `from`, `to`, `class`, `hotspots`, `forecast`
/// (run ids), `view` (`minx,miny,maxx,maxy`, EPSG:5179) and `panel=off`.
public enum MapViewerPage {
    /// The five crime classes of the Korean statistics (the class filter's choices).
    static let crimeClasses = ["살인", "강도", "강간·강제추행", "절도", "폭력"]

    /// The page.
    public static let html: String = {
        let layers = MapLayer.allCases.map { l in
            "<label><input type=\"checkbox\" data-layer=\"\(l.rawValue)\"\(l.shownByDefault ? " checked" : "")>"
                + "<i style=\"background:\(l.colour)\"></i>\(l.label)</label>"
        }.joined(separator: "\n")
        let classes = crimeClasses.map {
            "<label><input type=\"checkbox\" data-class=\"\($0)\" checked>\($0)</label>"
        }.joined(separator: "\n")
        return """
            <!DOCTYPE html>
            <html lang="ko"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>안심 지도 — Ansim map</title>
            <style>
            html,body{margin:0;height:100%;overflow:hidden;font:13px 'Noto Sans CJK KR','Noto Sans KR',sans-serif}
            #map{position:fixed;left:0;top:0;width:100%;height:100%;background:#fbfbf8;cursor:grab;touch-action:none}
            #panel{position:fixed;right:8px;top:8px;width:250px;max-height:calc(100% - 16px);overflow:auto;
              background:rgba(255,255,255,.95);border:1px solid #ccc;border-radius:6px;padding:8px 10px}
            #panel.off{display:none}
            #panel h1{font-size:15px;margin:0 0 6px}#panel h2{font-size:12px;margin:10px 0 4px;color:#555}
            #panel label{display:block;margin:2px 0}#panel i{display:inline-block;width:12px;height:12px;
              margin:0 6px -2px 4px;border:1px solid #888}
            #panel input[type=date],#panel select{width:100%;box-sizing:border-box}
            #login input{width:100%;box-sizing:border-box;margin:2px 0}
            .banner{background:#fff3cd;border:1px solid #e0a800;padding:4px;font-weight:bold;margin:4px 0}
            #status{color:#555;margin-top:8px;white-space:pre-line}
            #toggle{position:fixed;right:8px;bottom:8px}
            #info{position:fixed;left:8px;bottom:8px;max-width:40%;background:rgba(255,255,255,.95);
              border:1px solid #ccc;padding:4px 8px;white-space:pre;display:none}
            .hidden{display:none}
            </style></head>
            <body>
            <canvas id="map"></canvas>
            <aside id="panel">
            <h1>안심 지도</h1>
            <div id="synthetic" class="banner hidden">합성 데이터 (SYNTHETIC) — not real crime data</div>
            <form id="login" class="hidden">
            <h2>로그인 (analyst, admin)</h2>
            <input name="username" placeholder="username" autocomplete="username">
            <input name="password" type="password" placeholder="password" autocomplete="current-password">
            <button type="submit">로그인</button>
            </form>
            <div id="controls">
            <h2>기간 (Asia/Seoul)</h2>
            <input type="date" id="from"> <input type="date" id="to">
            <h2>범죄 유형</h2>
            \(classes)
            <h2>분석 실행</h2>
            <select id="hotspots-run"><option value="">핫스팟: 최근</option></select>
            <select id="forecast-run"><option value="">예측: 최근</option></select>
            <h2>레이어</h2>
            \(layers)
            <p><button type="button" id="apply">적용</button> <button type="button" id="fit">전체 보기</button>
            <button type="button" id="logout">로그아웃</button></p>
            </div>
            <div id="status">…</div>
            </aside>
            <button type="button" id="toggle">☰</button>
            <div id="info"></div>
            <script src="/map/map.js"></script>
            </body></html>

            """
    }()
}
