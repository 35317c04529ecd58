// What one top-level Markdown block contributes to a check: prose segments, footnotes, superscripts, directives.
import type { Nodes, Parent, PhrasingContent, RootContent } from 'mdast';

export type SegmentKind = 'paragraph' | 'heading' | 'cell';

export interface Span {
  start: number;
  end: number;
}

/** A superscript: a numeric citation (<sup>9,10</sup>), an ordinal suffix (2 <sup>nd</sup>) or other. */
export interface Sup extends Span {
  kind: 'citation' | 'ordinal' | 'other';
  content: string;
  contentStart: number;
  contentEnd: number;
}

/** A run of prose whose text is the source slice with code, markup, URLs and citations masked by spaces. */
export interface Segment extends Span {
  kind: SegmentKind;
  text: string;
  depth?: number;
  cell?: { table: number; row: number; column: number };
  listItem?: { list: number; item: number; ordered: boolean; marker?: number; first: boolean };
  footnote?: string;
  sups: Sup[];
}

export interface TableShape extends Span {
  id: number;
  rows: number;
  columns: number;
}

export interface FootnoteRef extends Span {
  label: string;
}

export interface FootnoteDef extends Span {
  label: string;
  /** The `[^label]` part of the definition. */
  labelSpan: Span;
}

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line';

export interface Directive extends Span {
  kind: DirectiveKind;
  /** Empty: every rule. */
  rules: string[];
}

export interface BlockFacts {
  segments: Segment[];
  tables: TableShape[];
  footnoteRefs: FootnoteRef[];
  footnoteDefs: FootnoteDef[];
  directives: Directive[];
  /** Inline math `$…$` and display math blocks, for the formula rule. */
  math: Array<Span & { tex: string }>;
}

const SUP_OPEN = /^<sup(?:\s[^>]*)?>$/i;
const SUP_CLOSE = /^<\/sup>$/i;
const CITATION_CONTENT = /^(?:\\?\*)*\s*\d+(?:\s*[,–-]\s*\d+)*\s*(?:\\?\*)*$/;
const ORDINAL_CONTENT = /^(?:st|nd|rd|th)$/i;
const DIRECTIVE = /<!--\s*factlint-(disable-next-line|disable-line|disable|enable)\b([^]*?)-->/g;
const TEXT_FOOTNOTE_REF = /\[\^([^\]\[\s]+)\]/g;
const LOOKS_LIKE_TEX = /[\\^_{}=/]/;
const MATH = /\$\$([^$]+)\$\$|\$(?=\S)([^$\n]*?\S)\$(?!\d)/g;

interface Builder {
  source: string;
  /** Offset of `source` within the document. */
  base: number;
  /** Offset of the block within the document; facts are stored relative to it. */
  blockStart: number;
  facts: BlockFacts;
  nextTable: number;
  nextList: number;
}

/** Collects the facts of one top-level block; `source` is the text the node's positions refer to. */
export function blockFacts(node: RootContent, source: string, base: number, blockStart: number): BlockFacts {
  const b: Builder = {
    source,
    base,
    blockStart,
    facts: { segments: [], tables: [], footnoteRefs: [], footnoteDefs: [], directives: [], math: [] },
    nextTable: 0,
    nextList: 0,
  };
  visitFlow(b, node, undefined);
  // Parsed calls are collected before raw ones; keep them in text order whichever way they were found.
  b.facts.footnoteRefs.sort((x, y) => x.start - y.start);
  return b.facts;
}

function rel(b: Builder, offset: number): number {
  return offset + b.base - b.blockStart;
}

