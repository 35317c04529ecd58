// Reads a figure compared with a party named without its figure, whose figure the paragraph stated before: "Tsukuba
// scored 366 in 2015. KEK scored 439, some 19.9% more than Tsukuba." / "RIKEN scored 801 and Tsukuba 366. RIKEN's
// score was nearly 2.2 times that of Tsukuba." Each party's figure is the one figure the paragraph attaches to its
// name ("Tsukuba scored 366", "Tsukuba's 366", "Tsukuba (366)", "and Tsukuba 366"); a name with two figures, or none,
// is not read.
import type { AnalysedDocument, AnalysedSegment } from '../analysis.js';
import type { Span } from '../markdown/facts.js';
import type { NumberToken } from '../numbers.js';
import type { ComparedFigure } from './compared-figures.js';
import { statedMultiples, type StatedMultiple } from './growth.js';
import type { Mention } from './phrase-matcher.js';
import { carriedList, segmentHas } from './segment-carry.js';
import { sentenceTokens } from './spans.js';

const UP = new Set(['more', 'higher', 'greater', 'larger', 'bigger', 'above']);
/** Between a stated percent and the name it is compared with: "some 19.9% more than", "12% below". */
const PERCENT_THEN_NAME = /^\s*(?:(more|higher|greater|larger|bigger|fewer|lower|less|smaller)\s+than|(above|below))\s+(?:(?:that|those)\s+of\s+)?$/i;
/** Between a stated multiple and the name: "nearly 2.2 times that of", "twice". */
const MULTIPLE_THEN_NAME = /^\s+(?:as\s+(?:many|much|large|high|big)\s+as\s+)?(?:(?:that|those)\s+of\s+)?$/i;
/** After the name, the comparison ends: no figure of the base's own ("Tsukuba (366)" is compared-figures' reading). */
const NAME_CLOSES = /^(?:[’']s)?(?:\s+(?:score|figure|total|count|level|tally))?\s*(?:[.,;:!?]|$)/;
/** Between a name and the figure it owns: a possessive, up to four lower-case words, or an opening bracket. */
const NAME_THEN_FIGURE = /^(?:(?:[’']s)?(?:\s+[\p{Ll}-]+){0,4}\s+|\s*\()$/u;
const CUE = /\b(?:than|above|below|times|twice)\b/i;

function isFigure(t: NumberToken): boolean {
  return !t.yearLike && t.kind !== 'ordinal';
}

function alike(a: NumberToken, b: NumberToken): boolean {
  return a.kind === b.kind && a.scale === b.scale && a.currency === b.currency && a.kind !== 'percent';
}

/** The one figure the sentences attach to the entity's name, or undefined when there is none or more than one. */
function attachedFigure(text: string, groups: ReadonlyArray<{ sentence: Span; tokens: NumberToken[] }>, mentions: readonly Mention[], id: string): NumberToken | undefined {
  const figures: NumberToken[] = [];
  for (const { sentence, tokens } of groups) {
    for (const name of mentions) {
      if (name.id !== id || name.start < sentence.start || name.end > sentence.end) continue;
      const figure = tokens.find((t) => t.start >= name.end);
      if (!figure || !isFigure(figure) || !NAME_THEN_FIGURE.test(text.slice(name.end, figure.start))) continue;
      if (mentions.some((m) => m.start >= name.end && m.end <= figure.start)) continue;
      figures.push(figure);
    }
  }
  return figures.length === 1 ? figures[0] : undefined;
}

/** The years a stretch of tokens names. */
function yearsOf(tokens: readonly NumberToken[]): Set<number> {
  return new Set(tokens.filter((t) => t.yearLike).map((t) => t.value));
}

function readSegment(doc: AnalysedDocument, segment: AnalysedSegment): ComparedFigure[] {
  const text = doc.text;
  const found: ComparedFigure[] = [];
  const groups = sentenceTokens(segment);
  const mentions = segment.entities;
  for (let k = 1; k < groups.length; k++) {
    const { sentence, tokens } = groups[k]!;
    const before = groups.slice(0, k);
    // A comparison across years ("366 in 2015 … 439 in 2024, 19.9% more than Tsukuba") may mean Tsukuba's figure of
    // the later year, which the paragraph does not give.
    const beforeYears = yearsOf(before.flatMap((g) => g.tokens));
    const ownYears = yearsOf(tokens);
    if ([...ownYears].some((y) => !beforeYears.has(y)) || (ownYears.size > 0 && beforeYears.size > 1)) continue;
    const stated: Array<{ at: Span; statedToken?: NumberToken; multiple?: StatedMultiple; measure: ComparedFigure['measure']; direction: 'up' | 'down' }> = [];
    for (const t of tokens) {
      const name = mentions.find((m) => m.start > t.end && m.start <= t.end + 60);
      if (!name) continue;
      const between = PERCENT_THEN_NAME.exec(text.slice(t.end, name.start));
      if (!between) continue;
      // Only a percent is read: an absolute gap ("73 more than Tsukuba") or one in points ("4 points below") is not.
      if (t.kind !== 'percent') continue;
      stated.push({ at: t, statedToken: t, measure: 'percent', direction: UP.has((between[1] ?? between[2]!).toLowerCase()) ? 'up' : 'down' });
    }
    for (const multiple of statedMultiples(text, sentence)) {
      if (multiple.factor > 1 && !multiple.change) stated.push({ at: multiple, multiple, measure: 'multiple', direction: 'up' });
    }
    for (const claim of stated) {
      const name = mentions.find((m) => m.start > claim.at.end && m.start <= claim.at.end + 60);
      if (!name) continue;
      if (claim.multiple && !MULTIPLE_THEN_NAME.test(text.slice(claim.at.end, name.start))) continue;
      if (!NAME_CLOSES.test(text.slice(name.end, sentence.end))) continue;
      const base = attachedFigure(text, before, mentions, name.id);
      if (!base || base.value <= 0) continue;
      // The subject: the figure right before the claim in its sentence, or else the one entity named before the claim.
      const figuresBefore = tokens.filter((t) => isFigure(t) && t.end <= claim.at.start && t !== claim.statedToken);
      let subject: NumberToken | undefined;
      if (figuresBefore.length > 0) {
        const last = figuresBefore[figuresBefore.length - 1]!;
        if (claim.at.start - last.end > 40 || /["“”();]/.test(text.slice(last.end, claim.at.start))) continue;
        subject = last;
      } else {
        const named = new Set(mentions.filter((m) => m.start >= sentence.start && m.end <= claim.at.start).map((m) => m.id));
        if (named.size !== 1) continue;
        const [id] = named;
        if (id === name.id) continue;
        subject = attachedFigure(text, before, mentions, id!);
      }
      if (!subject || subject.value <= 0 || !alike(subject, base)) continue;
      found.push({ stated: claim.statedToken ?? claim.multiple!, measure: claim.measure, subject, base, direction: claim.direction });
    }
  }
  return found;
}

export function namedBaseComparisons(doc: AnalysedDocument): ComparedFigure[] {
  // Read once per segment content, and after an edit only in the edit's segments: see carriedList in segment-carry.ts.
  return carriedList(doc, 'named-base-comparisons', 0, mayName, (segment) => readSegment(doc, segment));
}

/** The kept cue test first: the mentions and sentences of a segment moved by an edit are shifted copies, made when read. */
const mayName = (segment: AnalysedSegment): boolean => segment.kind === 'paragraph' && segmentHas(segment, CUE) && segment.entities.length >= 2 && segment.sentences.length >= 2;
