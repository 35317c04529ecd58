// A share with its part and whole in one sentence, in the phrasings the narrow readings of rules/share.ts leave:
// "480 papers out of a total of 4,000 (12.5%)", "4,000 papers, of which 480 (12%) had …", "In 2025, of the 4,000
// papers, 480 — 12% — …", "Lund's 480 papers were 12% of the station's total of 4,000". The part and whole are of one
// measure (counts, or money of one currency and scale), and their unit words, when both have them, agree.
import { documentDecimalMark, type AnalysedDocument, type AnalysedSegment } from '../analysis.js';
import { acrossVersionsEach, movedWithSegment } from '../across-versions.js';
import { scanNumbers, type NumberToken } from '../numbers.js';
import { segmentHas } from './segment-carry.js';
import { sentenceTokens } from './spans.js';
import { slipExplains } from './share-referred-wholes.js';

export interface ClauseShare {
  part: NumberToken;
  whole: NumberToken;
  stated: NumberToken;
}

const DET = String.raw`(?:the|these|those|its|their|our|his|her|all(?:\s+the)?|a\s+total\s+of|the\s+total\s+of|a\s+combined|an\s+overall)`;
const WORD = String.raw`[\p{L}’'-]+`;
/** "480 papers out of a total of 4,000": unit words between the part and "out of". */
const OUT_OF = new RegExp(String.raw`^\s+(?:${WORD}\s+){0,3}?out\s+of\s+(?:${DET}\s+)?(?:${WORD}[’']s?\s+)?$`, 'iu');
/** "4,000 papers, of which 480": the whole, a few words, then "of which|of whom". */
const OF_WHICH = new RegExp(String.raw`^\s+(?:${WORD}\s+){0,4}?${WORD},?\s+(?:of\s+(?:which|whom)|including)\s+$`, 'iu');
/**
 * "EUR 12.0 million in 2024, of which roads took EUR 4.2 million": a year may stand before "of which" and the part's
 * owner and verb after it (no change word, checked by the caller; acc-parts9).
 */
