// The parsed document as a list of top-level blocks, rebuilt incrementally: only the blocks an edit touches are re-parsed.
import type { Root } from 'mdast';
import { blockFacts, type BlockFacts } from './facts.js';
import { parseMarkdown, topLevelBlocks } from './parse.js';

export interface ParsedBlock {
  /** Document offsets of the block (from the start of its first line). */
  start: number;
  end: number;
  /** Facts with offsets relative to `start`. */
  facts: BlockFacts;
  /** Per-dataset analysis cache, filled by the claim extractor and reused while the block is unchanged. */
  analysis?: unknown;
}

export interface DocumentModel {
  text: string;
  blocks: ParsedBlock[];
  /** Link reference definitions resolve across blocks, so their presence forces a full re-parse. */
  hasReferenceDefinitions: boolean;
  /** How many blocks this build parsed (all of them, or only the edited window). */
  parsedBlocks: number;
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

export function buildDocument(text: string, previous?: DocumentModel): DocumentModel {
  if (previous && previous.text === text) return { ...previous, parsedBlocks: 0 };
  return (previous && incremental(text, previous)) || full(text);
}

function full(text: string): DocumentModel {
  const tree = parseMarkdown(text);
  const blocks = toBlocks(tree, text, 0);
  return { text, blocks, hasReferenceDefinitions: hasDefinitions(tree), parsedBlocks: blocks.length };
}

function toBlocks(tree: Root, source: string, base: number): ParsedBlock[] {
  return topLevelBlocks(tree, source, base).map((b) => ({ start: b.start, end: b.end, facts: blockFacts(b.node, source, base, b.start) }));
}

function hasDefinitions(node: Root | Root['children'][number]): boolean {
  return node.type === 'definition' || ('children' in node && (node.children as Root['children']).some(hasDefinitions));
}

const DEFINITION_LINE = /\[[^\]]+\]:/;
const BLANK_LINE_BETWEEN = /\n[ \t]*\n/;

/** Re-parses the window of blocks around the edit; undefined when the edit could change how other blocks parse. */
function incremental(text: string, previous: DocumentModel): DocumentModel | undefined {
  const old = previous.text;
  const blocks = previous.blocks;
  if (previous.hasReferenceDefinitions || blocks.length < 3) return undefined;

  const limit = Math.min(old.length, text.length);
  let prefix = 0;
  while (prefix < limit && old.charCodeAt(prefix) === text.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < limit - prefix && old.charCodeAt(old.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix)) suffix++;
  const delta = text.length - old.length;
  const oldChangeEnd = old.length - suffix;

  // The window: every block the edit touches, plus one neighbour on each side (setext underlines, lazy lines).
  let first = blocks.findIndex((b) => b.end >= prefix);
  if (first === -1) first = blocks.length - 1;
  let last = findLastIndex(blocks, (b) => b.start <= oldChangeEnd);
  if (last === -1) last = 0;
  first = Math.max(0, Math.min(first, last) - 1);
  last = Math.min(blocks.length - 1, Math.max(first, last) + 1);

  // Widen until the window is fenced by blank lines on both sides, so no construct can run across its edges.
  while (first > 0 && !BLANK_LINE_BETWEEN.test(old.slice(blocks[first - 1]!.end, blocks[first]!.start + 1))) first--;
  while (last < blocks.length - 1 && !BLANK_LINE_BETWEEN.test(old.slice(blocks[last]!.end, blocks[last + 1]!.start + 1))) last++;

  const windowStart = first === 0 ? 0 : blocks[first]!.start;
  const oldWindowEnd = last === blocks.length - 1 ? old.length : blocks[last]!.end;
  const newWindowEnd = oldWindowEnd + delta;
  if (windowStart > prefix || newWindowEnd < text.length - suffix || newWindowEnd < windowStart) return undefined;

  const oldWindow = old.slice(windowStart, oldWindowEnd);
  const window = text.slice(windowStart, newWindowEnd);
  if (DEFINITION_LINE.test(window) || DEFINITION_LINE.test(oldWindow)) return undefined;
  if (last < blocks.length - 1 && !windowClosesCleanly(window, text.slice(newWindowEnd, blocks[last + 1]!.start + delta + 1))) return undefined;

  const tree = parseMarkdown(window);
  const parsed = toBlocks(tree, window, windowStart);
  const after = blocks.slice(last + 1).map((b) => ({ ...b, start: b.start + delta, end: b.end + delta }));
  return {
    text,
    blocks: [...blocks.slice(0, first), ...parsed, ...after],
    hasReferenceDefinitions: hasDefinitions(tree),
    parsedBlocks: parsed.length,
  };
}

/** A window may end where the next block begins only if nothing in it is left open (a fence, a comment, an indented continuation). */
function windowClosesCleanly(window: string, gapAndNext: string): boolean {
  if (!BLANK_LINE_BETWEEN.test(gapAndNext)) return false;
  const next = gapAndNext.replace(/^[\s]*\n/, '');
  if (/^[ \t]/.test(next)) return false;
  if (/^ {0,3}(?:```|~~~|<(?:pre|script|style|textarea)(?:[\s>]|$)|<\?|<![A-Za-z[])/im.test(window)) return false;
  const opened = window.lastIndexOf('<!--');
  if (opened !== -1 && window.indexOf('-->', opened) === -1) return false;
  return true;
}

function findLastIndex<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (predicate(items[i]!)) return i;
  return -1;
}
