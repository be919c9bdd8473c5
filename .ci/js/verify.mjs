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
  case 'json':
    // JSON.parse, then the same value back: the Go test compares it with its
    // own reading of the file.
    process.stdout.write(JSON.stringify(JSON.parse(readFileSync(file, 'utf8'))) + '\n');
    process.exit(0);
  default:
    throw new Error(`unknown format ${format}`);
}
process.stdout.write(JSON.stringify(out) + '\n');
