/**
 * Attaches Astro's loaders to the content model. The schemas, with a Dutch
 * label and hint per field, live in src/model/schemas.ts (plain Zod, no Astro),
 * together with where each collection's files are (COLLECTIONS). References
 * are id strings, checked after loading by src/model/references.ts.
 *
 * A schema error fails `astro build` with Astro's message
 * "**collection → entry** frontmatter does not match collection schema" plus
 * the field name; tests/unit/schema-error.test.ts proves it on a broken fixture.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { COLLECTIONS, wordGroupEntries, type CollectionName, type Storage } from './model/schemas';
import { contentDir } from './model/read';

/** Content lives outside src/, one folder per language; tests point CONTENT_DIR at fixtures. */
const CONTENT_DIR = contentDir();

function loader(storage: Storage) {
  switch (storage.kind) {
    case 'mdx':
    case 'yamls':
      return glob({ base: `${CONTENT_DIR}/${storage.dir}`, pattern: storage.pattern });
    case 'yaml':
      return file(`${CONTENT_DIR}/${storage.file}`);
    case 'wordGroups':
      // A plain list of word groups; each group gets an id.
      return file(`${CONTENT_DIR}/${storage.file}`, { parser: (text) => wordGroupEntries(parseYaml(text)) as Record<string, unknown>[] });
  }
}

const { pages, stories, themes, glossary, questions, phases, steps, cards, synonyms, bestBets, selfCheck } = COLLECTIONS;

export const collections = {
  pages: defineCollection({ loader: loader(pages.storage), schema: pages.schema }),
  stories: defineCollection({ loader: loader(stories.storage), schema: stories.schema }),
  themes: defineCollection({ loader: loader(themes.storage), schema: themes.schema }),
  glossary: defineCollection({ loader: loader(glossary.storage), schema: glossary.schema }),
  questions: defineCollection({ loader: loader(questions.storage), schema: questions.schema }),
  phases: defineCollection({ loader: loader(phases.storage), schema: phases.schema }),
  steps: defineCollection({ loader: loader(steps.storage), schema: steps.schema }),
  cards: defineCollection({ loader: loader(cards.storage), schema: cards.schema }),
  synonyms: defineCollection({ loader: loader(synonyms.storage), schema: synonyms.schema }),
  bestBets: defineCollection({ loader: loader(bestBets.storage), schema: bestBets.schema }),
  selfCheck: defineCollection({ loader: loader(selfCheck.storage), schema: selfCheck.schema }),
} satisfies Record<Exclude<CollectionName, 'amounts'>, unknown>;
// Amounts (content/bedragen.yaml) are no Astro collection: src/data/amounts.ts reads them through the same schema.
