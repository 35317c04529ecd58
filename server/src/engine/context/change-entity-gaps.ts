// A gap in points between two parties' values of one measure, both the dataset's: "CBRL's industry share is 15 points
// above SMGL's", "Karolinska's share at Keio is 35.2 points higher than at UTokyo", "its score, 84.1, sits 4.8 points
// ahead of IBCE in 2025". The subject stands before the figure, the other party right after its direction word; the
// measure is the one fact key (metric, partner, category, year or period) that both hold and that the sentence names:
// its metric, its category ("industry share" for "Industry contracts"), or its partner with the word "share". Any
// other figure of the sentence must be one of the two values. Never a certain fix: which facts are meant is a reading.
import type { Observation } from '@factlint/schemas';
import type { AnalysedDocument, AnalysedSegment } from '../analysis.js';
import type { Span } from '../markdown/facts.js';
import { isConsistentAtPrecision, type NumberToken } from '../numbers.js';
import type { Dataset } from '../dataset/index.js';
import { segmentHas } from './segment-carry.js';
import { itemsWithin, sentenceTokens } from './spans.js';
import { normalCategory } from './dataset-category-shares.js';
import { mayRefer, referredSubject } from './dataset-referred-subject.js';
import { pointsFigure, pronounSubject } from './change-dataset-changes.js';
import { VersionMemo } from '../version-memo.js';

export interface EntityGap {
  stated: NumberToken;
  /** Whether the words put the subject below the other party ("lower than", "behind"). */
  below: boolean;
  subject: { entity: string; value: number; source: string };
  other: { entity: string; value: number; source: string };
  metric: string;
  partner?: string;
  dimension?: string;
  /** The year or period of both facts. */
  when: string;
  /** The other party's name in the text. */
  otherAt: Span;
}

/** Before a figure in points that is a score, not a gap: "with 86.2 points", "scored 86.2 points", "on 86.2 points". */
const SCORE_IN_POINTS_BEFORE = /\b(?:with|scored|scoring|scores|on|at|reached|reaching|totall?ed|a\s+score\s+of)\s+$/i;
const CUE = /\bpoints?\b|\bpp\b|\bpts?\b/i;
/**
 * After the figure: the unit, the direction, and the words before the other party ("that of", "its share at", "at").
 * Group 1 is a word of "above", group 2 of "below".
 */
const GAP_AFTER = /^\s*(?:percentage[- ]points?|pp\b|p\.\s?p\.|points?\b|pts?\b)\.?\s+(?:(above|higher\s+than|ahead\s+of|clear\s+of|more\s+than|over)|(below|lower\s+than|behind|less\s+than|under))\s+(?:(?:that|those)\s+of\s+|(?:its|their|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:share|rate|score|figure|one)\s+(?:at|of|for|in)\s+|at\s+|in\s+|for\s+)?/iu;
/** Right before the figure, a change or a bound makes it something else than the gap ("rose 3 points above", "by 2 points"). */
const NOT_GAP_BEFORE = /\b(?:rose|risen|fell|fallen|up|down|grew|grown|climbed|dropped|increased|decreased|gained|lost|widened|narrowed|jumped|slipped|by|of|than|to)\s+(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|just\s+|only\s+)?$/i;
/** After the figure, the end of its sentence: "32.2 points lower." Group 1 is a word of "above", group 2 of "below". */
const GAP_ENDS = /^\s*(?:percentage[- ]points?|pp\b|p\.\s?p\.|points?\b|pts?\b)\.?\s+(?:(higher|more|above|ahead)|(lower|less|below|behind))\s*[.;!]?\s*$/i;
/** Right before the figure: "by" ("ahead of SAGIC by 5.7 points"). */
const BY_BEFORE = /\bby\s+(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|just\s+|only\s+)?$/i;
/** Right before the other party, in the "by" form: the direction. Group 1 is a word of "above", group 2 of "below". */
const DIRECTION_BEFORE = /\b(?:(ahead\s+of|above|leads?|led|leading|beats?|beat|beating|outscored?|outscoring|outperform(?:s|ed|ing)?)|(behind|below|trails?|trailed|trailing))\s+(?:the\s+)?$/i;
/** A forecast, a target or a condition: not the dataset's facts. */
const NOT_FACT = /\b(?:would|could|might|will|should|expected|forecast\w*|projected|target\w*|plan(?:s|ned|ning)?|if)\b/i;
const SHARE = /\bshares?\b/i;
/** "83.1 out of 100": the scale of a score, not a figure. */
const OUT_OF = /\bout\s+of\s+$/i;
/** Words of a category name too common to name it alone. */
const WEAK = new Set(['of', 'and', 'the', 'other', 'income', 'funding', 'grants', 'share', 'total']);

