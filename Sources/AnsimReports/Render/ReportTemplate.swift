/// The report's HTML template (Mustache). Values are formatted by ``ReportHTML``; the
/// page is A4 for the PDF and uses the Noto CJK fonts for Korean text.
enum ReportTemplate {
    static let html = """
        <!DOCTYPE html>
        <html lang="ko">
        <head>
        <meta charset="utf-8">
        <title>{{title}}</title>
        <style>
        @page { size: A4; margin: 12mm 12mm 14mm 12mm;
          @bottom-center { content: "{{footer}} · " counter(page) " / " counter(pages); font-size: 8pt; color: #666; } }
        body { font-family: 'Noto Sans CJK KR', 'Noto Sans KR', sans-serif; font-size: 9.5pt; color: #222; margin: 0; }
        h1 { font-size: 17pt; margin: 0 0 2mm 0; color: #1f3a93; }
        h2 { font-size: 12pt; margin: 5mm 0 1.5mm 0; color: #1f3a93; border-bottom: 1px solid #c5cae9; page-break-after: avoid; }
        .banner { background: #fff3cd; border: 1px solid #e0a800; padding: 2mm 3mm; margin: 2mm 0; font-weight: bold; }
        .meta { color: #555; font-size: 8.5pt; }
        .src { color: #666; font-size: 7.5pt; margin: 1mm 0 0 0; }
        table { border-collapse: collapse; width: 100%; margin: 1mm 0; }
        th, td { border: 1px solid #ccc; padding: 0.8mm 1.6mm; text-align: right; }
        th:first-child, td:first-child { text-align: left; }
        th { background: #eef0fa; }
        tr.total td { font-weight: bold; background: #f7f7f7; }
        img { width: 100%; }
        .map { page-break-inside: avoid; }
        .kpi { display: inline-block; margin-right: 6mm; }
        </style>
        </head>
        <body>
        <h1>{{title}}</h1>
        <div class="meta">{{subtitle}}</div>
        {{#synthetic}}<div class="banner">합성 데이터 (SYNTHETIC): 이 보고서의 사건·112 신고는 실제 자료가 아닌 합성 데이터입니다 — not real crime data (docs/SYNTHETIC.md).</div>{{/synthetic}}
        <div class="meta">보고서 실행 report_run {{reportRunID}} · 생성 {{generatedAt}} · ansim {{codeVersion}}{{#areaNote}} · 구역: {{areaNote}}{{/areaNote}}</div>

        <h2>1. 범죄 발생 (crime class)</h2>
        <table><tr><th>죄종</th><th>{{period}}</th><th>전기 {{previousPeriod}}</th><th>증감</th><th>전년 {{lastYearPeriod}}</th><th>증감</th></tr>
        {{#crimes}}<tr{{#isTotal}} class="total"{{/isTotal}}><td>{{key}}</td><td>{{current}}</td><td>{{previous}}</td><td>{{vsPrevious}}</td><td>{{lastYear}}</td><td>{{vsLastYear}}</td></tr>
        {{/crimes}}</table>
        <img src="crimes.svg" alt="crime classes">
        <p class="src">출처: {{crimesSource}}</p>

        <h2>2. 112 신고 (by code)</h2>
        <table><tr><th>코드</th><th>{{period}}</th><th>전기</th><th>증감</th><th>전년</th><th>증감</th></tr>
        {{#calls}}<tr{{#isTotal}} class="total"{{/isTotal}}><td>{{key}}</td><td>{{current}}</td><td>{{previous}}</td><td>{{vsPrevious}}</td><td>{{lastYear}}</td><td>{{vsLastYear}}</td></tr>
        {{/calls}}</table>
        <img src="daily.svg" alt="events per day">
        <p class="src">출처: {{callsSource}}</p>

        <h2>3. 112 도착 시간 (접수 → 현장 도착) vs 목표</h2>
        <table><tr><th>코드</th><th>신고</th><th>도착</th><th>중앙값(분)</th><th>90%(분)</th><th>목표(분)</th><th>목표 내</th></tr>
        {{#response}}<tr><td>코드 {{code}}</td><td>{{calls}}</td><td>{{arrived}}</td><td>{{median}}</td><td>{{p90}}</td><td>{{target}}</td><td>{{within}}</td></tr>
        {{/response}}</table>
        <img src="response.svg" alt="response times">
        <p class="src">출처: {{responseSource}}</p>

        <div class="map">
        <h2>4. 핫스팟 지도 (hotspot map)</h2>
        {{#hotspot}}<p><span class="kpi">analytics_run {{runID}}</span><span class="kpi">{{method}} · {{from}} … {{to}}</span><span class="kpi">사건 {{events}}건 · 셀 {{cells}}개</span><span class="kpi">핫스팟 셀 {{hot}}</span>{{#reused}}<span class="kpi">(기존 실행 재사용)</span>{{/reused}}</p>
        <img src="hotspots.svg" alt="hotspot map">
        <p class="src">출처: analytics_run {{runID}} (Gi*, 100 m 격자, queen 인접) · 도로 road_section · 경계 admin_area · 사건 incident {{period}}</p>{{/hotspot}}
        </div>

        <h2>5. CCTV의 핫스팟 커버리지</h2>
        <p>핫스팟 셀 {{cctvHot}}개 중 {{cctvCovered}}개({{cctvShare}})에 {{cctvRadius}} m 이내 CCTV가 있습니다 (카메라 {{cctvCameras}}대).</p>
        <p class="src">출처: {{cctvSource}}</p>

        <div class="map">
        <h2>6. 다음 기간 예측 (forecast {{nextPeriod}})</h2>
        {{#forecast}}<p><span class="kpi">analytics_run {{runID}}</span><span class="kpi">{{method}} · 학습 {{from}} … {{to}}</span><span class="kpi">예상 사건 {{expected}}건</span>{{#reused}}<span class="kpi">(기존 실행 재사용)</span>{{/reused}}</p>
        <img src="forecast.svg" alt="forecast map">
        <p class="src">출처: analytics_run {{runID}} (예측 점수 = 셀별 기대 사건 수)</p>{{/forecast}}
        </div>

        <h2>7. 순찰의 예측 위험 커버리지</h2>
        <p>{{patrolText}}</p>
        <p class="src">출처: {{patrolSource}}</p>

        <h2>8. CPTED 취약 지점 (dark spots)</h2>
        {{#cpted}}<p>예측(analytics_run {{runID}})의 셀 {{cells}}개 중 {{dark}}개가 취약(점수 ≥ 0.5)합니다. 위험은 높고 보호(CCTV, 보안등, 안심시설, 지구대·파출소)는 낮은 상위 지점:</p>
        <table>
        <tr><th>순위</th><th>행정동</th><th>위치 (경도, 위도)</th><th>위험</th><th>보호</th><th>점수</th><th>부족한 것</th></tr>
        {{#spots}}<tr><td>{{rank}}</td><td>{{dong}}</td><td>{{place}}</td><td>{{risk}}</td><td>{{protection}}</td><td>{{score}}</td><td>{{reasons}}</td></tr>
        {{/spots}}</table>
        <p class="src">출처: {{source}}</p>{{/cpted}}
        {{^cpted}}<p>예측이 없어 취약 지점을 계산하지 않았습니다 (no forecast).</p>{{/cpted}}

        <h2>9. 스토킹 핫라인 (집계만)</h2>
        <p>{{hotlineText}}</p>
        <p class="src">개인정보는 보고서에 포함되지 않습니다 (counts only).</p>
        </body>
        </html>
        """
}
