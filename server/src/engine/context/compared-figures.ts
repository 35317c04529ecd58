// Reads a figure compared with another of its sentence: "396 days in 2025, 14% more than the 348 days of 2019", "Tsukuba's 366 sits 17% below KEK's 439", "3.44%, 0.2 percentage points lower than Sweden's 3.64%", "11.2 million, exactly twice the 5.6 million of 2014".
import type { AnalysedDocument, AnalysedSegment } from '../analysis.js';
import type { NumberToken } from '../numbers.js';
import { ageBound, statedMultiples, type StatedMultiple } from './growth.js';
import { sentenceTokens } from './spans.js';
import { ellipticComparisons } from './elliptic-comparisons.js';
import { parallelGaps } from './parallel-gaps.js';
import { namedBaseComparisons } from './named-base-comparisons.js';
import { carriedList, segmentHas } from './segment-carry.js';
import { currencyWrittenOnce } from './change-endpoint-forms.js';

export interface ComparedFigure {
  /** The stated comparison: a percent, a difference in points, or a multiple. */
  stated: NumberToken | StatedMultiple;
  measure: 'percent' | 'points' | 'multiple';
  /** The figure the sentence speaks of, and the base it is compared with (after "than", "below", "twice"). */
  subject: NumberToken;
  base: NumberToken;
  /** "more", "higher", "above": the subject is the larger; "fewer", "lower", "below": the smaller. */
  direction: 'up' | 'down';
}

