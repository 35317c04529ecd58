// A segment's rank claims kept across versions: reused, moved to where the segment now sits, while the segment, the
// text around it, the segments before it in its section, its headings, its table's caption and the ranking named
// last before it are unchanged.
import type { AnalysedDocument, AnalysedSegment } from '../analysis.js';
import type { Dataset } from '../dataset/index.js';
import type { NumberToken, RangeToken } from '../numbers.js';
import { acrossVersions } from '../across-versions.js';
import { around, chainContext, dependency, tableOf } from '../reuse-context.js';
import { namedEarlier, RANK_CONTEXT, type RankClaim } from './rank-claims.js';
import { documentOwner } from './dataset-referred-subject.js';
import { VersionMemo } from '../version-memo.js';

/** How far around its segment a rank claim's reading looks ("topped" then up to 80 characters for "the index"). */
const RANK_WINDOW = 80;
/** How many segments before its own a rank claim's reading looks at for the ranking and the subject, at most. */
const SEGMENTS_BEFORE = 6;

/** A claim with its segment left out and its offsets relative to the segment's start. */
type RelativeClaim = Omit<RankClaim, 'segment'>;

const placedClaims = new VersionMemo<AnalysedSegment, { relative: readonly RelativeClaim[]; claims: RankClaim[] }>();

export function carriedRankClaims(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment, compute: () => RankClaim[]): RankClaim[] {
  if (doc.once) return compute();
  // The ranking named last before is asked for only where the claim's scope speaks of placing ("ranked", "table").
  const scope = segment.cell ? [segment, ...rowHeaderAndCaption(doc, segment)] : [segment];
  const earlier = scope.some((s) => RANK_CONTEXT.test(doc.text.slice(s.start, s.end))) ? namedEarlier(doc, segment.index) : null;
  // Outside an edit's scope, the last version's claims, moved (across-versions.ts): the context below names the
  // segment, the text within RANK_WINDOW of it, the segments before it in its section, its table's caption, its
  // headings and the document's owner; the ranking named last before, however far, is pinned.
  return acrossVersions(doc, segment, 'rank-claims', [dataset, documentOwner(doc, dataset) ?? null], () => reusedClaims(doc, dataset, segment, earlier, compute), movedRankClaims, [earlier]).claims;
}

/** A segment's kept claims moved to `segment` (a top-level function, not a closure made per segment: across-versions.ts Move). */
function movedRankClaims(kept: { relative: readonly RelativeClaim[]; claims: RankClaim[] }, _from: AnalysedSegment, segment: AnalysedSegment): { relative: readonly RelativeClaim[]; claims: RankClaim[] } {
  // No claims: the kept entry holds no offset and is given again as it is.
  if (kept.relative.length === 0) return kept;
  const claims: RankClaim[] = [];
  for (const claim of kept.relative) claims.push(shiftClaim(claim, segment, segment.start, true));
  return { relative: kept.relative, claims };
}

/** The segment's claims, reused while its context is the same, with the segment-relative form they were placed from. */
function reusedClaims(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment, earlier: string | null | undefined, compute: () => RankClaim[]): { relative: readonly RelativeClaim[]; claims: RankClaim[] } {
  const context: unknown[] = [dataset, segment.content, ...around(doc, segment.start, segment.end, RANK_WINDOW), earlier];
  for (let i = segment.index - 1, n = 0; i >= 0 && n < SEGMENTS_BEFORE; i--, n++) {
    const before = doc.segments[i]!;
    context.push(...dependency(doc, before, RANK_WINDOW), before.listItem?.list === segment.listItem?.list);
    if (before.kind === 'heading') break;
  }
  if (segment.cell) {
    const caption = tableOf(doc, segment).caption;
    context.push(...(caption === undefined ? [undefined] : dependency(doc, doc.segments[caption]!, RANK_WINDOW)));
  }
  context.push(...chainContext(doc, segment));
  // "we were third": the document's own organisation, read from its header.
  context.push(documentOwner(doc, dataset) ?? null);
  const relative = segment.reuse('rank-claims', context, () => compute().map((claim) => shiftClaim(claim, segment, -segment.start, false)));
  const placed = placedClaims.get(segment);
  if (placed && placed.relative === relative) return placed;
  const claims = relative.map((claim) => shiftClaim(claim, segment, segment.start, true));
  const entry = { relative, claims };
  placedClaims.set(segment, entry);
  return entry;
}

/** A cell's row, its column's header and the table's caption: the rest of a cell claim's scope. */
function rowHeaderAndCaption(doc: AnalysedDocument, segment: AnalysedSegment): AnalysedSegment[] {
  const table = tableOf(doc, segment);
  const { row, column } = segment.cell!;
  const indices = [...(table.cells[row] ?? []), table.cells[0]?.[column], table.caption];
  return indices.filter((i): i is number => i !== undefined).map((i) => doc.segments[i]!);
}

/** The claim moved by `by`; once `placed`, the tokens and ranges of the segment are the segment's own objects. */
function shiftClaim(claim: RelativeClaim, segment: AnalysedSegment, by: number, placed: boolean): RankClaim {
  const shifted: RankClaim = { ...claim, segment, token: shiftToken(claim.token, segment, by, placed) };
  if (claim.span) shifted.span = shiftRange(claim.span, segment, by, placed);
  if (claim.period) shifted.period = { ...claim.period, start: claim.period.start + by, end: claim.period.end + by };
  if (claim.counted) shifted.counted = { ...claim.counted, start: claim.counted.start + by, end: claim.counted.end + by };
  return shifted;
}

function shiftToken(token: NumberToken, segment: AnalysedSegment, by: number, placed: boolean): NumberToken {
  const start = token.start + by;
  const own = placed ? segment.tokens.find((t) => t.start === start && t.end === token.end + by && t.text === token.text) : undefined;
  return own ?? { ...token, start, end: token.end + by };
}

function shiftRange(range: RangeToken, segment: AnalysedSegment, by: number, placed: boolean): RangeToken {
  const start = range.start + by;
  const own = placed ? segment.ranges.find((r) => r.start === start && r.end === range.end + by) : undefined;
  return own ?? { ...range, start, end: range.end + by, from: shiftToken(range.from, segment, by, placed), to: shiftToken(range.to, segment, by, placed) };
}
