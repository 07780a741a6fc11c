// The browser side of the benchmark, in headless Debian chromium (playwright-core, never a downloaded
// browser), with every request that is not file:// blocked and counted:
//  - start-up: dist/resolint.html opened from file:// until the first `resolint-report` event
//    (performance.now() in the page, i.e. from the start of navigation), in a fresh context each run;
//  - typing: the 150 KB English draft loaded in the widget, then 50 key presses (the letter "x", at the end of a word
//    in the middle of the draft); for each, the time from the keydown event's timestamp to
//    the frame that shows the underlines of the report of the new text: the first `resolint-report`
//    after the key (the widget checks after every edit, debounced), then requestAnimationFrame, then a
//    task posted from it (which runs after that frame is painted). Also: keydown to the next painted
//    frame (does typing itself stall?) and the widget's own time for the check (lastCheck.ms).
// Usage: node bench/browser-bench.mjs INPUT_DIR OUT.json
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser } from '../pkg-tests/helpers.mjs';
import { ROOT } from './inputs.mjs';
import { stats } from './stats.mjs';

const [inputDir, outFile] = process.argv.slice(2);
const log = (...a) => console.error(...a);
const pageUrl = pathToFileURL(path.join(ROOT, 'dist', 'resolint.html')).href;

const INIT = () => {
  window.__firstReport = null;
  window.__reports = 0;
  document.addEventListener('resolint-report', () => {
    window.__reports++;
    if (window.__firstReport === null) window.__firstReport = performance.now();
  }, true);
};

const browser = await launchBrowser();
let blocked = 0;
async function newPage() {
  const context = await browser.newContext();
  await context.route('**/*', (route) => {
    if (route.request().url().startsWith('file:')) return route.continue();
    blocked++;
    return route.abort();
  });
  const page = await context.newPage();
  await page.addInitScript(INIT);
  return { context, page };
}

const result = { chromium: browser.version(), startup: null, typing: null, blocked_requests: 0 };
try {
  // ---- start-up
  const runs = [];
  for (let i = 0; i < 7; i++) {
    const { context, page } = await newPage();
    await page.goto(pageUrl);
    await page.waitForFunction(() => window.__firstReport !== null, null, { timeout: 30000 });
    runs.push(await page.evaluate(() => window.__firstReport));
    await context.close();
  }
  result.startup = { ...stats(runs), first_run_ms: runs[0], samples: runs };
  log(`chromium start-up, file:// to first report: ${result.startup.median_ms.toFixed(1)} ms median (${runs.map((r) => r.toFixed(0)).join(', ')})`);

  // ---- typing
  const text = fs.readFileSync(path.join(inputDir, 'en-150KB.txt'), 'utf8');
  const { context, page } = await newPage();
  await page.goto(pageUrl);
  await page.waitForFunction(() => window.__firstReport !== null, null, { timeout: 30000 });
  await page.evaluate((t) => {
    const el = document.querySelector('resolint-checker');
    window.__target = t.length;
    el.value = t;
  }, text);
  await page.waitForFunction(() => {
    const el = document.querySelector('resolint-checker');
    return el.report && el.lastCheck && el.lastCheck.length === window.__target && !el.hasAttribute('busy');
  }, null, { timeout: 60000 });
  const setup = await page.evaluate(() => {
    const el = document.querySelector('resolint-checker');
    const ed = el.shadowRoot.querySelector('[part~="editor"]');
    const node = ed.firstChild;
    // the caret: at the end of a word in the middle of the draft
    let off = Math.floor(node.data.length / 2);
    while (off < node.data.length && /\w/.test(node.data[off])) off++;
    ed.focus();
    window.getSelection().setBaseAndExtent(node, off, node, off);
    window.__rec = null;
    window.__afterPaint = (cb) => requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => cb(performance.now());
      ch.port2.postMessage(0);
    });
    document.addEventListener('keydown', (e) => {
      const rec = { key: e.key, down: e.timeStamp, frame: null, report: null, painted: null, checkMs: null, underlines: null, length: null };
      window.__rec = rec;
      window.__afterPaint((t) => { rec.frame = t; });
    }, true);
    document.addEventListener('resolint-report', () => {
      const rec = window.__rec;
      if (!rec || rec.report !== null) return;
      rec.report = performance.now();
      window.__afterPaint((t) => {
        rec.painted = t;
        rec.checkMs = el.lastCheck && el.lastCheck.ms;
        rec.length = el.lastCheck && el.lastCheck.length;
        let n = 0;
        for (const [name, h] of CSS.highlights) if (name.startsWith('resolint-') && !name.endsWith('-active')) n += h.size;
        rec.underlines = n;
      });
    }, true);
    return { offset: off, length: node.data.length, worker: el.lastCheck.worker, findings: el.report.diagnostics.length };
  });
  const recs = [];
  let len = setup.length;
  for (let i = 0; i < 50; i++) {
    // Letters only: Backspace with a collapsed caret does nothing in this widget in Chromium
    // (beforeinput's getTargetRanges() is empty in the shadow root; see the README's Performance section).
    const key = 'x';
    await page.keyboard.press(key);
    len += 1;
    await page.waitForFunction(() => window.__rec && window.__rec.painted !== null, null, { timeout: 30000 });
    const rec = await page.evaluate(() => window.__rec);
    if (rec.length !== len) throw new Error(`the report after key ${i} was for ${rec.length} characters, not ${len}`);
    recs.push(rec);
    await page.waitForTimeout(50);
  }
  await context.close();
  result.typing = {
    draft: 'en-150KB', chars: text.length, caret: setup.offset, worker: setup.worker, findings: setup.findings, presses: recs.length,
    key_to_underlines: stats(recs.map((r) => r.painted - r.down)),
    key_to_next_frame: stats(recs.map((r) => r.frame - r.down)),
    key_to_report: stats(recs.map((r) => r.report - r.down)),
    check_ms: stats(recs.map((r) => r.checkMs)),
    underlines: recs[recs.length - 1].underlines,
  };
  const t = result.typing;
  log(`typing (150 KB, ${t.presses} keys): key → underlines p50 ${t.key_to_underlines.median_ms.toFixed(1)} ms, p95 ${t.key_to_underlines.p95_ms.toFixed(1)} ms; key → next frame p95 ${t.key_to_next_frame.p95_ms.toFixed(1)} ms; the check itself (worker) p50 ${t.check_ms.median_ms.toFixed(1)} ms; ${t.underlines} underlines`);
} finally {
  result.blocked_requests = blocked;
  await browser.close();
}
fs.writeFileSync(outFile, JSON.stringify(result, null, 1) + '\n');
