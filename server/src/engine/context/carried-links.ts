// A segment's dataset links kept across versions: reused, moved to where the segment now sits, while the segment and
// everything their reading looks at (headings above, a table's label, header and caption, growth statements) stay.
import type { AnalysedDocument, AnalysedSegment, AnalysedTable } from '../analysis.js';
import type { Dataset } from '../dataset/index.js';
import type { Span } from '../markdown/facts.js';
import { acrossVersions } from '../across-versions.js';
import { around, chainContext, dependency, headingChain, tableOf } from '../reuse-context.js';
import { documentOwner, segmentMayRefer, REFERENCE_SEGMENTS } from './dataset-referred-subject.js';
import { statementsOfSegment } from './growth.js';
import type { ClaimLink } from './links.js';
import type { NumberToken } from '../numbers.js';
import { listOf, mayHoldCategoryRow } from './category-rows.js';
import { leadInSegment } from './dataset-list-lead-ins.js';
import { VersionMemo } from '../version-memo.js';

/** What a list item's breakdown reading looks at besides the item: the list's lead-in and its other items. */
function breakdownContext(doc: AnalysedDocument, segment: AnalysedSegment): unknown[] {
  if (segment.cell) return [];
  const items = listOf(doc, segment);
  if (!items) return [null];
  const lead = leadInSegment(doc, segment);
  return [...(lead ? dependency(doc, lead) : [null]), ...items.map((s) => s.content)];
}

/** A link with its token and range as indices into the segment's lists, its evidence relative to where it was read. */
interface RelativeLink {
  /** The link's other fields, as read: spread into each placed link (no rest copy of the link per placing). */
  fields: Omit<ClaimLink, 'token' | 'segment' | 'evidence' | 'range'>;
  token: number;
  /** A count in words (not among the segment's tokens): the token with offsets relative to the segment's start. */
  spelled?: NumberToken;
  range?: number;
  /** `in`: -1 for a span read relative to the segment, k for one inside the k-th heading above. */
  evidence: Array<{ in: number; start: number; end: number }>;
}

/** The links last placed for a segment object (a segment taken over unmoved gets the same links again). */
const placedLinks = new VersionMemo<AnalysedSegment, { relative: readonly RelativeLink[]; chainStarts: number[]; links: ClaimLink[] }>();

/** The key of the links' results kept across versions, and their globals (what a segment's links read of the whole document). */
export const LINKS_KEY = 'links';

export function linkGlobalsOf(doc: AnalysedDocument, dataset: Dataset): readonly unknown[] {
  // One list per version and dataset (compared item by item): carriedLinks asks for it once per segment with figures.
  const kept = linkGlobals.get(doc);
  if (kept !== undefined && kept.dataset === dataset) return kept.globals;
  const globals = [dataset, documentOwner(doc, dataset)];
  linkGlobals.set(doc, { dataset, globals });
  return globals;
}

const linkGlobals = new VersionMemo<AnalysedDocument, { dataset: Dataset; globals: readonly unknown[] }>();

export function carriedLinks(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment, compute: () => ClaimLink[]): ClaimLink[] {
  if (doc.once) return compute();
  // Outside an edit's scope, the last version's links, moved (across-versions.ts): what the context below names lies
  // in the segment, the text around it, its headings, the segments before it in its section (a cell: its table and
  // caption), and the document's owner; a cell's caption's bracket, however far before it, is pinned.
  const pins = segment.cell ? captionBracket(doc, tableOf(doc, segment)) : undefined;
  return acrossVersions(doc, segment, LINKS_KEY, linkGlobalsOf(doc, dataset), () => reusedLinks(doc, dataset, segment, compute), movedLinks, pins).links;
}

/**
 * The kept links of a segment moved to `segment` (a top-level function, not a closure made per segment: its optimised
 * code survives a full collection, across-versions.ts Move).
 */
function movedLinks(kept: { relative: readonly RelativeLink[]; links: ClaimLink[] }, _from: AnalysedSegment, segment: AnalysedSegment, doc: AnalysedDocument): { relative: readonly RelativeLink[]; links: ClaimLink[] } {
  // No links: the kept entry holds no offset and is given again as it is (no new lists for every segment moved).
  if (kept.relative.length === 0) return kept;
  const headings = headingChain(doc, segment);
  const relative = kept.relative;
  const links: ClaimLink[] = [];
  for (let i = 0; i < relative.length; i++) links.push(fromRelative(relative[i]!, segment, headings, kept.links[i]));
  return { relative, links };
}

/** The segment's links, reused while its context is the same, with the segment-relative form they were placed from. */
function reusedLinks(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment, compute: () => ClaimLink[]): { relative: readonly RelativeLink[]; links: ClaimLink[] } {
  // A cell's content pins its whole table (one block): the text around the table and its caption are what it adds.
  const context: unknown[] = [dataset, segment.content];
  if (segment.cell) context.push(...tableContext(doc, tableOf(doc, segment)));
  else context.push(...around(doc, segment.start, segment.end), ...statementsOfSegment(doc, segment).map((g) => g.initial.start - segment.start));
  context.push(...chainContext(doc, segment));
  // A line of a breakdown (category-rows.ts) reads its list's lead-in and items, and the document's own organisation.
  if (mayHoldCategoryRow(segment)) context.push(documentOwner(doc, dataset) ?? null, ...breakdownContext(doc, segment));
  // A reference back ("we", "the institute") reads the document's header and the segments before it in its section.
  if (!segment.cell && segmentMayRefer(segment, dataset)) {
    context.push(documentOwner(doc, dataset) ?? null);
    for (let i = segment.index - 1, n = 0; i >= 0 && n < REFERENCE_SEGMENTS; i--, n++) {
      const before = doc.segments[i]!;
      context.push(...dependency(doc, before));
      if (before.kind === 'heading') break;
    }
  }
  const chain = headingChain(doc, segment);
  const relative = segment.reuse('links', context, () => compute().map((link) => toRelative(link, segment, chain)));
  const placed = placedLinks.get(segment);
  if (placed && placed.relative === relative && sameStarts(placed.chainStarts, chain)) return placed;
  const links = relative.map((link) => fromRelative(link, segment, chain));
  const entry = { relative, chainStarts: chain.map((h) => h.start), links };
  placedLinks.set(segment, entry);
  return entry;
}

