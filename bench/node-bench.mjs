// The WASM side of the benchmark, in Node: validate vs validateFloor throughput, scaling, the peer
// (harper.js), start-up, memory and size. Prints progress on stderr and writes JSON to the given file.
// Usage: node bench/node-bench.mjs INPUT_DIR OUT.json   (scripts/bench.sh runs it after building dist/)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { ROOT, SIZES } from './inputs.mjs';
import { stats } from './stats.mjs';

const [inputDir, outFile] = process.argv.slice(2);
const DIST = path.join(ROOT, 'dist');
const log = (...a) => console.error(...a);
const read = (lang, size) => fs.readFileSync(path.join(inputDir, `${lang}-${size}.txt`), 'utf8');

/** Times fn: one warm-up call, then at least `min` calls and about `budgetMs` (at most `max` calls). */
function time(fn, { min = 5, max = 200, budgetMs = 1500 } = {}) {
  fn();
  const samples = [];
  const start = performance.now();
  while (samples.length < min || (performance.now() - start < budgetMs && samples.length < max)) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return stats(samples);
}

async function freshCore(tag) {
  const core = await import(`${pathToFileURL(path.join(DIST, 'resolint_core.js')).href}?instance=${tag}`);
  const exports = core.initSync({ module: new WebAssembly.Module(fs.readFileSync(path.join(DIST, 'resolint_core_bg.wasm'))) });
  return { core, memory: exports.memory };
}

const result = { node: process.version, wasm: [], memory: [], peer: null, startup_node: null, size: null };

// ---- memory first, each language on a fresh instance: linear memory never shrinks, so its size after
// the call is the peak of the call.
for (const lang of ['en', 'zh']) {
  const { core, memory } = await freshCore(`mem-${lang}`);
  const text = read(lang, '10MB');
  const before = memory.buffer.byteLength;
  core.validate(text, {});
  const after = memory.buffer.byteLength;
  const bytes = Buffer.byteLength(text);
  result.memory.push({ lang, input_bytes: bytes, initial_bytes: before, peak_bytes: after, ratio: after / bytes });
  log(`memory ${lang}: ${(before / 2 ** 20).toFixed(1)} MiB at start, ${(after / 2 ** 20).toFixed(1)} MiB after the 10 MB draft = ${(after / bytes).toFixed(2)}× the input`);
}

// ---- throughput: validate and the floor, in the same run, on one instance
const { core } = await freshCore('throughput');
for (const lang of ['en', 'zh']) {
  for (const [size] of SIZES) {
    const text = read(lang, size);
    const bytes = Buffer.byteLength(text);
    const big = bytes >= 5e6;
    const opts = big ? { min: 5, max: 5 } : {};
    const findings = core.validate(text, {}).diagnostics.length;
    const v = time(() => core.validate(text, {}), opts);
    const f = time(() => core.validateFloor(text), big ? { min: 5, max: 5 } : { min: 10 });
    const row = { lang, size, bytes, findings, validate: v, floor: f, mb_per_s: bytes / 1e6 / (v.median_ms / 1e3), ratio_floor: v.median_ms / f.median_ms };
    result.wasm.push(row);
    log(`wasm ${lang} ${size.padStart(5)}: validate ${v.median_ms.toFixed(3)} ms (${v.min_ms.toFixed(3)}–${v.max_ms.toFixed(3)}, n=${v.runs}), ${row.mb_per_s.toFixed(1)} MB/s; floor ${f.median_ms.toFixed(3)} ms; ×${row.ratio_floor.toFixed(0)} the floor`);
  }
}

// ---- the peer: harper.js on the same English drafts (10 KB and 100 KB: it is far slower)
try {
  const benchModules = path.join(ROOT, 'bench', 'node_modules');
  const { LocalLinter } = await import(pathToFileURL(path.join(benchModules, 'harper.js', 'dist', 'index.js')).href);
  const { binary } = await import(pathToFileURL(path.join(benchModules, 'harper.js', 'dist', 'binary.js')).href);
  const version = JSON.parse(fs.readFileSync(path.join(benchModules, 'harper.js', 'package.json'), 'utf8')).version;
  const t0 = performance.now();
  const linter = new LocalLinter({ binary });
  await linter.setup();
  const setupMs = performance.now() - t0;
  const rows = [];
  for (const size of ['10KB', '100KB']) {
    const text = read('en', size);
    const lints = await linter.lint(text, { language: 'plaintext' }); // warm-up (and its count)
    const samples = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      await linter.lint(text, { language: 'plaintext' });
      samples.push(performance.now() - t);
    }
    const h = stats(samples);
    const ours = result.wasm.find((r) => r.lang === 'en' && r.size === size);
    rows.push({ size, bytes: Buffer.byteLength(text), lints: lints.length, harper: h, resolint_median_ms: ours.validate.median_ms, ratio: h.median_ms / ours.validate.median_ms });
    log(`harper.js ${version} en ${size}: ${h.median_ms.toFixed(1)} ms (n=${h.runs}), ${lints.length} lints; resolint ${ours.validate.median_ms.toFixed(2)} ms: harper/resolint = ${(h.median_ms / ours.validate.median_ms).toFixed(1)}`);
  }
  result.peer = { name: 'harper.js', version, setup_ms: setupMs, options: "LocalLinter, full binary, lint(text, {language: 'plaintext'})", rows };
} catch (err) {
  result.peer = { name: 'harper.js', error: String((err && err.stack) || err) };
  log(`harper.js could not run: ${err}`);
}

// ---- start-up in fresh Node processes
{
  const runs = [];
  for (let i = 0; i < 7; i++) {
    const out = execFileSync(process.execPath, [path.join(ROOT, 'bench', 'node-startup.mjs'), DIST, path.join(ROOT, 'tests/fixtures/zh/seed.txt')], { encoding: 'utf8' });
    runs.push(JSON.parse(out));
  }
  const pick = (k) => stats(runs.map((r) => r[k]));
  result.startup_node = { draft: 'tests/fixtures/zh/seed.txt', total: pick('total_ms'), compile: pick('compile_ms'), instantiate: pick('instantiate_ms'), first_validate: pick('first_validate_ms') };
  log(`start-up in Node: ${result.startup_node.total.median_ms.toFixed(1)} ms median (compile ${result.startup_node.compile.median_ms.toFixed(1)}, instantiate ${result.startup_node.instantiate.median_ms.toFixed(1)}, first validate ${result.startup_node.first_validate.median_ms.toFixed(1)})`);
}

// ---- size
{
  const wasm = fs.readFileSync(path.join(DIST, 'resolint_core_bg.wasm'));
  const html = fs.readFileSync(path.join(DIST, 'resolint.html'));
  const gz = (b) => zlib.gzipSync(b, { level: 9 }).length;
  const br = (b) => zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: b.length } }).length;
  result.size = { wasm_raw: wasm.length, wasm_gzip9: gz(wasm), wasm_brotli11: br(wasm), html_raw: html.length, html_gzip9: gz(html), html_brotli11: br(html) };
  log(`size: .wasm ${wasm.length} B, gzip -9 ${result.size.wasm_gzip9} B, brotli ${result.size.wasm_brotli11} B; resolint.html ${html.length} B (gzip ${result.size.html_gzip9} B)`);
}

fs.writeFileSync(outFile, JSON.stringify(result, null, 1) + '\n');
