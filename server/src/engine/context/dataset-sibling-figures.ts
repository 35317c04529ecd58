// A figure whose measure no words of its own name, read by the figures beside it: the other cells of its table column
// (or row) that state one measure of their own entity in the column's year, or the other figures of its sentence that
// state one measure of one subject, each beside the partner (or entity) it is of.
//
// - "| Karpackie Linie (PL) | … | 90.5 |" under "| Operator | … | 2025 |": the column's other cells each equal their
//   row entity's 2025 fact of one measure (punctuality); the cell is that measure's, of its row's entity and its
//   column's year. A table with entities across and years down is read the same way along its row.
// - "48.4% were co-financed by the Asian Development Bank, 33.6% by the World Bank, 21.2% by AFD": the other figures
//   each equal the subject's share with the partner named beside them; the figure is the share with the one name beside
//   it that no other figure took. "from 18.5% at the high-altitude centre to 41.2% at the Cusco laboratory, with the
//   Guayaquil institute at 46.1%": the same with the entity varying and the partner fixed.
//
// At least two other figures must agree on the measure (and no other measure may be agreed on as well); the measure
// is lent from them, so a mismatch gets a suggestion, never a certain fix.
import type { Observation } from '@factlint/schemas';
import type { AnalysedDocument, AnalysedSegment, AnalysedTable } from '../analysis.js';
import { observationKey, type Dataset } from '../dataset/index.js';
import type { NumberToken } from '../numbers.js';
import type { Span } from '../markdown/facts.js';
import { tableOf } from '../reuse-context.js';
import { lentSlots } from './lent-slots.js';
import { clausesOf, periodsAndYears, type LinkReading } from './link-reading.js';
import type { Mention } from './phrase-matcher.js';
import { inSpan, itemsWithin, sentenceOf } from './spans.js';
import { VersionMemo } from '../version-memo.js';

/** Does the figure equal the fact, in a unit the fact's measure fits? (links.ts's comparison) */
export type FactMatch = (token: NumberToken, o: Observation) => boolean;

/** Other figures that must agree on the measure before it is lent to a figure. */
const MIN_AGREEING = 2;
/** Cells of a column (or row) examined: a long table is read by its first ones. */
const MAX_SIBLINGS = 60;

interface Time {
  year?: number;
  period?: string;
}

/** The one entity a header or label names. */
function oneEntity(cell: AnalysedSegment | undefined): string | undefined {
  const ids = new Set(cell?.entities.map((m) => m.id));
  return ids.size === 1 ? [...ids][0] : undefined;
}

function atTime(o: Observation, time: Time): boolean {
  return time.year !== undefined ? o.year === time.year : o.year === undefined && o.period?.replace(/\s*[–-]\s*/, '–') === time.period;
}

/** The facts without a partner or a category of an entity (at the time a header or label states, when it states one). */
function ownFacts(dataset: Dataset, entity: string, time: Time | undefined): Observation[] {
  return (dataset.observationsByEntity.get(entity) ?? []).filter((o) => o.partner === undefined && !o.dimension && (time === undefined || atTime(o, time)));
}

/** A plain cell figure read as a percent where its measure is one ("| 58.6 |" of a coverage in percent). */
function asFigureOf(dataset: Dataset, token: NumberToken, metric: string): NumberToken {
  return token.kind === 'plain' && token.style.sign === '' && dataset.metrics.get(metric)?.unit === 'percent' ? { ...token, kind: 'percent' } : token;
}

/** The one figure a cell states (no change, no second number). */
function statedFigure(cell: AnalysedSegment): NumberToken | undefined {
  const stated = cell.tokens.filter((t) => !t.yearLike);
  return stated.length === 1 ? stated[0] : undefined;
}

/** What a table's cells agree on: one measure at one time. */
export interface CellFrame {
  metric: string;
  year?: number;
  period?: string;
}