function visitFlow(b: Builder, node: Nodes, footnote: string | undefined, listItem?: Segment['listItem']): void {
  switch (node.type) {
    case 'paragraph':
      addSegment(b, node, 'paragraph', { footnote, listItem });
      return;
    case 'heading':
      addSegment(b, node, 'heading', { depth: node.depth, footnote });
      return;
    case 'table': {
      const id = b.nextTable++;
      const start = node.position!.start.offset!;
      const end = node.position!.end.offset!;
      b.facts.tables.push({ id, start: rel(b, start), end: rel(b, end), rows: node.children.length, columns: node.children[0]?.children.length ?? 0 });
      node.children.forEach((row, r) =>
        row.children.forEach((cell, c) => addSegment(b, cell, 'cell', { footnote, cell: { table: id, row: r, column: c } })),
      );
      return;
    }
    case 'list': {
      const list = b.nextList++;
      node.children.forEach((item, index) => {
        const itemStart = item.position!.start.offset!;
        const markerMatch = /^\s*(\d{1,9})[.)]/.exec(b.source.slice(itemStart, itemStart + 12));
        const info = { list, item: index, ordered: node.ordered === true, ...(markerMatch ? { marker: Number(markerMatch[1]) } : {}), first: true };
        item.children.forEach((child, i) => visitFlow(b, child, footnote, { ...info, first: i === 0 }));
      });
      return;
    }
    case 'footnoteDefinition': {
      const start = node.position!.start.offset!;
      const labelEnd = b.source.indexOf(']', start) + 1;
      b.facts.footnoteDefs.push({
        label: node.label ?? node.identifier,
        start: rel(b, start),
        end: rel(b, node.position!.end.offset!),
        labelSpan: { start: rel(b, start), end: rel(b, labelEnd) },
      });
      for (const child of node.children) visitFlow(b, child, node.label ?? node.identifier);
      return;
    }
    case 'html':
      collectDirectives(b, node.value, node.position!.start.offset!);
      return;
    case 'blockquote':
      for (const child of node.children) visitFlow(b, child, footnote);
      return;
    default:
      return;
  }
}

/** The factlint directives in an HTML comment's text, at offsets counted from `offset`. */
function directivesIn(value: string, offset: number): Directive[] {
  return [...value.matchAll(DIRECTIVE)].map((m) => ({
    kind: m[1] as DirectiveKind,
    rules: (m[2] ?? '').split(/[\s,]+/).filter(Boolean),
    start: offset + m.index!,
    end: offset + m.index! + m[0].length,
  }));
}

function collectDirectives(b: Builder, value: string, offset: number): void {
  b.facts.directives.push(...directivesIn(value, rel(b, offset)));
}

function addSegment(
  b: Builder,
  node: Parent & Nodes,
  kind: SegmentKind,
  extra: Pick<Segment, 'depth' | 'cell' | 'listItem' | 'footnote'>,
): void {
  const start = node.position!.start.offset!;
  const end = node.position!.end.offset!;
  const content = b.source.slice(start, end);
  const masked = new Uint8Array(content.length);
  const mask = (from: number, to: number) => {
    const lo = Math.max(from, start) - start;
    const hi = Math.min(to, end) - start;
    if (lo < hi) masked.fill(1, lo, hi);
  };
  const sups: Sup[] = [];
  maskPhrasing(b, node.children as PhrasingContent[], mask, sups);
  let text = blankMasked(content, masked);
  // Raw `[^x]` left in text is a footnote call whose definition the parser did not see; masked like a parsed one.
  if (text.includes('[^')) {
    text = text.replace(TEXT_FOOTNOTE_REF, (whole, label: string, index: number) => {
      b.facts.footnoteRefs.push({ label, start: rel(b, start + index), end: rel(b, start + index + whole.length) });
      return ' '.repeat(whole.length);
    });
  }
  // `$…$` is not parsed (no remark-math): record it for the formula rule and keep it out of the prose.
  if (text.includes('$')) text = maskMath(text, (tex, index, length) => b.facts.math.push({ tex, start: rel(b, start + index), end: rel(b, start + index + length) }));
  // A table cell's position includes its pipes and padding: keep only the content, so findings underline it.
  let from = 0;
  let to = text.length;
  if (kind === 'cell') {
    while (from < to && /[\s|]/.test(text[from]!)) from++;
    while (to > from && /[\s|]/.test(text[to - 1]!)) to--;
  }
  b.facts.segments.push({
    kind,
    start: rel(b, start + from),
    end: rel(b, start + to),
    text: text.slice(from, to),
    sups: sups.map((s) => ({ ...s, start: rel(b, s.start), end: rel(b, s.end), contentStart: rel(b, s.contentStart), contentEnd: rel(b, s.contentEnd) })),
    ...definedOnly(extra),
  });
}

