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
  /** "in every edition" with no year: all editions, unless the paragraph or a heading above names a time (rank-claims.ts). */
  every?: boolean;
}

const COUNT_WORD = String.raw`(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
const COUNT = new RegExp(
  String.raw`\b(?:for\s+|in\s+)?${COUNT_WORD}\s+(?:(?:consecutive|straight|successive)\s+(?:years|editions|rankings)|(?:years|editions|rankings)\s+(?:in\s+a\s+row|running|at\s+the\s+top))\b` +
    String.raw`|\bfor\s+(?:the\s+(?:past|last)\s+)?${COUNT_WORD}\s+(?:years|editions)\b(?!\s+(?:before|after|ago|earlier|later))` +
    String.raw`|\ban?\s+${COUNT_WORD}[-\s](?:year|edition)\s+(?:run|streak)\b`,
  'gi',
);
// "2017–24", "from 2017 through 2024", "from 2022 onwards": runs the number reader does not pair as a range of years.
const SHORT_SPAN = /\b((?:19|20)\d{2})\s*[–-]\s*(\d{2})\b(?![–-]?\d)/g;
const THROUGH = /\b(?:from\s+)?((?:19|20)\d{2})\s+(?:through|thru|until|till)\s+((?:19|20)\d{2})\b/gi;
const ONWARDS = /\bfrom\s+((?:19|20)\d{2})\s+(?:on(?:wards?)?|onward)\b/gi;
// "in the last four editions", "across each of the past three rankings": the latest N editions.
const LAST_N = new RegExp(String.raw`\b(?:in|over|across)\s+(?:each\s+of\s+|all\s+)?the\s+(?:last|past|latest|most\s+recent)\s+${COUNT_WORD}\s+(?:editions|rankings|years)\b`, 'gi');
// "has sat in seventh place in every edition": all the ranking's editions, when the clause names no year and nothing after
// narrows the run ("every edition but one", "every edition since 2020", "every edition of the old method").
const EVERY_EDITION = /\b(?:in\s+)?(?:every|each)\s+(?:single\s+)?(?:edition|ranking)(?:\s+(?:so\s+far|to\s+date|of\s+the\s+(?:index|ranking|table|league\s+table)))?\b/gi;
const YEAR_LABEL = /\b(?:19|20)\d{2}(?:\s*[–-]\s*(?:(?:19|20)?\d{2}))?\s*[*_]*\s*:/;
const EVERY_NARROWED = /^\s*,?\s*(?:but|except|bar|save|since|from|after|before|until|till|other|of|under|on|with|in\s+which|apart|aside|barring|excluding)\b/i;
/** Right after "since 2020": the same run with its end, ", i.e. from 2020 through 2024", "(from 2020 to 2024)". */
const SINCE_RESTATED = /^["”’']?\s*[,(]?\s*(?:(?:i\.\s?e\.|that\s+is|namely),?\s+)?from\s+((?:19|20)\d{2})\s+(?:to|through|until|till|up\s+to)\s+((?:19|20)\d{2})\b/i;
const SINCE_FIRST = /\bsince\s+(?:the|its)\s+(?:very\s+)?(?:first|inaugural)\s+(?:edition|ranking|index)\b/gi;
// "for the eighth consecutive year", "a third straight edition": the count as an ordinal.
const ORDINAL_COUNT = /\b(?:for\s+)?(?:the|a)\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+(?:(?:consecutive|straight|successive)\s+(?:year|edition|ranking|time)|(?:year|edition|time)\s+(?:running|in\s+a\s+row))\b/gi;
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const SINCE = /\b(?:(?:in\s+)?(?:every|each)\s+(?:year|edition|ranking)\s+)?(?:ever\s+)?since\s+(?:the\s+|its\s+)?((?:19|20)\d{2})\b/gi;
const END = /\b(?:up\s+to\s+and\s+including|until|through|to|ending\s+(?:in|with))\s+(?:the\s+)?((?:19|20)\d{2})\b/i;
const OTHER_SPAN = /\bfrom\s+(?:19|20)\d{2}\s+(?:to|until|through)\s+(?:19|20)\d{2}\b/gi;
const BEFORE = /\bbefore\s+(?:the\s+)?((?:19|20)\d{2})\b/i;

/** Right after "the last N editions": the span they cover, set off by a comma or a dash ("…, from 2022 to 2024"). */
const RESTATED_SPAN = /^\s*[,(–—-]?\s*(?:from\s+)?((?:19|20)\d{2})\s*(?:to|through|until|[–-])\s*((?:19|20)\d{2})\b/;

/** The sentence's years are only a span right after the counted editions, and it is theirs. */
function restatedSpan(after: string, whole: string, from: number, to: number): boolean {
  const m = RESTATED_SPAN.exec(after);
  return m !== null && Number(m[1]) === from && Number(m[2]) === to && (whole.match(/\b(?:19|20)\d{2}\b/g) ?? []).length === 2;
}

/**
 * The run of editions named in the rank's `clause` (absolute offsets into `text`), if any, with its end year read from the
 * whole sentence ("…, up to and including 2024"); `firstYear` and `latestYear` are the ranking's first and latest editions,
 * `editionYears` the years of its official editions ("the last four editions").
 */
export function rankPeriod(text: string, clause: Span, sentence: Span, firstYear: number, latestYear: number, editionYears: readonly number[] = []): RankPeriod | undefined {
  const slice = text.slice(clause.start, clause.end);
  const whole = text.slice(sentence.start, sentence.end);
  const at = (m: RegExpMatchArray) => ({ start: clause.start + m.index!, end: clause.start + m.index! + m[0].length, text: m[0] });
  for (const m of slice.matchAll(SHORT_SPAN)) {
    const from = Number(m[1]);
    const to = Math.floor(from / 100) * 100 + Number(m[2]);
    if (to > from) return { ...at(m), from, to };
  }
  for (const m of slice.matchAll(THROUGH)) if (Number(m[2]) > Number(m[1])) return { ...at(m), from: Number(m[1]), to: Number(m[2]) };
  for (const m of slice.matchAll(ONWARDS)) if (Number(m[1]) <= latestYear) return { ...at(m), from: Number(m[1]), to: latestYear };
  for (const m of slice.matchAll(SINCE_FIRST)) return { ...at(m), from: firstYear, to: latestYear };
  // (What narrows the run may stand past the clause's end: "in every edition but one" is cut before "but".)
  // (Nor after a label that names a year or span, "**2018–2021:** BDRI is second in every edition": that span's editions.)
  if (!/\b(?:19|20)\d{2}\b/.test(slice) && !YEAR_LABEL.test(whole)) for (const m of slice.matchAll(EVERY_EDITION)) if (!EVERY_NARROWED.test(text.slice(clause.start + m.index! + m[0].length, sentence.end))) return { ...at(m), from: firstYear, to: latestYear, every: true };
  for (const m of slice.matchAll(LAST_N)) {
    const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : spelledNumber(m[1]!.toLowerCase());
    const years = [...new Set(editionYears)].sort((a, b) => a - b);
    if (!n || n > years.length) continue;
    const [from, to] = [years[years.length - n]!, years[years.length - 1]!];
    // "the past three years up to 2023": another year in the sentence may move the end; not certain. Only the span of
    // those very editions set right after them ("in each of the last three editions, from 2022 to 2024") says the same.
    if (/\b(?:19|20)\d{2}\b/.test(whole) && !restatedSpan(text.slice(clause.start + m.index! + m[0].length, sentence.end), whole, from, to)) continue;
    return { ...at(m), from, to };
  }
  for (const m of slice.matchAll(SINCE)) {
    const from = Number(m[1]);
    if (from > latestYear) continue;
    // "second place “since 2020”, i.e. from 2020 through 2024": the run restated with its end right after it ends there.
    const restated = SINCE_RESTATED.exec(text.slice(clause.start + m.index! + m[0].length, sentence.end));
    const to = restated && Number(restated[1]) === from && Number(restated[2]) > from ? Number(restated[2]) : latestYear;
    return { start: clause.start + m.index!, end: clause.start + m.index! + m[0].length, text: m[0], from, to };
  }
  const counted = [...[...slice.matchAll(COUNT)].map((m) => ({ m, ordinal: false })), ...[...slice.matchAll(ORDINAL_COUNT)].map((m) => ({ m, ordinal: true }))];
  for (const { m, ordinal } of counted) {
    const word = (m.slice(1).find((g) => g !== undefined) ?? '').toLowerCase();
    const count = /^\d+$/.test(word) ? Number(word) : /^\d/.test(word) ? parseInt(word, 10) : (spelledNumber(word) ?? ORDINALS.indexOf(word) + 1);
    if (!count || count > 50) continue;
    return { start: clause.start + m.index!, end: clause.start + m.index! + m[0].length, text: m[0], count, to: runEnd(whole, m[0], latestYear, ordinal, clause.start - sentence.start) };
  }
  return undefined;
}

/**
 * The last year of a counted run: "up to and including 2024", "before 2025", now ("has led … for three straight years"), or
 * for an ordinal count the sentence's one year ("topped the 2025 index for the third consecutive year"; not the year a
 * run starts from or the ranking "began in"). A cardinal count
 * beside some other year ("three straight years before climbing in 2021") has no end the text makes certain.
 */
function runEnd(whole: string, run: string, latestYear: number, ordinal: boolean, clauseAt: number): number | undefined {
  // "Vysočina, last from 2017 to 2022, has ranked seventh for two years": a span of a clause before the run's is another
  // run, not this one's end ("for seven straight years, from 2018 to 2024" restates the run after it).
  const sentence = whole.replace(OTHER_SPAN, (span, at: number) => (at + span.length <= clauseAt ? ' ' : span));
  const end = END.exec(sentence);
  if (end) return Number(end[1]);
  const before = BEFORE.exec(sentence);
  if (before) return Number(before[1]) - 1;
  const years = [...new Set(sentence.replace(run, ' ').match(/\b(?:19|20)\d{2}\b/g) ?? [])];
  if (years.length === 1) return ordinal && !/\b(?:from|since|after|starting(?: in)?|beginning(?: in)?|(?:began|begun|started|launched|founded|created|introduced|established)\s+in)\s+(?:the\s+)?(?:19|20)\d{2}\b/i.test(sentence) ? Number(years[0]) : undefined;
  if (years.length === 0 && /\b(?:has|have|now|currently|still)\b/i.test(sentence)) return latestYear;
  return undefined;
}
