// A count measure whose phrase is a noun and its participle ("patients enrolled", "doctorates awarded", "studies
// initiated") named by the active clause around its figure: "IEIG enrolled 1,430 patients", "KHI awarded 21
// doctorates" (acc-dv11). The verb stands right before the figure and the phrase's noun right after it; the reading is
// the noun's, so a figure that counts another noun stays unread as before.
import type { Dataset } from '../dataset/index.js';
import type { Span } from '../markdown/facts.js';
import type { NumberToken } from '../numbers.js';
import { lemma } from './lemma.js';
import type { Mention } from './phrase-matcher.js';

/** A participle that ends a phrase: "-ed" or an irregular one a measure may use ("tickets sold", "passengers flown"). */
export const PARTICIPLE = /^(?:[\p{Ll}-]+ed|built|sold|bought|held|won|run|begun|made|taken|given|grown|flown)$/u;

const cache = new WeakMap<Dataset, Map<string, Array<{ nouns: string[]; id: string }>>>();

const words = (phrase: string) => phrase.toLowerCase().split(/\s+/);
const lemmas = (ws: readonly string[]) => ws.map((w) => lemma(w));

/** Participle lemma → the count measures whose phrase is "<nouns> <participle>". */
function participlePhrases(dataset: Dataset): Map<string, Array<{ nouns: string[]; id: string }>> {
  let map = cache.get(dataset);
  if (map) return map;
  map = new Map();
  for (const metric of dataset.metrics.values()) {
    if (metric.unit !== 'count') continue;
    for (const phrase of metric.phrases) {
      const ws = words(phrase);
      const last = ws[ws.length - 1]!;
      if (ws.length < 2 || ws.length > 3 || !PARTICIPLE.test(last)) continue;
      const key = lemma(last);
      const list = map.get(key) ?? [];
      list.push({ nouns: lemmas(ws.slice(0, -1)), id: metric.id });
      map.set(key, list);
    }
  }
  cache.set(dataset, map);
  return map;
}

/** The verb right before the figure, allowing "had" before it: "enrolled 1,430", "had awarded 21". */
const VERB_BEFORE = /(?:^|[\s(])([\p{Ll}-]+)[ \u00a0]+$/u;
/** The words right after the figure: up to three, the noun phrase a measure's nouns must open. */
const NOUNS_AFTER = /^[ \u00a0]+((?:[\p{Ll}-]+[ \u00a0]+){0,2}[\p{Ll}-]+)/u;

/** The measure "enrolled 1,430 patients" names by its verb and noun, when exactly one count measure's phrase is that noun and participle. */
export function participleMetric(dataset: Dataset, text: string, token: NumberToken, clause: Span): Mention | undefined {
  if (token.kind !== 'plain') return undefined;
  const phrases = participlePhrases(dataset);
  if (phrases.size === 0) return undefined;
  const verb = VERB_BEFORE.exec(text.slice(Math.max(clause.start, token.start - 30), token.start))?.[1];
  const candidates = verb ? phrases.get(lemma(verb)) : undefined;
  if (!candidates) return undefined;
  const after = NOUNS_AFTER.exec(text.slice(token.end, Math.min(clause.end, token.end + 60)));
  if (!after) return undefined;
  const following = lemmas(words(after[1]!));
  const ids = new Set<string>();
  let length = 0;
  for (const c of candidates) {
    if (c.nouns.every((n, i) => following[i] === n)) {
      ids.add(c.id);
      length = Math.max(length, c.nouns.length);
    }
  }
  if (ids.size !== 1) return undefined;
  const start = token.end + after[0].length - after[1]!.length;
  const end = start + words(after[1]!).slice(0, length).join(' ').length;
  return { id: [...ids][0]!, start, end };
}

/** A cheap cue that a segment may name a measure by a participle's verb before a figure ("enrolled 1,430"). */
export function mayNameByParticiple(text: string): boolean {
  return /\b[\p{Ll}-]+ed[ \u00a0]+\d/u.test(text);
}
