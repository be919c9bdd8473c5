// Drives the system Chromium over a running hueprint studio and checks what
// a designer would do: type tags (with the suggestion list) and see the
// palette the CLI gives, download the CSS export (the CLI's bytes), drop an
// image and see the CLI's check numbers, lock a colour and regenerate with
// the space bar (the locked colour stays), reload the URL (same palette),
// see the UI scheme preview in light and dark (the numbers of "hueprint
// scheme", the page of "hueprint preview" sandboxed so that its script
// cannot reach the studio, its own toggle working) and download the
// scheme's CSS (the bytes of "hueprint export --scheme").
// Throughout: no console error, no request leaving the studio's origin; at
// 1280 and 390 px nothing wider than the screen and axe-core finds no
// violation. Saves SCREENSHOT-1280.png and SCREENSHOT-390.png and prints
// the palette and banner timings seen by the browser.
// Usage: node studio-check.mjs URL EXPECTED.json SCREENSHOT.png
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const [base, expectedFile, shot] = process.argv.slice(2);
// {"palette":["#…",…], "css": "…", "image": "/path.png", "check": {"pass":…, "shares":{…}}}
const expected = JSON.parse(readFileSync(expectedFile, 'utf8'));
const origin = new URL(base).origin;
const here = dirname(fileURLToPath(import.meta.url));
const axeSource = readFileSync(join(here, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const failures = [];
const check = (ok, msg) => { if (!ok) failures.push(msg); };

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
// schemeFrame waits for the scheme preview page in mode and gives its frame.
async function schemeFrame(page, mode) {
  await page.locator('#scheme-frame').scrollIntoViewIfNeeded();
  // The frame and the numbers beside it are those of the palette shown.
  await page.waitForFunction((m) => {
    const same = (a) => { const q = new URLSearchParams(a); q.delete('mode'); q.delete('cvd'); q.sort(); const l = new URLSearchParams(location.search); l.sort(); return q.toString() === l.toString(); };
    const f = document.getElementById('scheme-frame');
    const side = document.querySelector('.scheme-side');
    return f.dataset.mode === m && f.src.includes('mode=' + m) && same(new URL(f.src).search) && side.dataset.mode === m && same(side.dataset.query || '');
  }, mode);
  const src = await page.$eval('#scheme-frame', (f) => f.src);
  let frame;
  for (let i = 0; i < 100 && !frame; i++) {
    frame = page.frames().find((f) => f.url() === src);
    if (!frame) await new Promise((r) => setTimeout(r, 50));
  }
  if (!frame) throw new Error(`no frame at ${src}`);
  await frame.waitForFunction((m) => document.documentElement.dataset.theme === m, mode);
  return frame;
}
// checkScheme opens the scheme preview in both modes.
async function checkScheme(page, want, width) {
  await page.waitForSelector('#scheme-pairs li');
  for (const mode of ['light', 'dark']) {
    // Keyboard: the mode is a radio group.
    await page.focus(`input[name=scheme-mode][value=${mode === 'light' ? 'dark' : 'light'}]`);
    if (mode === 'dark') await page.keyboard.press('ArrowRight');
    else await page.check('input[name=scheme-mode][value=light]');
    const frame = await schemeFrame(page, mode);
    const side = await page.evaluate(() => ({
      mode: document.querySelector('.scheme-side').dataset.mode,
      roles: Object.fromEntries([...document.querySelectorAll('#scheme-roles li')].map((li) => [li.dataset.role, li.dataset.hex])),
      pairs: [...document.querySelectorAll('#scheme-pairs li')].map((li) => ({ fg: li.dataset.fg, bg: li.dataset.bg, ratio: Number(li.dataset.ratio) })),
      notes: [...document.querySelectorAll('#scheme-notes li')].length,
    }));
    check(side.mode === mode, `${width} px: the scheme side shows ${side.mode}, want ${mode}`);
    check(side.pairs.length === 20, `${width} px: ${side.pairs.length} scheme pairs`);
    if (want) {
      check(JSON.stringify(side.roles) === JSON.stringify(want[mode]), `${mode} roles ${JSON.stringify(side.roles)}, hueprint scheme ${JSON.stringify(want[mode])}`);
      for (const [i, p] of side.pairs.entries()) {
        const w = want.pairs[i];
        check(p.fg === w.fg && p.bg === w.bg && p.ratio === w[mode], `${mode} pair ${p.fg} on ${p.bg}: ${p.ratio}, CLI ${w[mode]}`);
      }
      check(side.notes === Math.max(1, want.notes.length), `${side.notes} notes shown, hueprint scheme has ${want.notes.length}`);
    }
    // The page's script runs in an opaque origin: no way to the studio.
    const reach = await frame.evaluate(() => {
      const out = { origin: self.origin };
      try { out.parent = String(parent.document.title); } catch (e) { out.parent = e.name; }
      try { out.cookie = document.cookie; } catch (e) { out.cookie = e.name; }
      return out;
    });
    check(reach.origin === 'null' && reach.parent === 'SecurityError' && reach.cookie === 'SecurityError', `${width} px: the scheme page reaches the studio: ${JSON.stringify(reach)}`);
    // Its own toggle still works, both ways.
    const other = mode === 'dark' ? 'light' : 'dark';
    await frame.click('#theme-toggle');
    await frame.waitForFunction((m) => document.documentElement.dataset.theme === m, other);
    await frame.click('#theme-toggle');
    await frame.waitForFunction((m) => document.documentElement.dataset.theme === m, mode);
    await page.locator('#scheme').screenshot({ path: shot.replace(/\.png$/, '') + `-scheme-${width}-${mode}.png` });
  }
}
const hexes = (page) => page.$$eval('#palette .sw', (els) => els.map((e) => e.dataset.hex));
const timings = { palette: [], banner: [], paletteServer: [], bannerServer: [], bannerWait: [] };
let lastPage; // for the state printed when a wait times out
try {
  for (const { width, height } of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
    const ctx = await browser.newContext({ viewport: { width, height }, acceptDownloads: true });
    ctx.setDefaultTimeout(120000); // a loaded 2-core CI machine, not a slow page
    const page = await ctx.newPage();
    lastPage = page;
    const errors = [];
    const foreign = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('request', (r) => {
      const u = r.url();
      if (!u.startsWith(origin + '/') && !u.startsWith('data:') && !u.startsWith('blob:' + origin)) foreign.push(u);
    });
    page.on('requestfinished', async (r) => {
      const u = new URL(r.url());
      const t = r.timing();
      const ms = t.responseEnd - t.requestStart;
      const resp = await r.response();
      const st = resp && /dur=([0-9.]+)/.exec(resp.headers()['server-timing'] || '');
      const server = st ? parseFloat(st[1]) : NaN;
      if (u.pathname === '/api/palette') { timings.palette.push(ms); timings.paletteServer.push(server); }
      const wt = resp && /wait;dur=([0-9.]+)/.exec(resp.headers()['server-timing'] || '');
      if (u.pathname === '/api/banner.png') { timings.banner.push(ms); timings.bannerServer.push(server); timings.bannerWait.push(wt ? parseFloat(wt[1]) : NaN); }
    });
    const ready = () => page.waitForSelector('body[data-ready=true]');
    const settled = () => page.waitForSelector('#palette[aria-busy=false]');

    await page.goto(base + '?tags=nature');
    await ready();
    await settled();

    if (width === 1280) {
      // Type the tags: Backspace removes "nature"; "tru" suggests trust.
      const input = page.locator('#tag-input');
      await input.click();
      await page.keyboard.press('Backspace');
      await settled();
      await input.pressSequentially('tru', { delay: 30 });
      // The list answering the whole text, not a partial one (a stalled
      // machine can let the suggestion timer fire between two keys).
      await page.waitForSelector('#suggest[data-q="tru"] li[data-value="trust"]');
      await page.keyboard.press('ArrowDown');
      await page.waitForSelector('#suggest li[data-value="trust"][aria-selected=true]');
      await page.keyboard.press('Enter');
      await settled();
      await input.pressSequentially('tech,', { delay: 30 });
      await page.waitForFunction(() => new URL(location.href).searchParams.get('tags') === 'trust,tech');
      await settled();
      const got = await hexes(page);
      check(JSON.stringify(got) === JSON.stringify(expected.palette), `palette for trust,tech: ${got}, want the CLI's ${expected.palette}`);

      // The CSS export is the CLI's file, byte for byte.
      const [dl] = await Promise.all([page.waitForEvent('download'), page.click('a[data-format=css]')]);
      const css = readFileSync(await dl.path(), 'utf8');
      check(css === expected.css, `CSS download differs from hueprint export:\n${css}\n--- want ---\n${expected.css}`);
      const [sdl] = await Promise.all([page.waitForEvent('download'), page.click('a[data-scheme-format=css]')]);
      const scss = readFileSync(await sdl.path(), 'utf8');
      check(scss === expected.scheme_css, `scheme CSS download differs from hueprint export --scheme:\n${scss}\n--- want ---\n${expected.scheme_css}`);
      // The UI scheme of this palette: the numbers of hueprint scheme.
      await checkScheme(page, expected.scheme, width);

      // Drop an image: the CLI's numbers.
      await page.setInputFiles('#check-file', expected.image);
      const item = page.locator('#check-list li.pass, #check-list li.fail').first();
      await item.waitFor();
      const ds = await item.evaluate((e) => ({ ...e.dataset }));
      check(ds.pass === String(expected.check.pass), `check verdict ${ds.pass}, CLI ${expected.check.pass}`);
      for (const k of ['primary', 'secondary', 'accent', 'neutral', 'off']) {
        check(Number(ds[k]) === expected.check.shares[k], `check share ${k}: ${ds[k]}, CLI ${expected.check.shares[k]}`);
        const shown = await item.locator(`dd[data-share=${k}]`).textContent();
        check(shown === (100 * expected.check.shares[k]).toFixed(1) + ' %', `${k} shown as ${shown}`);
      }
      check(await item.locator('img.mask').count() === 1, 'no mask image');

      // Lock the accent with a click, regenerate with the space bar at once:
      // the accent stays.
      const accent = await page.$eval('#palette .sw[data-role=accent]', (e) => e.dataset.hex);
      await page.click('#palette .sw[data-role=accent] .lock');
      await page.waitForFunction((h) => new URL(location.href).searchParams.get('accent') === h.slice(1), accent);
      await settled();
      check(await page.$eval('#palette .sw[data-role=accent] .lock', (e) => e.getAttribute('aria-pressed')) === 'true', 'lock not pressed');
      const seedBefore = new URL(page.url()).searchParams.get('seed');
      await page.keyboard.press('Space');
      await page.waitForFunction((s) => new URL(location.href).searchParams.get('seed') !== s, seedBefore);
      await settled();
      const after = await hexes(page);
      const accentAfter = await page.$eval('#palette .sw[data-role=accent]', (e) => e.dataset.hex);
      check(accentAfter === accent, `after space the accent is ${accentAfter}, locked ${accent}`);

      // Reload: the URL holds the palette.
      await page.reload();
      await ready();
      await settled();
      const reloaded = await hexes(page);
      check(JSON.stringify(reloaded) === JSON.stringify(after), `after reload ${reloaded}, before ${after}`);
      // Back goes to the palette before the space bar.
      await page.goBack();
      await page.waitForFunction((s) => new URL(location.href).searchParams.get('seed') === s, seedBefore);
      // The French label.
      await page.click('#lang');
      await page.waitForFunction(() => document.documentElement.lang === 'fr');
      check((await page.textContent('#tags-label')) === 'Mots-clés', 'French label of the tags field');
      await settled();
      await page.click('#lang');
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      await settled();
      // Keyboard only: a lock toggled with Enter keeps the focus.
      await page.focus('#palette .sw[data-role=primary] .lock');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => new URL(location.href).searchParams.has('base'));
      await settled();
      const focused = await page.evaluate(() => { const a = document.activeElement; return a && a.classList.contains('lock') && a.closest('.sw').dataset.role; });
      check(focused === 'primary', `after Enter on a lock the focus is on ${focused}`);
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => !new URL(location.href).searchParams.has('base'));
      await settled();
    } else {
      // A phone: simulate deuteranopia, check an image, start from a logo.
      await page.check('input[name=cvd][value=deuteranopia]');
      await settled();
      await page.setInputFiles('#check-file', expected.image);
      await page.locator('#check-list li.pass, #check-list li.fail').first().waitFor();
      await page.setInputFiles('#logo-file', expected.image);
      await page.waitForFunction((h) => new URL(location.href).searchParams.get('base') === h.slice(1), expected.brand);
      await settled();
      const primary = await page.$eval('#palette .sw[data-role=primary]', (e) => e.dataset.hex);
      check(primary === expected.brand, `from the logo: primary ${primary}, want the CLI's brand colour ${expected.brand}`);
      // The scheme preview as seen with deuteranopia.
      await checkScheme(page, null, width);
      const sim = await page.$eval('.scheme-side', (e) => e.dataset.simulated);
      check(sim === 'deuteranopia', `the scheme side is simulated as ${sim}`);
      check((await page.$eval('#scheme-frame', (f) => f.src)).includes('cvd=deuteranopia'), 'the scheme page is not simulated');
      await page.check('input[name=scheme-mode][value=light]');
      await schemeFrame(page, 'light');
    }
    await page.waitForFunction(() => { const i = document.getElementById('swatch-img'); return i.complete && i.naturalWidth > 0; });
    await page.waitForFunction(() => { const i = document.getElementById('banner-img'); return i.complete && i.naturalWidth > 0; });

    // The scheme page of the palette shown is in its frame.
    await schemeFrame(page, await page.$eval('#scheme-frame', (f) => f.dataset.mode));
    const fit = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    check(fit.scroll <= fit.client, `${width} px: horizontal scrolling, scrollWidth ${fit.scroll} > clientWidth ${fit.client}`);
    // The studio's CSP forbids inline scripts: inject axe-core through the
    // DevTools protocol instead.
    await page.evaluate(axeSource);
    const axe = await page.evaluate(async () => {
      // The scheme page is a sandboxed frame of an opaque origin, out of
      // the studio's reach (axe too): it is checked on its own below.
      const r = await window.axe.run(document, { resultTypes: ['violations'], iframes: false });
      return r.violations.map((x) => `${x.id} (${x.impact}): ${x.nodes.length} node(s) — ${x.help}: ${x.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    });
    check(axe.length === 0, `${width} px: axe-core violations: ${axe.join(' | ')}`);
    check(errors.length === 0, `${width} px: console errors: ${errors.join(' | ')}`);
    check(foreign.length === 0, `${width} px: requests leaving the origin: ${foreign.join(' ')}`);
    await page.screenshot({ path: shot.replace(/\.png$/, '') + `-${width}.png`, fullPage: true });
    // The scheme page on its own (as "Open the page on its own" shows it),
    // in both modes: axe-core, no console error, no request.
    const src = await page.$eval('#scheme-frame', (f) => f.src);
    for (const mode of ['light', 'dark']) {
      await page.goto(src.replace(/mode=[a-z]+/, 'mode=' + mode));
      check(await page.evaluate(() => document.documentElement.dataset.theme) === mode, `the scheme page alone does not start in ${mode}`);
      await page.evaluate(axeSource);
      const v = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations.map((x) => `${x.id}: ${x.nodes.length} node(s) — ${x.help}: ${x.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`));
      check(v.length === 0, `${width} px: the scheme page in ${mode}: axe-core violations: ${v.join(' | ')}`);
    }
    check(errors.length === 0, `${width} px: console errors on the scheme page: ${errors.join(' | ')}`);
    check(foreign.length === 0, `${width} px: requests leaving the origin from the scheme page: ${foreign.join(' ')}`);
    await ctx.close();
  }
} catch (e) {
  // Where the page was when a step failed: its URL, error box and chips.
  const state = lastPage && await lastPage.evaluate(() => ({
    url: location.href,
    error: document.getElementById('error')?.hidden ? '' : document.getElementById('error')?.textContent,
    chips: [...document.querySelectorAll('#chip-list .chip')].map((c) => c.firstChild?.textContent),
    busy: document.getElementById('palette')?.getAttribute('aria-busy'),
  })).catch(() => null);
  console.error('page state:', JSON.stringify(state));
  if (failures.length) console.error(failures.join('\n'));
  throw e;
} finally {
  await browser.close();
}
const p95 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)] : NaN; };
console.log(`browser timings, p95 seen by the page (of which in the handler): /api/palette n=${timings.palette.length} ${p95(timings.palette).toFixed(0)} ms (${p95(timings.paletteServer).toFixed(0)} ms); /api/banner.png n=${timings.banner.length} ${p95(timings.banner).toFixed(0)} ms (${p95(timings.bannerServer).toFixed(0)} ms, waiting for a render slot ${p95(timings.bannerWait).toFixed(0)} ms); all banner handler times ${timings.bannerServer.map(Math.round)}`);
if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}
console.log('studio ok');
