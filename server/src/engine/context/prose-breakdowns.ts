// Reads breakdowns written in a sentence: "splits into A 23%, B 17% … and the rest 36%", "17% … and the remaining 83%",
// "62% had a partner abroad and 38% did not".
import type { AnalysedDocument, AnalysedSegment } from '../analysis.js';
import type { NumberToken } from '../numbers.js';
import { growthStatements } from './growth.js';
import { sentenceTokens } from './spans.js';

export interface ProseBreakdown {
  segment: AnalysedSegment;
  shares: NumberToken[];
  /** "the remaining 73%": the share the author worked out as what is left. */
  remainder?: NumberToken;
}

/** A whole said to divide into parts: "splits into", "is divided between", "breaks down into", "broke down as", "is split 60/40 …". */
const SPLIT_CUE = /\b(?:split(?:s|ting)?|divide[sd]?|breaks? down|broke down|broken down|partitioned)\s+(?:(?:almost|roughly|about|evenly|equally|unevenly)\s+)?(?:in ?to|between|among|as(?:\s+follows)?)\b|\b(?:came|comes|come)\s+from(?=\s+[^.;%\d]{1,60}\(\s*\d[\d.,]*\s*%\s*\))/i;
/** After the shares of a "came from" list: a part left unnumbered ("…, the rest from fees", "among others"). */
const UNNUMBERED_REST = /\b(?:rest|remainder|remaining|others?|etc|among\s+others|and\s+so\s+on)\b/i;
/** "2015 split of combined output: A 60.7%, B 34.9%, C 4.4%": a split named, then its shares after a colon. */
// acc-parts8: "The funding mix is unusual for a national institute: core government funding 36.2%, …" — a mix of money
// sources; a partner or subject "mix" may overlap and is not read.
const SPLIT_COLON = /\b(?:split|breakdown|distribution|composition|(?:funding|income|revenue|budget)\s+mix)\b[^:.;%]{0,60}:/i;
/** "the remaining 73%", "the rest, 36%", "the remainder (12%)", "and the rest 36%", "and everything else 10.5%". */
// "…, leaving 17.7% for financial services and all other customers": what the shares before leave is the rest.
const REMAINDER_BEFORE = /\beverything\s+else\s+$|\b(?:the\s+)?(?:remaining|rest|remainder)\b(?:\s+(?:of\s+the\s+)?[\p{L}-]+)?[\s,:(]*$|,\s*(?:which\s+)?(?:leaving|leaves)\s+(?:just\s+|only\s+)?$/iu;
/** After a split's cue: a clause of its own or a second split, which ends the first split's shares. */
const NEXT_SPLIT = /;|,?\s+(?:while|whereas|but)\s|\b(?:split(?:s|ting)?|divided|broke\s+down|breaks?\s+down)\b/i;
/** After the last share of a list: the part that holds the rest ("5.6% other", "3% to all others", "2% everything else"). */
const OTHER_PART_AFTER = /^\s+(?:(?:to|for|from|in|on)\s+)?(?:other|others|all\s+others|everything\s+else|the\s+rest)\b(?!\s+(?:than|of)\b)/i;
/** "62% had a foreign co-author and 38% did not": a two-way split, the second share the complement of the first. */
const COMPLEMENT_AFTER = /^\s+(?:(?:did|do|does|were|was|are|is|had|have|has|could|would|will)\s*(?:not\b|n['’]t\b)|(?:had|have|has)\s+no(?:ne)?\b)(?!\s+(?:only|just|yet)\b)/i;
/** "21.1% of the eight-stadium total, against 87.9% for the other six": the second share is that of the rest of the whole. */
// Only when the first is a share of the whole ("of the eight-stadium total"): "44.3% of Port Carrow's finishers
// against 29.5% at the other races" compares one share across two wholes.
const FOR_THE_OTHERS_AFTER = /^\s+(?:for|by|from)\s+(?:the\s+)?(?:other|remaining)\s+(?:[\p{L}\d-]+)\b|^\s+(?:for|by|from)\s+the\s+(?:rest|others)\b/iu;
const OF_A_WHOLE_AFTER = /^\s+of\s+the\s+(?:[\p{L}\d-]+\s+){0,3}?(?:total|combined|whole|sum)\b/iu;
/** "had no signed budget": what a "had no" denies, to be found in what the first share had. */
const HAD_NO_AFTER = /^\s+(?:had|have|has)\s+no(?:ne\b|\s+([\p{L}-]+))/iu;

/**
 * "62% had a partner abroad and 38% had none" (or "had no partner"): the second share denies what the first had. "21.4%
 * closed with an overrun, and 35.0% had no signed budget" denies something else: two shares, not a split.
 */
function deniesFirst(text: string, first: NumberToken, second: NumberToken): boolean {
  const m = HAD_NO_AFTER.exec(text.slice(second.end, second.end + 40));
  if (!m) return true;
  const had = text.slice(first.end, second.start).toLowerCase();
  return m[1] === undefined ? /^\s+(?:had|have|has)\b/.test(had) : had.includes(m[1].toLowerCase());
}

/** Words that make percents in one sentence parts of different wholes or not shares at all ("up 5%", but not "made up 23%"). */
const NOT_ONE_WHOLE = /\b(?:top|bottom|richest|poorest|percentile|points?|pp|per (?:year|annum)|a year|annual\w*|growth|grew|rose|fell|increase\w*|decrease\w*|declin\w*|change\w*|higher|lower|than)\b|(?<!\b(?:made|make|makes|making)\s)\b(?:up|down|by)\s+\d/i;
/** Hedged shares ("about 40%") need not sum exactly. */
const HEDGE = /\b(?:about|around|roughly|nearly|almost|approximately|some|over|under|close to|just)\s+\d|~\s*\d/i;

/** The breakdowns stated in the sentences of a document's paragraphs and list items, each with its shares in order. */
export function proseBreakdowns(doc: AnalysedDocument, from = 0, to = doc.segments.length - 1): ProseBreakdown[] {
  const out: ProseBreakdown[] = [];
  let rates: Set<NumberToken> | undefined;
  // The segments from `from` to `to` only (a section-bound rule's, after an edit); each breakdown is of one segment.
  for (let i = from; i <= to; i++) {
    const segment = doc.segments[i]!;
    if (segment.kind !== 'paragraph' || segment.tokens.filter((t) => t.kind === 'percent').length < 2) continue;
    // Placed segments copy their tokens into ranges: the ends of a range are known by their offsets.
    const rangeEnds = new Set(segment.ranges.flatMap((r) => [r.from.start, r.to.start]));
    // "…pulpwood 22.8 per cent.¶Export was 5.2 per cent and … the remaining 7.2 per cent": a paragraph may close a split
    // the paragraph right before it began (its last sentence's percents).
    const prior = i > 0 ? doc.segments[i - 1]! : undefined;
    let before: NumberToken[] = prior && prior.kind === 'paragraph' && prior.heading === segment.heading ? lastSentencePercents(prior) : [];
    for (const { sentence, tokens } of sentenceTokens(segment)) {
      const percents = tokens.filter((t) => t.kind === 'percent');
      // The percents of the sentence before in the paragraph: a split may begin there and close here.
      const previous = before;
      before = percents;
      rates ??= new Set(growthStatements(doc).flatMap((s) => [...s.cagr, ...s.change]));
      if (percents.length < 2 || percents.some((t) => rates!.has(t) || t.style.sign !== '' || rangeEnds.has(t.start))) continue;
      const text = doc.text.slice(sentence.start, sentence.end);
      // "A 23%, B 17% … and the rest 36%": an ellipsis leaves parts out, so the shares need not add up.
      if (NOT_ONE_WHOLE.test(text) || HEDGE.test(text) || /…|\.\.\./.test(text)) continue;
      const split = SPLIT_CUE.exec(text) ?? SPLIT_COLON.exec(text);
      if (split) {
        // The shares after the cue are the parts; a percent before it ("Its 40% share splits into …") is the whole.
        const cueEnd = sentence.start + split.index + split[0].length;
        // "…: 50% public, 30% private and 20% from abroad, while spending split 60% staff and 40% equipment": a clause
        // of its own, or a second split, ends the first split's shares.
        const next = NEXT_SPLIT.exec(doc.text.slice(cueEnd, sentence.end));
        const end = next ? cueEnd + next.index : sentence.end;
        const all = percents.filter((t) => t.start >= cueEnd && t.end <= end);
        const shares = withoutSubSplits(doc.text, all);
        // "Income came from A (40%) and B (35%), the rest from C": sources in brackets, and none left without its share.
        // "The rest came from …" splits a share of the whole, not the whole.
        if (/^c[ao]me/i.test(split[0]) && (UNNUMBERED_REST.test(doc.text.slice(shares.at(-1)?.end ?? cueEnd, end)) || UNNUMBERED_REST.test(text.slice(0, split.index)))) continue;
        if (shares.length >= 2 && all.length === percents.filter((t) => t.end <= end).length) out.push({ segment, shares });
        continue;
      }
      // The remainder closes the sentence's shares: nothing after it may be a share of something else.
      const last = percents[percents.length - 1]!;
      // "Zeehondenplaat's book is similar: 44.5% to utilities, 35.2% industrial, … and 5.6% other": shares listed after a
      // colon, the last one "other", are the whole's parts.
      const colon = text.indexOf(':');
      if (colon >= 0 && percents.length >= 3 && OTHER_PART_AFTER.test(doc.text.slice(last.end, last.end + 24)) && percents.every((t) => t.start > sentence.start + colon)) {
        out.push({ segment, shares: withoutSubSplits(doc.text, percents) });
        continue;
      }
      if (percents.length === 2 && ((COMPLEMENT_AFTER.test(doc.text.slice(last.end, last.end + 24)) && deniesFirst(doc.text, percents[0]!, last)) || (FOR_THE_OTHERS_AFTER.test(doc.text.slice(last.end, last.end + 32)) && OF_A_WHOLE_AFTER.test(doc.text.slice(percents[0]!.end, percents[0]!.end + 48))))) {
        out.push({ segment, shares: percents, remainder: last });
        continue;
      }
      // "…ahead of retail (26.7%) and other pubs (18.2%). The tap took 9.6%, and events the remaining 3.5%": shares far
      // short of the whole after a sentence of shares close a split begun there.
      const sum = percents.reduce((a, t) => a + t.value, 0);
      if (previous.length > 0 && sum < 90) continue;
      if (REMAINDER_BEFORE.test(doc.text.slice(Math.max(sentence.start, last.start - 40), last.start))) {
        // "…, with the highest export share of the eight at 64.1%, earned its revenue in Aragón (12.6%), … and the rest of
        // the world (14.2%)": a remainder in brackets closes the bracketed shares; a percent outside them is another's.
        const bracketed = (t: NumberToken) => /\(\s*$/.test(doc.text.slice(Math.max(sentence.start, t.start - 3), t.start));
        const shares = bracketed(last) ? percents.filter(bracketed) : percents;
        if (shares.length >= 2) out.push({ segment, shares, remainder: last });
      }
    }
  }
  return out;
}

/**
 * A split's shares without the parts of one of them: "…, and the remaining 5.4% from sponsorship (1.8%), catering (2.1%)
 * and other sources (1.5%)" splits the 5.4% again, in brackets. Two bracketed shares or more right after an unbracketed
 * one are its parts; they are left out (and not checked against it: the reading of a nested split is not certain).
 */
function withoutSubSplits(text: string, shares: NumberToken[]): NumberToken[] {
  const bracketed = (t: NumberToken) => /\(\s*$/.test(text.slice(Math.max(0, t.start - 3), t.start));
  if (!shares.some(bracketed) || shares.every(bracketed)) return shares;
  const kept: NumberToken[] = [];
  for (let i = 0; i < shares.length; i++) {
    kept.push(shares[i]!);
    if (bracketed(shares[i]!)) continue;
    let j = i + 1;
    while (j < shares.length && bracketed(shares[j]!)) j++;
    if (j - i - 1 >= 2) i = j - 1;
  }
  return kept;
}

/** The percents of a paragraph's last sentence that holds any. */
function lastSentencePercents(segment: AnalysedSegment): NumberToken[] {
  let last: NumberToken[] = [];
  for (const { tokens } of sentenceTokens(segment)) {
    const percents = tokens.filter((t) => t.kind === 'percent');
    if (percents.length) last = percents;
  }
  return last;
}
