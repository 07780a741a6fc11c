// <resolint-checker>: the resolint widget. One module, no build step on the host page:
//
//   <script type="module" src="/resolint/resolint.js"></script>
//   <resolint-checker lang="auto" body="ga" ui-lang="en"></resolint-checker>
//
// Everything runs here, in the browser: the draft is checked by the resolint core
// compiled to WebAssembly (resolint_core_bg.wasm, next to this file, or inlined in the
// single-file build). Nothing is sent anywhere; nothing but ignored-finding markers
// (rule id + a hash of the paragraph, never the text) is stored.

import { WIDGET_STRINGS, UI_LANGUAGES, uiLanguageOf, uiLanguageDefault, htmlLang, dirOf } from './i18n.js';

const CATEGORIES = ['structure', 'citation', 'verb', 'date', 'follow-up', 'typography'];
const SEVERITIES = ['error', 'warning', 'info'];
const SEVERITY_ICON = { error: '✖', warning: '▲', info: 'ℹ' };
/** Drafts at least this long (UTF-16 code units) are checked in a Web Worker. */
const WORKER_THRESHOLD = 20000;
/**
 * The longest draft the widget accepts, in UTF-16 code units (20 MiB of plain text, some
 * 7,000 pages). A paste or `value` beyond it is refused with a message; the editor keeps
 * its text and stays usable. The command line takes files up to 64 MiB.
 */
export const MAX_LENGTH = 20 * 1024 * 1024;
const IGNORE_KEY = 'resolint:ignored:v1';
/** Findings listed per category before a "show all" button. */
const LIST_LIMIT = 50;

// ---------------------------------------------------------------- the engine

let coreGeneration = 0;
let corePromise = null;

/** The single-file build defines globalThis.__RESOLINT_INLINE__ = {makeCore, module, workerSource}. */
function inlineBundle() {
  return globalThis.__RESOLINT_INLINE__ || null;
}

function loadCore() {
  if (!corePromise) {
    const generation = coreGeneration;
    corePromise = (async () => {
      const inline = inlineBundle();
      if (inline) {
        const core = inline.makeCore();
        core.initSync({ module: inline.module() });
        return core;
      }
      const url = new URL('./resolint_core.js', import.meta.url);
      // The glue refuses to initialise twice; after a panic a fresh copy is imported.
      if (generation) url.searchParams.set('instance', String(generation));
      const core = await import(url.href);
      await core.default({ module_or_path: new URL('./resolint_core_bg.wasm', import.meta.url) });
      return core;
    })();
    corePromise.catch(() => {
      corePromise = null;
    });
  }
  return corePromise;
}

function isPanic(err) {
  return err instanceof WebAssembly.RuntimeError || /unreachable|RuntimeError/.test(String(err && err.stack || err));
}

async function callCore(fn) {
  const core = await loadCore();
  try {
    return fn(core);
  } catch (err) {
    if (isPanic(err)) {
      // A panic kills the instance: start a new one for the next call.
      coreGeneration++;
      corePromise = null;
      err.panicked = true;
    }
    throw err;
  }
}

let worker = null;
let workerBroken = false;
let workerSeq = 0;
const pending = new Map();

function dropWorker(err) {
  if (worker) worker.terminate();
  worker = null;
  for (const p of pending.values()) p.reject(err);
  pending.clear();
}

function getWorker() {
  if (worker) return worker;
  const inline = inlineBundle();
  let w;
  if (inline) {
    const url = URL.createObjectURL(new Blob([inline.workerSource], { type: 'text/javascript' }));
    w = new Worker(url, { name: 'resolint' }); // classic: module workers from blob: fail on file://
    URL.revokeObjectURL(url);
    w.postMessage({ type: 'init', module: inline.module() });
  } else {
    w = new Worker(new URL('./resolint-worker.js', import.meta.url), { type: 'module', name: 'resolint' });
  }
  w.onmessage = (e) => {
    const m = e.data || {};
    const p = pending.get(m.id);
    if (!p) return;
    pending.delete(m.id);
    if (m.error) {
      const err = new Error(m.error);
      if (m.panicked) {
        err.panicked = true;
        dropWorker(err);
      }
      p.reject(err);
    } else p.resolve(m.report);
  };
  w.onerror = (e) => {
    if (e && e.preventDefault) e.preventDefault();
    workerBroken = pending.size === 0 || workerBroken;
    const err = new Error((e && e.message) || 'the worker failed');
    err.workerFailed = true;
    dropWorker(err);
  };
  worker = w;
  return w;
}

function validateInWorker(text, options) {
  return new Promise((resolve, reject) => {
    const id = ++workerSeq;
    pending.set(id, { resolve, reject });
    try {
      getWorker().postMessage({ type: 'validate', id, text, options });
    } catch (err) {
      pending.delete(id);
      workerBroken = true;
      err.workerFailed = true;
      reject(err);
    }
  });
}

async function validate(text, options) {
  if (text.length >= WORKER_THRESHOLD && !workerBroken && typeof Worker === 'function') {
    try {
      return { report: await validateInWorker(text, options), worker: true };
    } catch (err) {
      if (!err.workerFailed) throw err;
      workerBroken = true; // e.g. a Content-Security-Policy without worker-src: check here instead
    }
  }
  return { report: await callCore((core) => core.validate(text, options)), worker: false };
}

// ---------------------------------------------------------------- helpers

/** FNV-1a over UTF-16 code units: the paragraph's fingerprint for "ignore". */
function hash(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

function paragraphAt(text, offset) {
  const a = text.lastIndexOf('\n', Math.max(0, offset - 1));
  let b = text.indexOf('\n', offset);
  if (b < 0) b = text.length;
  return text.slice(a + 1, b).trim();
}

function loadIgnored() {
  try {
    const v = JSON.parse(globalThis.localStorage.getItem(IGNORE_KEY) || '[]');
    return new Set(Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);
  } catch {
    return new Set();
  }
}

function saveIgnored(set) {
  try {
    globalThis.localStorage.setItem(IGNORE_KEY, JSON.stringify([...set]));
  } catch {
    /* storage unavailable: ignoring lasts for this page only */
  }
}

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'text') e.textContent = v;
      else if (k === 'class') e.className = v;
      else e.setAttribute(k, v === true ? '' : String(v));
    }
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(c);
  return e;
}


// ---------------------------------------------------------------- styles