/** Masks `$…$` math that looks like TeX in `text`, reporting each (its TeX, offset and length). */
function maskMath(text: string, found: (tex: string, index: number, length: number) => void): string {
  return text.replace(MATH, (whole, display: string | undefined, inline: string | undefined, index: number) => {
    const tex = (display ?? inline)!;
    if (!LOOKS_LIKE_TEX.test(tex)) return whole; // "$252 billion … $3" is money, not math
    found(tex, index, whole.length);
    return ' '.repeat(whole.length);
  });
}

/** Leaves out absent properties, so facts built with and without a parse compare equal. */
function definedOnly<T extends object>(value: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(value) as Array<keyof T>) if (value[key] !== undefined) out[key] = value[key];
  return out;
}

function maskPhrasing(b: Builder, children: readonly PhrasingContent[], mask: (from: number, to: number) => void, sups: Sup[]): void {
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    const start = child.position?.start.offset;
    const end = child.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    switch (child.type) {
      case 'inlineCode':
      case 'image':
      case 'imageReference':
      case 'break':
        mask(start, end);
        break;
      case 'footnoteReference':
        b.facts.footnoteRefs.push({ label: child.label ?? child.identifier, start: rel(b, start), end: rel(b, end) });
        mask(start, end);
        break;
      case 'html': {
        if (child.value.startsWith('<!--')) {
          collectDirectives(b, child.value, start);
          mask(start, end);
          break;
        }
        if (SUP_OPEN.test(child.value)) {
          const closeIndex = children.findIndex((c, j) => j > i && c.type === 'html' && SUP_CLOSE.test(c.value));
          const close = closeIndex === -1 ? undefined : children[closeIndex];
          const closeStart = close?.position?.start.offset;
          const closeEnd = close?.position?.end.offset;
          if (closeStart !== undefined && closeEnd !== undefined) {
            const content = b.source.slice(end, closeStart);
            const kind: Sup['kind'] = CITATION_CONTENT.test(content) ? 'citation' : ORDINAL_CONTENT.test(content.trim()) ? 'ordinal' : 'other';
            sups.push({ kind, content, start, end: closeEnd, contentStart: end, contentEnd: closeStart });
            if (kind === 'citation') {
              mask(start, closeEnd);
              i = closeIndex;
              break;
            }
          }
        }
        mask(start, end);
        break;
      }
      case 'link':
      case 'linkReference': {
        const kids = child.children;
        const first = kids[0]?.position?.start.offset;
        const last = kids[kids.length - 1]?.position?.end.offset;
        const literal = child.type === 'link' && kids.length === 1 && kids[0]!.type === 'text' && child.url.replace(/^(mailto:|https?:\/\/)/, '').endsWith(kids[0]!.value.replace(/^(mailto:|https?:\/\/)/, ''));
        if (literal || first === undefined || last === undefined) {
          mask(start, end);
        } else {
          mask(start, first);
          mask(last, end);
          maskPhrasing(b, kids, mask, sups);
        }
        break;
      }
      default:
        if ('children' in child) maskPhrasing(b, child.children as PhrasingContent[], mask, sups);
    }
  }
}

/** A segment's superscripts moved by `delta` (the same empty list when there are none). */
export function shiftSups(sups: Sup[], delta: number): Sup[] {
  return sups.length === 0 ? sups : sups.map((u) => ({ ...u, start: u.start + delta, end: u.end + delta, contentStart: u.contentStart + delta, contentEnd: u.contentEnd + delta }));
}

/**
 * The facts other than segments moved by `delta` (from block-relative to document offsets): tables, footnote calls
 * and definitions, directives and math. An empty list is given as it is, not copied (most blocks hold none of them):
 * the copies are only read, and a block moved by an edit is shifted again on every keystroke.
 */
