// Chunks whose parse is known without parsing (plain paragraphs, headings, lists, footnote definitions, comments,
// tables); each shortcut is held to the parser's own facts by test/src/selective-parse.test.ts.
import type { ChunkBlock } from './document.js';
import { commentFacts, simpleParagraphFacts, withoutSimpleMarkup, type BlockFacts, type Segment } from './facts.js';

/** A reader of one kind of chunk known without parsing: its block built as the parser's facts would be, or undefined. */
type Shortcut = (chunk: string) => ChunkBlock | undefined;
const when = (is: (chunk: string) => boolean, read: (chunk: string) => ChunkBlock): Shortcut => (chunk) => (is(chunk) ? read(chunk) : undefined);

/** Each kind of chunk known without parsing, in the order they are tried. A list's items are split once (readPlainList). */
const SHORTCUTS: readonly Shortcut[] = [
  when(isPlainParagraph, plainParagraph),
  when(isPlainHeading, plainHeading),
  when(isPlainFootnoteDefinition, plainFootnoteDefinition),
  readPlainList,
  when(isCommentBlock, commentBlock),
  when(isPlainTable, plainTable),
];

/** The blocks of a chunk whose parse is known without parsing, or undefined when it must be parsed. */
export function readDirectly(text: string, chunk: { start: number; end: number }): ChunkBlock[] | undefined {
  const source = text.slice(chunk.start, chunk.end);
  for (const read of SHORTCUTS) {
    const block = read(source);
    if (block) return [block];
  }
  return undefined;
}