const CSS_TEXT = `
:host {
  all: initial;
  display: block;
  --_bg: var(--resolint-bg, #ffffff);
  --_fg: var(--resolint-fg, #1a1f24);
  --_muted: var(--resolint-muted, #4b5663);
  --_panel: var(--resolint-panel, #f4f6f9);
  --_border: var(--resolint-border, #c4ccd6);
  --_accent: var(--resolint-accent, #005a9e);
  --_accent-fg: var(--resolint-accent-fg, #ffffff);
  --_error: var(--resolint-error, #b3261e);
  --_warning: var(--resolint-warning, #8a4b00);
  --_info: var(--resolint-info, #1b5faa);
  --_error-bg: var(--resolint-error-bg, #fde8e7);
  --_warning-bg: var(--resolint-warning-bg, #fff1dc);
  --_info-bg: var(--resolint-info-bg, #e6f0fb);
  --_active-bg: var(--resolint-active-bg, #ffe680);
  --_radius: var(--resolint-radius, 8px);
  font-family: var(--resolint-font, system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", sans-serif);
  font-size: var(--resolint-font-size, 15px);
  line-height: 1.5;
  color: var(--_fg);
}
@media (prefers-color-scheme: dark) {
  :host {
    --_bg: var(--resolint-bg, #161a1f);
    --_fg: var(--resolint-fg, #e7ebf0);
    --_muted: var(--resolint-muted, #b3bcc7);
    --_panel: var(--resolint-panel, #1e242b);
    --_border: var(--resolint-border, #3b4550);
    --_accent: var(--resolint-accent, #7cb8f0);
    --_accent-fg: var(--resolint-accent-fg, #0b1117);
    --_error: var(--resolint-error, #ff8f85);
    --_warning: var(--resolint-warning, #ffbf66);
    --_info: var(--resolint-info, #8fc1ff);
    --_error-bg: var(--resolint-error-bg, #3d1f1d);
    --_warning-bg: var(--resolint-warning-bg, #3a2c14);
    --_info-bg: var(--resolint-info-bg, #1a2c42);
    --_active-bg: var(--resolint-active-bg, #5c4d00);
  }
}
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
.wrap { background: var(--_bg); color: var(--_fg); border: 1px solid var(--_border); border-radius: var(--_radius); container-type: inline-size; overflow: hidden; }
.bar { display: flex; flex-wrap: wrap; align-items: center; gap: .4rem .6rem; padding: .5rem .75rem; background: var(--_panel); border-bottom: 1px solid var(--_border); }
.chip { display: inline-flex; align-items: center; gap: .3rem; padding: .1rem .55rem; border-radius: 999px; font-size: .9em; font-weight: 600; border: 1px solid transparent; }
.chip.error { color: var(--_error); background: var(--_error-bg); border-color: var(--_error); }
.chip.warning { color: var(--_warning); background: var(--_warning-bg); border-color: var(--_warning); }
.chip.info { color: var(--_info); background: var(--_info-bg); border-color: var(--_info); }
.state { color: var(--_muted); font-size: .9em; margin-inline-start: auto; display: inline-flex; align-items: center; gap: .35rem; }
:host([busy]) .state::before { content: ""; width: .8em; height: .8em; border-radius: 50%; border: 2px solid var(--_accent); border-right-color: transparent; animation: spin .8s linear infinite; }
@keyframes spin { to { transform: rotate(360deg); } }
@media (prefers-reduced-motion: reduce) { :host([busy]) .state::before { animation: none; } }
button { font: inherit; color: inherit; cursor: pointer; }
.btn { border: 1px solid var(--_border); background: var(--_bg); color: var(--_fg); border-radius: 6px; padding: .25rem .65rem; font-size: .92em; }
.btn:hover { border-color: var(--_accent); }
.btn.primary { background: var(--_accent); color: var(--_accent-fg); border-color: var(--_accent); font-weight: 600; }
.btn:disabled { opacity: .55; cursor: default; }
button:focus-visible, [tabindex]:focus-visible { outline: 3px solid var(--_accent); outline-offset: 2px; }
.main { display: grid; grid-template-columns: minmax(0, 1fr); }
@container (min-width: 760px) {
  .main { grid-template-columns: minmax(0, 1fr) minmax(260px, 38%); }
  .side { border-inline-start: 1px solid var(--_border); border-top: 0 !important; max-height: var(--resolint-height, 75vh); }
}
.ed-box { position: relative; min-width: 0; }
.editor { display: block; min-height: var(--resolint-editor-min-height, 14rem); max-height: var(--resolint-height, 75vh); overflow: auto;
  white-space: pre-wrap; overflow-wrap: anywhere; word-break: normal; padding: 1rem 1.2rem 2rem; margin: 0;
  font-family: var(--resolint-editor-font, "Times New Roman", "Noto Serif", "Noto Serif CJK SC", "Noto Naskh Arabic", "WenQuanYi Micro Hei", serif);
  font-size: 1.05em; line-height: 1.75; color: var(--_fg); background: var(--_bg); caret-color: var(--_accent); outline: none; tab-size: 4;
  unicode-bidi: plaintext; /* each paragraph takes the direction of its own script (Arabic right to left) */ }
.editor:focus-visible { box-shadow: inset 0 0 0 2px var(--_accent); }
.editor:empty::before { content: attr(data-placeholder); color: var(--_muted); pointer-events: none; }
.side { border-top: 1px solid var(--_border); overflow: auto; background: var(--_bg); min-width: 0; }
section { padding: .6rem .8rem; }
section + section { border-top: 1px solid var(--_border); }
h2 { font-size: 1em; margin: 0 0 .4rem; font-weight: 700; }
h3 { font-size: .92em; margin: .6rem 0 .3rem; color: var(--_muted); font-weight: 700; text-transform: uppercase; letter-spacing: .03em; display: flex; gap: .4rem; align-items: baseline; }
h3 .n { font-weight: 600; color: var(--_fg); background: var(--_panel); border: 1px solid var(--_border); border-radius: 999px; padding: 0 .45rem; font-size: .9em; }
ul { list-style: none; margin: 0; padding: 0; }
li.finding { border: 1px solid var(--_border); border-inline-start: 4px solid var(--_sev); border-radius: 6px; margin: 0 0 .45rem; background: var(--_bg); }
li.finding[data-severity="error"] { --_sev: var(--_error); }
li.finding[data-severity="warning"] { --_sev: var(--_warning); }
li.finding[data-severity="info"] { --_sev: var(--_info); }
li.finding.current { box-shadow: 0 0 0 2px var(--_accent); }
.go { display: block; width: 100%; text-align: start; background: none; border: 0; padding: .4rem .55rem .3rem; border-radius: 6px; }
.go:hover { background: var(--_panel); }
.sev { color: var(--_sev); font-weight: 700; margin-inline-end: .3rem; }
.msg { font-size: .95em; }
.meta { display: block; color: var(--_muted); font-size: .82em; margin-top: .15rem; }
.excerpt { font-family: var(--resolint-editor-font, "Times New Roman", "Noto Serif", "Noto Naskh Arabic", "WenQuanYi Micro Hei", serif); unicode-bidi: isolate; background: var(--_panel); padding: 0 .25rem; border-radius: 3px; }
.acts { display: flex; gap: .35rem; padding: 0 .55rem .45rem; flex-wrap: wrap; }
.acts .btn { font-size: .85em; padding: .1rem .5rem; }
.empty { color: var(--_muted); margin: .3rem 0; }
.more { width: 100%; margin-bottom: .4rem; }
dl { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: .15rem .8rem; margin: 0; font-size: .92em; }
dt { color: var(--_muted); }
dd { margin: 0; overflow-wrap: anywhere; }
.cites { display: flex; flex-wrap: wrap; gap: .25rem; margin-top: .2rem; }
.cite { border: 1px solid var(--_border); background: var(--_panel); border-radius: 4px; padding: 0 .35rem; font-size: .88em; color: var(--_fg); }
.tip { position: absolute; z-index: 10; max-width: min(26rem, 92%); background: var(--_bg); color: var(--_fg); border: 1px solid var(--_border); border-top: 4px solid var(--_sev, var(--_accent));
  border-radius: 6px; box-shadow: 0 6px 24px rgba(0,0,0,.18); padding: .5rem .65rem; font-size: .92em; }
.tip[data-severity="error"] { --_sev: var(--_error); }
.tip[data-severity="warning"] { --_sev: var(--_warning); }
.tip[data-severity="info"] { --_sev: var(--_info); }
.tip p { margin: 0 0 .35rem; }
.tip .rule { color: var(--_muted); font-size: .85em; }
.tip .acts { padding: 0; }
.error-line { color: var(--_error); padding: .4rem .8rem; margin: 0; border-bottom: 1px solid var(--_border); }
.hint { color: var(--_muted); font-size: .82em; padding: .3rem .8rem .5rem; margin: 0; }
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
[hidden] { display: none !important; }
@media print {
  .editor { max-height: none; overflow: visible; }
  .side { max-height: none; }
  .acts, .bar .btn, .tip, .hint { display: none !important; }
}
`;

