/// The style sheet and script of the exported HTML page, inline so that the file works
/// alone, offline.
enum HTMLPage {
    static let style = """
        :root { --ink: #1d1d1f; --paper: #fffdf8; --mark: #8a3b12; --soft: #f1ebe0; }
        * { box-sizing: border-box; }
        body { margin: 0; color: var(--ink); background: var(--paper);
          font: 1.05rem/1.6 Georgia, "Times New Roman", serif; }
        header, main { max-width: 46rem; margin: 0 auto; padding: 0 1rem; }
        h1 { font-size: 1.6rem; line-height: 1.25; margin: 1.2rem 0 .4rem; }
        h2 { font-size: 1.25rem; margin: 2rem 0 .8rem; }
        .views { position: sticky; top: 0; z-index: 2; background: var(--paper); padding: .4rem 0;
          border-bottom: 1px solid #ddd; display: flex; flex-wrap: wrap; gap: .3rem 1.2rem;
          font-family: system-ui, sans-serif; font-size: .9rem; }
        .views label { cursor: pointer; }
        dl.sigla { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .8rem; font-size: .95rem; }
        dl.sigla dt { font-style: italic; }
        .s { border-radius: 2px; }
        .s:focus { outline: 2px solid #3b6ea8; }
        body.heat .s.h1 { background: #fde9c8; }
        body.heat .s.h2 { background: #f9c98f; }
        body.heat .s.h3 { background: #f2a25a; }
        .app { border-bottom: 2px dotted var(--mark); cursor: help; }
        .app:focus { outline: 2px solid var(--mark); }
        .app.restored { color: #5a2a8a; }
        .app.point::after { content: "\\2038"; color: var(--mark); font-size: .8em; vertical-align: super; }
        ol.apparatus { font-size: .9rem; padding-left: 1.2rem; }
        ol.apparatus li:target { background: var(--soft); }
        .cit { font-weight: bold; text-decoration: none; color: var(--mark); margin-right: .6em; }
        .sig { font-style: italic; }
        .term { font-style: italic; }
        .note { color: #444; }
        .table-wrap { overflow-x: auto; display: none; }
        body.sbs .table-wrap { display: block; }
        table.witnesses { border-collapse: collapse; font-size: .85rem; margin: 1rem 0; }
        table.witnesses th, table.witnesses td { border: 1px solid #ccc; padding: .2rem .4rem; vertical-align: top; }
        table.witnesses thead th { background: var(--soft); }
        #pop { position: absolute; z-index: 3; max-width: min(28rem, 92vw); background: #fff; border: 1px solid #bbb;
          box-shadow: 0 2px 10px rgba(0,0,0,.2); padding: .5rem .7rem; font-size: .9rem; border-radius: 4px; }
        #blame { position: fixed; z-index: 4; right: 1rem; bottom: 1rem; max-width: min(26rem, calc(100vw - 2rem));
          background: #fff; border: 1px solid #888; border-radius: 6px; padding: .7rem .9rem; font-size: .9rem;
          box-shadow: 0 4px 16px rgba(0,0,0,.25); max-height: 60vh; overflow: auto; }
        #blame h3 { margin: 0 0 .3rem; font-size: 1rem; }
        #blame button { float: right; }
        #blame dl { margin: .3rem 0; display: grid; grid-template-columns: max-content 1fr; gap: .1rem .6rem; }
        [hidden] { display: none !important; }
        @media (max-width: 30rem) { body { font-size: 1rem; } h1 { font-size: 1.3rem; } }
        """

    static let script = """
        (function () {
          var data = JSON.parse(document.getElementById('blame-data').textContent);
          var pop = document.getElementById('pop');
          var blame = document.getElementById('blame');
          var shown = null;
          function show(app) {
            var entry = document.getElementById(app.dataset.e);
            if (!entry) return;
            pop.innerHTML = entry.innerHTML;
            pop.hidden = false;
            var r = app.getBoundingClientRect();
            var left = Math.max(8, Math.min(r.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - pop.offsetWidth - 8));
            pop.style.left = left + 'px';
            pop.style.top = (r.bottom + window.scrollY + 6) + 'px';
            shown = app;
          }
          function hide() { pop.hidden = true; shown = null; }
          function showBlame(s) {
            var info = data[s.dataset.s];
            if (!info) return;
            var html = '<button type="button" aria-label="Close">\\u00d7</button><h3>' + esc(s.dataset.s) + '</h3>';
            info.forEach(function (part) {
              html += '<dl><dt>Words</dt><dd>' + esc(part.words) + '</dd><dt>Witness</dt><dd>' + esc(part.source) + '</dd>';
              if (part.location) html += '<dt>Place</dt><dd>' + esc(part.location) + '</dd>';
              if (part.decision) {
                var d = part.decision;
                html += '<dt>Decision</dt><dd>' + esc(d.category + ' (' + d.action + ')') + '</dd>' +
                  '<dt>Editor</dt><dd>' + esc(d.editor) + '</dd><dt>Date</dt><dd>' + esc(d.date) + '</dd>' +
                  (d.commit ? '<dt>Commit</dt><dd><code>' + esc(d.commit.slice(0, 12)) + '</code></dd>' : '') +
                  '<dt>Why</dt><dd>' + esc(d.justification) + '</dd>';
              } else {
                html += '<dt>Decision</dt><dd>none: the base text</dd>';
              }
              html += '</dl>';
            });
            blame.innerHTML = html;
            blame.hidden = false;
            blame.querySelector('button').addEventListener('click', function () { blame.hidden = true; s.focus(); });
          }
          function esc(t) {
            return String(t).replace(/[&<>"']/g, function (c) {
              return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
            });
          }
          document.addEventListener('mouseover', function (ev) {
            var app = ev.target.closest && ev.target.closest('.app');
            if (app) show(app); else if (shown && !pop.contains(ev.target)) hide();
          });
          document.addEventListener('focusin', function (ev) {
            var app = ev.target.closest && ev.target.closest('.app');
            if (app) show(app); else hide();
          });
          document.addEventListener('click', function (ev) {
            var app = ev.target.closest('.app');
            if (app && shown !== app) { show(app); return; }
            var s = ev.target.closest('.s');
            if (s) showBlame(s);
          });
          document.addEventListener('keydown', function (ev) {
            if (ev.key === 'Escape') { hide(); blame.hidden = true; return; }
            if (ev.key !== 'Enter' && ev.key !== ' ') return;
            var t = ev.target;
            if (t.classList && t.classList.contains('app')) { ev.preventDefault(); shown === t ? hide() : show(t); }
            else if (t.classList && t.classList.contains('s')) { ev.preventDefault(); showBlame(t); }
          });
          [['heat', 'heat'], ['sbs', 'sbs']].forEach(function (pair) {
            var box = document.getElementById(pair[0]);
            box.addEventListener('change', function () { document.body.classList.toggle(pair[1], box.checked); });
            document.body.classList.toggle(pair[1], box.checked);
          });
          document.body.dataset.ready = 'yes';
        })();
        """
}
