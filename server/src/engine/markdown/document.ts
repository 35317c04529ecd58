// The parsed document as top-level blocks, built from content-addressed chunks: an edit re-parses only the chunks it
// changed, and chunks whose parse is known (direct-read.ts) are not parsed at all.
import { readDirectly } from './direct-read.js';
export { isCommentBlock, isPlainFootnoteDefinition, isPlainHeading, isPlainList, isPlainParagraph, isPlainTable } from './direct-read.js';
import { DEFAULT_MAX_NESTING_DEPTH, exceedsDepth, type UncheckedBlock } from './depth.js';
import { detachString, detachStringsInPlace } from './detach.js';
import { blockFacts, type BlockFacts } from './facts.js';
import { parseMarkdown, topLevelBlocks } from './parse.js';

/** A block of a chunk, with chunk-relative offsets; shared by every version of the document that has the chunk. */
export interface ChunkBlock {
  start: number;
  end: number;
  /** Facts with offsets relative to the block's start. */
  facts: BlockFacts;
  /** Per-dataset analysis cache, filled by the claim extractor and reused while the chunk is unchanged. */
  analysis?: unknown;
}

export interface ParsedBlock {
  /** Document offsets of the block. */
  start: number;
  end: number;
  /** The chunk-relative record (facts and analysis cache). */
  record: ChunkBlock;
}

export interface DocumentModel {
  text: string;
  blocks: ParsedBlock[];
  /** How many blocks this build parsed (every needed one, or only those of edited chunks). */
  parsedBlocks: number;
  /** Blocks nested deeper than the limit: neither parsed nor checked. */
  unchecked: UncheckedBlock[];
  /** The chunks in order, with what the next build carries over for those outside the edit (absent after a whole parse). */
  scanned?: ScannedChunks;
}

/** The line scanner's state at a line start: all that decides, with the line, where the next chunk begins. */
interface ScanState {
  fence: { char: string; length: number } | undefined;
  htmlEnd: RegExp | undefined;
  previousBlank: boolean;
  inList: boolean;
  afterComment: boolean;
  afterIndented: boolean;
  inTagBlock: boolean;
  /**
   * Inside an HTML block of kind 6 or 7 (a block tag such as `</div>`, or a lone complete tag after a blank line),
   * which only a blank line ends: a fence or HTML opener in it is HTML content.
   */
  htmlBlock: boolean;
  /**
   * A list item or quote opened a fence ("- ~~~", "> ```"): where that fence (and its block) ends depends on the lines
   * after it, so the next line that would start a chunk does not.
   */
  containerFence: boolean;
  /** The container of that fence or HTML block is a quote ("> ```", "> - <div>"), else a list item. */
  containerQuote: boolean;
  /** That block is an HTML block of kind 6 or 7 ("- <div>"), which a blank line ends (the item's content goes on). */
  containerHtmlBlock: boolean;
  /** The content column of the last list item opened in the first columns (0 outside a list). */
  itemIndent: number;
}

/** A chunk as split: its span and the scanner's state before its first line. */
interface Chunk {
  start: number;
  end: number;
  state: ScanState;
}

/** A chunk of a built model: its text (the map key), blocks and depth verdict, kept for the next build. */
interface CarriedChunk extends Chunk {
  key: string;
  records: ChunkBlock[];
  deep: boolean;
}

interface ScannedChunks {
  chunks: readonly CarriedChunk[];
  /** What the depth verdicts and the records were built under. */
  limit: number;
  parseAll: boolean;
}

export interface DocumentOptions {
  /** Parse every chunk, even those no rule reads (for equivalence tests and benchmarks). */
  parseAll?: boolean;
  /** Blocks with a line nested deeper than this (quotes and lists) are left unchecked (default 100). */
  maxNestingDepth?: number;
  /**
   * No later build is handed this model (CheckOptions.once): its chunk keys and block facts may stay views into the
   * text, as nothing keeps them beyond this version (the copies are for records shared across versions).
   */
  once?: boolean;
}

export interface Cancellation {
  readonly isCancellationRequested: boolean;
}

export class CheckCancelledError extends Error {
  constructor() {
    super('check cancelled');
    this.name = 'CheckCancelledError';
  }
}