// What may not open a plain paragraph: block markers, indentation, HTML, footnote definitions. Emphasis ("**Table
// 1.**"), signs ("+25%"), decimals ("1.5 million"), bracketed citations ("[1] OECD.") and a simple superscript
// ("<sup>1</sup> Morris-Suzuki", no HTML block: the tag is not alone on its line) may.
const PLAIN_START = /^(?:[#>|`\s]|<(?!sup>)|\[\^|[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$))/;
// Lines that open or close a block: headings, quotes, list items, setext underlines, table delimiter rows (":-"
// needs no pipes), thematic breaks ("* * *"), fences, HTML, footnote definitions.
const BLOCK_LINE = /^ {0,3}(?:#|>|[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|=+[ \t]*$|:?-+:?[ \t]*$|([-*_])(?:[ \t]*\1){2,}[ \t]*$|```|~~~|<(?!sup>)|\[\^)/m;
/**
 * Inline markup (once simple superscripts and footnote calls are taken out) that changes what a segment holds:
 * code, HTML, tables, autolinks, a blank line; links and images ("](", "!["), full references ("]["), footnote
 * calls the simple reader does not take. Brackets alone ("[7]") are text: a document with link reference
 * definitions is parsed whole, so no "[label]" here can be a reference. `$…$` math is read as the parser's facts
 * read it.
 */
const INLINE_MARKUP = /[`<]|\]\(|!\[|\]\[|\[\^|www\.|:\/\/|@|\n[ \t]*\n/;
/** A backslash that escapes markup ("\<sup>", "\[^1]", "\\") or breaks a line; "\text" and "\times" are text. */
const MARKUP_ESCAPE = /\\[\n\\`<[\]!|]/;

/**
 * `pipes`: whether "|" may appear. It may in a one-line list item, whose next line is never its table's delimiter
 * row; in a paragraph it may start a table.
 */
function hasInlineMarkup(content: string, pipes = false): boolean {
  return MARKUP_ESCAPE.test(content) || (!pipes && content.includes('|')) || INLINE_MARKUP.test(withoutSimpleMarkup(content));
}

/**
 * A chunk that can only be one paragraph whose inline markup is at most simple superscripts and footnote calls
 * (no code, links, other HTML, math, autolinks or escapes): its parse is known without parsing.
 */
export function isPlainParagraph(chunk: string): boolean {
  return isPlainText(paragraphContent(chunk));
}

function isPlainText(content: string, pipes = false): boolean {
  return (
    content !== '' &&
    !PLAIN_START.test(content) &&
    !BLOCK_LINE.test(content) &&
    // "[label\nmore]: /url" opening a paragraph would be a link reference definition.
    !(content.startsWith('[') && content.includes(']:')) &&
    !hasInlineMarkup(content, pipes)
  );
}

const ATX_HEADING = /^(#{1,6})[ \t]+\S/;

/** "## Bibliometric Snapshot (2015–2024)" on a line of its own with plain text: known without parsing. */
export function isPlainHeading(chunk: string): boolean {
  const content = paragraphContent(chunk);
  return ATX_HEADING.test(content) && !content.includes('\n') && !hasInlineMarkup(content);
}

function plainHeading(chunk: string): ChunkBlock {
  const content = paragraphContent(chunk);
  const facts = simpleParagraphFacts(content);
  const depth = ATX_HEADING.exec(content)![1]!.length;
  return { start: 0, end: content.length, facts: { ...facts, segments: facts.segments.map((seg) => ({ ...seg, kind: 'heading', depth })) } };
}

const BULLET_ITEM = /^([-*+]) (\S.*)$/;
const ORDERED_ITEM = /^(\d{1,9})([.)]) (\S.*)$/;

/** An item of a list read directly: its marker, its text (continuation lines included, as written) and where it starts. */
interface PlainItem {
  ordered: RegExpExecArray | null;
  body: string;
  /** Offset of `body` in the list's content. */
  at: number;
}

/**
 * The items of a tight list with one marker kind, each item one line of plain text or continued on the lines after
 * it, each indented to the item's text ("- *Scaling partnerships*  \n  Corridors such as …": a hard break, then the
 * item's next line), or undefined when the list is not that. A continued item is read as plain text with its
 * continuation lines set back to the item's text, so a line that would open a block there (a marker, a heading, a
 * fence, a setext underline) or any pipe refuses the list; it ends with a character that is not a space, as the
 * parser's paragraph does.
 */
function plainItems(content: string): PlainItem[] | undefined {
  const lines = content.split('\n');
  const first = BULLET_ITEM.exec(lines[0]!) ?? ORDERED_ITEM.exec(lines[0]!);
  if (!first) return undefined;
  const ordered = first.length === 4;
  const kind = ordered ? first[2] : first[1];
  const items: PlainItem[] = [];
  let lineStart = 0;
  for (let i = 0; i < lines.length; ) {
    const line = lines[i]!;
    const m = ordered ? ORDERED_ITEM.exec(line) : BULLET_ITEM.exec(line);
    if (m === null || (ordered ? m[2] : m[1]) !== kind) return undefined;
    const firstBody = m[ordered ? 3 : 2]!;
    const indent = ' '.repeat(line.length - firstBody.length);
    let body = firstBody;
    let setBack = firstBody;
    for (i++; i < lines.length && lines[i]!.startsWith(indent) && lines[i]!.length > indent.length && !/\s/.test(lines[i]![indent.length]!); i++) {
      body += `\n${lines[i]}`;
      setBack += `\n${lines[i]!.slice(indent.length)}`;
    }
    // An item opening with "[" may be a task ("- [x] done"), which the parser reads apart from the text.
    if (/\s$/.test(body) || body.startsWith('[') || !isPlainText(setBack, !body.includes('\n'))) return undefined;
    items.push({ ordered: ordered ? m : null, body, at: lineStart + line.length - firstBody.length });
    lineStart += line.length + 1 + body.length - firstBody.length;
  }
  return items;
}

/** A tight list of plain-text items with one marker kind (plainItems): known without parsing. */
export function isPlainList(chunk: string): boolean {
  return plainItems(paragraphContent(chunk)) !== undefined;
}

/** A plain list's block (isPlainList), its items split once; undefined when the chunk is no such list. */
function readPlainList(chunk: string): ChunkBlock | undefined {
  const content = paragraphContent(chunk);
  const items = plainItems(content);
  if (!items) return undefined;
  const facts = emptyFacts();
  items.forEach(({ ordered, body, at }, item) => {
    addInline(facts, body, at, {
      listItem: { list: 0, item, ordered: ordered !== null, ...(ordered ? { marker: Number(ordered[1]) } : {}), first: true },
    });
  });
  return { start: 0, end: content.length, facts };
}

const FOOTNOTE_DEFINITION = /^\[\^([^\]\[\s]+)\]:[ \t]*/;

/** "[^tama]: The TAMA cluster spans …" whose note is one plain paragraph: known without parsing too. */
export function isPlainFootnoteDefinition(chunk: string): boolean {
  const m = FOOTNOTE_DEFINITION.exec(chunk);
  if (m === null) return false;
  const content = paragraphContent(chunk);
  // A line indented by four or more is the note's own content, where "    > quote" opens a block.
  return !/\n(?: {4}| {0,3}\t)/.test(content) && isPlainText(content.slice(m[0].length));
}

function plainFootnoteDefinition(chunk: string): ChunkBlock {
  const m = FOOTNOTE_DEFINITION.exec(chunk)!;
  const content = paragraphContent(chunk);
  const label = m[1]!;
  const facts = emptyFacts();
  addInline(facts, content.slice(m[0].length), m[0].length, { footnote: label });
  facts.footnoteDefs.push({ label, start: 0, end: content.length, labelSpan: { start: 0, end: label.length + 3 } });
  return { start: 0, end: content.length, facts };
}

/** A paragraph ends with its last non-blank line, trailing spaces included, line ending excluded (as micromark has it). */
function paragraphContent(chunk: string): string {
  // Scanned backwards by hand: /\S\s*$/ backtracks quadratically on long chunks.
  let last = chunk.length - 1;
  while (last >= 0 && /\s/.test(chunk[last]!)) last--;
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


/** "<!-- factlint-disable cagr -->" (or any comment) alone in its chunk, closed on its last line: an HTML block. */
export function isCommentBlock(chunk: string): boolean {
  const content = paragraphContent(chunk);
  return content.startsWith('<!--') && content.endsWith('-->') && content.indexOf('-->') === content.length - 3;
}

function commentBlock(chunk: string): ChunkBlock {
  const content = paragraphContent(chunk);
  return { start: 0, end: content.length, facts: commentFacts(content) };
}

const TABLE_ROW = /^\|(?:[^|\n]*\|)+[ \t]*$/;
const DELIMITER_ROW = /^\|(?:[ \t]*:?-+:?[ \t]*\|)+[ \t]*$/;

/** Content spans of the cells of a row written "| a | b |". */
function cellSpans(line: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  const trimmedEnd = line.replace(/[ \t]+$/, '').length;
  let start = 1;
  for (let bar = line.indexOf('|', 1); bar !== -1 && bar < trimmedEnd; bar = line.indexOf('|', bar + 1)) {
    let from = start;
    let to = bar;
    while (from < to && /[ \t]/.test(line[from]!)) from++;
    while (to > from && /[ \t]/.test(line[to - 1]!)) to--;
    spans.push({ start: from, end: to });
    start = bar + 1;
  }
  return spans;
}

/**
 * A GFM table whose every line is "| … |", whose rows all have the header's cell count, and whose cells are
 * plain text or empty: known without parsing.
 */
export function isPlainTable(chunk: string): boolean {
  const lines = paragraphContent(chunk).split('\n');
  if (lines.length < 2 || !DELIMITER_ROW.test(lines[1]!) || chunk.includes('\\')) return false;
  const columns = cellSpans(lines[0]!).length;
  if (cellSpans(lines[1]!).length !== columns) return false;
  return lines.every((line, i) => {
    if (i === 1) return true;
    if (!TABLE_ROW.test(line)) return false;
    const cells = cellSpans(line);
    return cells.length === columns && cells.every((c) => c.end === c.start || isPlainCell(line.slice(c.start, c.end)));
  });
}

/** A cell holds inline content only: "**Total**" or "- 3" opens no block there. */
function isPlainCell(content: string): boolean {
  return !hasInlineMarkup(content);
}

function plainTable(chunk: string): ChunkBlock {
  const content = paragraphContent(chunk);
  const lines = content.split('\n');
  const facts = emptyFacts();
  let lineStart = 0;
  let row = 0;
  lines.forEach((line, i) => {
    if (i !== 1) {
      const spans = cellSpans(line);
      spans.forEach((span, column) => {
        // A cell's node ends at the next pipe, or past the row's closing one: where the parser puts a blank cell.
        const nextPipe = line.indexOf('|', span.end);
        const nodeEnd = column === spans.length - 1 ? nextPipe + 1 : nextPipe;
        addInline(facts, line.slice(span.start, span.end), lineStart + span.start, { kind: 'cell', cell: { table: 0, row, column } }, lineStart + nodeEnd);
      });
      row++;
    }
    lineStart += line.length + 1;
  });
  facts.tables.push({ id: 0, start: 0, end: content.length, rows: row, columns: cellSpans(lines[0]!).length });
  return { start: 0, end: content.length, facts };
}

/**
 * Reads `text` (plain inline content) as one segment placed at offset `at` of its block, with `extra` properties
 * (list item, table cell, footnote), and adds the segment and its footnote calls to `facts`.
 */
function addInline(facts: BlockFacts, text: string, at: number, extra: Partial<Segment>, cellEnd?: number): void {
  const inline = simpleParagraphFacts(text);
  const shift = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: x.start + at, end: x.end + at });
  for (const seg of inline.segments) {
    let { start, end, text } = seg;
    // A cell is trimmed after masking, as blockFacts trims it: a cell left blank sits where its node ends.
    if (cellEnd !== undefined) {
      let from = 0;
      let to = text.length;
      while (from < to && isSpace(text.charCodeAt(from))) from++;
      while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
      if (from === to) [start, end, text] = [cellEnd - at, cellEnd - at, ''];
      else [start, end, text] = [start + from, end - (text.length - to), text.slice(from, to)];
    }
    const sups = seg.sups.map((u) => ({ ...shift(u), contentStart: u.contentStart + at, contentEnd: u.contentEnd + at }));
    facts.segments.push({ kind: seg.kind, start: start + at, end: end + at, text, sups, ...extra });
  }
  facts.footnoteRefs.push(...inline.footnoteRefs.map(shift));
  facts.math.push(...inline.math.map(shift));
}

/** JavaScript's \s (what blockFacts trims cells with). */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function emptyFacts(): BlockFacts {
  return { segments: [], tables: [], footnoteRefs: [], footnoteDefs: [], directives: [], math: [] };
}
