/**
 * The content model, in plain Zod: one schema per collection, with a Dutch
 * label, a hint and a form widget on every field (`.meta()`), so the build,
 * the tests, the health report and a later editor read the same description.
 * Nothing here imports Astro: src/content.config.ts only attaches loaders to
 * these schemas (using COLLECTIONS for where the files live), and
 * src/model/read.ts parses the same files in plain Node.
 *
 * References to other entries are plain id strings with `ref` in their meta;
 * src/model/references.ts checks them in a separate pass over all entries.
 */
import { z } from 'zod';
import { AGE_RANGES, COMPONENT_KEYS, COMPONENTS_NEEDING_SOURCES, CONVERSATION_KEYS, EXPERIENCE_KEYS, LIVING_KEYS, NARRATOR_KEYS, OUTCOME_KEYS, STEP_KEYS, STORY_BASIS_KEYS } from '../data/vocab.ts';
import { PHASE_NUMBERS, type PhaseNumber } from '../data/site.ts';
import { MOMENTS } from '../data/timeline.ts';
import { EVIDENCE_SOURCE_KEYS } from '../data/evidence.ts';
import { CARD_VALUES } from '../i18n/nl/cards.ts';
import { LOCALE, type Locale } from './locale.ts';

/** Zod's own messages ("Te kort: …") in the site's language, for maintainers. */
const ZOD_LOCALES: Record<Locale, () => Parameters<typeof z.config>[0]> = { nl: z.locales.nl };
z.config(ZOD_LOCALES[LOCALE]());

/** Which form control an editor shows for a field. */
export type Widget =
  | 'text'
  | 'textarea'
  | 'select'
  | 'multiselect'
  | 'date'
  | 'number'
  | 'checkbox'
  | 'list'
  | 'reference'
  | 'references'
  | 'sources'
  | 'group'
  | 'groups';

/** What a maintainer sees next to a field: a Dutch label, a Dutch hint and the kind of control. */
export interface FieldMeta {
  label: string;
  help: string;
  widget: Widget;
  /** For reference fields: the collection whose ids are allowed. */
  ref?: CollectionName;
}

/** Attach the maintainer's description to a field. */
function field<T extends z.ZodType>(schema: T, meta: FieldMeta): T {
  return schema.meta({ ...meta });
}

/** The description of a field, or undefined when it has none. */
export function fieldMeta(schema: z.ZodType): FieldMeta | undefined {
  return schema.meta() as FieldMeta | undefined;
}

/** Names of all collections. */
export const COLLECTION_NAMES = ['pages', 'stories', 'themes', 'glossary', 'questions', 'phases', 'steps', 'cards', 'synonyms', 'bestBets', 'selfCheck', 'amounts'] as const;
export type CollectionName = (typeof COLLECTION_NAMES)[number];

/** An id of an entry in another collection; checked by src/model/references.ts. */
const id = (to: CollectionName) => z.string().min(1).meta({ ref: to });

/** One of the phases (src/data/site.ts). */
const phase = z.literal(PHASE_NUMBERS as [PhaseNumber, ...PhaseNumber[]]);
/** A non-empty list of phases without duplicates. */
const phaseList = z
  .array(phase)
  .min(1)
  .refine((list) => new Set(list).size === list.length, 'Noem elke fase maar één keer.');

const phasesField = (help: string) => field(phaseList, { label: 'Fases', help, widget: 'multiselect' });

/** A source a factual statement rests on. */
export const sourceSchema = z.object({
  title: field(z.string().min(3), { label: 'Titel', help: 'Titel van de pagina of het document, bij een wet met het artikel (“Burgerlijk Wetboek Boek 7, artikel 629”).', widget: 'text' }),
  publisher: field(z.string().min(2), { label: 'Uitgever', help: 'Wie het publiceert: UWV, Juridisch Loket, NVAB, de overheid (wetten.overheid.nl).', widget: 'text' }),
  url: field(z.url(), { label: 'Adres (URL)', help: 'Het openbare adres van de bron, beginnend met https://.', widget: 'text' }),
});

const reviewedField = (what: string) =>
  field(z.coerce.date(), {
    label: 'Laatst gecontroleerd',
    help: `Datum waarop je de feiten ${what} hebt nagekeken met de bron (jjjj-mm-dd). Het gezondheidsrapport meldt het als dit langer dan een jaar geleden is.`,
    widget: 'date',
  });

