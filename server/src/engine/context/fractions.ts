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
}

/** "83.1 out of 100" is a score whose last digit is 1, not "1 out of 100": the 1 must stand alone. */
const ONE_IN = /(?<!\d[.,]?)\b(one|1)\s+(?:in|out\s+of)\s+(every\s+)?(\d{1,3}|[a-z]+(?:-[a-z]+)?)\b/gi;
/** Fraction words that state a share: "a third of", "two-thirds of", "half of", "half the" ("a third university" is not one). */
const FRACTION = /\b(?:(a|one)\s+(half|third|quarter|fifth|tenth)|(half)|(two|three|four)[- ](thirds|quarters|fifths))(?=\s+(?:of\b|the\b))/gi;
const DENOMINATORS: Record<string, number> = { half: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, tenth: 10 };
/** "the second half of the decade", "a quarter of the year": a stretch of time, not a share. */
const TIME_AFTER = /^\s+(?:of\s+)?(?:the\s+|a\s+|this\s+|that\s+|each\s+)?(?:(?:\d{4}s?|next|last|past|same|previous|following)\s+)?(?:decade|century|year|month|week|day|period|season|term|quarter|semester|\d{4})/i;
const TIME_BEFORE = /\b(?:first|second|third|fourth|last|final|latter|former|early|earlier|later|late|past|next|each|every)\s+$/i;
const HEDGE_BEFORE = /\b(?:about|around|roughly|nearly|almost|approximately|some|over|under|close to|just|more than|less than|fewer than|at least|at most)\s+$/i;

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
    const numerator = m[4] ? spelledNumber(m[4])! : 1;
    const denominator = DENOMINATORS[(m[2] ?? m[3] ?? m[5])!.toLowerCase()]!;
    out.push({ start: base + m.index!, end: base + m.index! + m[0].length, text: m[0], value: numerator / denominator, hedged: HEDGE_BEFORE.test(text.slice(0, m.index)) });
  }
  return out;
}

/**
 * Whether a word share fairly states part / whole: within 5 points (8 when hedged), or, for "one in N", N is the
 * whole-to-part ratio rounded either way ("one in four" for 1 in 3.6 or 1 in 4.4).
 */
export function wordShareHolds(share: WordShare, actual: number): boolean {
  if (Math.abs(share.value - actual) <= (share.hedged ? 0.08 : 0.05) + 1e-9) return true;
  if (share.oneIn === undefined || actual <= 0) return false;
  const ratio = 1 / actual;
  return share.oneIn === Math.floor(ratio) || share.oneIn === Math.ceil(ratio);
}
