// A part written in words before its whole in digits, with its share right after: "KHI has taken five of the 27, or
// 28 per cent", "won twelve of its 40 races (30%)". The digit form ("5 of the 27, or 28 per cent") is rules/share.ts's
// own reading; here the part is a cardinal word.
import type { AnalysedDocument, AnalysedSegment } from '../analysis.js';
import type { Span } from '../markdown/facts.js';
import { spelledNumber, type NumberToken } from '../numbers.js';
import { carriedList } from './segment-carry.js';
import { sentenceTokens } from './spans.js';

export interface SpelledPartShare {
  stated: NumberToken;
  /** The part, a cardinal word read as a number (its text the word). */
  part: NumberToken;
  whole: NumberToken;
}

/** "five of the", "twelve out of its": the word right before the whole. */
const SPELLED_OF = /\b([A-Za-z]+(?:-[a-z]+)?)\s+(?:out\s+)?of\s+(?:the\s+|those\s+|these\s+|its\s+|their\s+|all\s+|a\s+total\s+of\s+)?$/;
/** Before the part: a hedge or a bound makes it rough ("about five of the 27", "more than five of"). */
const HEDGED_BEFORE = /\b(?:about|around|roughly|nearly|almost|approximately|some|over|more\s+than|under|fewer\s+than|less\s+than|close\s+to|at\s+least|at\s+most|up\s+to)\s+$/i;
/** Between the whole and its share: the whole's noun (≤3 words), then "(", ", or", ", i.e.", "—". */
const TO_SHARE = /^\s*(?:[\p{L}-]+\s+){0,3}?[\p{L}-]*\s*(?:\(\s*|,\s*(?:or\s+|i\.\s?e\.,?\s+|that\s+is\s+|some\s+)?|[—–]\s*)$/u;
/** After the share: "of …" names another whole, unless it is the same one ("of them", "of the total"). */
const OF_ANOTHER = /^\s+of\s+(?!them\b|these\b|those\b|the\s+total\b|all\b)|^\s+(?:a|per|each)\s+(?:year|annum|month)\b|^\s+(?:growth|increase|rise|decline|fall|more|less|fewer|higher|lower|up|down|points?|percentage\s+points?)\b/i;

/**
 * The other order, the share between a part in words and its whole (acc-parts9): "Those four are 16.4% of the 35
 * satellites", "Nine boats, 25.0% of the 48 counted, …", "the nine boats under repair make up 25.0% of the harbour's 48".
 * The word, a few words (the part's noun), then a verb of being a share or a bare comma, the share and "of … W".
 */
const CARDINAL = String.raw`(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?`;
const SPELLED_BEFORE_SHARE = new RegExp(String.raw`\b(${CARDINAL})((?:\s+[\p{L}-]+){0,4}?)(?:\s+(?:are|were|is|was|make\s+up|made\s+up|makes\s+up|account\s+for|accounted\s+for|accounts\s+for|represent(?:s|ed)?|amount(?:s|ed)?\s+to|constitut(?:e|es|ed))\s+(?:only\s+|just\s+|exactly\s+)?|,\s*)$`, 'iu');
/** Between the share and the whole: "of the", "of all", "of the harbour's", "of the region's". */
const SHARE_TO_WHOLE = /^\s+of\s+(?:the\s+|all\s+(?:the\s+)?|its\s+|their\s+)?(?:[\p{L}’'.-]+[’']s?\s+)?$/u;
/** Words among the part's that make it no part of that whole: a change, a comparison, a rank, a joined count, a group acting together ("the three together accounted for 34.6% of the 476,226 cases"). */
const NOT_A_PART = /\b(?:and|or|more|fewer|less|than|times|each|per|up|down|by|of|in|out|top|aged?|new|additional|extra|other|together|combined|jointly|between)\b/i;
/** Before the word: a determiner of a part ("those", "the", "these", "its", "only"), or nothing but the sentence start. */
const PART_OPENING = /(?:^[\s*_-]*|\b(?:[Tt]hose|[Tt]hese|[Tt]he|[Ii]ts|[Tt]heir|[Oo]nly|[Jj]ust)\s+)$/;

/** Shares stated between a part in words and its digit whole, in one clause. */
function spelledPartsBeforeShare(doc: AnalysedDocument, sentence: { start: number; end: number }, tokens: readonly NumberToken[]): ReadShare[] {
  const out: ReadShare[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [stated, whole] = [tokens[i]!, tokens[i + 1]!];
    if (stated.kind !== 'percent' || whole.kind !== 'plain' || whole.yearLike || whole.decimals > 0 || whole.style.sign !== '') continue;
    if (!SHARE_TO_WHOLE.test(doc.text.slice(stated.end, whole.start))) continue;
    // The part's word is the last figure before the share, in the share's clause.
    const from = Math.max(sentence.start, i > 0 ? tokens[i - 1]!.end : sentence.start, stated.start - 80);
    const before = doc.text.slice(from, stated.start);
    if (/[;:]/.test(before)) continue;
    const m = SPELLED_BEFORE_SHARE.exec(before);
    if (!m || NOT_A_PART.test(m[2]!)) continue;
    const value = spelledNumber(m[1]!);
    // "one" is as often a pronoun ("the largest one") as a count.
    if (value === undefined || value < 2 || value >= whole.value) continue;
    // The part's noun and the whole's, when both are plural nouns, are one: "nine boats … of the 48 tonnes" is no share.
    // ("The three Chilean observatories account for 47.6% of the 4,034 attributions": the noun is the part's last word.)
    const partNoun = /\s([\p{L}-]+s)\s*$/u.exec(m[2]!)?.[1];
    const wholeNoun = /^\s+([\p{L}-]+s)\b/u.exec(doc.text.slice(whole.end, whole.end + 30))?.[1];
    if (partNoun && wholeNoun && stem(partNoun) !== stem(wholeNoun)) continue;
    const wordStart = from + m.index;
    if (!PART_OPENING.test(doc.text.slice(sentence.start, wordStart))) continue;
    if (HEDGED_BEFORE.test(doc.text.slice(Math.max(sentence.start, whole.start - 20), whole.start))) continue;
    out.push(partOfWhole(stated, whole, wordStart, m[1]!, value));
  }
  return out;
}

/**
 * Part and whole both in words, the share right after the whole's noun: "two of its seven permanent galleries (22%)",
 * "Three of the twelve organisations, or 25%". Style guides spell counts under ten, so small shares are often written so.
 */
const SPELLED_BOTH = new RegExp(String.raw`\b(one|${CARDINAL})\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|those\s+|these\s+|our\s+|all\s+)?(${CARDINAL})((?:\s+[\p{L}-]+){1,3}?)\s*(?:\(\s*|,\s*(?:or\s+|i\.\s?e\.,?\s+|that\s+is\s+)?|[—–]\s*)$`, 'iu');

function spelledBothBeforeShare(doc: AnalysedDocument, sentence: { start: number; end: number }, tokens: readonly NumberToken[]): ReadShare[] {
  const out: ReadShare[] = [];
  tokens.forEach((stated, i) => {
    if (stated.kind !== 'percent' || stated.style.sign !== '') return;
    const from = Math.max(sentence.start, i > 0 ? tokens[i - 1]!.end : sentence.start, stated.start - 100);
    const before = doc.text.slice(from, stated.start);
    const m = SPELLED_BOTH.exec(before);
    if (!m || /[;:]/.test(m[0])) return;
    const [value, total] = [spelledNumber(m[1]!), spelledNumber(m[2]!)];
    if (value === undefined || total === undefined || value < 1 || value >= total) return;
    // The whole's noun: plural, and no word of a change, a comparison or a rank among its words.
    if (!/[\p{L}]s$/u.test(m[3]!.trim()) || NOT_A_PART.test(m[3]!)) return;
    const partStart = from + m.index;
    if (HEDGED_BEFORE.test(doc.text.slice(Math.max(sentence.start, partStart - 20), partStart))) return;
    if (OF_ANOTHER.test(doc.text.slice(stated.end, Math.min(sentence.end, stated.end + 40)))) return;
    const wholeStart = partStart + m[0].toLowerCase().indexOf(` ${m[2]!.toLowerCase()}`, m[1]!.length) + 1;
    out.push({ stated, whole: null, part: { start: partStart, end: partStart + m[1]!.length }, value, text: m[1]!, wholeSpan: { start: wholeStart, end: wholeStart + m[2]!.length }, total, wholeText: m[2]! });
  });
  return out;
}

/**
 * A share as read in its segment, before its part and whole are built: kept with the segment's cached analysis
 * (segment-carry.ts), its tokens by their index and its spans relative to the segment, so that a keystroke reads again
 * only the segments it changed, not every paragraph with a percent.
 */
interface ReadShare {
  stated: NumberToken;
  /** The whole, a token of the segment; null when the whole is a word too (then built from `stated`). */
  whole: NumberToken | null;
  /** The part's word. */
  part: Span;
  value: number;
  text: string;
  /** A whole in words: its word, value and text. */
  wholeSpan: Span | null;
  total: number | null;
  wholeText: string | null;
}

/** A part in words before a digit whole ("five of the 27"): the part is the whole's token with the word's value. */
function partOfWhole(stated: NumberToken, whole: NumberToken, start: number, text: string, value: number): ReadShare {
  return { stated, whole, part: { start, end: start + text.length }, value, text, wholeSpan: null, total: null, wholeText: null };
}

/** The share with its part (and a whole in words) as numbers: new objects on each call, as the readings always gave. */
function built(read: ReadShare): SpelledPartShare {
  const { stated, whole, part, value, text } = read;
  if (whole) return { stated, part: { ...whole, value, text, start: part.start, end: part.end, decimals: 0 } as NumberToken, whole };
  const plain = { ...stated, kind: 'plain', decimals: 0, scale: undefined, currency: undefined, yearLike: false } as NumberToken;
  const wholeSpan = read.wholeSpan!;
  return { stated, part: { ...plain, value, text, start: part.start, end: part.end }, whole: { ...plain, value: read.total!, text: read.wholeText!, start: wholeSpan.start, end: wholeSpan.end } };
}

/** How far past a whole the reading looks for its noun ("… of the 48 tonnes"): it may run past the segment's end. */
const AFTER_SEGMENT = 30;

/**
 * Shares of a digit whole whose part is a cardinal word, in one clause; the share right after the whole. A share that
 * is one of `rates` is left out after the reading, which reads the same shares whatever the rates are (each reading
 * tested only the share's own start against them), so a segment's shares are read once per content, and after an edit
 * only the edit's segments are read (carriedList).
 */
export function spelledPartShares(doc: AnalysedDocument, rates: ReadonlySet<number>): SpelledPartShare[] {
  const out: SpelledPartShare[] = [];
  for (const read of carriedList(doc, 'spelled-part-shares', AFTER_SEGMENT, mayHoldShare, (segment) => segmentShares(doc, segment))) {
    if (!rates.has(read.stated.start)) out.push(built(read));
  }
  return out;
}

/** Only a paragraph with a percent is read. */
const mayHoldShare = (segment: AnalysedSegment): boolean => segment.kind === 'paragraph' && segment.tokens.some((t) => t.kind === 'percent');

/** One paragraph's shares, sentence by sentence, in the order the readings give them. */
function segmentShares(doc: AnalysedDocument, segment: AnalysedSegment): ReadShare[] {
  const out: ReadShare[] = [];
  for (const { sentence, tokens } of sentenceTokens(segment)) {
    const figures = tokens.filter((t) => !t.yearLike);
    out.push(...spelledPartsBeforeShare(doc, sentence, figures));
    out.push(...spelledBothBeforeShare(doc, sentence, figures));
    for (let i = 0; i + 1 < tokens.length; i++) {
      const [whole, stated] = [tokens[i]!, tokens[i + 1]!];
      if (whole.kind !== 'plain' || whole.yearLike || whole.decimals > 0 || whole.style.sign !== '' || stated.kind !== 'percent') continue;
      const before = doc.text.slice(Math.max(sentence.start, whole.start - 60), whole.start);
      const m = SPELLED_OF.exec(before);
      if (!m) continue;
      const value = spelledNumber(m[1]!);
      if (value === undefined || value < 1 || value >= whole.value) continue;
      const wordStart = whole.start - (before.length - m.index);
      // The part's word must be the last figure before the whole ("17 of …, five of the 27" reads five).
      if (tokens.some((t) => t.end > wordStart && t.start < whole.start)) continue;
      if (HEDGED_BEFORE.test(doc.text.slice(Math.max(sentence.start, wordStart - 20), wordStart))) continue;
      if (HEDGED_BEFORE.test(doc.text.slice(Math.max(sentence.start, whole.start - 20), whole.start).replace(SPELLED_OF, ''))) continue;
      if (!TO_SHARE.test(doc.text.slice(whole.end, stated.start))) continue;
      if (OF_ANOTHER.test(doc.text.slice(stated.end, Math.min(sentence.end, stated.end + 40)))) continue;
      out.push(partOfWhole(stated, whole, wordStart, m[1]!, value));
    }
  }
  return out;
}

function stem(w: string): string {
  return w.toLowerCase().replace(/(?:ies|es|s)$/, '');
}
