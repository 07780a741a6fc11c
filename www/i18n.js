// The interface in six languages: every string of the widget (<resolint-checker>), the page
// (page.js) and its compare mode (compare.js), in English, Chinese, French, Spanish, Russian
// and Arabic. Data only, plus the few helpers that pick a language, its direction and its
// plural forms. resolint.js imports it; scripts/build-dist.mjs inlines it into dist/resolint.js
// and into the single-file page (so the widget is still four files to serve).
//
// The findings' messages come from the core (validate's `uiLang` option), not from here.

/** The interface languages, in the UN's order of the official languages' codes. */
export const UI_LANGUAGES = ['en', 'zh', 'fr', 'es', 'ru', 'ar'];

/** Each language's name in that language (for language selectors). */
export const AUTONYMS = { en: 'English', zh: '中文', fr: 'Français', es: 'Español', ru: 'Русский', ar: 'العربية' };

/** "fr-CA", "zh-Hant-TW", "AR" → "fr", "zh", "ar"; anything else → null. */
export function uiLanguageOf(tag) {
  const base = String(tag || '').trim().toLowerCase().split(/[-_]/)[0];
  return UI_LANGUAGES.includes(base) ? base : null;
}

/** The first of the browser's preferred languages that the interface speaks, else English. */
export function uiLanguageDefault() {
  const nav = globalThis.navigator;
  const langs = (nav && (nav.languages && nav.languages.length ? nav.languages : [nav.language])) || [];
  for (const l of langs) {
    const code = uiLanguageOf(l);
    if (code) return code;
  }
  return 'en';
}

/** The value of a `lang` attribute for a language code (Chinese is written in simplified characters at the UN). */
export function htmlLang(code) {
  return code === 'zh' ? 'zh-Hans' : UI_LANGUAGES.includes(code) ? code : '';
}

/** "rtl" for Arabic, "ltr" for the others. */
export function dirOf(code) {
  return code === 'ar' ? 'rtl' : 'ltr';
}

/** `forms[category]` for the CLDR plural category of `n` in `code` (one, two, few, many, other…). */
export function plural(code, n, forms) {
  let cat = 'other';
  try {
    cat = new Intl.PluralRules(code).select(n);
  } catch {
    cat = n === 1 ? 'one' : 'other';
  }
  return forms[cat] ?? forms.other;
}

/** A number with the language's grouping; Western digits in Arabic, as in UN Arabic documents. */
export function formatNumber(code, n) {
  try {
    return Number(n).toLocaleString(code === 'ar' ? 'ar-u-nu-latn' : code === 'zh' ? 'zh-Hans' : code);
  } catch {
    return String(n);
  }
}

const SEVERITY_FORMS = {
  fr: { error: { one: 'erreur', other: 'erreurs' }, warning: { one: 'avertissement', other: 'avertissements' }, info: { one: 'remarque', other: 'remarques' } },
  es: { error: { one: 'error', other: 'errores' }, warning: { one: 'advertencia', other: 'advertencias' }, info: { one: 'nota', other: 'notas' } },
  ru: {
    error: { one: 'ошибка', few: 'ошибки', many: 'ошибок', other: 'ошибки' },
    warning: { one: 'предупреждение', few: 'предупреждения', many: 'предупреждений', other: 'предупреждения' },
    info: { one: 'замечание', few: 'замечания', many: 'замечаний', other: 'замечания' },
  },
  ar: {
    error: { zero: 'أخطاء', one: 'خطأ', two: 'خطآن', few: 'أخطاء', many: 'خطأ', other: 'خطأ' },
    warning: { zero: 'تحذيرات', one: 'تحذير', two: 'تحذيران', few: 'تحذيرات', many: 'تحذيرا', other: 'تحذير' },
    info: { zero: 'ملاحظات', one: 'ملاحظة', two: 'ملاحظتان', few: 'ملاحظات', many: 'ملاحظة', other: 'ملاحظة' },
  },
};
const sevWord = (code, sev, n) => plural(code, n, SEVERITY_FORMS[code][sev]);

// ---------------------------------------------------------------- the widget

