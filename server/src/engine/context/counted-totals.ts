// Finds totals claimed over a counted group ("Taken together the three institutions produced 437 papers in 2015") and their parts stated earlier.
import type { AnalysedDocument, AnalysedSegment } from '../analysis.js';
import { spelledNumber, type NumberToken } from '../numbers.js';
import { growthStatements, inSpan, type GrowthStatement } from './growth.js';
import { segmentHas } from './segment-carry.js';
import { detachString } from '../markdown/detach.js';
import type { Dataset } from '../dataset/index.js';
import { NOT_A_UNIT, unitWordAfter } from './unit-words.js';
import { lemma, metricWords } from './lemma.js';

export interface CountedTotal {
  total: NumberToken;
  /** The earlier figure of each member of the group, in document order. */
  parts: NumberToken[];
}

const TOTAL_CUE = /\b(?:together|combined|in all|altogether|between them|in total|a total of|totall?ed|add(?:ed)? up to)\b/i;
/** "the three universities", "the 4 ports": the group the total is over, with its size. */
const COUNTED_GROUP = /\bthe\s+(two|three|four|five|six|seven|eight|nine|ten|[2-9])\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+s\b/iu;

type GroupMatch = Pick<RegExpExecArray, 'index' | 0 | 1>;
const newGroupsBySentence = (): Map<string, GroupMatch | null> => new Map();

/**
 * COUNTED_GROUP's match in a sentence that also has a total word (index relative to the sentence), kept with the
 * segment's cached analysis by the sentence's place in the segment: the sentence's text alone decides it. Plain
 * copies: a match array would keep the sentence's text, and so the whole version's text, alive.
 */
function countedGroup(segment: AnalysedSegment, sentence: { start: number; end: number }, docText: string): GroupMatch | null {
  const kept = segment.memo('counted-groups', newGroupsBySentence);
  const at = `${sentence.start - segment.start}:${sentence.end - sentence.start}`;
  let found = kept.get(at);
  if (found === undefined) {
    const text = docText.slice(sentence.start, sentence.end);
    const group = COUNTED_GROUP.exec(text);
    found = group && TOTAL_CUE.test(text) ? { index: group.index, 0: detachString(group[0]), 1: detachString(group[1]!) } : null;
    kept.set(at, found);
  }
  return found;
}

/**
 * A sentence with a total word, "the N things", one figure and one year, whose parts are the N growth statements
 * just before it, each about a different named entity, read at that year's end of their period. With a range, only
 * those whose totals stand in those segments ([from, to], a section-bound rule's scope): a total's parts are the
 * statements before it, whatever the segments before the range give, so a full walk gives the same ones there.
 */
export function countedTotals(doc: AnalysedDocument, dataset?: Dataset, range?: { from: number; to: number }): CountedTotal[] {
  const statements = growthStatements(doc);
  const out: CountedTotal[] = [];
  let earlier: EarlierStatements | undefined;
  const to = range?.to ?? doc.segments.length - 1;
  for (let s = range?.from ?? 0; s <= to; s++) {
    const segment = doc.segments[s]!;
    if (segment.kind !== 'paragraph' || segment.tokens.length === 0 || !segmentHas(segment, TOTAL_CUE)) continue;
    for (const sentence of segment.sentences) {
      const group = countedGroup(segment, sentence, doc.text);
      if (!group) continue;
      const size = /\d/.test(group[1]!) ? Number(group[1]) : spelledNumber(group[1]!)!;
      const groupEnd = sentence.start + group.index + group[0].length;
      const tokens = segment.tokens.filter((t) => inSpan(sentence, t) && !(t.start < groupEnd && t.start >= sentence.start + group.index));
      const figures = tokens.filter((t) => !t.yearLike);
      const years = tokens.filter((t) => t.yearLike);
      if (figures.length !== 1 || years.length !== 1 || figures[0]!.kind === 'percent' || figures[0]!.kind === 'ordinal') continue;
      const total = figures[0]!;
      // "UICS and CIOQ, the two largest publishers, together …": the members the sentence names, whose statements the parts must be.
      const named = new Set(segment.entities.filter((m) => inSpan(sentence, m)).map((m) => m.id));
      const parts = partsAt((earlier ??= new EarlierStatements(statements)).before(sentence.start, total.kind), size, years[0]!.value, named);
      if (parts && dataset && !countriesFit(group[0], parts.entities, dataset)) continue;
      // "KHI graduated 3 PhDs in 2016 and 19 in 2025 …; NDTS's publications rose from 56 to 145 …. Taken together, the two
      // applicants published 601 papers in 2025": a part that counts something else than the total is no part of it.
      if (parts && !parts.statements.every((p) => sameNoun(doc.text, p, total, dataset))) continue;
      if (parts) out.push({ total, parts: parts.tokens });
    }
  }
  return out;
}

/**
 * The statements not combined that end before an offset, of one kind of number, in the order of growthStatements:
 * read with offsets that only grow, each statement is taken in once (not the whole list filtered per sentence).
 */
class EarlierStatements {
  private readonly byEnd: Array<{ s: GrowthStatement; at: number }>;
  private next = 0;
  private readonly kinds = new Map<string, Earlier>();

  constructor(private readonly statements: readonly GrowthStatement[]) {
    this.byEnd = statements.map((s, at) => ({ s, at })).filter(({ s }) => !s.combined).sort((a, b) => a.s.final.end - b.s.final.end || a.at - b.at);
  }

