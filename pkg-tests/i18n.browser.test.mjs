// The page and the widget in six languages, in headless Debian chromium (playwright-core):
// an Arabic draft shown right to left with its underlines on the flagged words (Arabic words,
// and Latin symbols and numbers inside right-to-left text), and the interface in French and in
// Arabic. Screenshot: target/screenshots/arabic-draft.png (and test-output/ for the others).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, DIST, OUTPUT, read, launchBrowser } from './helpers.mjs';
import { startServer } from '../scripts/server.mjs';

const AR = read('www/examples/ar.txt');
const FR = read('www/examples/fr.txt');
const SCREENSHOTS = path.join(ROOT, 'target', 'screenshots');
const ARABIC_LETTER = /[\u0621-\u064a]/;

/**
 * The Arabic example with defects planted where the generic rules see them in any state of the
 * Arabic profile: a Security Council resolution dated in the wrong year (a number inside right-to-
 * left text), a document symbol without its dot (a Latin symbol inside right-to-left text), and a
 * date that does not exist (Arabic month names between numbers).
 */
const AR_PLANTED = AR.replace('1631 (2005)', '1631 (2004)')
  .replace('مركز المراقب،', 'مركز المراقب (انظر A/64/L12)،')
  .replace('17 تشرين الأول/أكتوبر 2005', '31 تشرين الثاني/نوفمبر 2005');

let browser;
let server;
let base;
before(async () => {
  fs.mkdirSync(OUTPUT, { recursive: true });
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  server = await startServer({ root: DIST, port: 0 });
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  server?.close();
});

/** A fresh page; every request not to our server is blocked and counted, errors are collected. */
async function open(url, { locale = 'en-US', context = null } = {}) {
  const ctx = context || (await browser.newContext({ viewport: { width: 1360, height: 900 }, locale }));
  const page = await ctx.newPage();
  const log = { external: [], requests: [], errors: [] };
  const own = (u) => u.startsWith(base) || u.startsWith('data:') || u.startsWith('blob:');
  await ctx.route('**/*', (route) => {
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
  });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  await page.goto(url);
  await page.waitForFunction(() => customElements.get('resolint-checker'));
  return { context: ctx, page, log };
}

/** Waits until the checker holds exactly `text`, checks it now and returns the report. */
async function reportFor(page, text, sel = 'resolint-checker') {
  await page.waitForFunction(([s, t]) => document.querySelector(s)?.value === t, [sel, text], { timeout: 10000 });
  return page.evaluate((s) => document.querySelector(s).check(), sel);
}

