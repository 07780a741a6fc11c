// The full page around one <resolint-checker>: examples, settings, export, print.
// Bundled after resolint.js into index.html / resolint.html (see scripts/build-dist.mjs).

// Its strings, PAGE_STRINGS, are in www/i18n.js (inlined before this file).

(() => {
  const $ = (s) => document.querySelector(s);
  const checker = $('#checker');
  const examplesEl = document.getElementById('resolint-examples');
  const examples = examplesEl ? JSON.parse(examplesEl.textContent) : [];
  const uiSelect = $('#ui-lang');

  // The interface language: the drafter's choice if one was made here (remembered in
  // localStorage: the two-letter code only, never any draft text), else the browser's.
  const UI_KEY = 'resolint:ui-lang:v1';
  function storedUi() {
    try {
      return uiLanguageOf(globalThis.localStorage.getItem(UI_KEY));
    } catch {
      return null;
    }
  }
  function storeUi(code) {
    try {
      globalThis.localStorage.setItem(UI_KEY, code);
    } catch {
      /* storage unavailable: the choice lasts for this page only */
    }
  }
  const defaultUi = storedUi() || uiLanguageDefault();

  function strings() {
    return PAGE_STRINGS[uiSelect.value] || PAGE_STRINGS.en;
  }

  function applyUi() {
    const code = uiSelect.value;
    const s = strings();
    document.documentElement.lang = htmlLang(code);
    document.documentElement.dir = dirOf(code);
    document.title = s.title;
    for (const e of document.querySelectorAll('[data-i18n]')) {
      const v = s[e.dataset.i18n];
      if (typeof v === 'string') e.textContent = v;
    }
    for (const e of document.querySelectorAll('[data-i18n-placeholder]')) e.placeholder = s[e.dataset.i18nPlaceholder];
    for (const e of document.querySelectorAll('[data-i18n-aria-label]')) e.setAttribute('aria-label', s[e.dataset.i18nAriaLabel]);
    const sel = $('#example');
    const current = sel.value;
    sel.replaceChildren(...examples.map((x) => {
      const o = document.createElement('option');
      o.value = x.id;
      o.textContent = s.examples[x.id] || x.title;
      return o;
    }));
    if (current) sel.value = current;
    checker.setAttribute('ui-lang', code);
  }

  function load(id) {
    const x = examples.find((e) => e.id === id) || examples[0];
    if (!x) return;
    $('#example').value = x.id;
    checker.value = x.text;
  }

  uiSelect.value = defaultUi;
  applyUi();
  uiSelect.addEventListener('change', () => {
    storeUi(uiSelect.value);
    applyUi();
  });
  $('#load').addEventListener('click', () => load($('#example').value));
  $('#lang').addEventListener('change', (e) => checker.setAttribute('lang', e.target.value));
  $('#body').addEventListener('change', (e) => checker.setAttribute('body', e.target.value));
  $('#session').addEventListener('input', (e) => {
    const v = e.target.value.trim();
    if (v) checker.setAttribute('session', v);
    else checker.removeAttribute('session');
  });
  $('#controls').addEventListener('submit', (e) => e.preventDefault());

  function download(name, type, data) {
    const url = URL.createObjectURL(new Blob([data], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  $('#export-json').addEventListener('click', () => {
    const report = checker.report;
    if (!report) return;
    download('resolint-findings.json', 'application/json', JSON.stringify(report, null, 2) + '\n');
  });

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }

  function buildPrintReport() {
    const s = strings();
    const report = checker.report;
    const text = checker.value;
    const box = $('#print-report');
    box.replaceChildren();
    if (!report) return box;
    box.append(el('h1', report.outline.title ? `${s.reportTitle}: ${report.outline.title}` : s.reportTitle));
    box.append(el('p', s.generated(new Date().toISOString().slice(0, 16).replace('T', ' '))));
    const counts = { error: 0, warning: 0, info: 0 };
    for (const d of report.diagnostics) counts[d.severity]++;
    box.append(el('p', s.counts(counts.error, counts.warning, counts.info)));
    if (!report.diagnostics.length) box.append(el('p', s.none));
    else {
      const table = el('table');
      const head = el('tr');
      for (const h of [s.where, s.severity, s.rule, s.message, s.text]) head.append(el('th', h));
      table.append(head);
      for (const d of report.diagnostics) {
        const tr = el('tr');
        tr.append(el('td', `${d.line}:${d.column}`), el('td', s.sev[d.severity] || d.severity, `sev-${d.severity}`), el('td', d.rule), el('td', d.message), el('td', text.slice(d.start, Math.min(d.end, d.start + 80))));
        table.append(tr);
      }
      box.append(table);
    }
    box.append(el('h2', s.understood));
    const dl = el('dl');
    const o = report.outline;
    const rows = [[s.o.language, s.langs[report.language] || report.language], [s.o.body, s[report.body] || report.body], [s.o.session, report.session ?? '—'],
      [s.o.preambular, o.preambular], [s.o.operative, o.operative],
      [s.o.followUp, o.follow_up ? `${o.follow_up.session}${o.follow_up.title ? ' — ' + o.follow_up.title : ''}` : '—'], [s.o.citations, o.citations.map((c) => c.text).join(', ') || '—']];
    for (const [k, v] of rows) dl.append(el('dt', k), el('dd', v));
    box.append(dl);
    return box;
  }

  $('#print').addEventListener('click', () => {
    buildPrintReport();
    window.print();
  });
  window.addEventListener('beforeprint', buildPrintReport);

  checker.addEventListener('resolint-report', (e) => {
    $('#version').textContent = strings().version(e.detail.version);
  });

  customElements.whenDefined('resolint-checker').then(() => {
    if (!checker.value) load(examples.length ? examples[0].id : null);
  });
})();
