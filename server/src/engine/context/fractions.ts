// Reads shares written as words: "one in four", "one out of five", "half", "a third", "two-thirds", "a quarter", "three quarters".
import { spelledNumber } from '../numbers.js';

export interface WordShare {
  /** Offsets of the phrase in the text it was read from. */
  start: number;
  end: number;
  text: string;
  /** The share as a fraction of 1. */
  value: number;
  /** "one in N": N, whose neighbours are also fair readings of a rounded ratio. */
  oneIn?: number;
  /** "about", "nearly", "almost", "roughly", "more than", "under" before it. */
  hedged: boolean;
  /**
   * How the hedge bounds the share: "more than half" is a lower bound (`lower`), "under a third" an upper one
   * (`upper`), "nearly a quarter" comes up to it from below (`below`); "about" and no hedge state the fraction itself.
   */
  bound?: 'lower' | 'upper' | 'below';
}

/** "83.1 out of 100" is a score whose last digit is 1, not "1 out of 100": the 1 must stand alone. */
const ONE_IN = /(?<!\d[.,]?)\b(one|1)\s+(?:in|out\s+of)\s+(every\s+)?(\d{1,3}|[a-z]+(?:-[a-z]+)?)\b/gi;
/** Fraction words that state a share: "a third of", "two-thirds of", "half of", "half the" ("a third university" is not one). */
const FRACTION = /\b(?:(a|one)\s+(half|third|quarter|fifth|tenth)|(half)|(two|three|four)[- ](thirds|quarters|fifths))(?=\s+(?:of\b|the\b)|(\s*[.;,)—–]|\s*$))/gi;
/**
 * A fraction that ends its clause is a share only in apposition to the figure before it: "108 of the 428, about a
 * third", "(a quarter)", "— nearly half"; not "added a third.", "took a third place".
 */
const APPOSED_BEFORE = /(?:,|\(|—|–|\bor)\s*(?:(?:just\s+)?(?:about|around|roughly|nearly|almost|approximately|some|over|under|close to|more than|less than|fewer than|at least|at most|not quite|well over|barely)\s+)?$/i;
const DENOMINATORS: Record<string, number> = { half: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, tenth: 10 };
/** "the second half of the decade", "a quarter of the year": a stretch of time, not a share. */
const TIME_AFTER = /^\s+(?:of\s+)?(?:the\s+|a\s+|this\s+|that\s+|each\s+)?(?:(?:\d{4}s?|next|last|past|same|previous|following)\s+)?(?:decade|century|year|month|week|day|period|season|term|quarter|semester|\d{4})/i;
const TIME_BEFORE = /\b(?:first|second|third|fourth|last|final|latter|former|early|earlier|later|late|past|next|each|every)\s+$/i;
const HEDGE_BEFORE = /\b(?:about|around|roughly|nearly|almost|approximately|some|over|under|close to|just|more than|less than|fewer than|at least|at most)\s+$/i;
const LOWER_BOUND = /\b(?:over|more than|at least|upwards of|well over|above)\s+$/i;
const UPPER_BOUND = /\b(?:under|less than|fewer than|at most|below)\s+$/i;
const FROM_BELOW = /\b(?:nearly|almost|close to|not quite)\s+$/i;
/**
 * The fractions the words can name, in order: a fraction word states a share nearer to its own value than to its
 * neighbours', so "a third" is told from "a quarter" (0.25) and "two-fifths" (0.4) at the midpoints between them.
 */
const LADDER = [0, 0.1, 0.2, 0.25, 1 / 3, 0.4, 0.5, 0.6, 2 / 3, 0.75, 0.8, 1];
/** Room beyond a midpoint or a bound: the part and whole are rounded, and a writer rounds to a whole percent. */
const WORD_SLACK = 0.01;

/** Word shares in `text` (a sentence), offsets made absolute with `base`. */
export function wordShares(text: string, base: number): WordShare[] {
  const out: WordShare[] = [];
  for (const m of text.matchAll(ONE_IN)) {
    const n = /^\d+$/.test(m[3]!) ? Number(m[3]) : spelledNumber(m[3]!);
    if (n === undefined || n < 2 || n > 100) continue;
    out.push({ start: base + m.index!, end: base + m.index! + m[0].length, text: m[0], value: 1 / n, oneIn: n, hedged: HEDGE_BEFORE.test(text.slice(0, m.index)) });
  }
  for (const m of text.matchAll(FRACTION)) {
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 40);
    if (TIME_AFTER.test(after) || TIME_BEFORE.test(text.slice(Math.max(0, m.index! - 12), m.index!))) continue;
    if (m[6] !== undefined && !APPOSED_BEFORE.test(text.slice(Math.max(0, m.index! - 24), m.index!))) continue;
    const numerator = m[4] ? spelledNumber(m[4])! : 1;
    const denominator = DENOMINATORS[(m[2] ?? m[3] ?? m[5])!.toLowerCase()]!;
    const before = text.slice(0, m.index);
    const bound = LOWER_BOUND.test(before) ? 'lower' : UPPER_BOUND.test(before) ? 'upper' : FROM_BELOW.test(before) ? 'below' : undefined;
    out.push({ start: base + m.index!, end: base + m.index! + m[0].length, text: m[0], value: numerator / denominator, hedged: HEDGE_BEFORE.test(before), ...(bound ? { bound } : {}) });
  }
  return out;
}

