/**
 * Picks 1-3 stories that fit an information page: same phase and at least one
 * shared theme, best overlap first, and a good and a hard experience where
 * both exist (IPDAS: never only success stories). Without `themes` (a phase
 * hub) any theme will do and the phase alone decides.
 */
export interface StoryLike {
  id: string;
  phases: readonly number[];
  themes: readonly string[];
  experience: 'positief' | 'gemengd' | 'moeilijk';
}

export function relatedStories<T extends StoryLike>(
  stories: readonly T[],
  page: { phases: readonly number[]; themes?: readonly string[] },
  max = 3,
): T[] {
  const scored = stories
    .map((s) => ({
      s,
      themeHits: page.themes ? s.themes.filter((t) => page.themes!.includes(t)).length : 0,
      phaseHit: s.phases.some((p) => page.phases.includes(p)),
    }))
    .filter((x) => x.phaseHit && (page.themes === undefined || x.themeHits > 0))
    .sort((a, b) => b.themeHits - a.themeHits || a.s.id.localeCompare(b.s.id));

  const picked: T[] = [];
  const take = (pred: (s: T) => boolean) => {
    const hit = scored.find((x) => !picked.includes(x.s) && pred(x.s));
    if (hit && picked.length < max) picked.push(hit.s);
  };
  // One good and one hard experience first, then the best remaining match.
  take((s) => s.experience === 'positief');
  take((s) => s.experience === 'moeilijk');
  while (picked.length < max && scored.some((x) => !picked.includes(x.s))) take(() => true);
  return picked;
}
