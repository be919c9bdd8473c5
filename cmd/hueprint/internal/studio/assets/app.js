// hueprint studio: the page. No framework: the state lives in the URL's
// query string; every palette, preview and check comes from the server,
// which calls the same library code as the CLI.
'use strict';

const $ = (s) => document.querySelector(s);
let meta = null;
let strings = {};
let st = null;        // the state, as parsed from the URL
let current = null;   // the last /api/palette response
let cvd = 'none';
let schemeMode = 'light'; // the mode the scheme preview shows
let scheme = null;        // the last /api/scheme response
let seq = 0;          // guards against late responses

function t(key) { return (strings[st ? st.lang : 'en'] || {})[key] || strings.en[key] || key; }

function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const k of kids) if (k !== null && k !== undefined) e.append(k);
  return e;
}

// parse reads the state from a query string; the server validates it.
function parse(search) {
  const q = new URLSearchParams(search);
  const list = (k) => (q.get(k) || '').split(',').map((s) => s.trim()).filter(Boolean);
  return {
    tags: list('tags'), style: q.get('style') || '', harmony: q.get('harmony') || '',
    secondaries: q.get('secondaries') || '', base: q.get('base') || '', secondary: q.getAll('secondary'),
    accent: q.get('accent') || '', avoid: list('avoid'), seed: q.get('seed') || '',
    variants: q.get('variants') || '', lang: q.get('lang') === 'fr' ? 'fr' : 'en', v: q.get('v') || '',
  };
}

