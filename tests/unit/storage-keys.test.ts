/**
 * Storage is private by default and every key lives in one module
 * (src/lib/storage-keys.ts, issue 25 §0 and issue 23 §10): a key typed
 * anywhere else in src/ fails here, and "Alles wissen" covers every key the
 * reader's actions can write.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as KEYS from '../../src/lib/storage-keys';
import { listFiles } from '../support/content-files';

const KEYS_MODULE = 'src/lib/storage-keys.ts';
/** A string literal that starts like one of our keys. */
const KEY_LITERAL = /(['"`])keuzehulp:[^'"`]*\1/;
/** getItem('…'), setItem("…"), removeItem(`…`): a literal key, wherever it comes from. */
const LITERAL_ACCESS = /\.(get|set|remove)Item\(\s*['"`]/;

function offending(source: string): string[] {
  return source
    .split('\n')
    .filter((line) => (KEY_LITERAL.test(line) && !/\bname: 'keuzehulp:/.test(line)) || LITERAL_ACCESS.test(line))
    .map((l) => l.trim());
}

describe('storage keys', () => {
  it('no storage key is typed in src/ outside src/lib/storage-keys.ts', () => {
    const found = listFiles('src', /\.(ts|tsx|astro|mjs|js)$/)
      .filter((f) => f !== KEYS_MODULE)
      .flatMap((f) => offending(readFileSync(f, 'utf8')).map((l) => `${f}: ${l}`));
    expect(found).toEqual([]);
  });

  it('the check finds a typed key (so it can fail); Astro integration names are not keys', () => {
    expect(offending("const K = 'keuzehulp:ziekmelddatum';")).toHaveLength(1);
    expect(offending("store.setItem('x', '1');")).toHaveLength(1);
    expect(offending("    name: 'keuzehulp:pagefind',")).toHaveLength(0);
  });

  it('"Alles wissen" and "niets bewaren" remove every key a reader\'s action writes; only the choice itself stays', () => {
    const all = Object.entries(KEYS)
      .filter(([, v]) => typeof v === 'string')
      .map(([, v]) => v as string);
    // The choice itself stays; prefixes (backups, saved self-checks, the session marks) are removed by scanning the keys.
    const kept = [KEYS.SETTING_KEY, KEYS.BACKUP_PREFIX, KEYS.PHASE_ASKED_KEY, KEYS.SELF_CHECK_KEY_PREFIX];
    expect(all.filter((k) => !kept.includes(k)).sort()).toEqual([...KEYS.READER_DATA].sort());
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('the privacy page says what the site does (#23 §10)', () => {
  const privacy = readFileSync('content/pages/privacy.mdx', 'utf8');
  it('no longer says that opening a phase page or reading a page is remembered', () => {
    expect(privacy).not.toMatch(/Open je de pagina van een fase\?/);
    expect(privacy).not.toMatch(/De site onthoudt welke pagina je het laatst las\. Zo kun je/);
    expect(privacy).not.toMatch(/bewaart de site alleen als je hem zelf invult/);
  });
  it('says that reading stores no data about the reader (the browser does keep page copies), and what "alles wissen" removes', () => {
    expect(privacy).toMatch(/Lezen alleen bewaart geen gegevens over jou\. Wel houdt je browser kopieën bij van pagina’s die je opent\./);
    expect(privacy).toMatch(/‘Onthoud mijn datum’ aanvinkt/);
    expect(privacy).toMatch(/alles wissen’ op het werkblad\. Dat wist je werkblad, je bewaarde pagina’s, waar je was, je fase en je datum/);
  });
});
