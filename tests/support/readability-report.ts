/**
 * Prints readability figures for content files, for editors.
 * Usage: node_modules/.bin/node tests/support/readability-report.ts content/pages/**.mdx
 */
import { readFileSync } from 'node:fs';
import { mdxToText, readability } from '../../src/lib/readability.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('Geef een of meer .mdx-bestanden op.');
  process.exit(2);
}
for (const file of files) {
  const r = readability(mdxToText(readFileSync(file, 'utf8')));
  const flag = r.wordsPerSentence > 13 || r.longSentenceShare > 0.12 ? '  <-- te zwaar' : '';
  console.log(
    `${file}: ${r.wordsPerSentence.toFixed(1)} woorden/zin, ${(r.longSentenceShare * 100).toFixed(0)}% lange zinnen, ${(r.longWordShare * 100).toFixed(0)}% lange woorden (${r.sentences} zinnen)${flag}`,
  );
  if (flag) for (const s of r.longest) console.log(`    - ${s}`);
}
