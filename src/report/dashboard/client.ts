/**
 * The dashboard's only script, inlined in the page (and allowed by its hash in the page's
 * Content-Security-Policy). It reads nothing but the table's own data-* attributes: filtering
 * hides rows, sorting moves them; no repository text is ever parsed as HTML.
 */
export const CLIENT_SCRIPT = String.raw`(function () {
  'use strict';
  var table = document.getElementById('matrix');
  if (!table) return;
  var tbody = table.tBodies[0];
  var rows = Array.prototype.slice.call(tbody.rows);
  var text = document.getElementById('f-text');
  var show = document.getElementById('f-show');
  var service = document.getElementById('f-service');
  var count = document.getElementById('f-count');
  var total = rows.length;

  function has(list, id) {
    return (' ' + list + ' ').indexOf(' ' + id + ' ') !== -1;
  }

  function shown(d, what, svc) {
    switch (what) {
      case 'gaps': return svc ? has(d.gapsin, svc) : Number(d.gaps) > 0;
      case 'tier1': return Number(d.tier1) > 0;
      case 'covered': return d.status === 'checked' && Number(d.gaps) === 0;
      case 'stale': return d.stale === '1';
      case 'noplan': return d.status === 'checked' && d.plan === '0';
      case 'failed': return d.status !== 'checked';
      default: return true;
    }
  }

  function apply() {
    var q = text.value.trim().toLowerCase();
    var what = show.value;
    var svc = service.value;
    var n = 0;
    for (var i = 0; i < rows.length; i++) {
      var d = rows[i].dataset;
      var ok = (!q || d.name.indexOf(q) !== -1) && (!svc || has(d.uses, svc)) && shown(d, what, svc);
      rows[i].hidden = !ok;
      if (ok) n++;
    }
    count.textContent = n.toLocaleString('en') + ' of ' + total.toLocaleString('en') + ' repositories shown';
  }

  // What a column sorts by, and which way first: the worst first for figures.
  function keyOf(row, key) {
    var d = row.dataset;
    if (key === 'name') return d.name;
    if (key === 'status') return Number(d.rank);
    if (key.indexOf('svc:') === 0) {
      var id = key.slice(4);
      return has(d.gapsin, id) ? 0 : has(d.uses, id) ? 1 : 2;
    }
    return Number(d[key]);
  }
  var FIRST = { name: 'ascending', coverage: 'ascending', status: 'ascending' };
  var state = { key: 'name', dir: 'ascending' };
  var headers = Array.prototype.slice.call(table.tHead.querySelectorAll('th[data-key]'));

  function sortBy(key, dir) {
    state = { key: key, dir: dir };
    var sign = dir === 'ascending' ? 1 : -1;
    var keyed = rows.map(function (row) { return { row: row, k: keyOf(row, key), name: row.dataset.name }; });
    keyed.sort(function (a, b) {
      if (a.k < b.k) return -sign;
      if (a.k > b.k) return sign;
      return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
    });
    rows = keyed.map(function (x) { return x.row; });
    var fragment = document.createDocumentFragment();
    for (var i = 0; i < rows.length; i++) fragment.appendChild(rows[i]);
    tbody.appendChild(fragment);
    for (var j = 0; j < headers.length; j++) {
      if (headers[j].dataset.key === key) headers[j].setAttribute('aria-sort', dir);
      else headers[j].removeAttribute('aria-sort');
    }
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
  document.getElementById('controls').addEventListener('submit', function (event) { event.preventDefault(); });
  apply();
  document.documentElement.setAttribute('data-ready', 'true');
  if (window.performance && performance.mark) performance.mark('paramedic:interactive');
})();`;
