// The rows of a breakdown written one category per line: a list item ("- core government funding, 36.2%;") under a
// lead-in ("KHI's EUR 79.1 million splits five ways:") or a label | value table row ("| Donor and CGIAR grants | 34.7 |"
// under "| Source | Share (%) |"), where the line names one category of a percent breakdown the dataset holds in full
// and states one percent and nothing else. The subject is the one entity the line, the lead-in (or the table's column
// header, corner cell or caption) names, else the one owner the headings above name, else the document's own
// organisation; the time is the one year of the lead-in, caption or table, else the nearest heading's. A line that
// names a change, a target or another entity, or a lead-in that speaks of a change, a plan or several entities, is no
// reading: the sentence form of this reading is dataset-category-shares.ts.
import type { Observation } from '@factlint/schemas';
import { holdsTokens, relativeTokens, type AnalysedDocument, type AnalysedSegment, type AnalysedTable } from '../analysis.js';
import type { Dataset } from '../dataset/index.js';
import type { Span } from '../markdown/facts.js';
import { CURRENCY_CODE_WORD, isConsistentAtPrecision, type NumberToken } from '../numbers.js';
import { categories, normalCategory, notAShare, type Category } from './dataset-category-shares.js';
import { leadInSegment } from './dataset-list-lead-ins.js';
import { documentOwner } from './dataset-referred-subject.js';
import { periodsAndYears } from './link-reading.js';
import type { ClaimLink } from './links.js';
import { tableOf } from '../reuse-context.js';
import { sumWithinRounding } from '../arithmetic.js';
import { single, TOTAL_LABEL } from './tables.js';
import { inSpan } from './spans.js';
import { VersionMemo } from '../version-memo.js';

/** A list longer than this is no breakdown read line by line (its lines' reuse context names every item). */
export const MAX_BREAKDOWN_LINES = 30;

