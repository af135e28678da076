/// The script of the map page (`GET /map/map.js`): log-in, settings from the address,
/// loading the layers with the session token, pan and zoom, and (``drawing``) a canvas
/// renderer of its own — no library, nothing from the internet.
///
/// The view is kept in EPSG:5179 metres (the layers' CRS): a centre and metres per
/// pixel, so that `#view=minx,miny,maxx,maxy` shows exactly that rectangle, centred,
/// scaled to fit (the screenshot test relies on it).
public enum MapViewerScript {
    /// The whole script.
    public static let source: String = {
        let layers = MapLayer.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        let follow = MapLayer.allCases.filter(\.followsView).map { "\($0.rawValue): true" }.joined(separator: ", ")
        return "(function () {\n'use strict';\nvar LAYERS = [\(layers)];\nvar FOLLOW = {\(follow)};\n"
            + core + drawing + "start();\n})();\n"
    }()

    static let core = #"""
        var $ = function (id) { return document.getElementById(id); };
        var canvas = $('map'), ctx = canvas.getContext('2d');
        var state = { token: sessionStorage.getItem('ansim.token'), data: {}, seq: {}, view: null,
                      fixed: false, W: 0, H: 0, pending: 0, error: '' };
        function layerBox(id) { return document.querySelector('input[data-layer="' + id + '"]'); }
        function shown(id) { return layerBox(id).checked; }

