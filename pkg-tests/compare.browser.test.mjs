// "Compare language versions" in the page, in headless Debian chromium (playwright-core): the
// served index.html and the single file resolint.html from file://. Loads the defective pair
// (59/50 in the English, 59/55 in the Chinese), follows the linked highlighting both ways, and
// checks that no request leaves the page. Screenshot: test-output/compare.png.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, DIST, OUTPUT, read, launchBrowser } from './helpers.mjs';
import { startServer } from '../scripts/server.mjs';

const SEED_EN = read('tests/fixtures/en/seed_draft.txt');
const CHANGED_ZH = read('tests/fixtures/parallel/seed_changed_number.zh.txt');

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

/** A fresh page; every request not to the page's own origin (or the file itself) is blocked and counted. */
async function open(url, { locale = 'en-US', colorScheme = 'light' } = {}) {
  const context = await browser.newContext({ viewport: { width: 1360, height: 1000 }, locale, colorScheme });
  const page = await context.newPage();
  const log = { external: [], errors: [], csp: [] };
  // index.html is self-contained: the page itself is the only request it may make
  const own = (u) => u.split('#')[0] === url.split('#')[0] || u.startsWith('data:') || u.startsWith('blob:');
  await context.route('**/*', (route) => {
    const u = route.request().url();
    if (own(u)) return route.continue();
    log.external.push(u);
    return route.abort('blockedbyclient');
  });
  page.on('request', (r) => {
    if (!own(r.url())) log.external.push(r.url());
  });
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(m.text());
    if (/Content.Security.Policy/i.test(m.text())) log.csp.push(m.text());
  });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  await page.goto(url);
  await page.waitForFunction(() => customElements.get('resolint-checker'));
  return { context, page, log };
}

/** The text of every range of a highlight, or [] when it is not set. */
const highlightTexts = (page, name) => page.evaluate((n) => {
  const h = CSS.highlights.get(n);
  return h ? [...h].map((r) => r.toString()) : [];
}, name);

const editorText = (page, id) => page.evaluate((i) => document.getElementById(i).textContent, id);

/** Switches to compare mode, loads the example pair `id` and waits for its comparison. */
async function loadPair(page, id) {
  await page.click('#tab-compare');
  await page.waitForSelector('#panel-compare:not([hidden])');
  await page.selectOption('#cmp-example', id);
  await page.click('#cmp-load');
  await page.waitForFunction(() => !/…/.test(document.getElementById('cmp-status').textContent) && document.getElementById('cmp-status').textContent.trim() !== '');
}

