// Reads a comparison whose base is the one figure of the sentence before: "Japan spent 3.44%. Sweden spent 3.64%, 0.2 percentage points more."
import type { AnalysedDocument, AnalysedSegment } from '../analysis.js';
import type { NumberToken } from '../numbers.js';
import type { ComparedFigure } from './compared-figures.js';
import { sentenceTokens } from './spans.js';
import { carriedList, segmentHas } from './segment-carry.js';

const UP = new Set(['more', 'higher', 'greater', 'larger', 'bigger']);
/** "3.64%, just 0.2 percentage points more.": the stated gap closes the sentence, with no "than" to name another base. */
const GAP_CLOSES = /^\s*(percentage\s+points?|points?|pp)?\s+(more|higher|greater|larger|bigger|fewer|lower|less|smaller)\s*[.!]?\s*$/i;
/** Between the figure and its gap: at most a few words, then a comma ("3.64%, just", "396 days, some"). */
const FIGURE_THEN_GAP = /^[^.;:()"“”\d]{0,30},\s*(?:(?:just|only|some|about|roughly|nearly|almost)\s+)?$/i;
/** The word after a figure when it names a unit ("396 days"): figures with different units are not compared. */
const UNIT_AFTER = /^\s+([\p{Ll}][\p{L}-]+)/u;
const NOT_UNITS = /^(?:in|of|the|and|at|for|to|on|from|by|with|or|per|than|while|which|that|when|a|an|is|was|were|are)$/;

function isFigure(t: NumberToken): boolean {
  return !t.yearLike && t.kind !== 'ordinal';
}

function countFigures(tokens: readonly NumberToken[]): number {
  let n = 0;
  for (const t of tokens) if (isFigure(t)) n++;
  return n;
}

function unitOf(text: string, t: NumberToken): string | undefined {
  const word = UNIT_AFTER.exec(text.slice(t.end, t.end + 30))?.[1]?.toLowerCase();
  return word && !NOT_UNITS.test(word) ? word.replace(/s$/, '') : undefined;
}

/** Alike enough to compare: one kind, scale and currency, and no two different unit words. */
function alike(text: string, a: NumberToken, b: NumberToken): boolean {
  if (a.kind !== b.kind || a.scale !== b.scale || a.currency !== b.currency) return false;
  const [ua, ub] = [unitOf(text, a), unitOf(text, b)];
  return ua === undefined || ub === undefined || ua === ub;
}

/**
 * A sentence of exactly two figures, the subject and a closing gap with no "than", takes as its base the one figure
 * of the sentence just before it in the same paragraph; any other figure there leaves the base in doubt.
 */
const GAP_CUE = /\b(?:more|higher|greater|larger|bigger|fewer|lower|less|smaller)\s*[.!]/i;

export function ellipticComparisons(doc: AnalysedDocument): ComparedFigure[] {
  const text = doc.text;
  // Read once per segment content (and the 30 characters after it, where a unit word may stand), and after an edit
  // only in the edit's segments: see carriedList in segment-carry.ts.
  return carriedList(doc, 'elliptic-comparisons', 30, mayCloseGap, (segment) => {
    const found: ComparedFigure[] = [];
    const groups = sentenceTokens(segment);
    for (let k = 1; k < groups.length; k++) {
      const figures = groups[k]!.tokens.filter(isFigure);
      if (figures.length !== 2) continue;
      const [subject, stated] = figures as [NumberToken, NumberToken];
      const gap = GAP_CLOSES.exec(text.slice(stated.end, groups[k]!.sentence.end));
      if (!gap || !FIGURE_THEN_GAP.test(text.slice(subject.end, stated.start))) continue;
      const before = groups[k - 1]!.tokens.filter(isFigure);
      if (before.length !== 1) continue;
      const base = before[0]!;
      if (base.value <= 0 || subject.value <= 0 || !alike(text, subject, base)) continue;
      const points = gap[1] !== undefined;
      if (points ? subject.kind !== 'percent' || stated.kind === 'percent' : stated.kind !== 'percent' || subject.kind === 'percent') continue;
      found.push({ stated, measure: points ? 'points' : 'percent', subject, base, direction: UP.has(gap[2]!.toLowerCase()) ? 'up' : 'down' });
    }
    return found;
  });
}

/** Three figures at least (two in the sentence, the base in the one before): fewer, and the cue is not looked for. */
const mayCloseGap = (segment: AnalysedSegment): boolean => segment.kind === 'paragraph' && countFigures(segment.tokens) >= 3 && segmentHas(segment, GAP_CUE);
