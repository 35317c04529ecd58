// A share whose whole is referred to rather than written out: "… a total budget of USD 138.7 million. The payment,
// USD 14.4 million, is equivalent to 12.4% of that budget", "Taken together they come to 6,382 papers. Keio's 428 papers
// are 8.7% of it", "spent a combined EUR 547.4 million … EUR 319.9 million of that between them, 55.7% of the total".
// The part is the figure right before the share in its own clause; the whole is the one figure of the same measure
// that a sentence just before (or the same sentence, before the part) states as a total.
import type { AnalysedDocument, AnalysedSegment } from '../analysis.js';
import type { NumberToken } from '../numbers.js';
import { sentenceTokens } from './spans.js';
import { acrossVersionsEach, movedAcrossEdit, versionEdit } from '../across-versions.js';
import { refersBack, withoutReferences } from './share-sibling-parts.js';

export interface ReferredWholeShare {
  part: NumberToken;
  stated: NumberToken;
  whole: NumberToken;
  /** The part was given roughly, in brackets after its share ("41.2% (about USD 29.5 million)"). */
  roughPart?: boolean;
}

const VERB = String.raw`(?:were|was|is|are|cover(?:s|ed)?|make\s+up|makes\s+up|made\s+up|accounts?\s+for|accounted\s+for|represent(?:s|ed)?|amount(?:s|ed)?\s+to|constitut(?:e|es|ed)|c(?:a|o)mes?\s+to|(?:is|was|are|were)\s+(?:equivalent|equal)\s+to|equal(?:s|led)?|correspond(?:s|ed)?\s+to|comprised?)`;
const ADVERB = String.raw`(?:only\s+|just\s+|exactly\s+|almost\s+exactly\s+)?`;
/**
 * Between the part and its share, in one clause: "428 papers are", "USD 2.0 million, which is", "USD 14.4 million, is
 * equivalent to", "EUR 319.9 million of that between them,", "201 papers —", "(".
 */
const PART_TO_SHARE = new RegExp(
  String.raw`^\s*(?:` +
    String.raw`(?:[\p{L}\d’'-]+\s+){0,5}?,?\s*(?:which\s+|that\s+)?` + VERB + String.raw`\s+` + ADVERB +
    String.raw`|(?:(?:of\s+(?:that|this|it|the\s+total)|[\p{L}’'-]+)(?:\s+[\p{L}’'-]+){0,3})?\s*(?:,|\(|—|–|:)\s*(?:or\s+|i\.\s?e\.\s+|that\s+is\s+|which\s+is\s+|some\s+)?` +
    String.raw`)$`,
  'iu',
);
/** "5,200 of them", "480 papers of these": the part of a group named in the sentence before. */
const OF_THEM_BETWEEN = /^\s+(?:[\p{L}-]+\s+){0,2}?of\s+(?:them|these|those)\b\s*/iu;
const OF_THEM_OPENING = /^[\s*_-]*of\s+(?:them|these|those)(?:\s+[\p{L}-]+){0,2}?\s*,?\s*(?:only\s+|just\s+|some\s+)?$/iu;
/** The share right after the part: "(65%", ", or 65%", "— 65%", ", 65%". */
const SHARE_RIGHT_AFTER = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:\(\s*|,\s*(?:or\s+)?|—\s*|–\s*|(?:were|was|are|is|or|made\s+up|make\s+up|accounted\s+for|account\s+for)\s+(?:only\s+|just\s+)?)$/iu;
/** After the share: "of that budget", "of it", "of the total", "of income", "of this sum". */
const OF_PRONOUN = /^\s+of\s+(this|that|it)\b/i;
const OF_NOUN = /^\s+of\s+(?:(?:this|that|the|its|their|our|his|her)\s+)?(?:(?:combined|overall|entire|whole|same)\s+)?([\p{L}-]+)/iu;
/** "of the Austrian total", "of the regional sum": one describing word, then a noun that names a whole by itself. */
const OF_DESCRIBED_WHOLE = /^\s+of\s+(?:the|its|their|our)\s+(\p{L}[\p{L}-]*)\s+(total|sum|aggregate)\b/iu;
/** The sentence goes on after the referred whole with nothing that narrows it: ".", ",", "; ", "and", a bracket, a citation marker ("[1]"). */
const CLAUSE_END = /^\s*(?:$|[.,;:)\]]|\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\]|—|–|and\b|but\b|whereas\b|while\b|against\b|compared\b|up\b|down\b|in\s+\d{4}\b)/i;
/** Nouns that name a whole by themselves. */
const WHOLE_NOUN = /^(?:total|sum|whole|amount|figure|aggregate)$/i;
/** A sentence that states a whole: total words, "in all", "come to", "add up to". */
const WHOLE_CUE = /\b(?:total(?:led|ed|ling|s)?|combined|together|in\s+all|all\s+told|altogether|taken\s+together|(?:came|comes?|come)\s+to|add(?:s|ed)?\s+up\s+to|sum(?:med)?\s+to|overall|in\s+sum)\b/i;
/** A whole given roughly: "about 900", "over 120". */
const HEDGED = /\b(?:about|around|roughly|nearly|almost|approximately|some|over|more than|under|fewer than|less than|close to|an estimated|up to|at least)\s+$/i;
/** "of which", "of them": the share is of some other part. */
const OF_WHICH = /\bof\s+(?:which|whom)\b/i;
/** A share's own amount in brackets right after it: "41.2% (USD 29.5 million", "41.2% (about USD 29.5 million". */
const SHARE_TO_AMOUNT = /^\s*\(\s*(?:(about|around|roughly|approximately|some|almost|nearly|close\s+to)\s+)?$/i;
/** The bracket closes right after the amount. */
const AMOUNT_CLOSES = /^\s*\)/;
/**
 * A verb that takes a share of a whole named before ("PPMWA took 41.2% (USD 29.5 million)."), so that a share with no
 * "of …" after it is of that whole; not "spent 41.2% (USD 29.5 million) on pipes", a share of its own budget.
 */