/**
 * The shares a word share allows, as fractions of 1. A fraction word ("a third", "two-thirds", "half") is held at its
 * own precision: between the midpoints to the fractions next to it on the ladder, one point wider for rounding ("a
 * third" and "about a third": 0.28–0.38; "a quarter": 0.22–0.30; "half": 0.44–0.56); "nearly a third" from the lower
 * midpoint up to the fraction; "more than half" from the fraction up, "under a quarter" from 0 up to it (one point of
 * rounding each). "one in N" keeps 5 points either way (8 when hedged).
 */
export function wordShareRange(share: WordShare): [number, number] {
  if (share.oneIn !== undefined) {
    const room = share.hedged ? 0.08 : 0.05;
    return [share.value - room, share.value + room];
  }
  const at = LADDER.findIndex((v) => Math.abs(v - share.value) < 1e-9);
  const low = at > 0 ? (LADDER[at - 1]! + share.value) / 2 : share.value - 0.05;
  const high = at >= 0 && at + 1 < LADDER.length ? (share.value + LADDER[at + 1]!) / 2 : share.value + 0.05;
  switch (share.bound) {
    case 'lower':
      return [share.value - WORD_SLACK / 2, 1];
    case 'upper':
      return [0, share.value + WORD_SLACK / 2];
    case 'below':
      return [low - WORD_SLACK, share.value + WORD_SLACK];
    default:
      return [low - WORD_SLACK, high + WORD_SLACK];
  }
}

/** "0.28–0.38" for a reason: the range a word share allows, in percent. */
export function describeWordRange(share: WordShare): string {
  const [low, high] = wordShareRange(share);
  const pct = (v: number) => `${Math.round(v * 1000) / 10}%`;
  return share.bound === 'lower' ? `${pct(low)} or more` : share.bound === 'upper' ? `${pct(high)} or less` : `${pct(low)}–${pct(high)}`;
}

/**
 * Whether a word share fairly states part / whole: within the range `wordShareRange` gives, or, for "one in N", N is
 * the whole-to-part ratio rounded either way ("one in four" for 1 in 3.6 or 1 in 4.4).
 */
export function wordShareHolds(share: WordShare, actual: number): boolean {
  const [low, high] = wordShareRange(share);
  if (actual >= low - 1e-9 && actual <= high + 1e-9) return true;
  if (share.oneIn === undefined || actual <= 0) return false;
  const ratio = 1 / actual;
  return share.oneIn === Math.floor(ratio) || share.oneIn === Math.ceil(ratio);
}
