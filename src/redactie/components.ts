/**
 * The site's own MDX components (src/components/mdx/index.ts) as the editor
 * describes them to maintainers: a Dutch name and hint per component and per
 * prop, the allowed values where there is a fixed list, a snippet maker for
 * the "Onderdeel invoegen" forms, and the check a body must pass before it is
 * saved (unknown components, missing props, unknown ids, unbalanced tags).
 */
import { HELP_LINKS, HELP_VALUES } from '../data/help.ts';
import { DURATIONS, MOMENTS } from '../data/timeline.ts';
import { readFileSync } from 'node:fs';
import { listEntries } from './store.ts';

/** The names the site registers for MDX (src/components/mdx/index.ts), read as text: that file imports .astro files. */
export function mdxComponentNames(): string[] {
  const source = readFileSync(new URL('../components/mdx/index.ts', import.meta.url), 'utf8');
  const list = /export const mdxComponents = \{([^}]*)\}/.exec(source)?.[1] ?? '';
  return list.split(',').map((n) => n.trim()).filter(Boolean);
}

export interface PropSpec {
  name: string;
  label: string;
  help: string;
  required: boolean;
  /** Where the allowed values come from; none for free text. */
  values?: 'moments' | 'durations' | 'amounts' | 'cards' | 'help' | 'phases';
  /** A list of short texts (written as good={["…", "…"]}). */
  list?: boolean;
  /** On or off, written as the bare name (<ShareWithRelative here />); the form offers "ja" or leeg. */
  flag?: boolean;
}

export interface ComponentSpec {
  name: string;
  label: string;
  help: string;
  props: PropSpec[];
  /** Has text inside (<Note>…</Note>); otherwise self-closing. */
  children: boolean;
  /** Only inside this component. */
  inside?: string;
}

const prop = (name: string, label: string, help: string, extra: Partial<PropSpec> = {}): PropSpec => ({ name, label, help, required: true, ...extra });

/** Every component maintainers may use, in the order the editor lists them. */
export const COMPONENT_SPECS: ComponentSpec[] = [
  {
    name: 'Later',
    label: 'Verder vooruitkijken',
    help: 'Een dichtgeklapt blok voor onderwerpen van later (spoor 2, loonsanctie, WIA, ontslag). Lezers openen het zelf.',
    children: true,
    props: [
      prop('title', 'Kop van het blok', 'Een vraag van de lezer, zoals “Wat gebeurt er na twee jaar?”.'),
      prop('fromPhase', 'Vanzelf open vanaf', 'Mag leeg blijven: vanaf welke fase het blok vanzelf open staat.', { required: false, values: 'phases' }),
    ],
  },
  {
    name: 'Note',
    label: 'Goed om te weten',
    help: 'Een rustig, gekleurd blok met een korte aanvulling.',
    children: true,
    props: [prop('title', 'Kop', 'Mag leeg blijven; dan staat er “Goed om te weten”.', { required: false })],
  },
  {
    name: 'ShareWithRelative',
    label: 'Stuur door naar een naaste',
    help: 'Het blok “Stuur dit naar iemand die je steunt”: de link naar /voor-naasten/, een QR-code en een deelknop. Zet het aan het eind van een pagina.',
    children: false,
    props: [prop('here', 'Op /voor-naasten/ zelf', 'Vul “ja” in alleen op de pagina /voor-naasten/: dan past de kop bij iedereen die daar leest.', { required: false, flag: true })],
  },
  {
    name: 'Week',
    label: 'Weeknummer',
    help: 'Het weeknummer van een moment uit de tijdlijn (“week 6”). Typ nooit zelf een weeknummer.',
    children: false,
    props: [prop('m', 'Punt op de tijdlijn', 'Kies het moment; de site zet er het juiste weeknummer bij.', { values: 'moments' })],
  },
  {
    name: 'When',
    label: 'Uiterlijk in week …',
    help: 'Wanneer een moment valt, in woorden (“uiterlijk in week 6”).',
    children: false,
    props: [prop('m', 'Punt op de tijdlijn', 'Kies het moment; de site zet er het juiste weeknummer bij.', { values: 'moments' })],
  },
  {
    name: 'Weeks',
    label: 'Aantal weken',
    help: 'Een termijn in weken (“6 weken”), uit de tijdlijn.',
    children: false,
    props: [prop('d', 'Termijn uit de tijdlijn', 'Kies de termijn; de site zet er het juiste aantal weken bij.', { values: 'durations' })],
  },
  {
    name: 'Bedrag',
    label: 'Bedrag of percentage',
    help: 'Een bedrag of percentage uit bedragen.yaml (“€ 304,25 per dag”, “75%”). Typ nooit zelf een bedrag.',
    children: false,
    props: [prop('id', 'Welk bedrag', 'Het bedrag uit bedragen.yaml.', { values: 'amounts' })],
  },
  {
    name: 'Hulpnummer',
    label: 'Hulpnummer',
    help: 'Een hulpnummer als link om te bellen. Typ nooit zelf een hulpnummer: dan staat het nummer op één plek.',
    children: false,
    props: [prop('soort', 'Welk nummer', `Leeg: ${HELP_VALUES.kort}. “gratis”: ${HELP_VALUES.gratis}, “alarm”: ${HELP_VALUES.alarm}, “site”: de link naar ${HELP_VALUES.site}, “naam”: ${HELP_VALUES.kort} als naam zonder link, “luisterlijn”: De Luisterlijn.`, { required: false, values: 'help' })],
  },
  {
    name: 'Keuzekaart',
    label: 'Keuzekaart',
    help: 'De keuzekaart van een beslispagina, uit content/keuzekaarten.',
    children: false,
    props: [prop('id', 'Welke keuzekaart', 'De kaart (de bestandsnaam zonder .yaml).', { values: 'cards' })],
  },
  {
    name: 'Options',
    label: 'Opties naast elkaar',
    help: 'Een voorbeeld met opties naast elkaar. Zet er Optie-onderdelen in. Echte beslissingen krijgen een keuzekaart.',
    children: true,
    props: [],
  },
  {
    name: 'Option',
    label: 'Optie',
    help: 'Eén optie binnen “Opties naast elkaar”, met evenveel goede als lastige punten.',
    children: false,
    inside: 'Options',
    props: [
      prop('title', 'Optie', 'De optie in een paar woorden.'),
      prop('good', 'Goed eraan', 'Eén punt per regel.', { list: true }),
      prop('bad', 'Lastig eraan', 'Eén punt per regel.', { list: true }),
    ],
  },
  { name: 'HelpForOthers', label: 'Hulp voor iemand anders', help: `Het advies van ${HELP_VALUES.kort} als je je zorgen maakt om een ander, met belknoppen.`, children: false, props: [] },
  { name: 'Contact', label: 'Contactadres', help: 'Het mailadres van de site als link.', children: false, props: [] },
];