const momentIds = MOMENTS.map((m) => m.id) as [string, ...string[]];

/** Information pages of all three components and the general pages. The file path is the URL. */
export const pageSchema = z
  .object({
    title: field(z.string().min(3).max(65), { label: 'Titel', help: 'Een vraag of een gewone zin, korter dan 65 tekens. Dit is de kop van de pagina.', widget: 'text' }),
    summary: field(z.string().min(20).max(160), {
      label: 'In het kort',
      help: 'Het antwoord in één of twee zinnen, hoogstens 160 tekens. Staat bovenaan de pagina; herhaal het niet als eerste alinea.',
      widget: 'textarea',
    }),
    component: field(z.enum(COMPONENT_KEYS), { label: 'Onderdeel', help: 'Bij welk deel van de keuzehulp de pagina hoort. Samen beslissen en Regels en rollen hebben altijd bronnen nodig.', widget: 'select' }),
    phases: phasesField('Voor welke fases de pagina bedoeld is. Alleen fase 3 en 4: de pagina staat dan achter “verder vooruitkijken”.'),
    themes: field(z.array(id('themes')).default([]), { label: 'Thema’s', help: 'Thema’s uit themes.yaml; daarmee toont de pagina passende verhalen.', widget: 'references', ref: 'themes' }),
    sources: field(z.array(sourceSchema).default([]), {
      label: 'Bronnen',
      help: 'Waar de feiten op de pagina vandaan komen. Noem bij een regel het wetsartikel of een officiële pagina (UWV, Juridisch Loket, NVAB).',
      widget: 'sources',
    }),
    reviewed: reviewedField('op deze pagina'),
    order: field(z.number().int().default(100), { label: 'Volgorde', help: 'Plaats in lijsten: een lager getal komt eerder.', widget: 'number' }),
    navTitle: field(z.string().max(40).optional(), { label: 'Korte titel', help: 'Kortere titel voor het kruimelpad en kaarten (mag leeg blijven).', widget: 'text' }),
    noSearch: field(z.boolean().default(false), { label: 'Niet in zoeken', help: 'Aanvinken als de pagina niet in de zoekresultaten mag komen (zoals de 404-pagina).', widget: 'checkbox' }),
  })
  .superRefine((page, ctx) => {
    if (COMPONENTS_NEEDING_SOURCES.includes(page.component) && page.sources.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['sources'], message: `Pagina's van "${page.component}" moeten minstens één bron hebben.` });
    }
  });

