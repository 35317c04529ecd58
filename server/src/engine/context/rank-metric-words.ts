// Which rank fact an ordinal states, read from the words after it: "third-largest market for US goods exports" names "goods export market".
import type { Dataset } from '../dataset/index.js';
import type { NumberToken } from '../numbers.js';
import type { Span } from '../markdown/facts.js';
import type { Mention } from './phrase-matcher.js';
import { splitWords } from './phrase-matcher.js';
import { lemma } from './lemma.js';

/** Words of a rank metric's label or phrase that say it is a rank or an order, not what is ranked. */
const ORDER_WORDS = new Set(
  'rank ranked ranking position place placing list a an the as by of on in at among for to with its their largest biggest highest greatest strongest leading top most best'.split(' ').map(lemma),
);
/** How far after the ordinal the ranked measure may be named. */
const MAX_WORDS = 10;

const cache = new WeakMap<Dataset, { id: string; sets: string[][] }[]>();

/** Per rank metric, the content words of its label and of each phrase (two or more each, or the phrase is not used). */
function rankMetricWords(dataset: Dataset): { id: string; sets: string[][] }[] {
  let list = cache.get(dataset);
  if (list) return list;
  list = [];
  for (const m of dataset.metrics.values()) {
    if (m.unit !== 'rank') continue;
    const sets = [m.label, ...m.phrases].map((p) => [...new Set(splitWords(p).map((w) => w.stemmed).filter((w) => !ORDER_WORDS.has(w)))]).filter((s) => s.length >= 2);
    if (sets.length) list.push({ id: m.id, sets });
  }
  cache.set(dataset, list);
  return list;
}

/**
 * The one rank metric all of whose content words (of its label or of one phrase) stand in the words right after an
 * ordinal, within its clause: "second on the national list of collaboration scores" → the rank by collaboration score.
 */
export function rankMetricAfter(text: string, dataset: Dataset, token: NumberToken, clause: Span): Mention | undefined {
  if (token.kind !== 'ordinal') return undefined;
  const metrics = rankMetricWords(dataset);
  if (metrics.length === 0) return undefined;
  const end = Math.min(clause.end, token.end + 120);
  const words = splitWords(text.slice(token.end, end)).slice(0, MAX_WORDS);
  if (words.length === 0) return undefined;
  const bag = new Set(words.map((w) => w.stemmed));
  const found = metrics.filter((m) => m.sets.some((s) => s.every((w) => bag.has(w))));
  if (found.length !== 1) return undefined;
  return { id: found[0]!.id, start: token.end + words[0]!.start, end: token.end + words[words.length - 1]!.end };
}
