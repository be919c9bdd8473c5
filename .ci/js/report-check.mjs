// Drives the system Chromium over a hueprint check --report page and checks
// what a person would: no console errors, one card per image with the right
// verdict, failures and unreadable files first, filters and sorting work, the
// keyboard reaches the controls; at 1280 and 390 px (a phone) nothing is wider
// than the screen and axe-core finds no accessibility violation. Saves a
// screenshot per width: SCREENSHOT-1280.png and SCREENSHOT-390.png.
// Usage: node report-check.mjs REPORT_DIR EXPECTED.json SCREENSHOT.png
import { readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const [dir, expectedFile, shot] = process.argv.slice(2);
const expected = JSON.parse(readFileSync(expectedFile, 'utf8')); // {"name": "pass"|"fail"|"error"}
const here = dirname(fileURLToPath(import.meta.url));
const failures = [];
const check = (ok, msg) => { if (!ok) failures.push(msg); };

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  // Every width: no console error, nothing wider than the screen (no
  // horizontal scrolling), problems first, axe-core clean, a screenshot.
  for (const { width, height, full } of [{ width: 1280, height: 900, full: false }, { width: 390, height: 844, full: true }]) {
    const page = await browser.newPage({ viewport: { width, height } });
    page.setDefaultTimeout(120000); // a loaded 2-core CI machine, not a slow page
    const errors = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(pathToFileURL(resolve(join(dir, 'index.html'))).href, { waitUntil: 'load' });
    check(errors.length === 0, `${width} px: console errors: ${errors.join(' | ')}`);

    const fit = await page.evaluate(() => {
      const doc = document.documentElement;
      const wide = [];
      for (const el of document.querySelectorAll('body *')) {
        const r = el.getBoundingClientRect();
        if (r.width > 0 && r.right > doc.clientWidth + 0.5 && !el.closest('template')) {
          wide.push(`${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : ''} ends at ${Math.round(r.right)}`);
        }
      }
      return { scroll: doc.scrollWidth, client: doc.clientWidth, wide: wide.slice(0, 8) };
    });
    check(fit.scroll <= fit.client, `${width} px: horizontal scrolling, scrollWidth ${fit.scroll} > clientWidth ${fit.client}`);
    check(fit.wide.length === 0, `${width} px: elements wider than the screen: ${fit.wide.join(', ')}`);
    // The chart's bars are all on screen, the unreadable one included.
    const bars = await page.$$eval('.dist li', (els) => els.map((e) => e.getBoundingClientRect().right));
    check(bars.length === 6 && bars.every((r) => r <= width), `${width} px: chart rows end at ${bars}`);

    // Default order: failures, then unreadable files, then passes.
    const sortValue = await page.$eval('#sort', (e) => e.value);
    check(sortValue === 'problems', `${width} px: default sort ${sortValue}, want problems`);
    const rank = { fail: 0, error: 1, pass: 2 };
    const order = await page.$$eval('#cards > li', (els) => els.map((e) => e.dataset.status));
    check(order.every((s, i) => i === 0 || rank[order[i - 1]] <= rank[s]), `${width} px: default order ${order}`);

    if (width === 1280) {
      const cards = await page.$$eval('#cards > li', (els) => els.map((e) => ({ name: e.dataset.name, status: e.dataset.status })));
      check(cards.length === Object.keys(expected).length, `${cards.length} cards, want ${Object.keys(expected).length}`);
      for (const [name, status] of Object.entries(expected)) {
        const c = cards.find((x) => x.name === name.toLowerCase());
        check(c && c.status === status, `${name}: ${c ? c.status : 'no card'}, want ${status}`);
      }
      const visible = () => page.$$eval('#cards > li', (els) => els.filter((e) => getComputedStyle(e).display !== 'none').map((e) => e.dataset.status));
      const count = (s) => Object.values(expected).filter((v) => v === s).length;
      await page.selectOption('#filter', 'fail');
      let v = await visible();
      check(v.length === count('fail') && v.every((s) => s === 'fail'), `filter failed: ${v}`);
      await page.selectOption('#filter', 'error');
      v = await visible();
      check(v.length === count('error') && v.every((s) => s === 'error'), `filter unreadable: ${v}`);
      await page.selectOption('#filter', 'all');
      check((await visible()).length === cards.length, 'filter all');
      await page.selectOption('#sort', 'name');
      const names = await page.$$eval('#cards > li', (els) => els.map((e) => e.dataset.name));
      check(names.join() === [...names].sort().join(), `sort by name: ${names}`);
      await page.selectOption('#sort', 'off');
      const offs = await page.$$eval('#cards > li', (els) => els.map((e) => parseFloat(e.dataset.off)));
      check(offs.every((x, i) => i === 0 || offs[i - 1] >= x), `sort by off-palette share: ${offs}`);
      await page.selectOption('#sort', 'index');
      const idx = await page.$$eval('#cards > li', (els) => els.map((e) => parseInt(e.dataset.index, 10)));
      check(idx.every((x, i) => i === 0 || idx[i - 1] < x), `input order: ${idx}`);
      await page.selectOption('#sort', 'problems');

      // One page holds every card here: the pager says so and is disabled.
      const pager = await page.evaluate(() => [document.getElementById('page').textContent, document.getElementById('prev').disabled, document.getElementById('next').disabled]);
      check(/1 \/ 1$/.test(pager[0]) && pager[1] && pager[2], `pager: ${pager}`);

      // The keyboard reaches both controls.
      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => document.activeElement && document.activeElement.id);
      await page.keyboard.press('Tab');
      const second = await page.evaluate(() => document.activeElement && document.activeElement.id);
      check(first === 'filter' && second === 'sort', `tab order: ${first}, ${second}`);
    }

    await page.addScriptTag({ path: join(here, 'node_modules', 'axe-core', 'axe.min.js') });
    const axe = await page.evaluate(async () => {
      const r = await window.axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((x) => `${x.id} (${x.impact}): ${x.nodes.length} node(s) — ${x.help}`);
    });
    check(axe.length === 0, `${width} px: axe-core violations: ${axe.join(' | ')}`);
    // Cards off screen skip rendering (content-visibility: auto): render
    // them all for the full-page screenshot.
    await page.evaluate(() => document.querySelectorAll('.card').forEach((c) => { c.style.contentVisibility = 'visible'; }));
    await page.screenshot({ path: shot.replace(/\.png$/, '') + `-${width}.png`, fullPage: full });
    await page.close();
  }
} finally {
  await browser.close();
}
if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}
console.log('report ok');
