// Merges the three parts of a benchmark run into one JSON, checks the budgets of issue 4, and prints
// the tables (Markdown, as pasted into the README's Performance section).
// Usage: node bench/report.mjs NATIVE.json NODE.json BROWSER.json
//   writes bench-results/latest.json + latest.md (the published run) and bench-results/runs/<time>.json
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { ROOT, SIZES } from './inputs.mjs';

const [nativeFile, nodeFile, browserFile] = process.argv.slice(2);
const load = (f) => { try { return JSON.parse(fs.readFileSync(f, 'utf8')); } catch (e) { return { error: String(e) }; } };
const native = load(nativeFile).native || [];
const node = load(nodeFile);
const browser = load(browserFile);
const git = (...a) => { try { return execFileSync('git', a, { cwd: ROOT, encoding: 'utf8' }).trim(); } catch { return null; } };
const machine = {
  date: new Date().toISOString(), commit: git('rev-parse', '--short', 'HEAD'), dirty: !!git('status', '--porcelain', '--', 'src', 'Cargo.toml', 'Cargo.lock', 'www', 'scripts'),
  cpu: os.cpus()[0]?.model, cores: os.cpus().length, loadavg: os.loadavg().map((x) => +x.toFixed(2)), node: process.version,
  rustc: (() => { try { return execFileSync('rustc', ['--version'], { encoding: 'utf8' }).trim(); } catch { return null; } })(), chromium: browser.chromium,
};

const f1 = (x) => (x == null || Number.isNaN(x) ? '—' : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x >= 1 ? x.toFixed(2) : x.toFixed(3));
const kb = (b) => `${(b / 1000).toFixed(0)} KB`;
const lines = [];
const out = (s = '') => lines.push(s);

out(`Run of ${machine.date.slice(0, 16).replace('T', ' ')} UTC, commit ${machine.commit}${machine.dirty ? ' (modified)' : ''}; ${machine.cpu}, ${machine.cores} cores, load average ${machine.loadavg.join(' / ')} at the end (the machine is shared); ${machine.rustc}; Node ${machine.node}; Chromium ${machine.chromium}.`);
out();
out('**Throughput of `validate`** (median of n runs, min–max in brackets; MB = 10⁶ bytes of UTF-8)');
out();
out('| draft | native `check` ms | native MB/s | WASM `validate` ms (Node) | WASM MB/s | floor ms | validate / floor |');
out('|---|---|---|---|---|---|---|');
const wasmRows = node.wasm || [];
for (const lang of ['en', 'zh']) {
  for (const [size] of SIZES) {
    const n = native.find((r) => r.lang === lang && r.size === size);
    const w = wasmRows.find((r) => r.lang === lang && r.size === size);
    out(`| ${lang} ${size} | ${n ? `${f1(n.median_ms)} (${f1(n.min_ms)}–${f1(n.max_ms)}, n=${n.runs})` : '—'} | ${n ? f1(n.mb_per_s) : '—'} | ${w ? `${f1(w.validate.median_ms)} (${f1(w.validate.min_ms)}–${f1(w.validate.max_ms)}, n=${w.validate.runs})` : '—'} | ${w ? f1(w.mb_per_s) : '—'} | ${w ? f1(w.floor.median_ms) : '—'} | ${w ? `${w.ratio_floor.toFixed(0)}×` : '—'} |`);
  }
}
const scale = (rows, lang, get) => {
  const a = rows.find((r) => r.lang === lang && r.size === '1MB');
  const b = rows.find((r) => r.lang === lang && r.size === '10MB');
  return a && b ? get(b) / get(a) : NaN;
};
const scaling = {};
for (const lang of ['en', 'zh']) scaling[lang] = { native: scale(native, lang, (r) => r.median_ms), wasm: scale(wasmRows, lang, (r) => r.validate.median_ms) };
out();
out(`**Scaling** time(10 MB) / time(1 MB): English ${f1(scaling.en.wasm)} in WASM, ${f1(scaling.en.native)} native; Chinese ${f1(scaling.zh.wasm)} in WASM, ${f1(scaling.zh.native)} native.`);
out();
out('| other figure | value |');
out('|---|---|');
const peer = node.peer || {};
if (peer.rows) for (const r of peer.rows) out(`| harper.js ${peer.version} on the English ${r.size} draft (${r.lints} lints) | ${f1(r.harper.median_ms)} ms (n=${r.harper.runs}) = **${r.ratio.toFixed(0)}×** resolint's ${f1(r.resolint_median_ms)} ms |`);
else out(`| harper.js | could not run: ${String(peer.error || 'not run').split('\n')[0]} |`);
if (peer.setup_ms) out(`| harper.js set-up (\`LocalLinter.setup()\`) | ${f1(peer.setup_ms)} ms |`);
const su = node.startup_node;
if (su) out(`| start-up in Node: compile + instantiate + first \`validate\` (seed draft), fresh process | ${f1(su.total.median_ms)} ms median of ${su.total.runs} (compile ${f1(su.compile.median_ms)}, instantiate ${f1(su.instantiate.median_ms)}, first validate ${f1(su.first_validate.median_ms)}) |`);
if (browser.startup) out(`| start-up in Chromium: \`resolint.html\` from file:// to the first \`resolint-report\` | ${f1(browser.startup.median_ms)} ms median of ${browser.startup.runs} (${f1(browser.startup.min_ms)}–${f1(browser.startup.max_ms)}) |`);
const ty = browser.typing;
if (ty) {
  out(`| typing, 150 KB English draft (worker: ${ty.worker}), ${ty.presses} key presses: key → updated underlines | p50 ${f1(ty.key_to_underlines.median_ms)} ms, p95 ${f1(ty.key_to_underlines.p95_ms)} ms |`);
  out(`| … of which: key → report event / the check itself (\`lastCheck.ms\`, in the worker) | p50 ${f1(ty.key_to_report.median_ms)} ms / p50 ${f1(ty.check_ms.median_ms)} ms, p95 ${f1(ty.check_ms.p95_ms)} ms |`);
  out(`| typing: key → the next painted frame (the keystroke's echo) | p50 ${f1(ty.key_to_next_frame.median_ms)} ms, p95 ${f1(ty.key_to_next_frame.p95_ms)} ms |`);
}
if (browser.error || (!browser.startup && !browser.typing)) out(`| Chromium | could not run: ${browser.error || 'no result'} |`);
const sz = node.size;
if (sz) {
  out(`| \`resolint_core_bg.wasm\`: raw / gzip -9 / brotli 11 | ${kb(sz.wasm_raw)} / **${kb(sz.wasm_gzip9)}** / ${kb(sz.wasm_brotli11)} |`);
  out(`| \`resolint.html\` (the offline file): raw / gzip -9 / brotli 11 | ${kb(sz.html_raw)} / ${kb(sz.html_gzip9)} / ${kb(sz.html_brotli11)} |`);
}
for (const m of node.memory || []) out(`| peak WASM memory, ${m.lang} 10 MB draft (fresh instance; ${(m.initial_bytes / 2 ** 20).toFixed(1)} MiB before) | ${(m.peak_bytes / 2 ** 20).toFixed(1)} MiB = **${m.ratio.toFixed(2)}×** the input |`);
out(`| outside requests from the pages (blocked and counted) | ${browser.blocked_requests ?? '—'} |`);