const cellFrameKey = (o: { metric: string; year?: number; period?: string }) => `${o.metric}\0${o.year ?? o.period ?? ''}`;
/** One cell's vote: the frames its entity holds facts of, and those among them its figure equals. */
interface Vote {
  entity: string;
  holds: Map<string, CellFrame>;
  equals: Set<string>;
}
const lineVotes = new VersionMemo<AnalysedTable, { dataset: Dataset; lines: Map<string, Vote[]> }>();

/** The votes of a line's first cells (at most MAX_SIBLINGS + 1 of them), computed once per line of a table. */
function votesOf(dataset: Dataset, table: AnalysedTable, key: string, line: () => Array<{ cell: AnalysedSegment; entity: string }>, time: Time | undefined, matches: FactMatch): Vote[] {
  let kept = lineVotes.get(table);
  if (kept?.dataset !== dataset) lineVotes.set(table, (kept = { dataset, lines: new Map() }));
  const byTable = kept.lines;
  let votes = byTable.get(key);
  if (votes) return votes;
  votes = [];
  for (const { cell, entity } of line()) {
    const figure = statedFigure(cell);
    if (!figure) continue;
    const facts = ownFacts(dataset, entity, time);
    const holds = new Map(facts.map((o) => [cellFrameKey(o), { metric: o.metric, ...(o.year !== undefined ? { year: o.year } : { period: o.period }) }] as const));
    votes.push({ entity, holds, equals: new Set(facts.filter((o) => matches(asFigureOf(dataset, figure, o.metric), o)).map(cellFrameKey)) });
  }
  byTable.set(key, votes);
  return votes;
}

/**
 * The one frame the other cells of a line of the table agree on: each equals its own entity's fact of that measure at
 * that time, at least two of them do, and at least twice as many agree as disagree.
 */
function agreedFrame(votes: readonly Vote[], entity: string): CellFrame | undefined {
  const agree = new Map<string, number>();
  const disagree = new Map<string, number>();
  for (const vote of votes) {
    if (vote.entity === entity) continue;
    for (const k of vote.holds.keys()) (vote.equals.has(k) ? agree : disagree).set(k, ((vote.equals.has(k) ? agree : disagree).get(k) ?? 0) + 1);
  }
  // Two thirds of the others at least: a column of small whole numbers ("| Stand | 1 | 3 | 5 |") meets some measure of
  // some year in half its rows by chance alone (eight stand numbers, four of them equal to the brewery's 2021 medals).
  const agreed = [...agree].filter(([k, n]) => n >= MIN_AGREEING && n >= 2 * (disagree.get(k) ?? 0));
  if (agreed.length !== 1) return undefined;
  const k = agreed[0]![0];
  return votes.find((v) => v.entity !== entity && v.equals.has(k))!.holds.get(k);
}

