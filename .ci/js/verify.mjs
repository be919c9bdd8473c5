// Reads a hueprint export back with the real tool for its format and prints
// the colours it found as JSON {"name": "colour"}; the Go test compares them.
// Usage: node verify.mjs css|scss|tailwind|tailwind4|tokens|json FILE
import { readFileSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const [format, file] = process.argv.slice(2);
const here = dirname(fileURLToPath(import.meta.url));
const out = {};

function declarations(css, prefix) {
  return import('postcss').then(({ default: postcss }) => {
    postcss.parse(css).walkDecls((d) => {
      if (d.prop.startsWith(prefix)) out[d.prop.slice(prefix.length)] = d.value;
    });
  });
}


// --- hueprint scheme exports (issue 19): every value keyed "light:role" or
// "dark:role"; the browser check adds "forced-light:" and "forced-dark:".
// The mode of a declaration comes from its rule and enclosing at-rule.
function schemeMode(rule) {
  // Sass writes [data-theme=light] without the quotes: compare without them.
  const sel = rule.selector.replace(/\s+/g, ' ').replace(/"/g, '');
  const inMedia = rule.parent && rule.parent.type === 'atrule' && /prefers-color-scheme:\s*dark/.test(rule.parent.params);
  if (inMedia && sel.includes(':root:not([data-theme=light])')) return 'dark';
  if (sel === '[data-theme=dark]') return 'dark';
  if (sel.includes(':root') && sel.includes('[data-theme=light]')) return 'light';
  if (sel === ':root, :host' || sel === ':root,:host') return 'light'; // Tailwind v4's @theme output
  return null;
}
async function schemeDeclarations(css, prefix) {
  const { default: postcss } = await import('postcss');
  postcss.parse(css).walkDecls((d) => {
    if (!d.prop.startsWith(prefix) || d.parent.type !== 'rule') return;
    const mode = schemeMode(d.parent);
    if (mode) out[`${mode}:${d.prop.slice(prefix.length)}`] = d.value;
  });
}
const schemeRoles = ['background', 'on-background', 'surface', 'on-surface', 'on-surface-muted', 'primary', 'on-primary',
  'primary-container', 'on-primary-container', 'secondary', 'on-secondary', 'accent', 'on-accent', 'outline', 'focus',
  'error', 'on-error', 'success', 'on-success', 'warning', 'on-warning'];
async function schemeInBrowser(css) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    for (const [key, scheme, theme] of [['light', 'light', null], ['dark', 'dark', null], ['forced-light', 'dark', 'light'], ['forced-dark', 'light', 'dark']]) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setContent(`<!doctype html><html${theme ? ` data-theme="${theme}"` : ''}><head></head><body></body></html>`);
      await page.addStyleTag({ content: css }); // as a stylesheet's text, not parsed as HTML
      const vals = await page.evaluate((roles) => {
        const cs = getComputedStyle(document.documentElement);
        return Object.fromEntries(roles.map((r) => [r, cs.getPropertyValue('--color-' + r).trim()]));
      }, schemeRoles);
      for (const [r, v] of Object.entries(vals)) out[`${key}:${r}`] = v;
    }
  } finally {
    await browser.close();
  }
}

