/**
 * The dashboard's only script, inlined in the page (and allowed by its hash in the page's
 * Content-Security-Policy). It builds the matrix's rows from the page's JSON data block with
 * the DOM (textContent and setAttribute: no repository text is ever parsed as markup), a page
 * of 100 rows at a time, and filters and sorts over all of them. The row format is RowData in
 * html.ts.
 */
export const CLIENT_SCRIPT = String.raw`(function () {
  'use strict';
  var table = document.getElementById('matrix');
  var source = document.getElementById('matrix-data');
  if (!table || !source) return;
  var data = JSON.parse(source.textContent);
  var columns = data.services.length;
  var tbody = table.tBodies[0];
  var text = document.getElementById('f-text');
  var show = document.getElementById('f-show');
  var service = document.getElementById('f-service');
  var count = document.getElementById('f-count');
  var more = document.getElementById('m-more');
  var shownText = document.getElementById('m-shown');
  var PAGE = 100;
  var STATUS = { 'no-access': 'no access', empty: 'empty', timeout: 'timed out', error: 'error', missing: 'no report' };

  var items = data.rows.map(function (r) {
    var uses = {};
    var gapsin = {};
    for (var i = 0; i < r.d.length; i++) {
      uses[data.services[r.d[i][0]]] = true;
      if (!r.d[i][1]) gapsin[data.services[r.d[i][0]]] = true;
    }
    return { r: r, name: r.n.toLowerCase(), uses: uses, gapsin: gapsin, row: null };
  });
  var matching = items.slice();
  var limit = PAGE;

  function web(url) {
    return typeof url === 'string' && /^https?:\/\//i.test(url) ? url : null;
  }
  function el(tag, className, content) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (content !== undefined && content !== null) node.textContent = String(content);
    return node;
  }
  function linked(url, label) {
    var href = web(url);
    if (!href) return document.createTextNode(label);
    var a = el('a', '', label);
    a.setAttribute('href', href);
    return a;
  }
  function encodePath(path) {
    return path.split('/').map(encodeURIComponent).join('/');
  }
  function numberCell(value) {
    return el('td', 'num', value);
  }

  function build(item) {
    var r = item.r;
    var tr = document.createElement('tr');
    tr.dataset.name = item.name;
    tr.dataset.status = r.s;
    tr.dataset.coverage = r.c ? r.c[2] : -1;
    tr.dataset.gaps = r.g;
    tr.dataset.tier1 = r.t1;
    tr.dataset.findings = r.f;
    var th = el('th');
    th.setAttribute('scope', 'row');
    th.appendChild(linked(r.u, r.n));
    tr.appendChild(th);
    if (r.s !== 'checked') {
      var status = el('td');
      var failed = el('span', 'badge b-failed');
      failed.appendChild(el('span', 'sr-only', 'not checked: '));
      failed.appendChild(document.createTextNode(STATUS[r.s] || r.s));
      failed.title = 'not checked: ' + (STATUS[r.s] || r.s);
      status.appendChild(failed);
      tr.appendChild(status);
      var reason = el('td', 'reason', r.r || '');
      reason.title = r.r || '';
      tr.appendChild(reason);
      for (var k = 0; k < 4; k++) tr.appendChild(numberCell('—'));
      for (var e = 0; e < columns; e++) tr.appendChild(el('td'));
      return tr;
    }
    var verdict = el('td');
    verdict.appendChild(el('span', 'badge b-' + (r.v || 'warn'), r.v || 'unknown'));
    tr.appendChild(verdict);
    var plan = el('td');
    if (r.st) {
      // First, so a long path cannot push it out of sight.
      var badge = el('span', 'badge b-stale');
      badge.title = r.st[1];
      badge.appendChild(linked(r.st[0], 'stale'));
      plan.appendChild(badge);
      plan.appendChild(document.createTextNode(' '));
    }
    if (r.p) plan.appendChild(linked(r.pu, r.p));
    else plan.appendChild(el('small', '', 'no plan'));
    tr.appendChild(plan);
    var coverage = el('td', 'num');
    if (r.c) {
      coverage.appendChild(document.createTextNode(r.c[2] + '% '));
      coverage.appendChild(el('small', '', r.c[0] + '/' + r.c[1]));
    } else coverage.textContent = '—';
    tr.appendChild(coverage);
    tr.appendChild(numberCell(r.g));
    tr.appendChild(numberCell(r.t1));
    var findings = numberCell(r.f);
    if (r.fr) findings.title = r.fr;
    tr.appendChild(findings);
    var cells = new Array(columns);
    for (var i = 0; i < r.d.length; i++) cells[r.d[i][0]] = r.d[i];
    for (var j = 0; j < columns; j++) {
      var d = cells[j];
      var td = el('td', d ? (d[1] ? 'c' : 'g') : '');
      if (d) {
        // The column names the service; the mark's accessible name says gap or covered, its title where.
        var url = d[1] ? (web(r.pu) && d[3] ? r.pu + '#L' + d[3] : null) : (web(r.b) && d[2] ? r.b + encodePath(d[2]) + (d[3] ? '#L' + d[3] : '') : null);
        var mark = url ? el('a', '', d[1] ? '✓' : '✗') : el('span', '', d[1] ? '✓' : '✗');
        if (url) mark.setAttribute('href', url);
        else mark.setAttribute('role', 'img');
        mark.setAttribute('aria-label', d[1] ? 'covered' : 'gap');
        mark.title = d[1] ? d[2] : d[2] ? d[2] + ':' + d[3] : 'no scenario';
        td.appendChild(mark);
      }
      tr.appendChild(td);
    }
    return tr;
  }

  function render() {
    var fragment = document.createDocumentFragment();
    var n = Math.min(limit, matching.length);
    for (var i = 0; i < n; i++) {
      var item = matching[i];
      if (!item.row) item.row = build(item);
      fragment.appendChild(item.row);
    }
    tbody.replaceChildren(fragment);
    count.textContent = matching.length.toLocaleString('en') + ' of ' + items.length.toLocaleString('en') + ' repositories match';
    more.hidden = n >= matching.length;
    shownText.textContent = 'Showing ' + n.toLocaleString('en') + ' of ' + matching.length.toLocaleString('en') + '.';
  }

  function shown(item, what, svc) {
    var r = item.r;
    switch (what) {
      case 'gaps': return svc ? !!item.gapsin[svc] : r.g > 0;
      case 'tier1': return r.t1 > 0;
      case 'covered': return r.s === 'checked' && r.g === 0;
      case 'stale': return !!r.st;
      case 'noplan': return r.s === 'checked' && !r.p;
      case 'failed': return r.s !== 'checked';
      default: return true;
    }
  }

  function apply() {
    var q = text.value.trim().toLowerCase();
    var what = show.value;
    var svc = service.value;
    matching = items.filter(function (item) {
      return (!q || item.name.indexOf(q) !== -1) && (!svc || !!item.uses[svc]) && shown(item, what, svc);
    });
    limit = PAGE;
    render();
  }

  // What a column sorts by, and which way first: the worst first for figures.
  function keyOf(item, key) {
    var r = item.r;
    switch (key) {
      case 'name': return item.name;
      case 'status': return r.k;
      case 'coverage': return r.c ? r.c[2] : -1;
      case 'gaps': return r.g;
      case 'tier1': return r.t1;
      case 'findings': return r.f;
      default: {
        var id = key.slice(4);
        return item.gapsin[id] ? 0 : item.uses[id] ? 1 : 2;
      }
    }
  }
  var FIRST = { name: 'ascending', coverage: 'ascending', status: 'ascending' };
  var state = { key: 'name', dir: 'ascending' };
  var headers = Array.prototype.slice.call(table.tHead.querySelectorAll('th[data-key]'));

  function sortBy(key, dir) {
    state = { key: key, dir: dir };
    var sign = dir === 'ascending' ? 1 : -1;
    var keyed = items.map(function (item) { return { item: item, k: keyOf(item, key) }; });
    keyed.sort(function (a, b) {
      if (a.k < b.k) return -sign;
      if (a.k > b.k) return sign;
      return a.item.name < b.item.name ? -1 : a.item.name > b.item.name ? 1 : 0;
    });
    items = keyed.map(function (x) { return x.item; });
    for (var j = 0; j < headers.length; j++) {
      if (headers[j].dataset.key === key) headers[j].setAttribute('aria-sort', dir);
      else headers[j].removeAttribute('aria-sort');
    }
    apply();
  }

  table.tHead.addEventListener('click', function (event) {
    var button = event.target.closest('button');
    if (!button) return;
    var key = button.parentElement.dataset.key;
    var first = FIRST[key] || (key.indexOf('svc:') === 0 ? 'ascending' : 'descending');
    var dir = state.key === key ? (state.dir === 'ascending' ? 'descending' : 'ascending') : first;
    sortBy(key, dir);
  });
  text.addEventListener('input', apply);
  show.addEventListener('change', apply);
  service.addEventListener('change', apply);
  document.getElementById('m-next').addEventListener('click', function () { limit += PAGE; render(); });
  document.getElementById('m-all').addEventListener('click', function () { limit = Infinity; render(); });
  document.getElementById('controls').addEventListener('submit', function (event) { event.preventDefault(); });
  render();

  // Interactive once the handlers are on and the first frame with the table is painted
  // (a callback queued from the next animation frame runs after that paint).
  var done = false;
  function ready() {
    if (done) return;
    done = true;
    document.documentElement.setAttribute('data-ready', 'true');
    if (window.performance && performance.mark) performance.mark('paramedic:interactive');
  }
  requestAnimationFrame(function () { setTimeout(ready, 0); });
  setTimeout(ready, 5000); // a page in a background tab gets no frames
})();`;
