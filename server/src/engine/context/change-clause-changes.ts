// Two change claims of two subjects in one sentence (acc-change7): "Grant income at Ardmoor more than doubled between
// 2016 and 2025, while Keldby's grew by 84%". Each clause names one entity; the sentence names one count or currency
// metric and one period; the endpoints are the dataset's values of that entity and metric for the period's two years.
// A clause that does not name the metric takes the sentence's ("Keldby's grew by 84%") only when its other words are
// plain change words. Never a certain fix.
import type { AnalysedDocument, AnalysedSegment } from '../analysis.js';
import type { Span } from '../markdown/facts.js';
import type { NumberToken } from '../numbers.js';
import { observationKey, type Dataset } from '../dataset/index.js';
import { DECLINE_CUE, OTHER_PERIOD_AFTER, ONE_YEAR_AFTER, rateReading, RISE_CUE } from './change-wording.js';
import { clauseOf, statedMultiples, type StatedMultiple } from './growth.js';
import { segmentHas } from './segment-carry.js';
import { hasTwoYears, inSpan, itemsWithin, sentenceTokens } from './spans.js';
import type { DatasetChange } from './change-dataset-changes.js';
import type { DatasetForm } from './rate-dataset-forms.js';
import { acrossVersionsEach, movedWithSegment } from '../across-versions.js';
import { VersionMemo } from '../version-memo.js';

const CUE = /\b(?:rose|risen|grew|grown|fell|fallen|up|down|increased|decreased|declined|dropped|climbed|jumped|expanded|shrank|slipped|doubl\w*|tripl\w*|trebl\w*|quadrupl\w*|\w+fold|times)\b/i;
/** A change named before its value, in the growth sense only ("rose by", "up", "an increase of"): never a bare "by". */
const CHANGE_WORD = /\b(?:rose|risen|grew|grown|fell|fallen|up|down|increased|decreased|declined|dropped|climbed|jumped|expanded|shrank|slipped|contracted|growth|increase|decrease|decline|drop|rise|fall)\s+(?:of\s+|by\s+)?(?:only\s+|just\s+|some\s+|about\s+|around\s+|nearly\s+|almost\s+|roughly\s+)?$/i;
/** A multiple said as the growth itself ("doubled", "nearly tripled", "rose thirteenfold"), not a comparison ("twice as many as"). */
const GROWTH_MULTIPLE = /(?:doubled|tripled|trebled|quadrupled|quintupled|sextupled|halved|fold|times\s+over)$/i;
/** Words of a clause that hand its figure to another comparison, scenario, part or period. */
const ELSEWHERE = /\b(?:than|against|compared|versus|vs\.?|unlike|like|sector|national|regional|global|average\s+of|peers?(?![-‑\s]+review)|targets?|goals?|forecasts?|projected|expected|expects?|plan(?:s|ned)?|aims?|would|could|might|should|if|unless|since|last|past|recent(?:ly)?|previous|first|second|half|early|late|next|share|inflation|real|per[- ]capita|of\s+(?:all|the|its|their)|%\s+of|per\s?cent\s+of)\b/i;
/** The only words a clause may hold besides its entity, the metric, the period and the figure. */
const PLAIN = new Set([
  's', 'the', 'its', 'their', 'a', 'an', 'by', 'at', 'in', 'on', 'for', 'and', 'with', 'total', 'annual', 'yearly', 'number', 'count',
  'overall', 'rose', 'risen', 'rise', 'grew', 'grown', 'growth', 'fell', 'fallen', 'fall', 'increased', 'increase', 'decreased', 'decrease', 'declined',
  'decline', 'dropped', 'drop', 'climbed', 'jumped', 'expanded', 'shrank', 'slipped', 'contracted', 'up', 'down', 'cagr', 'compound', 'compounded',
  'annualised', 'annualized', 'average', 'averaged', 'rate', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'some', 'about', 'around', 'roughly',
  'nearly', 'almost', 'just', 'over', 'more', 'only', 'also', 'then', 'again', 'between', 'from', 'to', 'during', 'across', 'period', 'decade', 'same', 'years', 'year',
  'per', 'cent', 'percent', 'annually', 'that', 'of', 'mere', 'figure', 'tally', 'did', 'so', 'too', 'meanwhile', 'even', 'by', 'rising', 'growing', 'falling',
]);

export interface ClauseChanges {
  changes: DatasetChange[];
  multiples: DatasetForm[];
}

const cache = new VersionMemo<AnalysedDocument, ClauseChanges>();