let sharedSheet = null;
function sheet() {
  if (!sharedSheet) {
    sharedSheet = new CSSStyleSheet();
    sharedSheet.replaceSync(CSS_TEXT);
  }
  return sharedSheet;
}

// ---------------------------------------------------------------- the element

let instances = 0;

export class ResolintChecker extends HTMLElement {
  static get observedAttributes() {
    return ['lang', 'session', 'body', 'ui-lang', 'disable'];
  }

  constructor() {
    super();
    this._n = ++instances;
    this._text = '';
    this._report = null;
    this._error = null;
    this._seq = 0;
    this._timer = 0;
    this._ignored = loadIgnored();
    this._showIgnored = false;
    this._expanded = new Set();
    this._visible = [];
    this._ranges = [];
    this._current = -1;
    this._tipIndex = -1;
    this._connected = false;
    const root = this.attachShadow({ mode: 'open' });
    this._hl = Object.fromEntries(['error', 'warning', 'info', 'active'].map((k) => [k, `resolint-${this._n}-${k}`]));
    const own = new CSSStyleSheet();
    own.replaceSync(`
      ::highlight(${this._hl.error}) { text-decoration: underline wavy var(--_error); text-decoration-thickness: 1.5px; text-underline-offset: 3px; background-color: color-mix(in srgb, var(--_error-bg) 70%, transparent); }
      ::highlight(${this._hl.warning}) { text-decoration: underline wavy var(--_warning); text-decoration-thickness: 1.5px; text-underline-offset: 3px; background-color: color-mix(in srgb, var(--_warning-bg) 70%, transparent); }
      ::highlight(${this._hl.info}) { text-decoration: underline dotted var(--_info); text-decoration-thickness: 2px; text-underline-offset: 3px; }
      ::highlight(${this._hl.active}) { background-color: var(--_active-bg); color: var(--_fg); }
    `);
    root.adoptedStyleSheets = [sheet(), own];
    this._build(root);
  }

  // ----- public API

  /** The text being checked. */
  get value() {
    return this._text;
  }

  set value(text) {
    text = String(text ?? '').replace(/\r\n?/g, '\n');
    if (text === this._text) return;
    if (this._refuseIfTooLong(text.length)) return;
    if (this._undoStack) this._pushUndo('set');
    this._setText(text);
    this._schedule(0);
  }

  /** The latest report (read-only), or null before the first check. */
  get report() {
    return this._report;
  }

  /** The selection in the editor as UTF-16 offsets of the text, or null. */
  get selection() {
    const r = this._selectionRange();
    if (!r) return null;
    const start = this._offsetOf(r.startContainer, r.startOffset);
    const end = this._offsetOf(r.endContainer, r.endOffset);
    return { start, end, text: this._text.slice(start, end) };
  }

  /** Checks now; resolves with the report. */
  check() {
    clearTimeout(this._timer);
    return this._run();
  }

  /** Applies every fix of the findings shown (ignored findings are left alone). */
  async applyAllFixes() {
    if (this._reportText !== this._text) await this.check();
    const diags = this._visible.filter((d) => d.fix);
    if (!diags.length) return this._text;
    const text = await callCore((core) => core.applyFixes(this._text, diags));
    this._replaceAll(text);
    return text;
  }

  /** Ignored findings are remembered per rule and paragraph fingerprint. */
  clearIgnored() {
    this._ignored.clear();
    saveIgnored(this._ignored);
    this._render();
  }

  // ----- lifecycle

  connectedCallback() {
    this._connected = true;
    if (!this._text && !this._valueSetFromLight) {
      this._valueSetFromLight = true;
      const initial = this.textContent.replace(/^\s*\n/, '').replace(/\s+$/, '');
      if (initial) this._setText(initial);
    }
    this._applyStrings();
    if (!this._selHandler) {
      this._selHandler = () => this._onSelectionChange();
      document.addEventListener('selectionchange', this._selHandler);
    }
    this._schedule(0);
  }