export const WIDGET_STRINGS = {
  en: {
    editorLabel: 'Draft resolution text',
    placeholder: 'Paste or type a draft resolution here…',
    findings: 'Findings',
    outline: 'What was understood',
    noFindings: 'No findings. The draft follows every convention resolint checks.',
    allIgnored: 'Every finding is ignored.',
    empty: 'Paste a draft to check it.',
    checking: 'Checking…',
    checked: (ms) => `Checked in ${ms} ms`,
    applyAll: (n) => `Apply all fixes (${n})`,
    fix: 'Fix',
    ignore: 'Ignore',
    ignoreLabel: (rule) => `Ignore “${rule}” in this paragraph`,
    restore: (n) => `Show ${n} ignored`,
    counts: (e, w, i) => `${e} ${e === 1 ? 'error' : 'errors'}, ${w} ${w === 1 ? 'warning' : 'warnings'}, ${i} ${i === 1 ? 'note' : 'notes'}`,
    severity: { error: 'Error', warning: 'Warning', info: 'Note' },
    severityN: (sev, n) => ({ error: ['error', 'errors'], warning: ['warning', 'warnings'], info: ['note', 'notes'] })[sev][n === 1 ? 0 : 1],
    category: { structure: 'Structure', citation: 'Citations', verb: 'Verbs', date: 'Dates', 'follow-up': 'Follow-up', typography: 'Typography' },
    other: 'Other',
    where: (l, c) => `line ${l}, column ${c}`,
    language: { en: 'English', zh: 'Chinese', fr: 'French', es: 'Spanish', ru: 'Russian', ar: 'Arabic' },
    body: { ga: 'General Assembly', sc: 'Security Council', ecosoc: 'Economic and Social Council', hrc: 'Human Rights Council' },
    o: {
      title: 'Title', language: 'Language', body: 'Body', session: 'Session', drafts: 'Drafts',
      preambular: 'Preambular paragraphs', operative: 'Operative paragraphs', followUp: 'Follow-up clause',
      reportSession: 'Report requested for', date: 'Document date', adopted: 'Adopted text', dates: 'Dates',
      citations: 'Citations', none: 'none', notFound: 'not found', yes: 'yes', no: 'no',
      sessionN: (n) => `${n}th session`,
    },
    error: (m) => `Could not check: ${m}`,
    restarted: 'The checker stopped on this text and was restarted.',
    tooLong: (n, max) => `This text is too long to check here: ${formatNumber('en', n)} characters, the limit is ${formatNumber('en', max)} (about 20 MB). Nothing was inserted; check the draft in parts, or with the resolint command line.`,
    tipHint: 'F8: next finding · Shift+F8: previous',
    showAll: (n) => `Show all ${n}`,
  },
  zh: {
    editorLabel: '决议草案文本',
    placeholder: '在此粘贴或输入决议草案……',
    findings: '检查结果',
    outline: '识别到的内容',
    noFindings: '没有发现问题。草案符合 resolint 检查的全部惯例。',
    allIgnored: '所有问题均已忽略。',
    empty: '粘贴草案即可检查。',
    checking: '正在检查……',
    checked: (ms) => `检查用时 ${ms} 毫秒`,
    applyAll: (n) => `全部修正（${n}）`,
    fix: '修正',
    ignore: '忽略',
    ignoreLabel: (rule) => `在本段中忽略“${rule}”`,
    restore: (n) => `显示 ${n} 个已忽略的问题`,
    counts: (e, w, i) => `${e} 个错误，${w} 个警告，${i} 个提示`,
    severity: { error: '错误', warning: '警告', info: '提示' },
    severityN: (sev) => ({ error: '错误', warning: '警告', info: '提示' })[sev],
    category: { structure: '结构', citation: '引文', verb: '动词', date: '日期', 'follow-up': '后续安排', typography: '排版' },
    other: '其他',
    where: (l, c) => `第 ${l} 行第 ${c} 列`,
    language: { en: '英文', zh: '中文', fr: '法文', es: '西班牙文', ru: '俄文', ar: '阿拉伯文' },
    body: { ga: '大会', sc: '安全理事会', ecosoc: '经济及社会理事会', hrc: '人权理事会' },
    o: {
      title: '标题', language: '语言', body: '机构', session: '届会', drafts: '草案数',
      preambular: '序言段落', operative: '执行段落', followUp: '后续条款',
      reportSession: '要求提交报告的届会', date: '文件日期', adopted: '已通过文本', dates: '日期数',
      citations: '引文', none: '无', notFound: '未找到', yes: '是', no: '否',
      sessionN: (n) => `第${n}届会议`,
    },
    error: (m) => `无法检查：${m}`,
    restarted: '检查器在处理此文本时停止，已重新启动。',
    tooLong: (n, max) => `文本过长，无法在此检查：共 ${n} 个字符，上限为 ${max} 个（约 20 MB）。未插入任何内容；请分段检查，或使用 resolint 命令行。`,
    tipHint: 'F8：下一个问题 · Shift+F8：上一个',
    showAll: (n) => `显示全部 ${n} 个`,
  },
  fr: {
    editorLabel: 'Texte du projet de résolution',
    placeholder: 'Collez ou saisissez ici un projet de résolution…',
    findings: 'Constatations',
    outline: 'Ce qui a été reconnu',
    noFindings: 'Aucune constatation. Le projet respecte toutes les conventions que vérifie resolint.',
    allIgnored: 'Toutes les constatations sont ignorées.',
    empty: 'Collez un projet pour le vérifier.',
    checking: 'Vérification…',
    checked: (ms) => `Vérifié en ${ms} ms`,
    applyAll: (n) => `Appliquer toutes les corrections (${n})`,
    fix: 'Corriger',
    ignore: 'Ignorer',
    ignoreLabel: (rule) => `Ignorer « ${rule} » dans ce paragraphe`,
    restore: (n) => `Afficher ${n} ${n < 2 ? 'constatation ignorée' : 'constatations ignorées'}`,
    counts: (e, w, i) => `${e} ${sevWord('fr', 'error', e)}, ${w} ${sevWord('fr', 'warning', w)}, ${i} ${sevWord('fr', 'info', i)}`,
    severity: { error: 'Erreur', warning: 'Avertissement', info: 'Remarque' },
    severityN: (sev, n) => sevWord('fr', sev, n),
    category: { structure: 'Structure', citation: 'Citations', verb: 'Verbes', date: 'Dates', 'follow-up': 'Suivi', typography: 'Typographie' },
    other: 'Autres',
    where: (l, c) => `ligne ${l}, colonne ${c}`,
    language: { en: 'anglais', zh: 'chinois', fr: 'français', es: 'espagnol', ru: 'russe', ar: 'arabe' },
    body: { ga: 'Assemblée générale', sc: 'Conseil de sécurité', ecosoc: 'Conseil économique et social', hrc: "Conseil des droits de l'homme" },
    o: {
      title: 'Titre', language: 'Langue', body: 'Organe', session: 'Session', drafts: 'Projets',
      preambular: 'Alinéas du préambule', operative: 'Paragraphes du dispositif', followUp: 'Clause de suivi',
      reportSession: 'Rapport demandé pour la', date: 'Date du document', adopted: 'Texte adopté', dates: 'Dates',
      citations: 'Citations', none: 'aucune', notFound: 'non trouvée', yes: 'oui', no: 'non',
      sessionN: (n) => `${n}e session`,
    },
    error: (m) => `Vérification impossible : ${m}`,
    restarted: "Le vérificateur s'est arrêté sur ce texte et a été relancé.",
    tooLong: (n, max) => `Ce texte est trop long pour être vérifié ici : ${formatNumber('fr', n)} caractères, la limite est de ${formatNumber('fr', max)} (environ 20 Mo). Rien n'a été inséré ; vérifiez le projet par parties, ou avec la ligne de commande resolint.`,
    tipHint: 'F8 : constatation suivante · Maj+F8 : précédente',
    showAll: (n) => `Tout afficher (${n})`,
  },
  es: {
    editorLabel: 'Texto del proyecto de resolución',
    placeholder: 'Pegue o escriba aquí un proyecto de resolución…',
    findings: 'Observaciones',
    outline: 'Lo que se ha reconocido',
    noFindings: 'Ninguna observación. El proyecto sigue todas las convenciones que comprueba resolint.',
    allIgnored: 'Todas las observaciones están ignoradas.',
    empty: 'Pegue un proyecto para revisarlo.',
    checking: 'Revisando…',
    checked: (ms) => `Revisado en ${ms} ms`,
    applyAll: (n) => `Aplicar todas las correcciones (${n})`,
    fix: 'Corregir',
    ignore: 'Ignorar',
    ignoreLabel: (rule) => `Ignorar “${rule}” en este párrafo`,
    restore: (n) => `Mostrar ${n} ${n === 1 ? 'ignorada' : 'ignoradas'}`,
    counts: (e, w, i) => `${e} ${sevWord('es', 'error', e)}, ${w} ${sevWord('es', 'warning', w)}, ${i} ${sevWord('es', 'info', i)}`,
    severity: { error: 'Error', warning: 'Advertencia', info: 'Nota' },
    severityN: (sev, n) => sevWord('es', sev, n),
    category: { structure: 'Estructura', citation: 'Citas', verb: 'Verbos', date: 'Fechas', 'follow-up': 'Seguimiento', typography: 'Tipografía' },
    other: 'Otras',
    where: (l, c) => `línea ${l}, columna ${c}`,
    language: { en: 'inglés', zh: 'chino', fr: 'francés', es: 'español', ru: 'ruso', ar: 'árabe' },
    body: { ga: 'Asamblea General', sc: 'Consejo de Seguridad', ecosoc: 'Consejo Económico y Social', hrc: 'Consejo de Derechos Humanos' },
    o: {
      title: 'Título', language: 'Idioma', body: 'Órgano', session: 'Período de sesiones', drafts: 'Proyectos',
      preambular: 'Párrafos del preámbulo', operative: 'Párrafos dispositivos', followUp: 'Cláusula de seguimiento',
      reportSession: 'Informe solicitado para el', date: 'Fecha del documento', adopted: 'Texto aprobado', dates: 'Fechas',
      citations: 'Citas', none: 'ninguna', notFound: 'no encontrada', yes: 'sí', no: 'no',
      sessionN: (n) => `${n}.º período de sesiones`,
    },
    error: (m) => `No se pudo revisar: ${m}`,
    restarted: 'El verificador se detuvo con este texto y se ha reiniciado.',
    tooLong: (n, max) => `Este texto es demasiado largo para revisarlo aquí: ${formatNumber('es', n)} caracteres; el límite es ${formatNumber('es', max)} (unos 20 MB). No se ha insertado nada; revise el proyecto por partes o con la línea de comandos de resolint.`,
    tipHint: 'F8: observación siguiente · Mayús+F8: anterior',
    showAll: (n) => `Mostrar las ${n}`,
  },
  ru: {
    editorLabel: 'Текст проекта резолюции',
    placeholder: 'Вставьте или введите здесь проект резолюции…',
    findings: 'Замечания',
    outline: 'Что распознано',
    noFindings: 'Замечаний нет. Проект соответствует всем правилам, которые проверяет resolint.',
    allIgnored: 'Все замечания скрыты.',
    empty: 'Вставьте проект, чтобы проверить его.',
    checking: 'Проверка…',
    checked: (ms) => `Проверено за ${ms} мс`,
    applyAll: (n) => `Применить все исправления (${n})`,
    fix: 'Исправить',
    ignore: 'Скрыть',
    ignoreLabel: (rule) => `Скрыть «${rule}» в этом абзаце`,
    restore: (n) => `Показать скрытые (${n})`,
    counts: (e, w, i) => `${e} ${sevWord('ru', 'error', e)}, ${w} ${sevWord('ru', 'warning', w)}, ${i} ${sevWord('ru', 'info', i)}`,
    severity: { error: 'Ошибка', warning: 'Предупреждение', info: 'Замечание' },
    severityN: (sev, n) => sevWord('ru', sev, n),
    category: { structure: 'Структура', citation: 'Ссылки', verb: 'Глаголы', date: 'Даты', 'follow-up': 'Последующие меры', typography: 'Оформление' },
    other: 'Прочее',
    where: (l, c) => `строка ${l}, столбец ${c}`,
    language: { en: 'английский', zh: 'китайский', fr: 'французский', es: 'испанский', ru: 'русский', ar: 'арабский' },
    body: { ga: 'Генеральная Ассамблея', sc: 'Совет Безопасности', ecosoc: 'Экономический и Социальный Совет', hrc: 'Совет по правам человека' },
    o: {
      title: 'Название', language: 'Язык', body: 'Орган', session: 'Сессия', drafts: 'Проекты',
      preambular: 'Пункты преамбулы', operative: 'Пункты постановляющей части', followUp: 'Положение о последующих мерах',
      reportSession: 'Доклад запрошен к', date: 'Дата документа', adopted: 'Принятый текст', dates: 'Даты',
      citations: 'Ссылки', none: 'нет', notFound: 'не найдено', yes: 'да', no: 'нет',
      sessionN: (n) => `${n}-я сессия`,
    },
    error: (m) => `Не удалось проверить: ${m}`,
    restarted: 'Проверка остановилась на этом тексте и была перезапущена.',
    tooLong: (n, max) => `Текст слишком длинный для проверки здесь: ${formatNumber('ru', n)} знаков при пределе ${formatNumber('ru', max)} (около 20 МБ). Ничего не вставлено; проверьте проект по частям или с помощью командной строки resolint.`,
    tipHint: 'F8: следующее замечание · Shift+F8: предыдущее',
    showAll: (n) => `Показать все (${n})`,
  },
  ar: {
    editorLabel: 'نص مشروع القرار',
    placeholder: 'الصق مشروع قرار هنا أو اكتبه…',
    findings: 'الملاحظات',
    outline: 'ما تم التعرف عليه',
    noFindings: 'لا توجد ملاحظات. يتبع المشروع جميع القواعد التي يتحقق منها resolint.',
    allIgnored: 'جميع الملاحظات متجاهلة.',
    empty: 'الصق مشروعا للتحقق منه.',
    checking: 'جار التحقق…',
    checked: (ms) => `تم التحقق في ${ms} ملي ثانية`,
    applyAll: (n) => `تطبيق جميع التصويبات (${n})`,
    fix: 'تصويب',
    ignore: 'تجاهل',
    ignoreLabel: (rule) => `تجاهل ”${rule}“ في هذه الفقرة`,
    restore: (n) => `إظهار الملاحظات المتجاهلة (${n})`,
    counts: (e, w, i) => `${e} ${sevWord('ar', 'error', e)}، ${w} ${sevWord('ar', 'warning', w)}، ${i} ${sevWord('ar', 'info', i)}`,
    severity: { error: 'خطأ', warning: 'تحذير', info: 'ملاحظة' },
    severityN: (sev, n) => sevWord('ar', sev, n),
    category: { structure: 'البنية', citation: 'الإحالات', verb: 'الأفعال', date: 'التواريخ', 'follow-up': 'المتابعة', typography: 'الطباعة' },
    other: 'أخرى',
    where: (l, c) => `السطر ${l}، العمود ${c}`,
    language: { en: 'الإنكليزية', zh: 'الصينية', fr: 'الفرنسية', es: 'الإسبانية', ru: 'الروسية', ar: 'العربية' },
    body: { ga: 'الجمعية العامة', sc: 'مجلس الأمن', ecosoc: 'المجلس الاقتصادي والاجتماعي', hrc: 'مجلس حقوق الإنسان' },
    o: {
      title: 'العنوان', language: 'اللغة', body: 'الهيئة', session: 'الدورة', drafts: 'المشاريع',
      preambular: 'فقرات الديباجة', operative: 'فقرات المنطوق', followUp: 'بند المتابعة',
      reportSession: 'التقرير مطلوب في', date: 'تاريخ الوثيقة', adopted: 'نص معتمد', dates: 'التواريخ',
      citations: 'الإحالات', none: 'لا شيء', notFound: 'غير موجود', yes: 'نعم', no: 'لا',
      sessionN: (n) => `الدورة ${n}`,
    },
    error: (m) => `تعذر التحقق: ${m}`,
    restarted: 'توقف المدقق عند هذا النص وأعيد تشغيله.',
    tooLong: (n, max) => `هذا النص أطول من أن يُتحقق منه هنا: ${formatNumber('ar', n)} حرفا، والحد الأقصى ${formatNumber('ar', max)} (نحو 20 ميغابايت). لم يُدرج أي شيء؛ تحقق من المشروع على أجزاء، أو باستخدام سطر أوامر resolint.`,
    tipHint: 'F8: الملاحظة التالية · Shift+F8: السابقة',
    showAll: (n) => `إظهار الكل (${n})`,
  },
};