async function axe(page, label) {
  const src = fs.readFileSync(path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  await page.evaluate(src);
  const res = await page.evaluate(() => globalThis.axe.run(document, { resultTypes: ['violations'] }));
  const bad = res.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(bad.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`), [], `${label}: axe-core`);
}

/**
 * For the finding `d` (already selected by clicking it): the range of its highlight, compared with
 * an independent range over the same UTF-16 offsets of the editor's text, and where its screen
 * rectangles point back into the text (caretPositionFromPoint at the middle of each rectangle).
 */
function measure(page, d) {
  return page.evaluate((d) => {
    const c = document.querySelector('resolint-checker');
    const ed = c.shadowRoot.querySelector('[part~="editor"]');
    // The highlight's own range for this finding (one highlight per severity).
    let hl = null;
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('resolint-') || name.endsWith('-active')) continue;
      for (const r of h) {
        if (ed.contains(r.startContainer) && r.startOffset === d.start && r.endOffset === d.end) hl = { name, r };
      }
    }
    if (!hl) return { error: `no highlight range at ${d.start}-${d.end}` };
    // An independent range: walk the editor's text nodes to the offsets.
    const at = (off) => {
      const w = document.createTreeWalker(ed, NodeFilter.SHOW_TEXT);
      let n;
      let seen = 0;
      while ((n = w.nextNode())) {
        if (off <= seen + n.data.length) return [n, off - seen];
        seen += n.data.length;
      }
      return null;
    };
    const [sn, so] = at(d.start);
    const [en, eo] = at(d.end);
    const own = document.createRange();
    own.setStart(sn, so);
    own.setEnd(en, eo);
    const rect = (r) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height });
    const hlRects = [...hl.r.getClientRects()].map(rect).filter((r) => r.width > 0);
    const ownRects = [...own.getClientRects()].map(rect).filter((r) => r.width > 0);
    const box = rect(ed.getBoundingClientRect());
    // Screen → text: the character under the middle of each rectangle is inside the finding.
    const hits = hlRects.map((r) => {
      const x = (r.left + r.right) / 2;
      const y = (r.top + r.bottom) / 2;
      const p = document.caretPositionFromPoint(x, y, { shadowRoots: [c.shadowRoot] });
      return p && p.offsetNode.nodeType === 3 ? p.offset : -1;
    });
    return {
      name: hl.name,
      hlText: hl.r.toString(),
      ownText: own.toString(),
      hlRects,
      ownRects,
      box,
      hits,
      dir: ed.getAttribute('dir'),
      direction: getComputedStyle(ed).direction,
    };
  }, d);
}

/**
 * The share of the pixels in `rect` (CSS pixels of `page`) that are tinted as a highlight paints
 * them: a light background with more red than blue (errors, warnings, the active finding), where
 * the page is white and its text grey. Decoded in a blank page of the same context.
 */
async function tintedShare(page, decoder, rect) {
  const clip = { x: Math.floor(rect.left), y: Math.floor(rect.top), width: Math.max(1, Math.floor(rect.width)), height: Math.max(1, Math.floor(rect.height)) };
  const png = await page.screenshot({ clip });
  return decoder.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const g = c.getContext('2d');
    g.drawImage(img, 0, 0);
    const px = g.getImageData(0, 0, c.width, c.height).data;
    let tinted = 0;
    for (let i = 0; i < px.length; i += 4) if (px[i] >= 240 && px[i] - px[i + 2] >= 8) tinted++;
    return tinted / (px.length / 4);
  }, png.toString('base64'));
}

describe('an Arabic draft in the page: right to left, underlines on the flagged words', () => {
  let ctx;
  before(async () => {
    ctx = await open(`${base}/index.html`);
  });
  after(() => ctx.context.close());

  it('the Arabic example loads from the example menu, right to left; a French one left to right', async () => {
    const { page, log } = ctx;
    const ed = page.locator('resolint-checker [part~="editor"]');
    await page.selectOption('#example', 'csto-ar');
    await page.click('#load');
    const r = await reportFor(page, AR);
    assert.equal(r.language, 'ar');
    assert.equal(await ed.getAttribute('dir'), 'rtl');
    assert.equal(await ed.getAttribute('lang'), 'ar');
    assert.equal(await ed.evaluate((e) => getComputedStyle(e).direction), 'rtl');
    assert.equal(await ed.evaluate((e) => getComputedStyle(e).unicodeBidi), 'plaintext');
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'ltr', 'the interface stays English, left to right');
    // The operative paragraphs' numbers ("1 - …") sit at the right edge, before their Arabic words.
    const sides = await ed.evaluate((e) => {
      const text = e.firstChild.data;
      const i = text.indexOf('1 - ');
      const range = document.createRange();
      range.setStart(e.firstChild, i);
      range.setEnd(e.firstChild, i + 1);
      const one = range.getBoundingClientRect();
      range.setStart(e.firstChild, i + 4);
      range.setEnd(e.firstChild, i + 9);
      const verb = range.getBoundingClientRect();
      return { one: one.left, verb: verb.right, edge: e.getBoundingClientRect().right };
    });
    assert.ok(sides.one > sides.verb, `"1" is to the right of the verb (${JSON.stringify(sides)})`);
    assert.ok(sides.edge - sides.one < 80, `"1" is at the right edge (${JSON.stringify(sides)})`);

    await page.selectOption('#example', 'csto-fr');
    await page.click('#load');
    assert.equal((await reportFor(page, FR)).language, 'fr');
    assert.equal(await ed.getAttribute('dir'), 'ltr');
    // A chosen draft language wins over detection.
    await page.selectOption('#lang', 'ar');
    assert.equal(await ed.getAttribute('dir'), 'rtl');
    await page.selectOption('#lang', 'auto');
    await reportFor(page, FR);
    assert.equal(await ed.getAttribute('dir'), 'ltr');
    assert.deepEqual(log.external, []);
    assert.deepEqual(log.requests.filter((u) => u !== `${base}/index.html`), [], 'one file: no other request');
    assert.deepEqual(log.errors, []);
  });

  it('every example draft in the menu loads, in its language, with findings to show', async () => {
    const { page } = ctx;
    const ids = await page.locator('#example option').evaluateAll((os) => os.map((o) => o.value));
    for (const lang of ['fr', 'es', 'ru', 'ar']) assert.ok(ids.includes(`csto-${lang}`), `the ${lang} example is in the menu`);
    for (const lang of ['fr', 'es', 'ru', 'ar']) {
      await page.selectOption('#example', `csto-${lang}`);
      await page.click('#load');
      const text = read(`www/examples/${lang}.txt`);
      const r = await reportFor(page, text);
      assert.equal(r.language, lang);
      assert.ok(r.diagnostics.some((d) => d.severity !== 'info'), `the ${lang} example shows findings`);
      assert.equal(await page.locator('resolint-checker [part~="editor"]').getAttribute('dir'), lang === 'ar' ? 'rtl' : 'ltr');
    }
  });

  it('each finding is highlighted on exactly its UTF-16 range, and its rectangles lie over those words', async () => {
    const { page, log } = ctx;
    const decoder = await ctx.context.newPage();
    await page.evaluate((t) => { document.querySelector('resolint-checker').value = t; }, AR_PLANTED);
    const r = await reportFor(page, AR_PLANTED);
    assert.equal(r.language, 'ar');
    const spans = r.diagnostics.filter((d) => d.end > d.start);
    const text = (d) => AR_PLANTED.slice(d.start, d.end);
    const year = spans.find((d) => d.rule === 'sc-citation-year');
    const symbol = spans.find((d) => d.rule === 'document-symbol');
    const date = spans.find((d) => d.rule === 'date-invalid');
    assert.ok(year && text(year) === '2004', `a finding on a number inside Arabic text: ${JSON.stringify(year && text(year))}`);
    assert.ok(symbol && /^A\/64\/L12/.test(text(symbol)), `a finding on a Latin symbol inside Arabic text: ${JSON.stringify(symbol && text(symbol))}`);
    assert.ok(date && ARABIC_LETTER.test(text(date)), `a finding on Arabic words: ${JSON.stringify(date && text(date))}`);
    const arabic = spans.filter((d) => ARABIC_LETTER.test(text(d)));
    const latin = spans.filter((d) => /^[A-Za-z0-9/.() ]+$/.test(text(d)));
    assert.ok(arabic.length >= 1 && latin.length >= 2, 'findings on Arabic words and on Latin symbols or numbers');
    const items = page.locator('resolint-checker [part~="finding"]');
    assert.equal(await items.count(), r.diagnostics.length);

    for (const d of spans) {
      const label = `${d.rule} on ${JSON.stringify(text(d))}`;
      // Clicking the finding selects its words and scrolls them into view.
      await page.locator(`resolint-checker [part~="finding"][data-start="${d.start}"][data-rule="${d.rule}"]`).first().locator('.go').click();
      const sel = await page.evaluate(() => document.querySelector('resolint-checker').selection);
      assert.deepEqual([sel.start, sel.end, sel.text], [d.start, d.end, text(d)], `${label}: selected`);
      const m = await measure(page, d);
      assert.ok(!m.error, `${label}: ${m.error}`);
      assert.equal(m.dir, 'rtl');
      assert.equal(m.direction, 'rtl');
      assert.ok(m.name.endsWith(`-${d.severity}`), `${label}: in the ${d.severity} highlight (${m.name})`);
      assert.equal(m.hlText, text(d), `${label}: the highlighted text`);
      assert.equal(m.ownText, text(d), `${label}: the independent range's text`);
      assert.ok(m.hlRects.length > 0, `${label}: painted somewhere`);
      assert.equal(m.hlRects.length, m.ownRects.length, `${label}: as many rectangles as the text's`);
      m.hlRects.forEach((a, i) => {
        const b = m.ownRects[i];
        for (const k of ['left', 'right', 'top', 'bottom']) assert.ok(Math.abs(a[k] - b[k]) < 0.5, `${label}: rectangle ${i} ${k} ${a[k]} vs ${b[k]}`);
        assert.ok(a.left >= m.box.left - 1 && a.right <= m.box.right + 1, `${label}: rectangle ${i} inside the editor`);
      });
      m.hits.forEach((off, i) => assert.ok(off >= d.start && off <= d.end, `${label}: the middle of rectangle ${i} is character ${off}, outside ${d.start}-${d.end}`));
      // Painted: the highlight's background is on the screen inside those rectangles (the
      // selection is cleared first, so that only the highlights colour the text).
      if (d.severity !== 'info') {
        await page.evaluate(() => document.getSelection().removeAllRanges());
        for (const rect of m.hlRects) {
          const share = await tintedShare(page, decoder, rect);
          assert.ok(share > 0.3, `${label}: highlighted on the screen (${(share * 100).toFixed(0)}% of the rectangle tinted)`);
        }
      }
    }

    // …and not elsewhere: the resolution number right before the wrong year, and the words around
    // the symbol, carry no tint.
    for (const [word, label] of [['1631', 'the number before the year'], ['بموجبه', 'a word after the symbol']]) {
      // Its rectangle, the editor scrolled to show it.
      const rect = await page.evaluate((w) => {
        const ed = document.querySelector('resolint-checker').shadowRoot.querySelector('[part~="editor"]');
        const i = ed.firstChild.data.indexOf(w);
        const r = document.createRange();
        r.setStart(ed.firstChild, i);
        r.setEnd(ed.firstChild, i + w.length);
        const box = ed.getBoundingClientRect();
        const before = r.getBoundingClientRect();
        if (before.top < box.top || before.bottom > box.bottom) ed.scrollTop += before.top - box.top - 40;
        const b = r.getBoundingClientRect();
        return { left: b.left, top: b.top, width: b.width, height: b.height };
      }, word);
      const share = await tintedShare(page, decoder, rect);
      assert.ok(share < 0.02, `${label} (${word}) is not highlighted (${(share * 100).toFixed(0)}% tinted)`);
    }

    // The symbol and the year read left to right inside the right-to-left line: "A" left of "L12", "20" left of "04".
    for (const [d, a, b] of [[symbol, 0, 6], [year, 0, 2]]) {
      const order = await page.evaluate(([d, a, b]) => {
        const ed = document.querySelector('resolint-checker').shadowRoot.querySelector('[part~="editor"]');
        const x = (i) => {
          const r = document.createRange();
          r.setStart(ed.firstChild, d.start + i);
          r.setEnd(ed.firstChild, d.start + i + 1);
          return r.getBoundingClientRect().left;
        };
        return [x(a), x(b)];
      }, [d, a, b]);
      assert.ok(order[0] < order[1], `${d.rule}: left to right inside the Arabic line (${order})`);
    }

    // The screenshot: the year finding selected, its tooltip open.
    await page.locator(`resolint-checker [part~="finding"][data-start="${year.start}"]`).first().locator('.go').click();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'arabic-draft.png') });
    await page.screenshot({ path: path.join(OUTPUT, 'arabic-draft.png') });
    await decoder.close();
    assert.deepEqual(log.external, []);
    assert.deepEqual(log.errors, []);
  });
});

