// A share of one category of a breakdown the dataset holds ("government core funding made up 67.6% of IGPRI's
// budget in 2024", funding_mix facts with the dimension "Government core funding"): the percent, the category named
// in full and one entity that holds that category's facts, all in one sentence with no other percent in it.
import type { Observation } from '@factlint/schemas';
import type { AnalysedSegment } from '../analysis.js';
import type { Dataset } from '../dataset/index.js';
import type { Span } from '../markdown/facts.js';
import { isConsistentAtPrecision, type NumberToken } from '../numbers.js';
import type { ClaimLink } from './links.js';
import { inSpan } from './spans.js';
import { CHANGE_AFTER, CHANGE_BEFORE, CHANGE_NOUN_AFTER, rateReading } from './change-wording.js';

export interface Category {
  metric: string;
  dimension: string;
  /** The category's name in lower case with runs of spaces and dashes as one space. */
  words: string;
}

const categoriesOf = new WeakMap<Dataset, Category[]>();

/** The categories of the dataset's percent breakdowns, longest name first (so that the fullest name is found first). */
export function categories(dataset: Dataset): Category[] {
  let found = categoriesOf.get(dataset);
  if (found) return found;
  const seen = new Map<string, Category>();
  for (const [metric, facts] of dataset.observationsByMetric) {
    if (dataset.metrics.get(metric)?.unit !== 'percent') continue;
    for (const o of facts) if (o.dimension && o.partner === undefined) seen.set(`${metric}\0${o.dimension}`, { metric, dimension: o.dimension, words: normal(o.dimension) });
  }
  found = [...seen.values()].filter((c) => c.words.split(' ').length >= 2).sort((a, b) => b.words.length - a.words.length);
  categoriesOf.set(dataset, found);
  return found;
}

/** A category's name in lower case with runs of spaces and dashes as one space. */
export const normalCategory = (s: string): string =>
  s.toLowerCase().replace(/[\s\u00a0\-\u2010-\u2015]+/g, ' ').trim();
const normal = normalCategory;
/** A percent that is a change, a bound or a guess: not the category's stated share. */
const NOT_A_SHARE_BEFORE = /\b(?:by|(?<!\b(?:made|makes?|making)\s)up|down|from|to|rose|fell|grew|increase\w*|decrease\w*|than|over|under|about|around|nearly|almost|some|approximately|roughly|above|below|least|most)\s+$/i;
const POINTS_AFTER = /^\s*(?:percentage\s+)?(?:points?|pp)\b/i;
const NOT_ACTUAL = /\b(?:would|could|might|should|will|target\w*|plan(?:s|ned|ning)?|forecast\w*|projected|expected|if|unless|aim\w*|goal)\b/i;