const TAKES_SHARE = /\b(?:took|takes|take|received|receives|receive|got|gets|absorbed|absorbs|claimed|claims|accounted\s+for|accounts\s+for|account\s+for|made\s+up|makes\s+up|make\s+up|represented|represents|represent|went\s+to|goes\s+to)\s+(?:only\s+|just\s+|some\s+|about\s+|around\s+|nearly\s+|almost\s+)?$/i;
/** How many sentences before the share's own are searched for the whole (within its paragraph and the one above). */
const REACH = 3;
/** The word right after a part: its unit ("papers", "field staff"), unless a function word or verb. */
const UNIT_AFTER = /^\s+(\p{Ll}[\p{L}-]*)/u;
const FUNCTION_WORD = /^(?:of|in|on|at|for|from|by|to|or|and|which|that|was|were|is|are|cover|covers|covered|made|make|makes|account|accounts|accounted|represent|represents|represented|amount|amounts|amounted|equal|equals|equalled|came|come|comes|constitute|constitutes|constituted|alone|together|between|this|that|it|the|a|an)$/i;
const YEAR = /\b(?:19|20)\d{2}\b/g;
/** The plural noun one or two words after a part: "497 co-authored papers". */
const PLURAL_AFTER = /^\s+(?:\p{Ll}[\p{L}-]*\s+){1,2}?(\p{Ll}[\p{L}-]*[^s\s]s)\b/u;
/** A sentence that says what was produced, whose count is the "output" a share is of. */
const PRODUCED = /\b(?:published|produced|wrote|authored|issued|filed)\b/i;

/** Shares of a whole the sentence refers to ("of that budget", "of it", "of the total") stated just before as a total. */
export function referredWholeShares(doc: AnalysedDocument, rates: ReadonlySet<number>): ReferredWholeShare[] {
  // Outside an edit's scope, the last version's reading, moved (across-versions.ts): it reads the paragraph, the text
  // just after a figure and the paragraph above it in its section; only the scope and the paragraphs that gave one are
  // asked again. A share that states a rate is left out after the reading (each test of it was a share's own `continue`).
  const edit = versionEdit(doc);
  const out: ReferredWholeShare[] = [];
  const move = (kept: readonly ReferredWholeShare[], from: AnalysedSegment, to: AnalysedSegment) => (edit ? movedAcrossEdit(kept, from, to, doc, edit) : undefined);
  for (const read of acrossVersionsEach(doc, 'referred-whole-shares', [], hasPercent, (segment) => segmentShares(doc, segment), move)) {
    for (const found of read) if (!rates.has(found.stated.start)) out.push(found);
  }
  return out;
}