// ---- budgets
const w1 = (lang) => wasmRows.find((r) => r.lang === lang && r.size === '1MB');
const w100 = (lang) => wasmRows.find((r) => r.lang === lang && r.size === '100KB');
const budgets = [];
const budget = (name, value, limit, unit, ok) => budgets.push({ name, value, limit, unit, met: ok ?? value <= limit, by: value / limit });
for (const lang of ['en', 'zh']) if (w1(lang)) budget(`validate / floor, ${lang} 1 MB`, w1(lang).ratio_floor, 20, '×');
for (const lang of ['en', 'zh']) if (w100(lang)) budget(`${lang} 100 KB in WASM`, w100(lang).validate.median_ms, 2, 'ms');
for (const lang of ['en', 'zh']) if (!Number.isNaN(scaling[lang].wasm)) budget(`time(10 MB) / time(1 MB), ${lang}, WASM`, scaling[lang].wasm, 11, '');
if (peer.rows) for (const r of peer.rows) budgets.push({ name: `harper.js / resolint, en ${r.size}`, value: r.ratio, limit: 10, unit: '×', met: r.ratio >= 10, by: r.ratio / 10 });
if (browser.startup) budget('offline file to first report', browser.startup.median_ms, 150, 'ms');
if (ty) budget('key press to updated underlines, p95', ty.key_to_underlines.p95_ms, 16, 'ms');
if (sz) budget('.wasm gzipped', sz.wasm_gzip9 / 1000, 250, 'KB');
for (const m of node.memory || []) budget(`peak WASM memory / input, ${m.lang} 10 MB`, m.ratio, 8, '×');
out();
out('**Budgets of issue 4**');
out();
out('| budget | limit | measured | |');
out('|---|---|---|---|');
for (const b of budgets) {
  const lim = b.name.startsWith('harper') ? `≥ ${b.limit}${b.unit}` : `≤ ${b.limit}${b.unit === 'ms' || b.unit === 'KB' ? ' ' : ''}${b.unit}`;
  const val = `${f1(b.value)}${b.unit === 'ms' || b.unit === 'KB' ? ' ' : ''}${b.unit}`;
  const verdict = b.met ? 'met' : b.name.startsWith('harper') ? `missed` : `missed (${f1(b.by)}× the limit)`;
  out(`| ${b.name} | ${lim} | ${val} | ${verdict} |`);
}

const md = lines.join('\n') + '\n';
const all = { machine, native, ...node, browser, scaling, budgets };
const dir = path.join(ROOT, 'bench-results');
fs.mkdirSync(path.join(dir, 'runs'), { recursive: true });
fs.writeFileSync(path.join(dir, 'runs', `${machine.date.replace(/[:.]/g, '-')}.json`), JSON.stringify(all, null, 1) + '\n');
fs.writeFileSync(path.join(dir, 'latest.json'), JSON.stringify(all, null, 1) + '\n');
fs.writeFileSync(path.join(dir, 'latest.md'), md);
process.stdout.write(md);