/** Whether the headings above stand where they stood (no string of their offsets built per segment and check). */
function sameStarts(starts: readonly number[], chain: readonly AnalysedSegment[]): boolean {
  if (starts.length !== chain.length) return false;
  for (let i = 0; i < starts.length; i++) if (starts[i] !== chain[i]!.start) return false;
  return true;
}

const tableContexts = new VersionMemo<AnalysedTable, readonly unknown[]>();

/**
 * What the reading of a table's cells looks at besides the table: the text around it, its caption (where it sits,
 * the bracket opened before it, since its title is read with brackets blanked) and which cells state changes.
 */
function tableContext(doc: AnalysedDocument, table: AnalysedTable): readonly unknown[] {
  const kept = tableContexts.get(table);
  if (kept) return kept;
  const cells = table.cells.flat();
  const first = doc.segments[Math.min(...cells)]!;
  const last = doc.segments[Math.max(...cells)]!;
  const statements = table.cells.map((row) => row.map((i) => (statementsOfSegment(doc, doc.segments[i]!).length > 0 ? 1 : 0)).join('')).join('|');
  const context: unknown[] = [...around(doc, first.start, last.end), statements];
  const caption = table.caption === undefined ? undefined : doc.segments[table.caption];
  if (caption) context.push(...dependency(doc, caption), caption.start - first.start, ...captionBracket(doc, table));
  else context.push(undefined);
  tableContexts.set(table, context);
  return context;
}

/**
 * Kept with the table's cells: a version shares that list with the previous version's table only for a table of the
 * blocks before its edit (analysis.ts, the take-over), whose caption and all the text before it are unchanged, so the
 * bracket is read once, not again for every table on every keystroke (each version's tables are new objects).
 */
const brackets = new VersionMemo<readonly number[][], readonly unknown[]>();

/** The bracket last opened or closed before a table's caption: how far before it, and which ([] without a caption). */
export function captionBracket(doc: AnalysedDocument, table: AnalysedTable): readonly unknown[] {
  let kept = brackets.get(table.cells);
  if (!kept) {
    const caption = table.caption === undefined ? undefined : doc.segments[table.caption];
    if (!caption) kept = [];
    else {
      const paren = Math.max(doc.text.lastIndexOf('(', caption.start - 1), doc.text.lastIndexOf(')', caption.start - 1));
      kept = [paren < 0 ? -1 : caption.start - paren, doc.text[paren]];
    }
    brackets.set(table.cells, kept);
  }
  return kept;
}

function toRelative(link: ClaimLink, segment: AnalysedSegment, chain: readonly AnalysedSegment[]): RelativeLink {
  const { token, segment: _segment, evidence, range, ...rest } = link;
  const index = segment.tokens.indexOf(token);
  const relative: RelativeLink = { fields: rest, token: index, evidence: evidence.map((e) => relativeSpan(e, segment, chain)) };
  if (index < 0) relative.spelled = { ...token, start: token.start - segment.start, end: token.end - segment.start };
  if (range) relative.range = segment.ranges.indexOf(range);
  return relative;
}

function relativeSpan(span: Span, segment: AnalysedSegment, chain: readonly AnalysedSegment[]): { in: number; start: number; end: number } {
  const k = span.start >= segment.start && span.end <= segment.end ? -1 : chain.findIndex((h) => span.start >= h.start && span.end <= h.end);
  const base = k < 0 ? segment.start : chain[k]!.start;
  return { in: k, start: span.start - base, end: span.end - base };
}

/**
 * `was`, when given, is the link placed from `link` for an earlier place of the segment (the kept entry's): a copy of it
 * has the placed link's fields in their order (the link's fields, token, evidence, segment, range when present), so
 * only the four are written again, where a copy of `link.fields` had three fields added to each copy (a larger
 * object, grown field by field: perf-key61, ~1 ms of a 1 MB keystroke for the ~900 links moved after its edit).
 */
function fromRelative(link: RelativeLink, segment: AnalysedSegment, chain: readonly AnalysedSegment[], was?: ClaimLink): ClaimLink {
  const evidence = link.evidence.map((e) => {
    const base = e.in < 0 ? segment.start : chain[e.in]!.start;
    return { start: e.start + base, end: e.end + base };
  });
  // `range` set only when present: a `delete` would leave each placed link a slow dictionary-mode object, which every
  // reader of the links then pays for.
  const { spelled, range } = link;
  const token = spelled ? { ...spelled, start: spelled.start + segment.start, end: spelled.end + segment.start } : segment.tokens[link.token]!;
  const placed: ClaimLink = was === undefined ? { ...link.fields, token, evidence, segment } : { ...was, token, evidence, segment };
  if (range !== undefined) placed.range = segment.ranges[range];
  return placed;
}
