// Shared helpers for the package tests (run with `node --test pkg-tests/` after scripts/build.sh).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = path.join(ROOT, 'dist');
export const OUTPUT = path.join(ROOT, 'test-output');
export const FIXTURES = path.join(ROOT, 'tests', 'fixtures');

export function read(rel) {
  return fs.readFileSync(path.join(ROOT, rel), 'utf8');
}

/** Every tests/fixtures/**\/*.txt, sorted, as paths relative to the repository. */
export function fixtureFiles() {
  const out = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.txt')) out.push(path.relative(ROOT, p));
    }
  };
  if (fs.existsSync(FIXTURES)) walk(FIXTURES);
  return out.sort();
}

/**
 * The built package (dist/resolint_core.js + .wasm) through initSync, as a page would use it.
 * A panic kills a wasm instance (RuntimeError: unreachable); so that one panic fails one test
 * and not every later one, calls go through a proxy that moves on to a fresh instance after one.
 */
export async function loadCore() {
  const glue = path.join(DIST, 'resolint_core.js');
  if (!fs.existsSync(glue)) throw new Error('dist/ is not built: run scripts/build.sh (or scripts/test.sh)');
  const bytes = fs.readFileSync(path.join(DIST, 'resolint_core_bg.wasm'));
  const module = new WebAssembly.Module(bytes);
  const spares = [];
  for (let i = 0; i < 8; i++) spares.push(await import(`${pathToFileURL(glue).href}?instance=${i}`));
  let current = null;
  const live = () => {
    if (!current) {
      current = spares.shift();
      if (!current) throw new Error('too many panics in the wasm module');
      current.initSync({ module });
    }
    return current;
  };
  return new Proxy({}, {
    get(_, name) {
      if (name === 'then' || typeof name === 'symbol') return undefined; // not a thenable
      return (...args) => {
        try {
          return live()[name](...args);
        } catch (err) {
          if (err instanceof WebAssembly.RuntimeError) {
            current = null;
            err.message = `the wasm module panicked (${err.message}) in ${String(name)}(${JSON.stringify(String(args[0])).slice(0, 80)}…)`;
          }
          throw err;
        }
      };
    },
  });
}

export const CHROMIUM = process.env.RESOLINT_CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--disable-dev-shm-usage'];

/** Headless Debian chromium through playwright-core (never a downloaded browser). */
export async function launchBrowser() {
  const { chromium } = await import('playwright-core');
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: scripts/test.sh installs Debian's chromium`);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** UTF-16 offset of the start of 1-based `line`, and the offset of 1-based `column` (in scalar values) on it. */
export function offsetOfLineColumn(text, line, column) {
  let off = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', off);
    if (nl < 0) return -1;
    off = nl + 1;
  }
  const rest = text.slice(off);
  let units = 0;
  let scalars = 1;
  for (const ch of rest) {
    if (scalars === column) break;
    units += ch.length;
    scalars++;
  }
  return off + units;
}

/** Applies fixes in JavaScript, the reference for applyFixes: sorted by start, overlapping ones skipped. */
export function applyFixesReference(text, fixes) {
  const list = fixes.filter((f) => f && f.start <= f.end && f.end <= text.length).sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let pos = 0;
  for (const f of list) {
    if (f.start < pos) continue;
    out += text.slice(pos, f.start) + f.replacement;
    pos = f.end;
  }
  return out + text.slice(pos);
}
