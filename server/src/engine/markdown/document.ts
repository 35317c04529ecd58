// The parsed document as top-level blocks, built from content-addressed chunks: an edit re-parses only the chunks it
// changed, and chunks that hold nothing a rule reads (no digit, no ordinal word, no markup that matters) are not parsed.
import { blockFacts, simpleParagraphFacts, withoutSimpleMarkup, type BlockFacts } from './facts.js';
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
  /** Chunk text → its blocks, for the next build. */
  chunks: ReadonlyMap<string, ChunkBlock[]>;
  /** How many blocks this build parsed (every needed one, or only those of edited chunks). */
  parsedBlocks: number;
}

export interface DocumentOptions {
  /** Parse every chunk, even those no rule reads (for equivalence tests and benchmarks). */
  parseAll?: boolean;
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
 * What a rule can read: digits, spelled ordinals, footnotes, citations, math, directives, tables, headings.
 * A chunk without any of these stands for itself as a plain paragraph of prose (its words still give context).
 */
const NEEDED =
  /[0-9]|\[\^|<sup|<!--|\$|\||^ {0,3}#|^ {0,3}(?:=+|-+)[ \t]*$|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth)\b/im;

export function buildDocument(text: string, previous?: DocumentModel, options: DocumentOptions = {}): DocumentModel {
  if (previous && previous.text === text) return { ...previous, parsedBlocks: 0 };
  if (REFERENCE_DEFINITION.test(text)) return whole(text);
  const chunks = splitChunks(text);
  const cache = new Map<string, ChunkBlock[]>();
  const known = previous?.chunks;
  const results: Array<ChunkBlock[] | undefined> = chunks.map((c) => {
    const key = text.slice(c.start, c.end);
    return cache.get(key) ?? known?.get(key);
  });
  let parsedBlocks = 0;
  // Each chunk is read directly (its facts known without parsing) or must be parsed; decided once per chunk.
  const direct = chunks.map((c, i) => (results[i] || options.parseAll ? undefined : readDirectly(text, c)));
  const mustParse = (i: number) => direct[i] === undefined;
  // Parse runs of consecutive changed chunks in one go, then hand each block to the chunk it starts in.
  for (let i = 0; i < chunks.length; i++) {
    if (results[i]) continue;
    if (!mustParse(i)) {
      results[i] = direct[i];
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
      results[k]!.push({ start: block.start - chunkStart, end: block.end - chunkStart, facts: blockFacts(block.node, window, windowStart, block.start) });
    }
    i = j;
  }
  const blocks: ParsedBlock[] = [];
  chunks.forEach((chunk, i) => {
    const records = results[i]!;
    cache.set(text.slice(chunk.start, chunk.end), records);
    for (const record of records) blocks.push({ start: chunk.start + record.start, end: chunk.start + record.end, record });
  });
  return { text, blocks, chunks: cache, parsedBlocks };
}

/** The blocks of a chunk whose parse is known without parsing, or undefined when it must be parsed. */
function readDirectly(text: string, chunk: { start: number; end: number }): ChunkBlock[] | undefined {
  const source = text.slice(chunk.start, chunk.end);
  if (isPlainParagraph(source)) return [plainParagraph(source)];
  if (isPlainHeading(source)) return [plainHeading(source)];
  if (isPlainFootnoteDefinition(source)) return [plainFootnoteDefinition(source)];
  if (isPlainList(source)) return [plainList(source)];
  if (!NEEDED.test(source)) return prosePlaceholder(text, chunk);
  return undefined;
}

function whole(text: string): DocumentModel {
  const blocks = topLevelBlocks(parseMarkdown(text), text, 0).map((b) => ({
    start: b.start,
    end: b.end,
    record: { start: b.start, end: b.end, facts: blockFacts(b.node, text, 0, b.start) },
  }));
  return { text, blocks, chunks: new Map(), parsedBlocks: blocks.length };
}

// What may not open a plain paragraph: block markers, indentation, links or definitions. Emphasis ("**Table 1.**"),
// signs ("+25%") and decimals ("1.5 million") may.
const PLAIN_START = /^(?:[#>|<`\s[]|[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$))/;
const BLOCK_LINE = /^ {0,3}(?:#|>|[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|(?:=+|-+|\*+|_+)[ \t]*$|```|~~~|<|\[)/m;
const INLINE_MARKUP = /[`[\]<$\\|]|www\.|:\/\/|@|\n[ \t]*\n/;

/**
 * A chunk that can only be one paragraph whose inline markup is at most simple superscripts and footnote calls
 * (no code, links, other HTML, math, autolinks or escapes): its parse is known without parsing.
 */
export function isPlainParagraph(chunk: string): boolean {
  return isPlainText(paragraphContent(chunk));
}

function isPlainText(content: string): boolean {
  return content !== '' && !PLAIN_START.test(content) && !BLOCK_LINE.test(content) && !INLINE_MARKUP.test(withoutSimpleMarkup(content));
}

const ATX_HEADING = /^(#{1,6})[ \t]+\S/;

/** "## Bibliometric Snapshot (2015–2024)" on a line of its own with plain text: known without parsing. */
export function isPlainHeading(chunk: string): boolean {
  const content = paragraphContent(chunk);
  return ATX_HEADING.test(content) && !content.includes('\n') && !INLINE_MARKUP.test(withoutSimpleMarkup(content));
}

function plainHeading(chunk: string): ChunkBlock {
  const content = paragraphContent(chunk);
  const facts = simpleParagraphFacts(content);
  const depth = ATX_HEADING.exec(content)![1]!.length;
  return { start: 0, end: content.length, facts: { ...facts, segments: facts.segments.map((seg) => ({ ...seg, kind: 'heading', depth })) } };
}

const BULLET_ITEM = /^([-*+]) (\S(?:.*\S)?)$/;
const ORDERED_ITEM = /^(\d{1,9})([.)]) (\S(?:.*\S)?)$/;

/** A tight list of one-line items with one marker kind, each item plain text: known without parsing. */
export function isPlainList(chunk: string): boolean {
  const lines = paragraphContent(chunk).split('\n');
  const first = BULLET_ITEM.exec(lines[0]!) ?? ORDERED_ITEM.exec(lines[0]!);
  if (!first || lines.length === 0) return false;
  const ordered = first.length === 4;
  const kind = ordered ? first[2] : first[1];
  return lines.every((line) => {
    const m = ordered ? ORDERED_ITEM.exec(line) : BULLET_ITEM.exec(line);
    return m !== null && (ordered ? m[2] : m[1]) === kind && isPlainText(m[ordered ? 3 : 2]!);
  });
}

function plainList(chunk: string): ChunkBlock {
  const content = paragraphContent(chunk);
  const facts: BlockFacts = { segments: [], tables: [], footnoteRefs: [], footnoteDefs: [], directives: [], math: [] };
  let lineStart = 0;
  content.split('\n').forEach((line, item) => {
    const ordered = ORDERED_ITEM.exec(line);
    const body = ordered ? ordered[3]! : BULLET_ITEM.exec(line)![2]!;
    const at = lineStart + line.length - body.length;
    const itemFacts = simpleParagraphFacts(body);
    const shift = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: x.start + at, end: x.end + at });
    for (const seg of itemFacts.segments) {
      facts.segments.push({
        ...shift(seg),
        sups: seg.sups.map((u) => ({ ...shift(u), contentStart: u.contentStart + at, contentEnd: u.contentEnd + at })),
        listItem: { list: 0, item, ordered: ordered !== null, ...(ordered ? { marker: Number(ordered[1]) } : {}), first: true },
      });
    }
    facts.footnoteRefs.push(...itemFacts.footnoteRefs.map(shift));
    lineStart += line.length + 1;
  });
  return { start: 0, end: content.length, facts };
}

const FOOTNOTE_DEFINITION = /^\[\^([^\]\s]+)\]:[ \t]*/;

/** "[^tama]: The TAMA cluster spans …" whose note is one plain paragraph: known without parsing too. */
export function isPlainFootnoteDefinition(chunk: string): boolean {
  const m = FOOTNOTE_DEFINITION.exec(chunk);
  return m !== null && isPlainText(paragraphContent(chunk).slice(m[0].length));
}

function plainFootnoteDefinition(chunk: string): ChunkBlock {
  const m = FOOTNOTE_DEFINITION.exec(chunk)!;
  const content = paragraphContent(chunk);
  const bodyStart = m[0].length;
  const body = simpleParagraphFacts(content.slice(bodyStart));
  const shift = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: x.start + bodyStart, end: x.end + bodyStart });
  const label = m[1]!;
  return {
    start: 0,
    end: content.length,
    facts: {
      ...body,
      segments: body.segments.map((seg) => ({
        ...shift(seg),
        footnote: label,
        sups: seg.sups.map((u) => ({ ...shift(u), contentStart: u.contentStart + bodyStart, contentEnd: u.contentEnd + bodyStart })),
      })),
      footnoteRefs: body.footnoteRefs.map(shift),
      footnoteDefs: [{ label, start: 0, end: content.length, labelSpan: { start: 0, end: label.length + 3 } }],
    },
  };
}

/** A paragraph ends with its last non-blank line, trailing spaces included, line ending excluded (as micromark has it). */
function paragraphContent(chunk: string): string {
  const last = chunk.search(/\S\s*$/);
  if (last === -1) return '';
  const newline = chunk.indexOf('\n', last);
  const end = newline === -1 ? chunk.length : chunk[newline - 1] === '\r' ? newline - 1 : newline;
  return chunk.slice(0, end);
}

function plainParagraph(chunk: string): ChunkBlock {
  const content = paragraphContent(chunk);
  return { start: 0, end: content.length, facts: simpleParagraphFacts(content) };
}

/** A chunk no rule reads: one paragraph of its text, so its words still give context. */
function prosePlaceholder(text: string, chunk: { start: number; end: number }): ChunkBlock[] {
  const content = paragraphContent(text.slice(chunk.start, chunk.end));
  if (content === '') return [];
  return [{
    start: 0,
    end: content.length,
    facts: { segments: [{ kind: 'paragraph', start: 0, end: content.length, text: content, sups: [] }], tables: [], footnoteRefs: [], footnoteDefs: [], directives: [], math: [] },
  }];
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HTML_OPENERS: Array<[RegExp, RegExp]> = [
  [/^ {0,3}<(?:pre|script|style|textarea)(?:[\s>]|$)/i, /<\/(?:pre|script|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];
const LIST_MARKER = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
const ATX_HEADING_LINE = /^#{1,6}(?:[ \t]|$)/;

/**
 * Splits the text where a new top-level block must begin whatever came before: after a blank line, at a line
 * that starts in the first column and is not a list item, and never inside a fence or a multi-line HTML block.
 * Parsing the chunks one by one then gives the blocks a parse of the whole text gives.
 */
export function splitChunks(text: string): Array<{ start: number; end: number }> {
  const chunks: Array<{ start: number; end: number }> = [];
  let chunkStart = 0;
  let fence: { char: string; length: number } | undefined;
  let htmlEnd: RegExp | undefined;
  let previousBlank = false;
  let lastContent = '';
  let offset = 0;
  while (offset < text.length) {
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
      const blank = line.trim() === '';
      // A list item continues a list before it, except after a heading, which always ends its block.
      const startsBlock = !LIST_MARKER.test(line) || ATX_HEADING_LINE.test(lastContent);
      if (!blank && previousBlank && offset > chunkStart && /^\S/.test(line) && startsBlock) {
        chunks.push({ start: chunkStart, end: offset });
        chunkStart = offset;
      }
      if (!blank) lastContent = line;
      const open = FENCE.exec(line);
      if (open) fence = { char: open[1]![0]!, length: open[1]!.length };
      else {
        const html = HTML_OPENERS.find(([opener]) => opener.test(line));
        if (html && !html[1].test(line.replace(html[0], ''))) htmlEnd = html[1];
      }
      previousBlank = blank;
    }
    offset = next;
  }
  if (chunkStart < text.length || chunks.length === 0) chunks.push({ start: chunkStart, end: text.length });
  return chunks;
}
