/**
 * The content model. Every collection lives in the top-level `content/` folder
 * so editors never need to open `src/`. Each field has a one-line comment; the
 * README explains the same fields in Dutch-friendly terms for editors.
 *
 * A schema error fails `astro build` with Astro's message
 * "**collection → entry** frontmatter does not match collection schema" plus
 * the field name; tests/unit/schema-error.test.ts proves it on a broken fixture.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { AGE_RANGES, COMPONENT_KEYS, COMPONENTS_NEEDING_SOURCES, CONVERSATION_KEYS, EXPERIENCE_KEYS, LIVING_KEYS, NARRATOR_KEYS, OUTCOME_KEYS, STEP_KEYS, STORY_BASIS_KEYS } from './data/vocab';
import { PHASE_NUMBERS, type PhaseNumber } from './data/site';
import { MOMENTS } from './data/timeline';
import { EVIDENCE_SOURCE_KEYS } from './data/evidence';
import { CARD_VALUES } from './i18n/nl/cards';

/** Content lives outside src/; tests point CONTENT_DIR at fixtures. */
const CONTENT_DIR = process.env['CONTENT_DIR'] ?? './content';

/** One of the phases (src/data/site.ts). */
const phase = z.literal(PHASE_NUMBERS as [PhaseNumber, ...PhaseNumber[]]);
/** A non-empty list of phases without duplicates. */
const phaseList = z
  .array(phase)
  .min(1)
  .refine((list) => new Set(list).size === list.length, 'Noem elke fase maar één keer.');

/** A source a factual statement rests on. */
const source = z.object({
  /** Title of the page or document. */
  title: z.string().min(3),
  /** Who published it (UWV, Juridisch Loket, NVAB, ...). */
  publisher: z.string().min(2),
  /** Public address of the source. */
  url: z.url(),
});

const momentIds = MOMENTS.map((m) => m.id) as [string, ...string[]];

/** Information pages of all three components and the general pages. The file path is the URL. */
const pages = defineCollection({
  loader: glob({ base: `${CONTENT_DIR}/pages`, pattern: '**/*.mdx' }),
  schema: z
    .object({
      /** Page title, a question or plain statement; under 65 characters. */
      title: z.string().min(3).max(65),
      /** "In het kort": the answer in one or two sentences, at most 160 characters. */
      summary: z.string().min(20).max(160),
      /** Which component of the keuzehulp the page belongs to. */
      component: z.enum(COMPONENT_KEYS),
      /** The phases this page is meant for; pages only for later phases (3-4) sit behind "verder vooruitkijken" by default. */
      phases: phaseList,
      /** Themes (ids from content/themes.yaml), used to show related stories. */
      themes: z.array(reference('themes')).default([]),
      /** Sources for the facts on the page; required for samen-beslissen and regels-en-rollen. */
      sources: z.array(source).default([]),
      /** Date the content was last checked against its sources ("laatst gecontroleerd"). */
      reviewed: z.coerce.date(),
      /** Position among its siblings in lists; lower comes first. */
      order: z.number().int().default(100),
      /** Shorter title for navigation and cards (optional). */
      navTitle: z.string().max(40).optional(),
      /** Leave out of search results (for example the 404 page). */
      noSearch: z.boolean().default(false),
    })
    .superRefine((page, ctx) => {
      if (COMPONENTS_NEEDING_SOURCES.includes(page.component) && page.sources.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['sources'],
          message: `Pagina's van "${page.component}" moeten minstens één bron hebben.`,
        });
      }
    }),
});