export function throwIfCancelled(token: Cancellation | undefined): void {
  if (token?.isCancellationRequested) throw new CheckCancelledError();
}

/** Link reference definitions resolve across the whole document, so a document with any is parsed whole. */
const REFERENCE_DEFINITION = /\[(?!\^)[^\]\n]+\]:/;

/**
 * Whether the text holds a link reference definition. A previous version built in chunks held none (it would have
 * been parsed whole), and a match lies within one line: only the lines the edit touched are read, not the whole text
 * on every keystroke.
 */
function holdsReferenceDefinition(text: string, previous: DocumentModel | undefined): boolean {
  if (!previous?.scanned) return REFERENCE_DEFINITION.test(text);
  const { prefix, newEnd } = editBetween(previous.text, text);
  // A match that ends before the changed text, or starts after it, was in the previous version too.
  const from = text.lastIndexOf('\n', prefix - 1) + 1;
  const lineEnd = text.indexOf('\n', newEnd);
  return REFERENCE_DEFINITION.test(text.slice(from, lineEnd < 0 ? text.length : lineEnd));
}

export function buildDocument(text: string, previous?: DocumentModel, options: DocumentOptions = {}): DocumentModel {
  if (previous && previous.text === text) return { ...previous, parsedBlocks: 0 };
  const limit = options.maxNestingDepth ?? DEFAULT_MAX_NESTING_DEPTH;
  const parseAll = options.parseAll ?? false;
  // The chunks outside the edit, with their text, blocks and depth verdict, are taken over from the previous build.
  const carried = previous?.scanned && previous.scanned.limit === limit && previous.scanned.parseAll === parseAll ? previous.scanned.chunks : undefined;
  // `head`: how many leading chunks are the previous build's own objects, unchanged (the chunks before the edit).
  const { chunks, head } = carried ? rescanChunks(previous!.text, carried, text) : { chunks: scanChunks(text, 0, initialState(), undefined) as Array<Chunk & Partial<CarriedChunk>>, head: 0 };
  const deep = chunks.map((c) => c.deep ?? exceedsDepth(text, c.start, c.end, limit));
  const unchecked = chunks.filter((_, i) => deep[i]).map((c) => ({ start: c.start, end: c.end, limit }));
  if (holdsReferenceDefinition(text, previous)) return whole(text, unchecked);
  const known = previous?.scanned ? knownRecords(previous.scanned.chunks, chunks) : undefined;
  // The key is a copy: a slice would keep this version's whole text alive for as long as the chunk is reused.
  const detach = options.once ? <T>(value: T): T => value : detachStringsInPlace;
  const keys = chunks.map((c) => c.key ?? (options.once ? text.slice(c.start, c.end) : detachString(text.slice(c.start, c.end))));
  // A chunk nested too deep is never parsed: it has no blocks.
  const results: Array<ChunkBlock[] | undefined> = chunks.map((c, i) => (deep[i] ? [] : (c.records ?? known?.(keys[i]!))));
  let parsedBlocks = 0;
  // Each chunk is read directly (its facts known without parsing) or must be parsed; decided once per chunk.
  const direct = chunks.map((c, i) => (results[i] || parseAll ? undefined : readDirectly(text, c)));
  const mustParse = (i: number) => direct[i] === undefined;
  // Parse runs of consecutive changed chunks in one go, then hand each block to the chunk it starts in.
  for (let i = 0; i < chunks.length; i++) {
    if (results[i]) continue;
    if (!mustParse(i)) {
      results[i] = detach(direct[i]);
      continue;
    }
    let j = i;
    while (j + 1 < chunks.length && !results[j + 1] && mustParse(j + 1)) j++;
    const windowStart = chunks[i]!.start;
    const window = text.slice(windowStart, chunks[j]!.end);
    const blocks = topLevelBlocks(parseMarkdown(window), window, windowStart);
    parsedBlocks += blocks.length;
    for (let k = i; k <= j; k++) results[k] = [];
    let k = i;
    for (const block of blocks) {
      while (k < j && block.start >= chunks[k + 1]!.start) k++;
      const chunkStart = chunks[k]!.start;
      results[k]!.push({ start: block.start - chunkStart, end: block.end - chunkStart, facts: detach(blockFacts(block.node, window, windowStart, block.start)) });
    }
    i = j;
  }
  // The chunks before the edit, and their blocks, are the previous build's objects as they stand (one slice of each
  // list, not an object per chunk and block: analysis.ts then takes over those blocks' segments in one slice too); a
  // chunk carried from after the edit is already a copy at its new offset, kept as it is.
  const blocks: ParsedBlock[] = head > 0 ? previous!.blocks.slice(0, firstBlockFrom(previous!.blocks, chunks[head]?.start ?? text.length)) : [];
  const kept: CarriedChunk[] = head > 0 ? (chunks.slice(0, head) as CarriedChunk[]) : [];
  for (let i = head; i < chunks.length; i++) {
    const chunk = chunks[i]!;
    const records = results[i]!;
    kept.push(chunk.key !== undefined && chunk.records === records && chunk.deep === deep[i] ? (chunk as CarriedChunk) : { start: chunk.start, end: chunk.end, state: chunk.state, key: keys[i]!, records, deep: deep[i]! });
    for (const record of records) blocks.push({ start: chunk.start + record.start, end: chunk.start + record.end, record });
  }
  return { text, blocks, parsedBlocks, unchecked, scanned: { chunks: kept, limit, parseAll } };
}

