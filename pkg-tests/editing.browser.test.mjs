// Editing keys in the widget's editor (Chromium gives no target ranges inside a shadow
// root, so the widget works out what Backspace and Delete remove).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, launchBrowser } from './helpers.mjs';

describe('editing keys in the editor', () => {
  let browser;
  let page;
  before(async () => {
    browser = await launchBrowser();
    const context = await browser.newContext();
    await context.route(/^(?!file:)/, (r) => r.abort());
    page = await context.newPage();
    await page.goto(pathToFileURL(path.join(DIST, 'resolint.html')).href);
    await page.waitForFunction(() => customElements.get('resolint-checker'));
  });
  after(async () => {
    await browser?.close();
  });

  const value = () => page.evaluate(() => document.querySelector('resolint-checker').value);
  const caretAt = (i) =>
    page.evaluate((i) => {
      const c = document.querySelector('resolint-checker');
      const ed = c.shadowRoot.querySelector('[part~="editor"]');
      ed.focus();
      const r = document.createRange();
      r.setStart(ed.firstChild, i);
      r.collapse(true);
      const s = window.getSelection();
      s.removeAllRanges();
      s.addRange(r);
    }, i);

  it('Backspace and Delete remove a character at a collapsed caret, emoji whole', async () => {
    await page.evaluate(() => {
      document.querySelector('resolint-checker').value = 'Requests 😀 the report';
    });
    await caretAt('Requests 😀'.length);
    await page.keyboard.press('Backspace');
    assert.equal(await value(), 'Requests  the report');
    await caretAt(0);
    await page.keyboard.press('Delete');
    assert.equal(await value(), 'equests  the report');
    await caretAt('equests  the report'.length);
    await page.keyboard.press('Control+Backspace');
    assert.equal(await value(), 'equests  the ');
  });
});
