/**
 * Reading aids: reading time, read-aloud, "verder waar je was" and saved
 * pages (/bewaard/). Every text is rendered into the HTML at build time; the
 * script (src/scripts/reading-aids.ts) only shows, hides and fills elements,
 * so it carries no texts of its own.
 */
import type { Plural } from '../format';
import { routes } from '../../lib/routes';

export const reading = {
  /** At the top of a reading page. */
  minutes: { one: '{n} minuut lezen', other: '{n} minuten lezen' } satisfies Plural,
  readAloud: 'Lees voor',
  /** Label of the group of read-aloud controls. */
  controls: 'Voorlezen',
  pause: 'Pauzeer',
  stop: 'Stop',
  slower: 'Langzamer',
  faster: 'Sneller',
  save: 'Bewaar',
  toSaved: { href: routes.saved(), label: 'Naar je bewaarde pagina’s' },
  /**
   * "Stuur dit naar iemand die je steunt" (src/components/mdx/ShareWithRelative.astro): the link and QR code of
   * /voor-naasten/. The share button is one of the reading aids; the note stands in its place where the browser
   * cannot share.
   */
  shareRelatives: {
    heading: 'Stuur dit naar iemand die je steunt',
    intro: 'Voor je partner, familie of vrienden is er een apart deel. Daar lezen ze hoe ze je kunnen helpen, zonder het over te nemen.',
    /** On /voor-naasten/ itself, read by the employee and by naasten. */
    headingHere: 'Stuur deze pagina’s door',
    introHere: 'Ben je zelf ziek thuis? Stuur deze link naar iemand die je steunt. Sta je naast iemand? Vraag eerst of die het goed vindt. Deel de link daarna met anderen.',
    link: 'De link:',
    qrAlt: 'QR-code die {link} opent, de pagina’s voor naasten. Scan hem met de camera van een telefoon.',
    download: 'QR-code downloaden:',
    downloadAs: 'QR-code voor naasten als ',
    note: 'Kopieer de link en stuur hem in een bericht.',
    share: 'Deel de link',
    /** Sent along with the link by the phone's share sheet, in the reader's voice. */
    shareText: 'Hier lees je hoe je me kunt helpen nu ik ziek ben.',
    shareTitle: 'Voor naasten: keuzehulp re-integratie',
  },
  /** Before the link to the last page read (home page, phase hubs, /bewaard/). */
  continue: 'Verder waar je was:',

  /** The page /bewaard/. */
  page: {
    title: 'Bewaarde pagina’s',
    description: 'De pagina’s die je bewaarde om later te lezen. Ze staan alleen op dit apparaat.',
    intro: 'Hier staan de pagina’s die je bewaarde met de knop ‘Bewaar’. De lijst staat alleen op dit apparaat, niet op internet.',
    noScript: 'Deze lijst werkt alleen als JavaScript aan staat in je browser.',
    empty: 'Je hebt nog geen pagina’s bewaard. De knop ‘Bewaar’ staat bovenaan elke pagina om te lezen.',
    off: 'Op dit apparaat wordt niets bewaard. Misschien heb je dat zo gekozen op het werkblad. Of je browser staat het niet toe, bijvoorbeeld in een privévenster.',
    listLabel: 'Je bewaarde pagina’s',
    /** The reading trail is off until the reader says yes here (src/lib/reading/storage.ts). */
    trail: {
      heading: 'Verder waar je was',
      ask: 'Wil je dat dit apparaat onthoudt waar je was? Dan zie je hier en op de startpagina welke pagina je het laatst las. Dat staat uit, tot jij het aanzet.',
      on: 'Dit apparaat onthoudt welke pagina je het laatst las. Dat staat alleen hier, niet op internet.',
      yes: 'Ja, onthoud waar ik was',
      no: 'Nee, zet dit uit',
    },
    remove: 'Verwijder',
    wipe: 'Wil je alles in één keer wissen? Dat kan op het',
    wipeLink: { href: routes.worksheet(), label: 'werkblad, bij ‘Opslaan en meenemen’' },
  },
};