const hasPercent = (segment: AnalysedSegment): boolean => segment.kind === 'paragraph' && segment.tokens.some((t) => t.kind === 'percent');

/** One paragraph's shares of a whole referred to, rates included. */
function segmentShares(doc: AnalysedDocument, segment: AnalysedSegment): ReferredWholeShare[] {
  const out: ReferredWholeShare[] = [];
  {
    const groups = sentenceTokens(segment);
    groups.forEach(({ sentence, tokens: all }, g) => {
      const tokens = all.filter((t) => !t.yearLike);
      for (let i = 1; i < tokens.length; i++) {
        const [part, stated] = [tokens[i - 1]!, tokens[i]!];
        if (stated.kind !== 'percent' || (part.kind !== 'plain' && part.kind !== 'currency') || part.style.sign !== '') continue;
        const between = doc.text.slice(part.end, stated.start);
        // "5,200 of them (65%)", "Of these, 5,200 (65%)": the whole is the one figure of the sentence before.
        const ofThem = OF_THEM_BETWEEN.exec(between);
        const opensOfThem = i === 1 && OF_THEM_OPENING.test(doc.text.slice(sentence.start, part.start)) && SHARE_RIGHT_AFTER.test(between);
        if ((ofThem && SHARE_RIGHT_AFTER.test(between.slice(ofThem[0].length))) || opensOfThem) {
          if (hedged(doc, part)) continue;
          const found = referredWhole(doc, segment, groups, g, part, undefined, false);
          if (!found || found.token.value <= part.value || yearsDisagree(doc, sentence, found) || slipExplains(stated, part, found.token)) continue;
          out.push({ part, stated, whole: found.token });
          continue;
        }
        if (!PART_TO_SHARE.test(between) || OF_WHICH.test(between) || hedged(doc, part)) continue;
        const found = ofWhole(doc, segment, groups, g, sentence, part, stated.end);
        if (found && !slipExplains(stated, part, found)) out.push({ part, stated, whole: found });
      }
      // "PPMWA took 41.2% (about USD 29.5 million)": the share's own amount in brackets after it, of the whole named before
      // ("… of it", "of the total", or, after a verb that takes a share, nothing). A rough amount is held to its rounding.
      for (let i = 0; i + 1 < tokens.length; i++) {
        const [stated, part] = [tokens[i]!, tokens[i + 1]!];
        if (stated.kind !== 'percent' || (part.kind !== 'plain' && part.kind !== 'currency') || part.style.sign !== '') continue;
        const bracket = SHARE_TO_AMOUNT.exec(doc.text.slice(stated.end, part.start));
        const close = AMOUNT_CLOSES.exec(doc.text.slice(part.end, part.end + 4));
        if (!bracket || !close) continue;
        const end = part.end + close[0].length;
        const bare = CLAUSE_END.test(doc.text.slice(end, Math.min(sentence.end, end + 30))) && !/^\s*,?\s*(?:of|in|on|for|from|to)\b/i.test(doc.text.slice(end, end + 12));
        const before = doc.text.slice(Math.max(sentence.start, stated.start - 40), stated.start);
        const referred = bare && TAKES_SHARE.test(before) ? referredWhole(doc, segment, groups, g, part, undefined) : undefined;
        const found = bare ? (referred && !yearsDisagree(doc, sentence, referred) ? referred.token : undefined) : ofWhole(doc, segment, groups, g, sentence, part, end);
        if (!found || found.value <= part.value || (!bracket[1] && slipExplains(stated, part, found))) continue;
        out.push({ part, stated, whole: found, ...(bracket[1] ? { roughPart: true } : {}) });
      }
    });
  }
  return out;
}