  disconnectedCallback() {
    this._connected = false;
    clearTimeout(this._timer);
    if (this._selHandler) document.removeEventListener('selectionchange', this._selHandler);
    this._selHandler = null;
    if (globalThis.CSS && CSS.highlights) for (const name of Object.values(this._hl)) CSS.highlights.delete(name);
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue === newValue) return;
    if (name === 'ui-lang') this._applyStrings();
    if (name === 'lang') this._setDraftDirection();
    if (this._connected) this._schedule(0);
  }

  // ----- building

  _t() {
    const attr = (this.getAttribute('ui-lang') || '').toLowerCase();
    const code = uiLanguageOf(attr) || uiLanguageDefault();
    return { code, s: WIDGET_STRINGS[code] };
  }

  _build(root) {
    const id = (s) => `rl${this._n}-${s}`;
    this._counts = el('div', { class: 'counts', part: 'counts' });
    this._chips = {};
    for (const sev of SEVERITIES) {
      const n = el('b', { text: '0' });
      const label = el('span');
      const chip = el('span', { class: `chip ${sev}`, part: `count count-${sev}`, 'data-severity': sev }, el('span', { 'aria-hidden': 'true', text: SEVERITY_ICON[sev] }), n, label);
      this._chips[sev] = { chip, n, label };
      this._counts.append(chip, ' ');
    }
    this._state = el('span', { class: 'state', part: 'state' });
    this._applyAll = el('button', { class: 'btn primary', type: 'button', part: 'button apply-all', disabled: true });
    this._applyAll.addEventListener('click', () => this.applyAllFixes().catch((e) => this._showError(e)));
    const bar = el('div', { class: 'bar', part: 'toolbar' }, this._counts, this._state, this._applyAll);

    this._errorLine = el('p', { class: 'error-line', role: 'alert', hidden: true });

    this._editor = el('div', {
      class: 'editor',
      part: 'editor',
      contenteditable: 'plaintext-only',
      role: 'textbox',
      'aria-multiline': 'true',
      spellcheck: 'false',
      autocapitalize: 'off',
      translate: 'no',
      id: id('editor'),
      tabindex: '0',
    });
    this._editorHint = el('span', { id: id('hint'), class: 'sr-only' });
    this._editor.setAttribute('aria-describedby', id('hint'));
    this._tip = el('div', { class: 'tip', part: 'tooltip', role: 'group', hidden: true, id: id('tip') });
    this._tipMsg = el('p', { class: 'tmsg', dir: 'auto' }); // the core's message: its own direction
    this._tipRule = el('p', { class: 'rule' });
    this._tipFix = el('button', { class: 'btn primary', type: 'button', part: 'button fix' });
    this._tipIgnore = el('button', { class: 'btn', type: 'button', part: 'button ignore' });
    this._tip.append(this._tipMsg, this._tipRule, el('div', { class: 'acts' }, this._tipFix, this._tipIgnore));
    this._tipFix.addEventListener('click', () => this._applyOne(this._tipIndex));
    this._tipIgnore.addEventListener('click', () => this._ignore(this._tipIndex));
    this._tip.addEventListener('mouseleave', () => this._hideTipSoon());
    this._tip.addEventListener('mouseenter', () => clearTimeout(this._tipTimer));
    const edBox = el('div', { class: 'ed-box' }, this._editor, this._tip, this._editorHint);
    this._edBox = edBox;

    this._outlineTitle = el('h2', { id: id('outline-h') });
    this._outline = el('dl');
    const outline = el('section', { class: 'outline', part: 'outline', 'aria-labelledby': id('outline-h') }, this._outlineTitle, this._outline);

    this._findingsTitle = el('h2', { id: id('findings-h') });
    this._groups = el('div', { class: 'groups' });
    this._empty = el('p', { class: 'empty' });
    this._restore = el('button', { class: 'btn', type: 'button', hidden: true, part: 'button restore' });
    this._restore.addEventListener('click', () => {
      this._showIgnored = !this._showIgnored;
      this._render();
    });
    const findings = el('section', { class: 'findings', part: 'findings', 'aria-labelledby': id('findings-h') }, this._findingsTitle, this._empty, this._groups, this._restore);
    this._side = el('div', { class: 'side', part: 'panel' }, findings, outline);
    this._hint = el('p', { class: 'hint', 'aria-hidden': 'true' });

    this._live = el('div', { class: 'sr-only', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
    const wrap = el('div', { class: 'wrap', part: 'container' }, bar, this._errorLine, el('div', { class: 'main' }, edBox, this._side), this._hint, this._live);
    root.append(wrap);

    this._wireEditor();
  }

  _applyStrings() {
    const { code, s } = this._t();
    this._editor.setAttribute('aria-label', s.editorLabel);
    this._editor.setAttribute('data-placeholder', s.placeholder);
    this._setDraftDirection();
    this._outlineTitle.textContent = s.outline;
    this._findingsTitle.textContent = s.findings;
    this._tipFix.textContent = s.fix;
    this._tipIgnore.textContent = s.ignore;
    this._hint.textContent = s.tipHint;
    this._editorHint.textContent = s.tipHint;
    const wrap = this.shadowRoot.firstElementChild;
    wrap.setAttribute('lang', htmlLang(code));
    wrap.setAttribute('dir', dirOf(code));
    this._render();
  }

  /**
   * The draft's language: the `lang` attribute, or the one the core detected when it is "auto".
   * null before the first report of an "auto" draft.
   */
  get draftLanguage() {
    const attr = (this.getAttribute('lang') || 'auto').toLowerCase();
    if (UI_LANGUAGES.includes(attr)) return attr;
    return this._report && UI_LANGUAGES.includes(this._report.language) ? this._report.language : null;
  }

  /**
   * The editor's `lang` and `dir` follow the draft's language: an Arabic draft is right to left.
   * Each paragraph still takes the direction of its own first letter (unicode-bidi: plaintext),
   * so Latin symbols (A/64/L.12), numbers and an English line inside an Arabic draft display
   * as they should; `dir` sets the alignment, the caret side of empty lines and the scrollbar.
   */
  _setDraftDirection() {
    const lang = this.draftLanguage;
    this._editor.setAttribute('lang', lang ? htmlLang(lang) : '');
    this._editor.setAttribute('dir', lang ? dirOf(lang) : 'auto');
  }

  // ----- the editor

  _wireEditor() {
    const ed = this._editor;
    this._undoStack = [];
    this._redoStack = [];
    // Every edit but IME composition goes through the text model (_edit), so the editor holds
    // exactly one text node and nothing typed, pasted or dropped can ever become HTML.
    ed.addEventListener('beforeinput', (e) => this._beforeInput(e));
    ed.addEventListener('paste', (e) => {
      e.preventDefault();
      const dt = e.clipboardData;
      this._insertPlain(dt ? dt.getData('text/plain') : '');
    });
    ed.addEventListener('drop', (e) => {
      e.preventDefault();
      const dt = e.dataTransfer;
      const text = dt ? dt.getData('text/plain') : '';
      const pos = document.caretPositionFromPoint ? document.caretPositionFromPoint(e.clientX, e.clientY, { shadowRoots: [this.shadowRoot] }) : null;
      if (pos && (ed === pos.offsetNode || ed.contains(pos.offsetNode))) {
        const off = this._offsetOf(pos.offsetNode, pos.offset);
        this._select(off, off, false);
      }
      this._insertPlain(text);
    });
    ed.addEventListener('compositionstart', () => this._pushUndo('compose'));
    ed.addEventListener('input', (e) => {
      if (e.isComposing) return;
      this._syncFromDom();
    });
    ed.addEventListener('compositionend', () => this._syncFromDom());
    ed.addEventListener('keydown', (e) => {
      const mod = e.ctrlKey || e.metaKey;
      if (e.key === 'F8') {
        e.preventDefault();
        this._step(e.shiftKey ? -1 : 1);
      } else if (e.key === 'Escape') {
        this._hideTip();
      } else if (mod && !e.altKey && (e.key === 'z' || e.key === 'Z')) {
        e.preventDefault();
        if (e.shiftKey) this._redo();
        else this._undo();
      } else if (mod && !e.altKey && (e.key === 'y' || e.key === 'Y')) {
        e.preventDefault();
        this._redo();
      }
    });
    ed.addEventListener('mousemove', (e) => {
      if (this._moveFrame) return;
      this._moveFrame = requestAnimationFrame(() => {
        this._moveFrame = 0;
        this._hover(e.clientX, e.clientY);
      });
    });
    ed.addEventListener('mouseleave', () => this._hideTipSoon());
    ed.addEventListener('scroll', () => {
      if (!this._tip.hidden && this._tipIndex >= 0) this._placeTip(this._tipIndex);
    });
    ed.addEventListener('blur', (e) => {
      if (!this._tip.contains(e.relatedTarget)) this._hideTipSoon();
    });
  }

  _beforeInput(e) {
    const t = e.inputType || '';
    if (e.isComposing || t === 'insertCompositionText') return; // IME: synced at compositionend
    if (t === 'historyUndo' || t === 'historyRedo') {
      e.preventDefault();
      if (t === 'historyUndo') this._undo();
      else this._redo();
      return;
    }
    if (t.startsWith('format')) {
      e.preventDefault(); // plain text: no bold, no italics
      return;
    }
    let insert;
    if (t === 'insertLineBreak' || t === 'insertParagraph') insert = '\n';
    else if (t === 'insertTab') insert = '\t';
    else if (t.startsWith('delete')) insert = '';
    else if (t.startsWith('insert')) insert = e.data ?? (e.dataTransfer ? e.dataTransfer.getData('text/plain') : '');
    else return;
    let start;
    let end;
    const ranges = e.getTargetRanges ? e.getTargetRanges() : [];
    const r = ranges.length ? ranges[0] : this._selectionRange();
    if (r) {
      start = this._offsetOf(r.startContainer, r.startOffset);
      end = this._offsetOf(r.endContainer, r.endOffset);
    } else {
      start = end = this._text.length;
    }
    if (start > end) [start, end] = [end, start];
    // In a shadow root Chromium gives no target ranges: a deletion at a collapsed caret
    // must find what it deletes itself.
    if (t.startsWith('delete') && start === end) [start, end] = this._deletionRange(t, start);
    e.preventDefault();
    if (!insert && start === end) return;
    this._edit(start, end, insert, t);
  }

  /** The range a delete input type removes at a collapsed caret. */
  _deletionRange(type, caret) {
    const s = this._text;
    const isLow = (i) => i >= 0 && i < s.length && s.charCodeAt(i) >= 0xdc00 && s.charCodeAt(i) <= 0xdfff;
    const back = (i) => (isLow(i - 1) && i >= 2 ? i - 2 : Math.max(0, i - 1));
    const fwd = (i) => (isLow(i + 1) ? i + 2 : Math.min(s.length, i + 1));
    const space = (c) => /\s/.test(c);
    if (type === 'deleteContentBackward') return [back(caret), caret];
    if (type === 'deleteContentForward') return [caret, fwd(caret)];
    if (type === 'deleteWordBackward') {
      let i = caret;
      while (i > 0 && space(s[i - 1])) i--;
      while (i > 0 && !space(s[i - 1])) i--;
      return [i, caret];
    }
    if (type === 'deleteWordForward') {
      let i = caret;
      while (i < s.length && space(s[i])) i++;
      while (i < s.length && !space(s[i])) i++;
      return [caret, i];
    }
    if (type.endsWith('LineBackward')) {
      const i = s.lastIndexOf('\n', caret - 1) + 1;
      return [i === caret ? back(caret) : i, caret];
    }
    if (type.endsWith('LineForward')) {
      const j = s.indexOf('\n', caret);
      const i = j < 0 ? s.length : j;
      return [caret, i === caret ? fwd(caret) : i];
    }
    return [caret, caret];
  }

  _insertPlain(text) {
    const r = this._selectionRange();
    let start = this._text.length;
    let end = start;
    if (r) {
      start = this._offsetOf(r.startContainer, r.startOffset);
      end = this._offsetOf(r.endContainer, r.endOffset);
      if (start > end) [start, end] = [end, start];
    }
    this._edit(start, end, String(text || ''), 'insertFromPaste');
  }

  _canonical() {
    const c = this._editor.childNodes;
    if (c.length === 0) return this._text === '';
    if (c[0].nodeType !== 3 || c[0].data !== this._text) return false;
    if (c.length === 1) return !this._text.endsWith('\n');
    return c.length === 2 && c[1].nodeName === 'BR' && this._text.endsWith('\n');
  }

  /** Replaces [start, end) of the text with `insert`, puts the caret after it; undoable. */
  _edit(start, end, insert, kind) {
    insert = insert.replace(/\r\n?/g, '\n');
    if (!this._canonical()) this._setText(this._readDom());
    start = Math.max(0, Math.min(start, this._text.length));
    end = Math.max(start, Math.min(end, this._text.length));
    if (this._refuseIfTooLong(this._text.length - (end - start) + insert.length)) return;
    this._pushUndo(kind, start, end);
    const node = this._textNode();
    node.replaceData(start, end - start, insert);
    this._text = node.data;
    this._fixSentinel();
    const caret = start + insert.length;
    this._select(caret, caret, true);
    this._current = -1;
    this._schedule();
  }

  _fixSentinel() {
    const ed = this._editor;
    const last = ed.lastChild;
    const needBr = this._text.endsWith('\n');
    if (needBr && (!last || last.nodeName !== 'BR')) ed.append(document.createElement('br'));
    else if (!needBr && last && last.nodeName === 'BR') last.remove();
  }

  _pushUndo(kind, start, end) {
    const now = Date.now();
    const typing = (kind === 'insertText' || kind.startsWith('delete')) && kind === this._lastKind && now - (this._lastEditAt || 0) < 1200;
    if (!typing) {
      const sel = this.selection;
      this._undoStack.push({ text: this._text, start: sel ? sel.start : start ?? 0, end: sel ? sel.end : end ?? 0 });
      if (this._undoStack.length > 100) this._undoStack.shift();
    }
    this._redoStack.length = 0;
    this._lastKind = kind;
    this._lastEditAt = now;
  }

  _historyStep(from, to) {
    const s = from.pop();
    if (!s) return;
    const sel = this.selection;
    to.push({ text: this._text, start: sel ? sel.start : 0, end: sel ? sel.end : 0 });
    this._setText(s.text);
    this._select(s.start, s.end, true);
    this._lastKind = null;
    this._current = -1;
    this._schedule();
  }

  _undo() {
    this._historyStep(this._undoStack, this._redoStack);
  }

  _redo() {
    this._historyStep(this._redoStack, this._undoStack);
  }

  /** The editor's DOM as plain text (after IME composition or any edit the browser made itself). */
  _readDom() {
    const ed = this._editor;
    let text = '';
    const walk = (node, top) => {
      for (let c = node.firstChild; c; c = c.nextSibling) {
        if (c.nodeType === 3) text += c.data;
        else if (c.nodeName === 'BR') {
          if (!(top && c === ed.lastChild && text.endsWith('\n'))) text += '\n';
        } else if (c.nodeType === 1) {
          const block = /^(DIV|P|LI|H[1-6]|PRE|BLOCKQUOTE|TR)$/.test(c.nodeName);
          if (block && text && !text.endsWith('\n')) text += '\n';
          walk(c, false);
        }
      }
    };
    walk(ed, true);
    return text;
  }

  _syncFromDom() {
    const ed = this._editor;
    const simple = [...ed.childNodes].every((c, i, all) => (c.nodeType === 3 && i === 0) || (c.nodeName === 'BR' && i === all.length - 1));
    if (simple && this._canonical()) return;
    const text = this._readDom();
    if (simple && ed.firstChild && ed.firstChild.nodeType === 3) {
      this._text = ed.firstChild.data;
      this._fixSentinel();
    } else {
      const r = this._selectionRange();
      const caret = r ? this._offsetOf(r.endContainer, r.endOffset) : text.length;
      this._setText(text);
      this._select(caret, caret, false);
    }
    this._current = -1;
    this._schedule();
  }

  _setText(text) {
    this._text = text;
    const nodes = [document.createTextNode(text)];
    if (text.endsWith('\n')) nodes.push(document.createElement('br'));
    this._editor.replaceChildren(...nodes);
    this._clearPaint();
  }

  _replaceAll(text) {
    this._editor.focus({ preventScroll: true });
    this._edit(0, this._text.length, text, 'replaceAll');
    this._schedule(0);
  }

  _readSimple() {
    const n = this._editor.firstChild;
    return n && n.nodeType === 3 ? n.data : '';
  }

  _textNode() {
    let n = this._editor.firstChild;
    if (!n || n.nodeType !== 3) {
      n = document.createTextNode('');
      this._editor.prepend(n);
    }
    return n;
  }

  /** A text offset (UTF-16) for a DOM position inside the editor. */
  _offsetOf(node, offset) {
    const ed = this._editor;
    if (node === ed) {
      let o = 0;
      for (let i = 0; i < offset && i < ed.childNodes.length; i++) {
        const c = ed.childNodes[i];
        o += c.nodeType === 3 ? c.data.length : c.textContent.length;
      }
      return Math.min(o, this._text.length);
    }
    let o = 0;
    for (let c = ed.firstChild; c; c = c.nextSibling) {
      if (c === node) return Math.min(o + offset, this._text.length);
      if (c.contains && c.contains(node)) return Math.min(o, this._text.length);
      o += c.nodeType === 3 ? c.data.length : 0;
    }
    return this._text.length;
  }

  _range(start, end) {
    const node = this._textNode();
    const len = node.data.length;
    const r = document.createRange();
    r.setStart(node, Math.max(0, Math.min(start, len)));
    r.setEnd(node, Math.max(0, Math.min(end, len)));
    return r;
  }

  _selectionRange() {
    const sel = this.shadowRoot.getSelection ? this.shadowRoot.getSelection() : document.getSelection();
    if (!sel || !sel.rangeCount) return null;
    let r = sel.getRangeAt(0);
    if (sel.getComposedRanges) {
      const rs = sel.getComposedRanges({ shadowRoots: [this.shadowRoot] });
      if (rs.length) {
        const s = rs[0];
        r = document.createRange();
        try {
          r.setStart(s.startContainer, s.startOffset);
          r.setEnd(s.endContainer, s.endOffset);
        } catch {
          return null;
        }
      }
    }
    if (!this._editor.contains(r.startContainer) && r.startContainer !== this._editor) return null;
    return r;
  }

  _select(start, end, scroll = true) {
    const sel = document.getSelection();
    if (!sel) return;
    const r = this._range(start, end);
    sel.removeAllRanges();
    sel.addRange(r);
    if (scroll) this._scrollTo(r);
  }

  _scrollTo(range) {
    const ed = this._editor;
    const rect = range.getBoundingClientRect();
    const box = ed.getBoundingClientRect();
    if (rect.top < box.top + 8 || rect.bottom > box.bottom - 8) {
      ed.scrollTop += rect.top - box.top - box.height / 3;
    }
    const after = range.getBoundingClientRect();
    if (after.top < 0 || after.bottom > (globalThis.innerHeight || 0)) {
      this._editor.scrollIntoView({ block: 'nearest' });
    }
  }

  // ----- checking

  _options() {
    const { code } = this._t();
    const o = { lang: this.getAttribute('lang') || 'auto', body: this.getAttribute('body') || 'auto', uiLang: code };
    const session = (this.getAttribute('session') || '').trim();
    if (session) o.session = session;
    const disable = (this.getAttribute('disable') || '').split(/[\s,]+/).filter(Boolean);
    if (disable.length) o.disable = disable;
    return o;
  }

  _schedule(delay) {
    clearTimeout(this._timer);
    if (!this._connected) return;
    const d = delay ?? (this._text.length >= WORKER_THRESHOLD ? 400 : 180);
    this._timer = setTimeout(() => this._run().catch(() => {}), d);
  }

  async _run() {
    const seq = ++this._seq;
    const text = this._text;
    const options = this._options();
    const large = text.length >= WORKER_THRESHOLD;
    if (large) this._setBusy(true);
    const t0 = performance.now();
    try {
      const { report, worker: inWorker } = await validate(text, options);
      if (seq !== this._seq) return this._report;
      /** How the latest check ran: {worker, ms, length}. */
      this.lastCheck = { worker: inWorker, ms: performance.now() - t0, length: text.length };
      this._error = null;
      this._report = report;
      this._reportText = text;
      this._lastMs = Math.max(1, Math.round(performance.now() - t0));
      this._setBusy(false);
      this._render();
      this.dispatchEvent(new CustomEvent('resolint-report', { detail: report, bubbles: true, composed: true }));
      return report;
    } catch (err) {
      if (seq === this._seq) {
        this._setBusy(false);
        this._showError(err);
      }
      throw err;
    }
  }

  _setBusy(on) {
    this.toggleAttribute('busy', on);
    this._side.setAttribute('aria-busy', on ? 'true' : 'false');
    if (on) this._state.textContent = this._t().s.checking;
  }

  /** A text of `length` code units is over the limit: say so, change nothing. */
  _refuseIfTooLong(length) {
    if (length <= MAX_LENGTH) return false;
    const { s } = this._t();
    this._error = s.tooLong(length, MAX_LENGTH);
    this._errorLine.textContent = this._error;
    this._errorLine.hidden = false;
    return true;
  }

  _showError(err) {
    const { s } = this._t();
    const msg = String((err && err.message) || err);
    this._error = err && err.panicked ? s.restarted : s.error(msg);
    this._errorLine.textContent = this._error;
    this._errorLine.hidden = false;
  }

  // ----- rendering

  _isIgnored(d) {
    return this._ignored.has(`${d.rule}@${hash(paragraphAt(this._text, d.start))}`);
  }

  _render() {
    const { s } = this._t();
    this._errorLine.hidden = !this._error;
    if (this._error) this._errorLine.textContent = this._error;
    const report = this._report;
    const all = report ? report.diagnostics : [];
    const ignored = all.filter((d) => this._isIgnored(d));
    this._visible = this._showIgnored ? all.slice() : all.filter((d) => !this._isIgnored(d));
    const counts = { error: 0, warning: 0, info: 0 };
    for (const d of this._visible) counts[d.severity] = (counts[d.severity] || 0) + 1;
    for (const sev of SEVERITIES) {
      this._chips[sev].n.textContent = String(counts[sev]);
      this._chips[sev].label.textContent = s.severityN(sev, counts[sev]);
    }
    if (!this.hasAttribute('busy')) this._state.textContent = report && this._lastMs ? s.checked(this._lastMs) : '';
    const fixable = this._visible.filter((d) => d.fix).length;
    this._applyAll.textContent = s.applyAll(fixable);
    this._applyAll.disabled = fixable === 0;
    this._setDraftDirection();

    // Findings, grouped by category.
    this._groups.replaceChildren();
    CATEGORIES.forEach((cat) => {
      const items = this._visible.map((d, i) => [d, i]).filter(([d]) => d.category === cat);
      if (!items.length) return;
      const hid = `rl${this._n}-cat-${cat}`;
      const ul = el('ul', { role: 'list', 'aria-labelledby': hid });
      // Long lists are cut (rendering thousands of items would stall typing); underlines stay complete.
      const shown = this._expanded.has(cat) ? items : items.slice(0, LIST_LIMIT);
      for (const [d, i] of shown) ul.append(this._findingItem(d, i, s));
      let more = null;
      if (shown.length < items.length) {
        more = el('button', { class: 'btn more', type: 'button', part: 'button show-all', text: s.showAll(items.length) });
        more.addEventListener('click', () => {
          this._expanded.add(cat);
          this._render();
        });
      }
      this._groups.append(el('div', { class: 'group', 'data-category': cat }, el('h3', { id: hid }, el('span', { text: s.category[cat] || cat }), el('span', { class: 'n', text: String(items.length) })), ul, more));
    });
    const extra = this._visible.filter((d) => !CATEGORIES.includes(d.category));
    if (extra.length) {
      const ul = el('ul', { role: 'list' });
      for (const d of extra) ul.append(this._findingItem(d, this._visible.indexOf(d), s));
      this._groups.append(el('div', { class: 'group' }, el('h3', { text: s.other }), ul));
    }
    this._empty.textContent = !report ? s.empty : this._visible.length ? '' : ignored.length ? s.allIgnored : this._text.trim() ? s.noFindings : s.empty;
    this._empty.hidden = !this._empty.textContent;
    this._restore.hidden = ignored.length === 0;
    this._restore.textContent = this._showIgnored ? s.ignore + ' ✓' : s.restore(ignored.length);
    this._restore.setAttribute('aria-pressed', this._showIgnored ? 'true' : 'false');

    this._renderOutline(s);
    this._paint();
    const live = report ? s.counts(counts.error, counts.warning, counts.info) : '';
    if (live !== this._live.textContent) this._live.textContent = live;
    if (this._tipIndex >= 0 && !this._tip.hidden) this._hideTip();
  }

  _findingItem(d, i, s) {
    const excerpt = this._text.slice(d.start, d.end);
    const go = el(
      'button',
      { class: 'go', type: 'button', part: 'finding-button' },
      el('span', { class: 'sev', 'aria-hidden': 'true', text: SEVERITY_ICON[d.severity] || '•' }),
      el('span', { class: 'sr-only', text: `${s.severity[d.severity] || d.severity}: ` }),
      el('span', { class: 'msg', dir: 'auto', text: d.message }),
      el('span', { class: 'meta' }, excerpt && excerpt.length <= 60 ? el('span', { class: 'excerpt', dir: 'auto', text: excerpt }) : null, excerpt && excerpt.length <= 60 ? ' · ' : null, `${s.where(d.line, d.column)} · ${d.rule}`),
    );
    go.addEventListener('click', () => this._goTo(i));
    const li = el('li', {
      class: 'finding' + (i === this._current ? ' current' : ''),
      part: 'finding',
      'data-rule': d.rule,
      'data-category': d.category,
      'data-severity': d.severity,
      'data-start': d.start,
      'data-end': d.end,
      'data-index': i,
    }, go);
    const acts = el('div', { class: 'acts' });
    if (d.fix) {
      const fix = el('button', { class: 'btn primary', type: 'button', part: 'button fix', dir: d.fix.label ? 'auto' : null, title: d.fix.label || s.fix, text: d.fix.label || s.fix });
      fix.addEventListener('click', () => this._applyOne(i));
      acts.append(fix);
    }
    const ign = el('button', { class: 'btn', type: 'button', part: 'button ignore', 'aria-label': s.ignoreLabel(d.rule), text: s.ignore });
    ign.addEventListener('click', () => this._ignore(i));
    acts.append(ign);
    li.append(acts);
    return li;
  }

  _renderOutline(s) {
    const r = this._report;
    this._outline.replaceChildren();
    if (!r) return;
    const o = r.outline || {};
    const row = (k, v) => this._outline.append(el('dt', { text: k }), el('dd', {}, v));
    if (o.title) row(s.o.title, o.title);
    row(s.o.language, s.language[r.language] || r.language);
    row(s.o.body, s.body[r.body] || r.body);
    row(s.o.session, r.session ? s.o.sessionN(r.session) : s.o.notFound);
    if (o.drafts > 1) row(s.o.drafts, String(o.drafts));
    row(s.o.preambular, String(o.preambular ?? 0));
    row(s.o.operative, String(o.operative ?? 0));
    row(s.o.followUp, o.follow_up ? s.o.sessionN(o.follow_up.session) + (o.follow_up.title ? ` — ${o.follow_up.title}` : '') : s.o.notFound);
    if (o.report_session) row(s.o.reportSession, s.o.sessionN(o.report_session));
    if (o.document_date) row(s.o.date, o.document_date);
    if (o.adopted) row(s.o.adopted, s.o.yes);
    const cites = o.citations || [];
    const box = el('div', { class: 'cites' });
    if (!cites.length) box.append(s.o.none);
    for (const c of cites.slice(0, 40)) {
      const b = el('button', { class: 'cite', type: 'button', title: c.kind, text: c.text });
      b.addEventListener('click', () => {
        this._editor.focus({ preventScroll: true });
        this._select(c.start, c.end);
      });
      box.append(b);
    }
    if (cites.length > 40) box.append(` +${cites.length - 40}`);
    row(`${s.o.citations} (${cites.length})`, box);
  }

  _clearPaint() {
    this._ranges = [];
    if (globalThis.CSS && CSS.highlights) for (const name of Object.values(this._hl)) CSS.highlights.delete(name);
  }

  _paint() {
    this._ranges = [];
    const report = this._report;
    if (!report || this._readSimple() !== this._text) {
      this._clearPaint();
      return;
    }
    const by = { error: [], warning: [], info: [] };
    this._ranges = this._visible.map((d) => {
      let start = d.start;
      let end = d.end;
      if (end <= start) end = Math.min(this._text.length, start + 1); // make zero-width findings visible
      if (end <= start && start > 0) start -= 1;
      const r = this._range(start, end);
      (by[d.severity] || by.info).push(r);
      return r;
    });
    if (!(globalThis.CSS && CSS.highlights && globalThis.Highlight)) return;
    for (const sev of SEVERITIES) CSS.highlights.set(this._hl[sev], new Highlight(...by[sev]));
    this._paintActive();
  }

  _paintActive() {
    if (!(globalThis.CSS && CSS.highlights && globalThis.Highlight)) return;
    const r = this._ranges[this._current];
    if (r) CSS.highlights.set(this._hl.active, new Highlight(r));
    else CSS.highlights.delete(this._hl.active);
  }

  _goTo(i) {
    const d = this._visible[i];
    if (!d) return;
    this._current = i;
    for (const li of this.shadowRoot.querySelectorAll('li.finding')) li.classList.toggle('current', Number(li.dataset.index) === i);
    this._paintActive();
    this._editor.focus({ preventScroll: true });
    this._select(d.start, d.end);
    this._showTip(i);
  }

  _step(dir) {
    const n = this._visible.length;
    if (!n) return;
    const r = this._selectionRange();
    const caret = r ? this._offsetOf(r.startContainer, r.startOffset) : 0;
    let i;
    if (dir > 0) {
      i = this._visible.findIndex((d) => d.start > caret || (d.start === caret && this._current !== this._visible.indexOf(d)));
      if (i < 0) i = 0;
    } else {
      i = -1;
      this._visible.forEach((d, k) => {
        if (d.start < caret) i = k;
      });
      if (i < 0) i = n - 1;
    }
    this._goTo(i);
  }

  _applyOne(i) {
    const d = this._visible[i];
    if (!d || !d.fix) return;
    if (this._reportText !== this._text) {
      this.check(); // the text changed since this report: its offsets are stale
      return;
    }
    this._hideTip();
    this._editor.focus({ preventScroll: true });
    this._edit(d.fix.start, d.fix.end, d.fix.replacement, 'fix');
    this._schedule(0);
  }

  _ignore(i) {
    const d = this._visible[i];
    if (!d) return;
    const key = `${d.rule}@${hash(paragraphAt(this._text, d.start))}`;
    if (this._ignored.has(key)) this._ignored.delete(key);
    else this._ignored.add(key);
    saveIgnored(this._ignored);
    this._hideTip();
    this._current = -1;
    this._render();
  }

  // ----- tooltip

  _indexAtPoint(x, y) {
    let best = -1;
    let bestLen = Infinity;
    this._ranges.forEach((r, i) => {
      for (const rect of r.getClientRects()) {
        if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) {
          const len = this._visible[i].end - this._visible[i].start;
          if (len < bestLen) {
            best = i;
            bestLen = len;
          }
          break;
        }
      }
    });
    return best;
  }

  _hover(x, y) {
    const i = this._indexAtPoint(x, y);
    if (i >= 0) {
      clearTimeout(this._tipTimer);
      if (i !== this._tipIndex || this._tip.hidden) this._showTip(i);
    } else if (!this._tip.hidden && !this._tipFromCaret) this._hideTipSoon();
  }

  _onSelectionChange() {
    if (!this._ranges.length || this.shadowRoot.activeElement !== this._editor) return;
    if (this._reportText !== this._text) return; // typing: the findings' offsets are being re-checked
    const r = this._selectionRange();
    if (!r || !r.collapsed) return;
    const caret = this._offsetOf(r.startContainer, r.startOffset);
    const i = this._visible.findIndex((d) => caret >= d.start && caret <= Math.max(d.end, d.start + 1));
    if (i >= 0 && i !== this._tipIndex) this._showTip(i, true);
    else if (i < 0 && this._tipFromCaret) this._hideTip();
  }

  _showTip(i, fromCaret = false) {
    const d = this._visible[i];
    if (!d) return;
    const { s } = this._t();
    this._tipIndex = i;
    this._tipFromCaret = fromCaret;
    this._tip.dataset.severity = d.severity;
    this._tipMsg.textContent = `${SEVERITY_ICON[d.severity] || ''} ${d.message}`;
    this._tipRule.textContent = `${s.severity[d.severity] || d.severity} · ${d.rule} · ${s.where(d.line, d.column)}`;
    this._tipFix.hidden = !d.fix;
    if (d.fix) this._tipFix.textContent = d.fix.label || s.fix;
    if (d.fix && d.fix.label) this._tipFix.setAttribute('dir', 'auto');
    else this._tipFix.removeAttribute('dir');
    this._tipIgnore.setAttribute('aria-label', s.ignoreLabel(d.rule));
    this._tip.hidden = false;
    this._editor.setAttribute('aria-describedby', `${this._tip.id} ${this._editorHint.id}`);
    this._placeTip(i);
  }

  _placeTip(i) {
    const r = this._ranges[i];
    if (!r) return;
    const rects = r.getClientRects();
    const rect = rects.length ? rects[rects.length - 1] : r.getBoundingClientRect();
    const box = this._edBox.getBoundingClientRect();
    const edRect = this._editor.getBoundingClientRect();
    if (rect.bottom < edRect.top || rect.top > edRect.bottom) {
      this._tip.hidden = true;
      return;
    }
    const left = Math.max(4, Math.min(rect.left - box.left, box.width - Math.min(this._tip.offsetWidth || 300, box.width) - 4));
    this._tip.style.left = `${left}px`;
    const h = this._tip.offsetHeight || 0;
    let top = rect.bottom - box.top + 6;
    if (top + h > edRect.bottom - box.top && rect.top - box.top - h - 6 >= 0) top = rect.top - box.top - h - 6; // no room below: above
    this._tip.style.top = `${top}px`;
  }

  _hideTipSoon() {
    clearTimeout(this._tipTimer);
    this._tipTimer = setTimeout(() => {
      if (this._tip.matches(':hover') || this._tip.contains(this.shadowRoot.activeElement)) return;
      this._hideTip();
    }, 350);
  }

  _hideTip() {
    clearTimeout(this._tipTimer);
    this._tip.hidden = true;
    this._tipIndex = -1;
    this._tipFromCaret = false;
    this._editor.setAttribute('aria-describedby', this._editorHint.id);
  }
}

if (!customElements.get('resolint-checker')) customElements.define('resolint-checker', ResolintChecker);

/** The core's API for pages that want it directly (validate, rules, applyFixes, version). */
export function resolintCore() {
  return loadCore();
}
