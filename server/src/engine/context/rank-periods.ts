// Reads the run of editions a rank claim covers when it is not written as a range: "since 2022", "for eight consecutive years", "five straight editions".
import type { Span } from '../markdown/facts.js';
import { spelledNumber } from '../numbers.js';

export interface RankPeriod extends Span {
  text: string;
  /** First year of the run ("since 2022", or the end year less the count). */
  from?: number;
  /** Last year of the run ("up to and including 2024"; "since" runs to the latest edition). */
  to?: number;
  /** "for eight consecutive years": how many editions in a row. */
  count?: number;
}

const COUNT_WORD = String.raw`(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
const COUNT = new RegExp(
  String.raw`\b(?:for\s+|in\s+)?${COUNT_WORD}\s+(?:(?:consecutive|straight|successive)\s+(?:years|editions|rankings)|(?:years|editions|rankings)\s+(?:in\s+a\s+row|running))\b`,
  'gi',
);
const SINCE = /\b(?:(?:in\s+)?(?:every|each)\s+(?:year|edition|ranking)\s+)?since\s+(?:the\s+)?((?:19|20)\d{2})\b/gi;
const END = /\b(?:up\s+to\s+and\s+including|until|through|to|ending\s+(?:in|with))\s+(?:the\s+)?((?:19|20)\d{2})\b/i;
const BEFORE = /\bbefore\s+(?:the\s+)?((?:19|20)\d{2})\b/i;

/**
 * The run of editions named in the rank's `clause` (absolute offsets into `text`), if any, with its end year read from the
 * whole sentence ("…, up to and including 2024"); `latestYear` closes a "since" run.
 */
export function rankPeriod(text: string, clause: Span, sentence: Span, latestYear: number): RankPeriod | undefined {
  const slice = text.slice(clause.start, clause.end);
  const whole = text.slice(sentence.start, sentence.end);
  for (const m of slice.matchAll(SINCE)) {
    const from = Number(m[1]);
    if (from > latestYear) continue;
    return { start: clause.start + m.index!, end: clause.start + m.index! + m[0].length, text: m[0], from, to: latestYear };
  }
  for (const m of slice.matchAll(COUNT)) {
    const count = /^\d/.test(m[1]!) ? Number(m[1]) : spelledNumber(m[1]!.toLowerCase());
    if (!count || count > 50) continue;
    const end = END.exec(whole);
    const before = BEFORE.exec(whole);
    const to = end ? Number(end[1]) : before ? Number(before[1]) - 1 : undefined;
    return { start: clause.start + m.index!, end: clause.start + m.index! + m[0].length, text: m[0], count, to };
  }
  return undefined;
}
