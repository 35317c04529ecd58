// Turns the parsed blocks into an analysed document: numbers, ranges, sentences and dataset mentions per prose segment.
//
// The block-relative design (perf-key48; issue #11: a keystroke should cost the edited block and its section, not the
// document). What a version holds is per block, and a version shares the previous version's per-block state wherever
// the block did not change:
//
// - Relative state, per block record (shared by every version that has the block's chunk): the block's facts
//   (markdown/document.ts ChunkBlock, offsets relative to the block) and their analysis (BlockAnalysis below: each
//   segment's tokens, ranges, sentences, mentions, memos and reused per-segment readings, offsets relative to the
//   segment). Built once per record; an edit builds it only for the blocks it changed.
// - Placed state, per version: the segments with document offsets (PlacedSegment), the tables, lists and marks. A
//   version keeps a block index (BlockIndex below): its blocks and, for each block, how many segments, tables, lists
//   and marks stand before it. The next version takes the blocks before its edit that kept their record and offset as
//   they are, in one slice of each array, without touching a block record, a segment or an analysis of them
//   (perf-key43 found that touching ~3,700 block records and their analyses was the cost of the walk, not the tests
//   of its segments), and walks only from the first changed block on.
// - Not yet (the next steps, in order of their cost per keystroke): the blocks after the edit still get new placed
//   segments, each holding its tokens and ranges shifted to document offsets (what a 1 MB keystroke allocates most of,
//   with the links built from them). Sharing them needs readers that ask a version for a segment's offset (the
//   block's current start applied on read: `doc.startOf(segment)`, a version-held array of block starts) instead of
//   an object per version holding them. Not a getter on the shared object: the moves across versions
//   (across-versions.ts, section-findings.ts, context/carried-links.ts, context/segment-carry.ts) read the previous
//   version's segments beside the new one's, and ~470 reads of a segment's start or end, ~300 of its tokens and ~70
//   of its sentences in 68 modules read absolute offsets. Order: the cross-version moves first (the edit's shift
//   applied to offsets at or after it), then the accessor beside the fields and the readers converted module by
//   module, then the placed segments after the edit shared, then the links and kept readings stored per block.
//   perf-key68 made the first step's moves cheaper without changing what they give: across-versions.ts movedAcrossEdit
//   and movedWithSegment look the objects a value holds up among the few segments it may belong to (no map of every
//   token and range per move, and a segment's tokens not placed when the value holds none of them), remapped keeps one
//   reused memo; and the edit's scope no longer walks both versions' segments (analyseDocument records, as it places
//   them, whether they are in order and which do not stand where the previous version's stood: placementOf). Still to
//   do in that step: the moves keyed by the edit's shift instead of the new version's objects (a moved reading still
//   points at the new placed segment, its tokens and sentences, so those are still placed for every moved reading).
// - The outlook's extra instructions (perf-key48) were TurboFan recompiling after deopts on the take-over's shapes: the
//   version's array fields replaced by slices and maps, and spread copies of chunks kept (perf-key51: fixed, both
//   pushed or written out as the walk makes them). Through the server the take-over still cost the outlook's first
//   keystrokes more compiling than it saved, so it runs from TAKE_OVER_BLOCKS (below) on; and through the server the
//   outlook typed at once stays ~0.7 ms a keystroke over the base's wall time for instruction counts level with it
//   (bench/RESULTS.md, perf-key51): not found yet.
import type { Dataset } from './dataset/index.js';
import { listWords, PhraseMatcher, type Mention } from './context/phrase-matcher.js';
import { shiftMarks, shiftSups, type BlockFacts, type FootnoteDef, type FootnoteRef, type Directive, type Segment, type Span, type TableShape } from './markdown/facts.js';
import type { UncheckedBlock } from './markdown/depth.js';
import { detachString } from './markdown/detach.js';
import { metricModifierWords, withoutOtherModified, withoutTimeWords } from './context/metric-modifiers.js';
import { rankingsWithoutOwners } from './context/dataset-which-ranking.js';
import { shortNamePhrases, withShortNames, namesWithoutLegalForm, entityNamePhrases, placeNamePhrases, withPlaceNames } from './context/dataset-short-names.js';
import { editBetween, type DocumentModel, type ParsedBlock } from './markdown/document.js';
import { decimalEvidence, detectDecimalMark, isCheckable, mayHoldNumbers, pairRanges, scanNumbers, type DecimalEvidence, type DecimalMark, type NumberToken, type RangeToken } from './numbers.js';
import { VersionMemo } from './version-memo.js';

export interface AnalysedSegment extends Segment {
  index: number;
  block: number;
  tokens: NumberToken[];
  ranges: RangeToken[];
  /** Sentences and dataset mentions are found when first read (most prose is never asked). */
  readonly sentences: Span[];
  readonly entities: Mention[];
  readonly metrics: Mention[];
  readonly rankings: Mention[];
  /**
   * Index of the nearest heading segment above (undefined before the first heading); for a heading, the nearest one
   * above of a lower depth (its enclosing section), so a chain of headings is at most six long.
   */
  heading?: number;
  /**
   * A value computed from the segment's text alone, with offsets relative to the segment's start: kept with the
   * segment's cached analysis, so a check after an edit elsewhere reuses it. `compute` must read nothing but `text`.
   */
  memo<T>(key: string, compute: (text: string) => T): T;
  /** The segment's cached analysis: the same object for a segment of any version whose block is unchanged. */
  readonly content: object;
  /**
   * Results of cue-word tests of the segment's text, by test id (context/segment-carry.ts segmentHas): kept with the
   * segment's cached analysis, read without a keyed lookup (the tests run for every segment on every check).
   */
  readonly tests: Array<boolean | undefined>;
  /**
   * A per-segment result of a document-wide step, kept with the segment's cached analysis and given back while
   * `context` (all the step read beyond the segment's own text, compared element by element) is the same; the
   * result must hold no document offsets, only offsets relative to what `context` pins down.
   */
  reuse<T>(key: string, context: readonly unknown[], compute: () => T): T;
}

export interface AnalysedTable extends TableShape {
  /** cells[row][column] → segment index. */
  cells: number[][];
  /** The heading or paragraph just above the table, read as its caption. */
  caption?: number;
}