/** The allowed values of a prop, for the content folder `dir`. */
export function allowedValues(spec: PropSpec, dir: string): string[] | null {
  switch (spec.values) {
    case 'moments':
      return MOMENTS.map((m) => m.id);
    case 'durations':
      return Object.keys(DURATIONS);
    case 'amounts':
      return listEntries(dir, 'amounts');
    case 'cards':
      return listEntries(dir, 'cards');
    case 'help':
      return [...Object.keys(HELP_LINKS), 'naam'];
    case 'phases':
      return ['1', '2', '3', '4'];
    default:
      return null;
  }
}

const WHERE: Record<NonNullable<PropSpec['values']>, string> = {
  moments: 'de tijdlijn (src/data/timeline.ts)',
  durations: 'de termijnen in de tijdlijn (DURATIONS in src/data/timeline.ts)',
  amounts: 'bedragen.yaml',
  cards: 'content/keuzekaarten',
  help: 'de hulpnummers',
  phases: 'de fases',
};

const attr = (v: string) => v.replace(/"/g, '”');

/** The MDX text of a component with the values of its form (props named as in COMPONENT_SPECS). */
export function snippet(spec: ComponentSpec, values: Record<string, string>, inner = ''): string {
  const parts = spec.props.flatMap((p) => {
    const v = (values[p.name] ?? '').trim();
    if (v === '') return [];
    if (p.list) {
      const items = v.split('\n').map((l) => l.trim()).filter(Boolean);
      return [`${p.name}={[${items.map((i) => JSON.stringify(i)).join(', ')}]}`];
    }
    if (p.values === 'phases') return [`${p.name}={${Number(v)}}`];
    if (p.flag) return [p.name];
    return [`${p.name}="${attr(v)}"`];
  });
  const open = `<${spec.name}${parts.length ? ` ${parts.join(' ')}` : ''}`;
  return spec.children ? `${open}>\n${inner.trim() || '…'}\n</${spec.name}>` : `${open} />`;
}

export interface BodyProblem {
  line: number;
  component: string;
  message: string;
}

/** Code blocks and inline code are not MDX: blank them out, keeping every line break (so line numbers stay right). */
function withoutCode(body: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return body.replace(/^(```|~~~)[\s\S]*?^\1[^\n]*$/gm, blank).replace(/`[^`\n]*`/g, blank);
}

const TAG = /<(\/?)([A-Z][A-Za-z0-9]*)((?:[^<>"'{}]|"[^"]*"|'[^']*'|\{(?:[^{}]|\{[^{}]*\})*\})*?)(\/?)>/g;
const ATTR = /([A-Za-z][A-Za-z0-9]*)(?:=("[^"]*"|'[^']*'|\{(?:[^{}]|\{[^{}]*\})*\}))?/g;
const PLACEHOLDER = /\{(week|when|weken|hulp):([^}\s]*)\}/g;

/**
 * Check an MDX body before it is saved. Returns Dutch problems naming the
 * component and the line; an empty list means the body may be written.
 */
export function checkBody(body: string, dir: string, known: readonly string[] = mdxComponentNames()): BodyProblem[] {
  const text = withoutCode(body);
  const lineAt = (i: number) => text.slice(0, i).split('\n').length;
  const problems: BodyProblem[] = [];
  const open: { name: string; line: number }[] = [];
  for (const m of text.matchAll(TAG)) {
    const [, closing, name, attrs, selfClosing] = m as unknown as [string, string, string, string, string];
    const line = lineAt(m.index);
    const spec = COMPONENT_SPECS.find((s) => s.name === name);
    if (!spec || !known.includes(name)) {
      if (!closing) problems.push({ line, component: name, message: `Regel ${line}: het onderdeel <${name}> bestaat niet op deze site. Kies een onderdeel uit de lijst “Onderdeel invoegen”.` });
      continue;
    }
    if (closing) {
      const top = open.at(-1);
      const at = open.map((o) => o.name).lastIndexOf(name);
      if (top?.name === name) open.pop();
      else if (!top || at < 0) problems.push({ line, component: name, message: `Regel ${line}: </${name}> sluit een <${name}> die niet geopend is.` });
      else {
        problems.push({ line, component: name, message: `Regel ${line}: </${name}> sluit, maar <${top.name}> van regel ${top.line} is nog open. Sluit eerst </${top.name}>.` });
        open.splice(at, 1);
      }
      continue;
    }
    const given = new Map<string, string | null>();
    for (const a of attrs.matchAll(ATTR)) given.set(a[1]!, a[2] ?? null);
    for (const [p] of given) {
      if (!spec.props.some((s) => s.name === p)) problems.push({ line, component: name, message: `Regel ${line}: <${name}> kent de eigenschap “${p}” niet.${spec.props.length ? ` Wel: ${spec.props.map((s) => s.name).join(', ')}.` : ''}` });
    }
    for (const p of spec.props) {
      const raw = given.get(p.name);
      if (raw === undefined) {
        if (p.required) problems.push({ line, component: name, message: `Regel ${line}: <${name}> mist “${p.name}” (${p.label}).` });
        continue;
      }
      const allowed = allowedValues(p, dir);
      const value = raw === null ? '' : /^["']/.test(raw) ? raw.slice(1, -1) : raw.slice(1, -1).trim();
      if (allowed && !allowed.includes(value)) {
        problems.push({ line, component: name, message: `Regel ${line}: <${name} ${p.name}="${value}"> noemt iets wat niet bestaat in ${WHERE[p.values!]}. Kies uit: ${allowed.join(', ')}.` });
      }
    }
    if (spec.inside && open.at(-1)?.name !== spec.inside) problems.push({ line, component: name, message: `Regel ${line}: <${name}> hoort binnen <${spec.inside}>.` });
    if (selfClosing) continue;
    if (spec.children) open.push({ name, line });
    else problems.push({ line, component: name, message: `Regel ${line}: <${name}> heeft geen tekst binnenin; sluit het af met />.` });
  }
  for (const o of open) problems.push({ line: o.line, component: o.name, message: `Regel ${o.line}: <${o.name}> wordt niet gesloten. Zet </${o.name}> na de tekst van het blok.` });
  for (const m of text.matchAll(PLACEHOLDER)) {
    const [, kind, id] = m as unknown as [string, string, string];
    const allowed = kind === 'weken' ? Object.keys(DURATIONS) : kind === 'hulp' ? Object.keys(HELP_LINKS) : MOMENTS.map((x) => x.id);
    if (!allowed.includes(id)) {
      const line = lineAt(m.index);
      problems.push({ line, component: `{${kind}:…}`, message: `Regel ${line}: {${kind}:${id}} noemt iets wat niet bestaat. Kies uit: ${allowed.join(', ')}.` });
    }
  }
  return problems.sort((a, b) => a.line - b.line);
}
