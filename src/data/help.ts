/**
 * Where to get help, as data: the ONE place each help number is typed (fact
 * sheet §7, brief §10). The words around them are dictionary strings with
 * placeholders (src/i18n/nl/frame.ts, `help`); content uses <Hulpnummer />
 * (src/components/mdx/Hulpnummer.astro). A unit test
 * (tests/unit/help-numbers.test.ts) fails when a number is typed elsewhere.
 */

export interface Line {
  /** What is dialled (tel: link), digits only. */
  tel: string;
  /** How it is written for readers. */
  label: string;
}

export const HELP = {
  /** 113 Zelfmoordpreventie: free, anonymous, day and night; also for worries about someone else. */
  suicide: { tel: '113', label: '113' },
  /** The same line on a free 0800 number. */
  suicideFree: { tel: '08000113', label: '0800-0113' },
  /** Chat and information of 113 Zelfmoordpreventie; `name` is how readers know the organisation. */
  suicideSite: { href: 'https://www.113.nl', label: '113.nl', name: '113' },
  /** Immediate danger. */
  emergency: { tel: '112', label: '112' },
  /** De Luisterlijn: someone to talk to, day and night. */
  listen: { tel: '0880767000', label: '088-0767 000' },
} as const satisfies Record<string, Line | { href: string; label: string; name: string }>;

/** A phone line as a link: { href: "tel:113", label: "113" }. */
export function telLink(line: Line): { href: string; label: string } {
  return { href: `tel:${line.tel}`, label: line.label };
}

/** The numbers as placeholder values for the dictionary's help strings ({kort}, {gratis}, {alarm}, {luisterlijn}, {site}). */
export const HELP_VALUES = {
  kort: HELP.suicide.label,
  gratis: HELP.suicideFree.label,
  alarm: HELP.emergency.label,
  luisterlijn: HELP.listen.label,
  site: HELP.suicideSite.label,
} as const;

/** The same placeholders as links, for text that shows them as links (the help block on every page). */
export const HELP_LINKS = {
  kort: telLink(HELP.suicide),
  gratis: telLink(HELP.suicideFree),
  alarm: telLink(HELP.emergency),
  luisterlijn: telLink(HELP.listen),
  site: { href: HELP.suicideSite.href, label: HELP.suicideSite.label },
} as const;

/** Fill {hulp:kort}, {hulp:gratis}, {hulp:alarm}, {hulp:luisterlijn} and {hulp:site} in YAML and frontmatter texts (like {week:id}). */
export function fillHelp(text: string): string {
  return text.replace(/\{hulp:(\w+)\}/g, (all, k: string) => (k in HELP_VALUES ? HELP_VALUES[k as keyof typeof HELP_VALUES] : all));
}