const OF_WHICH_VERB = new RegExp(String.raw`^\s+(?:(?:${WORD}|(?:19|20)\d{2})\s+){0,4}?(?:${WORD}|(?:19|20)\d{2}),\s+of\s+(?:which|whom)\s+(?:${WORD}\s+){1,3}?(?:took|received|got|went\s+to|came\s+from|spent|paid|used|absorbed|was|were|is|are|made\s+up|accounted\s+for|account\s+for)\s+$`, 'iu');
/** "1,773 papers, of which KTH appears on 1,217": the part's owner and verb between "of which" and the part (acc-parts8). */
const OF_WHICH_NAMED = new RegExp(String.raw`^\s+(?:${WORD}\s+){0,4}?${WORD},?\s+of\s+(?:which|whom)\s+(?:${WORD}\s+){1,4}?(?:on|in|with|for|to)\s+$`, 'iu');
/** Words that make the figure after them a change, not a part: "of which KTH grew by 1,217". */
const CHANGE_WORD = /\b(?:by|rose|grew|fell|increased|decreased|declined|dropped|gained|lost|added|up|down|more|less|fewer)\b/i;
/** After a part's share, the next part of the same whole: ") and Lund University on ", ", and KTH ". */
const NEXT_PART = /^\s*\)?\s*,?\s*(?:and\s+)?(?:[\p{L}’'.-]+\s+){1,5}$/u;
/** Between a part and its share: "(", ", or", "—", ", i.e.", "were", "made up", "accounting for". */
const PART_TO_SHARE = new RegExp(
  String.raw`^\s*(?:(?:${WORD}\s+){0,4}?(?:were|was|is|are|made\s+up|make\s+up|makes\s+up|making\s+up|accounts?\s+for|accounted\s+for|accounting\s+for|represent(?:s|ed|ing)?|amount(?:s|ed|ing)?\s+to|constitut(?:e|es|ed|ing)|(?:or|i\.\s?e\.|that\s+is)(?:\s+(?:just|only|exactly))?)\s+|\(\s*|[,—–]\s*(?:or\s+|i\.\s?e\.\s+|that\s+is\s+)?)$`,
  'iu',
);
/** The same, without a bare comma or dash ("41.7% of 13, 33.3% of 14" is a list, not a part and its share). */
const PART_IS_SHARE = new RegExp(
  String.raw`^\s*(?:(?:(?:${WORD}|(?:19|20)\d{2})\s+){0,4}?(?:were|was|is|are|made\s+up|make\s+up|makes\s+up|making\s+up|accounts?\s+for|accounted\s+for|accounting\s+for|represent(?:s|ed|ing)?|amount(?:s|ed|ing)?\s+to|c(?:a|o)m(?:e|es|ing)\s+to|constitut(?:e|es|ed|ing))\s+|,?\s*(?:or|i\.\s?e\.|that\s+is)(?:\s+(?:just|only|exactly))?\s+|\(\s*)$`,
  'iu',
);
/**
 * "EUR 4.2 million on roads, 30.0% of its EUR 12.0 million budget": the share in apposition after the part's own words
 * (at least one word, and a year at most, before the comma: "41.7% of 13, 33.3% of 14" is a list, acc-parts9).
 */
const PART_APPOSED_SHARE = new RegExp(String.raw`^\s+(?:${WORD}|(?:19|20)\d{2})(?:\s+(?:${WORD}|(?:19|20)\d{2})){0,5},\s*(?:or\s+)?$`, 'iu');
/** Words that make an apposed figure no part of the whole after it: "aged 65 and over, 25% of", "12 more, 30% of". */
const NOT_APPOSED_PART = /\b(?:and|or|to|than|per|each|every|a|an|more|fewer|less|up|down|times|over|under|plus|minus|aged?)\b/i;
const NOT_PART_BEFORE = /\b(?:aged?|ages|than|top|ranks?|ranked|no\.?|number|grade|level|phase|tier|class|by|from)\s+$/i;
/** "EUR 4.2 million of the council's EUR 12.0 million": two sums of money joined by a bare "of" (counts are rules/share.ts's). */
const MONEY_OF = new RegExp(String.raw`^\s+of\s+(?:${DET}\s+)?(?:${WORD}[’']s?\s+)?$`, 'iu');
/** After the whole of a pair, its share: "(30.0%", ", or 30.0%", "— 30.0%", a few of the whole's words first ("budget (30.0%"). */
const WHOLE_TO_SHARE = new RegExp(String.raw`^\s*(?:${WORD}\s*){0,3}?(?:\(|,\s*(?:or\s+)?|—|–)\s*$`, 'iu');
/** "…, a 30.0% share", "…, a share of 30.0%": the share named as one after the pair. */
const A_SHARE_BEFORE = /^\s*(?:[\p{L}’'-]+\s*){0,3}?,\s*a\s+share\s+of\s+$/iu;
const A_SHARE_AFTER = /^\s+share\b/i;
/** A share, then its own amount in brackets: "41.2% (USD 29.5 million". */
const SHARE_THEN_AMOUNT = /^\s*\(\s*$/;
/** The amount's bracket closes and the whole follows: ") of the USD 71.6 million", ") of the utilities' USD 71.6 million". */
const AMOUNT_OF_WHOLE = new RegExp(String.raw`^\s*\)\s+of\s+(?:${DET}\s+)?(?:${WORD}[’']s?\s+)?$`, 'iu');
/** After an opening whole, the part's owner and a verb that takes a share: ", PPMWA took " (acc-sum10). */
const WHOLE_THEN_TAKER = new RegExp(String.raw`^\s+(?:(?:${WORD}|(?:19|20)\d{2})\s+){0,5}?(?:${WORD}|(?:19|20)\d{2}),\s+(?:${WORD}\s+){1,3}?(?:took|received|got|absorbed|claimed|accounted\s+for|made\s+up|represented|went\s+to)\s+(?:only\s+|just\s+|some\s+)?$`, 'iu');
/** Between two figures of a bare list: "638, 201 and 73", "75.7% and 7.0%" (a unit word after the last is the caller's). */
const BARE_LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/;
/** Right before a whole: "of the 902", "of its 902", "out of 902", "of the three's 902". */
const OF_BEFORE_WHOLE = new RegExp(String.raw`\b(?:out\s+)?of\s+(?:${DET}\s+)?(?:${WORD}[’']s?\s+)?$`, 'iu');
/** A change or a comparison in a "respectively" sentence: its percents are no shares of the whole. */
const NOT_SHARES = /\b(?:rose|rise|grew|grow|fell|fall|declin\w*|increas\w*|decreas\w*|gain\w*|lost|(?<!\bmad(?:e|es|ing)\s|\bmak(?:e|es|ing)\s)up|down|more|less|fewer|than|growth|change\w*|cagr|a\s+year|annual\w*|per\s+year|points?)\b/i;
/** Words after "of" that are no whole: "30% of which", "30% of whom". */
const OF_RELATIVE = /^\s+of\s+(?:which|whom|these|those|them)\b/i;
/** After a share, its whole: "of the station's total of 4,000", "of all 4,000", "of the region's 2025 output of". */
const SHARE_OF_WHOLE = new RegExp(String.raw`^\s+of\s+(?:${DET}\s+)?(?:${WORD}[’']s?\s+)?(?:(?:\d{4}|(?!(?:in|by|from|with|per|at|on|for|to|than|and|or|between|among)\s)${WORD})\s+){0,2}?(?:(?:total|output|sum)\s+of\s+)?$`, 'iu');
/** A sentence opening with its whole: "Of the 4,000 papers", "In 2025, of the 4,000 papers". */
const OPENS_WITH_WHOLE = new RegExp(String.raw`^[\s*_-]*(?:(?:in|by|for|over|during|across)\s+[^,]{1,30},\s*)?of\s+(?:${DET}\s+)?$`, 'iu');
/** After the opening whole, up to the part: "papers published that year, " (a few words and a comma). */
const WHOLE_THEN_PART = new RegExp(String.raw`^\s+(?:${WORD}\s+){0,5}?${WORD},\s+(?:only\s+|just\s+|some\s+)?$|^,\s+(?:only\s+|just\s+)?$`, 'iu');
const HEDGED = /\b(?:about|around|roughly|nearly|almost|approximately|some|over|more than|under|fewer than|less than|close to|an estimated|up to|at least)\s+$/i;
const UNIT = /^\s+(\p{Ll}[\p{L}-]*)/u;
const FUNCTION_WORD = /^(?:of|in|on|at|for|from|by|to|or|and|with|which|that|was|were|is|are|had|has|have|this|it|the|a|an|out|over|each|between|together|combined|alone|more|less|than|made|make|makes|account|accounts|accounted|accounting|represent|represents|represented|amount|amounts|amounted|were|only|just)$/i;

/** Shares of a part and whole named in one sentence by the structures above; rates are left out by the caller. */
export function clauseShares(doc: AnalysedDocument, rates: ReadonlySet<number>): ClauseShare[] {
  const out: ClauseShare[] = [];
  const mark = documentDecimalMark(doc);
  // A sentence's shares, each judged on its own but for the rates (read from the whole document): outside an edit's
  // scope, the last version's, moved (across-versions.ts). They read the segment's sentences, the 20 characters before
  // a figure and the 30 after it, and the document's decimal mark.
  const sentenceShares = (segment: AnalysedSegment): SentenceShares[] => {
    const read: SentenceShares[] = [];
    for (const { sentence, tokens: all } of sentenceTokens(segment)) {
      const tokens = all.filter((t) => !t.yearLike && t.kind !== 'ordinal');
      const percents = tokens.filter((t) => t.kind === 'percent');
      if (percents.length === 0) continue;
      const text = (a: NumberToken | number, b: NumberToken | number) =>
        doc.text.slice(typeof a === 'number' ? a : a.end, typeof b === 'number' ? b : b.start);
      const found: ClauseShare[] = [];
      for (let i = 0; i < tokens.length; i++) {
        const [x, y, z] = [tokens[i]!, tokens[i + 1], tokens[i + 2]];
        // "P … out of W" then the share right after W or right before P.
        if (y && OUT_OF.test(text(x, y)) && measureAgrees(doc, x, y)) {
          const after = z && z.kind === 'percent' && /^\s*(?:\(|,\s*(?:or\s+)?|—\s*|–\s*)$/.test(text(y, z)) ? z : undefined;
          const w = tokens[i - 1];
          const before = w && w.kind === 'percent' && /^\s*(?:\(|,|—|–)?\s*$/.test(text(w, x)) ? w : undefined;
          const stated = after ?? before;
          if (stated && !(after && before)) found.push({ part: x, whole: y, stated });
        }
        // "W …, of which P (S%)".
        if (y && z && z.kind === 'percent' && (OF_WHICH.test(text(x, y)) || (OF_WHICH_NAMED.test(text(x, y)) && !CHANGE_WORD.test(text(x, y)))) && PART_TO_SHARE.test(text(y, z)) && measureAgrees(doc, y, x)) {
          found.push({ part: y, whole: x, stated: z });
          // "…, of which KTH appears on 1,217 (68.6%) and Lund University on 1,210, or 62.2%": the next parts of the same
          // whole, each joined by a few words and followed by its share (acc-parts8).
          for (let k = i + 3, last = z; k + 1 < tokens.length; k += 2) {
            const [part, share] = [tokens[k]!, tokens[k + 1]!];
            if (share.kind !== 'percent' || !NEXT_PART.test(text(last, part)) || !PART_TO_SHARE.test(text(part, share)) || !measureAgrees(doc, part, x)) break;
            found.push({ part, whole: x, stated: share });
            last = share;
          }
        }
        // "W in 2024, of which roads took P (S%)" (acc-parts9).
        if (y && z && z.kind === 'percent' && OF_WHICH_VERB.test(text(x, y)) && !CHANGE_WORD.test(text(x, y)) && PART_TO_SHARE.test(text(y, z)) && measureAgrees(doc, y, x)) found.push({ part: y, whole: x, stated: z });
        // "P … S% of the … W", also "P on roads, S% of its W budget" (acc-parts9).
        if (y && z && y.kind === 'percent' && (PART_IS_SHARE.test(text(x, y)) || (PART_APPOSED_SHARE.test(text(x, y)) && !NOT_APPOSED_PART.test(text(x, y).replace(/,\s*or\s+$/, '')) && !NOT_PART_BEFORE.test(doc.text.slice(Math.max(sentence.start, x.start - 12), x.start)))) && SHARE_OF_WHOLE.test(text(y, z)) && !OF_RELATIVE.test(text(y, z)) && measureAgrees(doc, x, z)) found.push({ part: x, whole: z, stated: y });
        // "EUR 4.2 million of the council's EUR 12.0 million budget (30.0%)", "…, a 30.0% share", "…, a share of 30.0%" (acc-parts9).
        if (y && z && x.kind === 'currency' && MONEY_OF.test(text(x, y)) && z.kind === 'percent' && (WHOLE_TO_SHARE.test(text(y, z)) || A_SHARE_BEFORE.test(text(y, z)) || (/^\s*(?:[\p{L}’'-]+\s*){0,3}?,\s*an?\s+$/iu.test(text(y, z)) && A_SHARE_AFTER.test(doc.text.slice(z.end, z.end + 8)))) && measureAgrees(doc, x, y)) found.push({ part: x, whole: y, stated: z });
      }
      // "S% (P) of the W": the share's own amount in brackets, then its whole (acc-sum10).
      for (let i = 0; i + 2 < tokens.length; i++) {
        const [x, y, z] = [tokens[i]!, tokens[i + 1]!, tokens[i + 2]!];
        if (x.kind === 'percent' && SHARE_THEN_AMOUNT.test(text(x, y)) && AMOUNT_OF_WHOLE.test(text(y, z)) && measureAgrees(doc, y, z)) found.push({ part: y, whole: z, stated: x });
      }
      // "Of the W …, A took S% (P)": the whole opens the sentence, the share and its amount follow (acc-sum10).
      {
        const [w, s, p] = [tokens[0], tokens[1], tokens[2]];
        if (w && s && p && s.kind === 'percent' && OPENS_WITH_WHOLE.test(text(sentence.start, w)) && WHOLE_THEN_TAKER.test(text(w, s)) && SHARE_THEN_AMOUNT.test(text(s, p)) && /^\s*\)/.test(doc.text.slice(p.end, p.end + 3)) && measureAgrees(doc, p, w)) found.push({ part: p, whole: w, stated: s });
      }
      // "230 thousand households in 2025: Chiang Mai 149 thousand (64.8%) and Ubon 81 thousand": a whole split after a colon.
      found.push(...colonSplit(doc, sentence, tokens));
      // "A and B published 638 and 63 papers respectively, 70.7% and 7.0% of the 902": parts and shares paired in order (acc-sum10).
      if (/\brespectively\b/i.test(text(sentence.start, sentence.end))) found.push(...respectively(doc, sentence, tokens));
      // "(In 2025,) of the W …, P (S%)": the whole opens the sentence.
      const [w, p, s] = [tokens[0], tokens[1], tokens[2]];
      if (w && p && s && s.kind === 'percent' && OPENS_WITH_WHOLE.test(text(sentence.start, w)) && WHOLE_THEN_PART.test(text(w, p)) && PART_TO_SHARE.test(text(p, s)) && measureAgrees(doc, p, w)) {
        found.push({ part: p, whole: w, stated: s });
      }
      const shares: ClauseShare[] = [];
      for (const f of found) {
        if (f.part.value <= 0 || f.whole.value <= f.part.value || hedged(doc, f.part) || hedged(doc, f.whole)) continue;
        if (f.part.style.sign !== '' || f.whole.style.sign !== '') continue;
        if (found.some((g) => g !== f && g.stated === f.stated)) continue;
        // The share holds once two digits of the part or whole are swapped: that figure is the likelier typo.
        if (slipExplains(f.stated, f.part, f.whole)) continue;
        shares.push(f);
      }
      if (shares.length > 0) read.push({ percents, shares });
    }
    return read;
  };
  // Only the paragraphs that read a share in the version before, and the edit's, are asked again (across-versions.ts).
  const gate = (segment: AnalysedSegment) => segment.kind === 'paragraph' && segment.tokens.some((t) => t.kind === 'percent');
  for (const read of acrossVersionsEach(doc, 'clause-shares', [mark], gate, sentenceShares, movedWithSegment)) {
    for (const { percents, shares } of read) {
      // A sentence whose percents are all rates has no share (the original reading skipped it whole).
      if (percents.every((t) => rates.has(t.start))) continue;
      for (const f of shares) if (!rates.has(f.stated.start)) out.push(f);
    }
  }
  return out;
}

/** A sentence's shares before the rates are left out, with its percents. */
interface SentenceShares {
  percents: NumberToken[];
  shares: ClauseShare[];
}

/**
 * "A and B published 638 and 63 papers respectively in 2024, 70.7% and 7.0% of the 902", "Of the 902 papers, A and B
 * published 638 and 63 respectively (70.7% and 7.0%)": a bare list of parts and a list of as many percents in a sentence
 * that says "respectively", with one whole of the parts' measure after "of" (or opening the sentence), larger than each
 * part; nothing when the sentence speaks of a change or a comparison.
 */
function respectively(doc: AnalysedDocument, sentence: { start: number; end: number }, tokens: readonly NumberToken[]): ClauseShare[] {
  if (NOT_SHARES.test(doc.text.slice(sentence.start, sentence.end))) return [];
  // "In 2015 and 2024 … respectively": the parts may be of different years, each of its own whole.
  if (new Set(doc.text.slice(sentence.start, sentence.end).match(/\b(?:19|20)\d{2}\b/g) ?? []).size > 1) return [];
  const runs = (pick: (t: NumberToken) => boolean): NumberToken[][] => {
    const out: NumberToken[][] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (!pick(tokens[i]!)) continue;
      const run = [tokens[i]!];
      while (i + 1 < tokens.length && pick(tokens[i + 1]!) && BARE_LIST_GAP.test(doc.text.slice(tokens[i]!.end, tokens[i + 1]!.start))) run.push(tokens[++i]!);
      if (run.length >= 2) out.push(run);
    }
    return out;
  };
  const partRuns = runs((t) => (t.kind === 'plain' || t.kind === 'currency') && t.style.sign === '');
  const shareRuns = runs((t) => t.kind === 'percent');
  if (partRuns.length !== 1 || shareRuns.length !== 1) return [];
  const [parts, shares] = [partRuns[0]!, shareRuns[0]!];
  if (parts.length !== shares.length || parts.some((p) => !measureAgrees(doc, parts[0]!, p) || hedged(doc, p))) return [];
  const wholes = tokens.filter((t) => !parts.includes(t) && !shares.includes(t) && t.kind !== 'percent' && measureAgrees(doc, parts[0]!, t));
  if (wholes.length !== 1) return [];
  const whole = wholes[0]!;
  const before = doc.text.slice(sentence.start, whole.start);
  if (!(OF_BEFORE_WHOLE.test(before) || (whole === tokens[0] && OPENS_WITH_WHOLE.test(before))) || parts.some((p) => p.value >= whole.value)) return [];
  return parts.map((part, k) => ({ part, whole, stated: shares[k]! }));
}

/** After the whole: its unit and year at most, then a colon ("households in 2025: "). */
const WHOLE_COLON = new RegExp(String.raw`^\s*(?:(?:${WORD}|(?:in|for)\s+(?:19|20)\d{2})\s*){0,4}:\s+`, 'u');
/** The first part's label, right after the colon: "Chiang Mai ", "the North ". */
const LABEL_FIRST = /^(?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3}\s+$/u;
/** Between a part (or its bracketed share) and the next part: ", and Label ", " and Label ". */
const NEXT_LABEL = /^\s*(?:\p{Ll}[\p{L}-]*\s*)?(?:\(\s*)?(?:,\s*(?:and\s+)?|\s+and\s+|;\s*)(?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3}\s+$/u;
/** After a part: its unit word at most, then "(S%" ("149 thousand (64.8%"). */
const PART_THEN_SHARE = /^\s*(?:\p{Ll}[\p{L}-]*\s*)?\(\s*$/u;
/** After the last part, or its share: its unit word and the bracket at most, then the sentence's end. */
const LIST_END = /^\s*(?:\p{Ll}[\p{L}-]*\s*)?\)?\s*(?:[.;]|\[[^\]]*\]|<sup>[^<]*<\/sup>)*\s*$/u;

/**
 * "The two offices served 230 thousand households in 2025: Chiang Mai 149 thousand (64.8%) and Ubon 81 thousand": a whole,
 * a colon, then labelled parts up to the sentence's end, some with their share in brackets. Read only when the parts add
 * up to the whole (at their rounding), so that the list is the whole's split and each share is of that whole.
 */
function colonSplit(doc: AnalysedDocument, sentence: { start: number; end: number }, tokens: readonly NumberToken[]): ClauseShare[] {
  const text = (a: number, b: number) => doc.text.slice(a, b);
  // No colon after the sentence's figures, no whole before one (and WHOLE_COLON backtracks over every way of splitting
  // the words after each figure before it fails).
  const colon = doc.text.indexOf(':', sentence.start);
  if (colon < 0 || colon >= sentence.end) return [];
  const whole = tokens.find((t) => (t.kind === 'plain' || t.kind === 'currency') && WHOLE_COLON.test(text(t.end, sentence.end)));
  if (!whole) return [];
  const listStart = whole.end + WHOLE_COLON.exec(text(whole.end, sentence.end))![0].length;
  // The parts are read from the text again: "North 149" is a name-like figure the analysis sets aside.
  const figures = scanNumbers(text(listStart, sentence.end), documentDecimalMark(doc)).map((t) => ({ ...t, start: t.start + listStart, end: t.end + listStart }));
  if (!LABEL_FIRST.test(text(listStart, figures[0]?.start ?? listStart))) return [];
  const parts: NumberToken[] = [];
  const shares: ClauseShare[] = [];
  for (let i = 0; i < figures.length; i++) {
    const part = figures[i]!;
    if (part.kind === 'percent' || part.yearLike || !measureAgrees(doc, part, whole) || part.style.sign !== '' || hedged(doc, part)) return [];
    parts.push(part);
    let last: NumberToken = part;
    const share = figures[i + 1];
    if (share?.kind === 'percent' && PART_THEN_SHARE.test(text(part.end, share.start))) {
      shares.push({ part, whole, stated: tokens.find((t) => t.start === share.start) ?? share });
      last = share;
      i++;
    }
    const next = figures[i + 1];
    if (!next) {
      if (!LIST_END.test(text(last.end, sentence.end))) return [];
      break;
    }
    if (!NEXT_LABEL.test(text(last.end, next.start).replace(/^\s*\)/, ''))) return [];
  }
  if (parts.length < 2 || shares.length === 0) return [];
  const sum = parts.reduce((a, p) => a + p.value, 0);
  const slack = parts.reduce((a, p) => a + 0.5 * 10 ** -p.decimals, 0) + 0.5 * 10 ** -whole.decimals + 1e-9;
  return Math.abs(sum - whole.value) <= slack ? shares : [];
}

/** One measure: counts, or money of one currency and scale; and the unit words, when both have one, are the same word. */
function measureAgrees(doc: AnalysedDocument, part: NumberToken, whole: NumberToken): boolean {
  const same = (part.kind === 'plain' && whole.kind === 'plain') || (part.kind === 'currency' && whole.kind === 'currency' && part.currency === whole.currency && part.scale === whole.scale);
  if (!same) return false;
  const [a, b] = [unit(doc, part), unit(doc, whole)];
  return a === undefined || b === undefined || stem(a) === stem(b);
}

function unit(doc: AnalysedDocument, t: NumberToken): string | undefined {
  const w = UNIT.exec(doc.text.slice(t.end, t.end + 30))?.[1];
  return w && !FUNCTION_WORD.test(w) ? w : undefined;
}

function stem(w: string): string {
  return w.toLowerCase().replace(/(?:ies|es|s)$/, '');
}

function hedged(doc: AnalysedDocument, t: NumberToken): boolean {
  return HEDGED.test(doc.text.slice(Math.max(0, t.start - 20), t.start));
}

export interface ClausePair {
  sentence: { start: number; end: number };
  part: NumberToken;
  whole: NumberToken;
}

/**
 * The one part and whole of a sentence that holds no percent (for a share in words: "480 colonies out of 4,000 — about
 * one in eight —", "Of the 1,950 farms counted, 650 — a third — grew barley", "2,500 maps, of which 650, about a quarter").
 */
export function clausePairs(doc: AnalysedDocument, hint: RegExp): ClausePair[] {
  // A paragraph's pairs read its sentences and the few characters around its figures (a unit after, a hedge before):
  // kept across versions (acrossVersionsEach) and, after an edit, read only in its scope and where pairs were found
  // before, not a walk of every segment per keystroke (the pattern's source and flags its globals: an equal pattern
  // reads the same pairs). The cue test is kept with the segment's cached analysis; a sentence needs two figures, so a
  // paragraph with fewer has none.
  const out: ClausePair[] = [];
  const gate = (segment: AnalysedSegment) => segment.kind === 'paragraph' && segment.tokens.length >= 2 && segmentHas(segment, hint);
  for (const reading of acrossVersionsEach(doc, 'clause-pairs', [hint.source, hint.flags], gate, (segment) => segmentPairs(doc, segment, hint), movedWithSegment)) {
    for (const pair of reading) out.push(pair);
  }
  return out;
}

function segmentPairs(doc: AnalysedDocument, segment: AnalysedSegment, hint: RegExp): ClausePair[] {
  const out: ClausePair[] = [];
  for (const { sentence, tokens: all } of sentenceTokens(segment)) {
    const tokens = all.filter((t) => !t.yearLike && t.kind !== 'ordinal');
    if (tokens.length < 2 || tokens.some((t) => t.kind === 'percent') || !hint.test(doc.text.slice(sentence.start, sentence.end))) continue;
    const text = (a: number, b: number) => doc.text.slice(a, b);
    const pairs: ClausePair[] = [];
    for (let i = 0; i + 1 < tokens.length; i++) {
      const [x, y] = [tokens[i]!, tokens[i + 1]!];
      if (OUT_OF.test(text(x.end, y.start)) && measureAgrees(doc, x, y)) pairs.push({ sentence, part: x, whole: y });
      else if (OF_WHICH.test(text(x.end, y.start)) && measureAgrees(doc, y, x)) pairs.push({ sentence, part: y, whole: x });
    }
    const [w, p] = [tokens[0]!, tokens[1]!];
    if (OPENS_WITH_WHOLE.test(text(sentence.start, w.start)) && WHOLE_THEN_PART.test(text(w.end, p.start)) && measureAgrees(doc, p, w)) pairs.push({ sentence, part: p, whole: w });
    if (pairs.length !== 1) continue;
    const [pair] = pairs;
    if (pair!.whole.value <= pair!.part.value || hedged(doc, pair!.whole) || pair!.part.style.sign !== '') continue;
    out.push(pair!);
  }
  return out;
}