export function shiftMarks(facts: BlockFacts, delta: number): Omit<BlockFacts, 'segments'> {
  const span = <T extends Span>(s: T): T => ({ ...s, start: s.start + delta, end: s.end + delta });
  const shifted = <T>(list: T[], shift: (item: T) => T): T[] => (list.length === 0 ? list : list.map(shift));
  return {
    tables: shifted(facts.tables, span),
    footnoteRefs: shifted(facts.footnoteRefs, span),
    footnoteDefs: shifted(facts.footnoteDefs, (d) => ({ ...d, start: d.start + delta, end: d.end + delta, labelSpan: span(d.labelSpan) })),
    directives: shifted(facts.directives, span),
    math: shifted(facts.math, span),
  };
}

/**
 * The only markup a simple paragraph may hold: bare `<sup>…</sup>` with plain content, `[^label]` calls and URI
 * autolinks (`<https://…>`, masked whole as the parser's literal links are); `$…$` is text to the parser.
 */
const SIMPLE_SUP = /<sup>([^<>*_\\`[\]]*)<\/sup>/g;
const SIMPLE_FOOTNOTE_CALL = /\[\^[^\]\[\s]+\](?![([:])/g;
/** CommonMark's URI autolink, without the spaces it would allow beyond ASCII (those are left to the parser). */
const SIMPLE_AUTOLINK = /<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>\x00-\x1f\x7f]*>/g;

export function withoutSimpleMarkup(content: string): string {
  return content.replace(SIMPLE_AUTOLINK, ' ').replace(SIMPLE_SUP, '').replace(SIMPLE_FOOTNOTE_CALL, '');
}

/**
 * The facts of a chunk that is one paragraph whose only markup is simple superscripts and footnote calls, built
 * as blockFacts would build them from its parse (a test compares the two on every such chunk of the samples).
 */
export function simpleParagraphFacts(content: string): BlockFacts {
  const facts: BlockFacts = { segments: [], tables: [], footnoteRefs: [], footnoteDefs: [], directives: [], math: [] };
  if (!content.includes('<') && !content.includes('[^') && !content.includes('$')) {
    facts.segments.push({ kind: 'paragraph', start: 0, end: content.length, text: content, sups: [] });
    return facts;
  }
  // Masked positions are marked, then blanked run by run: cheaper than an array of one-character strings.
  const masked = new Uint8Array(content.length);
  const mask = (from: number, to: number) => {
    masked.fill(1, from, to);
  };
  for (const m of content.matchAll(SIMPLE_AUTOLINK)) mask(m.index!, m.index! + m[0].length);
  const sups: Sup[] = [];
  for (const m of content.matchAll(SIMPLE_SUP)) {
    const start = m.index!;
    const end = start + m[0].length;
    const inner = m[1]!;
    const kind: Sup['kind'] = CITATION_CONTENT.test(inner) ? 'citation' : ORDINAL_CONTENT.test(inner.trim()) ? 'ordinal' : 'other';
    sups.push({ kind, content: inner, start, end, contentStart: start + 5, contentEnd: end - 6 });
    if (kind === 'citation') mask(start, end);
    else {
      mask(start, start + 5);
      mask(end - 6, end);
    }
  }
  let text = blankMasked(content, masked);
  if (text.includes('[^')) {
    text = text.replace(TEXT_FOOTNOTE_REF, (whole, label: string, index: number) => {
      facts.footnoteRefs.push({ label, start: index, end: index + whole.length });
      return ' '.repeat(whole.length);
    });
  }
  if (text.includes('$')) text = maskMath(text, (tex, index, length) => facts.math.push({ tex, start: index, end: index + length }));
  facts.segments.push({ kind: 'paragraph', start: 0, end: content.length, text, sups });
  return facts;
}

/** `content` with every masked character but line breaks made a space. */
function blankMasked(content: string, masked: Uint8Array): string {
  let text = '';
  for (let i = 0; i < content.length; ) {
    const blank = masked[i];
    let j = i + 1;
    while (j < content.length && masked[j] === blank) j++;
    text += blank ? content.slice(i, j).replace(NOT_LINE_BREAK, ' ') : content.slice(i, j);
    i = j;
  }
  return text;
}
const NOT_LINE_BREAK = /[^\n]/g;

/** The facts of a chunk that is one HTML comment block: only the factlint directives in it. */
export function commentFacts(content: string): BlockFacts {
  return { segments: [], tables: [], footnoteRefs: [], footnoteDefs: [], directives: directivesIn(content, 0), math: [] };
}