export function clauseDatasetChanges(doc: AnalysedDocument, dataset: Dataset): ClauseChanges {
  let found = cache.get(doc);
  if (found) return found;
  found = { changes: [], multiples: [] };
  // Outside an edit's scope, the last version's reading, moved (across-versions.ts): it reads the paragraph's own
  // sentences and the dataset; only the paragraphs that found one are asked again, not every paragraph per check.
  for (const reads of acrossVersionsEach(doc, 'clause-dataset-changes', [dataset], mayState, (segment) => segmentChanges(doc, dataset, segment), movedWithSegment)) {
    for (const read of reads) {
      found.changes.push(...read.changes);
      found.multiples.push(...read.multiples);
    }
  }
  cache.set(doc, found);
  return found;
}

/** Cheapest tests first: a paragraph needs a change word and two years before its mentions are read. */
const mayState = (segment: AnalysedSegment): boolean => segment.kind === 'paragraph' && hasTwoYears(segment.tokens) && segmentHas(segment, CUE);

/** One paragraph's changes and multiples, as one reading (none: an empty list). */
function segmentChanges(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment): readonly ClauseChanges[] {
  if (segment.entities.length === 0 || segment.metrics.length === 0) return [];
  const found: ClauseChanges = { changes: [], multiples: [] };
  for (const { sentence, tokens } of sentenceTokens(segment)) readSentence(doc, dataset, segment, sentence, tokens, found);
  return found.changes.length === 0 && found.multiples.length === 0 ? [] : [found];
}

function readSentence(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment, sentence: Span, tokens: NumberToken[], found: ClauseChanges): void {
  const text = doc.text;
  const entityMentions = itemsWithin(segment.entities, sentence);
  const entityIds = new Set(entityMentions.map((m) => m.id));
  if (entityIds.size === 0) return;
  const metricMentions = itemsWithin(segment.metrics, sentence);
  const metrics = [...new Set(metricMentions.map((m) => m.id))];
  if (metrics.length !== 1) return;
  const metric = metrics[0]!;
  const unit = dataset.metrics.get(metric)?.unit;
  // A percent metric's change may be meant in points: no certain reading.
  if (unit !== 'count' && unit !== 'currency') return;
  const years = tokens.filter((t) => t.yearLike);
  const ranges = itemsWithin(segment.ranges, sentence).filter((r) => r.from.yearLike && r.to.yearLike && r.to.value > r.from.value);
  // Two subjects share the sentence's one period: "between 2016 and 2025", "2016–2025", or the two years of an earlier
  // clause's own statement ("went from 824 in 2016 to 1,130 in 2025, while ASOI's grew by 95.4%"). One subject has a
  // period in each clause ("KHI's grants rose 35.7% between 2023 and 2024 and 45.8% between 2024 and 2025").
  const shared = entityIds.size >= 2;
  if (shared ? years.length !== 2 || years[1]!.value <= years[0]!.value || ranges.length > 1 : ranges.length < 2 || years.length !== 2 * ranges.length) return;
  const sharedPeriod = shared ? ranges[0] ?? { start: years[0]!.start, end: years[1]!.end, from: years[0]!, to: years[1]! } : undefined;
  if (shared && RESPECTIVELY.test(text.slice(sentence.start, sentence.end))) {
    respectiveChanges(doc, dataset, sentence, tokens, entityMentions, metricMentions, sharedPeriod!, found);
    return;
  }
  // Figures: percents and growth multiples; any other figure must stand in a clause of its own (another statement).
  const figures: Array<{ stated: NumberToken | StatedMultiple; multiple: boolean }> = [];
  const others: NumberToken[] = [];
  for (const t of tokens) {
    if (t.yearLike) continue;
    if (t.kind === 'percent') figures.push({ stated: t, multiple: false });
    else others.push(t);
  }
  for (const m of statedMultiples(text, sentence)) if (GROWTH_MULTIPLE.test(m.text)) figures.push({ stated: m, multiple: true });
  figures.sort((a, b) => a.stated.start - b.stated.start);
  const parts = gappedParts(text, figures.map((f) => f.stated), figures.map((f) => clauseOf(text, sentence, f.stated.start)), entityMentions, !shared);
  for (const [i, figure] of figures.entries()) {
    const part = parts[i];
    if (!part) continue;
    const clause = part.clause;
    // One entity per clause, no other figure in it; a period of years only, not the clause's own.
    if (others.some((o) => inSpan(clause, o))) continue;
    // "MHC and RVB managed hives rose by 45%": a clause before it that says nothing of its own makes two subjects of one claim.
    if (clause.start > sentence.start && !part.verbLead) {
      const previous = clauseOf(text, sentence, clause.start - 1);
      const before = { start: previous.start, end: Math.min(previous.end, clause.start) };
      if (!CUE.test(text.slice(before.start, before.end)) && !tokens.some((t) => !t.yearLike && inSpan(before, t))) continue;
    }
    if (shared && !ranges[0] && years.some((y) => inSpan(clause, y))) continue;
    const ownRanges = ranges.filter((r) => inSpan(clause, r));
    if (!shared && ownRanges.length !== 1) continue;
    const period = sharedPeriod ?? ownRanges[0]!;
    const own = entityMentions.filter((m) => inSpan(clause, m));
    // One subject: a later clause may leave it unsaid ("… and then 45.8% between 2024 and 2025").
    if (own.length === 0 ? shared || clause.start === sentence.start : new Set(own.map((m) => m.id)).size !== 1) continue;
    const entity = own[0]?.id ?? [...entityIds][0]!;
    const stated = figure.stated;
    // A gapped clause ("… rose 37.1% and VCSD's 150%") takes the verb of the clause it continues.
    const lead = part.verbLead ?? text.slice(clause.start, stated.start);
    const after = text.slice(stated.end, clause.end);
    if (OTHER_PERIOD_AFTER.test(after) || ONE_YEAR_AFTER.test(after)) continue;
    // The entity must lead the clause (its subject), before the figure.
    if (own[0] && own[0].start > stated.start) continue;
    const body = masked(text, clause, [...own, ...metricMentions.filter((m) => inSpan(clause, m)), ...(shared ? (ranges[0] ? [ranges[0]] : years) : [period]), stated]);
    if (ELSEWHERE.test(body) || !(body.toLowerCase().match(/\p{L}+/gu) ?? []).every((w) => PLAIN.has(w))) continue;
    const from = valueFor(dataset, entity, metric, period.from.value);
    const to = valueFor(dataset, entity, metric, period.to.value);
    if (!from || !to || from.value <= 0) continue;
    const yearsSpan = { start: period.start, end: period.end };
    if (figure.multiple) {
      found.multiples.push({ measure: 'multiple', stated, lower: false, entity, metric, from: { year: period.from.value, ...from }, to: { year: period.to.value, ...to }, years: yearsSpan });
      continue;
    }
    const t = stated as NumberToken;
    const rate = rateReading(text.slice(Math.max(clause.start, t.start - 50), t.start), text.slice(t.end, Math.min(clause.end, t.end + 40)));
    const measure = rate ? 'rate' : CHANGE_WORD.test(lead) ? 'change' : undefined;
    if (!measure) continue;
    found.changes.push({ stated: t, measure, decline: DECLINE_CUE.test(lead), rise: RISE_CUE.test(lead), entity, metric, from: { year: period.from.value, ...from }, to: { year: period.to.value, ...to }, years: yearsSpan });
  }
}

