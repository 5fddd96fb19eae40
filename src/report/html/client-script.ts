// The report page's only script, inline and hashed into the Content-Security-Policy: the filter box (rule,
// resource, status, severity, control) that toggles `hidden` on server-rendered rows, and print expansion.

/** The script text, exactly as embedded (its sha256 goes into script-src). It never writes HTML, only `hidden`. */
export const REPORT_SCRIPT = `
(function () {
  'use strict';
  var query = document.getElementById('q');
  var statusSel = document.getElementById('fs');
  var severitySel = document.getElementById('fv');
  var counter = document.getElementById('shown');
  var rows = Array.prototype.slice.call(document.querySelectorAll('tr[data-s]'));
  var keys = null;
  function rowKey(row) {
    var group = row.closest('[data-k]');
    return ((group ? group.getAttribute('data-k') + ' ' : '') + row.textContent).toLowerCase();
  }
  function apply() {
    if (!keys) keys = rows.map(rowKey);
    var terms = query.value.toLowerCase().split(/\\s+/).filter(Boolean);
    var status = statusSel.value, severity = severitySel.value, shown = 0, passShown = 0;
    for (var i = 0; i < rows.length; i++) {
      var row = rows[i], key = keys[i], ok = true;
      if (status && row.getAttribute('data-s') !== status) ok = false;
      if (ok && severity && row.getAttribute('data-v') !== severity) ok = false;
      for (var t = 0; ok && t < terms.length; t++) if (key.indexOf(terms[t]) < 0) ok = false;
      row.hidden = !ok;
      if (ok) { shown++; if (row.getAttribute('data-s') === 'pass') passShown++; }
    }
    var groups = document.querySelectorAll('[data-group]');
    for (var g = 0; g < groups.length; g++) groups[g].hidden = !groups[g].querySelector('tr[data-s]:not([hidden])');
    var filtering = terms.length > 0 || status !== '' || severity !== '';
    var evidence = document.getElementById('evidence');
    if (evidence && filtering && passShown > 0) evidence.open = true;
    counter.textContent = filtering ? shown + ' of ' + rows.length + ' rows match' : rows.length + ' rows';
    document.body.setAttribute('data-filtered', filtering ? 'yes' : 'no');
  }
  var timer = 0;
  query.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(apply, 80); });
  statusSel.addEventListener('change', apply);
  severitySel.addEventListener('change', apply);
  var closed = [];
  window.addEventListener('beforeprint', function () {
    closed = Array.prototype.filter.call(document.querySelectorAll('details'), function (d) { return !d.open; });
    closed.forEach(function (d) { d.open = true; });
  });
  window.addEventListener('afterprint', function () { closed.forEach(function (d) { d.open = false; }); closed = []; });
  counter.textContent = rows.length + ' rows';
  document.body.setAttribute('data-ready', 'yes');
})();
`;