/** The whole a share refers to after it ("of that budget", "of it", "of the total"), stated as a total just before. */
function ofWhole(doc: AnalysedDocument, segment: AnalysedSegment, groups: ReturnType<typeof sentenceTokens>, g: number, sentence: { start: number; end: number }, part: NumberToken, from: number): NumberToken | undefined {
  const after = doc.text.slice(from, Math.min(sentence.end, from + 60));
  const pronoun = OF_PRONOUN.exec(after);
  // "of the Austrian total": a describing word before the whole's noun, which the sentence of the whole must say too.
  const described = OF_DESCRIBED_WHOLE.exec(after);
  if (described && CLAUSE_END.test(after.slice(described[0].length))) {
    const found = referredWhole(doc, segment, groups, g, part, described[2], true);
    const words = described[1]!.toLowerCase().split('-');
    if (!found || found.token.value <= part.value || yearsDisagree(doc, sentence, found)) return undefined;
    const said = doc.text.slice(found.start, found.end).toLowerCase();
    return words.every((w) => new RegExp(`\\b${w}`, 'u').test(said)) ? found.token : undefined;
  }
  const of = pronoun && CLAUSE_END.test(after.slice(pronoun[0].length)) ? pronoun : OF_NOUN.exec(after);
  if (!of || !CLAUSE_END.test(after.slice(of[0].length))) return undefined;
  const noun = of === pronoun ? undefined : of[1];
  if (noun && !WHOLE_NOUN.test(noun) && !/^\p{Ll}/u.test(noun)) return undefined;
  // "Ashcombe's 582 are 20.7% of that figure": a demonstrative that points at one figure before, total word or not.
  const pointed = /^\s+of\s+(?:this|that)\s+(?:figure|number|count|amount)\b/i.test(after);
  const found = referredWhole(doc, segment, groups, g, part, noun, true, pointed);
  const whole = found?.token;
  if (!found || !whole || whole.value <= part.value || yearsDisagree(doc, sentence, found)) return undefined;
  // A share that holds once two adjacent digits of the part or the whole are swapped: that figure is the likelier
  // typo (checked by the caller with its share).
  return whole;
}

/**
 * The whole: the nearest sentence before the part (its own sentence first, then up to REACH sentences back in its
 * paragraph or the paragraph just above, in one section) that states a total and holds one figure of the part's
 * measure; a named noun ("of that budget") must be one of that sentence's words. Undefined when unsure.
 */