for (const variant of ['served', 'file']) {
  describe(`compare mode (${variant === 'served' ? 'served index.html' : 'resolint.html from file://'})`, () => {
    const url = () => (variant === 'served' ? `${base}/` : pathToFileURL(path.join(DIST, 'resolint.html')).href);

    it('links a finding to its counterpart in the other version, both ways, with no outside request', async () => {
      const { context, page, log } = await open(url());
      try {
        // the mode switch: a labelled tablist, reachable and operable from the keyboard
        assert.equal(await page.getAttribute('[role=tablist]', 'aria-label'), 'Mode');
        await page.focus('#tab-check');
        await page.keyboard.press('ArrowRight');
        assert.equal(await page.getAttribute('#tab-compare', 'aria-selected'), 'true');
        assert.equal(await page.evaluate(() => document.activeElement.id), 'tab-compare');
        assert.ok(await page.isHidden('#panel-check'));

        // the clean pair is loaded first: no difference
        await page.waitForFunction(() => document.getElementById('cmp-a').textContent.length > 0 && /No differences/.test(document.getElementById('cmp-status').textContent));
        assert.equal(await page.locator('#cmp-list li').count(), 0);
        assert.equal(await page.getAttribute('#cmp-a', 'dir'), 'auto');
        assert.equal(await page.getAttribute('#cmp-b', 'dir'), 'auto');
        assert.match(await page.textContent('#cmp-a-lang'), /English/);
        assert.match(await page.textContent('#cmp-b-lang'), /Chinese/);

        // the defective pair: one finding, underlined on both sides
        await loadPair(page, 'changed-number');
        assert.equal(await editorText(page, 'cmp-a'), SEED_EN.replace(/\r\n?/g, '\n'));
        assert.equal(await editorText(page, 'cmp-b'), CHANGED_ZH.replace(/\r\n?/g, '\n'));
        const items = page.locator('#cmp-list li');
        assert.equal(await items.count(), 1);
        assert.equal(await items.first().getAttribute('data-rule'), 'citation-mismatch');
        assert.match(await page.textContent('#cmp-status'), /1 difference: 1 error/);
        assert.equal(await page.getAttribute('#cmp-status', 'role'), 'status');
        assert.deepEqual(await highlightTexts(page, 'rlcmp-a-error'), ['59/50']);
        assert.deepEqual(await highlightTexts(page, 'rlcmp-b-error'), ['59/55']);

        // clicking the finding selects the citation in A and highlights its counterpart in B
        await items.first().locator('button').click();
        const sel = await page.evaluate(() => ({ text: String(window.getSelection()), inA: document.getElementById('cmp-a').contains(window.getSelection().anchorNode) }));
        assert.deepEqual(sel, { text: '59/50', inA: true });
        assert.deepEqual(await highlightTexts(page, 'rlcmp-current'), ['59/50']);
        assert.deepEqual(await highlightTexts(page, 'rlcmp-counterpart'), ['59/55']);
        assert.equal(await items.first().locator('button').getAttribute('aria-current'), 'true');
        await page.screenshot({ path: path.join(OUTPUT, variant === 'served' ? 'compare.png' : 'compare-file.png') });

        // clicking the underline in B highlights its counterpart in A
        await page.evaluate(() => {
          CSS.highlights.delete('rlcmp-current');
          CSS.highlights.delete('rlcmp-counterpart');
        });
        const at = await page.evaluate(() => {
          const r = [...CSS.highlights.get('rlcmp-b-error')][0].getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        });
        await page.mouse.click(at.x, at.y);
        await page.waitForFunction(() => CSS.highlights.has('rlcmp-counterpart'));
        assert.deepEqual(await highlightTexts(page, 'rlcmp-current'), ['59/55']);
        assert.deepEqual(await highlightTexts(page, 'rlcmp-counterpart'), ['59/50']);

        // clicking outside every underline clears the linked pair
        const plain = await page.evaluate(() => {
          const r = document.createRange();
          const t = document.getElementById('cmp-b').firstChild;
          r.setStart(t, 0);
          r.setEnd(t, 1);
          const b = r.getBoundingClientRect();
          return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
        });
        await page.mouse.click(plain.x, plain.y);
        assert.deepEqual(await highlightTexts(page, 'rlcmp-counterpart'), []);
        assert.deepEqual(await highlightTexts(page, 'rlcmp-current'), []);

        // Enter on the finding does what a click does
        await page.evaluate(() => window.getSelection().removeAllRanges());
        await items.first().locator('button').focus();
        await page.keyboard.press('Enter');
        assert.equal(await page.evaluate(() => String(window.getSelection())), '59/50');
        assert.deepEqual(await highlightTexts(page, 'rlcmp-counterpart'), ['59/55']);

        // typing the right number in B: compared again (debounced), no finding left
        await page.focus('#cmp-b');
        const b = await page.evaluate(() => {
          const t = document.getElementById('cmp-b').firstChild;
          const i = t.data.indexOf('59/55');
          window.getSelection().setBaseAndExtent(t, i + 3, t, i + 5);
          return i;
        });
        assert.ok(b > 0);
        await page.keyboard.insertText('50');
        await page.waitForFunction(() => /No differences/.test(document.getElementById('cmp-status').textContent), null, { timeout: 5000 });
        assert.equal(await page.locator('#cmp-list li').count(), 0);
        assert.deepEqual(await highlightTexts(page, 'rlcmp-b-error'), []);

        // pasted HTML stays text
        await page.evaluate(() => {
          const ed = document.getElementById('cmp-a');
          ed.focus();
          const t = ed.firstChild;
          window.getSelection().setBaseAndExtent(t, 0, t, 0);
          const dt = new DataTransfer();
          dt.setData('text/html', '<img src=x onerror="window.__pwned=1"><b>bold</b>');
          dt.setData('text/plain', '<img src=x onerror="window.__pwned=1">');
          ed.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
        });
        assert.equal(await page.evaluate(() => document.querySelectorAll('#cmp-a *').length), 0);
        assert.ok((await editorText(page, 'cmp-a')).startsWith('<img src=x onerror="window.__pwned=1">'));
        assert.equal(await page.evaluate(() => window.__pwned), undefined);

        assert.deepEqual(log.external, [], 'no request leaves the page');
        assert.deepEqual(log.csp, [], 'no CSP violation');
        assert.deepEqual(log.errors, [], 'no console error');
      } finally {
        await context.close();
      }
    });

    it('has no serious or critical axe-core violation in compare mode (light and dark)', async () => {
      const src = fs.readFileSync(path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
      for (const colorScheme of ['light', 'dark']) {
        const { context, page } = await open(url(), { colorScheme });
        try {
          await loadPair(page, 'changed-number');
          await page.locator('#cmp-list li button').first().click();
          await page.evaluate(src); // through the driver: the page's CSP rightly refuses injected scripts
          const res = await page.evaluate(() => globalThis.axe.run(document, { resultTypes: ['violations'] }));
          const bad = res.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
          assert.deepEqual(bad.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`), [], `${colorScheme}`);
        } finally {
          await context.close();
        }
      }
    });

    it('opens in compare mode from #compare, the seed pair loaded', async () => {
      const { context, page, log } = await open(`${url()}#compare`);
      try {
        await page.waitForFunction(() => /No differences/.test(document.getElementById('cmp-status').textContent));
        assert.equal(await page.getAttribute('#tab-compare', 'aria-selected'), 'true');
        assert.ok(await page.isHidden('#panel-check'));
        assert.deepEqual(log.external, []);
      } finally {
        await context.close();
      }
    });

    it('shows an Arabic version right to left (dir=auto per side)', async () => {
      const { context, page, log } = await open(url());
      try {
        await loadPair(page, 'seed');
        await page.focus('#cmp-b');
        await page.keyboard.press('Control+A');
        await page.keyboard.insertText('إن الجمعية العامة،\n\nإذ تشير إلى قرارها 59/50 المؤرخ 2 كانون الأول/ديسمبر 2004،');
        await page.waitForFunction(() => /^إن/.test(document.getElementById('cmp-b').textContent) && !/…/.test(document.getElementById('cmp-status').textContent));
        await page.waitForTimeout(500);
        assert.deepEqual(await page.evaluate(() => [document.getElementById('cmp-a').matches(':dir(ltr)'), document.getElementById('cmp-b').matches(':dir(rtl)')]), [true, true]);
        assert.equal(await page.evaluate(() => document.querySelectorAll('#cmp-b *').length), 0, 'still one text node');
        assert.deepEqual(log.errors, []);
      } finally {
        await context.close();
      }
    });

    it('follows the interface language (Chinese)', async () => {
      const { context, page, log } = await open(url());
      try {
        await page.selectOption('#ui-lang', 'zh');
        assert.equal(await page.textContent('#tab-compare'), '比较语文版本');
        assert.equal(await page.getAttribute('[role=tablist]', 'aria-label'), '模式');
        await loadPair(page, 'changed-number');
        assert.match(await page.textContent('#cmp-status'), /1 处差异/);
        assert.match(await page.textContent('#cmp-b-lang'), /中文/);
        assert.match(await page.textContent('#cmp-list li .cmp-msg'), /[\u4e00-\u9fff]/, 'the message in Chinese');
        assert.deepEqual(log.external, []);
        assert.deepEqual(log.errors, []);
      } finally {
        await context.close();
      }
    });
  });
}
