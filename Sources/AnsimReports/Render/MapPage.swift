/// The static map page written beside each report (`map.html`): the hotspot and forecast
/// maps at full size, with a checkbox per layer (boundaries, roads, hotspots, CCTV,
/// incidents, forecast, patrol routes, boxes). No network and no library: the SVG is
/// inline and a few lines of script toggle its layers.
public enum MapPage {
    public static func render(title: String, synthetic: Bool, maps: [(caption: String, svg: String)])
        -> String
    {
        let layers = [
            ("context", "구 경계"), ("roads", "도로"), ("hotspots", "핫스팟"), ("cctv", "CCTV"), ("incidents", "사건"),
            ("forecast", "예측"), ("patrol", "순찰 경로"), ("boundary", "관할 경계"), ("boxes", "지구대·파출소"),
        ]
        let boxes = layers.map { id, label in
            "<label><input type=\"checkbox\" checked data-layer=\"layer-\(id)\"> \(label)</label>"
        }.joined(separator: "\n")
        let figures = maps.map { caption, svg in
            "<figure><figcaption>\(SVGEscape.text(caption))</figcaption>\n\(stripProlog(svg))</figure>"
        }.joined(separator: "\n")
        return """
            <!DOCTYPE html>
            <html lang="ko"><head><meta charset="utf-8"><title>\(SVGEscape.text(title))</title>
            <style>body{font-family:'Noto Sans CJK KR','Noto Sans KR',sans-serif;margin:16px}
            .banner{background:#fff3cd;border:1px solid #e0a800;padding:6px;font-weight:bold}
            .controls label{margin-right:12px}figure{margin:12px 0}svg{max-width:100%;height:auto}</style></head>
            <body><h1>\(SVGEscape.text(title))</h1>
            \(synthetic ? "<div class=\"banner\">합성 데이터 (SYNTHETIC) — not real crime data</div>" : "")
            <div class="controls">\(boxes)</div>
            \(figures)
            <script>
            document.querySelectorAll('input[data-layer]').forEach(function (box) {
              box.addEventListener('change', function () {
                document.querySelectorAll('[id="' + box.dataset.layer + '"]').forEach(function (g) {
                  g.style.display = box.checked ? '' : 'none';
                });
              });
            });
            </script>
            </body></html>

            """
    }

    static func stripProlog(_ svg: String) -> String {
        svg.hasPrefix("<?xml") ? String(svg.drop(while: { $0 != "\n" })) : svg
    }
}