  private last = -Infinity;

  before(offset: number, kind: string): Earlier {
    // Offsets come in document order; should one ever go back, the statements are taken in again from the start.
    if (offset < this.last) {
      this.next = 0;
      this.kinds.clear();
    }
    this.last = offset;
    for (; this.next < this.byEnd.length && this.byEnd[this.next]!.s.final.end <= offset; this.next++) {
      const { s, at } = this.byEnd[this.next]!;
      let earlier = this.kinds.get(s.initial.kind);
      if (!earlier) this.kinds.set(s.initial.kind, (earlier = { at: [], periods: new Set(), firstDated: undefined, statements: this.statements }));
      let lo = earlier.at.length;
      while (lo > 0 && earlier.at[lo - 1]! > at) lo--;
      earlier.at.splice(lo, 0, at);
      if (s.years) {
        earlier.periods.add(`${s.years.from}-${s.years.to}`);
        if (earlier.firstDated === undefined || at < earlier.firstDated) earlier.firstDated = at;
      }
    }
    return this.kinds.get(kind) ?? { at: [], periods: new Set(), firstDated: undefined, statements: this.statements };
  }
}

/** Earlier statements of one kind: their places in growthStatements (ascending), their periods, the first dated one. */
interface Earlier {
  at: number[];
  periods: Set<string>;
  firstDated: number | undefined;
  statements: readonly GrowthStatement[];
}

/**
 * The figures at `year` of the last `size` statements, when each names a different entity (one of those `named` by the total's
 * sentence, when it names two or more: a single name there may be a partner, "Sweden-linked output") and the year is an end of their period.
 */
function partsAt(before: Earlier, size: number, year: number, named: ReadonlySet<string>): { tokens: NumberToken[]; entities: string[]; statements: GrowthStatement[] } | undefined {
  if (before.at.length < size) return undefined;
  const members = before.at.slice(-size).map((at) => before.statements[at]!);
  const entities = members.map((s) => entityBefore(s.segment, s.initial.start));
  if (entities.some((e) => e === undefined) || new Set(entities).size !== size) return undefined;
  if (named.size >= 2 && entities.some((e) => !named.has(e!))) return undefined;
  // The period of a statement without years of its own is the one every earlier dated statement shares ("over the same decade").
  const shared = before.periods.size === 1 ? before.statements[before.firstDated!]!.years : undefined;
  const sides = members.map((s) => {
    const period = s.years ?? shared;
    if (!period || period.from === period.to) return undefined;
    return period.from === year ? 'initial' : period.to === year ? 'final' : undefined;
  });
  if (sides.some((side) => side !== sides[0]) || sides[0] === undefined) return undefined;
  return { tokens: members.map((s) => (sides[0] === 'initial' ? s.initial : s.final)), entities: entities as string[], statements: members };
}

/**
 * "the two Argentine institutes": a group qualified by a capitalised word names a country (or another proper class) its
 * members belong to; the statements before are its parts only when every one's entity is of a country that word names
 * ("Argentine" ~ Argentina: the first four letters agree). Unsure, no parts.
 */
/** The capitalised words right after a group's determiner and size, before its first lower-case word ("the two Argentine institutes"). */
export function groupQualifiers(group: string): string[] {
  const words = group.split(/\s+/).slice(2);
  const end = words.findIndex((w) => !/^\p{Lu}/u.test(w));
  return words.slice(0, end < 0 ? words.length : end);
}

export function countriesFit(group: string, entities: readonly string[], dataset: Dataset): boolean {
  const words = groupQualifiers(group);
  if (words.length === 0) return true;
  return entities.every((id) => {
    const country = dataset.entities.get(id)?.country?.toLowerCase();
    return country !== undefined && words.some((w) => w.length >= 4 && country.startsWith(w.slice(0, 4).toLowerCase()));
  });
}

/**
 * Whether a statement counts what the total counts: the unit words after its figures ("3 PhDs … 19") and after the
 * total ("601 papers") agree when both have one, as the same word or words of one dataset measure ("papers",
 * "publications").
 */
function sameNoun(text: string, statement: GrowthStatement, total: NumberToken, dataset?: Dataset): boolean {
  const totalNoun = unitWordAfter(text, total, STOP_WORDS);
  const partNoun = unitWordAfter(text, statement.initial, STOP_WORDS) ?? unitWordAfter(text, statement.final, STOP_WORDS);
  if (totalNoun === undefined || partNoun === undefined || lemma(totalNoun) === lemma(partNoun)) return true;
  if (!dataset) return false;
  for (const metric of dataset.metrics.values()) {
    const words = metricWords(metric);
    if (words.has(lemma(totalNoun)) && words.has(lemma(partNoun))) return true;
  }
  return false;
}

/** Words after a figure that name no unit here: those of unit-words.ts and a few verbs and adverbs. */
const STOP_WORDS: ReadonlySet<string> = new Set([...NOT_A_UNIT, 'is', 'was', 'were', 'are', 'each', 'apiece', 'together', 'combined', 'that', 'this', 'which', 'per']);

/** The dataset entity named last before `offset` in the segment ("The University of Tokyo dominates. The university's output grew …"). */
function entityBefore(segment: AnalysedSegment, offset: number): string | undefined {
  let id: string | undefined;
  for (const m of segment.entities) if (m.start < offset) id = m.id;
  return id;
}