/** Experience stories, composed by us from the research themes. */
export const storySchema = z.object({
  alias: field(z.string().min(2).max(20), { label: 'Naam', help: 'Een verzonnen voornaam.', widget: 'text' }),
  age: field(z.enum(AGE_RANGES), { label: 'Leeftijd', help: 'De leeftijdsgroep in de regel onder de naam.', widget: 'select' }),
  work: field(z.string().min(3).max(60), { label: 'Werk', help: 'Het soort werk in gewone woorden (“verpleegkundige in een ziekenhuis”).', widget: 'text' }),
  summary: field(z.string().min(20).max(160), { label: 'Waar gaat het over', help: 'Eén regel over het verhaal, hoogstens 160 tekens.', widget: 'textarea' }),
  quote: field(z.string().min(10).max(200), { label: 'Citaat', help: 'Een kort citaat uit het verhaal, voor het overzicht per thema.', widget: 'textarea' }),
  phases: phasesField('Over welke fases het verhaal gaat.'),
  themes: field(z.array(id('themes')).min(1), { label: 'Thema’s', help: 'Minstens één thema uit themes.yaml.', widget: 'references', ref: 'themes' }),
  outcome: field(z.enum(OUTCOME_KEYS), { label: 'Uitkomst', help: 'Waar de persoon aan het eind van het verhaal staat.', widget: 'select' }),
  experience: field(z.enum(EXPERIENCE_KEYS), { label: 'Ervaring', help: 'Vooral goed, gemengd of moeilijk. Elke fase heeft goede én moeilijke verhalen nodig.', widget: 'select' }),
  living: field(z.enum(LIVING_KEYS), { label: 'Woonsituatie', help: 'Met wie de persoon woont.', widget: 'select' }),
  composite: field(z.boolean(), { label: 'Samengesteld', help: 'Aan: door ons samengesteld, niet één echt persoon. Het verhaal zegt dat eerlijk.', widget: 'checkbox' }),
  basis: field(z.enum(STORY_BASIS_KEYS), {
    label: 'Basis',
    help: '“onderzoek”: gebouwd op wat werknemers vertelden in het onderzoek. “praktijk”: samengesteld uit de praktijk, over iets wat het onderzoek niet behandelde.',
    widget: 'select',
  }),
  narrator: field(z.enum(NARRATOR_KEYS).default('zelf'), { label: 'Verteller', help: '“zelf” of “naaste” (een partner of vriend vertelt).', widget: 'select' }),
  earlyReturn: field(z.boolean().default(false), { label: 'Vroeg deels terug', help: 'Aan als de persoon binnen maanden deels terug is, in kleine stappen met de bedrijfsarts.', widget: 'checkbox' }),
  helped: field(z.array(z.string().min(5)).min(1), { label: 'Wat hielp', help: 'Korte punten.', widget: 'list' }),
  couldBeBetter: field(z.array(z.string().min(5)).min(1), { label: 'Wat had anders gekund', help: 'Korte punten.', widget: 'list' }),
  learn: field(z.array(z.string().min(10)).default([]), {
    label: 'Wat kun je hiervan leren?',
    help: 'De feiten achter het verhaal in korte punten, zodat de verteller geen regels hoeft uit te leggen. Ze kloppen met het feitenblad.',
    widget: 'list',
  }),
  related: field(z.array(id('pages')).default([]), { label: 'Pagina’s', help: 'Informatiepagina’s waar het verhaal over gaat (ids uit content/pages).', widget: 'references', ref: 'pages' }),
});

/** Themes that tag pages and stories; the intro is shown on the stories overview. */
export const themeSchema = z.object({
  name: field(z.string().min(3).max(50), { label: 'Naam', help: 'De naam die lezers zien.', widget: 'text' }),
  intro: field(z.string().min(40), { label: 'Inleiding', help: 'Twee of drie zinnen over het thema, op het overzicht van de verhalen.', widget: 'textarea' }),
});

/** The glossary ("begrippenlijst"). Terms are explained automatically at first use on a page. */
export const glossarySchema = z.object({
  term: field(z.string().min(2), { label: 'Begrip', help: 'Het woord zoals lezers het zien.', widget: 'text' }),
  forms: field(z.array(z.string().min(2)).default([]), { label: 'Andere vormen', help: 'Andere spellingen of vormen die ook de uitleg krijgen, in kleine letters.', widget: 'list' }),
  short: field(z.string().min(15).max(200), { label: 'Korte uitleg', help: 'Eén zin op B1-niveau. Verschijnt bij het eerste gebruik van het woord op een pagina.', widget: 'textarea' }),
  long: field(z.string().min(40), { label: 'Lange uitleg', help: 'Een langere uitleg voor de begrippenlijst.', widget: 'textarea' }),
  related: field(z.array(id('pages')).default([]), { label: 'Meer lezen', help: 'Pagina’s met meer over dit begrip (ids uit content/pages).', widget: 'references', ref: 'pages' }),
});

/** The question bank for "Vragen voor je gesprek" and the worksheet. */
export const questionSchema = z.object({
  text: field(z.string().min(10).max(200), { label: 'Vraag', help: 'De vraag zoals de lezer hem stelt. Spreek de professional aan met “u”.', widget: 'textarea' }),
  conversation: field(z.enum(CONVERSATION_KEYS), { label: 'Gesprek', help: 'Bij welk soort gesprek de vraag past.', widget: 'select' }),
  phases: phasesField('In welke fases de vraag zinvol is.'),
  step: field(z.enum(STEP_KEYS), { label: 'Stap', help: 'Bij welke stap van Samen beslissen de vraag hoort.', widget: 'select' }),
  threeGood: field(z.boolean().default(false), { label: '3 goede vragen', help: 'Alleen aan voor de drie goede vragen.', widget: 'checkbox' }),
  first: field(z.array(phase).default([]), {
    label: 'Eerst tonen in fase',
    help: 'Fases waarin deze vraag bovenaan /vragen/ staat. Samen met de 3 goede vragen hoogstens 10 per fase.',
    widget: 'multiselect',
  }),
});

