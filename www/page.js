// The full page around one <resolint-checker>: examples, settings, export, print.
// Bundled after resolint.js into index.html / resolint.html (see scripts/build-dist.mjs).

const PAGE_STRINGS = {
  en: {
    skip: 'Skip to the checker', tagline: 'Checks a United Nations draft resolution against the drafting conventions',
    uiLang: 'Interface', privacy: 'Everything runs in this browser. Nothing you paste or type leaves this computer: no server, no upload, no analytics, no fonts or scripts fetched from anywhere. The checker itself is part of this page.',
    settings: 'Settings', example: 'Example draft', load: 'Load', lang: 'Draft language', auto: 'Detect', body: 'Body', fromText: 'From the text',
    ga: 'General Assembly', sc: 'Security Council', ecosoc: 'Economic and Social Council', hrc: 'Human Rights Council',
    session: 'Current session', fromTextShort: 'from text', export: 'Export', exportJson: 'Findings as JSON', print: 'Printable report',
    offline: 'Works offline: save', offline2: '(one file, nothing to install) and open it from disk, even with no network.',
    examples: { 'seed-zh': 'Seed draft (Chinese)', 'seed-en': 'Seed draft (English)', defective: 'A defective draft (English)' },
    reportTitle: 'resolint report', generated: (d) => `Generated ${d} by resolint`, where: 'Where', severity: 'Severity', rule: 'Rule', message: 'Message', text: 'Text',
    none: 'No findings.', understood: 'What was understood', version: (v) => `resolint ${v}`,
    counts: (e, w, i) => `${e} errors · ${w} warnings · ${i} notes`,
    sev: { error: 'error', warning: 'warning', info: 'note' },
    o: { language: 'Language', body: 'Body', session: 'Session', preambular: 'Preambular paragraphs', operative: 'Operative paragraphs', followUp: 'Follow-up clause', citations: 'Citations' },
    langs: { en: 'English', zh: 'Chinese' },
    mode: 'Mode', modeCheck: 'Check a draft', modeCompare: 'Compare language versions',
    pair: 'Example pair', versionA: 'Version A', versionB: 'Version B', cmpFindings: 'Differences between the versions',
    cmpIntro: 'Paste two language versions of one draft. resolint aligns them paragraph by paragraph and lists the numbers, dates, sessions and citations that differ. Click a finding, or an underline, to see its counterpart in the other version.',
  },
  zh: {
    skip: '跳至检查器', tagline: '按照起草惯例检查联合国决议草案',
    uiLang: '界面语言', privacy: '全部在本浏览器中运行。您粘贴或输入的任何内容都不会离开这台计算机：没有服务器，不上传，没有统计分析，也不从任何地方加载字体或脚本。检查器本身就在此页面中。',
    settings: '设置', example: '示例草案', load: '载入', lang: '草案语言', auto: '自动识别', body: '机构', fromText: '根据文本',
    ga: '大会', sc: '安全理事会', ecosoc: '经济及社会理事会', hrc: '人权理事会',
    session: '本届会议', fromTextShort: '根据文本', export: '导出', exportJson: '检查结果（JSON）', print: '可打印报告',
    offline: '可离线使用：保存', offline2: '（单个文件，无需安装），即使没有网络也可从磁盘打开。',
    examples: { 'seed-zh': '种子草案（中文）', 'seed-en': '种子草案（英文）', defective: '有缺陷的草案（英文）' },
    reportTitle: 'resolint 检查报告', generated: (d) => `由 resolint 于 ${d} 生成`, where: '位置', severity: '严重程度', rule: '规则', message: '说明', text: '文本',
    none: '没有发现问题。', understood: '识别到的内容', version: (v) => `resolint ${v}`,
    counts: (e, w, i) => `${e} 个错误 · ${w} 个警告 · ${i} 个提示`,
    sev: { error: '错误', warning: '警告', info: '提示' },
    o: { language: '语言', body: '机构', session: '届会', preambular: '序言段落', operative: '执行段落', followUp: '后续条款', citations: '引文' },
    langs: { en: '英文', zh: '中文' },
    mode: '模式', modeCheck: '检查草案', modeCompare: '比较语文版本',
    pair: '示例版本对', versionA: '版本 A', versionB: '版本 B', cmpFindings: '两个版本之间的差异',
    cmpIntro: '粘贴同一草案的两个语文版本。resolint 逐段对齐两个版本，列出不一致的编号、日期、届会和引文。点击一条结果或一处下划线，即可看到另一版本中的对应内容。',
  },
};

(() => {
  const $ = (s) => document.querySelector(s);
  const checker = $('#checker');
  const examplesEl = document.getElementById('resolint-examples');
  const examples = examplesEl ? JSON.parse(examplesEl.textContent) : [];
  const uiSelect = $('#ui-lang');

  const defaultUi = (navigator.languages || [navigator.language]).some((l) => /^zh/i.test(l || '')) && /^zh/i.test(navigator.language || '') ? 'zh' : 'en';

  function strings() {
    return PAGE_STRINGS[uiSelect.value] || PAGE_STRINGS.en;
  }

  function applyUi() {
    const code = uiSelect.value;
    const s = strings();
    document.documentElement.lang = code === 'zh' ? 'zh-Hans' : 'en';
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
  uiSelect.addEventListener('change', applyUi);
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