function query(s) {
  const q = new URLSearchParams();
  if (s.tags.length) q.set('tags', s.tags.join(','));
  for (const k of ['style', 'harmony', 'secondaries', 'base']) if (s[k]) q.set(k, s[k].replace(/^#/, ''));
  for (const c of s.secondary) q.append('secondary', c.replace(/^#/, ''));
  if (s.accent) q.set('accent', s.accent.replace(/^#/, ''));
  if (s.avoid.length) q.set('avoid', s.avoid.map((c) => c.replace(/^#/, '')).join(','));
  for (const k of ['seed', 'variants']) if (s[k] && s[k] !== '0' && s[k] !== '1') q.set(k, s[k]);
  if (s.lang === 'fr') q.set('lang', 'fr');
  if (s.v && s.v !== '1') q.set('v', s.v);
  return q.toString();
}

async function api(path, opts) {
  const r = await fetch(path, opts);
  const type = r.headers.get('Content-Type') || '';
  if (!r.ok) {
    let msg = r.status + ' ' + r.statusText;
    if (type.startsWith('application/json')) {
      const e = await r.json();
      msg = e.error + (e.suggest && e.suggest.length ? ' (' + t('didYouMean') + ' ' + e.suggest.join(', ') + ' ?)' : '');
    }
    throw new Error(msg);
  }
  return type.startsWith('application/json') ? r.json() : r.blob();
}

function toast(msg) {
  const b = $('#toast');
  b.textContent = msg;
  b.classList.add('on');
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => b.classList.remove('on'), 1400);
}

// ---- language ----
function applyLang() {
  document.documentElement.lang = st.lang;
  for (const e of document.querySelectorAll('[data-t]')) e.textContent = t(e.dataset.t);
  for (const e of document.querySelectorAll('[data-t-placeholder]')) e.placeholder = t(e.dataset.tPlaceholder);
  for (const e of document.querySelectorAll('[data-t-aria-label]')) e.setAttribute('aria-label', t(e.dataset.tAriaLabel));
  for (const e of document.querySelectorAll('[data-t-title]')) e.title = t(e.dataset.tTitle);
  $('#lang').lang = st.lang === 'fr' ? 'en' : 'fr';
  const name = (o) => o[st.lang] || o.en;
  fillSelect($('#style'), [['', t('fromTags')], ...meta.styles.map((s) => [s.id, name(s)])], st.style);
  fillSelect($('#harmony'), meta.harmonies.map((h) => [h === 'auto' ? '' : h, t('h.' + h)]), st.harmony);
  $('#secondaries').options[0].textContent = t('h.auto');
  const fs = $('#cvd');
  fs.querySelectorAll('label').forEach((l) => l.remove());
  for (const k of ['none', ...meta.cvd]) {
    fs.append(el('label', { class: 'pill' }, el('input', { type: 'radio', name: 'cvd', value: k, checked: k === cvd, onchange: () => { cvd = k; renderPalette(); previews(); } }), ' ' + t('cvd.' + k)));
  }
  renderChips();
}

function fillSelect(sel, opts, value) {
  sel.replaceChildren(...opts.map(([v, label]) => el('option', { value: v, text: label })));
  sel.value = value || '';
}

// ---- tags ----
function tagName(id) {
  const n = psychName(id);
  return n || id;
}
function psychName(text) {
  const k = text.toLowerCase();
  const tg = meta.tags.find((x) => x.id === k || x.en.toLowerCase() === k || x.fr.toLowerCase() === k);
  return tg ? tg[st.lang] : '';
}

function renderChips() {
  const list = $('#chip-list');
  list.replaceChildren(...st.tags.map((tag, i) => el('li', { class: 'chip' }, tagName(tag),
    el('button', { type: 'button', class: 'chip-x', 'aria-label': t('removeTag') + ' ' + tagName(tag), text: '×', onclick: () => { st.tags.splice(i, 1); changed(); $('#tag-input').focus(); } }))));
}

let suggestTimer = 0;
let active = -1;
function closeSuggest() {
  $('#suggest').hidden = true;
  $('#tag-input').setAttribute('aria-expanded', 'false');
  $('#tag-input').removeAttribute('aria-activedescendant');
  active = -1;
}
function addTag(text) {
  const v = text.trim().replace(/,$/, '').trim();
  if (!v) return;
  if (!st.tags.some((x) => x.toLowerCase() === v.toLowerCase())) st.tags.push(v);
  $('#tag-input').value = '';
  $('#dym').textContent = '';
  closeSuggest();
  changed();
}
async function suggest() {
  const input = $('#tag-input');
  const q = input.value.trim();
  if (!q) { closeSuggest(); $('#dym').textContent = ''; return; }
  const my = ++suggest.seq;
  let r;
  try { r = await api('/api/suggest?' + new URLSearchParams({ q, lang: st.lang })); } catch { return; }
  // A late answer, or one for text the user has since changed or committed,
  // must not replace the list (and the selection) the user is looking at.
  if (my !== suggest.seq || input.value.trim() !== q) return;
  const box = $('#suggest');
  const chosen = active >= 0 && !box.hidden ? box.children[active]?.dataset.value : undefined;
  $('#dym').replaceChildren();
  if (r.matches.length === 0) {
    closeSuggest();
    if (r.did_you_mean.length) {
      $('#dym').append(t('didYouMean') + ' ', ...r.did_you_mean.flatMap((s, i) => [i ? ', ' : '', el('button', { type: 'button', class: 'link', text: s, onclick: () => addTag(s) })]), st.lang === 'fr' ? '\u202f?' : '?');
    } else $('#dym').textContent = t('noMatch');
    return;
  }
  box.replaceChildren(...r.matches.map((m, i) => el('li', { id: 'sg-' + i, role: 'option', 'aria-selected': 'false', 'data-value': m[st.lang], onmousedown: (e) => { e.preventDefault(); addTag(m[st.lang]); } },
    el('span', { text: m[st.lang] }), el('small', { text: t('k.' + m.kind) }))));
  box.dataset.q = q;
  box.hidden = false;
  input.setAttribute('aria-expanded', 'true');
  // The item chosen with the arrow keys stays chosen when the list is redrawn.
  active = -1;
  const keep = r.matches.findIndex((m) => m[st.lang] === chosen);
  if (keep >= 0) moveActive(keep + 1);
}
suggest.seq = 0;
function moveActive(d) {
  const items = [...$('#suggest').children];
  if (!items.length) return;
  active = (active + d + items.length) % items.length;
  items.forEach((li, i) => li.setAttribute('aria-selected', i === active ? 'true' : 'false'));
  $('#tag-input').setAttribute('aria-activedescendant', items[active].id);
}

// ---- state changes ----
function changed(push = true) {
  const q = query(st);
  if (push && q !== location.search.replace(/^\?/, '')) history.pushState(null, '', '?' + q);
  load();
}

function readForm() {
  st.style = $('#style').value;
  st.harmony = $('#harmony').value;
  st.secondaries = $('#secondaries').value;
  st.variants = $('#variants').value;
  st.seed = $('#seed').value.trim();
  st.avoid = $('#avoid').value.split(',').map((s) => s.trim()).filter(Boolean);
  st.v = '';
}

function writeForm() {
  $('#style').value = st.style;
  $('#harmony').value = st.harmony;
  $('#secondaries').value = st.secondaries;
  $('#variants').value = st.variants || '1';
  if (!$('#variants').value) $('#variants').value = '1';
  $('#seed').value = st.seed;
  $('#avoid').value = st.avoid.map((c) => (/^[0-9a-f]{6}$/i.test(c) ? '#' + c : c)).join(', ');
  const b = st.base ? (st.base.startsWith('#') ? st.base : '#' + st.base) : '';
  $('#base-text').value = b;
  if (/^#[0-9a-f]{6}$/i.test(b)) $('#base-color').value = b.toLowerCase();
  renderChips();
}

async function load() {
  const my = ++seq;
  writeForm();
  if (!st.tags.length && !st.base) {
    $('#error').textContent = t('tagsHelp');
    $('#error').hidden = false;
    $('#palette').setAttribute('aria-busy', 'false');
    return;
  }
  $('#palette').setAttribute('aria-busy', 'true');
  try {
    const r = await api('/api/palette?' + query(st));
    if (my !== seq) return;
    current = r;
    $('#error').hidden = true;
    if (r.state !== location.search.replace(/^\?/, '')) history.replaceState(null, '', '?' + r.state);
    st = parse(r.state); // the server's canonical state: colours as hex, variant in range
    writeForm();
    renderPalette();
    renderVariants();
    $('#cli').textContent = r.cli;
    previews();
    exportLinks();
  } catch (e) {
    if (my !== seq) return;
    $('#error').textContent = e.message;
    $('#error').hidden = false;
  } finally {
    if (my === seq) $('#palette').setAttribute('aria-busy', 'false');
  }
}

function shown() { return current.variants[Math.min((parseInt(st.v, 10) || 1) - 1, current.variants.length - 1)]; }
function seen(hex) {
  if (cvd === 'none') return hex;
  for (const c of shown().colors) if (c.hex === hex) return c.seen[cvd];
  return hex;
}

let refocus = '';  // the lock to focus after the palette comes back (keyboard use)

function toggleLock(c, e) {
  // With the keyboard, focus returns to this lock; after a mouse click
  // nothing keeps the focus, so that the space bar regenerates at once.
  refocus = e && e.detail === 0 ? c.role + c.index : '';
  const h = c.hex.slice(1);
  if (c.role === 'primary') st.base = c.locked ? '' : h;
  else if (c.role === 'secondary') {
    st.secondary = st.secondary.map((x) => x.replace(/^#/, '').toLowerCase()).filter((x) => x !== h);
    if (!c.locked) st.secondary.push(h);
  } else if (c.role === 'accent') st.accent = c.locked ? '' : h;
  // Every variant keeps the locked colours: show the best one.
  st.v = '';
  changed();
}

async function copy(hex) {
  try { await navigator.clipboard.writeText(hex); toast(t('copied') + ' ' + hex); } catch { toast(hex); }
}

function renderPalette() {
  const v = shown();
  const strip = $('#palette');
  strip.replaceChildren(...v.colors.map((c) => {
    const bg = seen(c.hex);
    const fg = seen(c.text);
    const role = t('r.' + c.role) + (c.role === 'secondary' && v.colors.filter((x) => x.role === 'secondary').length > 1 ? ' ' + (c.index + 1) : '');
    const sw = el('div', { class: 'sw' + (c.role === 'neutral' ? ' neutral' : ''), 'data-role': c.role, 'data-hex': c.hex },
      el('span', { class: 'role', text: role }),
      el('button', { type: 'button', class: 'hex', text: c.hex.toUpperCase(), 'aria-label': t('copy') + ' ' + c.hex, title: t('copy'), onclick: (e) => { copy(c.hex); if (e.detail > 0) e.currentTarget.blur(); } }),
      el('span', { class: 'name', text: c.name }),
      c.role === 'neutral' ? null : el('span', { class: 'ratio', text: t('text') + ' ' + c.ratio.toFixed(2) + ':1 ' + c.grade }),
      c.role === 'neutral' ? null : el('button', { type: 'button', class: 'lock', 'aria-pressed': c.locked ? 'true' : 'false', 'aria-label': (c.locked ? t('unlock') : t('lock')) + ' ' + role, title: c.locked ? t('unlock') : t('lock'), onclick: (e) => toggleLock(c, e) }, lockIcon(c.locked)),
      el('p', { class: 'why', text: c.why }));
    sw.style.backgroundColor = bg;
    sw.style.color = fg;
    return sw;
  }));
  strip.dataset.simulated = cvd;
  const note = $('#sim-note');
  note.hidden = cvd === 'none';
  note.textContent = cvd === 'none' ? '' : t('simulated') + ' : ' + t('cvd.' + cvd);
  if (st.lang !== 'fr') note.textContent = note.textContent.replace(' : ', ': ');
  else note.textContent = note.textContent.replace(' : ', '\u00a0: ');
  if (refocus) {
    const i = v.colors.findIndex((c) => c.role + c.index === refocus);
    const lock = i >= 0 && strip.children[i].querySelector('.lock');
    if (lock) lock.focus();
    refocus = '';
  }
}

function lockIcon(locked) {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('width', '20');
  svg.setAttribute('height', '20');
  const p = document.createElementNS(ns, 'path');
  p.setAttribute('d', locked ? 'M7 10V7a5 5 0 0 1 10 0v3h1a1 1 0 0 1 1 1v9a1 1 0 0 1-1 1H6a1 1 0 0 1-1-1v-9a1 1 0 0 1 1-1h1zm2 0h6V7a3 3 0 0 0-6 0v3z'
    : 'M9 10V7a3 3 0 0 1 5.8-1.1l1.9-.7A5 5 0 0 0 7 7v3H6a1 1 0 0 0-1 1v9a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1v-9a1 1 0 0 0-1-1H9z');
  p.setAttribute('fill', 'currentColor');
  svg.append(p);
  return svg;
}

function renderVariants() {
  const cur = (parseInt(st.v, 10) || 1) - 1;
  $('#variant-list').replaceChildren(...current.variants.map((v, i) => {
    const strip = el('div', { class: 'mini', 'aria-hidden': 'true' }, ...v.colors.map((c) => { const s = el('span'); s.style.backgroundColor = c.hex; return s; }));
    const primary = v.colors[0];
    return el('li', { class: 'vcard' + (i === cur ? ' on' : '') }, strip,
      el('p', { class: 'vhead' }, el('strong', { text: (i + 1) + '. ' + v.name }), el('span', { class: 'score', text: t('score') + ' ' + v.score.toFixed(3) })),
      el('p', { class: 'vmeta', text: t('h.' + v.harmony) + ' · ' + styleName(v.style) }),
      el('p', { class: 'vwhy', text: primary.why }),
      el('p', { class: 'vguar', text: t('minText').replace('%s', Math.min(...v.colors.filter((c) => c.role !== 'neutral').map((c) => c.ratio)).toFixed(1)) }),
      ...(v.warnings || []).map((w) => el('p', { class: 'vwarn', role: 'note', text: '⚠ ' + w })),
      ...(v.notes || []).map((n) => el('p', { class: 'vnote', text: n })),
      el('button', { type: 'button', 'aria-pressed': i === cur ? 'true' : 'false', text: i === cur ? t('shown') : t('show'), onclick: () => { st.v = String(i + 1); changed(); } }));
  }));
}
function styleName(id) { const s = meta.styles.find((x) => x.id === id); return s ? s[st.lang] : id; }

// ---- previews ----
let previewTimer = 0;
function bannerQuery() {
  const q = new URLSearchParams(current.state);
  q.set('preset', $('#preset').value);
  for (const [k, id] of [['title', '#b-title'], ['tagline', '#b-tagline'], ['cta', '#b-cta']]) if ($(id).value.trim()) q.set(k, $(id).value.trim());
  return q;
}
async function previews() {
  if (!current) return;
  const my = ++previews.seq;
  // A newer palette cancels the previews of the previous one, so that the
  // server drops them instead of rendering them for nobody.
  if (previews.abort) previews.abort.abort();
  const abort = new AbortController();
  previews.abort = abort;
  const q = new URLSearchParams(current.state);
  if (cvd !== 'none') q.set('cvd', cvd);
  // The page of hueprint preview, sandboxed in a frame of its own origin
  // (none: no allow-same-origin).
  schemeFrame();
  const sw = $('#swatch-img');
  sw.alt = t('card') + ' — ' + shown().name + (cvd !== 'none' ? ' (' + t('simulated') + ': ' + t('cvd.' + cvd) + ')' : '');
  sw.src = '/api/swatch.png?' + q;
  const bq = bannerQuery();
  if (cvd !== 'none') bq.set('cvd', cvd);
  const pr = meta.presets.find((p) => p.name === bq.get('preset'));
  const bi = $('#banner-img');
  try {
    const blob = await api('/api/banner.png?' + bq, { signal: abort.signal });
    if (my !== previews.seq) return;
    if (bi.dataset.url) URL.revokeObjectURL(bi.dataset.url);
    bi.dataset.url = URL.createObjectURL(blob);
    bi.width = pr.width; bi.height = pr.height;
    bi.src = bi.dataset.url;
    bi.alt = t('banner') + ' ' + pr.title + ' — ' + shown().name;
    bi.hidden = false;
    $('#banner-err').hidden = true;
  } catch (e) {
    if (my !== previews.seq || e.name === 'AbortError') return;
    bi.hidden = true;
    $('#banner-err').textContent = e.message;
    $('#banner-err').hidden = false;
  }
  try {
    const g = await api('/api/contrast?' + q, { signal: abort.signal });
    if (my === previews.seq) renderGrid(g);
  } catch (e) { if (e.name !== 'AbortError' && my === previews.seq) $('#grid').textContent = e.message; }
  // The schemes' numbers beside the page of hueprint preview.
  try {
    const sc = await api('/api/scheme?' + q, { signal: abort.signal });
    sc.query = q.toString();
    if (my === previews.seq) { scheme = sc; renderScheme(); }
  } catch (e) { if (e.name !== 'AbortError' && my === previews.seq) $('#scheme-pairs').textContent = e.message; }
}
previews.seq = 0;

function renderGrid(g) {
  const head = el('tr', {}, el('td'), ...g.colors.map((c) => {
    const th = el('th', { scope: 'col', title: c.hex }, el('span', { class: 'dot' }), c.label);
    th.firstChild.style.backgroundColor = c.seen;
    return th;
  }));
  const rows = g.colors.map((fg, i) => el('tr', {}, (() => { const th = el('th', { scope: 'row', title: fg.hex }, el('span', { class: 'dot' }), fg.label); th.firstChild.style.backgroundColor = fg.seen; return th; })(),
    ...g.colors.map((bg, j) => {
      if (i === j) return el('td', { class: 'same', text: '—' });
      const p = g.pairs.find((x) => x.fg === i && x.bg === j);
      const grade = p.wcag.aaa ? 'AAA' : p.wcag.aa ? 'AA' : p.wcag.aa_large ? 'AA18' : '✗';
      const td = el('td', { class: grade === '✗' ? 'bad' : '', title: fg.label + ' ' + t('on') + ' ' + bg.label + ': ' + p.ratio.toFixed(2) + ':1, APCA Lc ' + p.apca.toFixed(1) },
        sample(p.foreground, p.background), el('span', { class: 'r', text: p.ratio.toFixed(1) }), el('span', { class: 'g', text: grade }), el('span', { class: 'lc', text: 'Lc ' + Math.round(p.apca) }));
      return td;
    })));
  const table = el('table', { class: 'grid' }, el('caption', { class: 'sr-only', text: t('contrast') + (g.simulate ? ' (' + t('cvd.' + g.simulate) + ')' : '') }), el('thead', {}, head), el('tbody', {}, ...rows));
  $('#grid').replaceChildren(table);
}

// ratioText writes a ratio with the page's decimal separator.
function ratioText(r, digits) {
  const s = r.toFixed(digits === undefined ? 2 : digits);
  return (st.lang === 'fr' ? s.replace('.', ',') : s) + ':1';
}

// schemeFrame loads the page of hueprint preview in the mode shown: the
// server starts its script in that mode (a frame's prefers-color-scheme is
// the system's); the page's own toggle still switches it afterwards.
function schemeFrame() {
  if (!current) return;
  const q = new URLSearchParams(current.state);
  if (cvd !== 'none') q.set('cvd', cvd);
  q.set('mode', schemeMode);
  let frame = $('#scheme-frame');
  const src = '/api/scheme.html?' + q;
  if (frame.dataset.src !== src) {
    // A new frame rather than a new src: loading another page in a frame
    // adds an entry to the session history, and Back would step through
    // the previews instead of the palettes.
    const next = frame.cloneNode(false);
    next.dataset.src = src;
    next.src = src;
    frame.replaceWith(next);
    frame = next;
  }
  frame.dataset.mode = schemeMode;
  $('#scheme-open').href = src;
}

function setSchemeMode(mode) {
  schemeMode = mode;
  for (const i of document.querySelectorAll('input[name=scheme-mode]')) i.checked = i.value === mode;
  schemeFrame();
  renderScheme();
}

function renderScheme() {
  if (!scheme) return;
  const cols = schemeMode === 'dark' ? scheme.dark : scheme.light;
  const seenCols = scheme.simulate ? (schemeMode === 'dark' ? scheme.seen_dark : scheme.seen_light) : cols;
  const side = $('.scheme-side');
  side.dataset.mode = schemeMode;
  side.dataset.query = scheme.query;
  side.dataset.simulated = scheme.simulate || 'none';
  const sim = $('#scheme-sim');
  sim.hidden = !scheme.simulate;
  sim.textContent = scheme.simulate ? t('simulated') + (st.lang === 'fr' ? '\u202f: ' : ': ') + t('cvd.' + scheme.simulate) + ' — ' + t('schemeSim') : '';
  $('#scheme-roles').replaceChildren(...scheme.roles.map((r) => {
    const dot = el('span', { class: 'dot', 'aria-hidden': 'true' });
    dot.style.backgroundColor = seenCols[r];
    return el('li', { 'data-role': r, 'data-hex': cols[r] }, dot, el('span', { class: 'rname', text: r }),
      el('button', { type: 'button', class: 'rhex', text: cols[r], 'aria-label': t('copy') + ' ' + r + ' ' + cols[r], onclick: (e) => { copy(cols[r]); if (e.detail > 0) e.currentTarget.blur(); } }));
  }));
  $('#scheme-pairs').replaceChildren(...scheme.pairs.map((p) => {
    const r = schemeMode === 'dark' ? p.dark : p.light;
    const ok = r >= p.min;
    const smp = p.text ? sample(seenCols[p.fg], seenCols[p.bg]) : ring(seenCols[p.fg], seenCols[p.bg]);
    return el('li', { class: ok ? '' : 'bad', 'data-fg': p.fg, 'data-bg': p.bg, 'data-ratio': String(r) }, smp,
      el('span', { class: 'pname', text: p.fg + ' ' + t('on') + ' ' + p.bg }),
      el('span', { class: 'pr', title: t('need') + ' ' + ratioText(p.min, 1), text: ratioText(r) + (ok ? ' ✓' : ' ✗') }));
  }));
  $('#scheme-notes').replaceChildren(...(scheme.notes.length ? scheme.notes : [t('noNotes')]).map((n) => el('li', { text: n })));
}

// ring draws a non-text pair: a border of fg on bg.
function ring(fg, bg) {
  const s = el('span', { class: 'sample ring', 'aria-hidden': 'true' });
  s.style.backgroundColor = bg;
  s.style.boxShadow = 'inset 0 0 0 3px ' + fg;
  return s;
}

// sample draws "Aa" in fg on bg as an image: the grid shows failing pairs
// as they are, while the page's own text stays legible.
function sample(fg, bg) {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 40 20');
  svg.setAttribute('preserveAspectRatio', 'xMidYMid meet');
  svg.setAttribute('aria-hidden', 'true');
  const tx = document.createElementNS(ns, 'text');
  tx.setAttribute('x', '20'); tx.setAttribute('y', '15'); tx.setAttribute('text-anchor', 'middle');
  tx.setAttribute('font-size', '14'); tx.setAttribute('font-weight', '700'); tx.setAttribute('fill', fg);
  tx.textContent = 'Aa';
  svg.append(tx);
  const s = el('span', { class: 'sample' }, svg);
  s.style.backgroundColor = bg;
  return s;
}

function exportLinks() {
  const ramps = $('#ramps').checked;
  $('#export-links').replaceChildren(...meta.formats.map((f) => {
    const q = new URLSearchParams(current.state);
    q.set('to', f);
    if (ramps) q.set('ramps', '1');
    const prefix = $('#prefix').value.trim();
    if (prefix && prefix !== 'brand' && /^[A-Za-z0-9][A-Za-z0-9-]*$/.test(prefix)) q.set('prefix', prefix);
    return el('a', { class: 'fmt', href: '/api/export?' + q, download: '', 'data-format': f, text: f === 'json' ? 'hueprint JSON' : f.toUpperCase().replace('TAILWIND4', 'Tailwind 4').replace('TAILWIND', 'Tailwind 3') });
  }));
  const prefixField = $('#prefix');
  $('#scheme-links').replaceChildren(...meta.scheme_formats.map((f) => {
    const q = new URLSearchParams(current.state);
    q.set('to', f);
    q.set('scheme', '1');
    // As the CLI: without --prefix the scheme writers use their own
    // default (color); a prefix typed in the field applies to both.
    const prefix = prefixField.value.trim();
    if (prefix !== prefixField.defaultValue && /^[A-Za-z0-9][A-Za-z0-9-]*$/.test(prefix)) q.set('prefix', prefix);
    return el('a', { class: 'fmt', href: '/api/export?' + q, download: '', 'data-scheme-format': f, text: f.toUpperCase().replace('TAILWIND4', 'Tailwind 4').replace('TAILWIND', 'Tailwind 3') });
  }));
  const kq = bannerQuery();
  kq.delete('preset');
  $('#kit').href = '/api/kit.zip?' + kq;
}

// ---- files ----
async function upload(path, file) {
  return api(path, { method: 'POST', body: file, headers: { 'Content-Type': 'application/octet-stream' } });
}
const pct = (x) => (100 * x).toFixed(1) + ' %';

async function checkFiles(files) {
  const list = $('#check-list');
  for (const f of files) {
    const li = el('li', { class: 'chk', 'data-file': f.name }, el('strong', { text: f.name }), ' ', t('loading'));
    list.prepend(li);
    try {
      const q = new URLSearchParams(current.state);
      q.set('name', f.name);
      const r = await upload('/api/check?' + q, f);
      const rep = r.report;
      const s = rep.shares;
      li.className = 'chk ' + (rep.pass ? 'pass' : 'fail');
      li.dataset.pass = String(rep.pass);
      for (const k of ['primary', 'secondary', 'accent', 'neutral', 'off']) li.dataset[k] = String(s[k]);
      const bar = el('div', { class: 'bar', 'aria-hidden': 'true' });
      const v = shown();
      for (const [k, hex] of [['primary', v.colors[0].hex], ['secondary', v.colors[1].hex], ['accent', v.colors.find((c) => c.role === 'accent').hex], ['neutral', '#9ca3af'], ['off', '#ffffff']]) {
        const seg = el('span', { class: 'seg ' + k });
        seg.style.width = (100 * s[k]) + '%';
        seg.style.backgroundColor = hex;
        bar.append(seg);
      }
      const mask = el('img', { class: 'mask', src: r.mask, alt: t('mask') + ' — ' + f.name, width: rep.width, height: rep.height });
      li.replaceChildren(
        el('div', { class: 'chk-head' }, el('strong', { text: f.name }), el('span', { class: 'badge', text: rep.pass ? t('pass') : t('fail') }), el('span', { class: 'dim', text: rep.width + '×' + rep.height })),
        bar,
        el('dl', { class: 'shares' }, ...['primary', 'secondary', 'accent', 'neutral', 'off'].flatMap((k) => [el('dt', { text: k === 'off' ? t('off') : t('r.' + k) }), el('dd', { 'data-share': k, text: pct(s[k]) })])),
        rep.problems.length ? el('ul', { class: 'problems' }, ...rep.problems.map((p) => el('li', { text: p }))) : null,
        rep.off_colors && rep.off_colors.length ? el('p', { class: 'offc' }, t('off') + ': ', ...rep.off_colors.slice(0, 6).map((o) => { const c = el('span', { class: 'offsw', text: o.hex }); c.style.setProperty('--c', o.hex); return c; })) : null,
        el('figure', { class: 'maskfig' }, mask, el('figcaption', { text: t('mask') })));
    } catch (e) {
      li.className = 'chk error';
      li.replaceChildren(el('strong', { text: f.name }), ' ', el('span', { class: 'err', text: e.message }));
    }
  }
}

async function logoFile(f) {
  const out = $('#logo-out');
  out.textContent = t('loading');
  try {
    const q = new URLSearchParams({ name: f.name });
    const r = await upload('/api/extract?' + q, f);
    if (!r.brand) throw new Error(f.name + ': no colour besides its background');
    out.textContent = t('brandOf') + ' ' + f.name + (st.lang === 'fr' ? '\u00a0: ' : ': ') + r.brand;
    st.base = r.brand.slice(1);
    st.v = '';
    changed();
    $('#palette').scrollIntoView({ block: 'start' });
  } catch (e) { out.textContent = e.message; }
}

function dropZone(label, input, onFiles) {
  input.addEventListener('change', () => { onFiles([...input.files]); input.value = ''; });
  label.addEventListener('dragover', (e) => { e.preventDefault(); label.classList.add('over'); });
  label.addEventListener('dragleave', () => label.classList.remove('over'));
  label.addEventListener('drop', (e) => { e.preventDefault(); label.classList.remove('over'); onFiles([...e.dataTransfer.files]); });
}

function regenerate() {
  const a = new Uint32Array(1);
  crypto.getRandomValues(a);
  st.seed = String(a[0] || 1);
  st.v = '';
  changed();
}

// ---- start ----
async function start() {
  meta = await api('/api/meta');
  strings = meta.strings;
  st = parse(location.search);
  if (!st.tags.length && !st.base) { st.tags = ['trust', 'tech']; st.variants = '3'; history.replaceState(null, '', '?' + query(st)); }
  fillSelect($('#preset'), meta.presets.map((p) => [p.name, p.title + ' · ' + p.width + '×' + p.height]), 'x-header');
  applyLang();
  writeForm();

  const input = $('#tag-input');
  input.addEventListener('input', () => {
    if (input.value.includes(',')) { input.value.split(',').slice(0, -1).forEach(addTag); input.value = input.value.split(',').pop(); }
    clearTimeout(suggestTimer); suggestTimer = setTimeout(suggest, 60);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') { e.preventDefault(); moveActive(1); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); moveActive(-1); }
    else if (e.key === 'Enter') {
      e.preventDefault();
      const items = [...$('#suggest').children];
      if (active >= 0 && !$('#suggest').hidden) addTag(items[active].dataset.value);
      else addTag(input.value);
    } else if (e.key === 'Escape') closeSuggest();
    else if (e.key === 'Backspace' && !input.value && st.tags.length) { st.tags.pop(); changed(); }
  });
  input.addEventListener('blur', () => setTimeout(closeSuggest, 100));
  $('#chips').addEventListener('click', (e) => { if (e.target.id === 'chips') input.focus(); });
  for (const id of ['#style', '#harmony', '#secondaries', '#variants']) $(id).addEventListener('change', () => { readForm(); changed(); });
  for (const id of ['#avoid', '#seed']) $(id).addEventListener('change', () => { readForm(); changed(); });
  $('#base-color').addEventListener('change', () => { st.base = $('#base-color').value.slice(1); st.v = ''; changed(); });
  $('#base-text').addEventListener('change', () => { st.base = $('#base-text').value.trim().replace(/^#/, ''); st.v = ''; changed(); });
  $('#base-clear').addEventListener('click', () => { st.base = ''; changed(); });
  $('#opts').addEventListener('submit', (e) => e.preventDefault());
  $('#regen').addEventListener('click', regenerate);
  $('#lang').addEventListener('click', () => { st.lang = st.lang === 'fr' ? 'en' : 'fr'; applyLang(); changed(); });
  $('#preset').addEventListener('change', previews);
  for (const i of document.querySelectorAll('input[name=scheme-mode]')) i.addEventListener('change', () => setSchemeMode(i.value));
  setSchemeMode(schemeMode);
  $('#ramps').addEventListener('change', exportLinks);
  $('#prefix').addEventListener('input', exportLinks);
  for (const id of ['#b-title', '#b-tagline', '#b-cta']) $(id).addEventListener('input', () => { clearTimeout(previewTimer); previewTimer = setTimeout(() => { previews(); exportLinks(); }, 250); });
  dropZone($('#check-drop'), $('#check-file'), checkFiles);
  dropZone($('#logo-drop'), $('#logo-file'), (fs) => fs[0] && logoFile(fs[0]));
  document.addEventListener('keydown', (e) => {
    if (e.key !== ' ' || e.ctrlKey || e.metaKey || e.altKey) return;
    const tag = (e.target.tagName || '').toLowerCase();
    if (['input', 'textarea', 'select', 'button', 'a', 'summary'].includes(tag) || e.target.isContentEditable) return;
    e.preventDefault();
    regenerate();
  });
  window.addEventListener('popstate', () => { st = parse(location.search); applyLang(); load(); });
  // Files dropped outside a drop zone must not navigate away.
  window.addEventListener('dragover', (e) => e.preventDefault());
  window.addEventListener('drop', (e) => e.preventDefault());
  await load();
  document.body.dataset.ready = 'true';
}

start().catch((e) => { const b = $('#error'); b.textContent = e.message; b.hidden = false; });