/** The phases; the body is the top of the phase hub (/fase/<slug>/, slug from src/data/site.ts). */
export const phaseSchema = z.object({
  number: field(phase, { label: 'Fase', help: 'Het nummer van de fase. Het adres staat in src/data/site.ts.', widget: 'select' }),
  name: field(z.string().min(3).max(40), { label: 'Naam', help: 'De naam in gewone woorden (“Net ziek gemeld”).', widget: 'text' }),
  description: field(z.string().min(20).max(160), { label: 'Beschrijving', help: 'Eén regel over hoe de fase voelt voor een lezer.', widget: 'textarea' }),
  weeks: field(z.string().min(3), { label: 'Periode', help: 'De periode in woorden. Schrijf weken als {week:id}, nooit als getal.', widget: 'text' }),
  card: field(z.string().min(40).max(260), { label: 'Kaarttekst', help: 'Twee zinnen voor de geprinte kaart van professionals.', widget: 'textarea' }),
  decide: field(z.array(id('pages')).default([]), { label: 'Wat kun je nu beslissen?', help: 'Beslispagina’s voor deze fase (ids uit content/pages).', widget: 'references', ref: 'pages' }),
  read: field(z.array(id('pages')).default([]), { label: 'Meer lezen', help: 'Een korte lijst pagina’s voor deze fase (ids uit content/pages).', widget: 'references', ref: 'pages' }),
});

/** Steps of "De weg in twee jaar" (the WVP journey), one page each. Week numbers come from the timeline. */
export const stepSchema = z.object({
  title: field(z.string().min(3).max(65), { label: 'Titel', help: 'De stap vanuit de lezer gezien, korter dan 65 tekens.', widget: 'text' }),
  summary: field(z.string().min(20).max(160), { label: 'In het kort', help: 'Eén of twee zinnen voor de fasepagina, hoogstens 160 tekens.', widget: 'textarea' }),
  moment: field(z.enum(momentIds).optional(), { label: 'Moment', help: 'Het moment uit de tijdlijn (src/data/timeline.ts) dat de week van de stap geeft.', widget: 'select' }),
  when: field(z.string().optional(), { label: 'Wanneer', help: 'Alleen als er geen moment is: wanneer, in woorden (weken als {week:id}).', widget: 'text' }),
  phase: field(phase, { label: 'Fase', help: 'De fase waarin de lezer deze stap tegenkomt.', widget: 'select' }),
  who: field(z.array(id('pages')).default([]), { label: 'Wie doet mee', help: 'Rollen: ids van pagina’s onder content/pages/regels-en-rollen/wie-doet-wat.', widget: 'references', ref: 'pages' }),
  conversation: field(z.enum(CONVERSATION_KEYS).optional(), { label: 'Gesprek', help: 'Het soort gesprek waarvan de vragen bij deze stap passen.', widget: 'select' }),
  order: field(z.number().int(), { label: 'Volgorde', help: 'Plaats op de weg in twee jaar.', widget: 'number' }),
  sources: field(z.array(sourceSchema).min(1), { label: 'Bronnen', help: 'Waar de feiten van deze stap vandaan komen; noem het wetsartikel of een officiële pagina.', widget: 'sources' }),
  reviewed: reviewedField('van deze stap'),
});

/**
 * What the research or the guidelines found: `text` in plain words, `certainty`
 * one sentence on how sure this is, `sources` where it comes from (keys of
 * EVIDENCE_SOURCES in src/data/evidence.ts).
 */
export const evidenceSchema = z.object({
  text: field(z.string().min(10).max(420), { label: 'Wat weten we?', help: 'Wat het onderzoek of de richtlijn vond, in gewone woorden. Weet niemand het, zeg dat dan.', widget: 'textarea' }),
  certainty: field(z.string().min(10).max(220), { label: 'Hoe zeker', help: 'Eén zin over hoe zeker dit is.', widget: 'textarea' }),
  sources: field(z.array(z.enum(EVIDENCE_SOURCE_KEYS)).min(1), { label: 'Bronnen', help: 'Sleutels uit src/data/evidence.ts (onderzoek, richtlijn).', widget: 'multiselect' }),
});

