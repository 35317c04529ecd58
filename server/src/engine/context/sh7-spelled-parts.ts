// A part written in words before its whole in digits, with its share right after: "KHI has taken five of the 27, or
// 28 per cent", "won twelve of its 40 races (30%)". The digit form ("5 of the 27, or 28 per cent") is rules/share.ts's
// own reading; here the part is a cardinal word.
import type { AnalysedDocument } from '../analysis.js';
import { spelledNumber, type NumberToken } from '../numbers.js';
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

/** Shares of a digit whole whose part is a cardinal word, in one clause; the share right after the whole. */
export function spelledPartShares(doc: AnalysedDocument, rates: ReadonlySet<number>): SpelledPartShare[] {
  const out: SpelledPartShare[] = [];
  for (const segment of doc.segments) {
    if (segment.kind !== 'paragraph' || !segment.tokens.some((t) => t.kind === 'percent')) continue;
    for (const { sentence, tokens } of sentenceTokens(segment)) {
      for (let i = 0; i + 1 < tokens.length; i++) {
        const [whole, stated] = [tokens[i]!, tokens[i + 1]!];
        if (whole.kind !== 'plain' || whole.yearLike || whole.decimals > 0 || whole.style.sign !== '' || stated.kind !== 'percent' || rates.has(stated.start)) continue;
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
        const part = { ...whole, value, text: m[1]!, start: wordStart, end: wordStart + m[1]!.length, decimals: 0 } as NumberToken;
        out.push({ stated, part, whole });
      }
    }
  }
  return out;
}
