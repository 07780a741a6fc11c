// Assembles dist/ from the wasm-bindgen output and www/:
//   resolint.js (www/i18n.js inlined), resolint-worker.js, resolint_core.js (+ .d.ts),
//   resolint_core_bg.wasm                                                               the widget, .wasm as a file
//   embed.html, portal.css, portal.js                                                   the mock portal
//   index.html = resolint.html                                                          the full page, ONE file:
//        JS (widget with i18n.js, page.js, compare.js), CSS and wasm (base64, initSync) inlined; a CSP with
//        hashes, no 'unsafe-inline'; example drafts and example pairs (compare mode) as JSON
// Usage: node scripts/build-dist.mjs --pkg DIR --wasm FILE --out DIR
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));
const pkg = path.resolve(root, args.pkg || 'target/resolint-web/pkg');
const wasmFile = path.resolve(root, args.wasm || path.join(pkg, 'resolint_core_bg.wasm'));
const out = path.resolve(root, args.out || 'dist');
const www = path.join(root, 'www');

function fail(msg) {
  console.error(`build-dist: ${msg}`);
  process.exit(1);
}
const read = (p) => fs.readFileSync(p, 'utf8');

fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

// ---- the widget with the .wasm as a separate file (for sites whose CSP forbids inline code)
const glue = read(path.join(pkg, 'resolint_core.js'));
fs.writeFileSync(path.join(out, 'resolint_core.js'), glue);
fs.copyFileSync(path.join(pkg, 'resolint_core.d.ts'), path.join(out, 'resolint_core.d.ts'));
fs.copyFileSync(wasmFile, path.join(out, 'resolint_core_bg.wasm'));
for (const f of ['resolint.d.ts', 'resolint-worker.js', 'embed.html', 'portal.css', 'portal.js']) fs.copyFileSync(path.join(www, f), path.join(out, f));

// ---- the widget with its strings (www/i18n.js) inlined in place of its one import, so that
// embedding it is still four files; the single-file page below gets the same text.
const I18N_IMPORT = /^import \{[^}]*\} from '\.\/i18n\.js';\n/m;
const widgetSource = read(path.join(www, 'resolint.js'));
if (!I18N_IMPORT.test(widgetSource)) fail("www/resolint.js lacks its import from './i18n.js'");
const i18n = read(path.join(www, 'i18n.js')).replace(/^export (const|function) /gm, '$1 ');
if (/^\s*(export|import)\s/m.test(i18n)) fail('www/i18n.js: an export or import the build cannot inline');
const widget = widgetSource.replace(I18N_IMPORT, () => `// ---- www/i18n.js, inlined by scripts/build-dist.mjs\n${i18n}\n// ---- end of www/i18n.js\n`);
if (/^\s*import\s/m.test(widget)) fail('an import left in the widget');
fs.writeFileSync(path.join(out, 'resolint.js'), widget);
fs.writeFileSync(path.join(out, 'package.json'), JSON.stringify({ name: 'resolint-web', private: true, type: 'module' }, null, 2) + '\n');

// ---- the glue as a factory: a fresh instance per call (a panic kills an instance)
const exported = [...glue.matchAll(/^export function (\w+)/gm)].map((m) => m[1]);
const exportLine = /^export \{ initSync, __wbg_init as default \};?\s*$/m;
if (!exportLine.test(glue) || !exported.includes('validate')) fail('unexpected wasm-bindgen output: cannot find its exports');
const stripped = glue.replace(/^export function /gm, 'function ').replace(exportLine, '');
if (/^\s*(export|import)\s/m.test(stripped)) fail('unexpected export/import left in the glue');
const factory = `function () {\n${stripped}\nreturn { initSync, default: __wbg_init, ${exported.join(', ')} };\n}`;
// The worker of the single file is a classic worker from a blob: URL (module workers from blob:
// URLs fail on file:// pages), so it must not contain import.meta (a syntax error there).
const classic = (t) => t.replace(/import\.meta\.url/g, 'self.location.href');
const workerSource = `const __RESOLINT_MAKE_CORE__ = ${classic(factory)};\n${classic(read(path.join(www, 'resolint-worker.js')))}`;
if (/import\.meta/.test(workerSource)) fail('import.meta left in the classic worker');

const bootstrap = `const __RESOLINT_MAKE_CORE__ = ${factory};
(() => {
  let compiled = null;
  const WORKER_SOURCE = ${JSON.stringify(workerSource)};
  globalThis.__RESOLINT_INLINE__ = {
    makeCore: __RESOLINT_MAKE_CORE__,
    module() {
      if (!compiled) {
        const b64 = document.getElementById('resolint-wasm').textContent.replace(/\\s+/g, '');
        const bin = atob(b64);
        const bytes = new Uint8Array(bin.length);
        for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
        compiled = new WebAssembly.Module(bytes);
      }
      return compiled;
    },
    workerSource: WORKER_SOURCE,
  };
})();
`;