const UP = new Set(['more', 'higher', 'greater', 'larger', 'bigger', 'above']);
/** "14% more than the", "17% below KEK's", "0.2 percentage points lower than Sweden's": the words between a stated figure and its base. */
const PERCENT_THEN_BASE = /^\s*(percentage\s+points?|points?|pp)?\s*(?:(more|higher|greater|larger|bigger|fewer|lower|less|smaller)\s+than|(above|below))\s+(?:(?:that|those)\s+of\s+|the\s+|our\s+|its\s+|their\s+|at\s+|in\s+)?(?:[\p{L}’'-]+\s+){0,2}?\(?$/iu;
/**
 * "13.8% below the 2020 peak of", "28.6% more than in 2019 (": the base's year between, naming only the base's own level
 * (never "the 2015 target of", "the Riverton 2020 level of"); the groups are PERCENT_THEN_BASE's.
 */
const PERCENT_THEN_YEAR_BASE = /^\s*(percentage\s+points?|points?|pp)?\s*(?:(more|higher|greater|larger|bigger|fewer|lower|less|smaller)\s+than|(above|below))\s+(?:(?:the|its|their|our)\s+(?:19|20)\d{2}\s+(?:level|figure|peak|high|low|trough|record)\s+of\s+|in\s+(?:19|20)\d{2}\s*\(\s*)$/iu;
/** A figure to come: the arithmetic of a base named by its year is left to the readers of forecasts. */
const FORECAST = /\b(?:will|expect\w*|forecast\w*|project\w*|target\w*|plan(?:s|ned|ning)?)\b/i;
/**
 * "exactly twice the", "more than double Tsukuba's", "three times as large as the": between a multiple and its base;
 * never "tripled to EUR 3.7 million" or "risen sixfold from 48 Mbit/s", a growth to or from its own end figure.
 */
const MULTIPLE_THEN_BASE = /^\s+(?!(?:to|from|reaching|reached|at|by)\b)(?:as\s+(?:many|much|large|high|big)\s+as\s+)?(?:(?:that|those)\s+of\s+|the\s+|our\s+|its\s+|their\s+)?(?:[\p{L}’'-]+\s+){0,3}?$/iu;
/** Right before a figure, words that make it the base of a comparison: "double KHI's", "more than the", "three times the". */
const BASE_OF_ANOTHER = /(?:\b(?:than|double|doubled|twice|times|treble|triple|half|above|below|against)|(?:%|\bper\s*cent|\bpoints?)\s+on)\s+(?:as\s+(?:many|much|large|high|big)\s+as\s+)?(?:(?:that|those)\s+of\s+|the\s+|our\s+|its\s+|their\s+)?(?:[\p{L}\p{N}’'-]+\s+){0,3}?$/iu;
/** Right before a figure, "from": the figure a change started at ("down from 24.3", "from about 40"). */
const START_OF_CHANGE = /\bfrom\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+)?$/i;
/** "a gap of 0.20 percentage points", "a difference of 6 points": the distance between the sentence's two percentages. */
const GAP_BEFORE = /\b(?:gap|difference)\s+of\s+(?:some\s+|about\s+|around\s+)?$/i;
const POINTS_AFTER = /^\s*(?:percentage\s+points?|points?|pp)\b/i;
/** "The difference between A and B", "the gap between": opens a sentence of two figures and their distance (before the first figure). */
const GAP_BETWEEN = /\b(?:difference|gap|spread)\s+between\b/i;
/** Right before the distance: "is", "was", "stands at", "comes to". */
const IS_GAP_BEFORE = /\b(?:is|was|are|were|stands\s+at|stood\s+at|comes\s+to|came\s+to|amounts\s+to|amounted\s+to)\s+(?:just\s+|only\s+|some\s+|about\s+|around\s+|roughly\s+|a\s+full\s+)?$/i;
/** The word after a figure, when it names a unit ("396 days", "the 348 days"): two figures with different ones are not compared. */
const UNIT_AFTER = /^\s+([\p{Ll}][\p{L}-]+)/u;
const NOT_UNITS = new Set(['in', 'of', 'the', 'and', 'at', 'for', 'to', 'is', 'was', 'are', 'were', 'a', 'an', 'than', 'on', 'from', 'by', 'with', 'sits', 'stood', 'or', 'per', 'more', 'less', 'fewer', 'higher', 'lower', 'above', 'below', 'exactly', 'twice', 'nearly', 'almost', 'about', 'over', 'under', 'times', 'while', 'which', 'that', 'when', 'this', 'year', 'each', 'it', 'they', 'we', 'its', 'their', 'our', 'had', 'has', 'have']);

/** "13.5 times", "6-fold", "×3", "26 more", "12 fewer": the figure before is a multiple or a difference. */
const NOT_A_LEVEL_AFTER = /^\s*(?:times\b|-?fold\b|×|(?:more|fewer|less|extra|additional)\b)/i;

/** Right before a number, "per": the number is the base of a rate ("per 100,000 subscribers"). */
const RATE_BASE_BEFORE = /\bper\s+$/i;

function isFigure(t: NumberToken): boolean {
  return !t.yearLike && t.kind !== 'ordinal';
}

/**
 * The subject is the nearest figure of the base's kind before the stated one, with no figure of that kind between
 * them: another one would leave the reading in doubt. A percent compared needs figures that are not themselves
 * percentages of the same sentence's other claims, so both must be of one kind and positive.
 */
function subjectBefore(text: string, tokens: NumberToken[], index: number, base: NumberToken, limit: number): NumberToken | undefined {
  for (let i = index - 1; i >= 0; i--) {
    const t = tokens[i]!;
    // "29.5 complaints per 100,000 subscribers": the base of a rate is no level of its own; the rate before it is.
    if (!isFigure(t) || t.end > limit || RATE_BASE_BEFORE.test(text.slice(Math.max(0, t.start - 6), t.start))) continue;
    // "346 players under 20 at the end of 2024, 21.8% more than the 284 of 2015": an age bound is no level of its own.
    if (ageBound(text, t)) continue;
    // A quote, a bracket or a semicolon between them, or a long stretch, leaves the pairing in doubt.
    if (limit - t.end > 80 || /["“”();]/.test(text.slice(t.end, limit))) return undefined;
    // "EUR 40.0 million in 2024, 14.6% more than the 34.9 million of 2019": the currency written once, before the first.
    const carried = currencyWrittenOnce(text, t, base);
    const alike = t.kind === base.kind || carried;
    if (alike && !sameUnit(text, t, base)) return undefined;
    // "27 against 2, 13.5 times as many, and 17.4% more than the 23", "26 more people, … and 26.2% more than the 164": a
    // multiple or a difference is no level to compare.
    if (alike && NOT_A_LEVEL_AFTER.test(text.slice(t.end, t.end + 16))) return undefined;
    // "a full 100 points above NINS at 701, and more than twice the 366 of Tsukuba": a figure that is itself the base
    // of an earlier comparison is another party's, not the subject's.
    if (alike && COMPARED_PARTY_BEFORE.test(text.slice(Math.max(0, t.start - 80), t.start))) return undefined;
    if (alike && t.scale === base.scale && (t.currency === base.currency || carried)) return t.value > 0 ? t : undefined;
    if (alike) return undefined;
  }
  return undefined;
}

/** Before a figure: a comparison that makes it another party's ("above the National Institutes (NINS) at ", "than Keio's "). */
const COMPARED_PARTY_BEFORE = /\b(?:above|below|behind|ahead\s+of|than|against|versus|vs\.?)\s+(?:the\s+)?(?:[\p{L}\p{N}()’'&.-]+\s+){0,8}?(?:at|with|on)\s+$|\b(?:above|below|behind|ahead\s+of|than|against|versus|vs\.?)\s+(?:the\s+)?\p{Lu}[\p{L}’'.-]*['’]s?\s+$/u;

/** After a multiple, its base named in a few words and a bracket opened: "almost twice ELB's (", "three times that of Keio (". */
const MULTIPLE_THEN_BRACKET = /^\s+(?:as\s+(?:many|much|large|high|big)\s+as\s+)?(?:(?:that|those)\s+of\s+|the\s+|our\s+|its\s+|their\s+)?(?:[\p{L}’'-]+\s+){0,2}?[\p{L}’'-]+\s*\(\s*$/iu;
/** Between the bracket's two figures: "against", "vs", "compared with" (unit words of the first before it). */
const BRACKET_AGAINST = /^(?:\s+[\p{L}’'-]+){0,2}?\s+(?:against|vs\.?|versus|compared\s+(?:with|to))\s+$/iu;
/** After the second figure: its unit words and year at most, then the bracket's end. */
const BRACKET_END = /^(?:\s+[\p{L}’'-]+){0,2}?(?:\s+(?:in|of)\s+(?:19|20)\d{2})?\s*\)/u;

/**
 * "WMB's subsidy is almost twice ELB's (EUR 89.8 million against EUR 55.4 million in 2024)": a bracket right after the
 * multiple's base that holds exactly the two figures compared, of one kind and unit. A multiple above one says the
 * larger is that many times the smaller, whichever the bracket names first.
 */
function bracketPair(text: string, after: NumberToken[], multipleEnd: number): { larger: NumberToken; smaller: NumberToken } | undefined {
  const figures = after.filter(isFigure);
  const [a, b] = figures;
  if (!a || !b || !MULTIPLE_THEN_BRACKET.test(text.slice(multipleEnd, a.start)) || !BRACKET_AGAINST.test(text.slice(a.end, b.start))) return undefined;
  const end = BRACKET_END.exec(text.slice(b.end, b.end + 60));
  if (!end) return undefined;
  // Nothing else in the bracket: no third figure before its end.
  if (figures[2] && figures[2].start < b.end + end[0].length) return undefined;
  if (a.kind !== b.kind || a.kind === 'ordinal' || a.scale !== b.scale || a.currency !== b.currency || a.value <= 0 || b.value <= 0 || !sameUnit(text, a, b)) return undefined;
  return a.value >= b.value ? { larger: a, smaller: b } : { larger: b, smaller: a };
}

function sameUnit(text: string, a: NumberToken, b: NumberToken): boolean {
  const unit = (t: NumberToken) => {
    const w = UNIT_AFTER.exec(text.slice(t.end, t.end + 30))?.[1]?.toLowerCase();
    return w && !NOT_UNITS.has(w) ? w.replace(/s$/, '') : undefined;
  };
  const [ua, ub] = [unit(a), unit(b)];
  return ua === undefined || ub === undefined || ua === ub;
}

/**
 * "If bookings had kept growing from 412, they would be 24.5% above today's 726": a counterfactual compares a figure
 * the sentence imagines, often unstated, so the figure before is no certain subject. (A forecast's stated figure, "to
 * reach 900 by 2030, 24% above the 726 of 2025", is still compared: the arithmetic holds whatever happens.)
 */
const COUNTERFACTUAL = /\b(?:would|could|might|if|unless)\b|\bhad\s+[\p{L}-]+\s+(?:kept|continued|stayed|remained|grown|risen|fallen|held)\b/iu;

/** A contrast, then a year of its own: the clause after it speaks of another time ("…, but by 2025 it stood"). */
const NEW_TIME_AFTER_CONTRAST = /\b(?:but|yet|while|whereas)\b[^.;]*?\b(?:19|20)\d\d\b/i;

const COMPARISON_CUE = /\b(?:than|below|above|twice|times|double|gap|difference)\b/i;

/** Every comparison read here has a figure for its base: a segment without one is not searched for the cue word. */
const mayCompare = (segment: AnalysedSegment): boolean => (segment.kind === 'paragraph' || segment.kind === 'cell') && segment.tokens.some(isFigure) && segmentHas(segment, COMPARISON_CUE);

/** Between a multiple and its base: the subject's own figure ("four times its intake of", "twice their"). */
const ITS_OWN_BASE = /^\s+(?:its|their)\b/i;
/** Right before a figure: a name that owns it ("Karaçam's 3,124"). */
const OWNED_BY_NAME_BEFORE = /\p{Lu}[\p{L}\p{M}-]*[’']s\s+(?:[\p{L}-]+\s+){0,2}$/u;

export function comparedFigures(doc: AnalysedDocument): ComparedFigure[] {
  const text = doc.text;
  // Read once per segment content (and the 30 characters after it, where a unit word may stand), and after an edit
  // only in the edit's segments: see carriedList in segment-carry.ts.
  const found = carriedList(doc, 'compared-figures', 30, mayCompare, (segment) => {
    const found: ComparedFigure[] = [];
    for (const { sentence, tokens } of sentenceTokens(segment)) {
      tokens.forEach((t, i) => {
        if (!isFigure(t)) return;
        const base = tokens.slice(i + 1).find(isFigure);
        const between = base ? PERCENT_THEN_BASE.exec(text.slice(t.end, base.start)) ?? (FORECAST.test(text.slice(sentence.start, sentence.end)) ? null : PERCENT_THEN_YEAR_BASE.exec(text.slice(t.end, base.start))) : null;
        if (base && between && base.value > 0) {
          if (COUNTERFACTUAL.test(text.slice(sentence.start, base.end))) return;
          const points = between[1] !== undefined;
          if (points ? t.kind === 'percent' || base.kind !== 'percent' : t.kind !== 'percent') return;
          const subject = subjectBefore(text, tokens, i, base, t.start);
          const word = (between[2] ?? between[3]!).toLowerCase();
          // "709 days, 1.6% above the 2019 level of 698 and 10.4% above the 642 of 2015": the figure before is the base of
          // the first comparison, not the subject of the second (which is further back): not read.
          if (subject && BASE_OF_ANOTHER.test(text.slice(Math.max(sentence.start, subject.start - 50), subject.start))) return;
          // "fell to 22.3, from 24.3 in 2023, …, and they are now 35.7% below the 34.7 of 2015": the figure before is the
          // start of a change, not the level compared; which figure is, the sentence leaves to the reader.
          if (subject && START_OF_CHANGE.test(text.slice(Math.max(sentence.start, subject.start - 20), subject.start))) return;
          // "down 67.8% to 203 thousand, but by 2025 it stood 27.6% above its 2019 level": a contrast that moves to another
          // year speaks of a figure of that year, often unstated, not of the one before it.
          if (subject && NEW_TIME_AFTER_CONTRAST.test(text.slice(subject.end, t.start))) return;
          if (subject) found.push({ stated: t, measure: points ? 'points' : 'percent', subject, base, direction: UP.has(word) ? 'up' : 'down' });
          return;
        }
        // "Japan 3.44%, Sweden 3.64%, a gap of 0.20 percentage points": the two percentages before, and nothing else.
        // "The difference between KTH's share (68.6%) and Karolinska Institutet's (11.1%) is 47.5 percentage points".
        const gapSaid = t.kind !== 'percent' && (GAP_BEFORE.test(text.slice(sentence.start, t.start)) || (IS_GAP_BEFORE.test(text.slice(Math.max(sentence.start, t.start - 24), t.start)) && GAP_BETWEEN.test(text.slice(sentence.start, tokens.find(isFigure)?.start ?? t.start))));
        if (gapSaid && POINTS_AFTER.test(text.slice(t.end, sentence.end))) {
          const before = tokens.slice(0, i).filter(isFigure);
          if (before.length === 2 && before.every((b) => b.kind === 'percent')) {
            const [a, b] = before as [NumberToken, NumberToken];
            found.push({ stated: t, measure: 'points', subject: a.value >= b.value ? a : b, base: a.value >= b.value ? b : a, direction: 'up' });
          }
        }
      });
      for (const multiple of statedMultiples(text, sentence)) {
        if (multiple.factor <= 1) continue;
        const index = tokens.findIndex((t) => t.start >= multiple.end);
        // "almost twice ELB's (EUR 89.8 million against EUR 55.4 million in 2024)": the bracket gives both figures (acc-pc29).
        const pair = index < 0 || COUNTERFACTUAL.test(text.slice(sentence.start, sentence.end)) ? undefined : bracketPair(text, tokens.slice(index), multiple.end);
        if (pair) {
          found.push({ stated: multiple, measure: 'multiple', subject: pair.larger, base: pair.smaller, direction: 'up' });
          continue;
        }
        const base = index < 0 ? undefined : tokens.slice(index).find(isFigure);
        // "VCSD nearly doubled its count to 1,004": the figure after "to" is the end of the subject's own change, no base.
        if (!base || base.value <= 0 || !MULTIPLE_THEN_BASE.test(text.slice(multiple.end, base.start)) || /\b(?:to|from|reaching|reached)\s+$/i.test(text.slice(multiple.end, base.start)) || COUNTERFACTUAL.test(text.slice(sentence.start, base.end))) continue;
        const subject = subjectBefore(text, tokens, index < 0 ? tokens.length : index, base, multiple.start);
        // "975 papers, more than double KHI's 456 and almost twice CBRL's 494": a figure that is itself the base of
        // another comparison is not the subject of this one (the subject both share is further back).
        if (subject && BASE_OF_ANOTHER.test(text.slice(Math.max(sentence.start, subject.start - 50), subject.start))) continue;
        // "5 plants, up from 3 in 2020 and more than double the 2 of 2016": a change's start is not the level compared.
        if (subject && START_OF_CHANGE.test(text.slice(Math.max(sentence.start, subject.start - 20), subject.start))) continue;
        // "2,044 accessions …, the most after Karaçam's 3,124, and four times its intake of 512": a multiple of "its" own
        // earlier figure is the subject's; a figure another name owns is not it.
        if (subject && ITS_OWN_BASE.test(text.slice(multiple.end, base.start)) && OWNED_BY_NAME_BEFORE.test(text.slice(Math.max(sentence.start, subject.start - 40), subject.start))) continue;
        if (subject) found.push({ stated: multiple, measure: 'multiple', subject, base, direction: 'up' });
      }
    }
    return found;
  });
  found.push(...ellipticComparisons(doc));
  // "Japan spent 3.44%. Sweden spent 3.64%, a gap of 0.8 points": a gap between two parallel figures before it (acc-chg13).
  const seen = new Set(found.map((c) => c.stated.start));
  found.push(...parallelGaps(doc).filter((c) => !seen.has(c.stated.start)));
  // "Tsukuba scored 366. KEK scored 439, some 19.9% more than Tsukuba": a base named, its figure stated before.
  for (const c of found) seen.add(c.stated.start);
  found.push(...namedBaseComparisons(doc).filter((c) => !seen.has(c.stated.start)));
  return found;
}
