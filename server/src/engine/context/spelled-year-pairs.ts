// Counts in words paired with their year in a change (acc-chg13): "LUPS published 69 papers in 2016 and one hundred and
// ninety-eight in 2025", "IMGN: five starts in 2016, twenty-two in 2025". The number scanner reads digits only, so the
// pair "A in Y1, B in Y2" was never seen when one side is spelled. A count in words (two to 999) is read for the growth
// statements only, and only where it stands right before "in YEAR" and joined by ", " or " and " to another figure
// with its own earlier year ("… in 2016 and"), or is that earlier figure itself ("five starts in 2016, 22 in 2025").
import type { Span } from '../markdown/facts.js';
import { plainToken, type NumberToken } from '../numbers.js';
import { HINT, SPELLED_COUNT, valueOf } from './dataset-spelled-counts.js';
import { allMatches } from './regex-matches.js';

/** After a count: at most two words of its noun, then "in YEAR" ("five starts in 2016", "one hundred and ninety-eight in 2025"). */
const THEN_YEAR = /^(?:\s+[\p{Ll}-]+){0,2}?\s+in\s+((?:19|20)\d{2})\b/u;
/** Between the first pair and the second: ", " or " and ". */
const JOIN = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/;

/** The sentence's tokens with the spelled counts of "A in Y1, B in Y2" pairs added. */
export function spelledYearPairs(text: string, sentence: Span, tokens: NumberToken[]): NumberToken[] {
  const body = text.slice(sentence.start, sentence.end);
  if (!HINT.test(body) || !/\bin\s+(?:19|20)\d{2}\b/.test(body)) return tokens;
  // Each figure with its year: the digits already read, and the spelled counts right before "in YEAR".
  type Dated = { token: NumberToken; year: number; yearEnd: number; spelled: boolean };
  const dated: Dated[] = [];
  const years = tokens.filter((t) => t.yearLike);
  for (const t of tokens) {
    if (t.yearLike || t.kind !== 'plain') continue;
    const m = THEN_YEAR.exec(text.slice(t.end, sentence.end));
    const y = m ? years.find((x) => x.start === t.end + m[0].length - 4) : undefined;
    if (m && y) dated.push({ token: t, year: y.value, yearEnd: y.end, spelled: false });
  }
  for (const m of allMatches(SPELLED_COUNT, body)) {
    const start = sentence.start + m.index!;
    const end = start + m[0].length;
    const value = valueOf(m);
    if (value === undefined || value < 2 || tokens.some((t) => t.start < end && start < t.end)) continue;
    const after = THEN_YEAR.exec(text.slice(end, sentence.end));
    if (!after) continue;
    dated.push({ token: plainToken(start, end, m[0], value, true), year: Number(after[1]), yearEnd: end + after[0].length, spelled: true });
  }
  if (!dated.some((d) => d.spelled)) return tokens;
  dated.sort((a, b) => a.token.start - b.token.start);
  // Keep a spelled count only as one side of two neighbouring pairs, the earlier year first, joined by ", " or " and ".
  const keep = new Set<NumberToken>();
  for (let i = 0; i + 1 < dated.length; i++) {
    const [a, b] = [dated[i]!, dated[i + 1]!];
    if (!(a.spelled || b.spelled) || a.year >= b.year || !JOIN.test(text.slice(a.yearEnd, b.token.start))) continue;
    for (const d of [a, b]) if (d.spelled) keep.add(d.token);
  }
  if (keep.size === 0) return tokens;
  return [...tokens, ...keep].sort((x, y) => x.start - y.start);
}