// "</script" and "<!--" would end or confuse the inline element; escaped they mean the same in JS strings and comments.
const inlineSafe = (t) => t.replace(/<\/(script|style)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
const script = inlineSafe([
  '// resolint — the whole checker in one file. Nothing here makes a network request.',
  bootstrap,
  widget,
  read(path.join(www, 'page.js')),
  read(path.join(www, 'compare.js')),
].join('\n'));
const style = read(path.join(www, 'page.css'));
for (const [name, text] of [['script', script], ['style', style]]) {
  if (/<\/(script|style)/i.test(text) || /<!--/.test(text)) fail(`the inline ${name} contains "</script", "</style" or "<!--"`);
}

// ---- example drafts, embedded at build time
const examples = [
  { id: 'seed-zh', title: 'Seed draft (Chinese)', file: 'tests/fixtures/zh/seed.txt' },
  { id: 'seed-en', title: 'Seed draft (English)', file: 'tests/fixtures/en/seed_draft.txt' },
  { id: 'defective', title: 'A defective draft (English)', file: 'www/examples/defective.txt' },
  { id: 'csto-fr', title: 'CSTO draft in French (with defects)', file: 'www/examples/fr.txt' },
  { id: 'csto-es', title: 'CSTO draft in Spanish (with defects)', file: 'www/examples/es.txt' },
  { id: 'csto-ru', title: 'CSTO draft in Russian (with defects)', file: 'www/examples/ru.txt' },
  { id: 'csto-ar', title: 'CSTO draft in Arabic (with defects)', file: 'www/examples/ar.txt' },
].flatMap((x) => {
  const p = path.join(root, x.file);
  if (!fs.existsSync(p)) {
    console.warn(`build-dist: warning: example ${x.file} not found, left out`);
    return [];
  }
  return [{ id: x.id, title: x.title, text: read(p).replace(/\r\n?/g, '\n') }];
});
const json = JSON.stringify(examples).replace(/</g, '\\u003c');
// ---- example pairs for the "Compare language versions" mode: the seed's English and Chinese
// versions (clean), then defective Chinese versions (tests/fixtures/parallel/MANIFEST.tsv).
const pairs = [
  { id: 'seed', title: 'The seed: English and Chinese', a: 'tests/fixtures/en/seed_draft.txt', b: 'tests/fixtures/zh/seed_draft_clean.txt' },
  { id: 'changed-number', title: 'A changed resolution number (59/50 → 59/55)', a: 'tests/fixtures/en/seed_draft.txt', b: 'tests/fixtures/parallel/seed_changed_number.zh.txt' },
  { id: 'changed-date', title: 'A changed date', a: 'tests/fixtures/en/seed_draft.txt', b: 'tests/fixtures/parallel/seed_changed_date.zh.txt' },
  { id: 'swapped-session', title: 'Another session', a: 'tests/fixtures/en/seed_draft.txt', b: 'tests/fixtures/parallel/seed_swapped_session.zh.txt' },
  { id: 'dropped-operative', title: 'A dropped operative paragraph', a: 'tests/fixtures/en/seed_draft.txt', b: 'tests/fixtures/parallel/seed_dropped_operative.zh.txt' },
].flatMap((x) => {
  const missing = [x.a, x.b].filter((f) => !fs.existsSync(path.join(root, f)));
  if (missing.length) {
    console.warn(`build-dist: warning: example pair ${x.id}: ${missing.join(', ')} not found, left out`);
    return [];
  }
  const text = (f) => read(path.join(root, f)).replace(/\r\n?/g, '\n');
  return [{ id: x.id, title: x.title, a: text(x.a), b: text(x.b) }];
});
const pairsJson = JSON.stringify(pairs).replace(/</g, '\\u003c');
const wasmB64 = fs.readFileSync(wasmFile).toString('base64').replace(/.{1,120}/g, '$&\n');

const sha = (s) => `'sha256-${crypto.createHash('sha256').update(s, 'utf8').digest('base64')}'`;
const csp = [
  "default-src 'none'",
  `script-src ${sha(script)} 'wasm-unsafe-eval'`,
  'worker-src blob:',
  `style-src ${sha(style)}`,
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

let html = read(path.join(www, 'index.html'));
const put = (marker, value) => {
  if (!html.includes(marker)) fail(`www/index.html lacks ${marker}`);
  html = html.replace(marker, () => value);
};
put('<!--RESOLINT:CSP-->', `<meta http-equiv="Content-Security-Policy" content="${csp}">`);
put('<!--RESOLINT:STYLE-->', `<style>${style}</style>`);
put('<!--RESOLINT:DATA-->', `<script type="application/json" id="resolint-examples">${json}</script>\n<script type="application/json" id="resolint-pairs">${pairsJson}</script>\n<script type="application/octet-stream" id="resolint-wasm">\n${wasmB64}</script>`);
put('<!--RESOLINT:SCRIPT-->', `<script type="module">${script}</script>`);
fs.writeFileSync(path.join(out, 'resolint.html'), html);
fs.writeFileSync(path.join(out, 'index.html'), html);

const kb = (p) => `${(fs.statSync(path.join(out, p)).size / 1024).toFixed(0)} KiB`;
console.log(`dist/: resolint_core_bg.wasm ${kb('resolint_core_bg.wasm')}, resolint.html ${kb('resolint.html')} (examples: ${examples.map((e) => e.id).join(', ') || 'none'}; pairs: ${pairs.map((e) => e.id).join(', ') || 'none'})`);
