/** The shape of /werkblad/gegevens.json: what the worksheet island fetches when it starts (types only). */
import type { WorksheetLabels } from '../../i18n/nl/worksheet';
import type { PhaseNumber } from '../../data/site';

/** A question from the bank, as the island gets it. */
export interface BankQuestion {
  id: string;
  text: string;
  conversation: string;
  phases: number[];
  step: string;
}

/**
 * A decision card as the worksheet needs it: its question, its options (title,
 * and the good and hard points as single sentences the reader can take over)
 * and the keys of the values it offers.
 */
export interface CardSummary {
  question: string;
  options: { id: string; title: string; pros: string[]; cons: string[] }[];
  values: string[];
}

export interface WorksheetData {
  labels: WorksheetLabels;
  bank: BankQuestion[];
  /** Phase names for the question filter and the blank worksheet. */
  phases: { number: PhaseNumber; name: string }[];
  /** [step key, step name] of the Samen-beslissen steps, in order (question groups). */
  steps: [string, string][];
  /** Decision cards by id, for a worksheet started from a card. */
  cards: Record<string, CardSummary>;
  /** The texts of the values cards offer under "Wat vind jij het belangrijkst?" (key → text). */
  values: Record<string, string>;
}
