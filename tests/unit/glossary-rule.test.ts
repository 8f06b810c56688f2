/**
 * The rule for glossary explanations (src/lib/glossary-rule.ts): common words
 * are never explained, nothing is explained on /hulp-nodig/ and
 * /voor-professionals/, and each term only at its first use on the page.
 * The finished-page pass (explainPageHtml) is tested with the real glossary.
 */
import { describe, expect, it } from 'vitest';
import { COMMON_TERMS, PAGES_WITHOUT_TERMS, PageTerms, explainableTerms, explainsTermsOn, isExplainedTerm } from '../../src/lib/glossary-rule';
import { explainPageHtml, siteMatchers } from '../../src/integrations/rehype-glossary';
import { loadGlossary } from '../../src/lib/glossary-data';
import { routes } from '../../src/lib/routes';

const glossary = loadGlossary();
const matchers = siteMatchers();

/** A built page with the given <main> content. */
const pageHtml = (main: string) =>
  `<!doctype html><html lang="nl"><head><title>x</title><script>const a = 'b' && "c";</script></head><body><header><p>De bedrijfsarts in de kop</p></header><main id="inhoud">${main}</main><footer>bedrijfsarts</footer></body></html>`;
const explained = (html: string) => [...html.matchAll(/class="term-btn" popovertarget="uitleg-([^"]+)"/g)].map((m) => m[1]!);

describe('the glossary rule', () => {
  it('lists werkgever, huisarts and leidinggevende as common words, and only ids the glossary has', () => {
    for (const id of ['werkgever', 'huisarts', 'leidinggevende']) expect(COMMON_TERMS.has(id)).toBe(true);
    const ids = new Set(glossary.map((t) => t.id));
    expect([...COMMON_TERMS].filter((id) => !ids.has(id))).toEqual([]);
  });

  it('never explains a common word, but does explain jargon', () => {
    expect(isExplainedTerm('werkgever')).toBe(false);
    expect(isExplainedTerm('poh-ggz')).toBe(true);
    expect(explainableTerms(glossary).map((t) => t.id)).not.toContain('huisarts');
    expect(matchers.map((m) => m.term.id).filter((id) => COMMON_TERMS.has(id))).toEqual([]);
    const html = explainPageHtml(
      pageHtml('<p data-terms>Je werkgever, je leidinggevende en je huisarts. Je huisartsen en werkgevers. De POH-GGZ en de psycholoog.</p>'),
      '/fase/1/',
      matchers,
    );
    expect(explained(html)).toEqual(['poh-ggz']);
  });

  it('explains nothing on /hulp-nodig/ and /voor-professionals/ (with its card sheets)', () => {
    expect(PAGES_WITHOUT_TERMS).toEqual([routes.help(), routes.professionals()]);
    for (const path of [routes.help(), routes.professionals(), routes.handoutSheet(), routes.handoutSheet(2), '/hulp-nodig', '/hulp-nodig/index.html', '/voor-professionals/?x=1']) {
      expect(explainsTermsOn(path), path).toBe(false);
      const html = explainPageHtml(pageHtml('<p data-terms>De bedrijfsarts en de POH-GGZ.</p>'), path, matchers);
      expect(explained(html), path).toEqual([]);
      expect(html, path).not.toContain('data-terms');
    }
    for (const path of ['/', routes.phase(1), routes.step('ziekmelding'), '/hulp-nodig-niet/']) expect(explainsTermsOn(path), path).toBe(true);
  });

  it('claims each term once per page', () => {
    const page = new PageTerms();
    expect(page.claim('bedrijfsarts')).toBe(true);
    expect(page.claim('bedrijfsarts')).toBe(false);
    expect(page.claim('uwv')).toBe(true);
    expect(new PageTerms().claim('bedrijfsarts')).toBe(true);
  });
});

describe('explainPageHtml (the pass over a finished page)', () => {
  it('explains a term once over the whole page, across separate parts', () => {
    const html = explainPageHtml(
      pageHtml(
        '<div class="prose"><p data-terms>Eerst de bedrijfsarts.</p></div><section data-terms><h2>De bedrijfsarts</h2><ul><li><a href="/x/">UWV</a>: de bedrijfsarts en UWV en het deskundigenoordeel.</li></ul></section>',
      ),
      '/fase/3/',
      matchers,
    );
    expect(explained(html)).toEqual(['bedrijfsarts', 'uwv', 'deskundigenoordeel']);
    expect(html.match(/id="uitleg-bedrijfsarts"/g)).toHaveLength(1);
  });

  it('explains the first use that can carry an explanation, never in a link, heading, hidden text or "verder vooruitkijken"', () => {
    const html = explainPageHtml(
      pageHtml(
        '<div data-terms><h2>Boventallig werken</h2><p><a href="/x/">boventallig</a></p><details class="later"><summary>Later</summary><p>Boventallig en de eerstejaarsevaluatie.</p></details><span hidden>boventallig</span><p>Je werkt boventallig.</p></div>',
      ),
      '/fase/3/',
      matchers,
    );
    expect(explained(html)).toEqual(['boventallig']);
    expect(html).toContain('Je werkt <span class="term"><button type="button" class="term-btn" popovertarget="uitleg-boventallig">boventallig');
  });

  it('explains nothing outside term regions, and leaves the page outside <main> as it was', () => {
    const page = pageHtml('<p>De bedrijfsarts zonder regio.</p><p data-terms>Hier wel: UWV.</p>');
    const html = explainPageHtml(page, '/over/', matchers);
    expect(explained(html)).toEqual(['uwv']);
    expect(html).not.toContain('data-terms');
    expect(html.slice(0, html.indexOf('<main'))).toBe(page.slice(0, page.indexOf('<main')));
    expect(html.slice(html.indexOf('</main>'))).toBe(page.slice(page.indexOf('</main>')));
  });

  it('changes only the explained text and the region marks, byte for byte', () => {
    const rest = '<svg viewBox="0 0 1 1"><path d="M0 0h1"/></svg><select><option value="">Alle</option></select><p class="x">Zo&#39;n dag.</p>';
    const html = explainPageHtml(pageHtml(`<p data-terms class="a">Collega&#39;s &amp; de bedrijfsarts, &quot;echt&quot;.</p>${rest}`), '/over/', matchers);
    expect(explained(html)).toEqual(['bedrijfsarts']);
    expect(html).toContain('<p class="a">Collega\'s &#x26; de <span class="term"><button type="button" class="term-btn" popovertarget="uitleg-bedrijfsarts">');
    // The comma after the term goes inside its wrapper (no line starts with it); the rest is as it was.
    expect(html).toContain(`</span>,</span> "echt".</p>${rest}</main>`);
  });

  it('returns a page without term regions unchanged', () => {
    const page = pageHtml('<p>De bedrijfsarts.</p>');
    expect(explainPageHtml(page, '/over/', matchers)).toBe(page);
  });
});
