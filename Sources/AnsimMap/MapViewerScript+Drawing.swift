extension MapViewerScript {
    /// The renderer: view ↔ screen, drawing order and styles, pan, zoom and the feature
    /// under a click. A `#view` rectangle is fitted again when the window changes size
    /// (headless Chromium settles its size after the first layout), and the layers that
    /// follow the view are loaded again. Colours match ``MapLayer/colour`` (cells of runs by class).
    static let drawing = #"""
        var ORDER = ['gu', 'dong', 'hotspots', 'forecast', 'incidents', 'cctv', 'patrol', 'boxes'];
        var HOT = { 'hot-99': '#b2182b', 'hot-95': '#ef8a62', 'hot-90': '#fddbc7',
                    'cold-90': '#d1e5f0', 'cold-95': '#67a9cf', 'cold-99': '#2166ac' };
        var RISK = { 'top-1': '#762a83', 'top-5': '#c2a5cf' };

        function resize() {
          var dpr = window.devicePixelRatio || 1;
          state.W = window.innerWidth; state.H = window.innerHeight;
          canvas.width = Math.round(state.W * dpr); canvas.height = Math.round(state.H * dpr);
          ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
          if (state.box) { fit(state.box); } else if (!state.fixed) { fit(extent()); }
          draw();
          if (state.view && state.token) { refollow(); }
        }
        window.addEventListener('resize', resize);

        function fit(b) {
          if (!b) { return; }
          var s = Math.max((b[2] - b[0]) / state.W, (b[3] - b[1]) / state.H) || 1;
          state.view = { cx: (b[0] + b[2]) / 2, cy: (b[1] + b[3]) / 2, s: s };
        }
        function viewBox() {
          var v = state.view, w = state.W / 2 * v.s, h = state.H / 2 * v.s;
          return [v.cx - w, v.cy - h, v.cx + w, v.cy + h];
        }
        function X(x) { return (x - state.view.cx) / state.view.s + state.W / 2; }
        function Y(y) { return state.H / 2 - (y - state.view.cy) / state.view.s; }

        function eachPosition(g, f) {
          var c = g.coordinates, walk = function (a) { if (typeof a[0] === 'number') { f(a); } else { a.forEach(walk); } };
          walk(c);
        }
        function extent() {
          var b = [Infinity, Infinity, -Infinity, -Infinity];
          var from = state.data.gu && state.data.gu.features.length ? ['gu'] : ORDER;
          from.forEach(function (id) {
            var fc = state.data[id];
            if (!fc) { return; }
            fc.features.forEach(function (ft) {
              eachPosition(ft.geometry, function (p) {
                b[0] = Math.min(b[0], p[0]); b[1] = Math.min(b[1], p[1]);
                b[2] = Math.max(b[2], p[0]); b[3] = Math.max(b[3], p[1]);
              });
            });
          });
          return isFinite(b[0]) ? b : null;
        }

        function trace(p, g) {
          var rings = g.type === 'Polygon' || g.type === 'MultiLineString' ? g.coordinates
            : g.type === 'MultiPolygon' ? [].concat.apply([], g.coordinates)
            : g.type === 'LineString' ? [g.coordinates] : [];
          rings.forEach(function (r) {
            r.forEach(function (q, i) { if (i) { p.lineTo(X(q[0]), Y(q[1])); } else { p.moveTo(X(q[0]), Y(q[1])); } });
            if (g.type === 'Polygon' || g.type === 'MultiPolygon') { p.closePath(); }
          });
        }
        function style(id, ft) {
          var k = ft.properties || {}, m = state.data[id].meta;
          switch (id) {
            case 'gu': return { fill: '#f1f0ea', stroke: '#7a7a7a', width: 1.2 };
            case 'dong': return { stroke: '#b5b5b5', width: 0.7 };
            case 'hotspots': return { fill: HOT[k.class] || '#999999' };
            case 'forecast': return { fill: RISK[k.class] || '#999999' };
            case 'incidents': return { fill: '#e6550d', alpha: 0.3 + 0.7 * Math.sqrt(k.count / (m.most || 1)) };
            case 'cctv': return m.aggregated ? { fill: '#00897b', alpha: 0.35 } : { dot: 3, fill: '#00897b' };
            case 'patrol': return k.kind === 'stop' ? { dot: 3.5, fill: '#ff8f00', stroke: '#ffffff', width: 1 }
                                                    : { stroke: '#ff8f00', width: 3 };
            case 'boxes': return { square: (k.kind === 'station' ? 6 : 4.5) * (state.view.s > 20 ? 0.6 : 1),
                                   fill: '#1f3a93', stroke: '#ffffff', width: 1 };
          }
          return { stroke: '#000000', width: 1 };
        }
        function shape(id, ft) {
          var g = ft.geometry, st = style(id, ft), p = new Path2D();
          if (g.type === 'Point') {
            var x = X(g.coordinates[0]), y = Y(g.coordinates[1]);
            if (st.square) { p.rect(x - st.square, y - st.square, 2 * st.square, 2 * st.square); }
            else { p.arc(x, y, st.dot || 3, 0, 2 * Math.PI); }
          } else { trace(p, g); }
          return { path: p, style: st };
        }

        function draw() {
          ctx.fillStyle = '#fbfbf8'; ctx.fillRect(0, 0, state.W, state.H);
          if (!state.view) { return; }
          ORDER.forEach(function (id) {
            var fc = state.data[id];
            if (!fc || !shown(id)) { return; }
            fc.features.forEach(function (ft) {
              var sh = shape(id, ft), st = sh.style;
              ctx.globalAlpha = st.alpha || 1;
              if (st.fill) { ctx.fillStyle = st.fill; ctx.fill(sh.path, 'evenodd'); }
              if (st.stroke) { ctx.strokeStyle = st.stroke; ctx.lineWidth = st.width; ctx.stroke(sh.path); }
              ctx.globalAlpha = 1;
            });
            if (id === 'gu' || (id === 'boxes' && state.view.s < 12)) { labels(id, fc); }
          });
        }
        function labels(id, fc) {
          ctx.font = (id === 'gu' ? '13px' : '11px') + " 'Noto Sans CJK KR', sans-serif";
          ctx.fillStyle = id === 'gu' ? '#6a6a6a' : '#1f3a93';
          ctx.textAlign = id === 'gu' ? 'center' : 'left';
          fc.features.forEach(function (ft) {
            var k = ft.properties, g = ft.geometry;
            var x = id === 'gu' ? k.label_x : g.coordinates[0], y = id === 'gu' ? k.label_y : g.coordinates[1];
            ctx.fillText(k.name, X(x) + (id === 'gu' ? 0 : 8), Y(y) + 4);
          });
        }

        function featureAt(x, y) {
          for (var i = ORDER.length - 1; i >= 0; i--) {
            var id = ORDER[i], fc = state.data[id];
            if (!fc || !shown(id) || id === 'gu' || id === 'dong') { continue; }
            for (var j = fc.features.length - 1; j >= 0; j--) {
              var sh = shape(id, fc.features[j]);
              var d = window.devicePixelRatio || 1;
              var hit = sh.style.fill ? ctx.isPointInPath(sh.path, x * d, y * d) : ctx.isPointInStroke(sh.path, x * d, y * d);
              if (hit) { return { layer: id, properties: fc.features[j].properties }; }
            }
          }
          return null;
        }

        var drag = null, reload = null;
        function refollow() {
          clearTimeout(reload);
          reload = setTimeout(function () { Object.keys(FOLLOW).forEach(load); }, 400);
        }
        function moved() { draw(); state.fixed = true; state.box = null; refollow(); }
        canvas.addEventListener('pointerdown', function (e) {
          drag = { x: e.clientX, y: e.clientY, far: false }; canvas.setPointerCapture(e.pointerId);
        });
        canvas.addEventListener('pointermove', function (e) {
          if (!drag || !state.view) { return; }
          var dx = e.clientX - drag.x, dy = e.clientY - drag.y;
          if (Math.abs(dx) + Math.abs(dy) > 2) { drag.far = true; }
          state.view.cx -= dx * state.view.s; state.view.cy += dy * state.view.s;
          drag.x = e.clientX; drag.y = e.clientY; draw();
        });
        canvas.addEventListener('pointerup', function (e) {
          if (!drag) { return; }
          var far = drag.far; drag = null;
          if (far) { moved(); return; }
          var f = featureAt(e.clientX, e.clientY), info = $('info');
          info.style.display = f ? 'block' : 'none';
          if (f) { info.textContent = f.layer + '\n' + Object.keys(f.properties).map(function (k) {
            return k + ': ' + JSON.stringify(f.properties[k]); }).join('\n'); }
        });
        canvas.addEventListener('wheel', function (e) {
          e.preventDefault();
          if (!state.view) { return; }
          var v = state.view, mx = e.clientX - state.W / 2, my = e.clientY - state.H / 2;
          var wx = v.cx + mx * v.s, wy = v.cy - my * v.s;
          v.s = Math.min(Math.max(v.s * Math.exp(e.deltaY * 0.0015), 0.2), 500);
          v.cx = wx - mx * v.s; v.cy = wy + my * v.s;
          moved();
        }, { passive: false });

        """#
}
