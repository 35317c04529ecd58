// Finds totals claimed over a counted group ("Taken together the three institutions produced 437 papers in 2015") and their parts stated earlier.
import type { AnalysedDocument, AnalysedSegment } from '../analysis.js';
import { spelledNumber, type NumberToken } from '../numbers.js';
import { growthStatements, inSpan, type GrowthStatement } from './growth.js';

export interface CountedTotal {
  total: NumberToken;
  /** The earlier figure of each member of the group, in document order. */
  parts: NumberToken[];
}

const TOTAL_CUE = /\b(?:together|combined|in all|altogether|between them|in total|a total of|totall?ed|add(?:ed)? up to)\b/i;
/** "the three universities", "the 4 ports": the group the total is over, with its size. */
const COUNTED_GROUP = /\bthe\s+(two|three|four|five|six|seven|eight|nine|ten|[2-9])\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+s\b/iu;

/**
 * A sentence with a total word, "the N things", one figure and one year, whose parts are the N growth statements
 * just before it, each about a different named entity, read at that year's end of their period.
 */
export function countedTotals(doc: AnalysedDocument): CountedTotal[] {
  const statements = growthStatements(doc);
  const out: CountedTotal[] = [];
  for (const segment of doc.segments) {
    if (segment.kind !== 'paragraph' || segment.tokens.length === 0 || !TOTAL_CUE.test(segment.text)) continue;
    for (const sentence of segment.sentences) {
      const text = doc.text.slice(sentence.start, sentence.end);
      const group = COUNTED_GROUP.exec(text);
      if (!group || !TOTAL_CUE.test(text)) continue;
      const size = /\d/.test(group[1]!) ? Number(group[1]) : spelledNumber(group[1]!)!;
      const groupEnd = sentence.start + group.index + group[0].length;
      const tokens = segment.tokens.filter((t) => inSpan(sentence, t) && !(t.start < groupEnd && t.start >= sentence.start + group.index));
      const figures = tokens.filter((t) => !t.yearLike);
      const years = tokens.filter((t) => t.yearLike);
      if (figures.length !== 1 || years.length !== 1 || figures[0]!.kind === 'percent' || figures[0]!.kind === 'ordinal') continue;
      const total = figures[0]!;
      const before = statements.filter((s) => !s.combined && s.final.end <= sentence.start && s.initial.kind === total.kind);
      const parts = partsAt(before, size, years[0]!.value);
      if (parts) out.push({ total, parts });
    }
  }
  return out;
}

/** The figures at `year` of the last `size` statements, when each names a different entity and the year is an end of their period. */
function partsAt(before: GrowthStatement[], size: number, year: number): NumberToken[] | undefined {
  const members = before.slice(-size);
  if (members.length !== size) return undefined;
  const entities = members.map((s) => entityBefore(s.segment, s.initial.start));
  if (entities.some((e) => e === undefined) || new Set(entities).size !== size) return undefined;
  // The period of a statement without years of its own is the one every earlier dated statement shares ("over the same decade").
  const dated = before.filter((s) => s.years);
  const periods = new Set(dated.map((s) => `${s.years!.from}-${s.years!.to}`));
  const shared = periods.size === 1 ? dated[0]!.years : undefined;
  const sides = members.map((s) => {
    const period = s.years ?? shared;
    if (!period || period.from === period.to) return undefined;
    return period.from === year ? 'initial' : period.to === year ? 'final' : undefined;
  });
  if (sides.some((side) => side !== sides[0]) || sides[0] === undefined) return undefined;
  return members.map((s) => (sides[0] === 'initial' ? s.initial : s.final));
}

/** The dataset entity named last before `offset` in the segment ("The University of Tokyo dominates. The university's output grew …"). */
function entityBefore(segment: AnalysedSegment, offset: number): string | undefined {
  let id: string | undefined;
  for (const m of segment.entities) if (m.start < offset) id = m.id;
  return id;
}