// ---------------------------------------------------------------- the page (page.js)

export const PAGE_STRINGS = {
  en: {
    title: 'resolint — UN draft resolution checker',
    skip: 'Skip to the checker', tagline: 'Checks a United Nations draft resolution against the drafting conventions',
    uiLang: 'Interface', privacy: 'Everything runs in this browser. Nothing you paste or type leaves this computer: no server, no upload, no analytics, no fonts or scripts fetched from anywhere. The checker itself is part of this page.',
    settings: 'Settings', example: 'Example draft', load: 'Load', lang: 'Draft language', auto: 'Detect', body: 'Body', fromText: 'From the text',
    ga: 'General Assembly', sc: 'Security Council', ecosoc: 'Economic and Social Council', hrc: 'Human Rights Council',
    session: 'Current session', fromTextShort: 'from text', export: 'Export', exportJson: 'Findings as JSON', print: 'Printable report',
    offline: 'Works offline: save', offline2: '(one file, nothing to install) and open it from disk, even with no network.',
    examples: {
      'seed-zh': 'Seed draft (Chinese)', 'seed-en': 'Seed draft (English)', defective: 'A defective draft (English)',
      'csto-fr': 'CSTO draft in French (with defects)', 'csto-es': 'CSTO draft in Spanish (with defects)',
      'csto-ru': 'CSTO draft in Russian (with defects)', 'csto-ar': 'CSTO draft in Arabic (with defects)',
    },
    reportTitle: 'resolint report', generated: (d) => `Generated ${d} by resolint`, where: 'Where', severity: 'Severity', rule: 'Rule', message: 'Message', text: 'Text',
    none: 'No findings.', understood: 'What was understood', version: (v) => `resolint ${v}`,
    counts: (e, w, i) => `${e} errors · ${w} warnings · ${i} notes`,
    sev: { error: 'error', warning: 'warning', info: 'note' },
    o: { language: 'Language', body: 'Body', session: 'Session', preambular: 'Preambular paragraphs', operative: 'Operative paragraphs', followUp: 'Follow-up clause', citations: 'Citations' },
    langs: WIDGET_STRINGS.en.language,
    mode: 'Mode', modeCheck: 'Check a draft', modeCompare: 'Compare language versions',
    pair: 'Example pair', versionA: 'Version A', versionB: 'Version B', cmpFindings: 'Differences between the versions',
    cmpIntro: 'Paste two language versions of one draft. resolint aligns them paragraph by paragraph and lists the numbers, dates, sessions and citations that differ. Click a finding, or an underline, to see its counterpart in the other version.',
  },
  zh: {
    title: 'resolint — 联合国决议草案检查工具',
    skip: '跳至检查器', tagline: '按照起草惯例检查联合国决议草案',
    uiLang: '界面语言', privacy: '全部在本浏览器中运行。您粘贴或输入的任何内容都不会离开这台计算机：没有服务器，不上传，没有统计分析，也不从任何地方加载字体或脚本。检查器本身就在此页面中。',
    settings: '设置', example: '示例草案', load: '载入', lang: '草案语言', auto: '自动识别', body: '机构', fromText: '根据文本',
    ga: '大会', sc: '安全理事会', ecosoc: '经济及社会理事会', hrc: '人权理事会',
    session: '本届会议', fromTextShort: '根据文本', export: '导出', exportJson: '检查结果（JSON）', print: '可打印报告',
    offline: '可离线使用：保存', offline2: '（单个文件，无需安装），即使没有网络也可从磁盘打开。',
    examples: {
      'seed-zh': '种子草案（中文）', 'seed-en': '种子草案（英文）', defective: '有缺陷的草案（英文）',
      'csto-fr': '集安组织草案（法文，有缺陷）', 'csto-es': '集安组织草案（西班牙文，有缺陷）',
      'csto-ru': '集安组织草案（俄文，有缺陷）', 'csto-ar': '集安组织草案（阿拉伯文，有缺陷）',
    },
    reportTitle: 'resolint 检查报告', generated: (d) => `由 resolint 于 ${d} 生成`, where: '位置', severity: '严重程度', rule: '规则', message: '说明', text: '文本',
    none: '没有发现问题。', understood: '识别到的内容', version: (v) => `resolint ${v}`,
    counts: (e, w, i) => `${e} 个错误 · ${w} 个警告 · ${i} 个提示`,
    sev: { error: '错误', warning: '警告', info: '提示' },
    o: { language: '语言', body: '机构', session: '届会', preambular: '序言段落', operative: '执行段落', followUp: '后续条款', citations: '引文' },
    langs: WIDGET_STRINGS.zh.language,
    mode: '模式', modeCheck: '检查草案', modeCompare: '比较语文版本',
    pair: '示例版本对', versionA: '版本 A', versionB: '版本 B', cmpFindings: '两个版本之间的差异',
    cmpIntro: '粘贴同一草案的两个语文版本。resolint 逐段对齐两个版本，列出不一致的编号、日期、届会和引文。点击一条结果或一处下划线，即可看到另一版本中的对应内容。',
  },
  fr: {
    title: 'resolint — vérificateur de projets de résolution de l’ONU',
    skip: 'Aller au vérificateur', tagline: 'Vérifie un projet de résolution de l’Organisation des Nations Unies au regard des règles de rédaction',
    uiLang: 'Interface', privacy: 'Tout se passe dans ce navigateur. Rien de ce que vous collez ou saisissez ne quitte cet ordinateur : aucun serveur, aucun envoi, aucune mesure d’audience, aucune police ni aucun script chargés de l’extérieur. Le vérificateur fait partie de cette page.',
    settings: 'Paramètres', example: 'Projet d’exemple', load: 'Charger', lang: 'Langue du projet', auto: 'Détecter', body: 'Organe', fromText: 'D’après le texte',
    ga: 'Assemblée générale', sc: 'Conseil de sécurité', ecosoc: 'Conseil économique et social', hrc: 'Conseil des droits de l’homme',
    session: 'Session en cours', fromTextShort: 'd’après le texte', export: 'Exporter', exportJson: 'Constatations en JSON', print: 'Rapport imprimable',
    offline: 'Fonctionne hors ligne : enregistrez', offline2: '(un seul fichier, rien à installer) et ouvrez-le depuis le disque, même sans réseau.',
    examples: {
      'seed-zh': 'Projet source (chinois)', 'seed-en': 'Projet source (anglais)', defective: 'Un projet défectueux (anglais)',
      'csto-fr': 'Projet OTSC en français (avec défauts)', 'csto-es': 'Projet OTSC en espagnol (avec défauts)',
      'csto-ru': 'Projet OTSC en russe (avec défauts)', 'csto-ar': 'Projet OTSC en arabe (avec défauts)',
    },
    reportTitle: 'Rapport resolint', generated: (d) => `Établi le ${d} par resolint`, where: 'Emplacement', severity: 'Gravité', rule: 'Règle', message: 'Message', text: 'Texte',
    none: 'Aucune constatation.', understood: 'Ce qui a été reconnu', version: (v) => `resolint ${v}`,
    counts: (e, w, i) => `${e} ${sevWord('fr', 'error', e)} · ${w} ${sevWord('fr', 'warning', w)} · ${i} ${sevWord('fr', 'info', i)}`,
    sev: { error: 'erreur', warning: 'avertissement', info: 'remarque' },
    o: { language: 'Langue', body: 'Organe', session: 'Session', preambular: 'Alinéas du préambule', operative: 'Paragraphes du dispositif', followUp: 'Clause de suivi', citations: 'Citations' },
    langs: WIDGET_STRINGS.fr.language,
    mode: 'Mode', modeCheck: 'Vérifier un projet', modeCompare: 'Comparer des versions linguistiques',
    pair: 'Paire d’exemple', versionA: 'Version A', versionB: 'Version B', cmpFindings: 'Différences entre les versions',
    cmpIntro: 'Collez deux versions linguistiques d’un même projet. resolint les aligne paragraphe par paragraphe et énumère les numéros, dates, sessions et citations qui diffèrent. Cliquez sur une constatation, ou sur un soulignement, pour voir son équivalent dans l’autre version.',
  },
  es: {
    title: 'resolint — revisor de proyectos de resolución de las Naciones Unidas',
    skip: 'Ir al revisor', tagline: 'Revisa un proyecto de resolución de las Naciones Unidas conforme a las normas de redacción',
    uiLang: 'Interfaz', privacy: 'Todo se ejecuta en este navegador. Nada de lo que pegue o escriba sale de esta computadora: ningún servidor, ninguna carga, ninguna analítica, ninguna fuente ni script descargados de ninguna parte. El revisor forma parte de esta página.',
    settings: 'Configuración', example: 'Proyecto de ejemplo', load: 'Cargar', lang: 'Idioma del proyecto', auto: 'Detectar', body: 'Órgano', fromText: 'Según el texto',
    ga: 'Asamblea General', sc: 'Consejo de Seguridad', ecosoc: 'Consejo Económico y Social', hrc: 'Consejo de Derechos Humanos',
    session: 'Período de sesiones en curso', fromTextShort: 'según el texto', export: 'Exportar', exportJson: 'Observaciones en JSON', print: 'Informe imprimible',
    offline: 'Funciona sin conexión: guarde', offline2: '(un solo archivo, sin instalación) y ábralo desde el disco, incluso sin red.',
    examples: {
      'seed-zh': 'Proyecto de origen (chino)', 'seed-en': 'Proyecto de origen (inglés)', defective: 'Un proyecto con defectos (inglés)',
      'csto-fr': 'Proyecto sobre la OTSC en francés (con defectos)', 'csto-es': 'Proyecto sobre la OTSC en español (con defectos)',
      'csto-ru': 'Proyecto sobre la OTSC en ruso (con defectos)', 'csto-ar': 'Proyecto sobre la OTSC en árabe (con defectos)',
    },
    reportTitle: 'Informe de resolint', generated: (d) => `Generado el ${d} por resolint`, where: 'Ubicación', severity: 'Gravedad', rule: 'Regla', message: 'Mensaje', text: 'Texto',
    none: 'Ninguna observación.', understood: 'Lo que se ha reconocido', version: (v) => `resolint ${v}`,
    counts: (e, w, i) => `${e} ${sevWord('es', 'error', e)} · ${w} ${sevWord('es', 'warning', w)} · ${i} ${sevWord('es', 'info', i)}`,
    sev: { error: 'error', warning: 'advertencia', info: 'nota' },
    o: { language: 'Idioma', body: 'Órgano', session: 'Período de sesiones', preambular: 'Párrafos del preámbulo', operative: 'Párrafos dispositivos', followUp: 'Cláusula de seguimiento', citations: 'Citas' },
    langs: WIDGET_STRINGS.es.language,
    mode: 'Modo', modeCheck: 'Revisar un proyecto', modeCompare: 'Comparar versiones lingüísticas',
    pair: 'Par de ejemplo', versionA: 'Versión A', versionB: 'Versión B', cmpFindings: 'Diferencias entre las versiones',
    cmpIntro: 'Pegue dos versiones lingüísticas de un mismo proyecto. resolint las alinea párrafo por párrafo y enumera los números, fechas, períodos de sesiones y citas que difieren. Haga clic en una observación, o en un subrayado, para ver su equivalente en la otra versión.',
  },
  ru: {
    title: 'resolint — проверка проектов резолюций ООН',
    skip: 'Перейти к проверке', tagline: 'Проверяет проект резолюции Организации Объединенных Наций на соответствие правилам составления',
    uiLang: 'Интерфейс', privacy: 'Все работает в этом браузере. Ничто из вставленного или введенного вами не покидает этот компьютер: ни сервера, ни загрузки, ни аналитики, ни шрифтов или скриптов извне. Сама проверка — часть этой страницы.',
    settings: 'Параметры', example: 'Пример проекта', load: 'Загрузить', lang: 'Язык проекта', auto: 'Определить', body: 'Орган', fromText: 'По тексту',
    ga: 'Генеральная Ассамблея', sc: 'Совет Безопасности', ecosoc: 'Экономический и Социальный Совет', hrc: 'Совет по правам человека',
    session: 'Текущая сессия', fromTextShort: 'по тексту', export: 'Экспорт', exportJson: 'Замечания в JSON', print: 'Отчет для печати',
    offline: 'Работает без сети: сохраните', offline2: '(один файл, ничего не нужно устанавливать) и откройте его с диска, даже без сети.',
    examples: {
      'seed-zh': 'Исходный проект (китайский)', 'seed-en': 'Исходный проект (английский)', defective: 'Проект с ошибками (английский)',
      'csto-fr': 'Проект об ОДКБ на французском (с ошибками)', 'csto-es': 'Проект об ОДКБ на испанском (с ошибками)',
      'csto-ru': 'Проект об ОДКБ на русском (с ошибками)', 'csto-ar': 'Проект об ОДКБ на арабском (с ошибками)',
    },
    reportTitle: 'Отчет resolint', generated: (d) => `Создан ${d} программой resolint`, where: 'Место', severity: 'Важность', rule: 'Правило', message: 'Сообщение', text: 'Текст',
    none: 'Замечаний нет.', understood: 'Что распознано', version: (v) => `resolint ${v}`,
    counts: (e, w, i) => `${e} ${sevWord('ru', 'error', e)} · ${w} ${sevWord('ru', 'warning', w)} · ${i} ${sevWord('ru', 'info', i)}`,
    sev: { error: 'ошибка', warning: 'предупреждение', info: 'замечание' },
    o: { language: 'Язык', body: 'Орган', session: 'Сессия', preambular: 'Пункты преамбулы', operative: 'Пункты постановляющей части', followUp: 'Положение о последующих мерах', citations: 'Ссылки' },
    langs: WIDGET_STRINGS.ru.language,
    mode: 'Режим', modeCheck: 'Проверить проект', modeCompare: 'Сравнить языковые версии',
    pair: 'Пример пары', versionA: 'Версия A', versionB: 'Версия B', cmpFindings: 'Расхождения между версиями',
    cmpIntro: 'Вставьте две языковые версии одного проекта. resolint сопоставляет их абзац за абзацем и перечисляет расходящиеся номера, даты, сессии и ссылки. Нажмите на замечание или подчеркивание, чтобы увидеть соответствующее место в другой версии.',
  },
  ar: {
    title: 'resolint — أداة تدقيق مشاريع قرارات الأمم المتحدة',
    skip: 'الانتقال إلى المدقق', tagline: 'يدقق مشروع قرار للأمم المتحدة وفق قواعد الصياغة',
    uiLang: 'لغة الواجهة', privacy: 'يجري كل شيء في هذا المتصفح. لا يغادر هذا الحاسوب أي شيء تلصقه أو تكتبه: لا خادم، ولا رفع، ولا تحليلات، ولا خطوط أو نصوص برمجية تُجلب من أي مكان. المدقق نفسه جزء من هذه الصفحة.',
    settings: 'الإعدادات', example: 'مشروع نموذجي', load: 'تحميل', lang: 'لغة المشروع', auto: 'كشف تلقائي', body: 'الهيئة', fromText: 'من النص',
    ga: 'الجمعية العامة', sc: 'مجلس الأمن', ecosoc: 'المجلس الاقتصادي والاجتماعي', hrc: 'مجلس حقوق الإنسان',
    session: 'الدورة الحالية', fromTextShort: 'من النص', export: 'تصدير', exportJson: 'الملاحظات بصيغة JSON', print: 'تقرير للطباعة',
    offline: 'يعمل دون اتصال: احفظ', offline2: '(ملف واحد، لا شيء للتثبيت) وافتحه من القرص، حتى دون شبكة.',
    examples: {
      'seed-zh': 'المشروع الأصلي (الصينية)', 'seed-en': 'المشروع الأصلي (الإنكليزية)', defective: 'مشروع معيب (الإنكليزية)',
      'csto-fr': 'مشروع منظمة معاهدة الأمن الجماعي بالفرنسية (مع عيوب)', 'csto-es': 'مشروع منظمة معاهدة الأمن الجماعي بالإسبانية (مع عيوب)',
      'csto-ru': 'مشروع منظمة معاهدة الأمن الجماعي بالروسية (مع عيوب)', 'csto-ar': 'مشروع منظمة معاهدة الأمن الجماعي بالعربية (مع عيوب)',
    },
    reportTitle: 'تقرير resolint', generated: (d) => `أعده resolint في ${d}`, where: 'الموضع', severity: 'الخطورة', rule: 'القاعدة', message: 'الرسالة', text: 'النص',
    none: 'لا توجد ملاحظات.', understood: 'ما تم التعرف عليه', version: (v) => `resolint ${v}`,
    counts: (e, w, i) => `${e} ${sevWord('ar', 'error', e)} · ${w} ${sevWord('ar', 'warning', w)} · ${i} ${sevWord('ar', 'info', i)}`,
    sev: { error: 'خطأ', warning: 'تحذير', info: 'ملاحظة' },
    o: { language: 'اللغة', body: 'الهيئة', session: 'الدورة', preambular: 'فقرات الديباجة', operative: 'فقرات المنطوق', followUp: 'بند المتابعة', citations: 'الإحالات' },
    langs: WIDGET_STRINGS.ar.language,
    mode: 'الوضع', modeCheck: 'تدقيق مشروع', modeCompare: 'مقارنة النسخ اللغوية',
    pair: 'زوج نموذجي', versionA: 'النسخة A', versionB: 'النسخة B', cmpFindings: 'الفروق بين النسختين',
    cmpIntro: 'الصق نسختين لغويتين من مشروع واحد. يطابق resolint بينهما فقرة فقرة ويسرد الأرقام والتواريخ والدورات والإحالات المختلفة. انقر على ملاحظة، أو على خط تحتها، لرؤية ما يقابلها في النسخة الأخرى.',
  },
};

