// The benchmark drafts: the project's real texts (tests/corpus/<lang>/*.txt, then tests/fixtures/<lang>/*.txt,
// each sorted by name) joined by a blank line and repeated until the size is reached, then cut at a
// character boundary so that the UTF-8 size is at most the target. English and Chinese separately.
// Usage: node bench/inputs.mjs [OUT_DIR]   (default target/bench-inputs); prints the list as JSON.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SIZES = [
  ['10KB', 10_000],
  ['100KB', 100_000],
  ['1MB', 1_000_000],
  ['10MB', 10_000_000],
];
export const TYPING_SIZE = ['150KB', 150_000];

function sources(lang) {
  const out = [];
  for (const dir of ['tests/corpus', 'tests/fixtures']) {
    const d = path.join(ROOT, dir, lang);
    if (!fs.existsSync(d)) continue;
    for (const f of fs.readdirSync(d).filter((f) => f.endsWith('.txt')).sort()) out.push(path.join(dir, lang, f));
  }
  return out;
}

/** A draft of at most `bytes` UTF-8 bytes, cut at a character boundary. */
export function makeDraft(lang, bytes) {
  const texts = sources(lang).map((f) => fs.readFileSync(path.join(ROOT, f), 'utf8').replace(/\r\n?/g, '\n').trim());
  if (!texts.length) throw new Error(`no texts for ${lang}`);
  const unit = Buffer.from(texts.join('\n\n') + '\n\n', 'utf8');
  const buf = Buffer.alloc(bytes + 4); // + 4: the byte after the cut tells whether the cut splits a character
  for (let off = 0; off < buf.length; off += unit.length) unit.copy(buf, off, 0, Math.min(unit.length, buf.length - off));
  let end = bytes;
  while (end > 0 && (buf[end] & 0xc0) === 0x80) end--; // buf[end] continues a character: cut before it
  return buf.subarray(0, end).toString('utf8');
}

export function writeInputs(outDir) {
  fs.mkdirSync(outDir, { recursive: true });
  const list = [];
  for (const lang of ['en', 'zh']) {
    for (const [label, bytes] of [...SIZES, TYPING_SIZE]) {
      const file = path.join(outDir, `${lang}-${label}.txt`);
      const text = makeDraft(lang, bytes);
      fs.writeFileSync(file, text);
      list.push({ lang, label, file, bytes: Buffer.byteLength(text), chars: text.length, sources: sources(lang).length });
    }
  }
  return list;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(writeInputs(path.resolve(ROOT, process.argv[2] || 'target/bench-inputs')), null, 1));
}