/** Experience stories, composed by us from the research themes. */
const stories = defineCollection({
  loader: glob({ base: `${CONTENT_DIR}/stories`, pattern: '**/*.mdx' }),
  schema: z.object({
    /** Made-up first name. */
    alias: z.string().min(2).max(20),
    /** Age range shown in the profile line. */
    age: z.enum(AGE_RANGES),
    /** Kind of work, in everyday words ("verpleegkundige in een ziekenhuis"). */
    work: z.string().min(3).max(60),
    /** One line that says what the story is about, at most 160 characters. */
    summary: z.string().min(20).max(160),
    /** A short quote from the story, shown on the theme overview. */
    quote: z.string().min(10).max(200),
    /** Phases the story is about. */
    phases: phaseList,
    /** Themes (ids from content/themes.yaml), at least one. */
    themes: z.array(reference('themes')).min(1),
    /** Where the person is at the end of the story. */
    outcome: z.enum(OUTCOME_KEYS),
    /** Mostly a good, a mixed or a hard experience; the set must show all. */
    experience: z.enum(EXPERIENCE_KEYS),
    /** Who the person lives with (alone, with a partner, single parent, ...). */
    living: z.enum(LIVING_KEYS),
    /** True: composed by us, not one real person; the label on the story page says so, with its basis. */
    composite: z.boolean(),
    /** Where it comes from: "onderzoek" (what employees told in the research's interviews and questionnaire) or "praktijk" (composed from practice, on a topic the research did not cover). Shown as a label on the story and its card. */
    basis: z.enum(STORY_BASIS_KEYS),
    /** Who tells it: "zelf" (the person themself) or "naaste" (a partner or friend, about the person). */
    narrator: z.enum(NARRATOR_KEYS).default('zelf'),
    /** True: partly back at work within months, in small steps agreed with the bedrijfsarts (the common course, brief §10). */
    earlyReturn: z.boolean().default(false),
    /** "Wat hielp": short points. */
    helped: z.array(z.string().min(5)).min(1),
    /** "Wat had anders gekund": short points. */
    couldBeBetter: z.array(z.string().min(5)).min(1),
    /** "Wat kun je hiervan leren?": the facts behind the story in short points, so the narrator need not explain rules. */
    learn: z.array(z.string().min(10)).default([]),
    /** Information pages the story touches (ids from content/pages). */
    related: z.array(reference('pages')).default([]),
  }),
});

/** Themes that tag pages and stories; the intro is shown on the stories overview. */
const themes = defineCollection({
  loader: file(`${CONTENT_DIR}/themes.yaml`),
  schema: z.object({
    /** Name shown to readers. */
    name: z.string().min(3).max(50),
    /** Two or three sentences introducing the theme on the stories overview. */
    intro: z.string().min(40),
  }),
});

/** The glossary ("begrippenlijst"). Terms are explained automatically at first use on a page. */
const glossary = defineCollection({
  loader: file(`${CONTENT_DIR}/glossary.yaml`),
  schema: z.object({
    /** The term as readers see it. */
    term: z.string().min(2),
    /** Other spellings or forms that should also get the explanation (lower case). */
    forms: z.array(z.string().min(2)).default([]),
    /** One B1 sentence; shown at first use of the term on a page. */
    short: z.string().min(15).max(200),
    /** A longer explanation for the glossary page. */
    long: z.string().min(40),
    /** Pages with more about this term (ids from content/pages). */
    related: z.array(reference('pages')).default([]),
    /** True for terms of later phases (spoor 2, WIA): not explained by default on phase 1-2 hubs. */
    later: z.boolean().default(false),
  }),
});

/** The question bank for "Vragen voor je gesprek" and the worksheet. */
const questions = defineCollection({
  loader: file(`${CONTENT_DIR}/questions.yaml`),
  schema: z.object({
    /** The question as the reader would ask it, in the first person. */
    text: z.string().min(10).max(200),
    /** The kind of conversation it fits. */
    conversation: z.enum(CONVERSATION_KEYS),
    /** Phases in which the question makes sense. */
    phases: phaseList,
    /** The Samen-beslissen step it belongs to. */
    step: z.enum(STEP_KEYS),
    /** Part of the "3 goede vragen", rewritten for work. */
    threeGood: z.boolean().default(false),
    /** Phases whose readers see this question first on /vragen/, before the folded lists (with the 3 goede vragen at most 10 per phase). */
    first: z.array(phase).default([]),
  }),
});