export interface AnalysedList {
  id: number;
  /** Segment indices of each item's first paragraph. */
  items: number[];
}

export interface AnalysedDocument {
  text: string;
  segments: AnalysedSegment[];
  tables: AnalysedTable[];
  lists: AnalysedList[];
  footnoteRefs: FootnoteRef[];
  footnoteDefs: FootnoteDef[];
  directives: Directive[];
  math: BlockFacts['math'];
  /** Blocks nested deeper than the limit, left unchecked (the nesting-depth rule reports them). */
  unchecked: readonly UncheckedBlock[];
  /**
   * Checked once (CheckOptions.once, the CLI): no later check is handed this one's result, so the per-segment readings
   * a later version could reuse (links, rank claims, growth statements) are taken as computed, without the context
   * that decides their reuse nor the segment-relative copy kept for it.
   */
  once?: boolean;
}

export interface Matchers {
  entities: PhraseMatcher;
  /** Short forms of institutions' names ("the Zimbabwe laboratory"), read only after "the". */
  shortNames: PhraseMatcher;
  /** Places that name one entity ("Hanoi" for "the Hanoi utility"), and how each is written. */
  places: PhraseMatcher;
  placeSpellings: ReadonlySet<string>;
  metrics: PhraseMatcher;
  /** Words of multiword measure names → their measures, for "doctoral output" (metric-modifiers.ts). */
  metricModifiers: ReadonlyMap<string, ReadonlySet<string>>;
  rankings: PhraseMatcher;
}

export function createMatchers(dataset: Dataset): Matchers {
  // Short names ("the Kandy station", "the hydrogen institute") are matched apart: dataset-short-names.ts.
  const entityPhrases = entityNamePhrases(dataset).concat(namesWithoutLegalForm(dataset));
  const metricPhrases = [...dataset.metrics.values()].flatMap((m) => [m.label, ...m.phrases].map((phrase) => ({ phrase, id: m.id })));
  const rankingPhrases = [...dataset.rankings.values()].flatMap((r) => [r.label, ...r.phrases].map((phrase) => ({ phrase, id: r.id })));
  const placePhrases = placeNamePhrases(dataset);
  return {
    places: new PhraseMatcher(placePhrases),
    placeSpellings: new Set(placePhrases.map((p) => p.phrase)),
    entities: new PhraseMatcher(entityPhrases),
    shortNames: new PhraseMatcher(shortNamePhrases(dataset)),
    metrics: new PhraseMatcher(metricPhrases, true),
    metricModifiers: metricModifierWords(dataset),
    rankings: new PhraseMatcher(rankingPhrases),
  };
}

interface BlockAnalysis {
  matchers: Matchers;
  decimalMark: DecimalMark;
  segments: SegmentAnalysis[];
}

/** How many results of one document-wide step a segment's analysis keeps (for as many places or contexts). */
const REUSED_PER_KEY = 32;

/**
 * What one segment holds, relative to the segment's start: numbers and ranges at once (every rule reads them),
 * words, sentences and dataset mentions when first asked for (most prose is never asked). Cached with its chunk.
 */
class SegmentAnalysis {
  private readonly text: string;
  readonly tokens: NumberToken[];
  readonly ranges: RangeToken[];
  private sentenceSpans?: Span[];
  private found?: { entities: Mention[]; metrics: Mention[]; rankings: Mention[] };
  private memos?: Map<string, unknown>;
  private reused?: Map<string, Array<{ context: readonly unknown[]; value: unknown }>>;
  readonly tests: Array<boolean | undefined> = [];

  /** `segment` starts at offset 0. */
  constructor(
    segment: Segment,
    private readonly matchers: Matchers,
    decimalMark: DecimalMark,
  ) {
    const text = segment.text;
    this.tokens = mayHoldNumbers(text) ? attachSupOrdinals(scanNumbers(text, decimalMark), segment, text).filter((t) => isCheckable(t) && !isLabelOrDate(t, text)) : [];
    this.ranges = pairRanges(text, this.tokens);
    this.text = text;
  }

  get sentences(): Span[] {
    return (this.sentenceSpans ??= splitSentences(this.text));
  }

  get entities(): Mention[] {
    return this.mentions().entities;
  }

  get metrics(): Mention[] {
    return this.mentions().metrics;
  }

  get rankings(): Mention[] {
    return this.mentions().rankings;
  }

  /** The three mention lists are found together, so the segment's words (most of its memory) are not kept. */
  private mentions(): { entities: Mention[]; metrics: Mention[]; rankings: Mention[] } {
    if (!this.found) {
      const words = listWords(this.text);
      const named = withShortNames(this.text, this.matchers.entities.find(this.text, words), this.matchers.shortNames.find(this.text, words));
      const entities = this.matchers.placeSpellings.size ? withPlaceNames(this.text, named, this.matchers.places.find(this.text, words), this.matchers.placeSpellings) : named;
      this.found = { entities, metrics: withoutTimeWords(this.text, withoutOtherModified(this.text, this.matchers.metrics.find(this.text, words), this.matchers.metricModifiers)), rankings: rankingsWithoutOwners(this.text, this.matchers.rankings.find(this.text, words)) };
    }
    return this.found;
  }

  memo<T>(key: string, compute: (text: string) => T): T {
    const memos = (this.memos ??= new Map());
    // One lookup on a hit: segmentHas asks this for every segment and cue word on every check.
    let value = memos.get(key);
    if (value === undefined && !memos.has(key)) memos.set(key, (value = compute(this.text)));
    return value as T;
  }

  reuse<T>(key: string, context: readonly unknown[], compute: () => T): T {
    return this.reuseEntry(key, context, compute).value as T;
  }

  /** The kept entry for `context` (computed and kept if there is none): a placed segment remembers it as its hint. */
  reuseEntry(key: string, context: readonly unknown[], compute: () => unknown): ReusedEntry {
    const reused = (this.reused ??= new Map<string, ReusedEntry[]>());
    // Several entries per key: a block repeated word for word in a document shares this analysis in each place.
    const kept = reused.get(key) ?? [];
    for (const k of kept) if (sameContext(k.context, context)) return k;
    const value = compute();
    // Copies of the strings of the context, so a kept result does not hold this version's whole text alive.
    const entry = { context: context.map((c) => (typeof c === 'string' ? detachString(c) : c)), value };
    kept.unshift(entry);
    if (kept.length > REUSED_PER_KEY) kept.pop();
    reused.set(key, kept);
    return entry;
  }
}