const cache = new VersionMemo<AnalysedDocument, EntityGap[]>();

export function entityGaps(doc: AnalysedDocument, dataset: Dataset, range?: { from: number; to: number }): EntityGap[] {
  // With a range (a section-bound rule's scope), only the gaps stated in those segments, each read of its own sentence
  // and the text around it whatever the other segments give; not kept, the document's whole list is.
  const part = range !== undefined && (range.from > 0 || range.to < doc.segments.length - 1);
  let found = part ? undefined : cache.get(doc);
  if (found) return found;
  found = [];
  const to = part ? range.to : doc.segments.length - 1;
  for (let s = part ? range.from : 0; s <= to; s++) {
    const segment = doc.segments[s]!;
    if (segment.kind !== 'paragraph' || !segmentHas(segment, CUE) || segment.entities.length === 0) continue;
    for (const { sentence, tokens } of sentenceTokens(segment)) {
      const figures = tokens.filter((t) => t.kind === 'plain' && !t.yearLike && (GAP_AFTER.test(doc.text.slice(t.end, t.end + 60)) || GAP_ENDS.test(doc.text.slice(t.end, sentence.end)) || (pointsFigure(doc.text, t) && BY_BEFORE.test(doc.text.slice(Math.max(sentence.start, t.start - 20), t.start)))));
      if (figures.length !== 1) continue;
      const read = readGap(doc, dataset, segment, sentence, tokens, figures[0]!);
      if (read) found.push(read);
    }
  }
  if (!part) cache.set(doc, found);
  return found;
}

type Fact = Observation & { value: number };
type Mention = AnalysedSegment['entities'][number];
interface GapPlace {
  otherAt: Mention;
  below: boolean;
  subjectEnd: number;
  /** The other party named in the sentence before, with its value stated there ("… SAGIC, where core funding made up 58.4%."). */
  before?: NumberToken[];
}

