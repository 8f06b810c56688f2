/**
 * The WGA wijzer's choice of explanations (src/scripts/wga-wijzer.ts), and the
 * worked example on /regels-en-rollen/wga-uitkering/ checked against the
 * percentages in src/data/amounts.ts, so the euros cannot drift from the rules.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { wgaResults } from '../../src/scripts/wga-wijzer';
import { getAmount } from '../../src/data/amounts';
import { nl } from '../../src/i18n/nl';

describe('WGA wijzer', () => {
  it('below 35% and IVA have no WGA stages', () => {
    expect(wgaResults('ja', 'onder35', 'ja')).toEqual(['geen', 'altijd']);
    expect(wgaResults('nee', 'iva', 'nee')).toEqual(['iva', 'altijd']);
  });

  it('the wekeneis decides whether the loongerelateerde uitkering comes first', () => {
    expect(wgaResults('ja', '45-55', 'ja')[0]).toBe('lguJa');
    expect(wgaResults('nee', '45-55', 'ja')[0]).toBe('lguNee');
    expect(wgaResults('onbekend', '45-55', 'ja')[0]).toBe('lguOnbekend');
  });

  it('earning at least half of the restverdiencapaciteit gives loonaanvulling, less gives the vervolguitkering of the class', () => {
    expect(wgaResults('ja', '55-65', 'ja')).toContain('loonaanvulling');
    expect(wgaResults('ja', '55-65', 'nee')).toContain('vervolg-55-65');
    expect(wgaResults('ja', 'onbekend', 'nee')).toEqual(['klasseOnbekend', 'lguJa', 'vervolgAlgemeen', 'altijd']);
    expect(wgaResults('ja', '35-45', 'onbekend')).toContain('fase2Onbekend');
  });

  it('fully but not permanently unable: a loonaanvulling of the old wage after the LGU, whatever the third answer (WIA art. 60 lid 3, 61 lid 2)', () => {
    expect(wgaResults('ja', '80', 'ja')).toEqual(['lguJa', 'volledig', 'altijd']);
    expect(wgaResults('nee', '80', 'nee')).toEqual(['lguNee', 'volledig', 'altijd']);
    expect(nl.wga.results.volledig).toMatch(/loonaanvulling[^.]*oude loon/);
    expect(nl.wga.results.volledig).not.toMatch(/minimumloon/);
  });

  it('every result id has a text block on the page', () => {
    const route = readFileSync('src/pages/regels-en-rollen/wga-uitkering.astro', 'utf8');
    const ids = new Set<string>();
    for (const w of ['ja', 'nee', 'onbekend']) for (const k of ['onder35', '35-45', '45-55', '55-65', '65-80', '80', 'iva', 'onbekend']) for (const v of ['ja', 'nee', 'onbekend']) wgaResults(w, k, v).forEach((r) => ids.add(r));
    for (const id of ids) {
      if (id.startsWith('vervolg-')) expect(route).toMatch(/'35-45', '45-55', '55-65', '65-80'/);
      else expect(route, id).toContain(`['${id}'`);
    }
  });
});

describe('the worked example follows the percentages', () => {
  const page = readFileSync('content/pages/regels-en-rollen/wga-uitkering.mdx', 'utf8');
  const pct = (id: string) => getAmount(id).value / 100;
  const euro = (n: number) => `€ ${new Intl.NumberFormat('nl-NL').format(Math.round(n))}`;
  const oud = 3000;
  const rvc = 1500;
  it('shows the amounts the percentages give', () => {
    expect(page).toContain(`€ ${new Intl.NumberFormat('nl-NL').format(oud)} per maand`);
    expect(page).toContain(euro(oud * pct('lgu-start')));
    expect(page).toContain(euro(oud * pct('lgu')));
    expect(page).toContain(euro((oud - rvc) * pct('loonaanvulling')));
    expect(page).toContain(euro(2000 * pct('vervolg-45-55')));
    expect(page).toMatch(/voorbeeld/);
  });
});