        function readAddress() {
          var h = new URLSearchParams(location.hash.replace(/^#/, ''));
          if (h.get('token')) { state.token = h.get('token'); sessionStorage.setItem('ansim.token', state.token); }
          h.delete('token');
          var rest = h.toString();
          history.replaceState(null, '', location.pathname + location.search + (rest ? '#' + rest : ''));
          if (h.get('layers') !== null) {
            var on = h.get('layers').split(',');
            LAYERS.forEach(function (id) { layerBox(id).checked = on.indexOf(id) >= 0; });
          }
          if (h.get('class') !== null) {
            var cls = h.get('class').split(',');
            document.querySelectorAll('input[data-class]').forEach(function (b) {
              b.checked = cls.indexOf(b.dataset.class) >= 0;
            });
          }
          ['from', 'to'].forEach(function (k) { if (h.get(k)) { $(k).value = h.get(k); } });
          ['hotspots', 'forecast'].forEach(function (k) {
            if (h.get(k)) { addRun($(k + '-run'), { id: h.get(k) }); $(k + '-run').value = h.get(k); }
          });
          if (h.get('view')) {
            var b = h.get('view').split(',').map(Number);
            if (b.length === 4 && b.every(isFinite)) { state.fixed = true; state.box = b; }
          }
          if (h.get('panel') === 'off') { $('panel').classList.add('off'); }
        }

        function api(path, options) {
          options = options || {};
          options.headers = Object.assign({ 'Authorization': 'Bearer ' + state.token }, options.headers || {});
          return fetch(path, options).then(function (r) {
            if (r.status === 401) { forget(); showLogin('로그인이 필요합니다 (세션 만료)'); throw new Error('401'); }
            if (r.status === 204) { return null; }
            return r.json().then(function (body) {
              if (!r.ok) { throw new Error(body && body.error ? body.error.message : 'HTTP ' + r.status); }
              return body;
            });
          });
        }

        function params(id) {
          var p = new URLSearchParams();
          if ($('from').value) { p.set('from', $('from').value); }
          if ($('to').value) { p.set('to', $('to').value); }
          if (id === 'incidents') {
            var all = document.querySelectorAll('input[data-class]');
            var on = Array.prototype.filter.call(all, function (b) { return b.checked; })
              .map(function (b) { return b.dataset.class; });
            if (on.length < all.length) { p.set('class', on.length ? on.join(',') : '-'); }
          }
          if (id === 'hotspots' || id === 'forecast') {
            if ($(id + '-run').value) { p.set('run', $(id + '-run').value); }
          }
          if (FOLLOW[id] && state.view) {
            p.set('bbox', viewBox().map(function (v) { return Math.round(v); }).join(','));
          }
          return p.toString();
        }

        function load(id) {
          if (!shown(id) || !state.token) { delete state.data[id]; draw(); return; }
          var seq = state.seq[id] = (state.seq[id] || 0) + 1;
          state.pending++; status();
          api('/map/layers/' + id + '?' + params(id)).then(function (fc) {
            if (seq !== state.seq[id]) { return; }
            fc.meta.most = fc.features.reduce(function (a, f) { return Math.max(a, f.properties.count || 0); }, 0);
            state.data[id] = fc;
            if (!state.fixed) { fit(extent()); }
            draw();
          }).catch(function (e) { if (e.message !== '401') { state.error = id + ': ' + e.message; } })
            .then(function () { state.pending--; status(); });
        }
        function loadAll() { state.error = ''; LAYERS.forEach(load); }

        function addRun(select, run) {
          if (select.querySelector('option[value="' + run.id + '"]')) { return; }
          var o = document.createElement('option');
          o.value = run.id;
          o.textContent = '#' + run.id + (run.method ? ' ' + run.method + ' ' + (run.area_name || '') + ' '
            + (run.input_from || '') + '…' + (run.input_to || '') : '');
          select.appendChild(o);
        }
        function loadRuns() {
          api('/map/runs').then(function (runs) {
            runs.forEach(function (r) {
              if (r.kind === 'hotspot') { addRun($('hotspots-run'), r); }
              if (r.kind === 'forecast') { addRun($('forecast-run'), r); }
            });
          }).catch(function () {});
        }

        function status() {
          var lines = [];
          LAYERS.forEach(function (id) {
            var fc = state.data[id];
            if (!fc || !shown(id)) { return; }
            var m = fc.meta, t = id + ': ' + m.features;
            if (m.aggregated) { t += ' cells of ' + m.cell + ' m'; }
            if (m.events !== undefined) { t += ', ' + m.events + ' events ' + m.from + '…' + m.to; }
            if (m.run) { t += ', run ' + m.run.id + ' ' + m.run.method + ' ' + (m.run.area_name || ''); }
            if (m.truncated) { t += ' (cut at limit)'; }
            if (m.note) { t += ' — ' + m.note; }
            lines.push(t);
          });
          if (state.pending) { lines.push('불러오는 중…'); }
          if (state.error) { lines.push('오류: ' + state.error); }
          $('status').textContent = lines.join('\n');
          var synthetic = LAYERS.some(function (id) { return state.data[id] && state.data[id].meta.synthetic; });
          $('synthetic').classList.toggle('hidden', !synthetic);
        }

        function showLogin(message) {
          $('login').classList.remove('hidden'); $('controls').classList.add('hidden');
          state.error = message || ''; status();
        }
        function forget() { state.token = null; sessionStorage.removeItem('ansim.token'); state.data = {}; draw(); }
        function loggedIn() {
          $('login').classList.add('hidden'); $('controls').classList.remove('hidden');
          loadRuns(); loadAll();
        }
        $('login').addEventListener('submit', function (e) {
          e.preventDefault();
          var f = e.target;
          fetch('/auth/login', { method: 'POST', headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ username: f.username.value, password: f.password.value }) })
            .then(function (r) { return r.json().then(function (b) { return [r, b]; }); })
            .then(function (rb) {
              if (!rb[0].ok) { throw new Error(rb[1].error ? rb[1].error.message : 'HTTP ' + rb[0].status); }
              state.token = rb[1].token; sessionStorage.setItem('ansim.token', state.token);
              f.password.value = ''; loggedIn();
            }).catch(function (err) { state.error = err.message; status(); });
        });
        $('logout').addEventListener('click', function () {
          api('/auth/logout', { method: 'POST' }).catch(function () {});
          forget(); showLogin('');
        });
        LAYERS.forEach(function (id) { layerBox(id).addEventListener('change', function () { load(id); status(); }); });
        document.querySelectorAll('input[data-class]').forEach(function (b) {
          b.addEventListener('change', function () { load('incidents'); });
        });
        ['from', 'to', 'hotspots-run', 'forecast-run'].forEach(function (k) { $(k).addEventListener('change', loadAll); });
        $('apply').addEventListener('click', loadAll);
        $('fit').addEventListener('click', function () { state.fixed = false; fit(extent()); draw(); });
        $('toggle').addEventListener('click', function () { $('panel').classList.toggle('off'); });

        function start() {
          readAddress(); resize();
          if (state.box) { fit(state.box); }
          if (state.token) { loggedIn(); } else { showLogin(''); }
        }

        """#
}
