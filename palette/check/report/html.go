package report

// reportHTML is the page of check --report. Colours of text meet WCAG AA on
// their backgrounds (verified by axe-core in CI); the controls are native
// elements, so the page is usable with a keyboard.
const reportHTML = `{{define "card"}}{{with .C}}<li class="card {{.Status}}" data-index="{{.Index}}" data-name="{{lower .Base}}" data-off="{{pct .OffShare}}" data-distance="{{pct .Distance}}" data-status="{{.Status}}">
<h3><span class="badge">{{if eq .Status "pass"}}{{$.R.T.Pass}}{{else if eq .Status "fail"}}{{$.R.T.Fail}}{{else}}{{$.R.T.Error}}{{end}}</span>{{.Base}}</h3>
{{if .Thumb}}<img class="thumb" src="{{.Thumb}}" width="{{.ThumbW}}" height="{{.ThumbH}}" loading="lazy" decoding="async" alt="{{$.R.T.Thumbnail}} {{.Base}}">{{end}}
<p class="meta">{{.File}}{{if .Size}} · {{.Size}} px{{end}}</p>
{{if eq .Status "error"}}<p>{{.Error}}</p>{{else}}
<div class="bar" aria-hidden="true">{{range $i, $s := .Segs}}{{if lt $i 3}}<span style="width:{{pct $s.Width}}%;background:{{$s.Color}}"></span>{{end}}{{end}}{{range .TargetMarks}}<span class="mark" style="left:{{pct .}}%"></span>{{end}}</div>
<p class="meta">{{.SharesText}}</p>
<div class="bar bar2" aria-hidden="true">{{range $i, $s := .Segs}}{{if ge $i 3}}<span style="width:{{pct $s.Width}}%;background:{{$s.Color}}"></span>{{end}}{{end}}</div>
<p class="meta">{{range $i, $s := .Segs}}{{if ge $i 3}}{{$s.Label}} {{end}}{{end}}</p>
{{if .Off}}<p class="meta">{{$.R.T.Off}}{{$.R.T.Colon}}</p><ul class="off">{{range .Off}}<li style="background:{{.Hex}};color:{{.Text}}">{{.Hex}} {{.Name}}</li>{{end}}</ul>{{end}}
{{if .Problems}}<ul class="problems">{{range .Problems}}<li>{{.}}</li>{{end}}</ul>{{else}}<p>{{$.R.T.NoProblem}}</p>{{end}}
{{if .Mask}}<p><a href="{{.Mask}}">{{$.R.T.Mask}}</a></p>{{end}}
{{end}}</li>
{{end}}{{end}}
<!doctype html>
<html lang="{{.Lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.T.Title}} — {{.Name}}</title>
<style>
:root { color-scheme: light; --ink: #1f2937; --muted: #4b5563; --line: #d1d5db; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #f9fafb; }
header, main { max-width: 1180px; margin: 0 auto; padding: 16px 24px; }
h1 { font-size: 26px; margin: 8px 0 4px; overflow-wrap: anywhere; }
h2 { font-size: 19px; margin: 20px 0 8px; }
.swatches { display: flex; flex-wrap: wrap; gap: 10px; list-style: none; padding: 0; margin: 0; }
.swatch { border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px; min-width: 130px; }
.swatch b { display: block; }
.summary { display: flex; flex-wrap: wrap; gap: 18px; list-style: none; padding: 0; margin: 0; }
.summary li { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 8px 14px; }
.summary strong { font-size: 22px; display: block; }
.controls { display: flex; flex-wrap: wrap; gap: 18px; align-items: center; margin: 16px 0; }
select { font: inherit; padding: 4px 8px; border: 1px solid #6b7280; border-radius: 6px; background: #fff; color: var(--ink); }
select:focus-visible, a:focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }
#cards { list-style: none; padding: 0; margin: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(min(340px, 100%), 1fr)); gap: 14px; }
.pager { display: flex; gap: 12px; align-items: center; margin: 16px 0; }
button { font: inherit; padding: 4px 12px; border: 1px solid #6b7280; border-radius: 6px; background: #fff; color: var(--ink); }
button:focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }
button:disabled { color: #4b5563; }
.card { min-width: 0; background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 12px; content-visibility: auto; contain-intrinsic-size: 340px 420px; }
.card h3 { font-size: 15px; margin: 0 0 6px; overflow-wrap: anywhere; }
.thumb { display: block; max-width: 100%; height: auto; background: #e5e7eb; border-radius: 6px; }
.badge { display: inline-block; font-weight: 700; font-size: 13px; padding: 2px 8px; border-radius: 999px; margin-right: 6px; }
.pass .badge { background: #dcfce7; color: #14532d; }
.fail .badge { background: #fee2e2; color: #7f1d1d; }
.error .badge { background: #fef3c7; color: #78350f; }
.meta { color: var(--muted); font-size: 13px; }
.card p, .card li { overflow-wrap: anywhere; }
.bar { position: relative; display: flex; height: 18px; border: 1px solid #6b7280; border-radius: 4px; overflow: hidden; margin: 8px 0 2px; background: #fff; }
.bar span { display: block; height: 100%; }
.bar .mark { position: absolute; top: 0; bottom: 0; width: 2px; background: #111827; }
.bar2 { height: 10px; }
.off { display: flex; flex-wrap: wrap; gap: 6px; list-style: none; padding: 0; margin: 6px 0; }
.off li { font-size: 12px; padding: 2px 6px; border-radius: 4px; border: 1px solid var(--line); }
.problems { margin: 6px 0 0; padding-left: 18px; }
/* The distribution: one row per bin, label, bar and count, so that it fits
   any width; the bins that need action are drawn in red and amber. */
.dist { list-style: none; padding: 0; margin: 0; max-width: 640px; display: grid; grid-template-columns: max-content 1fr max-content; gap: 6px 12px; align-items: center; }
.dist li { display: grid; grid-column: 1 / -1; grid-template-columns: subgrid; align-items: center; }
.dist .track { height: 16px; background: #e5e7eb; border-radius: 3px; overflow: hidden; }
.dist .fill { display: block; height: 100%; min-width: 2px; background: #1d4ed8; }
.dist .far .fill { background: #b91c1c; }
.dist .unread .fill { background: #b45309; }
.dist .zero .fill { min-width: 0; }
.dist .n { text-align: right; font-variant-numeric: tabular-nums; }
@media (max-width: 600px) {
  header, main { padding: 12px 14px; }
  .summary { gap: 8px; }
  .summary li { padding: 6px 10px; }
  .controls { gap: 8px 14px; }
}
</style>
</head>
<body>
<header>
<h1>{{.T.Title}}{{.T.Colon}}{{.Name}}</h1>
<h2 id="palette-h">{{.T.Palette}}</h2>
<ul class="swatches" aria-labelledby="palette-h">
{{range .Swatches}}<li class="swatch" style="background:{{.Hex}};color:{{.Text}}"><b>{{.Label}}</b>{{.Hex}}{{if .Name}} · {{.Name}}{{end}}</li>
{{end}}</ul>
<p><strong>{{.T.Rule}}{{.T.Colon}}</strong>{{.RuleText}}</p>
<h2 id="summary-h">{{.T.Summary}}</h2>
<ul class="summary" aria-labelledby="summary-h">
<li><strong>{{.Checked}}</strong>{{.T.Checked}}</li>
<li><strong>{{.Passed}}</strong>{{.T.Passed}}</li>
<li><strong>{{.Failed}}</strong>{{.T.Failed}}</li>
<li><strong>{{.Unreadable}}</strong>{{.T.Unreadable}}</li>
<li><strong>{{.Seconds}}</strong>{{.T.Seconds}}</li>
</ul>
<h2 id="chart-h">{{.T.Distribution}}</h2>
<p class="meta" id="chart-d">{{.T.DistributionNote}}</p>
<ul class="dist" aria-labelledby="chart-h" aria-describedby="chart-d">
{{range .Bars}}<li class="{{.Class}}{{if eq .Count 0}} zero{{end}}"><span>{{.Label}}</span><span class="track" aria-hidden="true"><span class="fill" style="width:{{pct .W}}%"></span></span><span class="n">{{.Count}}</span></li>
{{end}}</ul>
</header>
<main>
<div class="controls">
<label for="filter">{{.T.Filter}}</label>
<select id="filter"><option value="all">{{.T.All}}</option><option value="fail">{{.T.FailedOnly}}</option><option value="error">{{.T.UnreadableOnly}}</option></select>
<label for="sort">{{.T.Sort}}</label>
<select id="sort"><option value="problems">{{.T.ByProblems}}</option><option value="index">{{.T.ByInput}}</option><option value="name">{{.T.ByName}}</option><option value="off">{{.T.ByOff}}</option><option value="distance">{{.T.ByDistance}}</option></select>
<span id="count" class="meta" aria-live="polite"></span>
</div>
<ol id="cards">
{{range .FirstCards}}{{template "card" dict $ .}}{{end}}</ol>
<template id="all-cards">{{range .Cards}}{{template "card" dict $ .}}{{end}}</template>
<nav class="pager" aria-label="{{.T.Pages}}"><button type="button" id="prev">{{.T.Previous}}</button> <span id="page" aria-live="polite"></span> <button type="button" id="next">{{.T.Next}}</button></nav>
</main>
<script>
(function () {
  // The cards live in a template (parsed, never laid out); a page of them at
  // a time goes into the list, so 10,000 images stay smooth.
  var PAGE = 100;
  var list = document.getElementById('cards');
  var items = Array.prototype.slice.call(document.getElementById('all-cards').content.children);
  var filter = document.getElementById('filter');
  var sort = document.getElementById('sort');
  var count = document.getElementById('count');
  var prev = document.getElementById('prev');
  var next = document.getElementById('next');
  var pageLabel = document.getElementById('page');
  var shown = items, page = 0;
  // Failures first, then unreadable files, then passes (as the page is written).
  var statusRank = { fail: 0, error: 1, pass: 2 };
  var keys = {
    name: function (c) { return c.dataset.name; },
    off: function (c) { return -parseFloat(c.dataset.off); },
    distance: function (c) { return -parseFloat(c.dataset.distance); },
    index: function (c) { return parseInt(c.dataset.index, 10); },
    problems: function (c) { return statusRank[c.dataset.status]; }
  };
  function update() {
    var f = filter.value, key = keys[sort.value];
    shown = items.filter(function (c) { return f === 'all' || c.dataset.status === f; })
      .map(function (c) { return [key(c), parseInt(c.dataset.index, 10), c]; })
      .sort(function (a, b) { return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]; })
      .map(function (k) { return k[2]; });
    page = 0;
    render();
  }
  function render() {
    var pages = Math.max(1, Math.ceil(shown.length / PAGE));
    page = Math.min(page, pages - 1);
    list.replaceChildren.apply(list, shown.slice(page * PAGE, (page + 1) * PAGE));
    count.textContent = shown.length + ' / ' + items.length + ' {{.T.Images}}';
    pageLabel.textContent = '{{.T.Page}} ' + (page + 1) + ' / ' + pages;
    prev.disabled = page === 0;
    next.disabled = page >= pages - 1;
  }
  prev.addEventListener('click', function () { page--; render(); list.scrollIntoView(); });
  next.addEventListener('click', function () { page++; render(); list.scrollIntoView(); });
  filter.addEventListener('change', update);
  sort.addEventListener('change', update);
  update();
})();
</script>
</body>
</html>
`
