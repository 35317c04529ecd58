// Finds growth statements ("from 287 publications in 2015 to 638 in 2024 (+122%; CAGR +9.3%)") and their stated rates.
import type { AnalysedDocument, AnalysedSegment } from '../analysis.js';
import type { Span } from '../markdown/facts.js';
import { spelledNumber, type NumberToken } from '../numbers.js';
import { tableStatements } from './table-changes.js';
import { firstAtOrAfter, inSpan, itemsWithin, sentenceTokens } from './spans.js';
import { refersBackToPrevious } from './change-carried-rates.js';
import { pronounMultiple } from './pronoun-multiples.js';
import { latestYearEndpoint, type LatestYearEndpoint } from './latest-year-endpoints.js';
import { paragraphEndpoint } from './paragraph-endpoints.js';
import { spelledYearPairs } from './spelled-year-pairs.js';
import { differenceWithPercent, orPercent } from './change-forms.js';
import { previousEndpoint, previousMultipleEndpoint, semicolonEndpoint, type PreviousEndpoint } from './change-previous-endpoints.js';
import { previousPairedEndpoint } from './change-previous-pairs.js';
import { sinceWhenEndpoint, type SinceWhenEndpoint } from './change-since-when.js';
import { statedFractions } from './change-word-fractions.js';
import { laterClauseOwner } from './change-clause-multiples.js';
import { yearPairedStatement } from './change-year-pairs.js';
import { yearRowStatements } from './change-year-rows.js';
import { previousPointsEndpoint, type PreviousPoints } from './change-previous-points.js';
import { namesTheRate } from './change-named-rates.js';
import { refersBackInClause, restatesOverPeriod, sharesCurrency } from './change-endpoint-forms.js';
import { ONE_YEAR_AFTER, ANOTHER_MEASURE_BETWEEN, CHANGE_AFTER, CHANGE_BEFORE, CHANGE_NOUN_AFTER, DECLINE_CUE, OTHER_PERIOD_AFTER, namesNewSubject, rateReading, TO_FIGURE_LEAD } from './change-wording.js';
import { segmentHas } from './segment-carry.js';
import { spelledEndpoints } from './dataset-spelled-counts.js';
import { carriedStatements, headingText } from './statements-carry.js';
import { movedAcrossEdit, versionEdit } from '../across-versions.js';
import { borrowedYearsRefused, comparedElsewhere, multipleOfOtherSubject, notCompoundNear, POINTS_PER_YEAR_AFTER, refusesFigure } from './rate-guards.js';
import { NOT_A_UNIT, unitWordAfter } from './unit-words.js';
import { VersionMemo } from '../version-memo.js';
import { allMatches } from './regex-matches.js';

