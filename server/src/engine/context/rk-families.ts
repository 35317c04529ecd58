// Phrasing families of rank claims read beside rank-claims.ts: "outside the top three", "the index leader", "bottom of
// the <ranking>", "from the 2022 edition to the 2025 edition", "after three years at the bottom", "X, not Y, would…".
import type { Span } from '../markdown/facts.js';
import { spelledNumber } from '../numbers.js';
import type { RankPeriod } from './rank-periods.js';

/** Words right before "the top N" that place the entity below it: "outside the top three", "dropped out of the top 10". */
const OUTSIDE_TOP_BEFORE = /\b(?:(?:just|narrowly|well|still)\s+)?(?:outside(?:\s+of)?|out\s+of|beyond|below|missed|misses|missing|miss)\s+(?:the\s+)?$/i;

/** Whether the text before a "top N" puts the entity outside it ("just outside the top five"). */
export function rkOutsideTop(before: string): boolean {
  return OUTSIDE_TOP_BEFORE.test(before);
}

/**
 * "the index leader", "the leader of the ranking", "leader in the 2024 table": a first place said with "leader" — only where
 * the ranking (or a word for one) stands right beside it, never a "market leader" or "team leader".
 */
export const RK_LEADER = /\b(?:the|its|their)\s+(?:(?:overall|clear|outright|undisputed|joint|new|sole)\s+)?(?:([\p{L}\p{N}&()-]+(?:\s+[\p{L}\p{N}&()-]+){0,5})\s+)?leader\b(?:\s+(?:of|in|on)\s+the\s+)?/giu;
const RANKING_WORD_END = /\b(?:index|ranking|rankings|table|league|list|\p{Lu}{2,}\)?)$/u;

/** A "leader" is a rank only when said of the subject: "X was the index leader", "has been the leader of the ranking". */
export const RK_LEADER_VERB_BEFORE = /\b(?:is|was|were|are|been|be|remain(?:s|ed)?|stay(?:s|ed)?|became|become|becomes|emerged\s+as|finish(?:ed|es)\s+as|ended\s+as)\s+(?:(?:again|still|once\s+more|now)\s+)?$/i;

/** Whether a "leader" match names its ranking: right before it ("the OSI leader") or right after ("leader of the index"). */
export function rkLeaderNamesRanking(text: string, match: RegExpMatchArray, start: number, rankings: Span[]): boolean {
  const end = start + match[0].length;
  const before = match[1];
  if (before) {
    const beforeStart = start + match[0].indexOf(before);
    if (rankings.some((r) => r.start >= beforeStart && r.end <= beforeStart + before.length + 1) || RANKING_WORD_END.test(before)) return true;
  }
  if (!/\s(?:of|in|on)\s+the\s+$/i.test(match[0])) return false;
  if (rankings.some((r) => r.start >= end && r.start - end <= 12)) return true;
  return /^(?:(?:19|20)\d{2}\s+)?(?:index|ranking|table|league|list)\b/i.test(text.slice(end, end + 40));
}

/** "bottom of the Ocean Science Index", "finished bottom in the 2024 ranking": the last place, when the ranking is named right after. */
export const RK_BOTTOM = /\b(?:(?:finish(?:ed|es)?|came|placed|ranked|ranks|was|were|is|remained|stayed|ended(?:\s+up)?|sat|sits|stood|propp\w+\s+up)\s+(?:at\s+)?(?:the\s+)?(?:very\s+)?bottom\s+(?:of|in)\s+(?:the\s+)?|\bat\s+the\s+(?:very\s+)?bottom\s+of\s+(?:the\s+)?)/giu;

/** Whether a RK_BOTTOM match is followed by a named ranking (within a year or two words) or a word for one. */
export function rkBottomNamesRanking(text: string, end: number, rankings: Span[]): boolean {
  if (rankings.some((r) => r.start >= end && r.start - end <= 6)) return true;
  return /^(?:(?:19|20)\d{2}\s+)?(?:[\p{L}-]+\s+){0,2}(?:index|ranking|table|league|list)\b/iu.test(text.slice(end, end + 60)) && !/^(?:(?:19|20)\d{2}\s+)?(?:table|list)\s+of\s/i.test(text.slice(end, end + 40));
}

/** Denied alternatives: "IBCE, not ASOI, would have ranked first", "rather than KCOD". */
export const RK_DENIED_BEFORE = /\b(?:not|rather\s+than|instead\s+of)\s+(?:the\s+)?$/i;

// "from the 2022 edition to the 2025 edition", "between the 2022 and 2025 editions", "from the 2022 to the 2025 edition".
const EDITION_SPAN =
  /\b(?:from\s+the\s+((?:19|20)\d{2})\s+(?:edition|ranking|index|table)\s+(?:to|through|until|up\s+to)\s+the\s+((?:19|20)\d{2})\s+(?:edition|ranking|index|table)|from\s+the\s+((?:19|20)\d{2})\s+(?:to|through)\s+the\s+((?:19|20)\d{2})\s+(?:editions?|rankings?|indexes|tables?)|between\s+the\s+((?:19|20)\d{2})\s+and\s+(?:the\s+)?((?:19|20)\d{2})\s+(?:editions|rankings|indexes|tables|edition|ranking|index|table))\b/gi;

/**
 * A run of editions written with the word "edition" around its years, in the rank's `clause` or in the clause right after
 * it ("first in the index from the 2022 edition to the 2025 edition"); spans in absolute offsets of `text`.
 */
export function rkEditionSpan(text: string, clause: Span, sentence: Span): RankPeriod | undefined {
  const slice = text.slice(clause.start, sentence.end);
  if (!/edition|ranking|index|table/i.test(slice)) return undefined;
  const ownEnd = clause.end - clause.start + (/^\s*,?\s*/.exec(text.slice(clause.end, sentence.end))?.[0].length ?? 0);
  for (const m of slice.matchAll(EDITION_SPAN)) {
    if (m.index! > ownEnd) break;
    const years = m.slice(1).filter((g) => g !== undefined).map(Number);
    const [from, to] = years as [number, number];
    if (to <= from) continue;
    const start = clause.start + m.index!;
    return { start, end: start + m[0].length, text: m[0], from, to };
  }
  return undefined;
}

const COUNT_WORD = String.raw`(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
// "…in 2025 after three years at the bottom", "after two editions in last place", "following four years at the top".
const AFTER_RUN = new RegExp(String.raw`^\s*(?:after|following)\s+(?:(?:a|an|another)\s+)?${COUNT_WORD}\s+(?:(?:consecutive|straight|successive)\s+)?(?:years|editions|seasons)\s+(?:at|in|on|as)\b`, 'i');

/**
 * "climbed to ninth in 2025 after three years at the bottom of the table": the rank of the after-clause held for the
 * `count` editions before the sentence's one year. `clause` is the rank's clause; `years` the distinct years of the sentence.
 */
export function rkAfterRun(text: string, clause: Span, years: number[]): RankPeriod | undefined {
  const m = AFTER_RUN.exec(text.slice(clause.start, clause.end));
  if (!m) return undefined;
  const count = /^\d+$/.test(m[1]!) ? Number(m[1]) : spelledNumber(m[1]!.toLowerCase());
  if (!count || count > 50) return undefined;
  const start = clause.start + m.index! + (m[0].length - m[0].trimStart().length);
  const end = clause.start + m.index! + m[0].length;
  // Without a single year in the sentence the run has no certain end: it is read, but left without an end.
  return { start, end, text: text.slice(start, end), count, to: years.length === 1 ? years[0]! - 1 : undefined };
}