/** Words a line may hold besides the category and its percent: "Government core funding, share of budget: 47.1%". */
const LINE_FILLER = /^(?:share|shares|of|the|its|total|budget|income|funding|revenue|spending|in|per ?cent|percent|at|was|is|were|made|up|accounted|for|and|%|[\s:;,.()*_–—-])*$/i;
/** A lead-in or heading that speaks of a change, a plan or another basis: its lines are no shares of the actual split. */
const NOT_THE_SPLIT = /\b(?:chang\w*|grow\w*|grew|rise|rose|fell|fall\w*|increase\w*|decrease\w*|declin\w*|points?|pp|since|target\w*|plan(?:s|ned|ning)?|planned|forecast\w*|projected|proposed|would|could|budgeted|expected|scenario|versus|vs|peers?|average|median|region\w*|combined|all)\b/i;
/** A column header that gives its cells as percents: "Share (%)", "%", "Per cent", "Share of income". */
const PERCENT_COLUMN = /%|\bper ?cent\b|\bpercent(?:age)?\b|\bshares?\b/i;
/** A header naming money or a scale: its plain cells are amounts, not shares. */
const AMOUNT_COLUMN = /[€$¥£]|\b(?:EUR|USD|JPY|GBP|SEK|million|billion|thousand|bn|m|k|amount|value|chang\w*|growth|points?|pp|rank)\b/i;
/** A caption that gives the table's figures as percents: "(%)", "(percent of total budget)", "(share of USD 138.7 million)". */
const PERCENT_CAPTION = /\(\s*(?:%|per ?cent\b|percent\b|share\b)/i;

/** May the segment hold a category row? A cheap test run on every list item and table cell. */
export function mayHoldCategoryRow(segment: AnalysedSegment): boolean {
  // The tokens' kinds as the segment's analysis holds them: not shifted to document offsets for this test.
  if (segment.kind === 'cell') return segment.cell!.row > 0 && segment.cell!.column > 0 && holdsTokens(segment);
  return segment.listItem !== undefined && relativeTokens(segment).some((t) => t.kind === 'percent');
}

/** The category shares the segment states one per line, compared with the dataset; `taken` are tokens read already. */
export function categoryRowLinks(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment, taken: ReadonlySet<NumberToken>): ClaimLink[] {
  if (!mayHoldCategoryRow(segment)) return [];
  const all = categories(dataset);
  if (all.length === 0) return [];
  const line = segment.kind === 'cell' ? cellLine(doc, segment) : itemLine(doc, segment);
  if (!line || taken.has(line.original)) return [];
  const token = line.token;
  if (token.style.sign !== '') return [];
  // The line names one category in full and nothing else but filler words.
  const said = ` ${normalCategory(line.label).replace(/[^\p{L}\p{N}% ]+/gu, ' ')} `;
  const named = all.filter((c) => said.includes(` ${c.words} `));
  const distinct = named.filter((c) => !named.some((d) => d !== c && d.words.includes(c.words)));
  if (distinct.length !== 1) return [];
  const category = distinct[0]!;
  if (!LINE_FILLER.test(said.replace(` ${category.words} `, ' '))) return [];
  const facts = (dataset.observationsByMetric.get(category.metric) ?? []).filter((o) => o.dimension === category.dimension && o.partner === undefined && o.value !== undefined);
  const holds = (id: string) => facts.some((o) => o.entity === id);
  const entity = subjectOf(doc, dataset, segment, line.span, line.scopes, holds);
  if (!entity) return [];
  const own = facts.filter((o) => o.entity === entity);
  const time = timeOf(doc, segment, line.span, line.scopes);
  if (time === null) return [];
  const fact: Observation | undefined = time !== undefined ? own.find((o) => o.year === time) : own.length === 1 ? own[0] : undefined;
  if (!fact) return [];
  const evidence: Span[] = [{ start: segment.start, end: segment.end }, ...line.scopes.map((s) => ({ start: s.start, end: s.end }))];
  const base = { token, segment, entity, metric: category.metric, dimension: category.dimension, year: fact.year, period: fact.period, observation: fact, evidence, candidates: [] };
  if (isConsistentAtPrecision(token.value, token.decimals, fact.value!)) return [{ ...base, status: 'match', exact: true }];
  // A breakdown whose lines do not add up to 100 is the breakdown-sum rule's to report; only one that does, and still
  // disagrees with the dataset, has a line that is certainly wrong.
  if (!addsUp(doc, segment)) return [];
  return [{ ...base, status: 'mismatch', ...(time === undefined ? { assumedTime: true } : {}) }];
}

interface Line {
  token: NumberToken;
  /** The line: a cell, or a list item's first line. */
  span: Span;
  /** The segment's own token (`token` reads a plain figure under a percent column as a percent). */
  original: NumberToken;
  /** The line's words that name the category (the item's text before the percent, or the row's label). */
  label: string;
  /** Segments beside the line that may name its subject and time: the lead-in; or the header, corner and caption. */
  scopes: AnalysedSegment[];
}

/** "- core government funding, 36.2%;": one percent, the category before it, under a lead-in that ends on a colon. */
function itemLine(doc: AnalysedDocument, segment: AnalysedSegment): Line | undefined {
  if (segment.kind !== 'paragraph') return undefined;
  // The item's first line: a line after it without a marker continues the paragraph, not the line ("other income,
  // 8.7%.\nThe five lines add up to 100%.").
  const tokens = firstLineTokens(segment);
  if (tokens.length !== 1 || tokens[0]!.kind !== 'percent') return undefined;
  const token = tokens[0]!;
  const newline = segment.text.indexOf('\n');
  const after = doc.text.slice(token.end, newline < 0 ? segment.end : segment.start + newline);
  if (!/^[\s;,.*_]*(?:and)?[\s;,.*_]*$/i.test(after)) return undefined;
  if (!listOf(doc, segment)) return undefined;
  const lead = leadInSegment(doc, segment);
  if (!lead || NOT_THE_SPLIT.test(lastSentence(doc, lead))) return undefined;
  const span = { start: segment.start, end: newline < 0 ? segment.end : segment.start + newline };
  return { token, original: token, span, label: doc.text.slice(segment.start, token.start).replace(/^[\s>*_-]*/, ''), scopes: [lead] };
}

/** The numbers on a list item's first line. */
function firstLineTokens(segment: AnalysedSegment): NumberToken[] {
  const newline = segment.text.indexOf('\n');
  const end = newline < 0 ? segment.end : segment.start + newline;
  return segment.tokens.filter((t) => t.end <= end);
}

/** "| Donor and CGIAR grants | 34.7 |" under "| Source | Share (%) |": a plain figure under a percent column is a percent. */
function cellLine(doc: AnalysedDocument, segment: AnalysedSegment): Line | undefined {
  if (segment.tokens.length !== 1) return undefined;
  const original = segment.tokens[0]!;
  let token = original;
  if (token.yearLike) return undefined;
  const table = tableOf(doc, segment);
  const { row, column } = segment.cell!;
  const label = doc.segments[table.cells[row]?.[0] ?? -1];
  const header = doc.segments[table.cells[0]?.[column] ?? -1];
  const corner = doc.segments[table.cells[0]?.[0] ?? -1];
  const caption = table.caption !== undefined ? doc.segments[table.caption] : undefined;
  if (!label || !header || label.tokens.some((t) => !t.yearLike)) return undefined;
  // The value column: its header is a share, a year, a subject or plain "Value", never a change, an amount or a rank.
  const headerText = header.text.replace(/\b(?:19|20)\d{2}\b/g, ' ');
  if (AMOUNT_COLUMN.test(headerText.replace(/\bvalue\b/gi, ' ')) || CURRENCY_CODE_WORD.test(headerText) || NOT_THE_SPLIT.test(headerText)) return undefined;
  if (token.kind === 'plain') {
    const percentColumn = PERCENT_COLUMN.test(header.text) || (!!caption && PERCENT_CAPTION.test(caption.text));
    if (!percentColumn || token.style.sign !== '') return undefined;
    token = { ...token, kind: 'percent' };
  } else if (token.kind !== 'percent') return undefined;
  if (caption && NOT_THE_SPLIT.test(lastSentence(doc, caption))) return undefined;
  const scopes = [header, ...(corner && corner !== label && corner !== header ? [corner] : []), ...(caption ? [caption] : [])];
  return { token, original, span: { start: segment.start, end: segment.end }, label: label.text, scopes };
}

/** The list items of a segment's list, or undefined for a list longer than a breakdown is read. */
export function listOf(doc: AnalysedDocument, segment: AnalysedSegment): AnalysedSegment[] | undefined {
  const id = segment.listItem?.list;
  if (id === undefined) return undefined;
  const list = doc.lists[id]?.id === id ? doc.lists[id] : doc.lists.find((l) => l.id === id);
  if (!list || list.items.length > MAX_BREAKDOWN_LINES) return undefined;
  return list.items.map((i) => doc.segments[i]!);
}

/** Do the lines of the segment's list, or of its table column, each state one share, together 100 within rounding? */
function addsUp(doc: AnalysedDocument, segment: AnalysedSegment): boolean {
  let shares: Array<NumberToken | undefined>;
  if (segment.cell) {
    // Once per table column (a long table's every row may ask).
    const table = tableOf(doc, segment);
    const column = segment.cell.column;
    let byColumn = columnSums.get(table);
    if (!byColumn) columnSums.set(table, (byColumn = new Map()));
    const known = byColumn.get(column);
    if (known !== undefined) return known;
    const rows = table.cells.slice(1).filter((row) => !TOTAL_LABEL.test(doc.segments[row[0] ?? -1]?.text ?? ''));
    const ok = sharesAddUp(rows.map((row) => single(doc.segments[row[column] ?? -1])));
    byColumn.set(column, ok);
    return ok;
  } else {
    const items = listOf(doc, segment);
    if (!items) return false;
    shares = items.map((s) => {
      const percents = firstLineTokens(s).filter((t) => t.kind === 'percent');
      return percents.length === 1 ? percents[0] : undefined;
    });
  }
  return sharesAddUp(shares);
}

const columnSums = new VersionMemo<AnalysedTable, Map<number, boolean>>();

function sharesAddUp(shares: ReadonlyArray<NumberToken | undefined>): boolean {
  if (shares.length < 2 || shares.some((s) => s === undefined || (s.kind !== 'percent' && s.kind !== 'plain'))) return false;
  return sumWithinRounding(shares.map((s) => ({ value: s!.value, decimals: s!.decimals })), 100).ok;
}

function lastSentence(doc: AnalysedDocument, segment: AnalysedSegment): string {
  const last = segment.sentences[segment.sentences.length - 1];
  return last ? doc.text.slice(last.start, last.end) : segment.text;
}

/**
 * The one entity holding the category that the line or its scopes name (the nearest scope that names any decides);
 * else the owner the headings above name (the nearest that names any); else the document's own organisation, when no
 * heading names anyone.
 */
function subjectOf(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment, line: Span, scopes: readonly AnalysedSegment[], holds: (id: string) => boolean): string | undefined {
  for (const s of [segment, ...scopes]) {
    // A lead-in paragraph speaks through its last sentence, the one that opens the list ("… at Salzburg. Porto's 2024
    // spending of EUR 14.1 million divides as follows:"); an owner it names that the dataset does not know is no one's.
    const span = s === segment ? line : s.kind === 'paragraph' && s.sentences.length > 1 ? s.sentences[s.sentences.length - 1]! : s;
    const ids = new Set(s.entities.filter((m) => m.start >= span.start && m.end <= span.end).map((m) => m.id));
    if (ids.size === 0 && s !== segment && UNKNOWN_OWNER.test(doc.text.slice(span.start, span.end))) return undefined;
    if (ids.size === 0) continue;
    if (ids.size > 1) return undefined;
    const [id] = ids;
    return holds(id!) ? id : undefined;
  }
  for (let h = segment.heading; h !== undefined; h = doc.segments[h]!.heading) {
    const ids = new Set(doc.segments[h]!.entities.map((m) => m.id));
    if (ids.size === 0) continue;
    const holders = [...ids].filter(holds);
    return holders.length === 1 && ids.size === 1 ? holders[0] : undefined;
  }
  const owner = documentOwner(doc, dataset);
  return owner && holds(owner) ? owner : undefined;
}

/** A possessive of a capitalised name: "Porto's", "the Foundation's". */
const UNKNOWN_OWNER = /\b\p{Lu}[\p{L}-]*['’]s\b/u;

/** The one year the scopes name, else the nearest heading's; undefined when none, null when several. */
function timeOf(doc: AnalysedDocument, segment: AnalysedSegment, line: Span, scopes: readonly AnalysedSegment[]): number | undefined | null {
  const years = new Set<number>();
  let periods = 0;
  for (const s of [segment, ...scopes]) {
    const read = periodsAndYears(s === segment ? s.tokens.filter((t) => t.start >= line.start && t.end <= line.end) : s.tokens, doc.text);
    for (const y of read.years) years.add(y.value);
    periods += read.periods.length;
  }
  if (periods > 0 || years.size > 1) return null;
  if (years.size === 1) return [...years][0]!;
  for (let h = segment.heading; h !== undefined; h = doc.segments[h]!.heading) {
    const read = periodsAndYears(doc.segments[h]!.tokens, doc.text);
    const inHeading = new Set(read.years.map((y) => y.value));
    if (read.periods.length > 0 || inHeading.size > 1) return null;
    if (inHeading.size === 1) return [...inHeading][0]!;
  }
  return undefined;
}

/** A sentence that states a plan, a target or a counterfactual: its shares are not the actual split. */
const NOT_ACTUAL = /\b(?:would|could|might|should|will|target\w*|plan(?:s|ned|ning)?|forecast\w*|projected|expected|if|unless|aim\w*|goal)\b/i;

/**
 * "Competitive national grants were 26.1%, international and external grants 8.5% and other income 4.1%.", "it drew
 * 39.4 per cent of its income from international grants, and only 36.2 per cent from core government funding": a
 * sentence of several percents, each paired with the one category named between it and its neighbour, all before
 * their percents or all after them. The subject is the one entity the sentence names, else (when the paragraph names
 * none) the headings' or the document's; a breakdown named in full must add up to 100 for a line to be reported.
 */
export function categoryPairLinks(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment, taken: ReadonlySet<NumberToken>): ClaimLink[] {
  if (segment.kind === 'cell') return [];
  const percents = segment.tokens.filter((t) => t.kind === 'percent');
  if (percents.length < 2) return [];
  const all = categories(dataset);
  if (all.length === 0) return [];
  const text = doc.text;
  const links: ClaimLink[] = [];
  for (const sentence of segment.sentences) {
    const tokens = percents.filter((t) => inSpan(sentence, t));
    if (tokens.length < 2 || tokens.some((t) => t.style.sign !== '')) continue;
    if (NOT_ACTUAL.test(text.slice(sentence.start, sentence.end))) continue;
    const named = (from: number, to: number): Category | undefined | null => {
      const said = ` ${normalCategory(text.slice(from, to)).replace(/[^\p{L}\p{N} ]+/gu, ' ')} `;
      const found = all.filter((c) => said.includes(` ${c.words} `));
      const distinct = found.filter((c) => !found.some((d) => d !== c && d.words.includes(c.words)));
      return distinct.length === 1 ? distinct[0] : distinct.length === 0 ? undefined : null;
    };
    // Between two percents stands one category: the second's when the categories come first ("A 1%, B 2%"), the
    // first's when they follow ("1% from A, 2% from B"); the text beyond the last (or before the first) names none.
    const between = tokens.map((t, i) => named(i === 0 ? sentence.start : tokens[i - 1]!.end, t.start));
    const tail = named(tokens[tokens.length - 1]!.end, sentence.end);
    const before = between.every((c) => c) && tail === undefined ? between : undefined;
    const after = between[0] === undefined && tail && between.slice(1).every((c) => c) ? [...between.slice(1), tail] : undefined;
    const pairs = before ?? after;
    if (!pairs) continue;
    const chosen = pairs as Category[];
    if (new Set(chosen.map((c) => `${c.metric}\0${c.dimension}`)).size !== chosen.length || new Set(chosen.map((c) => c.metric)).size !== 1) continue;
    if (tokens.some((t) => notAShare(text.slice(Math.max(sentence.start, t.start - 24), t.start), text.slice(t.end, t.end + 20)))) continue;
    const metric = chosen[0]!.metric;
    const facts = (dataset.observationsByMetric.get(metric) ?? []).filter((o) => o.partner === undefined && o.value !== undefined && o.dimension !== undefined);
    const holds = (id: string) => chosen.every((c) => facts.some((o) => o.entity === id && o.dimension === c.dimension));
    // The subject: the sentence's one entity; a paragraph that names none speaks of the headings' or document's.
    const inSentence = new Set(segment.entities.filter((m) => inSpan(sentence, m)).map((m) => m.id));
    if (inSentence.size > 1 || (inSentence.size === 0 && segment.entities.length > 0)) continue;
    const only = [...inSentence][0];
    // "The peer median for buildings and facilities is 13.9%; for …": a sentence that names no entity and speaks of
    // peers, an average or a change is not the headings' subject's split.
    if (only === undefined && NOT_THE_SPLIT.test(text.slice(sentence.start, sentence.end))) continue;
    const entity = only !== undefined ? (holds(only) ? only : undefined) : subjectOf(doc, dataset, segment, sentence, [], holds);
    if (!entity) continue;
    const time = timeOf(doc, segment, sentence, []);
    if (time === null) continue;
    const own = facts.filter((o) => o.entity === entity);
    const factOf = (c: Category) => {
      const mine = own.filter((o) => o.dimension === c.dimension);
      return time !== undefined ? mine.find((o) => o.year === time) : mine.length === 1 ? mine[0] : undefined;
    };
    if (chosen.some((c) => !factOf(c))) continue;
    // Every category of the entity's breakdown named: the sentence is the whole split, which breakdown-sum judges.
    const whole = new Set(own.filter((o) => time === undefined || o.year === time).map((o) => o.dimension)).size === chosen.length;
    const addsUpToWhole = !whole || sumWithinRounding(tokens.map((t) => ({ value: t.value, decimals: t.decimals })), 100).ok;
    tokens.forEach((token, i) => {
      if (taken.has(token)) return;
      const fact = factOf(chosen[i]!)!;
      const base = { token, segment, entity, metric, dimension: chosen[i]!.dimension, year: fact.year, period: fact.period, observation: fact, evidence: [sentence], candidates: [] };
      if (isConsistentAtPrecision(token.value, token.decimals, fact.value!)) links.push({ ...base, status: 'match', exact: true });
      else if (addsUpToWhole) links.push({ ...base, status: 'mismatch', ...(time === undefined ? { assumedTime: true } : {}) });
    });
  }
  return links;
}