const CHANGE_WORDS = /\b(?:ris\w*|rose|grew|grow\w*|fell|fall\w*|drop\w*|declin\w*|increas\w*|decreas\w*|climb\w*|jump\w*|slipp\w*|expand\w*|shr[ai]nk\w*|doubl\w*|tripl\w*|halv\w*|up|down|more|less|fewer|higher|lower)\b/i;
// "2015's 200", "(2015: 200)", "2015 (200)", "the 2015 total of 200", "there were": a value paired with its year (change-year-pairs.ts).
const STATEMENT_CUE = /\bfrom\b|→|->|\b(?:in|over|during|across)\s+\d{4}\b|\b(?:by|of)\s+(?:\d{1,2}\s+[a-z]+\s+)?(?:19|20)\d{2}\b|\b(?:19|20)\d{2}(?:['’]s\b|\s*[:(]|\s+(?:total|figure|level|value|count|number|tally)\b)|\bthere\s+were\b/i;

export { inSpan, sentenceOf } from './spans.js';

export interface YearEvidence {
  from: number;
  to: number;
  /** Where the years were read: the statement itself, its sentence, an earlier statement of the paragraph, or a heading. */
  source: 'statement' | 'sentence' | 'paragraph' | 'heading';
  spans: Span[];
}

export interface GrowthStatement {
  segment: AnalysedSegment;
  sentence: Span;
  initial: NumberToken;
  final: NumberToken;
  initialYear?: NumberToken;
  finalYear?: NumberToken;
  years?: YearEvidence;
  /** Percent tokens read as a compound annual growth rate of this statement. */
  cagr: NumberToken[];
  /** Rates stated only "per year" / "a year" / "average annual": compound by convention, so their fix is a suggestion. */
  conventionalRates: Set<NumberToken>;
  /** Rates and changes whose own clause says the value fell ("a compound annual decline of 5.4%", "fell by 20%"). */
  declines: Set<NumberToken>;
  /** Percent tokens read as the overall percent change of this statement. */
  change: NumberToken[];
  /** Differences in percentage points between two percentages ("a gain of 3.5 points"). */
  points: NumberToken[];
  /** Signed differences in the statement's own unit ("(+351)"). */
  absolute: NumberToken[];
  /** Stated multiples of the initial value ("more than doubled", "2.4 times over"). */
  multiples: StatedMultiple[];
  /** Whether the sentence calls the figures combined / total (a candidate for the total rule). */
  combined: boolean;
  /** Endpoints that are sums over periods ("from 214 in 2015–19 to 425 in 2020–24"): a change, never an annual rate. */
  periods?: boolean;
  /** The first value of a chain ("900 → 450, then 630"): a change stated after the last value may count from it instead. */
  chainStart?: NumberToken;
  /** One endpoint stands in the sentence before: the pairing is a reading, so a fix is only a suggestion. */
  acrossSentences?: boolean;
  /**
   * Figures read with this statement from a later sentence that refers back to it ("That is growth of 7.4% a year."):
   * their endpoints are lent from the sentence before, so their fix is only a suggestion.
   */
  laterFigures?: Set<NumberToken>;
  /** Endpoints the document itself gives otherwise (a Total row's parts summed): a figure that fits them is no error of its own. */
  alternatives?: Array<{ initial: number; final: number }>;
  /**
   * A statement with no years whose sentence states its length: "from 473 papers to 902, or 8.4% a year over nine
   * years" (acc-chg10): `years` compounding steps. "The decade" may also name nine steps (2015–2024): `inclusive`.
   */
  duration?: { years: number; span: Span; inclusive: boolean };
}

/** "from 287", "from about 1.2 million": an initial value, perhaps rounded in words. */
/** A year may stand "in 2016" or "at the end of 2016" (acc-pc-recall). */
const FROM_TO = /\bfrom\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$/i;
// (A season written across two years, "in 2018/19", is one year token; "from 35.5% in the low-wind year of 2021 to …"
// dates the first value too.)
const BETWEEN_ENDPOINTS = /^(?:\s+[\p{L}’'-]+[²³]?){0,4}?(?:\s+(?:in|at\s+the\s+(?:end|close|start|beginning)\s+of|in\s+the\s+(?:[\p{L}’'-]+\s+){0,2}?(?:year|season)\s+of)\s+(\d{4})(?:\/\d{2,4})?([–-]\d{2,4})?|\s*\(\s*(\d{4})\s*\))?,?\s+to\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$/u;
const FINAL_PERIOD = /^(?:\s+[\p{L}’'-]+[²³]?){0,3}?\s+in\s+\d{4}[–-]\d{2,4}\b/u;
const AFTER_FINAL = /^(?:\s+[\p{L}’'-]+[²³]?){0,3}?\s+(?:in|at\s+the\s+(?:end|close|start|beginning)\s+of)\s+(\d{4})\b/u;
/** The final value's year, also in brackets: "… to 250 in 2020", "… to 250 (2020)". */
const FINAL_YEAR_OF = /^(?:\s+[\p{L}’'-]+[²³]?){0,3}?\s+(?:in|at\s+the\s+(?:end|close|start|beginning)\s+of)\s+(\d{4})\b|^\s*\(\s*\d{4}\s*\)/u;
/** Clause boundaries inside a sentence: two statements joined by "; ", ", and" (or "— and"), ", but", ", while", "whereas". */
const CLAUSE_BREAK = /;\s*|(?:,|\s*[—–])\s+(?:and|but|while|whereas|yet|with)\s+|\s+(?:while|whereas)\s+|\s+and\s+(?=[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,4}\s+(?:rose|grew|fell|dropped|declined|climbed|increased|decreased|went|jumped|slipped|expanded|shrank|more than|nearly|almost)\b)/giu;
const CLOSES_ASIDE = /,\s+(?:when|which|who|where)\s[^,;:()\d]*$/i;
/** "(…) 4.7% a year over 2016–2025, from": words, years or a period of years, then the statement's "from". */
const LEADS_INTO = /^[*_]*,?\s*(?:(?:[\p{L}’'-]+|\d{4}(?:[–-]\d{2}(?:\d{2})?)?),?\s+){0,5}from\s+$/u;
// Not inside a hyphenated name ("breakdown-sum", "sub-total"): that names something else than the sum of the parts.
const COMBINED = /(?<![\w-])(?:combined|in total|total(?:led)?|together|altogether|overall|aggregate[sd]?|sum(?:med)?)(?![\w-])/i;

/** A bold or italic label of up to three words: "**Growth.**", "*Output:*". */
/** The same label leading a sentence: "**Growth.** That is …". */
const LEAD_LABEL = /^\s*(?:(?:\*\*|__)[\p{L}’' -]{1,40}[.:])?(?:\*\*|__)/u;
const LABEL = /^\s*(?:\*\*|__|\*|_)[\p{L}’' -]{1,40}[.:]?(?:\*\*|__|\*|_)?[.:]?\s*$/u;

const cache = new VersionMemo<AnalysedDocument, GrowthStatement[]>();
/** A list item left open: it ends with a comma, a semicolon or a dash, not a full stop. */
const ITEM_LEFT_OPEN = /[,;–—]\s*$/;
/** An item that goes on with the sentence before it: it opens with a lower-case word (no name, no figure). */
const ITEM_GOES_ON = /^[\s>*+-]*(?:\d+[.)]\s+)?[a-z]/;

export function growthStatements(doc: AnalysedDocument): GrowthStatement[] {
  let found = cache.get(doc);
  if (!found) {
    found = readDocument(doc, true) ?? readDocument(doc, false)!;
    cache.set(doc, found);
  }
  return found;
}

type SegmentRead = { statements: GrowthStatement[]; last: GrowthStatement[] };
const NO_READ: SegmentRead = { statements: [], last: [] };

/**
 * Per version, each prose segment's and heading's statements as complete after the whole document was read (rates the
 * next paragraph took in, years resolved): given again, moved, in the next version for a segment outside the edit's
 * scope (across-versions.ts). What completes a segment's statements lies in its section (the paragraph before and after
 * it, an earlier statement of its paragraph, list or section) or in the headings above it, all outside the scope when
 * the segment is, but for a list running into the scope (such a segment is read afresh). Table cells are always read
 * afresh: tableStatements completes their statements in place.
 */
const segmentReads = new VersionMemo<AnalysedDocument, Array<SegmentRead | undefined>>();

/**
 * Per version, the segments a next version's walk of the segments before its edit must still visit, in document
 * order: the table cells (read afresh in every version) and the segments whose read is not NO_READ. Every other
 * segment before the edit gives NO_READ again and nothing else (perf-key60: the walk of the ~4,500 others of a 1 MB
 * draft was most of readDocument's own time on a keystroke near the end).
 */
const segmentVisits = new VersionMemo<AnalysedDocument, readonly number[]>();

/** The document's statements; undefined when a segment's kept statements could not be given again (read afresh then). */
function readDocument(doc: AnalysedDocument, reuse: boolean): GrowthStatement[] | undefined {
  const found: GrowthStatement[] = [];
  const edit = reuse ? versionEdit(doc) : null;
  const kept = edit ? segmentReads.get(edit.previous) : undefined;
  let reads: Array<SegmentRead | undefined> | undefined = doc.once ? undefined : new Array<SegmentRead | undefined>(doc.segments.length).fill(undefined);
  const visits: number[] | undefined = reads ? [] : undefined;
  /** Statements given again, complete: their years are not resolved again. */
  const given = new Set<GrowthStatement>();
  const listsInScope = new Set<number>();
  /** The first segment of the blocks of the lists in the scope (a list is one block's): the take-over below stops there. */
  let firstOfLists = doc.segments.length;
  if (edit && kept) {
    for (let i = edit.from; i <= edit.to; i++) {
      const s = doc.segments[i]!;
      if (!s.listItem) continue;
      listsInScope.add(s.listItem.list);
      let j = i;
      while (j > 0 && doc.segments[j - 1]!.block === s.block) j--;
      firstOfLists = Math.min(firstOfLists, j);
    }
  }
  // A paragraph that opens "That is …" may speak of the one statement that ends the paragraph just before it.
  let carry: GrowthStatement[] = [];
  /** Reads (or gives again) the i-th segment after the (i - 1)-th; false when its kept statements cannot be given again. */
  const step = (i: number): boolean => {
    const s = doc.segments[i]!;
    const previous = doc.segments[i - 1];
    let read: SegmentRead | undefined;
    if (edit && kept && s.kind !== 'cell' && (i < edit.from || i > edit.to) && !(s.listItem && listsInScope.has(s.listItem.list))) {
      const before = kept[i];
      const from = edit.previous.segments[i]!;
      read = before === undefined ? undefined : from === s || before === NO_READ ? before : movedAcrossEdit(before, from, s, doc, edit);
      if (!read) return false;
      for (const statement of read.statements) given.add(statement);
    } else {
      // "- **Trial starts.** … 192 in 2025, against 107 in 2016.\n- **Growth.** That is an increase of 79%": the next item of one list too (acc-chg8).
      const nextItem = s.listItem !== undefined && previous?.listItem !== undefined && s.listItem.list === previous.listItem.list && s.listItem.item === previous.listItem.item + 1;
      // "## Keio: from 21 to 63" then "In percentage terms that is +210%.": a heading's one statement is in view of the
      // paragraph right under it, as a sentence before would be (acc-chg9).
      const underHeading = s.kind === 'paragraph' && s.listItem === undefined && previous?.kind === 'heading';
      const adjoining = underHeading || (s.kind === 'paragraph' && previous?.kind === 'paragraph' && ((s.listItem === undefined && previous.listItem === undefined) || nextItem));
      // "- … went from 412 trams in 2015 to 726 in 2025,\n- an increase of 86.2%,": an item that goes on with the sentence
      // the item before left open (a comma, no full stop) is that sentence's next clause (acc-chg10).
      const continues = nextItem && ITEM_LEFT_OPEN.test(previous!.text) && ITEM_GOES_ON.test(s.text);
      const carriedIn = adjoining ? carry : [];
      // Statements given again are complete and shared with the version before: nothing may take rates into them.
      if (carriedIn.some((statement) => given.has(statement))) return false;
      read = s.kind === 'paragraph' || s.kind === 'cell' ? readStatements(doc, s, carriedIn, continues) : s.kind === 'heading' ? headingStatement(doc, s) : NO_READ;
    }
    if (reads && s.kind !== 'cell') reads[i] = read.statements.length === 0 && read.last.length === 0 ? NO_READ : read;
    if (visits && (s.kind === 'cell' || reads![i] !== NO_READ)) visits.push(i);
    for (const statement of read.statements) found.push(statement);
    carry = read.last;
    return true;
  };
  let first = 0;
  // The segments before the edit's scope, each the previous version's own object (across-versions.ts `leading`), give
  // their kept reads as they are: only the cells and the segments whose read is not NO_READ are visited, in order, and
  // the reads of the others (NO_READ) are the previous version's list up to there, one slice. Not past the first
  // segment of a list that runs into the scope (its items before the scope are read afresh).
  const leading = edit ? Math.min(edit.leading, firstOfLists) : 0;
  const keptVisits = edit && kept && reads && leading > 0 ? segmentVisits.get(edit.previous) : undefined;
  if (keptVisits && kept!.length === doc.segments.length) {
    reads = kept!.slice();
    reads.fill(undefined, leading);
    let last = -1;
    for (let k = 0; k < keptVisits.length && keptVisits[k]! < leading; k++) {
      const i = keptVisits[k]!;
      // The segment before gave NO_READ (it is not visited): the walk's carry after it.
      if (i !== last + 1) carry = NO_READ.last;
      if (!step(i)) return undefined;
      last = i;
    }
    if (last !== leading - 1) carry = NO_READ.last;
    first = leading;
  }
  for (let i = first; i < doc.segments.length; i++) if (!step(i)) return undefined;
  resolveYears(doc, found, given);
  found.push(...tableStatements(doc, found.filter((s) => s.segment.kind === 'cell')));
  // Tables whose rows are years and whose columns are subjects, with a change row (acc-change6).
  if (doc.tables.length > 0) found.push(...yearRowStatements(doc));
  if (reads) {
    segmentReads.set(doc, reads);
    segmentVisits.set(doc, visits!);
  }
  return found;
}

/**
 * A heading that is one statement with no stated figure of its own ("## Keio: from 21 to 63", "## 165 → 201"): carried
 * into the paragraph under it, never judged itself.
 */
function headingStatement(doc: AnalysedDocument, segment: AnalysedSegment): { statements: GrowthStatement[]; last: GrowthStatement[] } {
  if (!segment.tokens.some((t) => !t.yearLike) || !segmentHas(segment, STATEMENT_CUE)) return { statements: [], last: [] };
  const read = statementsIn(doc, segment, []);
  const only = read.statements.length === 1 ? read.statements[0]! : undefined;
  if (!only || only.change.length + only.cagr.length + only.points.length + only.absolute.length + only.multiples.length > 0) return { statements: [], last: [] };
  if (segment.tokens.some((t) => t !== only.initial && t !== only.final && !t.yearLike)) return { statements: [], last: [] };
  return { statements: [only], last: [only] };
}

const bySegment = new VersionMemo<AnalysedDocument, Map<AnalysedSegment, GrowthStatement[]>>();

/** The statements of one segment (computed once per document), so per-token questions stay O(1) per segment. */
export function statementsOfSegment(doc: AnalysedDocument, segment: AnalysedSegment): readonly GrowthStatement[] {
  let map = bySegment.get(doc);
  if (!map) {
    map = new Map();
    for (const s of growthStatements(doc)) map.set(s.segment, [...(map.get(s.segment) ?? []), s]);
    bySegment.set(doc, map);
  }
  return map.get(segment) ?? [];
}

function isQuantity(t: NumberToken): boolean {
  return !t.yearLike && t.kind !== 'ordinal' && t.kind !== 'percent';
}

/** The clause of a sentence that holds `offset`: the text between the clause breaks around it. */
export function clauseOf(text: string, sentence: Span, offset: number): Span {
  let start = sentence.start;
  let end = sentence.end;
  const body = text.slice(sentence.start, sentence.end);
  for (const m of allMatches(CLAUSE_BREAK, body)) {
    // "…in 2023, when the plant was completed, and has since fallen…": the comma that closes an aside opened by "when"
    // or "which" (no figure in it) joins the clauses around the aside.
    if (m[0].startsWith(',') && CLOSES_ASIDE.test(body.slice(0, m.index!))) continue;
    const at = sentence.start + m.index!;
    if (at + m[0].length <= offset) start = at + m[0].length;
    else if (at >= offset) {
      end = at;
      break;
    }
  }
  return { start, end };
}

/** "to 2000 in 2020": a year-shaped number is a quantity when it ends the statement and a year follows it. */
function isFinalQuantity(text: string, initial: NumberToken, t: NumberToken, sentenceEnd: number): boolean {
  // "from 1.6 to 1.2 million euro": one currency written once for both endpoints (acc-change7).
  if (t.kind !== initial.kind) return sharesCurrency(text, initial, t);
  // "from EUR 2.0 million to 3.0 million kronor": amounts of two currencies are no change of one.
  if (t.currency && initial.currency && t.currency !== initial.currency) return false;
  if (!t.yearLike) return true;
  return !initial.yearLike && /\s+to\s+$/.test(text.slice(initial.end, t.start).slice(-6)) && AFTER_FINAL.test(text.slice(t.end, sentenceEnd));
}

/**
 * A stated multiple of a statement's initial value: "more than doubled", "2.4 times over", "nearly fourfold"; never
 * "double-digit growth".
 */
export interface StatedMultiple extends Span {
  text: string;
  factor: number;
  qualifier: 'exact' | 'more' | 'less' | 'about';
  /** A change said as a fraction in words ("fell by a third": −1/3), compared as a change rather than a ratio (change-word-fractions.ts). */
  change?: number;
}

// A comma before three digits groups thousands ("drew on them 4,034 times": a count of times, not ×4.034). A qualifier
// may stand before an article ("more than a fourfold increase", "nearly a doubling").
const MULTIPLE = /\b(?:(more than|over|well over|just over|nearly|almost|close to|just under|about|roughly|around|some|approximately|exactly)\s+(?:an?\s+)?)?(twice|doubled|doubling|double|tripled|trebled|tripling|triple|quadrupled|quadrupling|quintupled|quintupling|sextupled|sextupling|halved|halving|(?:by\s+)?a\s+factor\s+of\s+(\d+(?:[.,]\d+)?|two|three|four|five|six|seven|eight|nine|ten)|((?<!\d[.,])\d+(?:\.\d+|,(?!\d{3}\b)\d+)?|two|three|four|five|six|seven|eight|nine|ten)(?:[- ]?fold|\s+times(?:\s+over)?)|(eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)[- ]?fold)\b(?![- ]digits?\b)/gi;
const FACTOR_WORDS: Record<string, number> = { twice: 2, double: 2, doubled: 2, doubling: 2, triple: 3, tripled: 3, trebled: 3, tripling: 3, quadrupled: 4, quadrupling: 4, quintupled: 5, quintupling: 5, sextupled: 6, sextupling: 6, halved: 0.5, halving: 0.5, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20 };
const QUALIFIERS: Record<string, StatedMultiple['qualifier']> = { 'more than': 'more', over: 'more', 'well over': 'more', 'just over': 'more', nearly: 'less', almost: 'less', 'close to': 'less', 'just under': 'less', about: 'about', roughly: 'about', around: 'about', some: 'about', approximately: 'about', exactly: 'exact' };
/** After a multiple: a speed or a change it compares ("six times faster than", "twice as fast as", "three times the rate of"). */
const SPEED_AFTER = /^\s+(?:faster|slower|quicker|more\s+(?:quickly|rapidly|slowly)|as\s+(?:fast|quickly|rapidly|slowly|steeply)|the\s+(?:rate|pace|speed|growth|increase|rise|gain|fall|decline)\b)/i;
/** After "N times": a time or a frequency, so N counts occasions ("31 times in 2022", "twelve times a year"). */
// (Not "four times that of Brevik", "three times this figure": a multiple of a base.)
const OCCASIONS_AFTER = /^\s+(?:in|during|since|between|so\s+far|until|before|(?:a|an|per|each|every|that|this|last|next)\s+(?:year|season|month|week|day|night|summer|winter|decade))\b/i;
/** The multiples stated in a sentence, with their factor and qualifier ("more than doubled", "nearly 3 times"). */
export function statedMultiples(text: string, sentence: Span): StatedMultiple[] {
  const found: StatedMultiple[] = [];
  for (const m of allMatches(MULTIPLE, text.slice(sentence.start, sentence.end))) {
    const at = sentence.start + m.index!;
    const word = (m[3] ?? m[4] ?? m[5] ?? m[2]!).toLowerCase();
    const factor = FACTOR_WORDS[word] ?? Number(word.replace(',', '.'));
    // "rose 37.7% …, six times faster than skier days": a multiple of speeds compares two changes, not the endpoints.
    if (SPEED_AFTER.test(text.slice(at + m[0].length, at + m[0].length + 24))) continue;
    // "launched only 31 times in 2022, against 94": a count of occasions, then its time.
    if (/\btimes$/i.test(m[0]) && OCCASIONS_AFTER.test(text.slice(at + m[0].length, at + m[0].length + 16))) continue;
    if (Number.isFinite(factor) && factor > 0) found.push({ start: at, end: at + m[0].length, text: m[0], factor, qualifier: m[1] ? QUALIFIERS[m[1].toLowerCase()]! : 'exact' });
  }
  return found;
}
/** After a figure that is a factor: "2.5 times", "2.5-fold", "2.5x". */
const MULTIPLE_AFTER = /^(?:\s*times\b|[- ]?fold\b|\s*[x×](?![\p{L}]))/u;
/** A difference in percentage points stated after its value: "3.5 percentage points", "up 2 pp", "2.9 points". */
const POINTS_AFTER = /^\s*(?:percentage[- ]points?|pp\b|p\.\s?p\.|%[- ]?pts?\b|points?\b|pts?\b)/i;
const REFERS_BACK = /^\s*(?:that|this|which|it)(?:['’]s|\s+(?:is|was|means|meant|represents|represented|amounts|amounted|equals|equalled|equaled|gives|gave|works|worked|corresponds|implies|implied|translates))\b/i;
const NAMED_SUBJECT = /\b(?!CAGR\b)\p{Lu}[\p{L}\p{N}’'-]*/u;
const ARROW = /^\s*(?:→|->|–>|=>)\s*$/;
/** "646 thousand then, ": a start value, its unit words at most, then "then" and a comma (group 1: the unit words). */
const THEN_BETWEEN = /^((?:\s+[\p{L}’'-]+){0,2}?)\s+then\s*,\s*(?:and\s+)?$/u;
/** " thousand now)": the end value's unit words at most, then "now" closing the bracket or the clause. */
const NOW_AFTER = /^((?:\s+[\p{L}’'-]+){0,2}?)\s+now\s*(?:[),;.]|$)/u;
/**
 * The time a later value is stated at, before "up from" gives the earlier one: "in 2025", "at the end of 2025", "by
 * end-2025", "in December 2025", "at 31 December 2025", "last year".
 */
const LATER_TIME = String.raw`(?:\s+(?:in|at|by|during|as\s+of)\s+(?:(?:the\s+)?(?:end|close|start|beginning|middle)\s+of\s+|end-|late\s+|early\s+|mid-?|(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?\d{4}|\s+(?:last|this)\s+(?:year|season)|\s+at\s+the\s+end\s+of\s+the\s+year)`;
/** "players under 20", "people aged 65 and over": an age that bounds whom a count counts, no endpoint of a change. */
const AGE_BOUND_BEFORE = /\b\p{L}+s\s+(?:under|over|aged|below|above|younger\s+than|older\s+than)\s+$/iu;
export function ageBound(text: string, t: NumberToken): boolean {
  return t.kind === 'plain' && Number.isInteger(t.value) && t.value <= 120 && AGE_BOUND_BEFORE.test(text.slice(Math.max(0, t.start - 40), t.start));
}

/** Around a multiple after a statement's end: words of a later period ("and then", "again", "over the following five years"). */
const LATER_PERIOD_MULTIPLE = /\b(?:and\s+then|then|again|thereafter|afterwards|subsequently|since\s+then)\b|\b(?:over|in|during)\s+the\s+(?:following|next|subsequent)\b/i;

/** Before a scale's maximum: "out of 100", "out of a possible 100"; right after the figure it bounds, or anywhere just before. */
const OUT_OF = String.raw`out\s+of\s+(?:a\s+(?:possible|maximum)\s+)?`;
const OUT_OF_BEFORE = new RegExp(String.raw`\b${OUT_OF}$`, 'i');
const OUT_OF_BETWEEN = new RegExp(String.raw`^\s+${OUT_OF}$`, 'i');
/** Between a rate and its base: "complaints per", "bikes per". */
const PER_BETWEEN = /^\s+(?:[\p{L}-]+\s+){1,2}per\s+$/u;
// (Also "957 papers in 2025, more than twice the 465 of 2015": a multiple of the earlier value named after it; the
// multiple itself is then checked against the pair.)
// ("35.6 thousand leisure craft to the canal in 2024, up from 29.0 thousand": four to six words only before the later
// value's time, none a comparison's.)
const REVERSE_FROM = new RegExp(String.raw`^(?:(?:\s+[\p{L}’'-]+[²³]?){0,3}?${LATER_TIME}?|(?:\s+(?!(?:than|against|versus|vs)\b)[\p{L}’'-]+[²³]?){4,6}?${LATER_TIME}),?\s+(?:(?:up|down|rising|falling|climbing|dropping|an?\s+(?:increase|rise|decline|fall|drop))\s+from|against|compared (?:with|to)|versus|vs\.?|(?:(?:more\s+than|nearly|almost|about|roughly|some|over|well\s+over|just\s+over|close\s+to)\s+)?(?:twice|double|triple|(?:\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten)\s+times)\s+(?:the|its|their))\s+$`, 'iu');
/**
 * "At the end of 2024, 56.5% of the Trust's holdings were described in its online catalogue, against 18.4% in 2015": in
 * a sentence whose opening phrase dates the later value, up to twelve plain words may describe it before the earlier one.
 */
const REVERSE_FROM_DATED = /^(?:\s+(?!(?:than|against|versus|vs|while|whereas|but)\b)[\p{L}’'-]+){4,12},?\s+(?:(?:up|down|rising|falling)\s+from|against|compared\s+(?:with|to))\s+$/iu;
/** "138 partner charities, schools and community groups, up from 97 in 2015": the later value's noun a list of nouns. */
const REVERSE_FROM_LIST = new RegExp(String.raw`^(?:\s+[\p{L}’'-]+){1,3}(?:,\s+[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,2}){0,3}(?:,?\s+(?:and|or)\s+[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,2})${LATER_TIME}?,\s+(?:up|down|rising|falling)\s+from\s+$`, 'iu');
/**
 * "41.5% in 2024, against 28.0% in Murcia": a figure compared with another subject's (a place or a name after it), not
 * with its own earlier value; "up from" is always the subject's own past.
 */
const COMPARED = /\b(?:against|compared (?:with|to)|versus|vs\.?)\s+$/i;
const OTHER_SUBJECT_AFTER = /^\s+(?:in|at|for|of|by)\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}/u;
/** "…, more than twice the 465 at KHI": a multiple of another subject's figure is no earlier value of this one. */
const TIMES_THE_BEFORE = /\b(?:twice|double|triple|times)\s+(?:the|its|their)\s+$/i;
function comparesAnotherSubject(text: string, later: NumberToken, earlier: NumberToken): boolean {
  return COMPARED.test(text.slice(later.end, earlier.start)) && OTHER_SUBJECT_AFTER.test(text.slice(earlier.end, earlier.end + 40));
}
// Not "30.1% more than in 2015": a figure compared with a year is a change on it, not that year's level.
const YEAR_BEFORE = /^\s+(?!(?:[\p{L}’'-]+\s+){0,1}(?:than|as)\s)(?:[\p{L}’'-]+\s+){0,3}in\s+$|^\s*\(\s*$/u;
const YEAR_SEPARATOR = /^\)?(?:,\s*|,?\s+and\s+at\s+|\s+and\s+|,\s+and\s+|\s*(?:→|->)\s*|,?\s+(?:and\s+|then\s+|but\s+)?(?:(?:rose|risen|rising|grew|grown|growing|fell|fallen|falling|dropped|dropping|declined|declining|climbed|climbing|increased|increasing|decreased|decreasing|slipped|slipping|jumped|jumping)\s+to|reached|reaching)\s+)$/;
/** The year after a final value: "… 562 in 2025" or "… 2,904 (2025)". */
const FINAL_YEAR = /^(?:\s+[\p{L}’'-]+[²³]?){0,2}?\s+in\s+\d{4}\b|^\s*\(\s*\d{4}\s*\)/u;
/** The later year of a pair, also "at" or "by the end of" it: "22 thousand in 2016 and 37 thousand by the end of 2025" (acc-pc29). */
const PAIR_FINAL_YEAR = /^(?:\s+[\p{L}’'-]+[²³]?){0,2}?\s+(?:in|(?:at|by)\s+the\s+(?:end|close)\s+of)\s+\d{4}\b|^\s*\(\s*\d{4}\s*\)/u;

/**
 * statementsIn, carried across versions when nothing is carried in: the reading then sees only the segment and the
 * text just after it (statements-carry.ts). A paragraph that takes in the statements of the one before is read afresh.
 */
function readStatements(doc: AnalysedDocument, segment: AnalysedSegment, carriedIn: GrowthStatement[], continues = false): { statements: GrowthStatement[]; last: GrowthStatement[] } {
  if (carriedIn.length > 0) return statementsIn(doc, segment, carriedIn, continues);
  if (!segmentHas(segment, STATEMENT_CUE)) return { statements: [], last: [] };
  return carriedStatements(doc, segment, () => statementsIn(doc, segment, []));
}

function statementsIn(doc: AnalysedDocument, segment: AnalysedSegment, carriedIn: GrowthStatement[], continues = false): { statements: GrowthStatement[]; last: GrowthStatement[] } {
  const statements: GrowthStatement[] = [];
  if (carriedIn.length === 0 && !segmentHas(segment, STATEMENT_CUE)) return { statements, last: [] };
  const text = doc.text;
  let previousSentence = carriedIn;
  let before: { sentence: Span; tokens: NumberToken[] } | undefined;
  let earlier: typeof before;
  for (const { sentence, tokens: digits } of sentenceTokens(segment)) {
    const tokens = spelledYearPairs(text, sentence, spelledEndpoints(text, sentence, digits)).filter((t) => !ageBound(text, t));
    const previousOne = before;
    const twoBack = earlier;
    earlier = before;
    before = { sentence, tokens };
    const inSentence = findStatements(text, segment, sentence, tokens);
    // "… rose from 473 in 2015 to 902 in 2024. That is growth of 7.4% a year.": the rate speaks of the one statement before.
    const goesOn = continues && sentence.start === segment.sentences[0]?.start;
    const refers = previousSentence.length === 1 && (goesOn || REFERS_BACK.test(text.slice(sentence.start, sentence.end).replace(LEAD_LABEL, '')) || refersBackToPrevious(text, sentence, tokens, previousSentence[0]!.sentence) || pronounMultiple(text, sentence, tokens));
    const carried = inSentence.length === 0 && refers ? previousSentence : [];
    // "… to 49.6 million in 2025. I agree with both endpoints. That is 7.7% a year.": a sentence with no figure and no
    // change word between a statement and the sentence that refers back keeps the statement in view (acc-rate).
    // A bold label that opens a paragraph or item ("**Growth.**") is an aside too.
    const aside = inSentence.length === 0 && carried.length === 0 && tokens.length === 0 && (!CHANGE_WORDS.test(text.slice(sentence.start, sentence.end)) || LABEL.test(text.slice(sentence.start, sentence.end)));
    previousSentence = aside || (goesOn && inSentence.length === 0 && carried.length > 0) ? previousSentence : inSentence;
    const candidates = inSentence.length > 0 ? inSentence : carried;
    if (candidates.length === 0) {
      // "… reached 260 in 2020, a 35% increase on 2015's 200": two values, each with its own year (acc-change6).
      const paired = yearPairedStatement(text, sentence, tokens);
      if (paired) {
        const read = statement(segment, sentence, paired.initial, paired.final, paired.initialYear, paired.finalYear, false);
        read.acrossSentences = true;
        if (paired.multiple) read.multiples.push(paired.multiple);
        else if (paired.stated && paired.rate) {
          read.cagr.push(paired.stated);
          if (paired.rate === 'conventional') read.conventionalRates.add(paired.stated);
        } else if (paired.stated) read.change.push(paired.stated);
        if (paired.stated && paired.decline) read.declines.add(paired.stated);
        statements.push(read);
        previousSentence = [read];
        continue;
      }
      // "Ferry crossings were 200 in 2015. By 2020 they had risen to 250, an increase of 30%."
      const across = (previousOne && (previousEndpoint(text, segment, sentence, tokens, previousOne.sentence, previousOne.tokens) ?? previousMultipleEndpoint(text, segment, sentence, tokens, previousOne.sentence, previousOne.tokens) ?? previousPairedEndpoint(text, segment, sentence, tokens, previousOne.sentence, previousOne.tokens) ?? sinceWhenEndpoint(text, segment, sentence, tokens, previousOne.sentence, previousOne.tokens, headingText(doc, segment)) ?? previousPointsEndpoint(text, segment, sentence, tokens, previousOne.sentence, previousOne.tokens))) || latestYearEndpoint(text, segment, sentence, tokens, previousOne?.sentence, previousOne?.tokens ?? []) || paragraphEndpoint(text, sentence, tokens, statements) || pairBefore(text, segment, sentence, tokens, previousOne, twoBack) || semicolonEndpoint(text, segment, sentence, tokens);
      if (across) {
        const read = acrossStatement(segment, sentence, across);
        statements.push(read);
        // "… up 58.7% from 538 papers in 2016. Compounded, that is growth of 5.5% a year.": the next sentence may speak of it.
        previousSentence = [read];
      }
      continue;
    }
    const endpoints = new Set(inSentence.flatMap((s) => [s.initial, s.final]));
    for (const t of tokens) {
      if (endpoints.has(t) || t.yearLike || t.kind === 'ordinal') continue;
      const clause = clauseOf(text, sentence, t.start);
      if (OTHER_PERIOD_AFTER.test(text.slice(t.end, clause.end))) continue;
      const owner = ownerOf(text, sentence, t, candidates, tokens);
      if (!owner || namesOtherYear(text.slice(t.end, Math.min(clause.end, t.end + 40)), owner) || countsFromOtherYear(text.slice(t.end, Math.min(clause.end, t.end + 40)), owner)) continue;
      if (owner.sentence.start !== sentence.start) (owner.laterFigures ??= new Set()).add(t);
      // "It had fallen every year since, to 14.1% in 2024 and 13.4% in 2025, a reduction of 8.7 points over the
      // period": a "since" with no time after it starts the change in an earlier sentence, before both figures.
      if (SINCE_BEFORE_SENTENCE.test(text.slice(sentence.start, owner.initial.start))) continue;
      // "…, and from 2018 it grew 4% a year": a clause of its own after the statement that names another year (acc-chg11).
      if (clause.start >= Math.max(owner.final.end, owner.finalYear?.end ?? 0) && namesOtherYear(text.slice(clause.start, t.start), owner)) continue;
      // "…, from €8.5 million to €23.8 million, and it rose 68.8% in the five years after 2019": a period of its own
      // after the figure, from a year the sentence has not named before it.
      if (t.start > owner.final.end && ownLaterPeriod(text, sentence, clause, t, owner)) continue;
      // Another subject, measure or scenario between the statement and the figure: the figure is not the statement's.
      if (refusesFigure(text, sentence, clause, owner, t)) continue;
      const span = owner.initialYear && owner.finalYear ? owner.finalYear.value - owner.initialYear.value : undefined;
      if (span !== 1 && ONE_YEAR_AFTER.test(text.slice(t.end, clause.end))) continue;
      const statementEnd = Math.max(owner.initial.end, owner.final.end);
      // "…, from EUR 29.2 million in 2019 to EUR 61.4 million in 2024, and it was still growing last year, up 7.2%": one
      // year named after the statement's own final year, before the figure, is the figure's period, not the statement's.
      if (span !== undefined && span !== 1 && owner.finalYear && owner.finalYear.end <= t.start && ONE_YEAR_BETWEEN.test(text.slice(Math.max(statementEnd, owner.finalYear.end), t.start))) continue;
      if (statementEnd <= t.start && ANOTHER_MEASURE_BETWEEN.test(text.slice(statementEnd, t.start))) continue;
      // "…, then 2,488 in 2021 (+37.0%)": a value of the statement's kind between its final value and the number owns the number.
      // "…, an increase of 50 crossings or 30%": the difference and its percent both speak of the statement.
      if (differenceWithPercent(text, owner.final, t, tokens)) {
        owner.absolute.push(t);
        continue;
      }
      // "— exactly 2.5 times —" is the statement's multiple, not a value of its kind.
      if (tokens.some((o) => o.start >= owner.final.end && o.end <= t.start && !o.yearLike && o.kind === owner.final.kind && o.kind !== 'percent' && !endpoints.has(o) && !MULTIPLE_AFTER.test(text.slice(o.end, o.end + 8)) && differenceWithPercent(text, owner.final, o, tokens) !== t)) continue;
      const before = text.slice(Math.max(clause.start, t.start - 40), t.start);
      const after = text.slice(t.end, Math.min(clause.end, t.end + 30));
      // "…, up 10 points": a rise said right before the figure outweighs a decline word earlier in the clause ("lost water").
      // "…fell to 27.4% in 2020, recovering from 27.5 million in 2021 to 56.6 million in 2024 — 27.2% a year": a rise
      // said between the decline and the statement's first value turns the clause back up.
      const declineBefore = DECLINE_CUE.test(text.slice(clause.start, t.start)) && !RISE_BEFORE_STATEMENT.test(text.slice(Math.max(clause.start, owner.initial.start - 60), Math.min(owner.initial.start, t.start)));
      if ((declineBefore || DECLINE_CUE.test(after.slice(0, 12)) || /^[\s,]*(?:less|fewer)\b(?!\s+than\b)/i.test(after)) && !RISE_RIGHT_BEFORE.test(before)) owner.declines.add(t);
      // "1.1 points a year": a difference per year, never the statement's total difference.
      if (POINTS_PER_YEAR_AFTER.test(after)) continue;
      if (t.kind === 'plain' && owner.initial.kind === 'percent' && POINTS_AFTER.test(after)) {
        // "up from 58.0% but 4.5 points short of our 70% target": a gap to something else, not the statement's difference.
        if (!comparedElsewhere(before, after)) owner.points.push(t);
        continue;
      }
      // "moved from 80.5 in 2024 to 84.1 in 2025, up 3.6 points": a score's difference, named as a change after the
      // statement; never a gap to another party ("5.7 points clear of SAGIC") (acc-chg8).
      if (t.kind === 'plain' && owner.initial.kind === 'plain' && owner.final.kind === 'plain' && t.start > owner.final.end && POINTS_AFTER.test(after)) {
        if ((t.style.sign !== '' || CHANGE_BEFORE.test(before)) && !comparedElsewhere(before, after) && countsPoints(text, owner)) owner.points.push(t);
        continue;
      }
      if (t.kind === 'plain' && t.style.sign !== '' && owner.initial.kind === 'plain' && t.start > owner.final.end && !POINTS_AFTER.test(after)) {
        // ("… up from 9,612"): +1 found": a signed figure past the bracket or quotation the statement stood in is not its difference.)
        if (/^[^(“]*[)”]/.test(text.slice(owner.final.end, t.start))) continue;
        owner.absolute.push(t);
        continue;
      }
      // "…from 40 vessels in 2017 to 64 in 2018, an increase of 24 vessels": an unsigned difference said as a change (not
      // "by", which a percent would follow), of whole counts, its noun (if any) the endpoints' own.
      if (t.kind === 'plain' && owner.initial.kind === 'plain' && owner.final.kind === 'plain' && t.start > owner.final.end && t.decimals === 0 && owner.initial.decimals === 0 && owner.final.decimals === 0 && CHANGE_BEFORE.test(before) && !/\bby\s+$/i.test(before) && !POINTS_AFTER.test(after) && sameUnitWord(text, owner.initial, t) && sameUnitWord(text, owner.final, t)) {
        owner.absolute.push(t);
        continue;
      }
      if (t.kind !== 'percent') continue;
      // An annual rate is never the total change, and a total change never a rate.
      const rate = rateReading(before, after);
      // "1% a year faster than inflation", "an extra 3%": a gap to something else, not the statement's change.
      if (comparedElsewhere(before, after)) continue;
      if (rate) {
        // "5.6% a year on a simple basis", "the yearly rates averaged 4.8%": not a compound rate between the endpoints.
        if (notCompoundNear(before, after)) continue;
        owner.cagr.push(t);
        if (rate === 'conventional') owner.conventionalRates.add(t);
      } else if (owner.initial.kind === 'percent' && POINTS_AFTER.test(after)) {
        owner.points.push(t);
      } else if (t.style.sign !== '' || CHANGE_BEFORE.test(before) || CHANGE_AFTER.test(after) || orPercent(text, clause.start, owner.initial, owner.final, t) || differenceBefore(text, owner, t, tokens) || /^\(\s*$/.test(text.slice(owner.final.end, t.start).replace(/^[^(]*/, ''))) owner.change.push(t);
      else if (SIGN_WORD_BEFORE.test(before) && SIGN_WORD_FIGURE_ENDS.test(after) && t.start > owner.final.end) {
        // "from 287 in 2015 to 638 in 2024, plus 122%": a sign said in a word, right before the figure, after the statement (acc-pc29).
        owner.change.push(t);
        if (/minus\s+$/i.test(before)) owner.declines.add(t);
        else owner.declines.delete(t);
      }
    }
    for (const multiple of [...statedMultiples(text, sentence), ...statedFractions(text, sentence)]) {
      // "twice the national rate", "k times as fast as": a comparison with something else, not the statement's own growth.
      if (/^(?:\S+\s+)*twice\b/i.test(multiple.text) || AS_ANYTHING_AS.test(text.slice(multiple.end, multiple.end + 30))) continue;
      // "…, and its output quadrupled": a clause of its own after the statement (change-clause-multiples.ts).
      const owner = inSentence.length > 0 ? ownerOf(text, sentence, multiple, candidates, tokens, true) ?? laterClauseOwner(text, sentence, multiple, inSentence, tokens) : carriedOwner(text, sentence, multiple, carried, tokens);
      // "…, even as prices doubled": a clause of another subject (acc-rate).
      if (owner && inSentence.length > 0 && multipleOfOtherSubject(text, sentence, Math.min(owner.initial.start, owner.final.start), Math.max(owner.initial.end, owner.final.end, owner.finalYear?.end ?? 0), multiple)) continue;
      // "…, from 6.7 to 1.6, then rose 4.5-fold to 7.2": a multiple with an endpoint of its own is another change.
      if (owner && multipleOwnEnd(text, multiple.end, owner.final.start)) continue;
      // "…, to 27.2 per cent in 2025, … spending from USD 15.3 million … to a peak of USD 47.9 million, more than three
      // times as much": figures of no statement stand between, and the multiple may be theirs.
      if (owner && figuresBetween(owner, multiple, tokens)) continue;
      // "RHRS's output nearly tripled, lifting its share from 4.4% to 6.8%": the share's change is what the multiple caused.
      if (owner && multiple.end <= owner.initial.start && CAUSED_CHANGE_BETWEEN.test(text.slice(multiple.end, owner.initial.start))) continue;
      // "Capital investment nearly doubled over the period, even after a 15.5% drop in 2020, from USD 23.8 million to USD
      // 20.1 million": a change of the statement's own between the multiple and the endpoints is what they go with.
      if (owner && multiple.end <= owner.initial.start && tokens.some((c) => c.kind === 'percent' && c.start > multiple.end && c.end <= owner.initial.start && CHANGE_NOUN_AFTER.test(text.slice(c.end, c.end + 24)))) continue;
      // "… more than doubled at Ninho do Douro (€6.9m to €14.6m) and grown 2.8-fold at Vltava Loft": a multiple said of
      // a name right after it that the statement's part of the sentence does not name is that name's.
      if (owner && nameAfterNotOwners(text, sentence, multiple, owner)) continue;
      // "…, from EUR 1.1 million to EUR 3.8 million, and then roughly quadrupled again over the following five years": a
      // multiple of a later period than the statement's endpoints.
      if (owner && multiple.start >= owner.final.end && LATER_PERIOD_MULTIPLE.test(text.slice(owner.final.end, Math.min(sentence.end, multiple.end + 48)))) continue;
      // "20.2% in 2022, 41.3% in 2023 and 62.8% in 2024, more than a threefold increase in two years": a length of its own
      // that is not the statement's (2022 to 2023) is another span's multiple.
      if (owner && otherLength(text.slice(multiple.end, Math.min(sentence.end, multiple.end + 40)), owner)) continue;
      if (owner) owner.multiples.push(multiple);
    }
    statements.push(...inSentence);
  }
  return { statements, last: previousSentence };
}

/** Right after a multiple: the place or party it is said of ("at Vltava Loft", "for the Porto hostels"). */
const NAME_AFTER_MULTIPLE = /^\s+(?:at|for|in|by)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{M}’'-]*(?:\s+\p{Lu}[\p{L}\p{M}’'-]*){0,3})/u;

function nameAfterNotOwners(text: string, sentence: Span, multiple: Span, owner: GrowthStatement): boolean {
  const name = NAME_AFTER_MULTIPLE.exec(text.slice(multiple.end, Math.min(sentence.end, multiple.end + 60)));
  if (!name) return false;
  const ownerPart = text.slice(sentence.start, Math.max(owner.final.end, owner.finalYear?.end ?? 0, owner.initial.end) + 2);
  return !ownerPart.includes(name[1]!.split(/\s+/)[0]!);
}

/**
 * "In 2015 the figure was 287. In 2024 it was 638. That is an increase of 122%.": a sentence that only refers back, with
 * one percent and no other figure, after two sentences that each give one value and its year and state no change: read
 * as if the percent closed the second of them (change-previous-endpoints.ts judges the pair).
 */
function pairBefore(text: string, segment: AnalysedSegment, sentence: Span, tokens: NumberToken[], previousOne: SentenceFigures | undefined, twoBack: SentenceFigures | undefined): PreviousEndpoint | undefined {
  if (!previousOne || !twoBack || tokens.length !== 1 || tokens[0]!.kind !== 'percent') return undefined;
  if (!REFERS_BACK.test(text.slice(sentence.start, sentence.end).replace(LEAD_LABEL, ''))) return undefined;
  return previousEndpoint(text, segment, previousOne.sentence, [...previousOne.tokens, tokens[0]!], twoBack.sentence, twoBack.tokens);
}
type SentenceFigures = { sentence: Span; tokens: NumberToken[] };

/** A "since" that points back before its sentence: "every year since,", "ever since", "since then". */
const SINCE_BEFORE_SENTENCE = /\b(?:ever\s+since|since(?=\s*[,;:]|\s+then\b))/i;

/**
 * "…went from 287 in 2015 to 638 in 2024. That is a CAGR of 9.3%, and UTokyo's output almost tripled.": a multiple in a
 * sentence that refers back speaks of the statement before when its clause holds no figure and names no one the
 * statement's sentence does not.
 */
function carriedOwner(text: string, sentence: Span, multiple: StatedMultiple, carried: GrowthStatement[], tokens: NumberToken[]): GrowthStatement | undefined {
  if (carried.length !== 1) return undefined;
  const clause = clauseOf(text, sentence, multiple.start);
  if (tokens.some((t) => !t.yearLike && inSpan(clause, t))) return undefined;
  const source = text.slice(carried[0]!.sentence.start, carried[0]!.sentence.end);
  // The sentence's first word is capitalised as a first word, not as a name (a sentence may open after a space).
  const firstLetter = sentence.start + (/^[\s*_>]*\S/u.exec(text.slice(sentence.start, sentence.end))?.[0].length ?? 1);
  const names = (text.slice(Math.max(clause.start, firstLetter), multiple.start).match(/\b\p{Lu}[\p{L}\p{N}-]*/gu) ?? []).filter((n) => n !== 'CAGR');
  return names.every((n) => source.includes(n)) ? carried[0] : undefined;
}

function acrossStatement(segment: AnalysedSegment, sentence: Span, p: PreviousEndpoint | SinceWhenEndpoint | PreviousPoints | LatestYearEndpoint): GrowthStatement {
  const s = statement(segment, sentence, p.initial, p.final, p.initialYear, p.finalYear, false);
  s.acrossSentences = true;
  // "… 603 papers in 2016. Last year it was 1,178" (acc-chg13): the end's year is not written, so no rate is read and no years borrowed.
  if (!p.finalYear) s.periods = true;
  // "… was 40.0% in 2015. By 2020 it had risen to 50.0%, a gain of 12 points." (acc-change6): a difference in points.
  if ('points' in p) {
    s.points.push(p.stated);
    if (p.decline) s.declines.add(p.stated);
    return s;
  }
  // "… more than doubled since 2020, when it logged 41 nights" (acc-change6): a multiple, no percent.
  if ('multiple' in p && p.multiple) s.multiples.push(p.multiple);
  if (!p.stated) return s;
  if (p.rate) {
    s.cagr.push(p.stated);
    if (p.rate === 'conventional') s.conventionalRates.add(p.stated);
  } else s.change.push(p.stated);
  if (p.decline) s.declines.add(p.stated);
  // "…, revenue has grown by 26.6%, or 6.1% a year": the rate said after the change, of the same endpoints.
  if ('alsoRate' in p && p.alsoRate) {
    s.cagr.push(p.alsoRate.stated);
    if (p.alsoRate.rate === 'conventional') s.conventionalRates.add(p.alsoRate.stated);
    if (p.decline) s.declines.add(p.alsoRate.stated);
  }
  return s;
}

function statement(segment: AnalysedSegment, sentence: Span, initial: NumberToken, final: NumberToken, initialYear: NumberToken | undefined, finalYear: NumberToken | undefined, combined: boolean, periods = false): GrowthStatement {
  return { segment, sentence, initial, final, initialYear, finalYear, cagr: [], change: [], points: [], absolute: [], multiples: [], conventionalRates: new Set(), declines: new Set(), combined, periods };
}

/** The index of the first token from `from` on that passes `test`, -1 when none; `stop` ends the search early. */
function findIndexFrom(tokens: readonly NumberToken[], from: number, test: (t: NumberToken) => boolean, stop?: (t: NumberToken) => boolean): number {
  for (let i = from; i < tokens.length; i++) {
    if (stop?.(tokens[i]!)) return -1;
    if (test(tokens[i]!)) return i;
  }
  return -1;
}

function findFrom(tokens: readonly NumberToken[], from: number, test: (t: NumberToken) => boolean, stop?: (t: NumberToken) => boolean): NumberToken | undefined {
  const i = findIndexFrom(tokens, from, test, stop);
  return i === -1 ? undefined : tokens[i];
}

/**
 * The statements of one sentence, in order: "from A [in Y1] to B [in Y2]", "A → B", "B [in Y2], up from A [in Y1]"
 * and "A in Y1, B in Y2" (the same kind of number, the later year second).
 */
/** Between a from–to statement's final year and a third value: ", and", "and", "and to". */
const CHAIN_BETWEEN = /^,?\s+and\s+(?:to\s+)?(?:about\s+|around\s+)?$/;

/** "… to 76.4% in 2019 and 84.4% in 2024": the value after the final year, of the final's kind, and its later year. */
function chainedFinal(text: string, tokens: readonly NumberToken[], final: NumberToken, finalYear: NumberToken): { value: NumberToken; year: NumberToken } | undefined {
  const at = tokens.indexOf(finalYear);
  const [value, year] = [tokens[at + 1], tokens[at + 2]];
  if (!value || !year || value.yearLike || value.kind !== final.kind || !year.yearLike || year.value <= finalYear.value) return undefined;
  if (!CHAIN_BETWEEN.test(text.slice(finalYear.end, value.start)) || !/^\s+in\s+$/.test(text.slice(value.end, year.start))) return undefined;
  return sameUnitWord(text, final, value) ? { value, year } : undefined;
}

/** The words of a sentence before a figure, from its last semicolon on, bracketed asides left out. */
function ownClauseLead(lead: string): string {
  return lead.slice(lead.lastIndexOf(';') + 1).replace(/\([^()]*\)/g, ' ');
}

function findStatements(text: string, segment: AnalysedSegment, sentence: Span, tokens: NumberToken[]): GrowthStatement[] {
  const found: GrowthStatement[] = [];
  const yearAfter = (t: NumberToken, match: RegExpExecArray | null) => (match ? tokens.find((y) => y !== t && y.yearLike && y.start > t.end && y.start - t.end <= match[0].length) : undefined);
  // Read in the segment's text, whose inline code is blanked: "`share` and `total` became …" names rules, says no total.
  // Only the statement's own clause: a total word in a clause before a semicolon, or in brackets, says nothing of it
  // ("… (aggregate only); the older drafts went from 0.534 to 0.536").
  const combinedBefore = (t: NumberToken) => COMBINED.test(ownClauseLead(segment.text.slice(sentence.start - segment.start, t.start - segment.start)));
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!;
    if (!(isQuantity(first) || first.kind === 'percent')) continue;
    if (FROM_TO.test(text.slice(Math.max(sentence.start, first.start - 16), first.start))) {
      // The final value is the next token of the same kind that is not a year (or a year-shaped quantity: "to 2000 in 2020").
      const final = findFrom(tokens, i + 1, (t) => isFinalQuantity(text, first, t, sentence.end));
      const endpoints = final ? BETWEEN_ENDPOINTS.exec(text.slice(first.end, final.start)) : null;
      if (final && endpoints) {
        const periods = endpoints[2] !== undefined || FINAL_PERIOD.test(text.slice(final.end, sentence.end));
        const initialYear = (endpoints[1] ?? endpoints[3]) && !periods ? tokens.find((t) => t.yearLike && t.start > first.end && t.end <= final.start) : undefined;
        const finalYear = periods ? undefined : yearAfter(final, FINAL_YEAR_OF.exec(text.slice(final.end, sentence.end)));
        // "from 70.2% in 2015 to 76.4% in 2019 and 84.4% in 2024": a third value of a later year goes on from the second.
        // A series: its last step is the statement, and a change after it may count from the series' start (chainStart).
        const chained = initialYear && finalYear ? chainedFinal(text, tokens, final, finalYear) : undefined;
        if (chained) {
          found.push({ ...statement(segment, sentence, final, chained.value, finalYear, chained.year, combinedBefore(first), periods), chainStart: first });
          i = firstAtOrAfter(tokens, chained.value.start);
          continue;
        }
        found.push(statement(segment, sentence, first, final, initialYear, finalYear, combinedBefore(first), periods));
        i = firstAtOrAfter(tokens, final.start);
        continue;
      }
    }
    // "numbered 1,755 over 2015–2019 and 2,666 over 2020–2024": two sums over periods, the later period second (acc-chg8).
    const pair = periodPair(text, segment, tokens, i);
    if (pair) {
      found.push(statement(segment, sentence, first, pair.final, undefined, undefined, combinedBefore(first), true));
      i = firstAtOrAfter(tokens, pair.last.start);
      continue;
    }
    const next = tokens[i + 1];
    if (next?.yearLike) {
      // "588 days in 2015, 562 in 2025" / "60.7% in 2015 and 70.7% in 2024": the later year second.
      const after = tokens[i + 2];
      if (after && after.kind === first.kind && !after.yearLike && YEAR_BEFORE.test(text.slice(first.end, next.start)) && YEAR_SEPARATOR.test(text.slice(next.end, after.start))) {
        const finalYear = yearAfter(after, PAIR_FINAL_YEAR.exec(text.slice(after.end, sentence.end)));
        if (finalYear && finalYear.value > next.value) {
          found.push(statement(segment, sentence, first, after, next, finalYear, combinedBefore(first)));
          i = firstAtOrAfter(tokens, finalYear.start);
          continue;
        }
      }
    }
    // "Its 2015 share of the combined count, 34.9%, fell to 22.3% in 2024": the start named by its year, set off by commas (acc-pc29).
    const apposed = appositiveStart(text, sentence, tokens, i);
    if (apposed) {
      found.push(statement(segment, sentence, first, apposed.final, apposed.initialYear, apposed.finalYear, combinedBefore(first)));
      i = firstAtOrAfter(tokens, apposed.finalYear.start);
      continue;
    }
    const at = findIndexFrom(tokens, i + 1, (t) => !t.yearLike);
    const value = at === -1 ? undefined : tokens[at];
    // "250 in 2020, up 30% from 200 in 2015": the change stands between the later value and the earlier.
    const around = value?.kind === 'percent' || (first.kind === 'percent' && value?.kind === 'plain') ? reverseAroundChange(text, tokens, first, at) : undefined;
    if (around) {
      // "In 2024, 47.2% of the hall's heat came from …, up 5.8 points from 38.4% in 2015": the opening year is the later value's.
      const finalYear = findFrom(tokens, i + 1, (y) => y.yearLike && y.start > first.end && y.end <= value!.start, (y) => y.start >= value!.start) ?? (around.initialYear ? openingYear(text, sentence, tokens, first) : undefined);
      found.push(statement(segment, sentence, around.initial, first, around.initialYear, finalYear, combinedBefore(first)));
      i = firstAtOrAfter(tokens, around.initial.start);
      continue;
    }
    if (!value || value.kind !== first.kind) continue;
    // "rose 30% to 250 in 2020, from 200 in 2015": the final value first, its start after ", from".
    if (TO_BEFORE.test(text.slice(Math.max(sentence.start, first.start - 6), first.start)) && FROM_AFTER_FINAL.test(text.slice(first.end, value.start)) && sameUnitWord(text, first, value)) {
      const finalYear = findFrom(tokens, i + 1, (y) => y.yearLike && y.start > first.end && y.end <= value.start, (y) => y.start >= value.start);
      found.push(statement(segment, sentence, value, first, yearAfter(value, FINAL_YEAR_OF.exec(text.slice(value.end, sentence.end))), finalYear, combinedBefore(first)));
      i = at;
      continue;
    }
    // "(200 to 360)" after a change or a period (acc-change6): a bracket that holds only the two endpoints joined by "to".
    const bracketTo = value === next && /^\s+to\s+$/.test(text.slice(first.end, next.start)) && /\(\s*$/.test(text.slice(Math.max(sentence.start, first.start - 3), first.start)) && /^\s*\)/.test(text.slice(next.end, next.end + 3)) && sameUnitWord(text, first, next);
    if (value === next && (ARROW.test(text.slice(first.end, next.start)) || bracketTo)) {
      found.push(statement(segment, sentence, first, next, undefined, undefined, combinedBefore(first)));
      i++;
      continue;
    }
    // "(646 thousand then, 850 thousand now)", "(31 units then, 54 now)": the start said "then", the end "now".
    if (value === next && THEN_BETWEEN.test(text.slice(first.end, next.start)) && NOW_AFTER.test(text.slice(next.end, sentence.end))) {
      const [x, y] = [THEN_BETWEEN.exec(text.slice(first.end, next.start))![1], NOW_AFTER.exec(text.slice(next.end, sentence.end))![1]];
      if (!x || !y || x.trim().toLowerCase() === y.trim().toLowerCase()) {
        found.push(statement(segment, sentence, first, next, undefined, undefined, combinedBefore(first)));
        i++;
        continue;
      }
    }
    // "€2.7 million in 2025, up from €0.7 million in 2015": the later value comes first.
    const gap = text.slice(first.end, value.start);
    if ((REVERSE_FROM.test(gap) || REVERSE_FROM_LIST.test(gap) || (REVERSE_FROM_DATED.test(gap) && (openingYear(text, sentence, tokens, first) !== undefined || OPENING_RELATIVE_TIME.test(text.slice(sentence.start, first.start))))) && !comparesAnotherSubject(text, first, value) && !(TIMES_THE_BEFORE.test(text.slice(first.end, value.start)) && OTHER_SUBJECT_AFTER.test(text.slice(value.end, value.end + 40)))) {
      // "At the end of 2024 the two plants supplied 184.3 thousand accounts, against 158.5 thousand in 2015": with no year
      // of its own, the later value takes the one year of the phrase that opens the sentence.
      const finalYear = findFrom(tokens, i + 1, (y) => y.yearLike && y.start > first.end && y.end <= value.start, (y) => y.start >= value.start) ?? openingYear(text, sentence, tokens, first);
      // "19.6 complaints per 100,000 in 2024 against 17.2 in 2015": a rate's base is no endpoint; the rate before it is.
      const perBase = /\bper\s+$/i.test(text.slice(Math.max(sentence.start, first.start - 6), first.start));
      // "scored 78.8 out of 100, down from 85.5": the scale's maximum is no endpoint; the score right before it is.
      const outOf = !perBase && OUT_OF_BEFORE.test(text.slice(Math.max(sentence.start, first.start - 24), first.start));
      const before = perBase || outOf ? tokens[i - 1] : undefined;
      const between = before && !before.yearLike ? text.slice(before.end, first.start) : undefined;
      const final = !perBase && !outOf ? first : between !== undefined && (outOf ? OUT_OF_BETWEEN : PER_BETWEEN).test(between) ? before : undefined;
      if (final) found.push(statement(segment, sentence, value, final, yearAfter(value, AFTER_FINAL.exec(text.slice(value.end, sentence.end))), finalYear, combinedBefore(final)));
      i = at;
    }
  }
  return chained(text, segment, sentence, tokens, found);
}

/** The one year before `first` in its sentence, when it stands in a phrase of time that opens the sentence ("At the end of 2024", "In 2024,"). */
function openingYear(text: string, sentence: Span, tokens: readonly NumberToken[], first: NumberToken): NumberToken | undefined {
  const years = tokens.filter((t) => t.yearLike && t.start >= sentence.start && t.end <= first.start);
  if (years.length !== 1 || tokens.some((t) => !t.yearLike && t.start >= sentence.start && t.end <= first.start)) return undefined;
  return OPENING_TIME.test(text.slice(sentence.start, years[0]!.start)) ? years[0] : undefined;
}
const OPENING_TIME = /^[\s*_>-]*(?:(?:at|by)\s+the\s+end\s+of|in|during|as\s+of)\s+(?:the\s+(?:year|season|financial\s+year)\s+)?$/i;
/** "Last year 34.1% of Noordkust's launches were made after dark, up from 30.1% in 2015": the sentence opens on its time. */
const OPENING_RELATIVE_TIME = /^[\s*_>-]*(?:last|this)\s+(?:year|season),?\s+$/i;

/** "1,755 over 2015–2019", "2,666 papers in 2020–24": a figure and the period it sums over. */
const PERIOD_BEFORE = /^(?:\s+[\p{L}’'-]+){0,2}?\s+(?:in|over|during|across|for)\s+$/u;
const PERIOD_SEPARATOR = /^,?\s+(?:and|but|against|versus|vs\.?|compared\s+(?:with|to))\s+$/;

/**
 * "A over P1 and B over P2": two figures of one kind, each with its own period, the second period after the first.
 * The figures are sums over their periods: a change, never an annual rate.
 */
function periodPair(text: string, segment: AnalysedSegment, tokens: NumberToken[], i: number): { final: NumberToken; last: NumberToken } | undefined {
  const first = tokens[i]!;
  const periodAt = (t: NumberToken | undefined) => (t?.yearLike ? segment.ranges.find((r) => r.from === t && r.to.yearLike && r.to.value > r.from.value) : undefined);
  const p1 = periodAt(tokens[i + 1]);
  if (!p1 || !PERIOD_BEFORE.test(text.slice(first.end, p1.start))) return undefined;
  const final = tokens[tokens.indexOf(p1.to) + 1];
  if (!final || final.yearLike || final.kind !== first.kind || !PERIOD_SEPARATOR.test(text.slice(p1.end, final.start))) return undefined;
  const p2 = periodAt(tokens[tokens.indexOf(final) + 1]);
  if (!p2 || p2.from.value < p1.to.value || !PERIOD_BEFORE.test(text.slice(final.end, p2.start)) || !sameUnitWord(text, first, final)) return undefined;
  return { final, last: p2.to };
}

const TO_BEFORE = /\bto\s+$/;
function differenceBefore(text: string, owner: GrowthStatement, t: NumberToken, tokens: NumberToken[]): boolean {
  const o = tokens.filter((x) => x.end <= t.start && x.start >= owner.final.end && !x.yearLike).at(-1);
  return o !== undefined && differenceWithPercent(text, owner.final, o, tokens) === t;
}
/** Endpoints that count nothing but points ("from 80.5 to 84.1", "from 62 points to 58"): not wins, papers or euros. */
function countsPoints(text: string, s: GrowthStatement): boolean {
  return !s.initial.currency && !s.final.currency && [s.initial, s.final].every((t) => {
    const w = /^\s+([\p{L}-]+)/u.exec(text.slice(t.end, t.end + 30))?.[1]?.toLowerCase();
    return w === undefined || NOT_A_UNIT.has(w) || /^(?:points?|pts)$/.test(w);
  });
}
/** "90 tonnes … 72 hectares": two values whose nouns differ measure different things. */
function sameUnitWord(text: string, a: NumberToken, b: NumberToken): boolean {
  const x = unitWordAfter(text, a);
  const y = unitWordAfter(text, b);
  return x === undefined || y === undefined || x === y;
}
/** Before an apposed start value: its year, the measure in a few words, a comma ("Its 2015 share of the combined count, "). */
const APPOSED_YEAR_BEFORE = /(?:^|[^\p{L}\p{N}])((?:19|20)\d{2})((?:\s+[\p{L}’'-]+){1,6}?),\s*$/u;
/** After it: a comma and a verb of change "to" the later value ("34.9%, fell to 22.3%"). */
const APPOSED_TO_FINAL = /^\s*,\s+(?:rose|grew|fell|dropped|declined|climbed|increased|decreased|slipped|jumped|shrank|edged\s+(?:up|down))\s+to\s+$/;
/** Words of the measure that name another time or party: the apposed value is then not the start of this change. */
const APPOSED_NOT_MEASURE = /\b(?:than|against|versus|vs|target|plan|forecast|projected|budget(?:ed)?|peak|low|high)\b/i;

/**
 * "Its 2015 share of the combined count, 34.9%, fell to 22.3% in 2024": a start value set off by commas after its year and
 * measure, then a verb of change to the later value and its own later year. Undefined for any other shape.
 */
function appositiveStart(text: string, sentence: Span, tokens: NumberToken[], i: number): { final: NumberToken; initialYear: NumberToken; finalYear: NumberToken } | undefined {
  const first = tokens[i]!;
  const before = APPOSED_YEAR_BEFORE.exec(text.slice(Math.max(sentence.start, first.start - 80), first.start));
  const final = tokens[i + 1];
  if (!before || !final || final.yearLike || final.kind !== first.kind || APPOSED_NOT_MEASURE.test(before[2]!) || !APPOSED_TO_FINAL.test(text.slice(first.end, final.start))) return undefined;
  const yearAt = first.start - before[0].length + before[0].indexOf(before[1]!);
  const initialYear = tokens.find((t) => t.yearLike && t.start === yearAt && t.end <= first.start);
  const match = FINAL_YEAR.exec(text.slice(final.end, sentence.end));
  const finalYear = match ? tokens.find((y) => y.yearLike && y.start > final.end && y.start - final.end <= match[0].length) : undefined;
  // Only the year before the start lies between it and the sentence's opening figures: any other figure leaves the pairing in doubt.
  if (!initialYear || !finalYear || finalYear.value <= initialYear.value || tokens.indexOf(initialYear) !== i - 1) return undefined;
  return { final, initialYear, finalYear };
}

/** "to 181 from 76", "to 181 trips in 2025 from 76", "to 181 a week from 76", "to 74 units at the end of 2025 from 47" (acc-pc29), "to €88.70 per MWh, from": up to two lower-case unit words or an energy unit, never a place ("in Kiel"). */
const FROM_AFTER_FINAL = /^(?:\s+(?!(?:in|at|for|of|on|by|with|and|or|but|than)\b)(?:[\p{Ll}-]+[²³]?|[kMGT]Wh?\b)){0,2}?(?:\s+(?:in|(?:at|by)\s+the\s+(?:end|close)\s+of)\s+\d{4}|\s*\(\s*\d{4}\s*\))?,?\s+from\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$/u;

/** "250 in 2020, up 30% from 200 in 2015", "…, a 30% increase on the 200 of 2015": the earlier value after the change. */
function reverseAroundChange(text: string, tokens: NumberToken[], first: NumberToken, changeAt: number): { initial: NumberToken; initialYear?: NumberToken } | undefined {
  const change = tokens[changeAt]!;
  // "43.4% of its stays in 2024, down 4.3 points from 46.8% in 2015": a share, then its difference in points.
  const points = first.kind === 'percent' && change.kind === 'plain' ? POINTS_THEN.exec(text.slice(change.end, change.end + 24)) : null;
  if ((first.kind === 'percent' && !points) || (first.kind !== 'percent' && !isQuantity(first))) return undefined;
  const initialAt = findIndexFrom(tokens, changeAt + 1, (t) => !t.yearLike);
  const initial = initialAt === -1 ? undefined : tokens[initialAt];
  if (!initial || initial.kind !== first.kind) return undefined;
  // ("- **24.1%** of journeys …, up 2.3 points from 22.8%": the emphasis closed right after the figure is no word.)
  if (!LATER_THEN_CHANGE.test(text.slice(first.end, change.start).replace(/^[*_]{1,3}(?=\s)/, '')) || !CHANGE_THEN_EARLIER.test(text.slice(change.end + (points?.[0].length ?? 0), initial.start))) return undefined;
  if (!sameUnitWord(text, first, initial)) return undefined;
  // "64 points from 30 rounds, a 35% jump on the 51 we scraped together": an earlier value whose unit is not written
  // (a clause about it follows) pairs with the figure before the change only when no other quantity precedes that one.
  if (unitWordAfter(text, initial) === undefined && tokens.some((t) => t.end <= first.start && isQuantity(t))) return undefined;
  // The year right after ("of 2015", "(2015)"), a few words on at most: EARLIER_YEAR reads no more.
  const year = findFrom(tokens, initialAt + 1, (y) => y.yearLike && EARLIER_YEAR.test(text.slice(initial.end, y.end)), (y) => y.start - initial.end > EARLIER_YEAR_REACH);
  return { initial, initialYear: year };
}
const EARLIER_YEAR_REACH = 80;
const POINTS_THEN = /^\s+(?:percentage[\s-]+)?points?\b/i;
// ("16,210 season tickets for the 2024 season, down 3.8% on the record 16,510 of 2023": a season's year; a record base.
// "24.1% of journeys were made on special event trains, up 2.3 points from 22.8%": up to three more lower-case words.)
const LATER_THEN_CHANGE = /^(?:\s+\p{L}[\p{L}\p{N}’'-]*){0,6}?(?:\s+\p{Ll}[\p{L}’'-]*){0,3}?(?:\s+in\s+\d{4}|\s*\(\s*\d{4}\s*\)|\s+(?:in|for)\s+the\s+\d{4}\s+season)?,\s+(?:(?:up|down|rising|falling|climbing|dropping)(?:\s+by)?\s+(?:only\s+|just\s+)?|an?\s+)$/iu;
const CHANGE_THEN_EARLIER = /^(?:\s+(?:increase|rise|gain|jump|decline|decrease|drop|fall))?\s+(?:from|on)\s+(?:the\s+(?:record\s+)?)?$/i;
const EARLIER_YEAR = /^(?:\s+[\p{L}’'-]+){0,2}?\s+(?:in|of)\s+\d{4}$|^\s*\(\s*\d{4}$/u;

/** A single year named by where it stands ("last year", "that year", "in the latest year"), not by its number. */
const ONE_YEAR_BETWEEN = /\b(?:last|this|that|the\s+(?:past|latest|last|previous|following|next))\s+year\b(?!s)/i;

/** "…, and by 14.2% a year between 2015 and 2020", "after falling by 3% in 2016": a year of its own that is not the statement's. */
/** After a figure in its clause: a period that starts at a year ("since 2019", "in the five years after 2019"). */
const OWN_PERIOD_AFTER = /^[^,;.()]{0,40}?\b(?:since|after|from|between)\s+((?:19|20)\d{2})\b/;

function ownLaterPeriod(text: string, sentence: Span, clause: Span, t: NumberToken, owner: GrowthStatement): boolean {
  // "from 168 to 211 players, an increase of 28.6% since 2015": a statement with no years of its own takes the base
  // its change names.
  if (!owner.initialYear && !owner.finalYear && !owner.years && /^\s+since\s+(?:19|20)\d{2}\s*[.;,)]?\s*$/.test(text.slice(t.end, clause.end))) return false;
  const m = OWN_PERIOD_AFTER.exec(text.slice(t.end, clause.end));
  // "grown at a compound 8.1% a year since 2022, from EUR 25.8 million to EUR 32.6 million in 2024": the "since" year
  // starts a statement that dates only its final value (sinceStart).
  if (m && !owner.initialYear && owner.finalYear && /\bsince\s/.test(m[0]) && Number(m[1]) < owner.finalYear.value && t.end + m[0].length <= owner.initial.start) return false;
  return !!m && Number(m[1]) !== owner.initialYear?.value && !new RegExp(`\\b${m[1]}\\b`).test(text.slice(sentence.start, t.start));
}

function namesOtherYear(after: string, owner: GrowthStatement): boolean {
  // A statement without years of its own ("from 96 to 54") takes the years named around it.
  if (!owner.initialYear || !owner.finalYear) return false;
  const own = new Set([owner.initialYear.value, owner.finalYear.value]);
  return [...after.matchAll(/\b(?:19|20)\d{2}\b/g)].some((m) => !own.has(Number(m[0])));
}

/** Right after a change or multiple, the length of its period: "in two years", "over five years", "within 3 years". */
const LENGTH_AFTER = /^[^.;:,]{0,20}?\b(?:in|over|within|across)\s+(?:the\s+(?:last|past)\s+)?(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years\b/i;

/** Whether the text after a figure gives its period a length other than the statement's years span. */
function otherLength(after: string, owner: GrowthStatement): boolean {
  const said = LENGTH_AFTER.exec(after);
  if (!said || !owner.initialYear || !owner.finalYear) return false;
  const length = spelledNumber(said[1]!) ?? Number(said[1]);
  return length !== owner.finalYear.value - owner.initialYear.value;
}

/** Right after a change, the year it counts from: "up 1.2 points on 2023", "3% more than in 2019", "compared with 2020". */
const BASE_YEAR_AFTER = /^[^.;:]{0,25}?\b(?:on|over|from|since|against|than(?:\s+in)?|compared\s+(?:with|to)|versus|vs\.?)\s+((?:19|20)\d{2})\b/i;

/**
 * "…climbed from 85.7 in 2022 to 89.4, up 1.2 points on 2023 alone": a change counted from a year that is not the
 * statement's first is not its change, even when the statement names no final year for namesOtherYear to compare.
 */
function countsFromOtherYear(after: string, owner: GrowthStatement): boolean {
  const base = owner.initialYear && BASE_YEAR_AFTER.exec(after);
  return !!base && Number(base[1]) !== owner.initialYear!.value;
}

/** "2,829 (2019) → 1,816 (2020), then 2,488 in 2021": the value after "then" continues from the statement's final value. */
const SERIES = /^(?:\s+[\p{L}’'()-]+){0,5}?(?:\s+in\s+(?:mid-|early\s+|late\s+)?\d{4}|\s*\(\s*\d{4}\s*\))?\s*,\s*$/u;
const AS_ANYTHING_AS = /^\s+(?:the\b|that\s+of\b|those\s+of\b|as\s+[\p{L}-]+\s+as\b|[\p{L}’'-]+['’]s\b)/iu;
const THEN = /^(?:\s*\(\s*\d{4}\s*\)|\s+in\s+\d{4})?,?\s+(?:and\s+)?then\s+(?:[\p{L}’'-]+\s+){0,3}?$/u;

function chained(text: string, segment: AnalysedSegment, sentence: Span, tokens: NumberToken[], found: GrowthStatement[]): GrowthStatement[] {
  if (found.length === 0) return found;
  const endpoints = new Set(found.flatMap((s) => [s.initial, s.final]));
  const all = [...found];
  for (const s of found) {
    // "296 in 2015, 322 in 2020 and 361 in 2025, a 22% increase": a series whose last step is the statement may be measured from its start.
    const earlier = tokens.filter((t) => t.end <= s.initial.start && !t.yearLike).at(-1);
    if (earlier && !endpoints.has(earlier) && earlier.kind === s.initial.kind && SERIES.test(text.slice(earlier.end, s.initial.start))) s.chainStart = earlier;
  }
  for (const s of found) {
    const next = tokens.find((t) => t.start >= s.final.end && !t.yearLike);
    if (!next || endpoints.has(next) || next.kind !== s.final.kind || !THEN.test(text.slice(s.final.end, next.start))) continue;
    const year = tokens.find((y) => y.yearLike && y.start > next.end && FINAL_YEAR.test(text.slice(next.end, y.end)) && y.start - next.end < 12);
    all.push({ ...statement(segment, sentence, s.final, next, s.finalYear, year, false), chainStart: s.chainStart ?? s.initial });
  }
  return all.sort((a, b) => a.final.end - b.final.end);
}


/** Whether `offset` stands inside a parenthesis opened earlier in the sentence (the nearest bracket decides). */
function insideParenthesis(text: string, sentenceStart: number, offset: number): boolean {
  const open = text.lastIndexOf('(', offset - 1);
  return open >= sentenceStart && open > text.lastIndexOf(')', offset - 1);
}

/** Between a change and the bracket that holds its endpoints: up to six words (a "1 MB" among them), then "(". */
const BRACKET_AFTER_CHANGE = /^(?:\s+[\p{L}\p{N}’'.-]+){0,6}\s*\(\s*$/u;

/**
 * The statement a rate belongs to: one in the rate's own clause (the nearest ending before it, else the one it
 * leads into: "fell by 20%, from 210 to 168"); in a clause without a statement, the nearest before it only when
 * the clause holds no other number ("…, and its CAGR was 9.3%"). None when in doubt.
 */
function ownerOf(text: string, sentence: Span, t: Span, statements: GrowthStatement[], tokens: NumberToken[], anywhereInClause = false): GrowthStatement | undefined {
  // "…to 13.4%, the third-lowest rate after PPMWA (6.2%)": a bracket right after a name named after the statement holds
  // that name's figure.
  const last = [...statements].reverse().find((s) => s.final.end <= t.start);
  if (last && bracketAfterLaterName(text, last.final.end, t)) return undefined;
  const clause = clauseOf(text, sentence, t.start);
  const own = statements.filter((s) => inSpan(clause, s.initial) && inSpan(clause, s.final));
  // A multiple word may stand before its endpoints ("more than doubled, from 141 to 213"): one statement in the clause owns it.
  if (anywhereInClause) return own.length === 1 ? own[0] : undefined;
  // "−5.0% on the outlook (65.4 → 62.2) and −4.3% on the 1 MB draft (0.643 → 0.616)": a bracket of endpoints right
  // after the change (a few words between) is its own, before any statement that ends before it.
  const bracketed = own.find((s) => s.initial.start > t.end && BRACKET_AFTER_CHANGE.test(text.slice(t.end, s.initial.start)) && ARROW.test(text.slice(s.initial.end, s.final.start)) && !text.slice(s.initial.end, s.final.start).includes(')'));
  if (bracketed) return bracketed;
  const before = [...own].reverse().find((s) => s.final.end <= t.start);
  if (before) return before;
  const leads = own.find((s) => s.initial.start > t.end && LEADS_INTO.test(text.slice(t.end, s.initial.start)))
    // "rose 30% to 250 in 2020, from 200" and "climbed 30% (200 → 250)": the change stands just before its statement.
    // "fell 7.3% in 2024, to €88.70, from €92.15 in 2023": the later value's year between them.
    ?? own.find((s) => s.final.start > t.end && s.final.start < s.initial.start && /^(?:\s+in\s+(?:19|20)\d{2})?,?\s+to\s+$/.test(text.slice(t.end, s.final.start)))
    ?? own.find((s) => s.initial.start > t.end && /^\s*\(\s*$/.test(text.slice(t.end, s.initial.start)) && ARROW.test(text.slice(s.initial.end, s.final.start)))
    // "grew by 30% over five years (200 in 2015, 250 in 2020)": the bracket right after the change holds its statement.
    ?? own.find((s) => s.initial.start > t.end && /^(?:\s+(?:[\p{L}’'-]+|(?:19|20)\d{2}(?:[–-]\d{2,4})?)){0,6}\s*\(\s*$/u.test(text.slice(t.end, s.initial.start)) && !text.slice(s.initial.end, s.final.start).includes(')'))
    // "cut its beds by 32.9% when it sold two hostels in 2021 (from 2,530 to 1,904)": "from … to" in that bracket.
    ?? own.find((s) => s.initial.start > t.end && /^(?:\s+(?:[\p{L}’'-]+|\d{1,2}|(?:19|20)\d{2}(?:[–-]\d{2,4})?)){0,8}\s*\(\s*from\s+$/u.test(text.slice(t.end, s.initial.start)) && /^(?:\s+[\p{L}’'-]+){0,2}?\s+to\s+$/u.test(text.slice(s.initial.end, s.final.start)) && /^\s*\)/.test(text.slice(s.final.end, s.final.end + 3)));
  if (leads) return leads;
  if (own.length > 0) return undefined;
  const others = tokens.filter((o) => o !== t && !o.yearLike && inSpan(clause, o));
  // "That is an increase of 74.0%, equivalent to 7.7% per annum": a total change and an annual rate may share a clause (acc-rate).
  if (others.length > 0 && !changeAndRate(text, clause, [t, ...others])) return undefined;
  // Items of a list joined by ";" are separate claims: a rate after a semicolon never reaches back, unless the
  // semicolon only separates the figures of one parenthesis ("(+122%; CAGR +9.3%)").
  // "…; the compound annual growth rate was 6.4%" names the rate itself and speaks of the statement before (acc-change6).
  if (/;\s*$/.test(text.slice(Math.max(sentence.start, clause.start - 3), clause.start)) && !insideParenthesis(text, sentence.start, clause.start) && !namesTheRate(text.slice(clause.start, t.start)) && !refersBackAcrossSemicolon(text, sentence, clause, t, statements)) return undefined;
  // "…; KCOD +36.6%": a clause that names its own subject speaks of something else (a sentence's first word aside).
  const label = clause.start === sentence.start ? /^\s*(?:\*\*|__)([\p{L}’' -]{1,40})[.:](?:\*\*|__)\s*/u.exec(text.slice(clause.start, t.start)) : null;
  // "**Growth.** That is …": a label that names a change or a word of the statement's sentence, never a subject of its own ("**Westby.**").
  if (label && !label[1]!.trim().split(/\s+/).every((w) => CHANGE_WORDS.test(w) || statements.some((s) => text.slice(s.sentence.start, s.sentence.end).toLowerCase().includes(w.toLowerCase().slice(0, 5))))) return undefined;
  const lead = clause.start === sentence.start ? (label?.[0].length ?? 0) + (/^\s*\S+/.exec(text.slice(clause.start + (label?.[0].length ?? 0), t.start))?.[0].length ?? 0) : 0;
  if (NAMED_SUBJECT.test(text.slice(clause.start + lead, t.start))) return undefined;
  if (clause.start !== sentence.start && namesNewSubject(text.slice(clause.start, t.start)) && !restatesOverPeriod(text, sentence, clause, t)) return undefined;
  const nearest = [...statements].reverse().find((s) => s.final.end <= t.start);
  if (nearest) return nearest;
  return LEADS_INTO.test(text.slice(t.end, statements[0]!.initial.start)) ? statements[0] : undefined;
}

function bracketAfterLaterName(text: string, from: number, t: Span): boolean {
  const m = NAME_THEN_BRACKET.exec(text.slice(from, t.start));
  return !!m && m[1] !== 'CAGR';
}
const NAME_THEN_BRACKET = /\b(\p{Lu}[\p{L}\p{N}’'-]*)\s*\(\s*[^()\d]{0,12}$/u;

/** "…; that is an increase of 52.9%": a clause that refers back speaks of the one statement of the sentence before it (acc-change7). */
function refersBackAcrossSemicolon(text: string, sentence: Span, clause: Span, t: Span, statements: GrowthStatement[]): boolean {
  return statements.filter((s) => s.final.end <= clause.start && s.initial.start >= sentence.start).length === 1 && (refersBackInClause(text.slice(clause.start, t.start)) || restatesOverPeriod(text, sentence, clause, t));
}


/** Years of each statement: its own, else a span in its sentence, else an earlier statement's in the paragraph, else a heading's period. */
function resolveYears(doc: AnalysedDocument, statements: GrowthStatement[], given: ReadonlySet<GrowthStatement>): void {
  let previous: GrowthStatement | undefined;
  let lastDated: GrowthStatement | undefined;
  for (const s of statements) {
    // Given again from the version before with its years: only what later statements read of it.
    if (given.has(s)) {
      if (!s.periods && s.years && (s.years.source === 'statement' || s.years.source === 'sentence')) lastDated = s;
      previous = s;
      continue;
    }
    if (s.periods) {
      previous = s;
      continue;
    }
    if (s.initialYear && s.finalYear) {
      s.years = { from: s.initialYear.value, to: s.finalYear.value, source: 'statement', spans: [s.initialYear, s.finalYear] };
    } else {
      const range = itemsWithin(s.segment.ranges, s.sentence).find((r) => r.from.yearLike && r.to.yearLike);
      const since = !range && s.finalYear && !s.initialYear ? sinceStart(doc.text, s) : undefined;
      const sameList = previous?.segment.listItem !== undefined && previous.segment.listItem.list === s.segment.listItem?.list;
      if (range) s.years = { from: range.from.value, to: range.to.value, source: 'sentence', spans: [range] };
      else if (since) s.years = { from: since.value, to: s.finalYear!.value, source: 'sentence', spans: [since, s.finalYear!] };
      else if ((previous?.segment === s.segment || sameList) && previous?.years && previous.years.source !== 'heading') {
        s.years = { ...previous.years, source: 'paragraph' };
      } else if (lastDated?.years && lastDated.segment.heading === s.segment.heading && SAME_PERIOD.test(doc.text.slice(s.sentence.start, s.sentence.end))) {
        // "grew from 165 to 201 over the same decade": the years of the last dated statement of the section.
        s.years = { ...lastDated.years, source: 'paragraph' };
      } else {
        const heading = headingPeriod(doc, s.segment);
        if (heading) s.years = heading;
      }
      // Borrowed years do not fit a sentence that names a period of its own ("over the last five years", "since 2021").
      if (s.years && borrowedYearsRefused(doc.text, s.sentence, itemsWithin(s.segment.tokens, s.sentence).filter((t) => t.yearLike), s.years)) s.years = undefined;
    }
    if (!s.years) s.duration = statedDuration(doc, s);
    if (s.years && (s.years.source === 'statement' || s.years.source === 'sentence')) lastDated = s;
    previous = s;
  }
}

/**
 * "has grown at a compound 8.1% a year since 2022, from EUR 25.8 million to EUR 32.6 million in 2024", "… since it
 * reopened in full in 2022, from …": the one "since" year of a statement that dates only its final value starts it,
 * when the sentence names no other year and the "since" stands before the initial value in its clause or the clause
 * of its rate.
 */
function sinceStart(text: string, s: GrowthStatement): NumberToken | undefined {
  const years = itemsWithin(s.segment.tokens, s.sentence).filter((t) => t.yearLike && t !== s.finalYear);
  if (years.length !== 1) return undefined;
  const year = years[0]!;
  if (year.value >= s.finalYear!.value || year.end > s.initial.start) return undefined;
  if (!SINCE_THEN_YEAR.test(text.slice(Math.max(s.sentence.start, year.start - 60), year.start))) return undefined;
  const clauses = [s.initial, ...s.cagr, ...s.change].map((t) => clauseOf(text, s.sentence, t.start));
  return clauses.some((c) => c.start <= year.start && year.end <= c.end) || !/[;:]/.test(text.slice(year.end, s.initial.start)) ? year : undefined;
}
/** Right before a year: "since ", "since the storm year ", "since it reopened in full in ". */
const SINCE_THEN_YEAR = /\bsince\s+(?:(?:the|its|their|our)\s+(?:[\p{L}-]+\s+){0,2}|(?:it|they|we|the\s+[\p{L}-]+)\s+(?:[\p{L}-]+\s+){1,4}?(?:in|of)\s+)?$/iu;

/**
 * "over nine years", "across the whole decade", "in ten years": a stated length of the period. Never "the last/past five
 * years" (counted back from now: perhaps a part of the statement's span), nor a horizon or a record ("will double in ten
 * years", "the highest in ten years").
 */
const DURATION = /\b(?:over|across|during|in)\s+(?:the\s+(?:whole\s+|full\s+|entire\s+|same\s+)?|a\s+)?(?:(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+(?:full\s+)?years?|(decade))\b/gi;
const DURATION_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20 };
/** Another length or a part of a period, a scenario or a forecast: the stated length may not be the statement's. */
const NOT_THE_LENGTH = /\b(?:first|second|last|latter|final|next|following|coming|past|previous|recent|half|would|could|might|will|should|if|expect\w*|forecast\w*|project\w*|target\w*|plan(?:s|ned|ning)?|highest|lowest|best|worst|most|least|fastest|slowest|time|once)\b|\b\d{1,2}[- ]years?\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)[- ]years?\b|\bdecades?\b/i;

/** The years a DURATION match states: its number or word, ten for "the decade". */
function durationYears(m: RegExpMatchArray): number {
  return m[2] ? 10 : DURATION_WORDS[m[1]!.toLowerCase()] ?? Number(m[1]);
}

/**
 * The one length of period a statement's sentence states when it names no year at all ("rose from 473 papers to 902,
 * or 8.4% a year over nine years"): between counts, not percents; undefined when the sentence names a year, another
 * length or a part of a period, or speaks of a scenario (acc-chg10).
 */
function statedDuration(doc: AnalysedDocument, s: GrowthStatement): GrowthStatement['duration'] {
  if (s.initial.kind === 'percent' || s.cagr.length === 0 || itemsWithin(s.segment.tokens, s.sentence).some((t) => t.yearLike)) return undefined;
  const body = doc.text.slice(s.sentence.start, s.sentence.end);
  const found = [...body.matchAll(DURATION)];
  if (found.length !== 1) return undefined;
  const m = found[0]!;
  // In the clause of the statement's final value or of its rate: another clause's length is another subject's.
  const at = s.sentence.start + m.index!;
  const clauses = [s.final, ...s.cagr].map((t) => clauseOf(doc.text, s.sentence, t.start));
  if (!clauses.some((c) => c.start <= at && at + m[0].length <= c.end)) return undefined;
  if (NOT_THE_LENGTH.test(body.slice(0, m.index) + ' ' + body.slice(m.index! + m[0].length))) return undefined;
  const years = durationYears(m);
  if (!(years >= 2)) return undefined;
  return { years, span: { start: at, end: at + m[0].length }, inclusive: m[2] !== undefined };
}

/**
 * "The fleet stood at 9 in 2016 and 20 in 2020, so it has nearly quadrupled in nine years.": a length stated in the
 * figure's own clause that the statement's years do not span (counted either way: 2016–2025 is nine years or ten)
 * says the figure is of another period, so it is not judged against these endpoints.
 */
export function lengthContradictsYears(text: string, s: GrowthStatement, figure: Span): boolean {
  const from = s.initialYear?.value ?? s.years?.from;
  const to = s.initialYear && s.finalYear ? s.finalYear.value : s.years?.to;
  if (from === undefined || to === undefined || to <= from) return false;
  const clause = clauseOf(text, s.sentence, figure.start);
  for (const m of text.slice(clause.start, clause.end).matchAll(DURATION)) {
    const years = durationYears(m);
    if (years !== to - from && years !== to - from + 1) return true;
  }
  return false;
}

/** "a drop of 33.9% from the peak", "12% below its 2019 high": the figure names an extreme as its base. */
const EXTREME_BASE_AFTER = /^\s*(?:(?:rise|increase|gain|fall|drop|decline|decrease|reduction|cut)\s+)?(?:from|on|since|below|above|off|under|over|down\s+(?:from|on)|up\s+(?:from|on))\s+(?:the|its|their|this|that)\s+(?:(?:19|20)\d{2}\s+|earlier\s+|previous\s+|pre-?pandemic\s+|all-time\s+|record\s+)?(?:peak|high|record|low|trough|maximum|minimum|top|bottom|nadir|zenith)\b/i;
/** The words just before an endpoint that name it an extreme ("to a peak of", "its 2022 high of", "a record"). */
const EXTREME_BEFORE = /\b(?:peak(?:ed)?|high|record|low|trough|maximum|minimum|top|bottom|nadir|zenith)\b[^.;:]{0,24}$/i;

/**
 * "The bill doubled in 2022, from EUR 0.31 million to EUR 0.62 million, and … fell since — to EUR 0.53 million in 2023 and
 * EUR 0.41 million in 2024, a drop of 33.9% from the peak": a change whose words name an extreme as its base is measured
 * from that extreme, which is the statement's start only when the text calls that start so.
 */
export function baseNamedElsewhere(text: string, s: GrowthStatement, figure: Span): boolean {
  if (!EXTREME_BASE_AFTER.test(text.slice(figure.end, figure.end + 60))) return false;
  return !EXTREME_BEFORE.test(text.slice(Math.max(s.sentence.start, s.initial.start - 40), s.initial.start));
}

const SAME_PERIOD = /\b(?:same|that|this)\s+(?:period|decade|years?|span|timeframe|ten years|nine years)\b/i;

/** The nearest heading above (or a table's caption) that states a period such as "(2015–2024)". */
export function headingPeriod(doc: AnalysedDocument, segment: AnalysedSegment): YearEvidence | undefined {
  if (segment.heading === undefined) return undefined;
  let periods = headingPeriods.get(doc);
  if (!periods) headingPeriods.set(doc, (periods = new Map()));
  return periodOfHeading(doc, segment.heading, periods) ?? undefined;
}

const headingPeriods = new VersionMemo<AnalysedDocument, Map<number, YearEvidence | null>>();

/** A heading's own period, or the one of the heading above it: computed once per heading, so every lookup is O(1). */
function periodOfHeading(doc: AnalysedDocument, h: number, periods: Map<number, YearEvidence | null>): YearEvidence | null {
  const known = periods.get(h);
  if (known !== undefined) return known;
  const heading = doc.segments[h]!;
  const range = heading.ranges.find((r) => r.from.yearLike && r.to.yearLike);
  const period: YearEvidence | null = range ? { from: range.from.value, to: range.to.value, source: 'heading', spans: [range] } : heading.heading !== undefined ? periodOfHeading(doc, heading.heading, periods) : null;
  periods.set(h, period);
  return period;
}

/** Two percents in one clause, one an annual rate and the other not: the change and the rate of one statement. */
function changeAndRate(text: string, clause: Span, figures: Array<Span & { kind?: string }>): boolean {
  if (figures.length !== 2 || figures.some((f) => (f as NumberToken).kind !== 'percent')) return false;
  const rates = figures.filter((f) => rateReading(text.slice(Math.max(clause.start, f.start - 40), f.start), text.slice(f.end, Math.min(clause.end, f.end + 30))) !== undefined);
  return rates.length === 1;
}

/** Right before a figure, after the statement's final value: "plus 122%", "minus 8.2%", a sign said in a word (acc-pc29). */
const SIGN_WORD_BEFORE = /(?:^|[,;:(—–]\s*|\s(?:or|so|that(?:['’]s|\s+is)|i\.e\.)\s+)(?:plus|minus)\s+$/i;
/** After such a figure, its clause ends: "plus 12% at Keio" or "plus 45 patents and 12% more citations" add something else. */
const SIGN_WORD_FIGURE_ENDS = /^\s*(?:[,;.:)!?—–]|$)/;

/** Right before a figure: "up", "rose", "a rise of": the figure is a rise, whatever the clause said earlier. */
/** Right before a statement's first value, after any decline word: a rise from it ("recovering from", "rebounding from"). */
const RISE_BEFORE_STATEMENT = /\b(?:recover\w*|rebound\w*|bounc\w*\s+back|r[io]s[ei]n?g?|grew|grow\w*|climb\w*|increas\w*|jump\w*|(?<!-)up)\s+(?:\w+\s+){0,3}?from\s+(?:\S+\s+){0,2}$/i;
const RISE_RIGHT_BEFORE = /\b(?:(?<!-)up|rose|risen|grew|grown|increased|climbed|jumped|higher\s+by|a\s+(?:rise|gain|increase)\s+of)\s+(?:by\s+)?(?:some\s+|about\s+|nearly\s+|almost\s+|roughly\s+)?$/i;

/** ", lifting its share from", "and pushed the total to": a change the multiple's clause brought about, of another measure. */
const CAUSED_CHANGE_BETWEEN = /[,;]\s*(?:[\p{L}’'-]+\s+){0,6}?(?:lifting|raising|pushing|taking|bringing|cutting|lowering|reducing|increasing|boosting|driving|and\s+(?:lifted|raised|pushed|took|brought|cut|lowered|reduced|increased|boosted|drove))\s/iu;

/** Figures between a statement's final value and a multiple after it that are none of the statement's own. */
function figuresBetween(owner: GrowthStatement, multiple: Span, tokens: readonly NumberToken[]): boolean {
  if (multiple.start < owner.final.end) return false;
  const own = new Set<NumberToken>([...owner.change, ...owner.cagr, ...owner.points, ...owner.absolute]);
  return tokens.filter((t) => !t.yearLike && t.kind !== 'ordinal' && t.start > owner.final.end && t.end <= multiple.start && !own.has(t)).length >= 2;
}

const MULTIPLE_OWN_END = new RegExp(`^\\s+${TO_FIGURE_LEAD}(?=\\d)`);

/** Whether "to <figure>" right after a multiple names an endpoint other than its statement's final figure. */
function multipleOwnEnd(text: string, multipleEnd: number, finalStart: number): boolean {
  const to = MULTIPLE_OWN_END.exec(text.slice(multipleEnd, multipleEnd + 30));
  return to !== null && multipleEnd + to[0].length !== finalStart;
}