const cardRow = (label: string, help: string, max = 320) => field(z.string().min(10).max(max), { label, help, widget: 'textarea' });

export const cardOptionSchema = z.object({
  id: field(z.string().regex(/^[a-z0-9-]+$/), { label: 'Sleutel', help: 'Korte vaste sleutel, kleine letters met streepjes (“langzaam-opbouwen”). Verander hem niet meer.', widget: 'text' }),
  title: field(z.string().min(3).max(70), { label: 'Optie', help: 'De keuze in een paar woorden.', widget: 'text' }),
  practice: cardRow('Wat betekent het?', 'Wat het in de praktijk betekent.'),
  pros: cardRow('Wat is goed eraan?', 'Even concreet als de nadelen.'),
  cons: cardRow('Wat is lastig eraan?', 'Wat het kost of moeilijk maakt. Bij wachten: wat wachten kost.'),
  evidence: field(evidenceSchema, { label: 'Wat weten we?', help: 'Wat onderzoek of richtlijnen vonden over deze optie.', widget: 'group' }),
  money: cardRow('Geld en inkomen', 'Wat er in geld verschilt tussen de opties (jaar 2, {week:einde-loondoorbetaling}, WIA).', 420),
  wvp: cardRow('Wat betekent het voor je re-integratie?', 'Wat het betekent voor de regels van de Wet verbetering poortwachter.'),
  ifNot: cardRow('En als het niet lukt?', 'Wat er gebeurt als het niet lukt.'),
  decides: cardRow('Wie beslist uiteindelijk?', 'Werkgever, bedrijfsarts (adviseert) of UWV (oordeelt).'),
});

type CardValue = keyof typeof CARD_VALUES;

export const cardSchema = z.object({
  page: field(id('pages'), { label: 'Beslispagina', help: 'De pagina die deze kaart toont (id uit content/pages).', widget: 'reference', ref: 'pages' }),
  question: field(z.string().min(10).max(120), { label: 'Beslissing', help: 'De keuze, zoals de lezer hem zou vragen.', widget: 'text' }),
  options: field(
    z
      .array(cardOptionSchema)
      .min(2)
      .max(4)
      .refine((list) => new Set(list.map((o) => o.id)).size === list.length, 'Geef elke optie een eigen id.'),
    { label: 'Opties', help: 'Twee tot vier opties. Wachten (“nog even niet”) is er één als het echt een keuze is.', widget: 'groups' },
  ),
  values: field(
    z
      .array(z.enum(Object.keys(CARD_VALUES) as [CardValue, ...CardValue[]]))
      .min(3)
      .max(6)
      .refine((list) => new Set(list).size === list.length, 'Noem elke waarde één keer.'),
    { label: 'Wat vind jij het belangrijkst?', help: 'Drie tot zes waarden (sleutels van CARD_VALUES in src/i18n/nl/cards.ts).', widget: 'multiselect' },
  ),
  finding: field(evidenceSchema.optional(), { label: 'Wie beslist dit?', help: 'Mag leeg blijven: wat het onderzoek zag over wie dit beslist.', widget: 'group' }),
  reviewed: reviewedField('van deze kaart'),
});

/** Search synonyms: groups of words that mean the same to a reader (content/synonyms.yaml). */
export const synonymSchema = z.object({
  words: field(z.array(z.string().min(1)).min(2), { label: 'Woorden', help: 'Woorden in kleine letters die elkaar moeten vinden in het zoeken.', widget: 'list' }),
});

/** Search best bets (content/best-bets.yaml): for these words, these pages come first in search. */
export const bestBetSchema = z.object({
  words: field(z.array(z.string().min(2)).min(1), { label: 'Zoekwoorden', help: 'Woorden in kleine letters; een zoekopdracht met een van deze hele woorden toont de pagina’s eerst.', widget: 'list' }),
  pages: field(z.array(id('pages')).min(1).max(3), { label: 'Pagina’s eerst', help: 'Eén tot drie pagina’s, in deze volgorde (ids uit content/pages). Nooit een verhaal.', widget: 'references', ref: 'pages' }),
});

