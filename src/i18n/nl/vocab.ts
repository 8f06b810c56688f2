/** What readers see for each vocabulary key of src/data/vocab.ts. */
import type { ComponentKey, ConversationKey, ExperienceKey, LivingKey, OutcomeKey, SearchKind, StepKey } from '../../data/vocab';

export const COMPONENTS: Record<ComponentKey, string> = {
  'samen-beslissen': 'Samen beslissen',
  'regels-en-rollen': 'Regels en rollen',
  ervaringen: 'Ervaringsverhalen',
  algemeen: 'Algemeen',
};

export const CONVERSATIONS: Record<ConversationKey, string> = {
  bedrijfsarts: 'Gesprek met de bedrijfsarts',
  leidinggevende: 'Gesprek met je leidinggevende',
  casemanager: 'Gesprek met de casemanager of HR',
  arbeidsdeskundige: 'Gesprek met de arbeidsdeskundige',
  'plan-van-aanpak': 'Het plan van aanpak maken of bijstellen',
  evaluatie: 'Evaluatiegesprek',
  eerstejaarsevaluatie: 'De eerstejaarsevaluatie',
  're-integratiebureau': 'Gesprek met het re-integratiebureau (spoor 2)',
  verzekeringsarts: 'Gesprek met de verzekeringsarts van UWV',
  algemeen: 'Elk gesprek',
};

export const STEPS: Record<StepKey, string> = {
  'keuze-en-doel': 'Stap 1: keuze en doel',
  opties: 'Stap 2: opties',
  voorkeur: 'Stap 3: voorkeur',
  besluit: 'Stap 4: besluit',
  evalueren: 'Daarna: evalueren',
};

export const OUTCOMES: Record<OutcomeKey, string> = {
  'eigen-werk': 'Terug in eigen werk',
  'aangepast-werk': 'Aangepast werk',
  'ander-werk': 'Ander werk bij eigen werkgever',
  'spoor-2': 'Spoor 2: werk bij een andere werkgever',
  'uit-dienst-wia': 'Uit dienst of WIA',
  'nog-onderweg': 'Nog onderweg',
};

export const LIVING: Record<LivingKey, string> = {
  alleen: 'Woont alleen',
  samen: 'Woont samen met partner',
  gezin: 'Woont met partner en kinderen',
  'alleenstaande-ouder': 'Alleenstaande ouder',
  'bij-ouders': 'Woont bij ouders',
};

export const EXPERIENCES: Record<ExperienceKey, string> = {
  positief: 'Vooral een goede ervaring',
  gemengd: 'Goed en moeilijk',
  moeilijk: 'Vooral een moeilijke ervaring',
};

/** Search result kinds ("onderdeel" filter): the components plus phase hubs and glossary terms. */
export const SEARCH_KINDS: Record<SearchKind, string> = {
  'samen-beslissen': COMPONENTS['samen-beslissen'],
  'regels-en-rollen': COMPONENTS['regels-en-rollen'],
  ervaringen: COMPONENTS.ervaringen,
  fases: 'Fases',
  begrippen: 'Begrippen',
  algemeen: COMPONENTS.algemeen,
};