// ---------------------------------------------------------------- compare mode (compare.js)

const cmpWhere = (d) => `A ${d.line}:${d.column} ↔ B ${d.related.line}:${d.related.column}`;

export const COMPARE_STRINGS = {
  en: {
    pairs: {
      seed: 'The seed: English and Chinese (clean)', 'changed-number': 'A changed resolution number (59/50 → 59/55)',
      'changed-date': 'A changed date', 'swapped-session': 'Another session named', 'dropped-operative': 'A dropped operative paragraph',
    },
    editorA: 'Version A (the original)', editorB: 'Version B (the other language)',
    placeholder: 'Paste a language version here',
    detected: (l) => `Detected: ${l}`, langs: WIDGET_STRINGS.en.language,
    waiting: 'Paste a version in each editor to compare them.',
    comparing: 'Comparing…',
    counts: (n, e, w) => (n ? `${n} ${n === 1 ? 'difference' : 'differences'}: ${e} ${e === 1 ? 'error' : 'errors'}, ${w} ${w === 1 ? 'warning' : 'warnings'}` : 'No differences: the two versions give the same numbers, dates, sessions and citations.'),
    where: cmpWhere,
    sev: { error: 'error', warning: 'warning', info: 'note' },
    failed: (m) => `The comparison failed: ${m}`,
  },
  zh: {
    pairs: {
      seed: '种子草案：英文与中文（无差异）', 'changed-number': '决议编号被改动（59/50 → 59/55）',
      'changed-date': '日期被改动', 'swapped-session': '届会不同', 'dropped-operative': '漏掉一个执行段落',
    },
    editorA: '版本 A（原文）', editorB: '版本 B（另一语文）',
    placeholder: '在此粘贴一个语文版本',
    detected: (l) => `识别为：${l}`, langs: WIDGET_STRINGS.zh.language,
    waiting: '请在两个编辑框中各粘贴一个版本以进行比较。',
    comparing: '正在比较…',
    counts: (n, e, w) => (n ? `${n} 处差异：${e} 个错误，${w} 个警告` : '没有差异：两个版本的编号、日期、届会和引文一致。'),
    where: cmpWhere,
    sev: { error: '错误', warning: '警告', info: '提示' },
    failed: (m) => `比较失败：${m}`,
  },
  fr: {
    pairs: {
      seed: 'Le projet source : anglais et chinois (sans différence)', 'changed-number': 'Un numéro de résolution modifié (59/50 → 59/55)',
      'changed-date': 'Une date modifiée', 'swapped-session': 'Une autre session nommée', 'dropped-operative': 'Un paragraphe du dispositif omis',
    },
    editorA: 'Version A (l’original)', editorB: 'Version B (l’autre langue)',
    placeholder: 'Collez ici une version linguistique',
    detected: (l) => `Langue détectée : ${l}`, langs: WIDGET_STRINGS.fr.language,
    waiting: 'Collez une version dans chaque éditeur pour les comparer.',
    comparing: 'Comparaison…',
    counts: (n, e, w) => (n ? `${n} ${n < 2 ? 'différence' : 'différences'} : ${e} ${sevWord('fr', 'error', e)}, ${w} ${sevWord('fr', 'warning', w)}` : 'Aucune différence : les deux versions donnent les mêmes numéros, dates, sessions et citations.'),
    where: cmpWhere,
    sev: { error: 'erreur', warning: 'avertissement', info: 'remarque' },
    failed: (m) => `La comparaison a échoué : ${m}`,
  },
  es: {
    pairs: {
      seed: 'El proyecto de origen: inglés y chino (sin diferencias)', 'changed-number': 'Un número de resolución cambiado (59/50 → 59/55)',
      'changed-date': 'Una fecha cambiada', 'swapped-session': 'Otro período de sesiones', 'dropped-operative': 'Un párrafo dispositivo omitido',
    },
    editorA: 'Versión A (el original)', editorB: 'Versión B (el otro idioma)',
    placeholder: 'Pegue aquí una versión lingüística',
    detected: (l) => `Idioma detectado: ${l}`, langs: WIDGET_STRINGS.es.language,
    waiting: 'Pegue una versión en cada editor para compararlas.',
    comparing: 'Comparando…',
    counts: (n, e, w) => (n ? `${n} ${n === 1 ? 'diferencia' : 'diferencias'}: ${e} ${sevWord('es', 'error', e)}, ${w} ${sevWord('es', 'warning', w)}` : 'Ninguna diferencia: las dos versiones dan los mismos números, fechas, períodos de sesiones y citas.'),
    where: cmpWhere,
    sev: { error: 'error', warning: 'advertencia', info: 'nota' },
    failed: (m) => `La comparación falló: ${m}`,
  },
  ru: {
    pairs: {
      seed: 'Исходный проект: английский и китайский (без расхождений)', 'changed-number': 'Измененный номер резолюции (59/50 → 59/55)',
      'changed-date': 'Измененная дата', 'swapped-session': 'Названа другая сессия', 'dropped-operative': 'Пропущен пункт постановляющей части',
    },
    editorA: 'Версия A (оригинал)', editorB: 'Версия B (другой язык)',
    placeholder: 'Вставьте сюда языковую версию',
    detected: (l) => `Определен язык: ${l}`, langs: WIDGET_STRINGS.ru.language,
    waiting: 'Вставьте по версии в каждое поле, чтобы сравнить их.',
    comparing: 'Сравнение…',
    counts: (n, e, w) => (n ? `${plural('ru', n, { one: 'Расхождение', other: 'Расхождения', many: 'Расхождений' })} — ${n}: ${e} ${sevWord('ru', 'error', e)}, ${w} ${sevWord('ru', 'warning', w)}` : 'Расхождений нет: в обеих версиях одинаковые номера, даты, сессии и ссылки.'),
    where: cmpWhere,
    sev: { error: 'ошибка', warning: 'предупреждение', info: 'замечание' },
    failed: (m) => `Сравнение не удалось: ${m}`,
  },
  ar: {
    pairs: {
      seed: 'المشروع الأصلي: الإنكليزية والصينية (دون فروق)', 'changed-number': 'رقم قرار مغيَّر (59/50 ← 59/55)',
      'changed-date': 'تاريخ مغيَّر', 'swapped-session': 'دورة أخرى مذكورة', 'dropped-operative': 'فقرة منطوق محذوفة',
    },
    editorA: 'النسخة A (الأصل)', editorB: 'النسخة B (اللغة الأخرى)',
    placeholder: 'الصق نسخة لغوية هنا',
    detected: (l) => `اللغة المكتشفة: ${l}`, langs: WIDGET_STRINGS.ar.language,
    waiting: 'الصق نسخة في كل محرر لمقارنتهما.',
    comparing: 'جار المقارنة…',
    counts: (n, e, w) => (n ? `الفروق: ${n} (${e} ${sevWord('ar', 'error', e)}، ${w} ${sevWord('ar', 'warning', w)})` : 'لا فروق: تعطي النسختان الأرقام والتواريخ والدورات والإحالات نفسها.'),
    where: cmpWhere,
    sev: { error: 'خطأ', warning: 'تحذير', info: 'ملاحظة' },
    failed: (m) => `تعذرت المقارنة: ${m}`,
  },
};