/** The phases; the body is the top of the phase hub (/fase/<slug>/, slug from src/data/site.ts). */
const phases = defineCollection({
  loader: glob({ base: `${CONTENT_DIR}/phases`, pattern: '*.mdx' }),
  schema: z.object({
    /** Phase number (its URL and whether it is a "later" phase are set in src/data/site.ts). */
    number: phase,
    /** Name in human terms ("Net ziek gemeld"). */
    name: z.string().min(3).max(40),
    /** One line describing the phase as a reader feels it. */
    description: z.string().min(20).max(160),
    /** Rough WVP period in words; may use {week:id} placeholders. */
    weeks: z.string().min(3),
    /** Two sentences for the professional's printed card. */
    card: z.string().min(40).max(260),
    /** "Wat kun je nu beslissen?": decision pages for this phase (ids from content/pages). */
    decide: z.array(reference('pages')).default([]),
    /** "Meer lezen": a short, curated list of pages for this phase (ids from content/pages). */
    read: z.array(reference('pages')).default([]),
  }),
});

/** Steps of "De weg in twee jaar" (the WVP journey), one page each. Week numbers come from the timeline. */
const steps = defineCollection({
  loader: glob({ base: `${CONTENT_DIR}/steps`, pattern: '*.mdx' }),
  schema: z.object({
    /** Step title, from the reader's point of view. */
    title: z.string().min(3).max(65),
    /** One or two sentences shown on the phase hub, at most 160 characters. */
    summary: z.string().min(20).max(160),
    /** The timeline moment that gives the step its week (src/data/timeline.ts). */
    moment: z.enum(momentIds).optional(),
    /** Week label in words when there is no single moment (may use {week:id}). */
    when: z.string().optional(),
    /** The phase in which the reader meets this step. */
    phase,
    /** Who is involved (ids of role pages under content/pages/regels-en-rollen/wie-doet-wat). */
    who: z.array(reference('pages')).default([]),
    /** Conversation type whose questions fit this step. */
    conversation: z.enum(CONVERSATION_KEYS).optional(),
    /** Order on the journey. */
    order: z.number().int(),
    /** Sources for the facts in this step. */
    sources: z.array(source).min(1),
    /** Date the step was last checked against its sources ("laatst gecontroleerd"). */
    reviewed: z.coerce.date(),
  }),
});

/**
 * Decision cards ("keuzekaarten", Option Grid style): one file per decision in
 * content/keuzekaarten/. Every option answers the same questions, so the
 * options can be compared row by row. Shown on the decision page with
 * <Keuzekaart id="..." /> and offered to the worksheet.
 */
/**
 * What the research or the guidelines found: `text` in plain words, `certainty`
 * one sentence on how sure this is, `sources` where it comes from (keys of
 * EVIDENCE_SOURCES in src/data/evidence.ts; when nothing is known, the source
 * that looked and found nothing).
 */
const evidence = z.object({
  text: z.string().min(10).max(420),
  certainty: z.string().min(10).max(220),
  sources: z.array(z.enum(EVIDENCE_SOURCE_KEYS)).min(1),
});

const cardOption = z.object({
  /** Short stable key of the option, lower case with dashes ("langzaam-opbouwen"). */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The option in a few words. */
  title: z.string().min(3).max(70),
  /** What it means in practice. */
  practice: z.string().min(10).max(320),
  /** What is good about it (pros), as concrete as the cons. */
  pros: z.string().min(10).max(320),
  /** What is hard about it or what it costs (cons), as concrete as the pros. */
  cons: z.string().min(10).max(320),
  /**
   * What the research or the guidelines found about this option. Required for
   * every option: where nothing is known, the text says so.
   */
  evidence,
  /** Money and income: what differs between the options (year 2, week 104, WIA), the employee's own risks only. */
  money: z.string().min(10).max(420),
  /** What it means for your re-integration and the WVP rules. */
  wvp: z.string().min(10).max(320),
  /** What happens if it does not work out. */
  ifNot: z.string().min(10).max(320),
  /** Who decides in the end. */
  decides: z.string().min(10).max(320),
});

