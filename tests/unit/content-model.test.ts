/**
 * The content model (src/model/): every field describes itself to a
 * maintainer, the real content parses through the schemas without Astro, and
 * the cross-reference pass names the file and the field of every id that
 * points nowhere, in Dutch, on its own and when the build starts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { COLLECTIONS, COLLECTION_NAMES, fieldMeta, type CollectionName } from '../../src/model/schemas';
import { readContent } from '../../src/model/read';
import { checkReferences, referenceFields } from '../../src/model/references';
import { contentReferencesIntegration } from '../../src/integrations/content-references';

const shapeOf = (c: CollectionName) => (COLLECTIONS[c].schema as unknown as { shape: Record<string, z.ZodType> }).shape;

describe('every field describes itself', () => {
  it('with a Dutch label, a hint and a widget', () => {
    const missing = COLLECTION_NAMES.flatMap((c) =>
      Object.entries(shapeOf(c)).flatMap(([field, schema]) => {
        const meta = fieldMeta(schema);
        return meta?.label && meta.help && meta.help.length >= 10 && meta.widget ? [] : [`${c}.${field}`];
      }),
    );
    expect(missing).toEqual([]);
  });

  it('gives the review date the same label everywhere', () => {
    const reviewed = COLLECTION_NAMES.filter((c) => 'reviewed' in shapeOf(c));
    expect(reviewed).toEqual(['pages', 'steps', 'cards', 'selfCheck']);
    for (const c of reviewed) {
      const meta = fieldMeta(shapeOf(c)['reviewed']!);
      expect(meta?.label).toBe('Laatst gecontroleerd');
      expect(meta?.help).toMatch(/^Datum waarop je de feiten .* hebt nagekeken met de bron/);
    }
  });

  it('marks every reference with the collection it points to', () => {
    const refs = referenceFields().map((r) => `${r.collection}.${r.field} → ${r.to}`);
    expect(refs).toEqual(
      expect.arrayContaining([
        'pages.themes → themes',
        'stories.themes → themes',
        'stories.related → pages',
        'glossary.related → pages',
        'phases.decide → pages',
        'phases.read → pages',
        'steps.who → pages',
        'cards.page → pages',
        'bestBets.pages → pages',
      ]),
    );
  });
});

describe('the real content', () => {
  const content = readContent();

  it('parses through the schemas, outside Astro', () => {
    expect(content.problems).toEqual([]);
    for (const c of COLLECTION_NAMES) expect(content.entries[c].length, c).toBeGreaterThan(0);
    // Defaults are applied and dates are dates, as in the build.
    const about = content.entries.pages.find((p) => p.id === 'over');
    expect(about?.data.reviewed).toBeInstanceOf(Date);
    expect(about?.data.noSearch).toBe(false);
  });

  it('has no reference to an entry that does not exist', () => {
    expect(checkReferences(content.entries)).toEqual([]);
  });
});

describe('broken content is reported in Dutch, naming the file and the field', () => {
  it('a schema error (tests/fixtures/broken-content)', () => {
    const { problems } = readContent({ dir: 'tests/fixtures/broken-content' });
    expect(problems.map((p) => [p.file, p.field])).toEqual([['tests/fixtures/broken-content/pages/kapotte-pagina.mdx', 'summary']]);
    expect(problems[0]!.message).toMatch(/kapotte-pagina\.mdx: het veld "summary" \(In het kort\): Ongeldige invoer/);
  });

  it('a reference to nothing (tests/fixtures/broken-references)', () => {
    const { entries, problems } = readContent({ dir: 'tests/fixtures/broken-references' });
    expect(problems).toEqual([]);
    expect(checkReferences(entries)).toEqual([
      'tests/fixtures/broken-references/stories/anna.mdx: het veld "themes" (Thema’s) noemt "een-onbekend-thema", maar dat bestaat niet in content/themes.yaml.',
      'tests/fixtures/broken-references/phases/1.mdx: het veld "decide" (Wat kun je nu beslissen?) noemt "een-verdwenen-pagina", maar dat bestaat niet in content/pages/.',
    ]);
  });

  describe('the build stops on a reference to nothing', () => {
    const before = process.env['CONTENT_DIR'];
    afterEach(() => {
      if (before === undefined) delete process.env['CONTENT_DIR'];
      else process.env['CONTENT_DIR'] = before;
    });
    const start = () => (contentReferencesIntegration().hooks['astro:build:start'] as () => void)();

    it('with the messages of the pass', () => {
      process.env['CONTENT_DIR'] = 'tests/fixtures/broken-references';
      expect(start).toThrow(/anna\.mdx: het veld "themes" \(Thema’s\) noemt "een-onbekend-thema"/);
      delete process.env['CONTENT_DIR'];
      expect(start).not.toThrow();
    });
  });
});