interface ReusedEntry {
  readonly context: readonly unknown[];
  readonly value: unknown;
}

function sameContext(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * One empty list for every placed segment without numbers, ranges, sentences or mentions, instead of a fresh empty
 * list per segment moved by an edit. Frozen: the lists of a placed segment are only read.
 */
const NONE: readonly never[] = Object.freeze([]);

// One shift per kind of list, each its own function: a spread copy (`{ ...s }`) is quick while its call site has seen
// few object shapes, and one site shared by tokens (five shapes), sentences and mentions saw too many, so V8 copied
// every span in its slow runtime path (perf-key61: ~2 ms of a 1 MB keystroke, for the ~3,900 spans placed after its edit).
function shiftSpans<T extends Span>(spans: readonly T[], by: number): T[] {
  return spans.length === 0 ? (NONE as unknown as T[]) : spans.map((s) => ({ ...s, start: s.start + by, end: s.end + by }));
}

/** Sentences: `{ start, end }` each (splitSentences). */
function shiftSentences(spans: readonly Span[], by: number): Span[] {
  return spans.length === 0 ? (NONE as unknown as Span[]) : spans.map((s) => ({ start: s.start + by, end: s.end + by }));
}

function shiftEntities(spans: readonly Mention[], by: number): Mention[] {
  return spans.length === 0 ? (NONE as unknown as Mention[]) : spans.map((s) => ({ ...s, start: s.start + by, end: s.end + by }));
}

function shiftMetrics(spans: readonly Mention[], by: number): Mention[] {
  return spans.length === 0 ? (NONE as unknown as Mention[]) : spans.map((s) => ({ ...s, start: s.start + by, end: s.end + by }));
}

/**
 * A segment's number tokens at document offsets. Most tokens have scanNumbers' eight fields and none of its four
 * optional ones: those are written out as a literal with the same fields in the same order (what the spread gives);
 * the others are spread at a site of their own.
 */
function shiftTokens(tokens: readonly NumberToken[], by: number): NumberToken[] {
  if (tokens.length === 0) return NONE as unknown as NumberToken[];
  // A map: a packed list of the exact length (`new Array(n)` written into is holey, another elements kind for every
  // reader of a segment's tokens; pushes leave room for more).
  return tokens.map((t) =>
    'scale' in t || 'currency' in t || 'spelled' in t || 'approximate' in t
      ? { ...t, start: t.start + by, end: t.end + by }
      : { start: t.start + by, end: t.end + by, text: t.text, kind: t.kind, value: t.value, decimals: t.decimals, yearLike: t.yearLike, style: t.style },
  );
}

/** The lists of a placed segment shifted to document offsets when first read (most are never read on a keystroke). */
interface ShiftedLists {
  sentences: Span[] | undefined;
  entities: Mention[] | undefined;
  metrics: Mention[] | undefined;
  rankings: Mention[] | undefined;
}

/**
 * A placed segment's ranges: its analysis's shifted by `by`, a range's ends the placed `tokens` at the same indices (one
 * object each, so `range.from === token` holds), found by their index (a segment holds a few tokens), not through a map.
 */
function shiftRanges(analysis: SegmentAnalysis, tokens: readonly NumberToken[], by: number): RangeToken[] {
  if (analysis.ranges.length === 0) return NONE as unknown as RangeToken[];
  const relative = analysis.tokens;
  return analysis.ranges.map((r) => {
    const from = relative.indexOf(r.from);
    const to = relative.indexOf(r.to);
    return { ...r, start: r.start + by, end: r.end + by, from: from < 0 ? { ...r.from, start: r.from.start + by, end: r.from.end + by } : tokens[from]!, to: to < 0 ? { ...r.to, start: r.to.start + by, end: r.to.end + by } : tokens[to]! };
  });
}

/**
 * A segment placed in the document: its relative analysis shifted to document offsets as it is read. Every field it
 * holds is one more word in each of the ~3,450 objects a 1 MB keystroke places after its edit (and that the scavenger
 * copies and promotes with the version), so (perf-key63) what is rare or read late is not a field of its own: the
 * tokens and ranges are shifted when first read (a keystroke reads those of the segments whose links or readings move,
 * not of every segment after the edit), the four lazily shifted lists share one object, and `depth` and `footnote`
 * are read from the block's facts.
 */
class PlacedSegment implements AnalysedSegment {
  readonly kind: Segment['kind'];
  readonly start: number;
  readonly end: number;
  readonly text: string;
  cell?: Segment['cell'];
  listItem?: Segment['listItem'];
  readonly sups: Segment['sups'];
  private placedTokens: NumberToken[] | undefined;
  private placedRanges: RangeToken[] | undefined;
  private shifted: ShiftedLists | undefined;

  /** `facts`: the segment as its block's facts hold it, relative to the block, which starts at `blockStart`. */
  constructor(
    private readonly facts: Segment,
    blockStart: number,
    readonly index: number,
    readonly block: number,
    private readonly analysis: SegmentAnalysis,
    readonly heading: number | undefined,
  ) {
    this.kind = facts.kind;
    this.start = facts.start + blockStart;
    this.end = facts.end + blockStart;
    this.text = facts.text;
    if (facts.cell) this.cell = facts.cell;
    if (facts.listItem) this.listItem = facts.listItem;
    this.sups = shiftSups(facts.sups, blockStart);
    // A segment without numbers (most) has the one empty list at once: nothing to shift when read.
    this.placedTokens = analysis.tokens.length === 0 ? (NONE as unknown as NumberToken[]) : undefined;
    this.placedRanges = analysis.ranges.length === 0 ? (NONE as unknown as RangeToken[]) : undefined;
    this.shifted = undefined;
  }

  get depth(): number | undefined {
    return this.facts.depth;
  }

  get footnote(): string | undefined {
    return this.facts.footnote;
  }

  /** How many number tokens the segment holds, without shifting them (what a walk of every segment asks first). */
  get tokenCount(): number {
    return this.analysis.tokens.length;
  }

  get tokens(): NumberToken[] {
    return (this.placedTokens ??= shiftTokens(this.analysis.tokens, this.start));
  }

  /** The tokens at document offsets if they were read already, else undefined (then no object holds one of them). */
  get tokensIfPlaced(): readonly NumberToken[] | undefined {
    return this.placedTokens;
  }

  /** The ranges at document offsets if they were read already, else undefined. */
  get rangesIfPlaced(): readonly RangeToken[] | undefined {
    return this.placedRanges;
  }

  /** The sentences at document offsets if they were read already, else undefined. */
  get sentencesIfPlaced(): readonly Span[] | undefined {
    return this.shifted?.sentences;
  }

  get ranges(): RangeToken[] {
    return (this.placedRanges ??= shiftRanges(this.analysis, this.tokens, this.start));
  }

  get sentences(): Span[] {
    const shifted = (this.shifted ??= { sentences: undefined, entities: undefined, metrics: undefined, rankings: undefined });
    return (shifted.sentences ??= shiftSentences(this.analysis.sentences, this.start));
  }

  get entities(): Mention[] {
    const shifted = (this.shifted ??= { sentences: undefined, entities: undefined, metrics: undefined, rankings: undefined });
    return (shifted.entities ??= shiftEntities(this.analysis.entities, this.start));
  }

  get metrics(): Mention[] {
    const shifted = (this.shifted ??= { sentences: undefined, entities: undefined, metrics: undefined, rankings: undefined });
    return (shifted.metrics ??= shiftMetrics(this.analysis.metrics, this.start));
  }

  get rankings(): Mention[] {
    const shifted = (this.shifted ??= { sentences: undefined, entities: undefined, metrics: undefined, rankings: undefined });
    return (shifted.rankings ??= shiftSpans(this.analysis.rankings, this.start));
  }

  memo<T>(key: string, compute: (text: string) => T): T {
    return this.analysis.memo(key, compute);
  }

  get content(): SegmentAnalysis {
    return this.analysis;
  }

  get tests(): Array<boolean | undefined> {
    return this.analysis.tests;
  }

  reuse<T>(key: string, context: readonly unknown[], compute: () => T): T {
    // The entry this place was last given, tried first: a repeated block shares its analysis (and its lists of kept
    // entries) with every copy, and a scan of those lists cost each copy as many context comparisons as there are copies.
    const hint = this.hints?.get(key);
    if (hint !== undefined && sameContext(hint.context, context)) return hint.value as T;
    const entry = this.analysis.reuseEntry(key, context, compute);
    (this.hints ??= new Map()).set(key, entry);
    return entry.value as T;
  }

  /**
   * The entries of `analysis` this segment's place was last given, per key: shared with the segment's successor at the
   * same index when a check moves it (same analysis, another offset). A hint is only tried: its context is compared.
   */
  hints?: Map<string, ReusedEntry>;

  /**
   * Would this segment, read from `analysis`, be the same at this place (index, block, offset, section, table and
   * list: what must be equal for a segment of an earlier version to be reused)? Fields, not a place object: one
   * object per segment per check.
   */
  sits(analysis: SegmentAnalysis, index: number, block: number, start: number, heading: number | undefined, table: number | undefined, list: number | undefined): boolean {
    return (
      this.analysis === analysis &&
      this.index === index &&
      this.block === block &&
      this.start === start &&
      this.heading === heading &&
      this.cell?.table === table &&
      this.listItem?.list === list
    );
  }
}

/**
 * Whether a segment holds number tokens, asked without shifting a placed segment's tokens to document offsets (a walk
 * of every segment after an edit asks it of each, and reads the tokens of few).
 */
export function holdsTokens(segment: AnalysedSegment): boolean {
  return segment instanceof PlacedSegment ? segment.tokenCount > 0 : segment.tokens.length > 0;
}

/**
 * A segment's number tokens relative to `tokenOffset(segment)` (`token.start + tokenOffset(segment)` is the document
 * offset): a placed segment's as its analysis holds them, relative to its start, without shifting them (coverageOf reads
 * every segment's tokens on every check; several walks read only the tokens' kinds), any other segment's as they are.
 */
export function relativeTokens(segment: AnalysedSegment): readonly NumberToken[] {
  return segment instanceof PlacedSegment ? segment.content.tokens : segment.tokens;
}

/**
 * A segment's tokens, ranges or sentences at document offsets as far as they exist: a placed segment's that were never
 * read are empty (no object can hold one of them yet), so a move across versions that only looks for the objects a
 * value holds does not shift them to find none (across-versions.ts).
 */
export function placedTokensOf(segment: AnalysedSegment): readonly NumberToken[] {
  return segment instanceof PlacedSegment ? (segment.tokensIfPlaced ?? NONE) : segment.tokens;
}

export function placedRangesOf(segment: AnalysedSegment): readonly RangeToken[] {
  return segment instanceof PlacedSegment ? (segment.rangesIfPlaced ?? NONE) : segment.ranges;
}

export function placedSentencesOf(segment: AnalysedSegment): readonly Span[] {
  return segment instanceof PlacedSegment ? (segment.sentencesIfPlaced ?? NONE) : segment.sentences;
}

/** What places relativeTokens(segment) in the document. */
export function tokenOffset(segment: AnalysedSegment): number {
  return segment instanceof PlacedSegment ? segment.start : 0;
}

const SENTENCE_WORD_BEFORE = /\b(?:In|By|From|Since|On|At|Of|To|For|Until|After|Before|Between|During|Over|About|Around|Nearly|Almost|Some|Only|Just|With|And|Or|The|A|An|Than|All|Each|Every|Top|Just|Roughly|Approximately|Exactly)\s$/;
const LABEL_BEFORE = /\b(?:table|figure|fig\.|chart|panel|section|chapter|issue|page|p\.|pp\.|vol\.|volume|article|annex|appendix|step|phase|round|column|row|note|ref\.|reference|edition no\.)\s*$/i;
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const MONTH_BEFORE = new RegExp(`\\b${MONTH}\\.?\\s+$`, 'i');
const MONTH_AFTER = new RegExp(`^\\s+${MONTH}\\b`, 'i');

// Module constants, not literals in isLabelOrDate: the bundler writes a literal with \p{…} as `new RegExp(…)`,
// which would be built again for every number read.
const HYPHENATED_AFTER_LETTER = /\p{L}-$/u;
const CITATION_OPEN_BEFORE = /\[[\d,\s–-]*$/;
const CITATION_CLOSE_AFTER = /^[\d,\s–-]*\](?!\()/;
const CAPITALISED_WORD_BEFORE = /\p{Lu}[\p{L}]*\s$/u;
const NAME_END_AFTER = /^(?:\s*[,.;:()\]]|\s+\p{Lu}|\s*$)/u;
/** A capitalised name right after a comma or "and", before a number: "…, and Hillcrest 310", "…, BGS 189". */
const LIST_ITEM_NAME_BEFORE = /(?:,|\band)\s+\p{Lu}[\p{L}\p{M}’'.-]*\s$/u;

/** "ARO had 212 in 2025 and BGS 189.": an item of a list of figures of its sentence, not an address ("STINT, Wallingatan 2"). */
function isListItemName(text: string, t: NumberToken): boolean {
  const before = text.slice(Math.max(0, t.start - 120), t.start);
  const item = LIST_ITEM_NAME_BEFORE.exec(before);
  if (!item) return false;
  const sentence = before.slice(0, item.index).split(/[.!?]\s|\n\s*\n/).pop()!;
  return /\d/.test(sentence);
}

/** Numbers that name things rather than state quantities: "Table 3", "SPring-8", "April 1", "1 April". */
/** Before a thread's post number: only the paragraph's start and emphasis; after it, a slash and a space ("17/ ", "17/**"). */
const THREAD_POST_BEFORE = /^[\s*_]*$/;
const THREAD_POST_AFTER = /^\/[*_]*(?:\s|$)/;

function isLabelOrDate(t: NumberToken, text: string): boolean {
  if (isClauseNumber(t, text)) return true;
  if (t.kind !== 'plain' || t.decimals !== 0 || t.style.sign !== '') return false;
  const before = text.slice(Math.max(0, t.start - 16), t.start);
  if (HYPHENATED_AFTER_LETTER.test(before) || LABEL_BEFORE.test(before)) return true;
  // A thread's post number opening a paragraph ("**17/** ASOI's 2025 score: 83.1", "3/ The cluster…") numbers the post.
  if (THREAD_POST_BEFORE.test(before) && THREAD_POST_AFTER.test(text.slice(t.end, t.end + 8))) return true;
  // Numeric citations "[4]", "[3, 7]", "[2–5]" point at references; they state nothing.
  if (CITATION_OPEN_BEFORE.test(before) && CITATION_CLOSE_AFTER.test(text.slice(t.end, t.end + 16))) return true;
  // A number that ends a proper name ("Route 16", "Society 5.0", "Minato Mirai 21", "MIRAI 3.0"); not "In 2023,".
  // "…, and Hillcrest 3,130." is an item of a list of figures: a grouped number or a name right after "," or "and" is no name's end.
  if (!t.yearLike && CAPITALISED_WORD_BEFORE.test(before) && !SENTENCE_WORD_BEFORE.test(before) && NAME_END_AFTER.test(text.slice(t.end, t.end + 3)) && !/[,\u202f\u00a0 ]\d/.test(t.text) && !isListItemName(text, t)) return true;
  return !t.yearLike && t.value <= 31 && (MONTH_BEFORE.test(before) || MONTH_AFTER.test(text.slice(t.end, t.end + 12)));
}

/** Before a clause number: only the line's start, a list marker, a quote mark or emphasis. */
const CLAUSE_NUMBER_BEFORE = /^[ \t>*_+-]*$/;
/** After it: a capitalised word that opens the clause ("4.5 Growth elsewhere …", "2.4 CSRC reports …"), never a scale or unit word. */
const CLAUSE_NUMBER_AFTER = /^[*_]*[ \t]+[*_]*(?!(?:Million|Billion|Thousand|Trillion|Percent|USD|EUR|GBP|JPY)\b)(?:\p{Lu}\p{Ll}{2,}|(?:At|In|On|By|As|If|It|Of|An|Dr|Mr|Ms)\b|\p{Lu}{3,}(?!\p{Ll})(?!\s+(?:of|in|per|from|to|a|an|each)\b))/u;

/**
 * "2.1 The airport handled 860,000 passengers …", "- 4.5 Growth elsewhere was strong …": the number of a numbered
 * paragraph opening its line (a memo's or minutes' clause) states no quantity, and is no figure of its sentence.
 */
function isClauseNumber(t: NumberToken, text: string): boolean {
  if (t.kind !== 'plain' || t.decimals === 0 || t.decimals > 2 || t.style.sign !== '' || t.scale !== undefined || t.value >= 100) return false;
  return CLAUSE_NUMBER_BEFORE.test(text.slice(text.lastIndexOf('\n', t.start - 1) + 1, t.start)) && CLAUSE_NUMBER_AFTER.test(text.slice(t.end, t.end + 40));
}

/** "2 <sup>nd</sup>" is an ordinal written across HTML: widen the number to cover the superscript. */
function attachSupOrdinals(tokens: NumberToken[], segment: Segment, text: string): NumberToken[] {
  const ordinals = segment.sups.filter((s) => s.kind === 'ordinal');
  if (ordinals.length === 0) return tokens;
  return tokens.map((t) => {
    if (t.kind !== 'plain' || t.decimals !== 0) return t;
    const sup = ordinals.find((s) => s.start - segment.start >= t.end && /^\s*$/.test(text.slice(t.end, s.start - segment.start)));
    if (!sup) return t;
    const end = sup.end - segment.start;
    // The text names the ordinal as read ("2nd"); the span still covers the superscript markup.
    return { ...t, kind: 'ordinal', end, text: `${t.text}${sup.content.trim()}`, yearLike: false, style: { ...t.style, ordinalSuffix: sup.content.trim() } };
  });
}

const ABBREVIATION = /(?:\b(?:e\.g|i\.e|etc|vs|cf|No|no|Dr|Mr|Ms|Prof|approx|ca|Fig|fig|Vol|vol|pp|U\.S|U\.K|St|Inc|Ltd|Co|al)|\b[A-Z])$/;

// A citation may stand between the full stop and the next sentence: "… a year.[3] In 2024 …", "….<sup>4</sup> The …".
// "**…the index?** No.": emphasis closed right after a question or exclamation mark still ends the sentence (a bold
// label, "- **Growth.** That is…", stays one with its sentence).
// "**… with a wrong certain fix.** Totals: …": emphasis that closes a whole sentence of its own (six words or more)
// after its full stop ends it too (EMPHASIS_END, checked in splitSentences).
const SENTENCE_BOUNDARY = /(?:[.!?](?:["”’)\]]*)|[!?](?:["”’)\]*_]*)|\.(?:\*\*|__|\*|_)(?!\*|_))(?:\[\^?[\w,–-]+\]|<sup>[^<]{1,12}<\/sup>)*(?=\s+["“‘(]?[\p{Lu}\p{N}*_<])|\n\s*\n/gu;
/** The emphasis marker right after a full stop that a match of SENTENCE_BOUNDARY ends on. */
const EMPHASIS_END = /^\.(\*\*|__|\*|_)/;

/** Whether the emphasis closed at `at` by `marker` opened six words or more before it, within the current sentence. */
function longEmphasis(text: string, from: number, at: number, marker: string): boolean {
  const open = text.lastIndexOf(marker, at - 1);
  if (open < from) return false;
  return text.slice(open + marker.length, at).trim().split(/\s+/).length >= 6;
}

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  SENTENCE_BOUNDARY.lastIndex = 0;
  for (let m = SENTENCE_BOUNDARY.exec(text); m !== null; m = SENTENCE_BOUNDARY.exec(text)) {
    const end = m.index! + m[0].length;
    if (m[0][0] === '.' && ABBREVIATION.test(text.slice(Math.max(start, m.index! - 8), m.index!))) continue;
    // A bold label ("- **Growth.** That is…") stays one with its sentence; a long emphasised sentence does not.
    const emphasis = EMPHASIS_END.exec(m[0]);
    if (emphasis && !longEmphasis(text, start, m.index!, emphasis[1]!)) continue;
    if (text.slice(start, end).trim()) spans.push({ start, end });
    start = end;
  }
  if (text.slice(start).trim()) spans.push({ start, end: text.length });
  return spans;
}

/**
 * `previous`, the analysis of an earlier version of the same document: a segment of an unchanged block that sits
 * where it sat (same offset, index, section, table and list) is taken over as it is, with what was read of it.
 */
const decimalMarks = new VersionMemo<AnalysedDocument, DecimalMark>();
/** Per version, where the decimal mark's evidence stands (numbers.ts decimalEvidence), for the next version's. */
const decimalEvidences = new VersionMemo<AnalysedDocument, DecimalEvidence>();

/** The decimal mark the document's numbers were read with: a scan of the whole text, done once per version. */
export function documentDecimalMark(doc: AnalysedDocument): DecimalMark {
  let mark = decimalMarks.get(doc);
  if (mark === undefined) decimalMarks.set(doc, (mark = detectDecimalMark(doc.text)));
  return mark;
}

/**
 * Per version: its blocks and, for block b, how many segments, tables, lists, footnote calls, footnote definitions,
 * directives and math spans stand before it (COUNTED entries from b * COUNTED; one more row for the document's end).
 * What the next version needs to take over the blocks before its edit in one slice of each array.
 */
interface BlockIndex {
  blocks: readonly ParsedBlock[];
  matchers: Matchers;
  decimalMark: DecimalMark;
  counts: Int32Array;
}

const COUNTED = 7;
/**
 * TAKE_OVER_BLOCKS: the fewest blocks a version must have for its block index to be kept (and the next version to take its leading
 * blocks over). Below it the walk of every block is cheap, and through the server the take-over cost the 75 KB outlook
 * (217 blocks) more in V8's compiling of the path in its first 100 keystrokes than it saved (perf-key51, cachegrind:
 * +0.26 G over the open and 300 keystrokes, against +0.04 G gated); in process it paid from 537 blocks on (a 100 KB
 * draft: -0.34 G over its open and 100 keystrokes; 857 blocks: -0.30 G). The 1 MB draft has 3,737.
 */
let takeOverBlocks = 400;

/** For tests: the fewest blocks for the take-over (0: every draft); gives the value it replaces. */
export function setTakeOverBlocks(blocks: number): number {
  const was = takeOverBlocks;
  takeOverBlocks = blocks;
  return was;
}
const blockIndexes = new VersionMemo<AnalysedDocument, BlockIndex>();

/** How many of the leading blocks `model` shares with the version `index` was kept for: same record, same offset. */
function sharedBlocks(index: BlockIndex, blocks: readonly ParsedBlock[]): number {
  const before = index.blocks;
  const n = Math.min(before.length, blocks.length);
  let shared = 0;
  while (shared < n && before[shared]!.record === blocks[shared]!.record && before[shared]!.start === blocks[shared]!.start) shared++;
  return shared;
}

/** A table of the previous version as the walk would make it again (the same fields in the same order). */
function copiedTable(t: AnalysedTable): AnalysedTable {
  const copy: AnalysedTable = { id: t.id, start: t.start, end: t.end, rows: t.rows, columns: t.columns, cells: t.cells };
  if (t.caption !== undefined) copy.caption = t.caption;
  return copy;
}

function countsAt(counts: Int32Array, at: number, doc: AnalysedDocument): void {
  counts[at] = doc.segments.length;
  counts[at + 1] = doc.tables.length;
  counts[at + 2] = doc.lists.length;
  counts[at + 3] = doc.footnoteRefs.length;
  counts[at + 4] = doc.footnoteDefs.length;
  counts[at + 5] = doc.directives.length;
  counts[at + 6] = doc.math.length;
}

/**
 * What analyseDocument found of a version's segments as it placed them (perf-key68), for the edit's scope
 * (across-versions.ts editScope), which otherwise walked every segment of both versions on each keystroke:
 * - `ordered`: whether every segment ends at or after its start and starts at or after the end of the one before
 *   (the scope's neighbours are then found by binary search);
 * - against `previous`, the version it was analysed from: `firstNew`, the first index whose segment is not the
 *   previous version's object at that index (the segments' count when there is none), and `misplaced`, in order, the
 *   indices (below the previous version's count) whose segment is neither that object nor one `samePlace` with it.
 */
export interface Placement {
  ordered: boolean;
  /** Internal: the first index where the order breaks (the segments' count when it does not). */
  disorder: number;
  previous?: AnalysedDocument | undefined;
  firstNew: number;
  misplaced: number[];
}

const placements = new VersionMemo<AnalysedDocument, Placement>();

/** What analyseDocument found of `doc`'s segments (and, when `previous` is given, against it: undefined if analysed from another). */
export function placementOf(doc: AnalysedDocument, previous?: AnalysedDocument): Readonly<Placement> | undefined {
  const placement = placements.get(doc);
  return placement === undefined || (previous !== undefined && placement.previous !== previous) ? undefined : placement;
}

/**
 * Whether `s` stands where `p` stood, as far as a reading kept across versions can tell (the same content, kind,
 * section, table, list and item, and length): what makes a segment outside an edit's scope one whose readings are
 * given again.
 */
export function samePlace(s: AnalysedSegment, p: AnalysedSegment): boolean {
  return s.content === p.content && s.kind === p.kind && s.heading === p.heading && s.depth === p.depth && s.cell?.table === p.cell?.table && s.listItem?.list === p.listItem?.list && s.listItem?.item === p.listItem?.item && s.end - s.start === p.end - p.start;
}

export function analyseDocument(model: DocumentModel, matchers: Matchers, previous?: AnalysedDocument, once = false): AnalysedDocument {
  const doc: AnalysedDocument = { text: model.text, segments: [], tables: [], lists: [], footnoteRefs: [], footnoteDefs: [], directives: [], math: [], unchecked: model.unchecked };
  if (once) doc.once = true;
  let tableBase = 0;
  let listBase = 0;
  /** The open sections: headings of strictly increasing depth, innermost last. */
  const sections: Array<{ depth: number; index: number }> = [];
  // From the lines the edit changed, when the previous version's evidence is known: not a scan of the whole text.
  const kept = previous && decimalEvidences.get(previous);
  const evidence = decimalEvidence(model.text, kept ? { text: previous!.text, evidence: kept, edit: editBetween(previous!.text, model.text) } : undefined);
  if (!once) decimalEvidences.set(doc, evidence);
  const decimalMark = evidence.mark;
  decimalMarks.set(doc, decimalMark);
  // The blocks before the edit, taken over from the previous version as they stand (see the top of this module): a
  // block with the same record at the same offset, after blocks that are all so, gives the same segments (same text,
  // offset, index, section, table and list ids, caption), tables, lists and marks as the previous version's.
  const prior = previous && blockIndexes.get(previous);
  const shared = prior && prior.matchers === matchers && prior.decimalMark === decimalMark ? sharedBlocks(prior, model.blocks) : 0;
  const counts = once || model.blocks.length < takeOverBlocks ? undefined : new Int32Array((model.blocks.length + 1) * COUNTED);
  if (shared > 0) {
    const c = prior!.counts;
    const at = shared * COUNTED;
    // Every list is pushed into the version's own arrays (those of the `doc` literal above), never replaced by a slice
    // or a map of the previous version's: with its array fields replaced, the outlook ran 3-4 % more instructions a
    // keystroke (perf-key51: V8 compiled the rules that read them again and again), for the same logical work.
    // Tables and lists are new objects (a version's tables key per-version memos), their cells and items shared: only
    // analyseDocument fills them, block by block; built field by field in the order the walk below gives them.
    const take = <T>(into: T[], from: readonly T[], n: number): void => {
      for (let i = 0; i < n; i++) into.push(from[i]!);
    };
    take(doc.segments, previous!.segments, c[at]!);
    for (let t = 0, n = c[at + 1]!; t < n; t++) doc.tables.push(copiedTable(previous!.tables[t]!));
    for (let l = 0, n = c[at + 2]!; l < n; l++) doc.lists.push({ id: previous!.lists[l]!.id, items: previous!.lists[l]!.items });
    take(doc.footnoteRefs, previous!.footnoteRefs, c[at + 3]!);
    take(doc.footnoteDefs, previous!.footnoteDefs, c[at + 4]!);
    take(doc.directives, previous!.directives, c[at + 5]!);
    take(doc.math, previous!.math, c[at + 6]!);
    counts?.set(c.subarray(0, at));
    tableBase = doc.tables.length;
    listBase = doc.lists.length;
    // The open sections after the last shared segment: a heading's `heading` is the nearest one above of a lower
    // depth, so the chain from it (or from a prose segment's heading) is the stack innermost first.
    const last = doc.segments[doc.segments.length - 1];
    for (let h = last === undefined ? undefined : last.kind === 'heading' ? last.index : last.heading; h !== undefined; h = doc.segments[h]!.heading) {
      sections.unshift({ depth: doc.segments[h]!.depth ?? 1, index: h });
    }
  }
  // The placement (see Placement above): the taken-over leading segments are the previous version's own objects, in
  // the previous version's order.
  const placement: Placement | undefined = once ? undefined : { ordered: false, disorder: -1, firstNew: -1, misplaced: [] };
  if (placement && previous) {
    placement.previous = previous;
    // The previous version's own link to the version before it is no longer needed (its scope is not computed again:
    // across-versions.ts noteVersion): kept, each version would hold every version before it alive.
    const before = placements.get(previous);
    if (before !== undefined) before.previous = undefined;
  }
  if (placement && shared > 0) {
    const before = placements.get(previous!);
    if (before !== undefined && before.disorder < doc.segments.length) placement.disorder = before.disorder;
    else if (before === undefined) placement.disorder = 0;
  }
  // A block's lists and tables by their ids in the block: two maps for the whole document, emptied per block (two new
  // maps per block were ~3 % of what a keystroke allocates on a 1 MB draft, where most blocks hold neither).
  const listIds = new Map<number, AnalysedList>();
  const tableIds = new Map<number, AnalysedTable>();
  for (let blockIndex = shared; blockIndex < model.blocks.length; blockIndex++) {
    const block = model.blocks[blockIndex]!;
    if (counts) countsAt(counts, blockIndex * COUNTED, doc);
    const analysis = blockAnalysis(block, matchers, decimalMark);
    // The block's segments as its facts hold them (relative to the block): each is placed by its PlacedSegment, so a
    // block moved by an edit is not copied segment by segment first.
    const facts = placedMarks(block);
    const blockStart = block.start;
    if (listIds.size > 0) listIds.clear();
    if (tableIds.size > 0) tableIds.clear();
    for (const table of facts.tables) {
      const t: AnalysedTable = { ...table, id: tableBase + table.id, cells: [] };
      tableIds.set(table.id, t);
      doc.tables.push(t);
      const previous = doc.segments[doc.segments.length - 1];
      if (previous && previous.kind !== 'cell') t.caption = previous.index;
    }
    // A loop, not forEach: a callback would be a new closure (and context) per block, ~0.2 MB a 1 MB keystroke for the
    // blocks after its edit (perf-key68).
    const blockSegments = block.record.facts.segments;
    for (let i = 0; i < blockSegments.length; i++) {
      const segment = blockSegments[i]!;
      const index = doc.segments.length;
      if (segment.kind === 'heading') while (sections.length && sections[sections.length - 1]!.depth >= (segment.depth ?? 1)) sections.pop();
      const heading = sections[sections.length - 1]?.index;
      let table: AnalysedTable | undefined;
      let list: AnalysedList | undefined;
      if (segment.cell) {
        table = tableIds.get(segment.cell.table)!;
        (table.cells[segment.cell.row] ??= [])[segment.cell.column] = index;
      }
      if (segment.listItem) {
        list = listIds.get(segment.listItem.list);
        if (!list) {
          list = { id: listBase + segment.listItem.list, items: [] };
          listIds.set(segment.listItem.list, list);
          doc.lists.push(list);
        }
        if (segment.listItem.first) list.items.push(index);
      }
      const before = previous?.segments[index];
      let analysed: PlacedSegment;
      if (before instanceof PlacedSegment && before.sits(analysis.segments[i]!, index, blockIndex, segment.start + blockStart, heading, table?.id, list?.id)) analysed = before;
      else {
        analysed = new PlacedSegment(segment, blockStart, index, blockIndex, analysis.segments[i]!, heading);
        // The same analysis is the same segment of the same block record (blockAnalysis keeps one per record): its cell
        // and list item, in the same table and list, are the previous version's objects (only read), not new copies.
        const same = before instanceof PlacedSegment && before.content === analysis.segments[i] ? before : undefined;
        if (same?.hints) analysed.hints = same.hints;
        if (segment.cell) analysed.cell = same?.cell?.table === table!.id ? same.cell : { ...segment.cell, table: table!.id };
        if (segment.listItem) analysed.listItem = same?.listItem?.list === list!.id ? same.listItem : { ...segment.listItem, list: list!.id };
      }
      doc.segments.push(analysed);
      if (placement) {
        // Read here, where `before` was just read for the take-over test (across-versions.ts read both versions' segments
        // again, cold, on every keystroke).
        if (analysed !== before) {
          if (placement.firstNew < 0) placement.firstNew = index;
          if (before !== undefined && !samePlace(analysed, before)) placement.misplaced.push(index);
        }
        if (placement.disorder < 0 && (analysed.end < analysed.start || (index > 0 && analysed.start < doc.segments[index - 1]!.end))) placement.disorder = index;
      }
      if (segment.kind === 'heading') sections.push({ depth: segment.depth ?? 1, index });
    }
    tableBase += facts.tables.length;
    listBase += listIds.size;
    doc.footnoteRefs.push(...facts.footnoteRefs);
    doc.footnoteDefs.push(...facts.footnoteDefs);
    doc.directives.push(...facts.directives);
    doc.math.push(...facts.math);
  }
  if (placement) {
    if (placement.firstNew < 0) placement.firstNew = doc.segments.length;
    if (placement.disorder < 0) placement.disorder = doc.segments.length;
    placement.ordered = placement.disorder === doc.segments.length;
    placements.set(doc, placement);
  }
  if (counts) {
    countsAt(counts, model.blocks.length * COUNTED, doc);
    blockIndexes.set(doc, { blocks: model.blocks, matchers, decimalMark, counts });
  }
  return doc;
}

/**
 * The block's tables, footnotes, directives and math at its document offset: kept with its chunk record for the
 * offset last asked, so a block that did not move (all those before an edit) is not shifted again. Only read.
 */
function placedMarks(block: ParsedBlock): Omit<BlockFacts, 'segments'> {
  const record = block.record as ParsedBlock['record'] & { placed?: { start: number; marks: Omit<BlockFacts, 'segments'> } };
  const placed = record.placed;
  if (placed !== undefined && (placed.start === block.start || placed.start < 0)) return placed.marks;
  const facts = record.facts;
  // A block without marks (most of them) has the same empty lists at any offset: kept for every offset (start -1), so
  // a block moved by an edit is not given a new object on each keystroke.
  const none = facts.tables.length === 0 && facts.footnoteRefs.length === 0 && facts.footnoteDefs.length === 0 && facts.directives.length === 0 && facts.math.length === 0;
  record.placed = { start: none ? -1 : block.start, marks: shiftMarks(facts, block.start) };
  return record.placed.marks;
}

function blockAnalysis(block: ParsedBlock, matchers: Matchers, decimalMark: DecimalMark): BlockAnalysis {
  const record = block.record;
  const cached = record.analysis as BlockAnalysis | undefined;
  if (cached && cached.matchers === matchers && cached.decimalMark === decimalMark) return cached;
  const analysis: BlockAnalysis = {
    matchers,
    decimalMark,
    segments: record.facts.segments.map(
      (s) => new SegmentAnalysis({ ...s, start: 0, end: s.end - s.start, sups: s.sups.map((u) => ({ ...u, start: u.start - s.start, end: u.end - s.start, contentStart: u.contentStart - s.start, contentEnd: u.contentEnd - s.start })) }, matchers, decimalMark),
    ),
  };
  record.analysis = analysis;
  return analysis;
}