/** Right after a percent, "of" a whole stated as a figure: "of the 3.13 million lines", "of its EUR 12.0 million", "of 902". */
const OF_STATED_WHOLE = /^\s*(?:of|out\s+of)\s+(?:(?:the|its|their|all|a|an)\s+)?(?:[\p{L}’'-]+\s+){0,2}?(?:[\p{Sc}]|[A-Z]{3}\s)?\s*\d/u;

/**
 * "admissions, donations and memberships bring in 44.5%": the category's name right after the head word of another
 * category of its breakdown ("Admissions and tours") and a comma or "and" — the figure is of the categories listed
 * together, not of the last one.
 */
function listedAfterAnother(text: string, category: Category, all: readonly Category[]): boolean {
  const name = new RegExp(category.words.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\u00a0\\-\\u2010-\\u2015]+'), 'i').exec(text);
  if (!name) return false;
  const before = /([\p{L}]+)\s*(?:,|\band\b|&|\+|\bplus\b)\s*(?:the\s+)?$/iu.exec(text.slice(0, name.index));
  if (!before) return false;
  const word = before[1]!.toLowerCase();
  const heads = all.filter((c) => c.metric === category.metric && c !== category).map((c) => c.words.split(' ')[0]!);
  return heads.some((h) => h === word || h === `${word}s` || `${h}s` === word);
}

/** Is a percent with these words before and after it a change, a bound, a rate or points rather than a stated share? */
export function notAShare(before: string, after: string): boolean {
  return NOT_A_SHARE_BEFORE.test(before) || CHANGE_BEFORE.test(before) || CHANGE_AFTER.test(after) || CHANGE_NOUN_AFTER.test(after) || !!rateReading(before, after) || POINTS_AFTER.test(after);
}

/** Category shares of a prose segment, compared with the dataset; `taken` are tokens another reading already linked. */
export function categoryShareLinks(dataset: Dataset, segment: AnalysedSegment, taken: ReadonlySet<NumberToken>): ClaimLink[] {
  if (segment.kind === 'cell' || !segment.tokens.some((t) => t.kind === 'percent')) return [];
  const all = categories(dataset);
  if (all.length === 0) return [];
  const links: ClaimLink[] = [];
  for (const sentence of segment.sentences) {
    const percents = segment.tokens.filter((t) => t.kind === 'percent' && inSpan(sentence, t));
    if (percents.length !== 1 || taken.has(percents[0]!)) continue;
    const token = percents[0]!;
    const text = segment.text.slice(sentence.start - segment.start, sentence.end - segment.start);
    if (token.style.sign !== '' || NOT_ACTUAL.test(text)) continue;
    const before = segment.text.slice(Math.max(sentence.start, token.start - 24) - segment.start, token.start - segment.start);
    const after = segment.text.slice(token.end - segment.start, token.end - segment.start + 20);
    // "EU funding rose from 1.6 million to 2.0 million, a rise of 25%", "a 25% rise": a change, never a share (acc-chg11).
    if (notAShare(before, after)) continue;
    // "396,000 lines, 12.7% of the 3.13 million lines": a share of a whole the sentence states, not of a revenue breakdown.
    if (OF_STATED_WHOLE.test(segment.text.slice(token.end - segment.start, sentence.end - segment.start))) continue;
    const said = ` ${normal(text).replace(/[^\p{L}\p{N} ]+/gu, ' ')} `;
    const named = all.filter((c) => said.includes(` ${c.words} `));
    // One category, not also a longer one holding it ("other income" inside "other income and fees" is one name).
    const distinct = named.filter((c) => !named.some((d) => d !== c && d.words.includes(c.words)));
    if (distinct.length !== 1) continue;
    const category = distinct[0]!;
    if (listedAfterAnother(text, category, all)) continue;
    const facts = (dataset.observationsByMetric.get(category.metric) ?? []).filter((o) => o.dimension === category.dimension && o.partner === undefined && o.value !== undefined);
    // "Core government funding provided 38.6%, a smaller part than at IBCE": a party named after "than" is compared.
    const owners = new Set(segment.entities.filter((m) => inSpan(sentence, m) && !/\bthan\s+(?:at\s+|in\s+|for\s+|with\s+)?(?:the\s+)?$/i.test(segment.text.slice(Math.max(sentence.start, m.start - 20) - segment.start, m.start - segment.start))).map((m) => m.id));
    const holders = [...owners].filter((id) => facts.some((o) => o.entity === id));
    if (holders.length !== 1 || owners.size !== 1) continue;
    const entity = holders[0]!;
    const own = facts.filter((o) => o.entity === entity);
    const years = new Set(segment.tokens.filter((t) => t.yearLike && inSpan(sentence, t)).map((t) => t.value));
    if (years.size > 1) continue;
    const year = years.size === 1 ? [...years][0]! : undefined;
    const fact: Observation | undefined = year !== undefined ? own.find((o) => o.year === year) : own.length === 1 ? own[0] : undefined;
    if (!fact) continue;
    const evidence: Span[] = [sentence];
    const base = { token, segment, entity, metric: category.metric, dimension: category.dimension, year: fact.year, period: fact.period, observation: fact, evidence, candidates: [] };
    if (isConsistentAtPrecision(token.value, token.decimals, fact.value!)) links.push({ ...base, status: 'match', exact: true });
    else links.push({ ...base, status: 'mismatch', ...(year === undefined ? { assumedTime: true } : {}) });
  }
  return links;
}
