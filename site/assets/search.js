/* Parallax offline search. The index is built at build time: window.PARALLAX_SEARCH from
 * search-index.js (works from file://), else search-index.json by fetch. Results are built with
 * textContent only. */
(function () {
  'use strict';
  var STOP = ['a', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'for', 'if', 'in', 'into', 'is', 'it',
    'no', 'not', 'of', 'on', 'or', 'such', 'that', 'the', 'their', 'then', 'there', 'these', 'they', 'this',
    'to', 'was', 'will', 'with'];
  var form = document.getElementById('search-form'); // a div: the page has no <form>
  var input = document.getElementById('q');
  var list = document.getElementById('results');
  var status = document.getElementById('search-status');
  var help = document.getElementById('search-help'); // hidden without JavaScript, as the field is
  if (!form || !input || !list || !status) { return; }
  var index = null;

  function words(query) {
    // accents dropped as the index's terms have them dropped ("Peña" finds "pena")
    var plain = query.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    return plain.split(/[^a-z0-9\u00c0-\u024f]+/).filter(function (w) {
      return w.length > 1 && STOP.indexOf(w) < 0;
    });
  }

  function common(a, b) {
    var n = 0;
    while (n < a.length && n < b.length && a.charAt(n) === b.charAt(n)) { n++; }
    return n;
  }

  // index terms are English stems: a word matches a term that is its prefix or extends it
  function hits(word) {
    var found = {};
    Object.keys(index.terms).forEach(function (term) {
      var c = common(word, term);
      if (c === word.length || c === term.length && c >= Math.min(3, word.length) || c >= 4 && c >= word.length - 1) {
        index.terms[term].forEach(function (i) { found[i] = true; });
      }
    });
    return found;
  }

  function run() {
    while (list.firstChild) { list.removeChild(list.firstChild); }
    var ws = words(input.value);
    if (!index || ws.length === 0) { status.textContent = ''; return; }
    var result = null;
    ws.forEach(function (w) {
      var h = hits(w);
      result = result === null ? h : Object.keys(result).reduce(function (acc, k) {
        if (h[k]) { acc[k] = true; } return acc;
      }, {});
    });
    var ids = Object.keys(result).map(Number).sort(function (a, b) { return a - b; });
    status.textContent = ids.length === 0 ? 'Nothing found.' : ids.length + (ids.length === 1 ? ' result.' : ' results.');
    ids.slice(0, 100).forEach(function (i) {
      var e = index.entries[i];
      var li = document.createElement('li');
      var kind = document.createElement('span');
      kind.className = 'kind kind-' + e.kind;
      kind.textContent = e.kind;
      var a = document.createElement('a');
      a.href = e.href;
      a.textContent = e.text;
      var detail = document.createElement('span');
      detail.className = 'meta';
      detail.textContent = e.detail;
      li.appendChild(kind);
      li.appendChild(document.createTextNode(' '));
      li.appendChild(a);
      li.appendChild(detail);
      list.appendChild(li);
    });
  }

  function ready(data) {
    index = data;
    form.hidden = false;
    if (help) { help.hidden = false; }
    var q = new URLSearchParams(window.location.search).get('q');
    if (q) { input.value = q; }
    run();
  }

  input.addEventListener('input', run);
  if (window.PARALLAX_SEARCH) {
    ready(window.PARALLAX_SEARCH);
  } else if (window.fetch && window.location.protocol !== 'file:') {
    fetch('search-index.json').then(function (r) { return r.json(); }).then(ready, function () {
      status.textContent = 'The search index could not be loaded.';
    });
  } else {
    status.textContent = 'The search index could not be loaded.';
  }
}());
