// One cold start in a fresh Node process: read the .wasm, compile, instantiate (initSync), first
// validate of the seed draft. Prints {compile_ms, instantiate_ms, first_validate_ms, total_ms} as JSON.
// (A fresh process each time: V8 reuses a compiled module within one process.)
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [dist, draft] = process.argv.slice(2);
const core = await import(pathToFileURL(path.join(dist, 'resolint_core.js')).href);
const text = fs.readFileSync(draft, 'utf8');
const t0 = performance.now();
const module = new WebAssembly.Module(fs.readFileSync(path.join(dist, 'resolint_core_bg.wasm')));
const t1 = performance.now();
core.initSync({ module });
const t2 = performance.now();
const report = core.validate(text, {});
const t3 = performance.now();
if (!report || !Array.isArray(report.diagnostics)) throw new Error('no report');
console.log(JSON.stringify({ compile_ms: t1 - t0, instantiate_ms: t2 - t1, first_validate_ms: t3 - t2, total_ms: t3 - t0 }));