switch (format) {
  case 'css':
    await declarations(readFileSync(file, 'utf8'), '--brand-');
    break;
  case 'scss': {
    const sass = await import('sass');
    const dir = mkdtempSync(join(tmpdir(), 'scss-'));
    writeFileSync(join(dir, '_brand.scss'), readFileSync(file, 'utf8'));
    writeFileSync(join(dir, 'main.scss'), '@use "brand" as b;\n@each $name, $c in b.$brand-colors { .#{$name} { color: $c; } }\n');
    const css = sass.compile(join(dir, 'main.scss'), { style: 'expanded' }).css;
    const { default: postcss } = await import('postcss');
    postcss.parse(css).walkRules((r) => r.walkDecls((d) => { out[r.selector.slice(1)] = d.value; }));
    break;
  }
  case 'tailwind': {
    const { default: postcss } = await import('postcss');
    const { default: tailwindcss } = await import('tailwindcss');
    const require = (await import('node:module')).createRequire(import.meta.url);
    const config = require(file);
    const names = Object.keys(config.theme.extend.colors.brand);
    const config2 = { ...config, content: [{ raw: names.map((n) => `bg-brand-${n}`).join(' ') }], corePlugins: { preflight: false } };
    const result = await postcss([tailwindcss(config2)]).process('@tailwind utilities;', { from: undefined });
    postcss.parse(result.css).walkRules((r) => r.walkDecls('background-color', (d) => {
      out[r.selector.replace('.bg-brand-', '')] = d.value.replace(/ \/ var\(--tw-bg-opacity(, 1)?\)\)$/, ')');
    }));
    break;
  }
  case 'tailwind4': {
    // Inside the tw4 folder, so that @import "tailwindcss" resolves there.
    const dir = mkdtempSync(join(here, 'tw4', 'run-'));
    const css = readFileSync(file, 'utf8');
    const names = [...css.matchAll(/--color-brand-([a-z0-9-]+):/g)].map((m) => m[1]);
    writeFileSync(join(dir, 'in.css'), css + `\n@source inline("${names.map((n) => `bg-brand-${n}`).join(' ')}");\n`);
    execFileSync(join(here, 'tw4', 'node_modules', '.bin', 'tailwindcss'), ['-i', join(dir, 'in.css'), '-o', join(dir, 'out.css')], { cwd: join(here, 'tw4'), stdio: 'ignore' });
    const built = readFileSync(join(dir, 'out.css'), 'utf8');
    await declarations(built, '--color-brand-');
    // The utilities exist too.
    for (const n of names) if (!built.includes(`.bg-brand-${n}`)) out[n] = 'missing utility';
    rmSync(dir, { recursive: true, force: true });
    break;
  }
  case 'tokens': {
    const { default: StyleDictionary } = await import('style-dictionary');
    const dir = mkdtempSync(join(tmpdir(), 'sd-'));
    const sd = new StyleDictionary({
      source: [file], log: { verbosity: 'silent', warnings: 'disabled' },
      platforms: { css: { transformGroup: 'css', buildPath: dir + '/', files: [{ destination: 'vars.css', format: 'css/variables' }] } },
    });
    await sd.buildAllPlatforms();
    await declarations(readFileSync(join(dir, 'vars.css'), 'utf8'), '--brand-');
    break;
  }
  case 'scheme-css':
    await schemeDeclarations(readFileSync(file, 'utf8'), '--color-');
    break;
  case 'scheme-css-browser':
    await schemeInBrowser(readFileSync(file, 'utf8'));
    break;
  case 'scheme-scss': {
    const sass = await import('sass');
    const dir = mkdtempSync(join(tmpdir(), 'scss-'));
    writeFileSync(join(dir, '_scheme.scss'), readFileSync(file, 'utf8'));
    // The maps, and the mixin's custom properties.
    writeFileSync(join(dir, 'main.scss'), '@use "scheme" as s;\n@include s.color-scheme-vars;\n@each $mode, $m in s.$color-schemes { @each $name, $c in $m { .#{$mode}--#{$name} { color: $c; } } }\n');
    const css = sass.compile(join(dir, 'main.scss'), { style: 'expanded' }).css;
    const { default: postcss } = await import('postcss');
    postcss.parse(css).walkRules((r) => r.walkDecls((d) => {
      const m = /^\.(light|dark)--(.+)$/.exec(r.selector);
      if (m) out[`map-${m[1]}:${m[2]}`] = d.value;
    }));
    await schemeDeclarations(css, '--color-');
    rmSync(dir, { recursive: true, force: true });
    break;
  }
  case 'scheme-tailwind': {
    const { default: postcss } = await import('postcss');
    const { default: tailwindcss } = await import('tailwindcss');
    const require = (await import('node:module')).createRequire(import.meta.url);
    const config = require(file);
    const names = Object.keys(config.hueprintScheme.light);
    const raw = names.map((n) => `bg-${n} dark:text-${n}`).join(' ');
    const config2 = { ...config, content: [{ raw }], corePlugins: { preflight: false } };
    const result = await postcss([tailwindcss(config2)]).process('@tailwind base;\n@tailwind utilities;', { from: undefined });
    await schemeDeclarations(result.css, '--color-');
    // Utilities read the variables, and the dark variant follows data-theme and the system.
    postcss.parse(result.css).walkRules((r) => r.walkDecls((d) => {
      let m = /^\.bg-(.+)$/.exec(r.selector);
      if (m && d.prop === 'background-color' && d.value !== `var(--color-${m[1]})`) out[`utility:${m[1]}`] = d.value;
      m = /^\.dark\\:text-(.+?):is\(\[data-theme="dark"\] \*\)$/.exec(r.selector);
      if (m) out[`dark-variant:${m[1]}`] = 'ok';
    }));
    break;
  }
  case 'scheme-tailwind4': {
    const dir = mkdtempSync(join(here, 'tw4', 'run-'));
    const css = readFileSync(file, 'utf8');
    writeFileSync(join(dir, 'in.css'), css + `\n@source inline("${schemeRoles.map((n) => `bg-${n} dark:text-${n}`).join(' ')}");\n`);
    execFileSync(join(here, 'tw4', 'node_modules', '.bin', 'tailwindcss'), ['-i', join(dir, 'in.css'), '-o', join(dir, 'out.css')], { cwd: join(here, 'tw4'), stdio: 'ignore' });
    const built = readFileSync(join(dir, 'out.css'), 'utf8');
    await schemeDeclarations(built, '--color-');
    for (const n of schemeRoles) {
      if (!built.includes(`.bg-${n}`)) out[`utility:${n}`] = 'missing utility';
      if (!built.includes(`.dark\\:text-${n}`)) out[`dark-variant:${n}`] = 'missing';
    }
    if (!/\[data-theme="dark"\]/.test(built.slice(built.indexOf('.dark\\:text-')))) out['dark-variant'] = 'does not follow data-theme';
    rmSync(dir, { recursive: true, force: true });
    break;
  }
  case 'scheme-tokens': {
    // The resolver's contexts, each read by Style Dictionary as a token file.
    const { default: StyleDictionary } = await import('style-dictionary');
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    if (doc.version !== '2025.10' || doc.resolutionOrder[0].$ref !== '#/modifiers/theme') throw new Error('not a 2025.10 resolver document');
    for (const [mode, sources] of Object.entries(doc.modifiers.theme.contexts)) {
      const dir = mkdtempSync(join(tmpdir(), 'sd-'));
      writeFileSync(join(dir, mode + '.tokens.json'), JSON.stringify(sources[0]));
      const sd = new StyleDictionary({
        source: [join(dir, mode + '.tokens.json')], log: { verbosity: 'silent', warnings: 'disabled' },
        platforms: { css: { transformGroup: 'css', buildPath: dir + '/', files: [{ destination: 'vars.css', format: 'css/variables' }] } },
      });
      await sd.buildAllPlatforms();
      const { default: postcss } = await import('postcss');
      postcss.parse(readFileSync(join(dir, 'vars.css'), 'utf8')).walkDecls((d) => {
        if (d.prop.startsWith('--color-')) out[`${mode}:${d.prop.slice(8)}`] = d.value;
      });
      rmSync(dir, { recursive: true, force: true });
    }
    break;
  }
  case 'json':
    // JSON.parse, then the same value back: the Go test compares it with its
    // own reading of the file.
    process.stdout.write(JSON.stringify(JSON.parse(readFileSync(file, 'utf8'))) + '\n');
    process.exit(0);
  default:
    throw new Error(`unknown format ${format}`);
}
process.stdout.write(JSON.stringify(out) + '\n');
