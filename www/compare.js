// "Compare language versions": two plain-text editors side by side, compared by the core's
// compare(textA, textB) as the drafter types. Each finding has a span in version A
// (start/end) and its counterpart in version B (related); a finding, or an underline on either
// side, is linked to its counterpart on the other side. Bundled after resolint.js and page.js
// into index.html / resolint.html (scripts/build-dist.mjs); it calls the core through the
// widget's callCore (the same wasm instance, restarted after a panic).

// Its strings, COMPARE_STRINGS, are in www/i18n.js (inlined before this file).

(() => {
  const $ = (s) => document.querySelector(s);
  const tabs = [$('#tab-check'), $('#tab-compare')];
  if (tabs.some((t) => !t)) return;
  const uiSelect = $('#ui-lang');
  const pairsEl = document.getElementById('resolint-pairs');
  const pairs = pairsEl ? JSON.parse(pairsEl.textContent) : [];
  const side = {
    a: { ed: $('#cmp-a'), lang: $('#cmp-a-lang') },
    b: { ed: $('#cmp-b'), lang: $('#cmp-b-lang') },
  };
  const list = $('#cmp-list');
  const status = $('#cmp-status');
  const pairSelect = $('#cmp-example');
  const HL = {
    a: { error: 'rlcmp-a-error', warning: 'rlcmp-a-warning', info: 'rlcmp-a-info' },
    b: { error: 'rlcmp-b-error', warning: 'rlcmp-b-warning', info: 'rlcmp-b-info' },
    current: 'rlcmp-current',
    counterpart: 'rlcmp-counterpart',
  };
  const canHighlight = () => !!(globalThis.CSS && CSS.highlights && globalThis.Highlight);

  let result = null; // the latest comparison, of exactly the texts in the editors
  let active = -1; // the index of the finding linked now
  let timer = 0;
  let started = false;

  const strings = () => COMPARE_STRINGS[(uiSelect && uiLanguageOf(uiSelect.value)) || 'en'];

  // ----- the mode switch (WAI-ARIA tabs: arrows, Home, End move between tabs)

  function select(tab, focus) {
    for (const t of tabs) {
      const on = t === tab;
      t.setAttribute('aria-selected', String(on));
      t.tabIndex = on ? 0 : -1;
      document.getElementById(t.getAttribute('aria-controls')).hidden = !on;
    }
    if (focus) tab.focus();
    if (tab.id === 'tab-compare' && !started) {
      started = true;
      if (!text('a') && !text('b')) load(pairs.length ? pairs[0].id : null);
      else schedule(0);
    }
  }
  for (const t of tabs) {
    t.addEventListener('click', () => select(t, true));
    t.addEventListener('keydown', (e) => {
      const i = tabs.indexOf(t);
      let j = -1;
      if (e.key === 'ArrowRight' || e.key === 'ArrowDown') j = (i + 1) % tabs.length;
      else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') j = (i + tabs.length - 1) % tabs.length;
      else if (e.key === 'Home') j = 0;
      else if (e.key === 'End') j = tabs.length - 1;
      if (j < 0) return;
      e.preventDefault();
      select(tabs[j], true);
    });
  }

  // ----- the editors: plain text, one text node each

  function text(k) {
    const n = side[k].ed.firstChild;
    return n && n.nodeType === Node.TEXT_NODE && !n.nextSibling ? n.data : readDom(side[k].ed);
  }

  /** The text of an editor whatever the browser put in it (text nodes, <br>, <div> lines). */
  function readDom(root) {
    let out = '';
    const walk = (node) => {
      for (const c of node.childNodes) {
        if (c.nodeType === Node.TEXT_NODE) out += c.data;
        else if (c.nodeName === 'BR') out += '\n';
        else {
          const block = /^(DIV|P|LI)$/.test(c.nodeName);
          if (block && out && !out.endsWith('\n')) out += '\n';
          walk(c);
        }
      }
    };
    walk(root);
    return out;
  }

  /** Offset of a DOM position inside an editor, counted in UTF-16 units of its text. */
  function offsetOf(ed, node, offset) {
    if (node === ed) {
      let n = 0;
      for (let i = 0; i < offset && i < ed.childNodes.length; i++) n += readDom({ childNodes: [ed.childNodes[i]] }).length;
      return n;
    }
    const r = document.createRange();
    r.selectNodeContents(ed);
    r.setEnd(node, offset);
    const frag = r.cloneContents();
    return readDom(frag).length;
  }

  function caret(k) {
    const sel = window.getSelection();
    if (!sel || !sel.rangeCount) return -1;
    const r = sel.getRangeAt(0);
    if (!side[k].ed.contains(r.startContainer)) return -1;
    return offsetOf(side[k].ed, r.startContainer, r.startOffset);
  }

  /** Replaces an editor's content by `t` as a single text node, caret at `at` (or none). */
  function setText(k, t, at = -1) {
    const ed = side[k].ed;
    ed.replaceChildren(...(t ? [document.createTextNode(t)] : []));
    if (at >= 0 && ed.firstChild) {
      const sel = window.getSelection();
      const p = Math.min(at, t.length);
      sel.setBaseAndExtent(ed.firstChild, p, ed.firstChild, p);
    }
  }

  function insertPlain(k, t) {
    const ed = side[k].ed;
    const sel = window.getSelection();
    const cur = text(k);
    let start = cur.length;
    let end = start;
    if (sel && sel.rangeCount && ed.contains(sel.getRangeAt(0).startContainer)) {
      const r = sel.getRangeAt(0);
      start = offsetOf(ed, r.startContainer, r.startOffset);
      end = offsetOf(ed, r.endContainer, r.endOffset);
    }
    t = t.replace(/\r\n?/g, '\n');
    setText(k, cur.slice(0, start) + t + cur.slice(end), start + t.length);
    changed();
  }

  for (const k of ['a', 'b']) {
    const ed = side[k].ed;
    ed.addEventListener('paste', (e) => {
      e.preventDefault(); // pasted HTML stays text
      insertPlain(k, e.clipboardData ? e.clipboardData.getData('text/plain') : '');
    });
    ed.addEventListener('drop', (e) => {
      e.preventDefault();
      insertPlain(k, e.dataTransfer ? e.dataTransfer.getData('text/plain') : '');
    });
    ed.addEventListener('beforeinput', (e) => {
      const t = e.inputType || '';
      if (t.startsWith('format')) e.preventDefault();
      else if (t === 'insertParagraph' || t === 'insertLineBreak') {
        e.preventDefault();
        insertPlain(k, '\n');
      }
    });
    ed.addEventListener('input', (e) => {
      if (e.isComposing) return;
      normalise(k);
      changed();
    });
    ed.addEventListener('compositionend', () => {
      normalise(k);
      changed();
    });
    // Clicking an underline, or moving the caret into one, links it to its counterpart.
    ed.addEventListener('click', () => linkAtCaret(k));
    ed.addEventListener('keyup', (e) => {
      if (/^(Arrow|Home|End|Page)/.test(e.key)) linkAtCaret(k);
    });
  }

  /** Keeps an editor as one text node (a browser may add <br> or <div>s), caret preserved. */
  function normalise(k) {
    const ed = side[k].ed;
    if (ed.childNodes.length <= 1 && (!ed.firstChild || ed.firstChild.nodeType === Node.TEXT_NODE)) return;
    const at = caret(k);
    setText(k, readDom(ed), at);
  }

  function changed() {
    unlink();
    schedule(350);
  }

  function schedule(ms) {
    clearTimeout(timer);
    timer = setTimeout(run, ms);
  }

  // ----- comparing

  async function run() {
    const s = strings();
    const ta = text('a');
    const tb = text('b');
    if (!ta.trim() || !tb.trim()) {
      result = null;
      render();
      return;
    }
    let r;
    try {
      r = await callCore((core) => core.compare(ta, tb, { uiLang: (uiSelect && uiLanguageOf(uiSelect.value)) || 'en' }));
    } catch (err) {
      result = null;
      render();
      status.textContent = s.failed(err && err.message ? err.message : String(err));
      return;
    }
    if (text('a') !== ta || text('b') !== tb) return; // typed meanwhile: a newer run is scheduled
    result = { ...r, textA: ta, textB: tb };
    render();
  }

  function el(tag, t, cls) {
    const e = document.createElement(tag);
    if (t !== undefined && t !== null) e.textContent = String(t);
    if (cls) e.className = cls;
    return e;
  }

  function render() {
    const s = strings();
    list.replaceChildren();
    for (const k of ['a', 'b']) {
      const l = result ? result[k].language : '';
      side[k].lang.textContent = l ? s.detected(s.langs[l] || l) : '';
      side[k].ed.setAttribute('lang', htmlLang(l));
      side[k].ed.setAttribute('aria-label', k === 'a' ? s.editorA : s.editorB);
      side[k].ed.setAttribute('data-placeholder', s.placeholder);
    }
    if (!result) {
      status.textContent = s.waiting;
      paint();
      return;
    }
    const ds = result.diagnostics;
    const e = ds.filter((d) => d.severity === 'error').length;
    const w = ds.filter((d) => d.severity === 'warning').length;
    status.textContent = s.counts(ds.length, e, w);
    ds.forEach((d, i) => {
      const li = el('li', null, `cmp-finding sev-${d.severity}`);
      li.dataset.index = String(i);
      li.dataset.rule = d.rule;
      const b = el('button', null, 'cmp-go');
      b.type = 'button';
      b.append(
        el('span', s.sev[d.severity] || d.severity, `cmp-sev sev-${d.severity}`), ' ',
        Object.assign(el('span', d.message, 'cmp-msg'), { dir: 'auto' }), ' ',
        el('span', `${d.rule} · ${s.where(d)}`, 'cmp-where'),
      );
      b.addEventListener('click', () => goTo(i));
      li.append(b);
      list.append(li);
    });
    paint();
    if (active >= 0 && active < ds.length) link(active, 'a', false);
  }

  // ----- underlines and linking

  /** A DOM range over start..end of an editor's text (zero-width spans widened to one character). */
  function range(k, start, end) {
    const ed = side[k].ed;
    const node = ed.firstChild;
    if (!node || node.nodeType !== Node.TEXT_NODE) return null;
    const len = node.data.length;
    start = Math.max(0, Math.min(start, len));
    end = Math.max(start, Math.min(end, len));
    if (end === start) {
      if (end < len) end++;
      else if (start > 0) start--;
    }
    const r = document.createRange();
    r.setStart(node, start);
    r.setEnd(node, end);
    return r;
  }

  const spanOf = (d, k) => (k === 'a' ? d : d.related);
  const fresh = () => result && result.textA === text('a') && result.textB === text('b');

  function paint() {
    if (!canHighlight()) return;
    for (const k of ['a', 'b']) for (const n of Object.values(HL[k])) CSS.highlights.delete(n);
    CSS.highlights.delete(HL.current);
    CSS.highlights.delete(HL.counterpart);
    if (!result || !fresh()) return;
    for (const k of ['a', 'b']) {
      const by = { error: [], warning: [], info: [] };
      for (const d of result.diagnostics) {
        const sp = spanOf(d, k);
        const r = sp && range(k, sp.start, sp.end);
        if (r) (by[d.severity] || by.info).push(r);
      }
      for (const sev of Object.keys(by)) if (by[sev].length) CSS.highlights.set(HL[k][sev], new Highlight(...by[sev]));
    }
  }

  /** Scrolls an editor (not the page) so that a range is in view. */
  function reveal(k, r) {
    const ed = side[k].ed;
    const rect = r.getBoundingClientRect();
    const box = ed.getBoundingClientRect();
    if (rect.top < box.top + 8 || rect.bottom > box.bottom - 8) ed.scrollTop += rect.top - box.top - box.height / 3;
  }

  /** Links finding i: `from` is the side shown as current, the other gets the counterpart. */
  function link(i, from, selectIt) {
    const d = result && result.diagnostics[i];
    if (!d || !fresh()) return;
    active = i;
    const to = from === 'a' ? 'b' : 'a';
    const rf = range(from, spanOf(d, from).start, spanOf(d, from).end);
    const rt = range(to, spanOf(d, to).start, spanOf(d, to).end);
    if (canHighlight()) {
      if (rf) CSS.highlights.set(HL.current, new Highlight(rf));
      if (rt) CSS.highlights.set(HL.counterpart, new Highlight(rt));
    }
    for (const li of list.children) {
      const on = Number(li.dataset.index) === i;
      li.classList.toggle('current', on);
      if (on) li.firstChild.setAttribute('aria-current', 'true');
      else li.firstChild.removeAttribute('aria-current');
    }
    if (rf) reveal(from, rf);
    if (rt) reveal(to, rt);
    if (selectIt && rf) {
      side[from].ed.focus({ preventScroll: true });
      const sel = window.getSelection();
      sel.setBaseAndExtent(rf.startContainer, rf.startOffset, rf.endContainer, rf.endOffset);
    }
  }

  /** A finding from the list: select its words in A, show its counterpart in B. */
  function goTo(i) {
    link(i, 'a', true);
  }

  function linkAtCaret(k) {
    if (!result || !fresh()) return;
    const at = caret(k);
    if (at < 0) return;
    const i = result.diagnostics.findIndex((d) => {
      const sp = spanOf(d, k);
      return sp.start <= at && at <= Math.max(sp.end, sp.start + 1);
    });
    if (i >= 0) link(i, k, false);
    else unlink();
  }

  /** Clears the linked pair (the caret left every underline). */
  function unlink() {
    active = -1;
    if (canHighlight()) {
      CSS.highlights.delete(HL.current);
      CSS.highlights.delete(HL.counterpart);
    }
    for (const li of list.children) {
      li.classList.remove('current');
      li.firstChild.removeAttribute('aria-current');
    }
  }

  // ----- example pairs and the interface language

  function fillPairs() {
    const s = strings();
    const cur = pairSelect.value;
    pairSelect.replaceChildren(...pairs.map((p) => {
      const o = document.createElement('option');
      o.value = p.id;
      o.textContent = s.pairs[p.id] || p.title;
      return o;
    }));
    if (cur) pairSelect.value = cur;
  }

  function load(id) {
    const p = pairs.find((x) => x.id === id) || pairs[0];
    if (!p) {
      render();
      return;
    }
    pairSelect.value = p.id;
    setText('a', p.a);
    setText('b', p.b);
    side.a.ed.scrollTop = 0;
    side.b.ed.scrollTop = 0;
    active = -1;
    status.textContent = strings().comparing;
    schedule(0);
  }

  $('#cmp-load').addEventListener('click', () => load(pairSelect.value));
  if (uiSelect) {
    uiSelect.addEventListener('change', () => {
      fillPairs();
      if (result) schedule(0); // the messages follow the interface language
      else render();
    });
  }
  fillPairs();
  render();
  if (location.hash === '#compare') select(tabs[1], false);
})();
