/**
 * The pages for naasten (/voor-naasten/) and the role pages for professionals
 * (/voor-professionals/<rol>/), issue #26. Each check guards something a later
 * edit could quietly lose:
 * - every page states its sources and a review date (the schema only demands
 *   sources for Samen beslissen and Regels en rollen; these pages are "algemeen");
 * - bringing someone along is something you ask for, never a right
 *   (wvp-facts.md, "Bringing someone along");
 * - the naasten pages take 113 and 112 from <HelpForOthers />, never typed;
 * - every role page covers the four steps, the power imbalance, conflicting
 *   advice and the limits (arbeidsconflict, driegesprek), and the pages for the
 *   bedrijfsarts and the casemanager say that they are derived;
 * - the three good questions are quoted word for word where a page lists them.
 */
import { describe, expect, it } from 'vitest';
import { collection, yamlList, type MdxFile } from '../support/content-files';

const pages = collection('pages');
const naasten = pages.filter((p) => p.id === 'voor-naasten' || p.id.startsWith('voor-naasten/'));
const ROLES = ['leidinggevende', 'arbeidsdeskundige', 'bedrijfsarts', 'casemanager'] as const;
const roles = ROLES.map((r) => pages.find((p) => p.id === `voor-professionals/${r}`));
const opening = pages.find((p) => p.id === 'voor-professionals/het-gesprek-openen');
const ours = [...naasten, ...roles, opening].filter((p): p is MdxFile => p !== undefined);

/** The visible words of an MDX body, on one line. */
const text = (p: MdxFile) => p.body.replace(/\s+/g, ' ');

describe('pages for naasten and professionals (issue 26)', () => {
  it('are all there: an index and four pages for naasten, four roles and the opening', () => {
    expect(naasten.map((p) => p.id).sort()).toEqual(
      ['voor-naasten', 'voor-naasten/de-eerste-weken', 'voor-naasten/mee-naar-een-gesprek', 'voor-naasten/privacy', 'voor-naasten/zorg-voor-jezelf'].sort(),
    );
    expect(roles.every(Boolean)).toBe(true);
    expect(opening).toBeDefined();
  });

  it('show sources and a review date on every page', () => {
    const without = ours.filter((p) => !Array.isArray(p.data['sources']) || (p.data['sources'] as unknown[]).length === 0 || !p.data['reviewed']);
    expect(without.map((p) => p.id)).toEqual([]);
  });

  it('never present bringing someone along as a right', () => {
    const asRight = /\b(?:mag|mogen)\s+(?:je\s+|jij\s+)?(?:iemand\s+)?mee(?:nemen|gaan|komen)?\b(?!\s*\?)|\brecht\s+(?:op|om)\s+(?:iemand\s+)?mee/i;
    // The wordings the fact sheet forbids are caught; asking is fine.
    for (const wrong of ['Je mag iemand meenemen.', 'Zeg dat de werknemer iemand mag meenemen.', 'Jij mag mee naar de bedrijfsarts.', 'Je hebt recht om iemand mee te nemen.']) expect(wrong).toMatch(asRight);
    for (const fine of ['Mag je mee?', 'Je naaste kan vragen of jij mee mag.', 'Zeg dat de werknemer iemand mag vragen om mee te komen.']) expect(fine).not.toMatch(asRight);
    expect(ours.filter((p) => asRight.test(text(p))).map((p) => p.id)).toEqual([]);
    const page = naasten.find((p) => p.id === 'voor-naasten/mee-naar-een-gesprek')!;
    expect(text(page)).toMatch(/Een wettelijk recht is het niet/);
  });

  it('take the crisis numbers from <HelpForOthers />, never typed, where naasten read about safety', () => {
    expect(naasten.filter((p) => /\b11[23]\b|0800-?0113/.test(p.body)).map((p) => p.id)).toEqual([]);
    for (const id of ['voor-naasten/de-eerste-weken', 'voor-naasten/zorg-voor-jezelf']) {
      expect(naasten.find((p) => p.id === id)!.body, id).toContain('<HelpForOthers />');
    }
  });

  it.each(ROLES)('the page for the %s covers the four steps, power, conflicting advice and the limits', (role) => {
    const t = text(roles[ROLES.indexOf(role)]!);
    for (const part of [/### Stap 1: keuze en doel/, /### Stap 2: opties/, /### Stap 3 en 4: voorkeur en besluit/, /## Hoe maak je het machtsverschil kleiner\?/, /## Wat als (?:adviezen botsen|je advies botst)/, /arbeidsconflict/i, /driegesprek/i, /second opinion/i, /deskundigenoordeel/i]) {
      expect(t, `${role}: ${part}`).toMatch(part);
    }
  });

  it('says where the pages for the bedrijfsarts and the casemanager are derived, since the research has no list for them', () => {
    for (const role of ['bedrijfsarts', 'casemanager'] as const) {
      expect(text(roles[ROLES.indexOf(role)]!), role).toMatch(/geen aparte gedragslijst[\s\S]{0,200}afgeleid/);
    }
  });

  it('quote the three good questions word for word', () => {
    const three = yamlList<{ id: string; text: string }>('questions.yaml')
      .filter((q) => q.id.startsWith('dgv-'))
      .map((q) => q.text);
    expect(three).toHaveLength(3);
    for (const p of [opening!, naasten.find((n) => n.id === 'voor-naasten/mee-naar-een-gesprek')!]) {
      for (const q of three) expect(p.body, p.id).toContain(q);
    }
  });
});