const RESPECTIVELY = /\brespectively\b/i;
/** Between two listed figures or subjects: ",", "and", ", and". */
const LIST_JOINER = /^(?:['’]s)?(?:\s*,\s*(?:and\s+)?|\s+and\s+)$/;

/**
 * "Between 2016 and 2025 Tembo's and Nyota's papers rose by 125% and 10%, respectively" (acc-chg10): the subjects and
 * the figures are two lists of one length, each subject's figure in its place. Every subject before the first figure,
 * the figures one list, no other figure, and no word besides plain change words.
 */
function respectiveChanges(doc: AnalysedDocument, dataset: Dataset, sentence: Span, tokens: NumberToken[], entityMentions: Array<Span & { id: string }>, metricMentions: Span[], period: Span & { from: NumberToken; to: NumberToken }, found: ClauseChanges): void {
  const text = doc.text;
  const figures = tokens.filter((t) => t.kind === 'percent');
  if (figures.length < 2 || tokens.some((t) => !t.yearLike && t.kind !== 'percent') || statedMultiples(text, sentence).length > 0) return;
  const subjects = entityMentions.filter((m, i) => i === 0 || m.id !== entityMentions[i - 1]!.id);
  if (subjects.length !== figures.length || new Set(subjects.map((m) => m.id)).size !== subjects.length || subjects.at(-1)!.end > figures[0]!.start) return;
  for (let i = 1; i < figures.length; i++) {
    if (!LIST_JOINER.test(text.slice(figures[i - 1]!.end, figures[i]!.start))) return;
    if (!LIST_JOINER.test(text.slice(subjects[i - 1]!.end, subjects[i]!.start))) return;
  }
  const respectively = RESPECTIVELY.exec(text.slice(sentence.start, sentence.end))!;
  const word = { start: sentence.start + respectively.index, end: sentence.start + respectively.index + respectively[0].length };
  // "… by 125% and 10% a year, respectively": the words after the last figure say what all of them are.
  const before = text.slice(Math.max(sentence.start, figures[0]!.start - 50), figures[0]!.start);
  const after = text.slice(figures.at(-1)!.end, Math.min(sentence.end, figures.at(-1)!.end + 40)).replace(/^\s*,?\s*respectively\b/i, '');
  if (OTHER_PERIOD_AFTER.test(after) || ONE_YEAR_AFTER.test(after)) return;
  const rate = rateReading(before, after);
  const measure = rate ? 'rate' : CHANGE_WORD.test(before) ? 'change' : undefined;
  if (!measure) return;
  const body = masked(text, sentence, [...subjects, ...metricMentions, period, ...figures, word]);
  if (ELSEWHERE.test(body) || !(body.toLowerCase().match(/\p{L}+/gu) ?? []).every((w) => PLAIN.has(w) || w === 'a' || w === 'year' || w === 'annum' || w === 'respectively')) return;
  const lead = text.slice(sentence.start, figures[0]!.start);
  for (const [i, subject] of subjects.entries()) {
    const metric = (metricMentions[0] as Span & { id: string }).id;
    const from = valueFor(dataset, subject.id, metric, period.from.value);
    const to = valueFor(dataset, subject.id, metric, period.to.value);
    if (!from || !to || from.value <= 0) continue;
    found.changes.push({ stated: figures[i]!, measure, decline: DECLINE_CUE.test(lead), rise: RISE_CUE.test(lead), entity: subject.id, metric, from: { year: period.from.value, ...from }, to: { year: period.to.value, ...to }, years: { start: period.start, end: period.end } });
  }
}

/** Between a figure and the next subject of a gapped clause: "and", ", and", ",", perhaps "the". */
const GAP_JOINER = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)$/;
/** Between a figure's period and the same subject's next figure: "and", ", and then", "and by". */
const SAME_SUBJECT_JOINER = /(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:then\s+)?(?:by\s+)?$/;

/**
 * The clause of each figure. Figures that share a clause are split at their subjects when the later ones are gapped
 * ("IBCE's publications rose 37.1% and VCSD's 150%": VCSD's clause is "VCSD's 150%", its verb the first clause's).
 * A clause that cannot be split so gives its figures no clause.
 */
function gappedParts(text: string, figures: Span[], clauses: Span[], entities: Span[], oneSubject: boolean): Array<{ clause: Span; verbLead?: string } | undefined> {
  const parts: Array<{ clause: Span; verbLead?: string } | undefined> = [];
  for (let i = 0; i < figures.length; i++) {
    const clause = clauses[i]!;
    const group = figures.map((f, j) => j).filter((j) => clauses[j]!.start === clause.start);
    if (group.length === 1) {
      parts.push({ clause });
      continue;
    }
    const k = group.indexOf(i);
    const starts: number[] = [clause.start];
    for (let g = 1; g < group.length; g++) {
      const previous = figures[group[g - 1]!]!;
      const figure = figures[group[g]!]!;
      const subject = entities.find((e) => e.start >= previous.end && e.end <= figure.start && GAP_JOINER.test(text.slice(previous.end, e.start)) && /^(?:['’]s)?\s+(?:(?:only|just|about|around|roughly|nearly|almost|some|a\s+mere|by)\s+)?$/.test(text.slice(e.end, figure.start)));
      if (subject) {
        starts.push(subject.start);
        continue;
      }
      // One subject, the figure right after the joiner: "… 35.7% between 2023 and 2024 and 45.8% between 2024 and 2025".
      const joined = oneSubject ? SAME_SUBJECT_JOINER.exec(text.slice(previous.end, figure.start)) : null;
      if (!joined) break;
      starts.push(previous.end + joined.index + /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)/.exec(joined[0])![0].length);
    }
    if (starts.length !== group.length) {
      parts.push(undefined);
      continue;
    }
    const end = k + 1 < starts.length ? starts[k + 1]! : clause.end;
    const first = figures[group[0]!]!;
    parts.push({ clause: { start: starts[k]!, end }, ...(k > 0 ? { verbLead: text.slice(clause.start, first.start) } : {}) });
  }
  return parts;
}

/** The clause's text with its entity, metric, period and figure blanked out: what is left must be plain change words. */
function masked(text: string, clause: Span, masks: Span[]): string {
  let body = text.slice(clause.start, clause.end);
  for (const m of masks) {
    const a = Math.max(0, m.start - clause.start);
    const b = Math.min(body.length, m.end - clause.start);
    if (b > a) body = body.slice(0, a) + ' '.repeat(b - a) + body.slice(b);
  }
  return body;
}

function valueFor(dataset: Dataset, entity: string, metric: string, year: number): { value: number; source: string } | undefined {
  const o = dataset.observationsByKey.get(observationKey(entity, metric))?.find((x) => x.year === year && x.partner === undefined && x.value !== undefined);
  return o ? { value: o.value!, source: o.source } : undefined;
}

