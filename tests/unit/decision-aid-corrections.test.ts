/**
 * Issue #19 §3 and §5: roles and limits as the research describes them, and
 * looking back on a choice. Each test fails if a corrected sentence returns
 * or a restored fact goes missing.
 */
import { describe, expect, it } from 'vitest';
import { FIELDS } from '../../src/lib/worksheet/form';
import { worksheet } from '../../src/i18n/nl/worksheet';
import { collection } from '../support/content-files';

const pages = collection('pages');
function body(id: string): string {
  const p = pages.find((x) => x.id === id);
  if (!p) throw new Error(`pagina ${id} ontbreekt`);
  return p.body.replace(/\s+/g, ' ');
}
const AD = 'regels-en-rollen/wie-doet-wat/arbeidsdeskundige';
const VAST = 'samen-beslissen/wat-ligt-vast';

describe('the arbeidsdeskundige (SRA gedragscode, research §9)', () => {
  it('names the professional code instead of saying there are no rules on independence', () => {
    expect(body(AD)).not.toMatch(/geen vaste regels over hoe onafhankelijk/);
    expect(body(AD)).toMatch(/gedragscode/);
    expect(body(AD)).toMatch(/onafhankelijk en onpartijdig/);
    expect(body(AD)).toMatch(/neemt zelf het besluit niet/);
  });

  it('separates the adviser’s own assessment from the process choices you make together', () => {
    expect(body(AD)).toMatch(/Het oordeel is van de arbeidsdeskundige/);
    expect(body(AD)).toMatch(/Over de gang van zaken beslis je samen/);
    expect(body(AD)).not.toMatch(/Daarna beslissen jullie samen\./);
  });
});

describe('wat ligt vast', () => {
  it('rates the room on tempo as "een deel": the bedrijfsarts’s advice leads there', () => {
    const row = body(VAST).split('|').join(' ').match(/In welk tempo, en hoeveel uur\?.{0,400}/)?.[0] ?? '';
    expect(row).toMatch(/\*\*Een deel\.\*\*/);
    expect(row).not.toMatch(/\*\*Veel\.\*\* Je praat mee over het aantal uren/);
  });

  it('lists the two Figure 4 choices: your home situation and how the workplace is looked at', () => {
    for (const id of [VAST, AD, 'samen-beslissen/wat-is-samen-beslissen']) {
      expect(body(id), id).toMatch(/thuissituatie/);
      expect(body(id), id).toMatch(/werkplek/);
    }
  });
});

describe('the limits of the method (research §9)', () => {
  it('names the arbeidsconflict with little trust and the driegesprek', () => {
    const b = body('samen-beslissen/wat-is-samen-beslissen');
    expect(b).toMatch(/conflict[^.]*vertrouwen/);
    expect(b).toMatch(/met drie aan tafel[^.]*|twee mensen/);
    expect(b).toMatch(/nog niet uitgezocht/);
  });
});

describe('looking back on a choice (§5)', () => {
  it('the evaluation step asks whether you would choose this way again, and what you would do differently', () => {
    const b = body('samen-beslissen/de-vier-stappen/evalueren');
    expect(b).toMatch(/Zou ik weer zo kiezen/);
    expect(b).toMatch(/anders doen/);
  });

  it('the worksheet’s debrief asks the same, after the conversation', () => {
    const keys = FIELDS.map((f) => f.key);
    expect(keys.indexOf('again')).toBeGreaterThan(keys.indexOf('agreements'));
    expect(worksheet.fields.again.label).toMatch(/weer zo kiezen/);
    expect(worksheet.fields.different.label).toMatch(/anders doen/);
  });
});