const categoryWords = new WeakMap<Dataset, Set<string>>();
/** Whether a heading is one of the categories of the dataset's breakdowns ("Agriculture", "Rest of Europe"). */
function namesCategory(dataset: Dataset, heading: string): boolean {
  let words = categoryWords.get(dataset);
  if (!words) {
    words = new Set();
    for (const o of dataset.observations) if (o.dimension) words.add(o.dimension.trim().toLowerCase());
    categoryWords.set(dataset, words);
  }
  return words.size > 0 && words.has(heading.replace(/[*_`]/g, '').replace(/\s*\((?:%|percent|per cent)\)\s*$/i, '').trim().toLowerCase());
}

/** Words of a header or label that make its figures no stated fact of the row's entity. */
const NOT_STATED = /\b(?:target|plan(?:ned)?|forecast|projected|projection|goal|estimated?|budgeted|expected|change[sd]?|growth|rank(?:ed|ing)?|position|difference|gap|delta|total|average|median|peers?|per)\b|[Δ±+→]/i;

/**
 * A cell of a table whose row label (or column header) names one entity and whose other heading names no one and no
 * qualifier: the frame the other cells of its column (or row) agree on, at the time that heading states, if any.
 */
export function siblingCellFrame(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment, token: NumberToken, matches: FactMatch): { frame: CellFrame; entity: string; token: NumberToken; evidence: Span[] } | undefined {
  const { row, column } = segment.cell!;
  if (row === 0 || column === 0 || statedFigure(segment) !== token) return undefined;
  const table = tableOf(doc, segment);
  const at = (r: number, c: number) => doc.segments[table.cells[r]?.[c] ?? -1];
  const label = at(row, 0);
  const header = at(0, column);
  if (!label || !header) return undefined;
  const down = oneEntity(label) !== undefined && header.entities.length === 0;
  const across = !down && oneEntity(header) !== undefined && label.entities.length === 0;
  if (!down && !across) return undefined;
  const other = down ? header : label;
  if (NOT_STATED.test(other.text)) return undefined;
  // "| Plant | Households | Tourism | Agriculture |": a heading that names a category of a breakdown the dataset holds
  // says what its figures are (shares of that split), whatever facts of other measures they happen to equal.
  if (namesCategory(dataset, other.text)) return undefined;
  const time = stated(doc, other);
  if (time === null) return undefined;
  const entity = down ? oneEntity(label)! : oneEntity(header)!;
  // The other cells of the line along which the entity varies and the time stays.
  const line = () => {
    const cells: Array<{ cell: AnalysedSegment; entity: string }> = [];
    const count = down ? table.cells.length : (table.cells[0]?.length ?? 0);
    for (let i = 1; i < count && cells.length <= MAX_SIBLINGS; i++) {
      const name = oneEntity(down ? at(i, 0) : at(0, i));
      const cell = down ? at(i, column) : at(row, i);
      if (name !== undefined && cell) cells.push({ cell, entity: name });
    }
    return cells;
  };
  const frame = agreedFrame(votesOf(dataset, table, down ? `c${column}` : `r${row}`, line, time, matches), entity);
  if (!frame || !ownFacts(dataset, entity, time).some((o) => cellFrameKey(o) === cellFrameKey(frame) && o.value !== undefined)) return undefined;
  return { frame, entity, token: asFigureOf(dataset, token, frame.metric), evidence: [segment, label, header].map((s) => ({ start: s.start, end: s.end })) };
}

/** The one time a header or label states (undefined when none, null when several). */
function stated(doc: AnalysedDocument, cell: AnalysedSegment): Time | undefined | null {
  const { years, periods } = periodsAndYears(cell.tokens, doc.text);
  if (years.length + periods.length === 0) return undefined;
  if (years.length === 1 && periods.length === 0) return { year: years[0]!.value };
  if (periods.length === 1 && years.length === 0) return { period: `${periods[0]!.from}–${periods[0]!.to}` };
  return null;
}

/** Percents of one sentence read as a list at the most: a longer run of figures is no list of shares by name. */
const MAX_LISTED = 12;
const sentenceLists = new VersionMemo<AnalysedSegment, Map<number, { percents: NumberToken[]; named: Mention[] }>>();

/** The percents and names of a sentence, found once per sentence (not once per figure). */
function listOf(segment: AnalysedSegment, sentence: Span): { percents: NumberToken[]; named: Mention[] } {
  let bySentence = sentenceLists.get(segment);
  if (!bySentence) sentenceLists.set(segment, (bySentence = new Map()));
  let list = bySentence.get(sentence.start);
  if (!list) {
    list = { percents: segment.tokens.filter((t) => !t.yearLike && t.kind === 'percent' && inSpan(sentence, t)), named: segment.entities.filter((m) => inSpan(sentence, m)) };
    bySentence.set(sentence.start, list);
  }
  return list;
}

/** One frame the other figures of a sentence agree on: a measure of one time, with one of subject and partner fixed. */
interface Frame {
  metric: string;
  time: Time;
  /** The fixed slot: the subject when the partner varies, the partner (or none) when the subject varies. */
  entity?: string;
  partner?: string;
  varies: 'partner' | 'entity';
}

const frameKey = (f: Frame) => `${f.varies}|${f.metric}|${f.time.year ?? f.time.period}|${f.entity ?? ''}|${f.partner ?? ''}`;

/**
 * A figure of a sentence that lists figures of one measure, each beside the partner (or entity) it is of: the frame
 * at least two other figures agree on, and the one name beside the figure that no agreeing figure took.
 */
export function siblingProseReading(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment, token: NumberToken, matches: FactMatch): LinkReading | undefined {
  // Shares by partner or by entity: a list of percents ("top 100" and other counts are read by gapped-lists.ts).
  if (token.kind !== 'percent') return undefined;
  const sentence = sentenceOf(segment, token.start);
  const { percents, named } = listOf(segment, sentence);
  if (percents.length > MAX_LISTED || !percents.includes(token)) return undefined;
  const figures = percents.filter((t) => t !== token);
  if (figures.length < MIN_AGREEING) return undefined;
  const ids = new Set(named.map((m) => m.id));
  if (ids.size < MIN_AGREEING + 1) return undefined;
  // For each frame, the figures that agree with it and the name each took.
  const frames = new Map<string, { frame: Frame; taken: Map<NumberToken, string> }>();
  const add = (frame: Frame, figure: NumberToken, name: string) => {
    const key = frameKey(frame);
    const entry = frames.get(key) ?? { frame, taken: new Map() };
    entry.taken.set(figure, name);
    frames.set(key, entry);
  };
  for (const figure of figures) {
    for (const id of ids) {
      for (const o of dataset.observationsByEntity.get(id) ?? []) {
        if (o.dimension || !matches(figure, o)) continue;
        const time: Time = o.year !== undefined ? { year: o.year } : { period: o.period };
        if (o.partner !== undefined && ids.has(o.partner)) add({ metric: o.metric, time, entity: id, varies: 'partner' }, figure, o.partner);
        add({ metric: o.metric, time, partner: o.partner, varies: 'entity' }, figure, id);
      }
    }
  }
  const agreed = [...frames.values()].filter((f) => new Set(f.taken.values()).size >= MIN_AGREEING && f.taken.size >= MIN_AGREEING);
  if (agreed.length !== 1) return undefined;
  const { frame, taken } = agreed[0]!;
  // The figure's own stretch of its clause: from the figure before it to the figure after it.
  const clause = clausesOf(segment, doc.text).find((c) => inSpan(c, token));
  if (!clause) return undefined;
  const before = figures.filter((t) => t.end <= token.start && t.start >= clause.start).pop();
  const after = figures.find((t) => t.start >= token.end && t.end <= clause.end);
  const stretch = { start: before?.end ?? clause.start, end: after?.start ?? clause.end };
  const took = new Set(taken.values());
  const beside = new Set(named.filter((m) => inSpan(stretch, m) && !took.has(m.id) && m.id !== frame.entity && m.id !== frame.partner).map((m) => m.id));
  if (beside.size !== 1) return undefined;
  const [name] = beside as Set<string>;
  const entity = frame.varies === 'partner' ? frame.entity! : name!;
  const partner = frame.varies === 'partner' ? name : frame.partner;
  const facts = (dataset.observationsByKey.get(observationKey(entity, frame.metric)) ?? []).filter((o) => o.partner === partner && !o.dimension && atTime(o, frame.time) && o.value !== undefined);
  if (facts.length !== 1) return undefined;
  const partners: Mention[] = partner === undefined ? [] : named.filter((m) => m.id === partner);
  const lent = lentSlots({ slot: 'measure', from: 'the figures beside it' });
  return { metric: frame.metric, entity, partners, ...frame.time, evidence: [sentence], ...(lent ? { lent } : {}) };
}

/** Before a figure: words that make it a change or a gap, not a value of the measure. */
const CHANGE_BEFORE = /\b(?:by|up|down|rose|fell|grew|gained|lost|increase|decrease|rise|fall|drop|more|fewer|less)\s+(?:of\s+)?(?:only\s+|just\s+|some\s+|about\s+|around\s+|nearly\s+|almost\s+)?(?:[A-Z]{3}\s+|[€$£¥]\s*)?$/i;
/** Figures of one sentence read year by year at the most. */
const MAX_DATED = 8;

/**
 * "It sold 95.0 thousand paid seats in 2024, against 84.0 thousand in 2015 and 93.3 thousand in 2019": a figure whose
 * measure no words name, among figures of one subject each beside its own year. At least two other figures must each
 * equal the subject's fact of one measure at the year beside them, and no other subject or measure may be agreed on as
 * well; the figure is then that measure's at its own year. The subject is the one entity the sentence names, or (when
 * it names none) among `subjects`, the entities near it (its headings); the measure is lent, so no certain fix.
 */
export function siblingYearReading(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment, sentence: Span, inSentence: readonly NumberToken[], token: NumberToken, matches: FactMatch, subjects: () => string[]): LinkReading | undefined {
  if (token.yearLike || token.style.sign !== '') return undefined;
  const figures = inSentence.filter((t) => !t.yearLike);
  if (figures.length < MIN_AGREEING + 1 || figures.length > MAX_DATED || !figures.includes(token)) return undefined;
  const years = inSentence.filter((t) => t.yearLike);
  if (years.length < figures.length) return undefined;
  // Each figure's own year, the same way for all: the one year between it and the figure after it ("84.0 thousand in
  // 2015"), or else the one year between the figure before it and it ("in 2015, 84.0 thousand").
  const dated = datedFigures(sentence, figures, years, 'after') ?? datedFigures(sentence, figures, years, 'before');
  if (!dated) return undefined;
  if (CHANGE_BEFORE.test(doc.text.slice(Math.max(sentence.start, token.start - 24), token.start))) return undefined;
  const named = [...new Set(itemsWithin(segment.entities, sentence).map((m) => m.id))];
  const candidates = named.length > 0 ? named : subjects();
  if (named.length > 1 || candidates.length === 0) return undefined;
  const others = figures.filter((t) => t !== token);
  let agreed: { entity: string; metric: string } | undefined;
  for (const entity of candidates) {
    const facts = ownFacts(dataset, entity, undefined).filter((o) => o.year !== undefined && o.value !== undefined);
    for (const metric of new Set(facts.map((o) => o.metric))) {
      const at = (year: number) => facts.find((o) => o.metric === metric && o.year === year);
      if (!at(dated.get(token)!) || !others.every((t) => { const o = at(dated.get(t)!); return o !== undefined && matches(t, o); })) continue;
      if (agreed) return undefined;
      agreed = { entity, metric };
    }
  }
  if (!agreed) return undefined;
  const lent = lentSlots({ slot: 'measure', from: 'the figures beside it' }, named.length === 0 && { slot: 'subject', from: 'a heading' });
  return { metric: agreed.metric, entity: agreed.entity, partners: [], year: dated.get(token)!, evidence: [sentence], ...(lent ? { lent } : {}) };
}

/** Each figure's one year on the given side of it, up to the next figure (or the sentence's end); distinct years. */
function datedFigures(sentence: Span, figures: readonly NumberToken[], years: readonly NumberToken[], side: 'after' | 'before'): Map<NumberToken, number> | undefined {
  const dated = new Map<NumberToken, number>();
  for (let i = 0; i < figures.length; i++) {
    const from = side === 'after' ? figures[i]!.end : i === 0 ? sentence.start : figures[i - 1]!.end;
    const to = side === 'before' ? figures[i]!.start : i === figures.length - 1 ? sentence.end : figures[i + 1]!.start;
    const own = years.filter((y) => y.start >= from && y.end <= to);
    if (own.length !== 1) return undefined;
    dated.set(figures[i]!, own[0]!.value);
  }
  return new Set(dated.values()).size === figures.length ? dated : undefined;
}
