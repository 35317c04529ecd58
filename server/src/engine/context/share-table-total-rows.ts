// A share in the prose after a table, of the table's Total row: "KHI's 19 graduates made up 14.0% of all doctorates
// awarded in 2025", "Traction electricity remained the largest source, at 46.0% of the 2025 total", "Science Tokyo
// accounted for 34.9% of the 2024 combined output, and Keio for 7.0%", "its slice of the pool slipped to 26.0% in 2025".
// The part is a row of the nearest table above in the same section: a figure stated right before the share that is the
// row's cell, or the row the words before the share name (a dataset entity, or the row's label); the whole is the Total
// row's cell in the column of the share's year (or, without one, the column the part's cell or the whole's noun picks).
import type { AnalysedDocument, AnalysedSegment, AnalysedTable } from '../analysis.js';
import { spelledNumber, type NumberToken } from '../numbers.js';
import type { Span } from '../markdown/facts.js';
import { lemma } from './lemma.js';
import { sentenceTokens } from './spans.js';
import { rowLabelCell, single, tableView, type TableView } from './tables.js';
import { lastTableBefore } from './table-before.js';

export interface TableTotalShare {
  stated: NumberToken;
  part: NumberToken;
  whole: NumberToken;
}

/** After a share, a whole that is everything of a kind: "of all doctorates", "of the 2025 total", "of the region's papers", "of the pool". */
const OF_ALL = /^\s+of\s+(?:all(?:\s+the)?|the|that)\s+(?<words>[^.;:,()]{0,60})/iu;
/** Before a share, the whole named as a share of it: "its slice of the pool slipped to", "their share of all papers was". */
const SHARE_OF_ALL = /\b(?:share|slice|portion|proportion)\s+of\s+(?:all(?:\s+the)?|the)\s+(?<words>[^.;:,()\d]{1,40}?)\s+(?:[\p{L}]+\s+){0,3}?(?:to|at|was|is|were|stood\s+at|reached)\s+$/iu;
/** A whole of the subject's own ("of its papers", "of the institute's budget", "of their income"): no whole of the table. */
const OWN_WHOLE = /\b(?:its|their|his|her|our|my|your)\b|\b(?:institute|institution|centre|center|station|university|laboratory|lab|museum|gallery|airport|operator|utility|company|railway|network|scheme|library)['’]s\b/i;
/** Before a name that sets the sentence at one entity: "At Dunavölgy", "1.5 In Ornelle". */
const SCOPE_BEFORE = /^[\s*_>-]*(?:\d+(?:\.\d+)*\.?\s+)?(?:at|in|for|within)\s+(?:the\s+)?$/i;
/** After it, a pronoun subject: "At Dunavölgy it makes up". */
const SUBJECT_PRONOUN_AFTER = /^(?:['’]s?)?,?\s+(?:it|they|this|these)\s/i;
/** Between a stated part and its share: "19 graduates made up", "201 papers amounted to", "128 days,", "(". */
const PART_IS = /^\s*(?:[\p{L}’'-]+\s+){0,4}?(?:were|was|is|are|made\s+up|make\s+up|makes\s+up|accounts?\s+for|accounted\s+for|represent(?:s|ed)?|amount(?:s|ed)?\s+to|c(?:a|o)mes?\s+to|or)\s+(?:only\s+|just\s+|exactly\s+|some\s+)?$|^\s*[(,—–]\s*$/iu;
/** A percent that is a change or a difference, not a share: "by 4.3%", "up 6.5%", "16.8% more", "3.3 points". */
const CHANGE_BEFORE = /\b(?:by|(?<!\bma(?:de|ke|kes|king)\s)up|down|rose|grew|fell|increased|decreased|declined|dropped|gained|lost|growth\s+of|rate\s+of|change\s+of)\s+(?:of\s+)?$|[+−-]\s*$/i;
const CHANGE_AFTER = /^\s*(?:more|less|fewer|higher|lower|above|below|up|down|points?|percentage|pp\b|a\s+year|per\s+year|annually|on\b|than\b|growth|increase|decrease|rise|fall|drop|gain|decline)/i;
/** "about 900": a hedged part, whose share cannot be held to its stated precision. */
const HEDGED = /\b(?:about|around|roughly|nearly|almost|approximately|some|over|more than|under|fewer than|less than|close to|an estimated)\s+$/i;
/** Header words that make a column no column of parts: shares, changes, rates, ranks, averages. */
const NOT_PARTS_HEADER = /share|%|per ?cent|proportion|chang|growth|increase|decrease|decline|diff|delta|Δ|cagr|rate|rank|average|mean|median|per\s+|→|->|\bvs\b/i;
/** Words of a row label too common to name it ("Scope 2: traction electricity" is named by "traction electricity"). */
const LABEL_STOP = new Set(['the', 'and', 'of', 'in', 'for', 'on', 'at', 'to', 'a', 'an', 'other', 'others', 'all', 'total', 'scope']);

/** Right before a percent that ends a range: "between 61% and ", "61% to ", "61%–". */
const RANGE_END_BEFORE = /\d\s*(?:%|per\s*cent)\s*(?:and|to|[–-])\s*$|\bbetween\s+\d[\d.,]*\s*(?:and|[–-])\s*$|\d[–-]$/i;
/** Right after a percent that opens a range: "–73%" ("between 61% and 73%" and "from 61% to 73%" only with their opening word before). */
const RANGE_START_AFTER = /^\s*[–-]\s*\d[\d.,]*\s*(?:%|per\s*cent)/i;
const RANGE_OPENING_BEFORE = { and: /\bbetween\s+$/i, to: /\bfrom\s+$/i };
const RANGE_WORD_AFTER = /^\s*(and|to)\s*\d[\d.,]*\s*(?:%|per\s*cent)/i;

/** Whether the percent between `before` and `after` opens a range of percents ("between 61% and 73%", "61–73%"). */
function opensRange(before: string, after: string): boolean {
  if (RANGE_START_AFTER.test(after)) return true;
  const word = RANGE_WORD_AFTER.exec(after)?.[1]?.toLowerCase() as 'and' | 'to' | undefined;
  return word !== undefined && RANGE_OPENING_BEFORE[word].test(before);
}

/** A group named by its size in a whole's words: "all eight resorts", "the six airports'". */
const GROUP_SIZE = /\b(?:all\s+|the\s+)(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+\p{L}/iu;
/** A size in a Total row's label: "Three resorts", "All eight", "Total (8)". */
const SIZE_WORD = /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\b/i;
const sizeOf = (w: string): number => spelledNumber(w) ?? Number(w);

/** The shares of a table's Total row stated in the prose after it, in its section, with their parts. */
export function tableTotalShares(doc: AnalysedDocument, rates: ReadonlySet<number>, range?: { from: number; to: number }): TableTotalShare[] {
  const out: TableTotalShare[] = [];
  if (doc.tables.length === 0) return out;
  // With a range (a section-bound rule's scope), only the shares stated in those segments: each is read of its own
  // paragraph and the table above it, whatever the other paragraphs give.
  const to = range?.to ?? doc.segments.length - 1;
  for (let s = range?.from ?? 0; s <= to; s++) {
    const segment = doc.segments[s]!;
    if (segment.kind !== 'paragraph' || !segment.tokens.some((t) => t.kind === 'percent')) continue;
    const table = tableAbove(doc, segment);
    if (!table) continue;
    const view = tableView(doc, table);
    if (view.totalRow === undefined) continue;
    for (const { sentence, tokens } of sentenceTokens(segment)) {
      const percents = tokens.filter((t) => t.kind === 'percent' && !rates.has(t.start));
      // The whole read for the share before, for an elliptic one after it ("…, and Keio for 7.0%").
      let previous: { end: number; phrase: Span; row?: number } | undefined;
      for (const stated of percents) {
        const from = previous?.end ?? sentence.start;
        const before = doc.text.slice(from, stated.start);
        const after = doc.text.slice(stated.end, sentence.end);
        // "its share moved between 61% and 73%", "61–73%": a range of shares over time, no one share of a row.
        if (CHANGE_BEFORE.test(before) || CHANGE_AFTER.test(after) || RANGE_END_BEFORE.test(before) || opensRange(before, after)) {
          previous = undefined;
          continue;
        }
        const next = percents.find((t) => t.start > stated.start);
        const ofAfter = OF_ALL.exec(after);
        const ofBefore = ofAfter ? null : SHARE_OF_ALL.exec(before);
        const phrase = ofAfter ? { start: stated.end, end: stated.end + ofAfter[0].length } : ofBefore ? { start: from + ofBefore.index, end: stated.start } : undefined;
        const own = (ofAfter ?? ofBefore)?.groups?.words;
        // "At Dunavölgy it makes up 66.5% of the tonnage": a sentence set at one entity, whose subject is a pronoun for
        // something else, speaks of a part of that entity's own whole.
        const scoped = segment.entities.some((m) => m.start >= sentence.start && m.end <= stated.start && SCOPE_BEFORE.test(doc.text.slice(sentence.start, m.start)) && SUBJECT_PRONOUN_AFTER.test(doc.text.slice(m.end, stated.start)));
        if ((own !== undefined && OWN_WHOLE.test(own)) || scoped) {
          previous = undefined;
          continue;
        }
        // An elliptic share names no whole of its own and follows one that did, with no other whole between
        // ("…, and Keio for 7.0%"; not "… a smaller share of the papers (30.5%)").
        const elliptic = own === undefined && previous !== undefined && !/^\s+of\b/i.test(after) && !/\bof\s+(?:the|all|its|their)\b/i.test(doc.text.slice(Math.max(from, previous.phrase.end), stated.start));
        const whole = phrase ?? (elliptic ? previous!.phrase : undefined);
        if (!whole || segment.entities.some((m) => m.start >= whole.start && m.end <= whole.end) || !measureFits(segment, whole, view)) {
          previous = undefined;
          continue;
        }
        const words = doc.text.slice(whole.start, whole.end);
        // "48.1% of the skier days logged at all eight resorts" under a table whose Total row is "Three resorts": a whole of
        // another group than the table's.
        const size = GROUP_SIZE.exec(words);
        const sized = size ? sizeOf(size[1]!) : undefined;
        const totalLabel = SIZE_WORD.exec(view.rows[view.totalRow]?.[0] ? doc.text.slice(view.rows[view.totalRow]![0]!.start, view.rows[view.totalRow]![0]!.end) : '');
        const members = totalLabel ? sizeOf(totalLabel[1]!) : undefined;
        if (sized !== undefined && members !== undefined && sized !== members) {
          previous = undefined;
          continue;
        }
        const year = yearOf(doc.text, tokens, stated, next, from, previous !== undefined, sentence.start);
        const found = partAndWhole(doc, segment, view, tokens, stated, from, year, words, elliptic ? previous?.row : undefined, sentence.start);
        previous = { end: stated.end, phrase: whole, row: found?.row };
        if (found) out.push({ stated, part: found.part, whole: found.whole });
      }
    }
  }
  return out;
}

/** The nearest table above a paragraph in its section, with nothing but prose between. */
function tableAbove(doc: AnalysedDocument, segment: AnalysedSegment): AnalysedTable | undefined {
  // The last table before the paragraph, when in its section: a table of the section lies after the section's heading,
  // and so does any later table before the paragraph (a paragraph's `heading` is the last heading before it).
  const before = lastTableBefore(doc, segment.index);
  if (!before || doc.segments[before.first]!.heading !== segment.heading) return undefined;
  const { table: best, last: bestIndex } = before;
  // A list or a heading between the table and the paragraph speaks of something else.
  for (let i = bestIndex + 1; i < segment.index; i++) if (doc.segments[i]!.kind !== 'paragraph' || doc.segments[i]!.listItem) return undefined;
  return best;
}

/**
 * Whether the measure the whole's words name, when they name one the dataset knows, is the table's: named by the
 * column headers or the caption ("15.0% of the eight operators' train-kilometres" is no share of a table of journeys).
 */
function measureFits(segment: AnalysedSegment, whole: Span, view: TableView): boolean {
  const named = new Set(segment.metrics.filter((m) => m.start >= whole.start && m.end <= whole.end).map((m) => m.id));
  if (named.size === 0) return true;
  const table = [...view.header, ...(view.caption ? [view.caption] : [])].flatMap((s) => s.metrics.map((m) => m.id));
  return table.some((id) => named.has(id));
}

/** Words before a share that make its part several parts at once: "together", "between them", "plus". */
// ("the combined count" is a whole, not a part.)
const COMBINED_PART = /\b(?:together|jointly|between\s+them|along\s+with|plus)\b/i;
/** A group of several named by their number before a share: "the two Portuguese museums", "both Austrian ones". */
const GROUP_PART = /\b(?:the|both|all)\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[\p{L}-]+\s+){0,2}?\p{L}+s\b|\bboth\s+(?:[\p{L}-]+\s+)?\p{L}+s\b/iu;

/** Words between a share and a later year that make the year the compared time's: "than in", "up from", "since", "against". */
const COMPARED_TIME_BETWEEN = /\b(?:than|from|since|against|compared|versus|vs\.?)\b/i;

/** The share's year: the one year after it in its clause (up to the next share), else the one year before it since the share before. */
function yearOf(text: string, tokens: readonly NumberToken[], stated: NumberToken, next: NumberToken | undefined, from: number, afterShare = false, opening?: number): number | undefined {
  const years = (keep: (t: NumberToken) => boolean) => new Set(tokens.filter((t) => t.yearLike && keep(t)).map((t) => t.value));
  // "70.7% of the combined count, ten points more than in 2015 (60.7%)": a year after a comparison is the compared time's.
  const after = years((t) => t.start > stated.end && (!next || t.end <= next.start) && !COMPARED_TIME_BETWEEN.test(text.slice(stated.end, t.start)));
  if (after.size === 1) return [...after][0];
  if (after.size > 1) return NaN;
  // "…, up from 7.9% in 2019; Cinelume's share rose to 61.4%": a year right after the share before is that share's.
  const before = years((t) => t.start >= from && t.end <= stated.start && !(afterShare && /^\s+(?:in|for|during)\s+$/i.test(text.slice(from, t.start))));
  if (before.size === 0 && afterShare && opening !== undefined) {
    // "In 2024 UTokyo accounted for 70.7% …, up from 60.7% in 2015, while Science Tokyo's share fell to 24.0%": the
    // sentence's opening year dates a later share whose own stretch names none.
    const m = /^[\s*_>-]*(?:In|By|During|For)\s+((?:19|20)\d\d)\b/.exec(text.slice(opening, stated.start));
    if (m) return Number(m[1]);
  }
  return before.size === 1 ? [...before][0] : before.size > 1 ? NaN : undefined;
}

/**
 * The part's row and column and the Total row's cell in that column; `carried` is the row of the share before, for an
 * elliptic share that names no row of its own ("70.7% of the combined count in 2024, up from 63.5% in 2015").
 */
function partAndWhole(doc: AnalysedDocument, segment: AnalysedSegment, view: TableView, tokens: readonly NumberToken[], stated: NumberToken, from: number, year: number | undefined, words: string, carried?: number, sentenceStart = from): { part: NumberToken; whole: NumberToken; row: number } | undefined {
  if (Number.isNaN(year)) return undefined;
  const totalRow = view.rows[view.totalRow!]!;
  const figures = tokens.filter((t) => !t.yearLike && t.kind !== 'percent' && t.start >= from && t.end <= stated.start && !/^\s*\]/.test(doc.text.slice(t.end, t.end + 1)));
  const stated_part = figures.at(-1);
  // "its AUD 7.4 million was 26.9% of …" under a table in AUD million: a sum of money in the table's own currency and
  // scale is read as its plain cells are.
  const money = stated_part && stated_part.kind === 'currency' && tableMoney(doc, view, stated_part);
  const partStated = stated_part && (stated_part.kind === 'plain' || money) && PART_IS.test(doc.text.slice(stated_part.end, stated.start)) && !HEDGED.test(doc.text.slice(Math.max(0, stated_part.start - 20), stated_part.start)) ? stated_part : undefined;
  // A figure before the share that is not its part makes the share another figure's.
  if (figures.length > 0 && !partStated) return undefined;
  const columns = view.header
    .map((h, c) => ({ h, c }))
    .filter(({ h, c }) => {
      if (c === 0 || NOT_PARTS_HEADER.test(h.text)) return false;
      const cell = single(totalRow[c]);
      return cell !== undefined && cell.kind !== 'percent' && !cell.yearLike && cell.style.sign === '';
    });
  const named = partStated ? rowsHolding(view, columns.map((x) => x.c), partStated, !!money) : rowsNamed(doc, segment, view, from, stated.start, sentenceStart);
  const rows = named.length === 0 && !partStated && carried !== undefined ? [carried] : named;
  if (rows.length !== 1) return undefined;
  // "Germany and the other neighbours together make up 46.5%": a part said together with others is more than its one row.
  // "The Coimbra gallery (GAC) grew fastest, so that the two Portuguese museums, with 28.8% of all visits, …": a group
  // named between the row's name and the share is the share's part.
  if (!partStated && (COMBINED_PART.test(doc.text.slice(from, stated.start)) || GROUP_PART.test(doc.text.slice(from, stated.start)))) return undefined;
  const row = view.rows[rows[0]!]!;
  let chosen = columns.filter(({ c }) => single(row[c]) !== undefined && (!partStated || single(row[c])!.value === partStated.value));
  // A column of that year alone ("2024", "Papers 2025"), not of a period that ends in it ("Total 2015–2024").
  if (year !== undefined) chosen = chosen.filter(({ h }) => h.tokens.some((t) => t.yearLike && t.value === year) && h.tokens.every((t) => !t.yearLike || t.value === year));
  else if (view.header.some((h) => h.tokens.some((t) => t.yearLike))) {
    // Columns of years and no year said: only the whole’s noun may pick one (a stated part equal to one year’s cell does not).
    const noun = lastWord(words);
    chosen = noun ? chosen.filter(({ h }) => h.text.toLowerCase().split(/[^\p{L}]+/u).some((w) => w && lemma(w) === noun)) : [];
  }
  if (chosen.length !== 1) {
    const noun = lastWord(words);
    chosen = noun ? chosen.filter(({ h }) => h.text.toLowerCase().split(/[^\p{L}]+/u).some((w) => w && lemma(w) === noun)) : [];
    if (chosen.length !== 1) return undefined;
  }
  const c = chosen[0]!.c;
  const part = single(row[c])!;
  const whole = single(totalRow[c])!;
  if (part.kind !== whole.kind || whole.value <= part.value) return undefined;
  // (A part in money stands for its plain cell: the whole is the Total row's cell of that column.)
  return { part: money ? part : (partStated ?? part), whole, row: rows[0]! };
}

function lastWord(words: string): string | undefined {
  const w = words.toLowerCase().match(/\p{L}+/gu)?.at(-1);
  return w ? lemma(w) : undefined;
}

/** The body rows whose cell in one of `columns` holds the stated part's value. */
function rowsHolding(view: TableView, columns: readonly number[], part: NumberToken, money = false): number[] {
  const kind = money ? 'plain' : part.kind;
  return view.rows.flatMap((row, r) => (r !== view.totalRow && columns.some((c) => single(row[c])?.value === part.value && single(row[c])?.kind === kind) ? [r] : []));
}

/** Whether the table's caption or header names the money figure's currency code and scale ("AUD million"). */
function tableMoney(doc: AnalysedDocument, view: TableView, t: NumberToken): boolean {
  if (!t.currency || !t.scale) return false;
  const words = [view.caption ? doc.text.slice(view.caption.start, view.caption.end) : '', ...view.header.map((h) => h.text)].join(' ');
  return new RegExp(String.raw`\b${t.currency}\s+${t.scale}\b`, 'i').test(words);
}

/**
 * The body rows named in the words before the share: the one dataset entity named there and by the row's label, or a
 * label whose words (two at least, or all of a one-word label) stand there together.
 */
function rowsNamed(doc: AnalysedDocument, segment: AnalysedSegment, view: TableView, start: number, end: number, sentenceStart = start): number[] {
  const body = view.rows.map((row, r) => ({ row, r })).filter(({ r }) => r !== view.totalRow);
  // Of the entities named there, those the table has a row of ("UTokyo … its Sweden-linked output": UTokyo's row).
  const rowOf = (id: string) => body.filter(({ row }) => rowLabelCell(row)?.entities.some((m) => m.id === id)).map(({ r }) => r);
  const namedIds = [...new Set(segment.entities.filter((m) => m.start >= start && m.end <= end).map((m) => m.id))];
  // "…, never mind Vestervold Park, where football was 20.8% of the calendar": under a table of categories (no row names
  // a party), a share said of a party that neither its caption nor its heading names is that party's own split.
  const heading = segment.heading === undefined ? undefined : doc.segments[segment.heading];
  const framed = (id: string) => [view.caption, heading].some((s) => s?.entities.some((m) => m.id === id));
  // (An elliptic share after it, "… and concerts 50.0%", is that party's too: its whole sentence up to it is read.)
  const partyIds = new Set(segment.entities.filter((m) => m.start >= Math.min(start, sentenceStart) && m.end <= end).map((m) => m.id));
  const categoryRows = !body.some(({ row }) => (rowLabelCell(row)?.entities.length ?? 0) > 0);
  if (categoryRows && [...partyIds].some((id) => !framed(id))) return [];
  const entities = namedIds.filter((id) => rowOf(id).length > 0);
  if (entities.length > 1) return [];
  if (entities.length === 1) return rowOf(entities[0]!);
  const said = ` ${doc.text.slice(start, end).toLowerCase().replace(/[^\p{L}\d]+/gu, ' ')} `;
  return body
    .filter(({ row }) => {
      const words = (rowLabelCell(row)?.text ?? '').toLowerCase().replace(/[^\p{L}\d]+/gu, ' ').trim().split(' ').filter((w) => w && !LABEL_STOP.has(w) && !/^\d+$/.test(w));
      if (words.length === 0) return false;
      const tail = words.slice(-2).join(' ');
      return (words.length === 1 ? said.includes(` ${words[0]} `) : said.includes(` ${tail} `));
    })
    .map(({ r }) => r);
}
