/** Choosing and remembering a phase, and the phase hubs. */
import { routes } from '../../lib/routes';

/** The phase memory script (src/scripts/phase-memory.ts) gets only this slice. */
export const phaseMemory = {
  remembered: 'Je koos eerder fase {n} op dit apparaat. ',
  continue: 'Verder in fase {n}',
  forget: 'Keuze vergeten',
  forgotten: 'Je keuze is vergeten op dit apparaat.',
  /** Opening another phase's hub (often from a shared link) when a phase is remembered: ask, do not overwrite. */
  ask: 'Je koos eerder fase {eerder}. Wil je dat deze keuzehulp nu fase {nu} onthoudt?',
  askYes: 'Ja, onthoud fase {nu}',
  askNo: 'Nee, houd fase {eerder}',
  askedYes: 'Fase {nu} is nu je fase op dit apparaat.',
  askedNo: 'Je fase blijft fase {eerder}. Je kunt hier gewoon verder lezen.',
};

export const phase = {
  label: 'Fase {n}',
  /** "Fase 2: Starten met re-integratie". */
  named: 'Fase {n}: {naam}',
  picker: {
    heading: 'Waar sta je nu?',
    intro: 'Kies wat het best bij je past. Dan zie je vooral wat nu belangrijk is. Je kunt altijd een andere fase kiezen.',
    privacy: 'Je keuze wordt alleen op dit apparaat onthouden, niet ergens anders. We raden je fase nooit voor je.',
  },
  memory: phaseMemory,
  hub: {
    /** Eyebrow above the hub title. */
    position: 'Fase {n} van {totaal} · {weken}',
    otherPhase: { href: routes.phaseChoice(), label: 'Andere fase kiezen' },
    /** Headings: the first phase gets gentler ones. */
    now: { first: 'Wat gebeurt er de komende weken?', other: 'Wat gebeurt er nu?' },
    decide: { first: 'Wat kun je nu zelf doen?', other: 'Wat kun je nu beslissen?' },
    who: { first: 'Wie neemt contact met je op?', other: 'Wie kom je tegen?' },
    ask: 'Wat kun je vragen?',
    moreQuestions: 'Meer vragen voor je gesprek',
    prepare: { href: routes.worksheet(), label: 'Een gesprek voorbereiden' },
    others: 'Hoe ging het bij anderen in deze fase?',
    read: 'Meer lezen',
    next: 'Wat komt hierna?',
    laterTitle: 'Wat komt er later in de twee jaar?',
    laterIntro: 'Dit is voor later. Je hoeft het nu niet te weten. Lees het alleen als je dat wilt.',
    laterMore: 'Meer uitleg:',
    journey: 'De hele weg in twee jaar',
    calculator: { href: routes.calculator(), label: 'Wat komt er wanneer? Bereken het met je ziekmelddatum' },
  },
};
