// Reads totals of named parts stated earlier in the paragraph: "NIMR logged 709 days at sea and KCOD 562. Together
// they logged 1,271 days." / "Taken together, NIMR and KCOD account for 1,271 days."
import type { AnalysedDocument, AnalysedSegment } from '../analysis.js';
import type { Span } from '../markdown/facts.js';
import { spelledNumber, type NumberToken } from '../numbers.js';
import type { Mention } from './phrase-matcher.js';
import { sentenceTokens } from './spans.js';
import { carriedList, segmentHas } from './segment-carry.js';

export interface NamedTotal {
  total: NumberToken;
  /** Each named entity's own figure, in the order named. */
  parts: NumberToken[];
}

/** The word that makes a figure the sum of the parts named. */
const TOTAL_CUE = /\b(?:together|combined|between them|jointly|taken together|in all|in total|altogether)\b/i;
/** "the two institutes", "both universities": the group is the entities last named before. */
const COUNTED_GROUP = /\b(?:the\s+(two|three|four|five|2|3|4|5)\s+[\p{L}-]+s|(both)\s+[\p{L}-]+s|(they|these two|those two))\b/iu;
/** Between two named entities of the group: "A and B", "A, B and C", "A + B". */
const JOIN = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*\+\s*|\s*&\s*)(?:the\s+)?$/i;
/** Between an entity and its figure in its clause: a few words, no clause break. */
const TO_FIGURE = /^[^.;:()\d]{0,60}$/;
/** The word after a figure ("709 days"), which parts and total must share when both have one. */
const UNIT_AFTER = /^\s*([\p{L}-]*)/u;

/** Per paragraph, the totals whose named parts each have one figure of the same kind in an earlier sentence. */
export function namedTotals(doc: AnalysedDocument): NamedTotal[] {
  // Read once per segment content (and the 20 characters after it, where a unit word may stand), and after an edit
  // only in the edit's segments: see carriedList in segment-carry.ts.
  return carriedList(doc, 'named-totals', 20, mayTotal, (segment) => {
    const out: NamedTotal[] = [];
    const sentences = sentenceTokens(segment);
    sentences.forEach(({ sentence, tokens }, s) => {
      const text = doc.text.slice(sentence.start, sentence.end);
      const cue = TOTAL_CUE.exec(text);
      if (!cue) return;
      const cueAt = sentence.start + cue.index;
      const figures = tokens.filter((t) => !t.yearLike && t.kind !== 'ordinal');
      if (figures.length !== 1 || figures[0]!.kind === 'percent' || figures[0]!.style.sign !== '') return;
      const total = figures[0]!;
      const group = namedGroup(doc, segment, sentence, cueAt) ?? countedGroup(doc, segment, sentence, text, sentences.slice(0, s));
      if (!group || group.length < 2) return;
      const earlier = sentences.slice(0, s);
      const parts = group.map((id) => figureOf(doc, segment, earlier, id, total));
      if (parts.some((p) => p === undefined)) return;
      // Parts and total of one time: at most one year among their sentences.
      const years = new Set(tokens.filter((t) => t.yearLike).map((t) => t.value));
      for (const part of parts) for (const t of earlier.find((e) => e.sentence.start <= part!.start && part!.end <= e.sentence.end)!.tokens) if (t.yearLike) years.add(t.value);
      if (years.size > 1) return;
      out.push({ total, parts: parts as NumberToken[] });
    });
    return out;
  });
}

/** A total is a figure of the paragraph (not a year, not an ordinal): without one, the cue word is not looked for. */
const mayTotal = (segment: AnalysedSegment): boolean => segment.kind === 'paragraph' && segment.tokens.some(isFigure) && segmentHas(segment, TOTAL_CUE) && segment.entities.length >= 2;

function isFigure(t: NumberToken): boolean {
  return !t.yearLike && t.kind !== 'ordinal';
}

/** Two or more distinct entities named together just before the cue, or just after it ("Together, A and B …"). */
function namedGroup(doc: AnalysedDocument, segment: AnalysedSegment, sentence: Span, cueAt: number): string[] | undefined {
  const inSentence = segment.entities.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
  let best: Mention[] = [];
  let run: Mention[] = [];
  for (const m of inSentence) {
    const last = run[run.length - 1];
    if (last && JOIN.test(doc.text.slice(last.end, m.start))) run.push(m);
    else run = [m];
    if (run.length > best.length) best = [...run];
  }
  if (best.length < 2 || new Set(best.map((m) => m.id)).size !== best.length) return undefined;
  // The cue stands right before or after the group: "A and B together", "Together, A and B".
  const after = doc.text.slice(best[best.length - 1]!.end, cueAt);
  const before = doc.text.slice(cueAt, best[0]!.start);
  if (!(cueAt >= best[best.length - 1]!.end && /^[\s,]*(?:[\p{L}]+\s+){0,1}$/u.test(after)) && !(cueAt < best[0]!.start && /^[\p{L} ]+[\s,]*$/u.test(before) && before.length < 20)) return undefined;
  return best.map((m) => m.id);
}

/** "Together the two institutes …", "Both universities …": the last N distinct entities named in the earlier sentences. */
function countedGroup(doc: AnalysedDocument, segment: AnalysedSegment, sentence: Span, text: string, earlier: ReadonlyArray<{ sentence: Span }>): string[] | undefined {
  const m = COUNTED_GROUP.exec(text);
  if (!m || earlier.length === 0) return undefined;
  const size = m[1] ? (/\d/.test(m[1]) ? Number(m[1]) : spelledNumber(m[1])!) : m[2] || /two/i.test(m[3] ?? '') ? 2 : undefined;
  const named = [...new Set(segment.entities.filter((e) => e.end <= sentence.start && e.start >= earlier[0]!.sentence.start).map((e) => e.id))];
  // "They" is the group only when exactly that many were named; a counted group takes them all, and no more.
  if (size === undefined ? named.length < 2 : named.length !== size) return undefined;
  return named;
}

/** The one figure of the entity's own clause in the earlier sentences, of the total's kind and unit; none when a clause holds two. */
function figureOf(doc: AnalysedDocument, segment: AnalysedSegment, earlier: ReadonlyArray<{ sentence: Span; tokens: NumberToken[] }>, id: string, total: NumberToken): NumberToken | undefined {
  const mentions = segment.entities.filter((m) => m.id === id && earlier.some((e) => m.start >= e.sentence.start && m.end <= e.sentence.end));
  const found = new Set<NumberToken>();
  for (const mention of mentions) {
    const sentence = earlier.find((e) => mention.start >= e.sentence.start && mention.end <= e.sentence.end)!;
    // The one figure after the name, before any other entity is named.
    const nextEntity = segment.entities.find((m) => m.start > mention.end && m.id !== id && m.end <= sentence.sentence.end);
    const own = sentence.tokens.filter((t) => t.start > mention.end && !t.yearLike && (!nextEntity || t.start < nextEntity.start));
    if (own.length > 1) return undefined;
    const token = own[0];
    if (!token || !TO_FIGURE.test(doc.text.slice(mention.end, token.start))) continue;
    if (token.kind !== total.kind || token.scale !== total.scale || token.currency !== total.currency || token.style.sign !== '') return undefined;
    found.add(token);
  }
  if (found.size !== 1) return undefined;
  const part = [...found][0]!;
  const unit = (t: NumberToken) => UNIT_AFTER.exec(doc.text.slice(t.end, t.end + 20))![1]!.toLowerCase();
  return unit(part) === '' || unit(total) === '' || unit(part) === unit(total) ? part : undefined;
}
