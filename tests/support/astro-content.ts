/**
 * A stand-in for Astro's virtual module `astro:content` in unit tests (the
 * unit project aliases it here, as Starlight's __tests__ mock it): the
 * collections are whatever a test gives setCollections(), so the code that
 * reads collections (src/lib/pages.ts, steps.ts, stories.ts, hub.ts) can be
 * tested without a build.
 */
type Entry = { id: string; data: Record<string, unknown>; collection?: string };

let collections: Record<string, Entry[]> = {};

export function setCollections(data: Record<string, Entry[]>): void {
  collections = data;
}

export async function getCollection(name: string, filter?: (e: Entry) => boolean): Promise<Entry[]> {
  const list = (collections[name] ?? []).map((e) => ({ ...e, collection: name }));
  return filter ? list.filter(filter) : list;
}

export async function getEntry(name: string, id: string): Promise<Entry | undefined> {
  return (await getCollection(name)).find((e) => e.id === id);
}

export async function render(): Promise<never> {
  throw new Error('render() is not available in unit tests');
}

export const reference = () => ({});
export const defineCollection = (c: unknown) => c;