describe('the interface in French and in Arabic', () => {
  it('French from the browser language: page and widget labels, lang, the core asked for French messages', async () => {
    const { context, page, log } = await open(`${base}/index.html`, { locale: 'fr-FR' });
    assert.equal(await page.inputValue('#ui-lang'), 'fr');
    assert.equal(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir].join()), 'fr,ltr');
    assert.equal(await page.locator('resolint-checker').getAttribute('ui-lang'), 'fr');
    assert.equal(await page.locator('label[for="lang"]').textContent(), 'Langue du projet');
    assert.equal(await page.locator('#load').textContent(), 'Charger');
    assert.equal(await page.locator('#lang option[value="auto"]').textContent(), 'Détecter');
    assert.match(await page.locator('#privacy').textContent(), /ne quitte cet ordinateur/);
    assert.match(await page.title(), /vérificateur/);
    await page.selectOption('#example', 'csto-fr');
    await page.click('#load');
    const r = await reportFor(page, FR);
    assert.ok(r.diagnostics.length > 0, 'the French example has findings');
    assert.equal(await page.locator('resolint-checker .findings h2').textContent(), 'Constatations');
    assert.equal(await page.locator('resolint-checker .outline h2').textContent(), 'Ce qui a été reconnu');
    const first = page.locator('resolint-checker [part~="finding"]').first();
    assert.equal(await first.locator('[part~="ignore"]').textContent(), 'Ignorer');
    assert.match(await first.locator('.meta').textContent(), /ligne \d+, colonne \d+/);
    assert.match(await first.locator('.sr-only').textContent(), /^(Erreur|Avertissement|Remarque): $/);
    const chips = await page.locator('resolint-checker [part~="counts"]').textContent();
    assert.match(chips, /(erreur|avertissement)/);
    assert.match(await page.locator('resolint-checker [aria-live]').textContent(), /\d+ (erreur|erreurs), \d+ (avertissement|avertissements), \d+ (remarque|remarques)/);
    assert.match(await page.locator('resolint-checker .outline').textContent(), /Languefrançais/, 'the language named in French');
    await page.screenshot({ path: path.join(OUTPUT, 'index-fr.png') });
    await axe(page, 'index.html in French');
    assert.deepEqual(log.external, []);
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  it('Arabic from the selector: right to left, Arabic labels, remembered across a reload without any draft text', async () => {
    const { context, page, log } = await open(`${base}/index.html`);
    assert.equal(await page.inputValue('#ui-lang'), 'en');
    await page.selectOption('#ui-lang', 'ar');
    assert.equal(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir].join()), 'ar,rtl');
    assert.equal(await page.locator('resolint-checker').getAttribute('ui-lang'), 'ar');
    const wrap = page.locator('resolint-checker [part~="container"]');
    assert.equal(await wrap.getAttribute('dir'), 'rtl');
    assert.equal(await wrap.getAttribute('lang'), 'ar');
    assert.equal(await page.locator('label[for="lang"]').textContent(), 'لغة المشروع');
    assert.equal(await page.locator('#tab-compare').textContent(), 'مقارنة النسخ اللغوية');
    await page.selectOption('#example', 'defective');
    await page.click('#load');
    const text = read('www/examples/defective.txt');
    await reportFor(page, text);
    assert.equal(await page.locator('resolint-checker .findings h2').textContent(), 'الملاحظات');
    assert.equal(await page.locator('resolint-checker [part~="finding"]').first().locator('[part~="ignore"]').textContent(), 'تجاهل');
    // An English draft in an Arabic interface: the editor stays left to right, the panel is on the left.
    const ed = page.locator('resolint-checker [part~="editor"]');
    assert.equal(await ed.getAttribute('dir'), 'ltr');
    const [edBox, sideBox] = await Promise.all([ed.boundingBox(), page.locator('resolint-checker [part~="panel"]').boundingBox()]);
    assert.ok(sideBox.x < edBox.x, 'the findings panel is on the left in a right-to-left interface');
    await page.screenshot({ path: path.join(OUTPUT, 'index-ar-ui.png') });
    await axe(page, 'index.html in Arabic');

    // The compare mode speaks Arabic too.
    await page.click('#tab-compare');
    await page.selectOption('#cmp-example', 'changed-number');
    await page.click('#cmp-load');
    await page.waitForFunction(() => /^الفروق: \d/.test(document.getElementById('cmp-status').textContent));
    assert.match(await page.locator('.cmp-intro').textContent(), /الصق نسختين/);
    assert.match(await page.locator('#cmp-a-lang').textContent(), /^اللغة المكتشفة: الإنكليزية$/);
    assert.match(await page.locator('#cmp-b-lang').textContent(), /^اللغة المكتشفة: الصينية$/);
    await page.click('#tab-check');

    // Remembered: a reload keeps Arabic; only the language code is stored, never the text.
    await page.reload();
    await page.waitForFunction(() => customElements.get('resolint-checker'));
    assert.equal(await page.inputValue('#ui-lang'), 'ar');
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
    const stored = await page.evaluate(() => Object.entries(localStorage).flat().join('\n'));
    assert.match(stored, /resolint:ui-lang:v1\nar/);
    for (const w of text.match(/[A-Za-z]{6,}/g)) assert.ok(!stored.includes(w), `localStorage holds "${w}"`);
    await page.selectOption('#ui-lang', 'en');
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'ltr');
    assert.deepEqual(log.external, []);
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  it('the widget alone (embed.html): ui-lang="ar" and "fr" switch its labels and direction and reach the core', async () => {
    const { context, page, log } = await open(`${base}/embed.html`);
    const sel = '#portal-checker';
    await page.evaluate(([s, t]) => {
      const c = document.querySelector(s);
      c.value = t;
      c.setAttribute('ui-lang', 'ar');
    }, [sel, AR]);
    const r = await reportFor(page, AR, sel);
    const wrap = page.locator(`${sel} [part~="container"]`);
    assert.equal(await wrap.getAttribute('dir'), 'rtl');
    assert.equal(await page.locator(`${sel} .findings h2`).textContent(), 'الملاحظات');
    assert.equal(await page.locator(`${sel} [part~="editor"]`).getAttribute('dir'), 'rtl');
    assert.equal(await page.locator(`${sel} [part~="editor"]`).getAttribute('aria-label'), 'نص مشروع القرار');
    // The findings' messages are the core's for uiLang "ar".
    const direct = await page.evaluate(async (t) => {
      const { resolintCore } = await import('./resolint.js');
      const core = await resolintCore();
      return core.validate(t, { lang: 'auto', body: 'ga', uiLang: 'ar' }).diagnostics.map((d) => d.message);
    }, AR);
    assert.deepEqual(r.diagnostics.map((d) => d.message), direct);
    await page.evaluate((s) => document.querySelector(s).setAttribute('ui-lang', 'fr'), sel);
    await reportFor(page, AR, sel);
    assert.equal(await wrap.getAttribute('dir'), 'ltr');
    assert.equal(await page.locator(`${sel} .findings h2`).textContent(), 'Constatations');
    assert.equal(await page.locator(`${sel} [part~="editor"]`).getAttribute('dir'), 'rtl', 'the Arabic draft stays right to left');
    // The size-limit message is in the interface language too.
    await page.evaluate((s) => { document.querySelector(s).value = 'x'.repeat(20 * 1024 * 1024 + 1); }, sel);
    assert.match(await page.locator(`${sel} [role="alert"]`).textContent(), /trop long/);
    const requests = log.requests.map((u) => new URL(u).pathname);
    for (const u of requests) assert.ok(['/embed.html', '/portal.css', '/portal.js', '/resolint.js', '/resolint_core.js', '/resolint_core_bg.wasm'].includes(u), `unexpected request ${u}`);
    assert.deepEqual(log.external, []);
    assert.deepEqual(log.errors, []);
    await context.close();
  });
});
