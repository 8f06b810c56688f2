/**
 * Issue #19 §3 and §5: roles and limits as the research describes them, and
 * looking back on a choice. Each test fails if a corrected sentence returns
 * or a restored fact goes missing.
 */
import { describe, expect, it } from 'vitest';
import { FIELDS } from '../../src/lib/worksheet/form';
import { worksheet } from '../../src/i18n/nl/worksheet';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { frame } from '../../src/i18n/nl/frame';
import { stories } from '../../src/i18n/nl/stories';
import { CONTENT, collection, listFiles } from '../support/content-files';

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

/**
 * Independent review (issue #19, shared-decision-making researcher): figures
 * quoted as the research found them, associations not told as causes, and
 * stories labelled for what they are.
 */
describe('research figures on the cards and pages (brief §9)', () => {
  // Every satisfaction score in the research's table of who decided (0–10).
  const SCORES = new Set(['2,7', '6,4', '6,9', '6,6', '4,2', '6,5', '7,1', '2,6', '6,2', '7,8', '1,8', '4,7', '6,8', '4,3', '5,6']);
  const cardFiles = listFiles(join(CONTENT, 'keuzekaarten'), /\.yaml$/);

  it('every "x,y" figure on a card is a score from the research table', () => {
    const unknown = cardFiles.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\b\d,\d\b/g)].map((m) => m[0]).filter((s) => !SCORES.has(s)).map((s) => `${f}: ${s}`));
    expect(unknown).toEqual([]);
  });

  it('the frequency card gives the employee-alone score instead of saying it did not raise satisfaction', () => {
    const t = readFileSync(join(CONTENT, 'keuzekaarten', 'hoe-vaak-gesprekken.yaml'), 'utf8');
    expect(t).not.toMatch(/gaf dat geen hogere tevredenheid/);
    expect(t).toMatch(/Regelde de werknemer het alleen, dan was dat 6,5/);
  });

  it('satisfaction is an association in a survey, not an effect: no card says samen afspreken "hielp" or "verhoogde" it', () => {
    const causal = cardFiles.filter((f) => /tevredenheid verhoogde|samen afspreken hielp|Wel hielp het als jullie het samen afspraken|Samen beslissen gaf in het onderzoek/.test(readFileSync(f, 'utf8')));
    expect(causal).toEqual([]);
  });

  it('pages that quote 2,7 against 6,6 say the groups were small', () => {
    for (const id of ['samen-beslissen/wat-is-samen-beslissen', 'over']) expect(body(id), id).toMatch(/kleine groepen/);
    expect(body('samen-beslissen/wat-is-samen-beslissen')).not.toMatch(/Samen kiezen geeft ook meer tevredenheid/);
  });
});

describe('roles and labels as the research describes them', () => {
  it('the adviser’s assessment leaves little room, as advisers say, not none', () => {
    expect(body(AD)).not.toMatch(/Daar beslis je niet samen over\./);
    expect(body(AD)).toMatch(/weinig ruimte om samen te beslissen/);
  });

  it('a story labelled "onderzoek" does not claim to be made of the interviews themselves', () => {
    expect(stories.basisLong.onderzoek).not.toMatch(/samengesteld uit ervaringen die werknemers vertelden/);
    expect(stories.basisLong.onderzoek).toMatch(/Wij schreven dit verhaal/);
    expect(stories.basisLong.onderzoek).toMatch(/niet over één echt persoon/);
    // The note under story lists covers "praktijk" stories too: no claim that all come from employees' accounts.
    expect(frame.composedNote).not.toMatch(/samengesteld uit ervaringen van werknemers/);
  });
});
