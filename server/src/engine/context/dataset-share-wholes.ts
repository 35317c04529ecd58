// A share measure named by its whole right after the percent: "Sweden-linked papers make up 9.6% of all Science Tokyo's
// international co-authorship", "1.4% of the world's scientific publications", against measures the dataset calls
// "share of total international co-authorship" and "share of global scientific publications". The whole after "of"
// (past "all", a determiner or a possessive name) must be the words of exactly one percent measure's "share of …" phrase,
// "total" or "overall" aside and "the world's" said for "global". A measure held per partner or per category is not read
// so: its whole alone does not say which part the percent is.
import type { Dataset } from '../dataset/index.js';
import type { Span } from '../markdown/facts.js';
import type { NumberToken } from '../numbers.js';
import { splitWords, type Mention } from './phrase-matcher.js';

/** "of all of Science Tokyo's ", "of the world's ", "of its ": what may stand between the percent and its whole's words. */
const OF_BEFORE_WHOLE = /^\s*of\s+(?:all\s+(?:of\s+)?)?(?:(?:the|its|their|our)\s+)?/i;
/** Words a whole may carry or leave out without naming another whole. */
const NEUTRAL = new Set(['total', 'overall', 'all', 'the']);
/** The name of a whole, as the share phrases spell it: "the world's" is "global". */
const WORLD = /^(?:the\s+)?world['’]s\s+/i;

/** "accounts for 147.0 million m³, 40.5% of the water lost": a percent that restates the figure before it as a part of a whole. */
const APPOSITIVE_TO_FIGURE = /\d[\d.,]*(?:\s+[\p{L}³²]+){0,3}\s*,\s*$/u;

/** How far past the percent its whole may run, in characters. */
const WHOLE_REACH = 160;

const wholes = new WeakMap<Dataset, Array<{ id: string; words: string[] }>>();

/** Each percent measure held with neither partner nor category, with the words of the whole each of its phrases names. */
function shareWholes(dataset: Dataset): Array<{ id: string; words: string[] }> {
  let list = wholes.get(dataset);
  if (list) return list;
  list = [];
  for (const metric of dataset.metrics.values()) {
    if (metric.unit !== 'percent') continue;
    const facts = dataset.observationsByMetric.get(metric.id) ?? [];
    if (facts.length === 0 || facts.some((o) => o.partner !== undefined || o.dimension !== undefined)) continue;
    for (const phrase of [metric.label, ...metric.phrases]) {
      const whole = /^share\s+of\s+(.+)$/i.exec(phrase.trim())?.[1];
      if (!whole) continue;
      const words = splitWords(whole.replace(WORLD, 'global ')).map((w) => w.stemmed).filter((w) => !NEUTRAL.has(w));
      if (words.length >= 2) list.push({ id: metric.id, words });
    }
  }
  wholes.set(dataset, list);
  return list;
}

/**
 * The one percent measure whose whole the words after the percent name, as a mention over those words; undefined when
 * none or several fit. `entities`: names a possessive before the whole may give ("of Science Tokyo's …").
 */
export function shareOfNamedWhole(dataset: Dataset, text: string, token: NumberToken, clause: Span, entities: readonly Span[]): Mention | undefined {
  if (token.kind !== 'percent' || APPOSITIVE_TO_FIGURE.test(text.slice(Math.max(0, token.start - 48), token.start))) return undefined;
  const list = shareWholes(dataset);
  if (list.length === 0) return undefined;
  // A whole is a few words: never more of a long clause than this is read (a line of a thousand percents stays linear).
  const end = Math.min(clause.end, token.end + WHOLE_REACH);
  const of = OF_BEFORE_WHOLE.exec(text.slice(token.end, end));
  if (!of) return undefined;
  let start = token.end + of[0].length;
  // "of Science Tokyo's international co-authorship": the owner's name, then the whole.
  const owner = entities.find((m) => m.start === start && /^['’]s\s/.test(text.slice(m.end, m.end + 3)));
  if (owner) start = owner.end + 3;
  if (start >= end) return undefined;
  const world = WORLD.exec(text.slice(start, end));
  const rest = text.slice(start + (world?.[0].length ?? 0), end);
  // The whole's words run to the first mark that ends a phrase.
  const phraseEnd = rest.search(/[,;:.()\[\]!?]|\s[–—-]\s/);
  const words = splitWords(phraseEnd >= 0 ? rest.slice(0, phraseEnd) : rest).filter((w) => !NEUTRAL.has(w.stemmed));
  const said = (world ? ['global'] : []).concat(words.map((w) => w.stemmed));
  const fits = new Set(list.filter((w) => w.words.every((x, i) => said[i] === x)).map((w) => w.id));
  if (fits.size !== 1) return undefined;
  const longest = Math.max(...list.filter((w) => fits.has(w.id) && w.words.every((x, i) => said[i] === x)).map((w) => w.words.length));
  const last = words[longest - (world ? 2 : 1)];
  if (!last) return undefined;
  const base = start + (world?.[0].length ?? 0);
  return { id: [...fits][0]!, start: world ? start : base + words[0]!.start, end: base + last.end };
}

/**
 * A cheap cue that a segment may state a percent of a named whole ("of global …", "of the world's …", not "of 400
 * papers"): lets a segment that names no metric phrase be read.
 */
export function mayNameByWhole(text: string): boolean {
  return /(?:%|\bper\s*cent)\s+of\s+(?:all\s+)?\p{L}/iu.test(text);
}
