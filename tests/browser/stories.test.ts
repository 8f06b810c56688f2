/** Stories overview: two views, filtering with JavaScript, complete without it; information pages show related stories. */
import { describe, expect, it } from 'vitest';
import { baseUrl, PHONE, useBrowser } from '../support/browser';
import { collection } from '../support/content-files';

/** Later topics, as in phases.test.ts: not visible to a phase 1-2 reader before "verder vooruitkijken". */
const LATER_TERMS = /spoor 2|tweede spoor|loonsanctie|\bWIA\b|\bIVA\b|\bWGA\b|ontslag|uit dienst/i;

const stories = collection('stories');
/** Stories about later topics (as src/lib/stories.ts isLaterStory): only phases 3-4, or ending in spoor 2 or WIA. */
const isLater = (s: (typeof stories)[number]) =>
  (s.data['phases'] as number[]).every((p) => p >= 3) || ['spoor-2', 'uit-dienst-wia'].includes(String(s.data['outcome']));
const later = stories.filter(isLater);
const chrome = useBrowser();

describe('stories overview', () => {
  it('filtering by phase shows only stories of that phase, and says how many', async () => {
    const { page, context } = await chrome.open({ viewport: PHONE });
    await page.goto(`${baseUrl()}/ervaringen/`);
    const cards = page.locator('[data-story-list] > li');
    expect(await cards.count()).toBe(stories.length);
    await page.getByLabel('Fase', { exact: true }).selectOption('1');
    const visible = page.locator('[data-story-list] > li:not([hidden])');
    const expected = stories.filter((s) => (s.data['phases'] as number[]).includes(1)).length;
    expect(await visible.count()).toBe(expected);
    for (const phases of await visible.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['phases']))) {
      expect(phases?.split(' ')).toContain('1');
    }
    await expect(page.locator('[data-filter-count]').textContent()).resolves.toBe(`${expected} van de ${stories.length} verhalen`);
    // Combined with an outcome that phase-1 stories do not have: a kind message.
    await page.getByLabel('Hoe het afliep').selectOption('spoor-2');
    expect(await visible.count()).toBe(0);
    await expect(page.locator('[data-filter-count]').textContent()).resolves.toMatch(/Geen verhalen/);
    await page.getByRole('button', { name: 'Filters wissen' }).click();
    // The form's reset applies the filter in the next task: wait for that (a signal, not a time limit).
    await page.waitForFunction((n) => document.querySelectorAll('[data-story-list] > li:not([hidden])').length === n, stories.length);
    expect(await visible.count()).toBe(stories.length);
    await context.close();
  });

  it('without JavaScript lists every story in both views, later stories folded, with no filter form', async () => {
    const { page, context } = await chrome.open({ viewport: PHONE, javaScriptEnabled: false });
    await page.goto(`${baseUrl()}/ervaringen/`);
    expect(await page.locator('[data-story-list] > li').count()).toBe(stories.length);
    expect(await page.locator('[data-story-list] > li:visible').count()).toBe(stories.length - later.length);
    await page.locator('#per-persoon ~ details.later summary').click();
    expect(await page.locator('[data-story-list] > li:visible').count()).toBe(stories.length);
    await expect(page.locator('[data-story-filter]').isVisible()).resolves.toBe(false);
    expect(await page.locator('#per-thema ~ ul a[href^="/ervaringen/thema/"]').count()).toBeGreaterThan(5);
    await page.getByRole('link', { name: /Per persoon/ }).click();
    expect(page.url()).toMatch(/#per-persoon$/);
    await context.close();
  });

  it('per person: summaries about spoor 2, the WIA or leaving only behind "verder vooruitkijken", opened by a later filter', async () => {
    expect(later.length).toBeGreaterThan(0);
    const { page, context } = await chrome.open({ viewport: PHONE });
    await page.goto(`${baseUrl()}/ervaringen/`);
    const section = page.locator('section[aria-labelledby="per-persoon"]');
    // The cards in the open list (the filter's own option names aside) name no later topic.
    expect((await section.locator('[data-story-list]').first().innerText()).match(LATER_TERMS), 'zichtbaar zonder vooruitkijken').toBeNull();
    const fold = section.locator('details.later', { hasText: 'Verder vooruitkijken' });
    await expect(fold.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
    // An earlier phase chosen in the filter leaves the fold closed; a later phase opens it.
    await page.getByLabel('Fase', { exact: true }).selectOption('2');
    await expect(fold.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
    await page.getByLabel('Fase', { exact: true }).selectOption('3');
    // The filter runs on the change event that selectOption dispatches: the fold is open when it returns.
    await expect(fold.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(true);
    expect(await fold.locator('[data-story-list]').innerText()).toMatch(LATER_TERMS);
    await context.close();
  });

  it('every card and story page says whether the story comes from the research or from practice', async () => {
    const { page, context } = await chrome.open({ viewport: PHONE, javaScriptEnabled: false });
    await page.goto(`${baseUrl()}/ervaringen/`);
    const profiles = await page.locator('[data-story-list] > li').allTextContents();
    expect(profiles.length).toBe(stories.length);
    for (const text of profiles) expect(text).toMatch(/Uit het onderzoek|Uit de praktijk/);
    for (const basis of ['onderzoek', 'praktijk']) {
      const s = stories.find((x) => x.data['basis'] === basis)!;
      await page.goto(`${baseUrl()}/ervaringen/${s.id}/`);
      await expect(page.locator(`article header .box[data-story-basis="${basis}"]`).textContent()).resolves.toContain(basis === 'onderzoek' ? 'Uit het onderzoek' : 'Uit de praktijk');
    }
    await context.close();
  });

  it('a theme page quotes several people, with quotes about spoor 2 and the WIA behind the later fold', async () => {
    const { page, context } = await chrome.open({ viewport: PHONE, javaScriptEnabled: false });
    await page.goto(`${baseUrl()}/ervaringen/thema/meebeslissen/`);
    const open = page.locator('article > ul blockquote');
    expect(await open.count()).toBeGreaterThanOrEqual(3);
    for (const text of await open.allTextContents()) expect(text).not.toMatch(/spoor 2|\bWIA\b/i);
    const later = page.locator('details.later blockquote');
    expect(await later.count()).toBeGreaterThan(0);
    await expect(later.first().isVisible()).resolves.toBe(false);
    await context.close();
  });

  it('a story shows its profile, the composed-story label, what helped and what could be better', async () => {
    const { page, context } = await chrome.open({ viewport: PHONE });
    const s = stories[0]!;
    await page.goto(`${baseUrl()}/ervaringen/${s.id}/`);
    await expect(page.locator('h1').textContent()).resolves.toContain(String(s.data['alias']));
    await expect(page.locator('article header .box').textContent()).resolves.toMatch(/Wij schreven dit verhaal|samengesteld uit situaties/);
    await expect(page.getByRole('heading', { name: 'Wat hielp' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('heading', { name: 'Wat had anders gekund' }).isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('information pages show one to three related stories', async () => {
    const { page, context } = await chrome.open({ viewport: PHONE });
    await page.goto(`${baseUrl()}/samen-beslissen/iemand-meenemen/`);
    const related = page.locator('.related-stories li');
    const n = await related.count();
    expect(n).toBeGreaterThanOrEqual(1);
    expect(n).toBeLessThanOrEqual(3);
    await context.close();
  });
});
