// Drives the system Chromium over a hueprint preview page (issue 19) in light
// and dark emulation and checks what a person would: no console errors, no
// request outside the page's folder, axe-core finds no violation (colour
// contrast included), the keyboard focus ring is visible, the dark
// background is really dark (OKLCH L <= 0.25), the toggle switches modes,
// and components carry their contrast figure, and the page does not scroll
// sideways at 360, 390 and 1280 px. Saves a screenshot per mode.
// Usage: node preview-check.mjs DIR SHOT_PREFIX   (writes SHOT_PREFIX-light.png, -dark.png)
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const [dir, shotPrefix] = process.argv.slice(2);
const here = dirname(fileURLToPath(import.meta.url));
const folder = pathToFileURL(resolve(dir)).href + '/';
const failures = [];
const check = (ok, msg) => { if (!ok) failures.push(msg); };

// OKLab lightness of a CSS rgb() colour (Ottosson's matrices).
function oklabL(css) {
  const [r, g, b] = css.match(/[\d.]+/g).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  return 0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  for (const mode of ['light', 'dark']) {
    // bypassCSP lets axe-core in; the page's own CSP would block it (and any request, which the listener below sees anyway).
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: mode, bypassCSP: true });
    context.setDefaultTimeout(120000); // a loaded 2-core CI machine, not a slow page
    const page = await context.newPage();
    const errors = [];
    const outside = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('request', (r) => { const u = r.url(); if (!u.startsWith(folder) && !u.startsWith('data:')) outside.push(u); });
    await page.goto(folder + 'index.html', { waitUntil: 'load' });

    const theme = await page.evaluate(() => document.documentElement.dataset.theme);
    check(theme === mode, `${mode}: the page starts in ${theme}, want the system's ${mode}`);
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const L = oklabL(bg);
    if (mode === 'dark') check(L <= 0.25, `dark: background ${bg} has OKLCH L ${L.toFixed(3)}, want <= 0.25`);
    else check(L >= 0.9, `light: background ${bg} has OKLCH L ${L.toFixed(3)}, want a light page`);

    // Keyboard: the first Tab lands on the skip link, the next ones on the
    // navigation; each shows a focus ring of at least 2px.
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      const f = await page.evaluate(() => {
        const el = document.activeElement;
        const cs = getComputedStyle(el);
        return { tag: el.tagName, style: cs.outlineStyle, width: parseFloat(cs.outlineWidth), color: cs.outlineColor, visible: el.matches(':focus-visible') };
      });
      check(f.visible && f.style !== 'none' && f.width >= 2, `${mode}: Tab ${i + 1} on ${f.tag}: focus ring ${f.style} ${f.width}px`);
    }
    // A form field's ring is the focus role's colour.
    await page.focus('#f-email');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => [getComputedStyle(document.activeElement).outlineColor, getComputedStyle(document.documentElement).getPropertyValue('--color-focus').trim()]);
    const hex = (c) => '#' + c.match(/\d+/g).slice(0, 3).map((v) => Number(v).toString(16).padStart(2, '0')).join('');
    check(hex(ring[0]) === ring[1], `${mode}: input focus ring ${ring[0]}, want --color-focus ${ring[1]}`);

    // Hover figures and the side panel.
    const tip = await page.getAttribute('.row .btn-primary', 'title');
    check(/:1/.test(tip || ''), `${mode}: the primary button has no contrast figure on hover: ${tip}`);
    const rows = await page.$$eval('aside.contrast ol li', (els) => els.map((e) => e.querySelector('.ratio').innerText.trim()));
    check(rows.length >= 16 && rows.every((r) => /^\d+[.,]\d\d:1$/.test(r)), `${mode}: side panel rows ${JSON.stringify(rows)}`);

    await page.addScriptTag({ path: join(here, 'node_modules', 'axe-core', 'axe.min.js') });
    const axe = await page.evaluate(async () => {
      const r = await window.axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((x) => `${x.id} (${x.impact}): ${x.nodes.length} node(s) — ${x.help}: ${x.nodes.slice(0, 3).map((n) => n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\s+/g, ' ')).join(' | ')}`);
    });
    check(axe.length === 0, `${mode}: axe-core violations: ${axe.join(' || ')}`);
    await page.evaluate(() => document.activeElement && document.activeElement.blur());
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${shotPrefix}-${mode}.png`, fullPage: true });

    // The toggle switches to the other mode and back.
    await page.click('#theme-toggle');
    const other = await page.evaluate(() => [document.documentElement.dataset.theme, document.getElementById('theme-toggle').getAttribute('aria-pressed')]);
    check(other[0] === (mode === 'dark' ? 'light' : 'dark') && other[1] === String(other[0] === 'dark'), `${mode}: toggle gave ${other}`);
    const bg2 = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    check(bg2 !== bg, `${mode}: toggling did not change the background`);

    check(errors.length === 0, `${mode}: console errors: ${errors.join(' | ')}`);
    check(outside.length === 0, `${mode}: requests outside the page's folder: ${outside.join(' ')}`);
    await context.close();
  }
  // No horizontal scrolling on a phone or a desktop, whatever the brand's
  // name (a long one has no break opportunity).
  for (const width of [360, 390, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    context.setDefaultTimeout(120000); // a loaded 2-core CI machine, not a slow page
    const page = await context.newPage();
    await page.goto(folder + 'index.html', { waitUntil: 'load' });
    const o = await page.evaluate(() => {
      const d = document.documentElement;
      const wide = [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > d.clientWidth + 1)
        .slice(0, 4).map((el) => el.tagName.toLowerCase() + (el.className ? '.' + el.className : ''));
      return { sw: d.scrollWidth, cw: d.clientWidth, wide };
    });
    check(o.sw <= o.cw, `${width}px: the page is ${o.sw}px wide (scrolls sideways): ${o.wide.join(', ')}`);
    await context.close();
  }
} finally {
  await browser.close();
}
if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}
console.log('preview ok');