const cards = defineCollection({
  loader: glob({ base: `${CONTENT_DIR}/keuzekaarten`, pattern: '*.yaml' }),
  schema: z.object({
    /** The decision page that shows this card (id from content/pages). */
    page: reference('pages'),
    /** The decision, as the reader would ask it. */
    question: z.string().min(10).max(120),
    /** Two to four options; waiting ("nog even niet") is one where it is a real option. */
    options: z
      .array(cardOption)
      .min(2)
      .max(4)
      .refine((list) => new Set(list.map((o) => o.id)).size === list.length, 'Geef elke optie een eigen id.'),
    /** The values offered under "Wat vind jij het belangrijkst?" for this decision (keys of CARD_VALUES). */
    values: z
      .array(z.enum(Object.keys(CARD_VALUES) as [keyof typeof CARD_VALUES, ...(keyof typeof CARD_VALUES)[]]))
      .min(3)
      .max(6)
      .refine((list) => new Set(list).size === list.length, 'Noem elke waarde één keer.'),
    /** Optional: what the research found about who decides this, shown once above the options. */
    finding: evidence.optional(),
    /** Date the card was last checked against the page's sources. */
    reviewed: z.coerce.date(),
  }),
});

/** Search synonyms: groups of words that mean the same to a reader (content/synonyms.yaml). */
const synonyms = defineCollection({
  loader: file(`${CONTENT_DIR}/synonyms.yaml`, {
    // The file is a plain list of word groups; give each group an id.
    parser: (text) => (parseYaml(text) as string[][]).map((words, i) => ({ id: `groep-${i + 1}`, words })),
  }),
  schema: z.object({
    /** Words and phrases, lower case, that should find each other. */
    words: z.array(z.string().min(1)).min(2),
  }),
});

/**
 * Search best bets (content/best-bets.yaml): for these words, these pages come
 * first in search, above everything else (GOV.UK's "best bets" for top tasks).
 */
const bestBets = defineCollection({
  loader: file(`${CONTENT_DIR}/best-bets.yaml`),
  schema: z.object({
    /** Words and phrases, lower case, that a search must contain (as whole words) to show these pages first. */
    words: z.array(z.string().min(2)).min(1),
    /** One to three pages to show first, in this order (ids from content/pages). */
    pages: z.array(reference('pages')).min(1).max(3),
  }),
});

/**
 * Self-checks for professionals after a conversation (content/zelfcheck/<rol>.yaml, the file name is the
 * role and the URL part): the research's behaviour lists in our words, grouped by the steps of samen beslissen.
 * Shown at /voor-professionals/zelfcheck/<rol>/ as a printable A4 and a private form.
 */
const selfCheck = defineCollection({
  loader: glob({ base: `${CONTENT_DIR}/zelfcheck`, pattern: '*.yaml' }),
  schema: z.object({
    /** The role in a few words ("Leidinggevende"), for lists and the breadcrumb. */
    name: z.string().min(3).max(40),
    /** Page title; under 65 characters. */
    title: z.string().min(3).max(65),
    /** One or two sentences under the title, at most 160 characters. */
    summary: z.string().min(20).max(160),
    /** "onderzoek": the research's own list (appendix 3 or 4); "afgeleid": derived by us from those lists and the guidelines (the page says so). */
    basis: z.enum(['onderzoek', 'afgeleid']),
    /** Behaviours per step: "basis" (every conversation) and the steps of samen beslissen, each step at most once. */
    groups: z
      .array(
        z.object({
          /** "basis" or a step key (src/data/vocab.ts STEP_KEYS). */
          step: z.enum(['basis', ...STEP_KEYS]),
          /** What the professional did, as "Ik ..." sentences; `id` is stable (a saved self-check remembers ids). */
          items: z.array(z.object({ id: z.string().regex(/^[a-z0-9-]+$/), text: z.string().min(10).max(140) })).min(1),
        }),
      )
      .min(4)
      .refine((groups) => new Set(groups.map((g) => g.step)).size === groups.length, 'Noem elke stap maar één keer.')
      .refine((groups) => {
        const ids = groups.flatMap((g) => g.items.map((i) => i.id));
        return new Set(ids).size === ids.length;
      }, 'Geef elk punt een eigen id.'),
    /** Where the list comes from. */
    sources: z.array(source).min(1),
    /** Date the list was last checked against its sources. */
    reviewed: z.coerce.date(),
    /** Position in lists; lower comes first. */
    order: z.number().int().default(100),
  }),
});

export const collections = { pages, stories, themes, glossary, questions, phases, steps, synonyms, cards, bestBets, selfCheck };