/** "15 points above SMGL's", "5.7 points ahead of SAGIC's 78.4": the direction and the other party after the figure. */
function gapAfter(text: string, sentence: Span, mentions: Mention[], stated: NumberToken): GapPlace | undefined {
  if (NOT_GAP_BEFORE.test(text.slice(Math.max(sentence.start, stated.start - 30), stated.start))) return undefined;
  const gap = GAP_AFTER.exec(text.slice(stated.end, sentence.end));
  if (!gap) return undefined;
  const opens = stated.end + gap[0].length;
  // The other party opens right where the gap's words end, and no one is named after it.
  const otherAt = mentions.find((m) => m.start === opens || (m.start > opens && /^\s*the\s+$/i.test(text.slice(opens, m.start))));
  if (!otherAt || mentions.some((m) => m.start > otherAt.end && m.id !== otherAt.id)) return undefined;
  // After the other party: its value at most ("SAGIC's 78.4", "IBCE, on 72.9"), then the clause ends.
  if (!/^(?:['’]s?)?(?:\s*\([^()]{1,40}\))?(?:,?\s+(?:on\s+|at\s+|with\s+)?\(?\d[\d.,]*\s?%?\)?)?(?=\s*(?:[.,;:)]|$|\s(?:and|while|but|whereas|in|on|at)\b))/i.test(text.slice(otherAt.end, sentence.end))) return undefined;
  return { otherAt, below: gap[2] !== undefined, subjectEnd: stated.start };
}

/**
 * "He contrasted this with SAGIC, where core funding made up 58.4%. KHI's core share was 32.2 points lower.": a gap
 * that names no other party ends its sentence; the other party is the one the sentence before names, and that
 * sentence must state its value (checked by the caller).
 */
function gapToPrevious(text: string, segment: AnalysedSegment, sentence: Span, mentions: Mention[], stated: NumberToken): GapPlace | undefined {
  const gap = GAP_ENDS.exec(text.slice(stated.end, sentence.end));
  if (!gap || NOT_GAP_BEFORE.test(text.slice(Math.max(sentence.start, stated.start - 30), stated.start)) || mentions.some((m) => m.start >= stated.end)) return undefined;
  const previous = [...segment.sentences].reverse().find((x) => x.end <= sentence.start);
  if (!previous) return undefined;
  const named = itemsWithin(segment.entities, previous);
  if (new Set(named.map((m) => m.id)).size !== 1 || mentions.some((m) => m.id === named[0]!.id)) return undefined;
  return { otherAt: named[0]!, below: gap[2] !== undefined, subjectEnd: stated.start, before: itemsWithin(segment.tokens, previous).filter((t) => !t.yearLike) };
}

/** "ahead of SAGIC by 5.7 points", "trails KHI's by 3 points": the direction and the other party before "by" and the figure. */
function gapBefore(text: string, sentence: Span, mentions: Mention[], stated: NumberToken): GapPlace | undefined {
  const by = BY_BEFORE.exec(text.slice(Math.max(sentence.start, stated.start - 20), stated.start));
  if (!by) return undefined;
  const byAt = stated.start - by[0].length;
  const otherAt = [...mentions].reverse().find((m) => m.end <= byAt);
  if (!otherAt || mentions.some((m) => m.start >= stated.end && m.id !== otherAt.id)) return undefined;
  if (!/^(?:['’]s?)?(?:\s*\([^()]{1,40}\))?\s*,?\s*$/.test(text.slice(otherAt.end, byAt))) return undefined;
  const direction = DIRECTION_BEFORE.exec(text.slice(Math.max(sentence.start, otherAt.start - 30), otherAt.start));
  if (!direction) return undefined;
  return { otherAt, below: direction[2] !== undefined, subjectEnd: otherAt.start - direction[0].length };
}

function readGap(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment, sentence: Span, tokens: NumberToken[], stated: NumberToken): EntityGap | undefined {
  const text = doc.text;
  const body = text.slice(sentence.start, sentence.end);
  if (NOT_FACT.test(body) || stated.style.sign !== '') return undefined;
  const mentions = itemsWithin(segment.entities, sentence);
  const place = gapAfter(text, sentence, mentions, stated) ?? gapBefore(text, sentence, mentions, stated) ?? gapToPrevious(text, segment, sentence, mentions, stated);
  if (!place) return undefined;
  const { otherAt } = place;
  // Before the direction: the subject, and at most one party more, the partner ("Karolinska's share at Keio").
  const named = [...new Set(mentions.filter((m) => m.end <= place.subjectEnd).map((m) => m.id))];
  // No one named before the figure: "the institute's core share", "Its score" speak of the one named before (or the writer's own).
  if (named.length === 0) {
    const hasFacts = (id: string) => id !== otherAt.id && (dataset.observationsByEntity.get(id)?.length ?? 0) > 0;
    const referred = mayRefer(text.slice(sentence.start, place.subjectEnd), dataset) ? referredSubject(doc, dataset, segment, sentence, { start: sentence.start, end: place.subjectEnd }, hasFacts)?.id : undefined;
    const subject = referred ?? pronounSubject(doc, segment, sentence, hasFacts);
    if (subject) named.push(subject);
  }
  if (named.length === 0 || named.length > 2) return undefined;
  const lead = text.slice(sentence.start, place.subjectEnd);
  const readings = named.flatMap((subject) => {
    const partner = named.find((id) => id !== subject);
    return sharedFacts(dataset, subject, otherAt.id, partner, lead, segment, sentence, stated, tokens).map((r) => ({ ...r, subject, partner }));
  });
  // Any other figure of the sentence is one of the two values ("SAGIC's core share, 58.4%, sits …"); a rank, or another
  // difference in points ("up 5.6 points and 5.7 points clear of SAGIC"), is read by others.
  // A score in points ("took first place with 86.2 points") is a value, not a difference.
  const others = tokens.filter((t) => t !== stated && !t.yearLike && t.kind !== 'ordinal' && (!pointsFigure(text, t) || SCORE_IN_POINTS_BEFORE.test(text.slice(Math.max(sentence.start, t.start - 16), t.start))) && !OUT_OF.test(text.slice(Math.max(sentence.start, t.start - 8), t.start)));
  const fitsOf = (value: number) => (t: NumberToken) => isConsistentAtPrecision(t.value, t.decimals, value);
  // Two years or periods in view: the one whose subject value the sentence states before the figure ("scored 84.1 in 2025, … 5.7 points ahead").
  const chosen = readings.length === 1 ? readings : readings.filter((r) => others.some((t) => t.end <= stated.start && fitsOf(r.mine.value)(t)));
  if (chosen.length !== 1) return undefined;
  const { subject, partner, mine, theirs } = chosen[0]!;
  if (subject === otherAt.id || !others.every((t) => fitsOf(mine.value)(t) || fitsOf(theirs.value)(t))) return undefined;
  if (place.before && !place.before.some(fitsOf(theirs.value))) return undefined;
  return {
    stated,
    below: place.below,
    subject: { entity: subject, value: mine.value, source: mine.source },
    other: { entity: otherAt.id, value: theirs.value, source: theirs.source },
    metric: mine.metric,
    ...(partner ? { partner } : {}),
    ...(mine.dimension ? { dimension: mine.dimension } : {}),
    when: String(mine.year ?? mine.period),
    otherAt: { start: otherAt.start, end: otherAt.end },
  };
}

/**
 * The facts of `subject` and `other` under one key that the sentence names: a percent or score metric, with `partner` when
 * one is named (and only then), its category when it has one, its year or period when the sentence names years. Every
 * key that fits is returned: more than one leaves the reading unclear.
 */
function sharedFacts(dataset: Dataset, subject: string, other: string, partner: string | undefined, lead: string, segment: AnalysedSegment, sentence: Span, stated: NumberToken, tokens: NumberToken[]): Array<{ mine: Fact; theirs: Fact }> {
  const metricsNamed = new Set(itemsWithin(segment.metrics, sentence).filter((m) => m.end <= stated.start).map((m) => m.id));
  const years = new Set(tokens.filter((t) => t.yearLike).map((t) => t.value));
  const periods = itemsWithin(segment.ranges, sentence).filter((r) => r.from.yearLike && r.to.yearLike);
  const leadWords = normalCategory(lead);
  const fits = (o: Observation): o is Fact => {
    const unit = dataset.metrics.get(o.metric)?.unit;
    if (o.value === undefined || (unit !== 'percent' && unit !== 'score') || o.partner !== partner) return false;
    if (o.dimension ? !namesCategory(leadWords, dataset, o) : partner ? !metricsNamed.has(o.metric) && !SHARE.test(lead) : !metricsNamed.has(o.metric)) return false;
    if (o.year !== undefined) return years.size === 0 || years.has(o.year);
    return o.period !== undefined && (periods.length === 0 || periods.some((r) => o.period!.startsWith(String(r.from.value))));
  };
  const key = (o: Observation) => [o.metric, o.partner ?? '', o.dimension ?? '', o.year ?? o.period ?? ''].join('\0');
  const theirs = new Map((dataset.observationsByEntity.get(other) ?? []).filter(fits).map((o) => [key(o), o]));
  const pairs = (dataset.observationsByEntity.get(subject) ?? []).filter(fits).flatMap((o) => {
    const t = theirs.get(key(o));
    return t ? [{ mine: o, theirs: t }] : [];
  });
  return pairs;
}

/** "the core share", "industry's share", "Industry contracts": the lead names the category in full, or a strong word of it before "share". */
function namesCategory(leadWords: string, dataset: Dataset, o: Observation): boolean {
  const words = normalCategory(o.dimension!);
  if (leadWords.includes(words)) return true;
  const before = /([\p{L}-]+)(?:['’]s)?\s+shares?\b/u.exec(leadWords)?.[1];
  if (!before || WEAK.has(before) || !words.split(' ').includes(before)) return false;
  // The word names this category alone among its metric's categories.
  const siblings = new Set((dataset.observationsByMetric.get(o.metric) ?? []).filter((x) => x.dimension && normalCategory(x.dimension).split(' ').includes(before)).map((x) => x.dimension));
  return siblings.size === 1;
}
