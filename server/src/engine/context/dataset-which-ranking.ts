// Which ranking a rank speaks of when the dataset holds several (an index and its separate sub-index): the nearest text
// that names a ranking decides, by a name ("the AHRI", "the sub-index") or by a word only one ranking's names hold
// right before a word for a ranking ("translation rank", "the innovation table") makes it unclear; where that text
// names two, or only such a word, the rank is left alone.
import type { Ranking } from '@factlint/schemas';
import type { Dataset } from '../dataset/index.js';
import type { Span } from '../markdown/facts.js';
import type { Mention } from './phrase-matcher.js';
import { spelledNumber } from '../numbers.js';
import { VersionMemo } from '../version-memo.js';

/**
 * A ranking named only as the owner of another one right after it ("the AHRI's translation sub-index", "the AHRI
 * Clinical Translation Sub-Index") is not the ranking the text speaks of: the one after it is.
 */
const OWNER_GAP = /^(?:['’]s\s+(?:[\p{Ll}-]+\s+)?|\s+)$/u;

const rankedOf = new WeakMap<Ranking, ReadonlySet<string>>();

/**
 * The entities a ranking ranks in any edition, read once per ranking (a dataset's rankings do not change), not on each
 * rank claim, cell or place table read with it.
 */
export function rankedEntities(ranking: Ranking): ReadonlySet<string> {
  let ranked = rankedOf.get(ranking);
  if (ranked === undefined) rankedOf.set(ranking, (ranked = new Set(ranking.editions.flatMap((e) => e.ranks.map((r) => r.entity)))));
  return ranked;
}

const officialOf = new WeakMap<Ranking, readonly number[]>();

/** The years of a ranking's official editions (not its recomputations), in the dataset's order, read once per ranking. */
export function officialYears(ranking: Ranking): readonly number[] {
  let years = officialOf.get(ranking);
  if (years === undefined) officialOf.set(ranking, (years = ranking.editions.filter((e) => !e.hypothetical).map((e) => e.year)));
  return years;
}

/** Ranking mentions with those that only own the next one left out (mentions in text order, offsets into `text`). */
export function rankingsWithoutOwners(text: string, rankings: Mention[]): Mention[] {
  if (rankings.length < 2) return rankings;
  return rankings.filter((r, i) => {
    const next = rankings[i + 1];
    return !next || next.id === r.id || next.start < r.end || !OWNER_GAP.test(text.slice(r.end, next.start));
  });
}

/** Words that name no one ranking: ranking nouns, method words and function words. */
const GENERIC = new Set(
  'index indices indexes sub ranking rankings rank ranks ranked table tables league list lists edition editions method methods methodology old previous new recomputed revised under the and for with from its their of on by in at to an a'.split(' '),
);
/** Words for a ranking or a place in one, right after a cue word: "translation rank", "innovation table", "translation places". */
const RANKING_NOUN_AFTER = /^[\s-]+(?:rank(?:s|ed|ings?)?|plac(?:e|es|ed|ings?)|positions?|tables?|index|sub-index|lists?|league|standings?|measure)\b/i;

const cueWordsCache = new WeakMap<Dataset, Map<string, string>>();

/**
 * Per dataset with several rankings: each word that stands in the phrases of exactly one ranking and in no entity's or
 * metric's names → that ranking's id ("translation" → the sub-index). Empty with one ranking.
 */
function cueWords(dataset: Dataset): Map<string, string> {
  let cues = cueWordsCache.get(dataset);
  if (cues) return cues;
  cues = new Map();
  cueWordsCache.set(dataset, cues);
  if (dataset.rankings.size < 2) return cues;
  const words = (phrases: string[]) => new Set(phrases.flatMap((p) => p.toLowerCase().split(/[^\p{L}]+/u)).filter((w) => w.length >= 3 && !GENERIC.has(w)));
  const taken = words([...dataset.entities.values()].flatMap((e) => [e.name, ...e.aliases]).concat([...dataset.metrics.values()].flatMap((m) => [m.label, ...m.phrases])));
  const owners = new Map<string, Set<string>>();
  for (const ranking of dataset.rankings.values()) for (const w of words(ranking.phrases)) owners.set(w, (owners.get(w) ?? new Set()).add(ranking.id));
  for (const [w, ids] of owners) if (ids.size === 1 && !taken.has(w)) cues.set(w, [...ids][0]!);
  return cues;
}

const WORD = /[\p{L}]+/gu;

/**
 * The rankings `span` of `text` names: by its ranking mentions, and (as `unclear`) by a cue word of one ranking right before
 * a word for a ranking, outside any mention ("its translation rank was sixth"), which never picks a ranking by itself.
 */
export function namedRankings(dataset: Dataset, text: string, span: Span, mentions: readonly Mention[]): Set<string> {
  const ids = new Set(mentions.filter((m) => m.start >= span.start && m.end <= span.end).map((m) => m.id));
  const cues = cueWords(dataset);
  if (cues.size === 0) return ids;
  const slice = text.slice(span.start, span.end);
  for (const m of slice.matchAll(WORD)) {
    const id = cues.get(m[0].toLowerCase());
    if (!id || ids.has(id)) continue;
    const at = span.start + m.index!;
    if (mentions.some((r) => r.start <= at && at < r.end)) continue;
    if (RANKING_NOUN_AFTER.test(text.slice(at + m[0].length, at + m[0].length + 16))) ids.add(id).add(UNCLEAR);
  }
  return ids;
}

/** Marks a set of named rankings that a cue word alone added to. */
const UNCLEAR = '\u0000unclear';

/** The one ranking a set names, undefined for none, several, or one named only by a cue word. */
export function oneRanking(ids: ReadonlySet<string>): string | undefined {
  return ids.size === 1 ? [...ids][0] : undefined;
}

/**
 * A ranking taken from text before the claim's own paragraph (an earlier paragraph of the section, a heading) is the
 * claim's only when that text names no other: "## AHRI positions", a paragraph on the sub-index, then "CIOQ was second
 * from 2017 to 2019" may speak of either. Always true with one ranking in the dataset.
 */
export function oneRankingAround(dataset: Dataset, text: string, segments: ReadonlyArray<{ start: number; end: number; rankings: readonly Mention[] }>, id: string): boolean {
  if (dataset.rankings.size < 2) return true;
  return segments.every((s) => [...namedRankings(dataset, text, s, s.rankings)].every((n) => n === id));
}

/** Right after a run with an end year, its length in an aside: ", for nine consecutive years", ", eight editions in a row". */
const COUNT_AFTER_RUN =
  /^[\s,]*[,—–(][\s]*(?:for\s+|over\s+)?(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:(?:consecutive|straight|successive)\s+(?:years|editions|rankings)|(?:years|editions|rankings)\s+in\s+a\s+row)\b/i;

/**
 * "came first in every edition up to 2024, for nine consecutive years": the count set after a run that ends at a known
 * year is a second claim on the same run, counted back from that year. Offsets into `text`.
 */
export function countAfterRun(text: string, run: { end: number; to?: number }, sentenceEnd: number): { start: number; end: number; text: string; count: number; to: number } | undefined {
  if (run.to === undefined) return undefined;
  const m = COUNT_AFTER_RUN.exec(text.slice(run.end, sentenceEnd));
  if (!m) return undefined;
  const count = /^\d+$/.test(m[1]!) ? Number(m[1]) : spelledNumber(m[1]!.toLowerCase());
  if (!count) return undefined;
  const start = run.end + m[0].indexOf(m[1]!) - (/(?:for|over)\s+$/i.exec(m[0].slice(0, m[0].indexOf(m[1]!)))?.[0].length ?? 0);
  const end = run.end + m[0].length;
  return { start, end, text: text.slice(start, end), count, to: run.to };
}

const namedBeforeCache = new VersionMemo<object, Array<ReadonlySet<string>>>();

/**
 * The rankings named anywhere in the segments before segment `index` (cue words included, as in namedRankings). With
 * several rankings in the dataset, a rank whose section names none takes the ranking named last before it only when the
 * text before it names that one alone: "The index and its sub-index…", then "…third in the sub-index", then under a new
 * heading "IMGN rose from eighth to third" may speak of either.
 */
export function rankingsNamedBefore(dataset: Dataset, doc: { text: string; segments: ReadonlyArray<{ start: number; end: number; rankings: readonly Mention[] }> }, index: number): ReadonlySet<string> {
  let named = namedBeforeCache.get(doc);
  if (!named) {
    named = [];
    let seen = new Set<string>();
    for (const s of doc.segments) {
      named.push(seen);
      const here = namedRankings(dataset, doc.text, s, s.rankings);
      if ([...here].some((id) => !seen.has(id))) seen = new Set([...seen, ...here]);
    }
    named.push(seen);
    namedBeforeCache.set(doc, named);
  }
  return named[Math.min(index, named.length - 1)]!;
}