/** The index of the first of `blocks` (in document order) that starts at or after `offset`. */
function firstBlockFrom(blocks: readonly ParsedBlock[], offset: number): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (blocks[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The previous build's blocks of a chunk by its text (a chunk the edit re-split may have the text of one it had), for
 * the chunks not carried over: looked up by a scan of the previous chunks while few are asked (a keystroke asks for
 * one or two), through a map of them all beyond that (a paste), not a map built on every build. The last chunk of a
 * text wins, as the map every build made did.
 */
function knownRecords(previous: readonly CarriedChunk[], chunks: ReadonlyArray<Partial<CarriedChunk>>): (key: string) => ChunkBlock[] | undefined {
  let asked = 0;
  for (const c of chunks) if (c.records === undefined) asked++;
  if (asked > 8) {
    const map = new Map<string, ChunkBlock[]>();
    for (const c of previous) map.set(c.key, c.records);
    return (key) => map.get(key);
  }
  return (key) => {
    for (let i = previous.length - 1; i >= 0; i--) if (previous[i]!.key.length === key.length && previous[i]!.key === key) return previous[i]!.records;
    return undefined;
  };
}

/** Parses the text in one piece, its too-deep chunks blanked (every character but line breaks made a space). */
function whole(text: string, unchecked: UncheckedBlock[]): DocumentModel {
  const parts: string[] = [];
  let at = 0;
  for (const u of unchecked) {
    parts.push(text.slice(at, u.start), text.slice(u.start, u.end).replace(/[^\n]/g, ' '));
    at = u.end;
  }
  const readable = parts.join('') + text.slice(at);
  const blocks = topLevelBlocks(parseMarkdown(readable), readable, 0).map((b) => ({
    start: b.start,
    end: b.end,
    record: { start: b.start, end: b.end, facts: blockFacts(b.node, text, 0, b.start) },
  }));
  return { text, blocks, parsedBlocks: blocks.length, unchecked };
}

/** A fence line; a backtick fence's info string holds no backtick ("```|```" is a paragraph, as in CommonMark). */
const FENCE = /^ {0,3}(`{3,}(?=[^`]*$)|~{3,})/;
const HTML_OPENERS: Array<[RegExp, RegExp]> = [
  [/^ {0,3}<(?:pre|script|style|textarea)(?:[\s>]|$)/i, /<\/(?:pre|script|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];
/** A list item's marker, indented by up to three spaces (" 1. x" opens a list as "1. x" does). */
const LIST_MARKER = /^ {0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
const ATX_HEADING_LINE = /^#{1,6}(?:[ \t]|$)/;
/** A thematic break in the first column ("---", "***", "___"): it ends a list, as a heading does. */
const THEMATIC_BREAK = /^(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
/** A line that may open an HTML block of kind 6 or 7 (ended by a blank line, comments and all). */
const TAG_LINE = /^ {0,3}<[A-Za-z/]/;
const ONE_LINE_COMMENT = /^<!--(?:(?!-->).)*-->[ \t]*$/;
/** An HTML block of kind 6: a block-level tag name, opening or closing; it may interrupt a paragraph. */
const HTML_BLOCK_TAG =
  /^ {0,3}<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[ \t/>]|$)/i;
/** An HTML block of kind 7: one complete open or closing tag alone on its line (not after paragraph text). */
const LONE_TAG = /^ {0,3}(?:<[A-Za-z][A-Za-z0-9-]*(?:[ \t]+[A-Za-z_:][\w.:-]*(?:[ \t]*=[ \t]*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*[ \t]*\/?>|<\/[A-Za-z][A-Za-z0-9-]*[ \t]*>)[ \t]*$/;
/**
 * A fence opened inside a list item or a quote: "- ~~~", "1. ```", "> ```", "> - ~~~". Each repetition starts at a
 * marker or ">" and takes the blanks after it: no two ways to match a line (a 40-deep quote is read in linear time).
 */
const CONTAINER_FENCE = /^[ \t]*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+|>[ \t]*)+(?:`{3,}|~{3,})/;
/** A fence line indented: inside a list item when indented to the item's content. */
const INDENTED_FENCE = /^([ \t]+)(?:`{3,}|~{3,})/;
/** The markers and quote marks before a container's content. */
const CONTAINER_PREFIX = /^[ \t]*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+|>[ \t]*)+/;
/**
 * Whether a container's content line opens an HTML block: 'closing' for kinds 1–5 (<pre>, a comment, …: they end at
 * their own closing mark), 'blank' for kinds 6–7 (a block tag, a lone complete tag: a blank line ends them), else
 * undefined. Kind 7 cannot interrupt a paragraph: it counts only where `mayOpenKind7` (an item's first line, a line
 * after a blank one); elsewhere a lone tag is paragraph text, which lazy lines continue.
 */
function containerHtml(content: string, mayOpenKind7: boolean): 'closing' | 'blank' | undefined {
  if (HTML_OPENERS.some(([opener]) => opener.test(content))) return 'closing';
  return HTML_BLOCK_TAG.test(content) || (mayOpenKind7 && LONE_TAG.test(content)) ? 'blank' : undefined;
}
/** A tag or comment line indented: inside a list item when indented to the item's content. */
const INDENTED_HTML = /^([ \t]+)</;
const ITEM_MARKER = /^([ \t]*)([-+*]|\d{1,9}[.)])([ \t]*)(.?)/;

/** A first-column line that would interrupt a paragraph, so no lazy continuation of a list item: it ends the list. */
function interruptsParagraph(line: string): boolean {
  return ATX_HEADING_LINE.test(line) || THEMATIC_BREAK.test(line) || FENCE.test(line) || line.startsWith('>') || HTML_BLOCK_TAG.test(line) || HTML_OPENERS.some(([opener]) => opener.test(line));
}

/** The column of a line's first non-blank character. */
function leadingColumns(line: string): number {
  return columns(/^[ \t]*/.exec(line)![0]);
}

/** The width of leading whitespace, tabs to the next multiple of four. */
function columns(prefix: string, from = 0): number {
  let column = from;
  for (const c of prefix) column = c === '\t' ? column + 4 - (column % 4) : column + 1;
  return column;
}

/** The content column of a list item's first line: after the marker and 1–4 spaces (one, if more or none follow). */
function contentColumn(line: string): number {
  const m = ITEM_MARKER.exec(line)!;
  const markerEnd = columns(m[1]!) + m[2]!.length;
  const after = columns(m[3]!, markerEnd) - markerEnd;
  return m[4] === '' || after > 4 ? markerEnd + 1 : markerEnd + after;
}

function initialState(): ScanState {
  return { fence: undefined, htmlEnd: undefined, previousBlank: false, inList: false, afterComment: false, afterIndented: false, inTagBlock: false, htmlBlock: false, containerFence: false, containerQuote: false, containerHtmlBlock: false, itemIndent: 0 };
}

function sameState(a: ScanState, b: ScanState): boolean {
  return (
    a.fence?.char === b.fence?.char &&
    a.fence?.length === b.fence?.length &&
    a.htmlEnd === b.htmlEnd &&
    a.previousBlank === b.previousBlank &&
    a.inList === b.inList &&
    a.afterComment === b.afterComment &&
    a.afterIndented === b.afterIndented &&
    a.inTagBlock === b.inTagBlock &&
    a.htmlBlock === b.htmlBlock &&
    a.containerFence === b.containerFence &&
    a.containerQuote === b.containerQuote &&
    a.containerHtmlBlock === b.containerHtmlBlock &&
    a.itemIndent === b.itemIndent
  );
}

/**
 * Splits the text where a new top-level block must begin whatever came before: after a blank line, at a line
 * that starts in the first column and is not a list item, and never inside a fence or a multi-line HTML block.
 * Parsing the chunks one by one then gives the blocks a parse of the whole text gives.
 */
export function splitChunks(text: string): Array<{ start: number; end: number }> {
  return scanChunks(text, 0, initialState(), undefined).map(({ start, end }) => ({ start, end }));
}

/**
 * The chunks of `text` from `from`, a chunk start where the scanner is in `state`. `join.at(offset, state)`, asked at
 * each later line start from `join.from` on, may give the chunks from that line on (the scan stops there: a chunk
 * of the old text begins there, in the same state, so the old chunks from there are the ones a scan would find).
 */
function scanChunks(text: string, from: number, state: ScanState, join: { from: number; at: (offset: number, state: () => ScanState) => Chunk[] | undefined } | undefined): Chunk[] {
  const chunks: Chunk[] = [];
  let chunkStart = from;
  let chunkState = state;
  let { fence, htmlEnd, previousBlank, inList, afterComment, afterIndented, inTagBlock, htmlBlock, containerFence, containerQuote, containerHtmlBlock, itemIndent } = state;
  const now = (): ScanState => ({ fence, htmlEnd, previousBlank, inList, afterComment, afterIndented, inTagBlock, htmlBlock, containerFence, containerQuote, containerHtmlBlock, itemIndent });
  /** Whether the line before was an ATX heading (a lone tag after it opens an HTML block, as after a blank line). */
  let afterHeading = false;
  let offset = from;
  while (offset < text.length) {
    if (join && offset > chunkStart && offset >= join.from) {
      const rest = join.at(offset, now);
      if (rest) {
        chunks.push({ start: chunkStart, end: offset, state: chunkState }, ...rest);
        return chunks;
      }
    }
    const newline = text.indexOf('\n', offset);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(offset, lineEnd);
    const next = newline === -1 ? text.length : newline + 1;
    if (fence) {
      const close = FENCE.exec(line);
      if (close && close[1]![0] === fence.char && close[1]!.length >= fence.length && line.trim() === close[1]) fence = undefined;
    } else if (htmlEnd) {
      if (htmlEnd.test(line)) htmlEnd = undefined;
    } else {
      const before = inTagBlock;
      const blank = line.trim() === '';
      // A list item after a blank line continues the list it follows; after anything else it starts a new list.
      // After indented code nothing starts a chunk: micromark then reads a list item that could not interrupt a
      // paragraph ("12. x", "- ", also inside a quote) as a paragraph, so the parse depends on what came before.
      const startsBlock = (!LIST_MARKER.test(line) || !inList) && !afterIndented;
      // A one-line HTML comment in the first column is a block of its own, blank lines or not (it interrupts a
      // paragraph, and ends on its line).
      const comment = ONE_LINE_COMMENT.test(line);
      if (blank) inTagBlock = false;
      else if (!comment && TAG_LINE.test(line)) inTagBlock = true;
      // In an HTML block of kind 6 or 7 every line up to a blank one is HTML: no fence or other block opens in it.
      const inHtml = htmlBlock && !blank;
      if (offset > chunkStart && !blank && !containerFence && (((comment || afterComment) && !inTagBlock) || (previousBlank && /^\S/.test(line) && startsBlock))) {
        chunks.push({ start: chunkStart, end: offset, state: chunkState });
        chunkStart = offset;
        chunkState = { ...now(), inTagBlock: before };
      }
      // A line inside the container of an open container fence is the fence's content (or its closing line).
      const held = containerFence && !blank && (containerQuote ? /^ {0,3}>/.test(line) : inList && leadingColumns(line) >= itemIndent);
      // The line that ends the container is in the chunk (no split above): the fence's block ends there. A fence's
      // content is never a lazy continuation, so that line also ends the list the fence stood in.
      if (containerFence && !blank && !held) {
        containerFence = false;
        if (!LIST_MARKER.test(line)) inList = false;
      }
      // A tag or comment indented to a list item's content is the item's (an HTML block there ends with the item):
      // like a fence in the item, it holds the chunk open until a line leaves the item.
      const indentedHtml = inList && !inHtml && !held ? INDENTED_HTML.exec(line) : null;
      const itemHtml = indentedHtml !== null && columns(indentedHtml[1]!) >= itemIndent ? containerHtml(line.slice(indentedHtml[0].length - 1), previousBlank) : undefined;
      const htmlInItem = itemHtml !== undefined;
      if (htmlInItem) {
        containerFence = true;
        containerQuote = false;
        containerHtmlBlock = itemHtml === 'blank';
      }
      const content = inHtml || held || htmlInItem;
      if (blank) {
        htmlBlock = false;
        if (containerHtmlBlock) containerFence = containerHtmlBlock = false;
      }
      // Kinds 1–5 (<pre>, comments, …) come first: they end at their own closing mark, not at a blank line.
      else if (!content && (HTML_BLOCK_TAG.test(line) || (LONE_TAG.test(line) && (previousBlank || afterHeading || offset === 0))) && !HTML_OPENERS.some(([opener]) => opener.test(line))) htmlBlock = true;
      const openedHtml = !content && !htmlBlock && !CONTAINER_FENCE.test(line) && CONTAINER_PREFIX.test(line) ? containerHtml(line.replace(CONTAINER_PREFIX, ''), true) : undefined;
      if (!content && !htmlBlock && (CONTAINER_FENCE.test(line) || openedHtml !== undefined)) {
        containerFence = true;
        containerQuote = /^[ \t]*>/.test(line);
        containerHtmlBlock = openedHtml === 'blank';
      }
      if (!blank) {
        afterComment = comment;
        afterIndented = /^(?: {4}| {0,3}\t)/.test(line);
        // In the first column, a list marker opens or continues a list, a heading or a line after a blank ends it;
        // other lines (lazy continuations, indented content) leave it as it was. A marker inside an open container
        // fence or HTML block is its content, and the container's item stays the one whose end is awaited.
        if (held || inHtml) {
          // content of the container, or of an HTML block ("</div>" then "- <sup>3</sup> x": HTML up to the blank
          // line): no list item
        } else if (LIST_MARKER.test(line)) {
          inList = true;
          itemIndent = contentColumn(line);
        } else if (/^\S/.test(line) && (previousBlank || interruptsParagraph(line))) inList = false;
      }
      // A fence line indented to a list item's content opens a fence inside the item: it ends with the item.
      const indented = inList && !content ? INDENTED_FENCE.exec(line) : null;
      const inItem = indented !== null && columns(indented[1]!) >= itemIndent;
      if (inItem) {
        containerFence = true;
        containerQuote = false;
        containerHtmlBlock = false;
      }
      const open = content || inItem ? null : FENCE.exec(line);
      if (open) fence = { char: open[1]![0]!, length: open[1]!.length };
      else if (!content) {
        const html = HTML_OPENERS.find(([opener]) => opener.test(line));
        if (html && !html[1].test(line.replace(html[0], ''))) htmlEnd = html[1];
      }
      previousBlank = blank;
      // A heading, a thematic break or a setext underline ends any paragraph: a lone tag after it opens an HTML block.
      if (!blank) afterHeading = !content && (ATX_HEADING_LINE.test(line) || THEMATIC_BREAK.test(line.replace(/^ {0,3}/, '').trimEnd()));
    }
    offset = next;
  }
  if (chunkStart < text.length || (chunks.length === 0 && from === 0)) chunks.push({ start: chunkStart, end: text.length, state: chunkState });
  return chunks;
}

/**
 * The chunks of `text`, an edit of `old` split into `carried`: those before the edit are kept, the text from the
 * last chunk wholly before it is scanned again, and once the scan reaches, after the edit, a chunk start of the old
 * text in the same state, the old chunks from there are kept too (shifted). Gives what splitChunks(text) gives.
 */
function rescanChunks(old: string, carried: readonly CarriedChunk[], text: string): { chunks: Array<Chunk & Partial<CarriedChunk>>; head: number } {
  const { prefix, newEnd: suffixStart } = editBetween(old, text);
  const delta = text.length - old.length;
  // The last chunk that ends before the edit: its first line and everything before it are unchanged.
  let restart = -1;
  for (let i = 0; i < carried.length && carried[i]!.end <= prefix; i++) restart = i;
  const head: Array<Chunk & Partial<CarriedChunk>> = restart < 0 ? [] : carried.slice(0, restart);
  const from = restart < 0 ? 0 : carried[restart]!.start;
  const state = restart < 0 ? initialState() : carried[restart]!.state;
  // The old chunk starts after the edit, in new offsets, are where the scan may join the old chunks.
  let next = 0;
  while (next < carried.length && (carried[next]!.start < prefix || carried[next]!.start + delta < suffixStart)) next++;
  const join = {
    from: suffixStart,
    at(offset: number, now: () => ScanState): Chunk[] | undefined {
      while (next < carried.length && carried[next]!.start + delta < offset) next++;
      const old = carried[next];
      // The first chunk starts with the text, not where the scan decided a new block must begin: never joined at.
      if (!old || old.start === 0 || old.start + delta !== offset || !sameState(old.state, now())) return undefined;
      // Written out in the field order buildDocument's kept chunks have, not spread: a chunk is kept as this copy and
      // copied again by the next rescan, and spread copies of spread copies gave the chunks of one build several shapes
      // (the model's loops deoptimised on them: perf-key51).
      const joined: CarriedChunk[] = [];
      for (let i = next; i < carried.length; i++) {
        const c = carried[i]!;
        joined.push({ start: c.start + delta, end: c.end + delta, state: c.state, key: c.key, records: c.records, deep: c.deep });
      }
      return joined;
    },
  };
  return { chunks: [...head, ...scanChunks(text, from, state, join)], head: head.length };
}

/**
 * Where `text` differs from `old`: [prefix, newEnd) of `text` replaced [prefix, oldEnd) of `old`, the text before and
 * after being the same. One computation for every reader of an edit (chunks, reference definitions, reuse scopes, lines).
 */
export function editBetween(old: string, text: string): { prefix: number; oldEnd: number; newEnd: number } {
  // A check asks this of the same two versions four times (the parse twice, the edit's scope, the line index), each a
  // compare of the whole text: the last answer is kept. Two strings that are the same object compare at once; others
  // of equal content (rare: a host's copy) are compared, as the scans below would.
  if (lastEdit && lastEdit.old === old && lastEdit.text === text) return lastEdit.edit;
  const prefix = commonPrefix(old, text);
  const suffix = commonSuffix(old, text, Math.min(old.length, text.length) - prefix);
  const edit = Object.freeze({ prefix, oldEnd: old.length - suffix, newEnd: text.length - suffix });
  lastEdit = { old, text, edit };
  return edit;
}

/** The last two versions editBetween compared, and what it found: the next check drops them. */
let lastEdit: { old: string; text: string; edit: { readonly prefix: number; readonly oldEnd: number; readonly newEnd: number } } | undefined;

/** The length of the common start of a and b. */
export function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (const step of [65536, 4096, 256]) while (i + step <= n && a.slice(i, i + step) === b.slice(i, i + step)) i += step;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** The length of the common end of a and b, at most `max`. */
export function commonSuffix(a: string, b: string, max: number): number {
  let i = 0;
  for (const step of [65536, 4096, 256]) while (i + step <= max && a.slice(a.length - i - step, a.length - i) === b.slice(b.length - i - step, b.length - i)) i += step;
  while (i < max && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}