function referredWhole(doc: AnalysedDocument, segment: AnalysedSegment, groups: ReturnType<typeof sentenceTokens>, g: number, part: NumberToken, noun: string | undefined, total = true, pointed = false): { token: NumberToken; start: number; end: number } | undefined {
  const candidates: Array<{ start: number; end: number; tokens: NumberToken[] }> = [];
  const own = groups[g]!;
  // "of them" in its own sentence is rules/share.ts's reading; here the whole is a sentence before.
  if (total) candidates.push({ start: own.sentence.start, end: part.start, tokens: own.tokens.filter((t) => t.end <= part.start) });
  for (let k = g - 1; k >= 0 && candidates.length <= REACH; k--) candidates.push({ start: groups[k]!.sentence.start, end: groups[k]!.sentence.end, tokens: groups[k]!.tokens });
  const above = doc.segments[segment.index - 1];
  if (g < REACH && above && above.kind === 'paragraph' && above.heading === segment.heading) {
    const upper = sentenceTokens(above);
    for (let k = upper.length - 1; k >= 0 && candidates.length <= REACH; k--) candidates.push({ start: upper[k]!.sentence.start, end: upper[k]!.sentence.end, tokens: upper[k]!.tokens });
  }
  for (const c of candidates) {
    const text = doc.text.slice(c.start, c.end);
    // A figure that is itself a part of "them" ("2,022 of them with Stockholm University") is no whole of the next part.
    const figures = c.tokens.filter((t) => !t.yearLike && t.kind !== 'percent' && sameMeasure(part, t) && (total || !OF_THEM_BETWEEN.test(doc.text.slice(t.end, t.end + 30))));
    if (figures.length === 0) continue;
    // A sibling part of the same whole ("Grants accounted for GBP 2.4 million of this, or 33.4%") is passed over (acc-share7).
    if (total && refersBack(text) && !WHOLE_CUE.test(withoutReferences(text)) && !OF_WHICH.test(text)) continue;
    // The nearest sentence with a figure of that measure decides: a total there (or, pointed at, its one figure), or nothing.
    if ((total && !WHOLE_CUE.test(text) && !(pointed && figures.length === 1)) || OF_WHICH.test(text)) return undefined;
    // A whole referred to as "them" is the one figure of its sentence.
    if (!total && figures.length !== 1) return undefined;
    // "of its output" after "published 776 papers in all" (acc-parts8): the output of a sentence that says what was produced.
    if (noun && !WHOLE_NOUN.test(noun) && !mentions(text, noun) && !(/^output$/i.test(noun) && PRODUCED.test(text))) return undefined;
    // The part's own unit word ("15 field staff") must be the whole's too: "alerts came to 490" is no whole of staff.
    // "497 co-authored papers": the plural noun a word or two on names the unit when the first word does not (acc-parts8).
    const after = doc.text.slice(part.end, part.end + 40);
    const unit = UNIT_AFTER.exec(after)?.[1];
    const plural = PLURAL_AFTER.exec(after)?.[1];
    if (unit && !FUNCTION_WORD.test(unit) && !mentions(text, unit) && !(plural && !FUNCTION_WORD.test(plural) && mentions(text, plural))) return undefined;
    const wholes = figures.filter((t) => t !== part && t.value > part.value);
    if (wholes.length !== 1 || hedged(doc, wholes[0]!)) return undefined;
    return { token: wholes[0]!, start: c.start, end: c.end };
  }
  return undefined;
}

/** The share's sentence and the whole's sentence name different years (and the share's names no year of the whole's). */
function yearsDisagree(doc: AnalysedDocument, sentence: { start: number; end: number }, whole: { start: number; end: number }): boolean {
  const own = new Set(doc.text.slice(sentence.start, sentence.end).match(YEAR) ?? []);
  const near = doc.text.slice(whole.start, whole.end).match(YEAR) ?? [];
  if (own.size === 0 || near.length === 0) return false;
  return !near.some((y) => own.has(y));
}

/** Whether the stated share equals part / whole (to its precision) after swapping two adjacent digits of one of them. */
export function slipExplains(stated: NumberToken, part: NumberToken, whole: NumberToken): boolean {
  const half = 0.5 * 10 ** -stated.decimals + 1e-9;
  const holds = (p: number, w: number) => w > 0 && Math.abs((p / w) * 100 - stated.value) <= half;
  return swaps(part).some((p) => holds(p, whole.value)) || swaps(whole).some((w) => holds(part.value, w));
}

/** The values a figure would have with two adjacent digits swapped. */
function swaps(t: NumberToken): number[] {
  const digits = Math.abs(t.value).toFixed(t.decimals).replace('.', '');
  const out: number[] = [];
  for (let i = 0; i + 1 < digits.length; i++) {
    if (digits[i] === digits[i + 1]) continue;
    const d = digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2);
    out.push(Number(d) / 10 ** t.decimals);
  }
  return out;
}

function sameMeasure(part: NumberToken, whole: NumberToken): boolean {
  if (part.kind === 'plain' && whole.kind === 'plain') return true;
  return part.kind === 'currency' && whole.kind === 'currency' && part.currency === whole.currency && part.scale === whole.scale;
}

function hedged(doc: AnalysedDocument, t: NumberToken): boolean {
  return HEDGED.test(doc.text.slice(Math.max(0, t.start - 20), t.start));
}

function mentions(text: string, word: string): boolean {
  return new RegExp(String.raw`\b${escape(stem(word))}`, 'iu').test(text);
}

function stem(word: string): string {
  return word.length > 4 ? word.replace(/(?:ies|es|s)$/i, '') : word;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