/**
 * Self-checks for professionals after a conversation (content/zelfcheck/<rol>.yaml; the file name is the
 * role and the URL part): the research's behaviour lists in our words, grouped by the steps of samen beslissen.
 * Shown at /voor-professionals/zelfcheck/<rol>/ as a printable A4 and a private form.
 */
export const selfCheckSchema = z.object({
  name: field(z.string().min(3).max(40), { label: 'Rol', help: 'De rol in een paar woorden (“Leidinggevende”), voor lijsten en het kruimelpad.', widget: 'text' }),
  title: field(z.string().min(3).max(65), { label: 'Titel', help: 'Titel van de pagina, korter dan 65 tekens.', widget: 'text' }),
  summary: field(z.string().min(20).max(160), { label: 'In het kort', help: 'Eén of twee zinnen onder de titel, hoogstens 160 tekens.', widget: 'textarea' }),
  basis: field(z.enum(['onderzoek', 'afgeleid']), { label: 'Herkomst', help: '“onderzoek”: de lijst uit het onderzoek zelf (bijlage 3 of 4); “afgeleid”: door ons afgeleid uit die lijsten en de richtlijnen (de pagina zegt dat).', widget: 'select' }),
  groups: field(
    z
      .array(
        z.object({
          step: z.enum(['basis', ...STEP_KEYS]),
          items: z.array(z.object({ id: z.string().regex(/^[a-z0-9-]+$/), text: z.string().min(10).max(140) })).min(1),
        }),
      )
      .min(4)
      .refine((groups) => new Set(groups.map((g) => g.step)).size === groups.length, 'Noem elke stap maar één keer.')
      .refine((groups) => {
        const ids = groups.flatMap((g) => g.items.map((i) => i.id));
        return new Set(ids).size === ids.length;
      }, 'Geef elk punt een eigen id.'),
    { label: 'Gedrag per stap', help: '“basis” (elk gesprek) en de stappen van samen beslissen, elke stap één keer. Punten als “Ik …”-zinnen; de id van een punt blijft gelijk (een bewaarde zelfcheck onthoudt ids).', widget: 'groups' },
  ),
  sources: field(z.array(sourceSchema).min(1), { label: 'Bronnen', help: 'Waar de lijst vandaan komt.', widget: 'sources' }),
  reviewed: reviewedField('van deze lijst'),
  order: field(z.number().int().default(100), { label: 'Volgorde', help: 'Plaats in lijsten; lager komt eerst.', widget: 'number' }),
});

/** A calendar date as text (jjjj-mm-dd); a YAML reader that makes a Date of it gets the same text back. */
const isoDay = z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), z.iso.date());

/**
 * Dated money figures (content/bedragen.yaml), read by src/data/amounts.ts for
 * <Bedrag id> and the WGA wijzer. A euro amount always has an end date, so the
 * build stops once it is outdated; a statutory percentage may have none (null).
 */
export const amountSchema = z
  .object({
    label: field(z.string().min(3), { label: 'Omschrijving', help: 'Wat het bedrag is, voor de redactie (lezers zien dit niet).', widget: 'text' }),
    kind: field(z.enum(['euro', 'percent']), { label: 'Soort', help: '“euro”: een bedrag in euro’s, altijd met een einddatum. “percent”: een percentage uit de wet.', widget: 'select' }),
    value: field(z.number().positive(), { label: 'Waarde', help: 'Het getal met een punt voor decimalen (304.25). De site toont het op zijn Nederlands (€ 304,25).', widget: 'number' }),
    unit: field(z.string().min(3).optional(), { label: 'Eenheid', help: 'Alleen bij euro’s: wat achter het bedrag staat (“per dag”, “per jaar”).', widget: 'text' }),
    validFrom: field(isoDay, { label: 'Geldig vanaf', help: 'De eerste dag waarop het bedrag geldt (jjjj-mm-dd).', widget: 'date' }),
    validUntil: field(isoDay.nullable().default(null), {
      label: 'Geldig tot en met',
      help: 'De laatste dag waarop het bedrag geldt. Verplicht bij euro’s: de dag erna stoppen de build en npm test tot iemand het bedrag vernieuwt. Leeg bij een percentage uit de wet.',
      widget: 'date',
    }),
    rule: field(z.string().min(4), { label: 'Regel', help: 'Het wetsartikel of de regel achter het bedrag, en waar je het nagekeken hebt (“WIA art. 61 lid 1”).', widget: 'text' }),
    source: field(z.object({ title: z.string().min(3), url: z.url() }), { label: 'Bron', help: 'In YAML: title (de wet of de pagina) en url (https://…). Liefst wetten.overheid.nl of UWV.', widget: 'group' }),
  })
  .superRefine((a, ctx) => {
    if (a.kind === 'euro' && a.validUntil === null) ctx.addIssue({ code: 'custom', path: ['validUntil'], message: 'Een bedrag in euro’s heeft altijd een einddatum.' });
    if (a.validUntil !== null && a.validUntil <= a.validFrom) ctx.addIssue({ code: 'custom', path: ['validUntil'], message: 'De einddatum moet na de begindatum liggen.' });
    if (!a.source.url.startsWith('https://')) ctx.addIssue({ code: 'custom', path: ['source', 'url'], message: 'Het adres van de bron begint met https://.' });
  });

