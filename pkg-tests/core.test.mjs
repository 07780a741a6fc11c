// The WebAssembly package in Node: parity with the CLI, UTF-16 offsets, fixes, options, metadata.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { ROOT, DIST, read, fixtureFiles, loadCore, offsetOfLineColumn, applyFixesReference } from './helpers.mjs';

let core;
before(async () => {
  core = await loadCore();
});

/** Runs the CLI once on every fixture: `resolint check --format json FILE...`. */
function cliReports(files) {
  const bin = path.join(process.env.CARGO_TARGET_DIR ? path.resolve(ROOT, process.env.CARGO_TARGET_DIR) : path.join(ROOT, 'target'), 'release', 'resolint');
  const args = ['check', '--format', 'json', ...files];
  const run = (cmd, a) => {
    try {
      return execFileSync(cmd, a, { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 << 20, stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      if (e.stdout && e.stdout.trim().startsWith('{')) return e.stdout; // findings give a non-zero exit
      throw e;
    }
  };
  const cli = (a) => (fs.existsSync(bin) ? run(bin, a) : run('cargo', ['run', '--quiet', '--release', '--bin', 'resolint', '--', ...a]));
  try {
    return JSON.parse(cli(args));
  } catch {
    // One file made the whole run fail: run them one by one to name it and compare the rest.
    const out = { files: [] };
    for (const f of files) {
      try {
        out.files.push(...JSON.parse(cli(['check', '--format', 'json', f])).files);
      } catch (e) {
        out.files.push({ path: f, cliError: String(e.stderr || e.message).trim().split('\n').slice(0, 3).join(' ') });
      }
    }
    return out;
  }
}

function checkInvariants(text, report, label) {
  for (const d of report.diagnostics) {
    const where = `${label}: ${d.rule} at ${d.start}`;
    assert.ok(d.start >= 0 && d.start <= d.end && d.end <= text.length, `${where}: span inside the text`);
    for (const o of [d.start, d.end]) {
      const c = text.charCodeAt(o);
      assert.ok(!(c >= 0xdc00 && c <= 0xdfff), `${where}: offset ${o} splits a surrogate pair`);
    }
    assert.equal(offsetOfLineColumn(text, d.line, d.column), d.start, `${where}: line/column agree with start`);
    assert.equal(offsetOfLineColumn(text, d.end_line, d.end_column), d.end, `${where}: end_line/end_column agree with end`);
    if (d.fix) assert.ok(d.fix.start <= d.fix.end && d.fix.end <= text.length, `${where}: fix inside the text`);
  }
}

describe('parity with the CLI', () => {
  const files = fixtureFiles();
  it('has fixtures to compare', () => assert.ok(files.length > 0, 'tests/fixtures/**/*.txt'));
  it('validate() gives the same diagnostics as `resolint check --format json` on every fixture', { timeout: 600000 }, () => {
    if (!files.length) return;
    const cli = cliReports(files);
    assert.equal(cli.files.length, files.length);
    const mismatches = [];
    for (const f of cli.files) {
      if (f.cliError) {
        mismatches.push(`${f.path}: the CLI failed: ${f.cliError}`);
        continue;
      }
      const text = fs.readFileSync(path.resolve(ROOT, f.path), 'utf8');
      try {
        const r = core.validate(text, { lang: 'auto' });
        assert.deepStrictEqual(r.diagnostics, f.diagnostics);
        assert.equal(r.language, f.language);
        assert.equal(r.body, f.body);
        assert.equal(r.session, f.session);
      } catch (e) {
        mismatches.push(`${f.path}: ${e.message.split('\n').slice(0, 12).join('\n')}`);
      }
    }
    assert.deepEqual(mismatches, [], mismatches.join('\n\n'));
  });
  it('offsets, lines and columns are consistent on every fixture', () => {
    const failures = [];
    for (const f of files) {
      const text = read(f);
      try {
        checkInvariants(text, core.validate(text), f);
      } catch (e) {
        failures.push(`${f}: ${e.message.split('\n')[0]}`);
      }
    }
    assert.deepEqual(failures, [], failures.join('\n'));
  });
});

describe('UTF-16 offsets on Chinese, Arabic and emoji text', () => {
  const base = read('www/examples/defective.txt');
  const decorations = ['😀🇺🇳 ', 'مرحبا بالعالم ', '联合国大会 ', '👩‍👩‍👧 مرحبا 大会 😀 '];
  it('the defective example has findings to move', () => {
    assert.ok(core.validate(base).diagnostics.length >= 3);
  });
  for (const deco of decorations) {
    it(`findings keep their words when ${JSON.stringify(deco)} is inserted before them`, () => {
      // Insert inside the first preambular paragraph, after its opening word.
      const at = base.indexOf('its resolution');
      assert.ok(at > 0);
      const text = base.slice(0, at) + deco + base.slice(at);
      const a = core.validate(base).diagnostics;
      const b = core.validate(text).diagnostics;
      checkInvariants(text, { diagnostics: b }, 'decorated');
      for (const d of a) {
        const shift = d.start >= at ? deco.length : 0;
        const m = b.find((x) => x.rule === d.rule && x.start === d.start + shift);
        assert.ok(m, `${d.rule} at ${d.start} moved by ${shift} code units`);
        assert.equal(text.slice(m.start, m.end), base.slice(d.start, d.end), `${d.rule}: text.slice(start, end) is the flagged text`);
        if (d.fix) {
          assert.equal(m.fix.start, d.fix.start + (d.fix.start >= at ? deco.length : 0));
          assert.equal(m.fix.replacement, d.fix.replacement);
        }
      }
    });
  }
  it('a Chinese draft: every finding slices to its words', () => {
    const text = read('tests/fixtures/zh/seed.txt');
    const r = core.validate(text);
    assert.equal(r.language, 'zh');
    checkInvariants(text, r, 'zh seed');
    for (const c of r.outline.citations) assert.equal(text.slice(c.start, c.end), c.text, 'citation offsets');
  });
  it('a draft full of emoji and Arabic keeps spans on character boundaries', () => {
    const text = 'The General Assembly,\n\nRecalling 😀 its resolution 59/50 مرحبا;\n\n1. request 👩‍👩‍👧 the Secretary-General to report to it at its sixty-fifth session.\n';
    const r = core.validate(text);
    checkInvariants(text, r, 'emoji');
    const semi = r.diagnostics.find((d) => d.rule === 'preamble-punctuation');
    if (semi) assert.equal(text.slice(semi.start, semi.end), ';');
  });
});

describe('applyFixes', () => {
  const texts = {
    defective: read('www/examples/defective.txt'),
    decorated: read('www/examples/defective.txt').replace('its resolution', '😀 مرحبا 大会 its resolution'),
  };
  for (const f of fixtureFiles()) texts[f] = read(f);
  it('equals a JavaScript reference on every text (UTF-16 offsets, overlaps skipped)', () => {
    let fixed = 0;
    const failures = [];
    for (const [name, text] of Object.entries(texts)) {
      try {
        const diags = core.validate(text).diagnostics;
        const out = core.applyFixes(text, diags);
        assert.equal(out, applyFixesReference(text, diags.map((d) => d.fix)), name);
        fixed += diags.filter((d) => d.fix).length;
      } catch (e) {
        failures.push(`${name}: ${e.message.split('\n')[0]}`);
      }
    }
    assert.deepEqual(failures, [], failures.join('\n'));
    assert.ok(fixed > 0, 'some fixture has a fix');
  });
  it('round-trips: the fixed findings are gone after a re-check, and nothing else changes', () => {
    const text = texts.defective;
    const before = core.validate(text).diagnostics;
    const fixable = before.filter((d) => d.fix);
    assert.ok(fixable.length > 0);
    const out = core.applyFixes(text, before);
    assert.notEqual(out, text);
    const after = core.validate(out).diagnostics;
    assert.ok(after.filter((d) => d.fix).length < fixable.length, 'fewer fixable findings');
    for (const d of fixable) {
      const again = after.find((x) => x.rule === d.rule && x.message === d.message);
      assert.ok(!again || again.line !== d.line || again.rule !== d.rule || !again.fix || again.fix.replacement !== d.fix.replacement, `${d.rule} fixed`);
    }
    // Fixing twice changes nothing more than fixing the new findings would.
    assert.equal(core.applyFixes(out, []), out);
  });
  it('ignores null fixes, accepts bare fixes, and leaves the text alone without fixes', () => {
    const t = '😀 abc';
    assert.equal(core.applyFixes(t, [{ fix: null, start: 0, end: 2 }]), t);
    assert.equal(core.applyFixes(t, [{ start: 3, end: 4, replacement: 'X' }]), '😀 Xbc');
    assert.equal(core.applyFixes(t, [{ fix: { start: 3, end: 6, replacement: 'é', label: '' } }]), '😀 é');
    assert.equal(core.applyFixes(t, []), t);
    assert.throws(() => core.applyFixes(t, 'nonsense'), Error);
  });
});

describe('options, metadata and errors', () => {
  const text = read('www/examples/defective.txt');
  it('invalid options throw an Error with a clear message', () => {
    assert.throws(() => core.validate(text, { lang: 'de' }), (e) => e instanceof Error && /unknown language "de"/.test(e.message));
    assert.throws(() => core.validate(text, { body: 'nato' }), (e) => e instanceof Error && /unknown body "nato"/.test(e.message));
    assert.throws(() => core.validate(text, { session: 'sixty' }), (e) => e instanceof Error && /session/.test(e.message));
    assert.throws(() => core.validate(text, { session: 0 }), Error);
    assert.throws(() => core.validate(text, { uiLang: 'xx' }), (e) => e instanceof Error && /interface language/.test(e.message));
    assert.throws(() => core.validate(text, { disable: 'all' }), Error);
    assert.throws(() => core.validate(text, 42), Error);
  });
  it('accepts the documented options', () => {
    const r = core.validate(text, { lang: 'en', body: 'ga', session: 64, disable: [], uiLang: 'en' });
    assert.equal(r.language, 'en');
    assert.equal(r.body, 'ga');
    assert.equal(r.session, 64);
    assert.deepEqual(core.validate(text, { session: '64' }).session, 64);
    assert.deepEqual(core.validate(text, { lang: 'auto', body: 'auto', session: '' }), core.validate(text));
    assert.deepEqual(core.validate(text, null), core.validate(text));
  });
  it('disable removes a rule', () => {
    const r = core.validate(text);
    const rule = r.diagnostics[0].rule;
    assert.ok(!core.validate(text, { disable: [rule] }).diagnostics.some((d) => d.rule === rule));
  });
  it('six languages: lang and uiLang take en, zh, fr, es, ru, ar; "language" and "uiLanguage" are other names for them', () => {
    for (const l of ['en', 'zh', 'fr', 'es', 'ru', 'ar']) {
      const r = core.validate(text, { lang: l, uiLang: l });
      assert.equal(r.language, l);
      const alias = core.validate(text, { language: l, uiLanguage: l });
      assert.deepEqual(alias, r, `the long names give the same report (${l})`);
    }
    assert.equal(core.validate(text, { lang: 'fr', language: 'ru' }).language, 'fr', 'lang wins over language');
    assert.throws(() => core.validate(text, { language: 'de' }), (e) => e instanceof Error && /unknown language "de"/.test(e.message));
    assert.throws(() => core.validate(text, { uiLanguage: 'de' }), (e) => e instanceof Error && /interface language "de"/.test(e.message));
    assert.equal(core.validate(read('www/examples/ar.txt')).language, 'ar', 'an Arabic draft is detected');
  });
  it('uiLang "zh" gives the messages in Chinese', () => {
    const r = core.validate(text, { uiLang: 'zh' });
    assert.ok(r.diagnostics.length > 0);
    assert.ok(r.diagnostics.some((d) => /[\u4e00-\u9fff]/.test(d.message)), 'a message in Chinese');
  });
  it('the report has the JSON contract shape (null, not undefined; plain objects)', () => {
    const r = core.validate('');
    assert.deepEqual(Object.keys(r).sort(), ['body', 'diagnostics', 'language', 'outline', 'session', 'version']);
    assert.equal(r.session, null);
    assert.equal(Object.getPrototypeOf(r.outline), Object.prototype);
    assert.deepEqual(JSON.parse(JSON.stringify(r)), r);
    const d = core.validate(text).diagnostics[0];
    assert.deepEqual(Object.keys(d).sort(), ['category', 'column', 'end', 'end_column', 'end_line', 'fix', 'line', 'message', 'rule', 'severity', 'start']);
  });
  it('rules() lists every rule with valid metadata, and every reported rule is listed', () => {
    const rules = core.rules();
    assert.ok(rules.length > 0);
    const ids = new Set(rules.map((r) => r.id));
    assert.equal(ids.size, rules.length, 'unique ids');
    for (const r of rules) {
      assert.match(r.id, /^[a-z0-9-]+$/);
      assert.ok(['structure', 'citation', 'verb', 'date', 'follow-up', 'typography'].includes(r.category), r.id);
      assert.ok(['error', 'warning', 'info'].includes(r.severity), r.id);
      assert.ok(r.summary.length > 10, r.id);
    }
    for (const f of fixtureFiles()) {
      let diags = [];
      try {
        diags = core.validate(read(f)).diagnostics;
      } catch {
        continue; // a panic is reported by the parity and offset tests
      }
      for (const d of diags) assert.ok(ids.has(d.rule), `${d.rule} is in rules()`);
    }
  });
  it('version() is the crate version', () => {
    const v = read('Cargo.toml').match(/^version\s*=\s*"([^"]+)"/m)[1];
    assert.equal(core.version(), v);
    assert.equal(core.validate('').version, v);
  });
  it('validateFloor() returns an empty report without checking', () => {
    const r = core.validateFloor(text);
    assert.deepEqual(r.diagnostics, []);
    assert.equal(r.version, core.version());
  });
  it('ships TypeScript declarations', () => {
    const dts = fs.readFileSync(path.join(DIST, 'resolint_core.d.ts'), 'utf8');
    for (const s of ['export function validate(', 'export function applyFixes(', 'export function rules(', 'export function version(', 'export function validateFloor(', 'export interface Report', 'export interface Diagnostic'])
      assert.ok(dts.includes(s), s);
  });
  it('index.html is self-contained ("Save page as" keeps working) and equals the offline resolint.html', () => {
    const index = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
    assert.equal(index, fs.readFileSync(path.join(DIST, 'resolint.html'), 'utf8'));
    const markup = index.replace(/(<script[^>]*>)[\s\S]*?<\/script>/g, '$1</script>');
    assert.doesNotMatch(markup, /<script[^>]+src=|<link[^>]+rel="?stylesheet|@import|url\((?!data:)|@font-face/i, 'no external script, style or font');
    assert.doesNotMatch(markup, /(src|href)="https?:/i, 'no remote address');
    const csp = index.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
    assert.match(csp, /default-src 'none'/);
    assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'/);
    for (const f of ['resolint.js', 'resolint.d.ts', 'resolint-worker.js', 'resolint_core.js', 'resolint_core_bg.wasm', 'embed.html'])
      assert.ok(fs.existsSync(path.join(DIST, f)), f);
  });
  it('a large draft is checked in linear time', () => {
    const big = text.repeat(200);
    const t0 = performance.now();
    const r = core.validate(big);
    assert.ok(r.diagnostics.length > 0);
    assert.ok(performance.now() - t0 < 5000);
  });
});

describe('compare (two language versions)', () => {
  const manifest = read('tests/fixtures/parallel/MANIFEST.tsv')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t'));

  it('gives the same findings as `resolint compare --format json` on every parallel pair', () => {
    const bin = path.join(process.env.CARGO_TARGET_DIR ? path.resolve(ROOT, process.env.CARGO_TARGET_DIR) : path.join(ROOT, 'target'), 'release', 'resolint');
    for (const [a, b] of manifest) {
      const [pa, pb] = [path.join('tests', a), path.join('tests', b)];
      let out;
      try {
        out = execFileSync(bin, ['compare', '--format', 'json', pa, pb], { cwd: ROOT, encoding: 'utf8' });
      } catch (e) {
        out = e.stdout;
      }
      const cli = JSON.parse(out);
      const wasm = core.compare(read(pa), read(pb));
      assert.deepEqual(wasm.diagnostics, cli.diagnostics, `${a} ~ ${b}`);
    }
  });

  it('points at the mismatched values in both texts (UTF-16 offsets)', () => {
    const a = read('tests/fixtures/en/seed_draft.txt');
    const b = read('tests/fixtures/parallel/seed_changed_number.zh.txt');
    const r = core.compare(a, b);
    const d = r.diagnostics.find((x) => x.rule === 'citation-mismatch');
    assert.ok(d, JSON.stringify(r.diagnostics));
    assert.equal(d.category, 'consistency');
    assert.match(a.slice(d.start, d.end), /59\/50/);
    assert.match(b.slice(d.related.start, d.related.end), /59\/55/);
  });

  it('compares the seed with its English version clean', () => {
    const r = core.compare(read('tests/fixtures/zh/seed_draft_clean.txt'), read('tests/fixtures/en/seed_draft.txt'));
    assert.deepEqual(r.diagnostics, []);
    assert.equal(r.a.language, 'zh');
    assert.equal(r.b.language, 'en');
  });
});

describe('strings JavaScript can make and Rust cannot', () => {
  it('validate and applyFixes take lone surrogates and return a report whose offsets still fit the text', () => {
    const texts = [
      '\uD800',
      '\uDC00The General Assembly,\n\n1. Request the Secretary-General to report.\n',
      'The General Assembly,\n\nRecalling its resolution 59/50,\uDBFF\n\n1. Request the Secretary-General\uD83D to report.\uDE00\n',
      'The General Assembly,\uDE00\uD800\n\n1. Decides to remain sei\u200Bzed of the matter.\n',
      '大会，\n\n1. 请秘书长\uD800提交报告。\n',
      '\uD800'.repeat(1000) + '\uDC00'.repeat(1000),
    ];
    for (const text of texts) {
      let r;
      assert.doesNotThrow(() => { r = core.validate(text, { uiLang: 'en' }); }, `validate threw on ${JSON.stringify(text).slice(0, 60)}`);
      assert.ok(Array.isArray(r.diagnostics));
      for (const d of r.diagnostics) {
        assert.ok(d.start <= d.end && d.end <= text.length, JSON.stringify(d));
        // Each lone surrogate became one U+FFFD (one code unit): offsets are unchanged.
        const fixed = text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
        assert.equal(text.slice(d.start, d.end).length, fixed.slice(d.start, d.end).length);
      }
      const out = core.applyFixes(text, r.diagnostics);
      assert.equal(typeof out, 'string');
      assert.equal(out, applyFixesReference(text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'), r.diagnostics.map((d) => d.fix).filter(Boolean)));
    }
    const r = core.validate(texts[2], {});
    const d = r.diagnostics.find((x) => x.rule === 'operative-verb');
    assert.equal(texts[2].slice(d.start, d.end), 'Request', 'offsets stay on the flagged word after lone surrogates');
    // Arbitrary fixes on such a string, out of range or reversed, never throw.
    assert.equal(typeof core.applyFixes('\uD800ab\uDC00', [{ start: 9, end: 2, replacement: 'x' }, { start: 1, end: 2, replacement: '\uD800' }]), 'string');
  });
});