/**
 * Where each collection lives under the content folder and how it is stored:
 * `mdx` and `yamls` are one file per entry (the id is the path without the
 * extension, and without a trailing /index), `yaml` is one file with a list of
 * entries that carry an `id`; synonyms are a plain list of word groups.
 */
export type Storage = { kind: 'mdx'; dir: string; pattern: string } | { kind: 'yamls'; dir: string; pattern: string } | { kind: 'yaml'; file: string } | { kind: 'wordGroups'; file: string };

export const COLLECTIONS = {
  pages: { label: 'Pagina’s', schema: pageSchema, storage: { kind: 'mdx', dir: 'pages', pattern: '**/*.mdx' } },
  stories: { label: 'Verhalen', schema: storySchema, storage: { kind: 'mdx', dir: 'stories', pattern: '**/*.mdx' } },
  themes: { label: 'Thema’s', schema: themeSchema, storage: { kind: 'yaml', file: 'themes.yaml' } },
  glossary: { label: 'Begrippen', schema: glossarySchema, storage: { kind: 'yaml', file: 'glossary.yaml' } },
  questions: { label: 'Vragen', schema: questionSchema, storage: { kind: 'yaml', file: 'questions.yaml' } },
  phases: { label: 'Fases', schema: phaseSchema, storage: { kind: 'mdx', dir: 'phases', pattern: '*.mdx' } },
  steps: { label: 'Stappen', schema: stepSchema, storage: { kind: 'mdx', dir: 'steps', pattern: '*.mdx' } },
  cards: { label: 'Keuzekaarten', schema: cardSchema, storage: { kind: 'yamls', dir: 'keuzekaarten', pattern: '*.yaml' } },
  synonyms: { label: 'Synoniemen', schema: synonymSchema, storage: { kind: 'wordGroups', file: 'synonyms.yaml' } },
  bestBets: { label: 'Beste antwoorden', schema: bestBetSchema, storage: { kind: 'yaml', file: 'best-bets.yaml' } },
  selfCheck: { label: 'Zelfchecks', schema: selfCheckSchema, storage: { kind: 'yamls', dir: 'zelfcheck', pattern: '*.yaml' } },
  amounts: { label: 'Bedragen', schema: amountSchema, storage: { kind: 'yaml', file: 'bedragen.yaml' } },
} as const satisfies Record<CollectionName, { label: string; schema: z.ZodType; storage: Storage }>;

/** Synonyms are stored as a plain list of word groups; each group gets the id "groep-<n>". */
export function wordGroupEntries(raw: unknown): { id: string; words: unknown }[] {
  return (Array.isArray(raw) ? raw : []).map((words, i) => ({ id: `groep-${i + 1}`, words }));
}

/** The parsed data of an entry of a collection. */
export type ContentData<C extends CollectionName> = z.output<(typeof COLLECTIONS)[C]['schema']>;

/** An entry as the site's helpers use it: its id and its parsed data (an Astro collection entry fits this shape). */
export interface ContentEntry<C extends CollectionName> {
  id: string;
  data: ContentData<C>;
}

export type PageData = ContentData<'pages'>;
export type StoryData = ContentData<'stories'>;
export type StepData = ContentData<'steps'>;
export type PhaseData = ContentData<'phases'>;
export type QuestionData = ContentData<'questions'>;
