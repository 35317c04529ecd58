// A share of a subject's co-authored papers stated per partner country, the partner named by its adjective or short
// form ("38.4% have a US co-author, against 27.1% with a Spanish one") or by its name ("27.1% had a co-author from
// Spain"), where the clause names the share by no phrase of its own: the one percent metric that holds facts per
// partner and whose base ("Share of internationally co-authored papers …") the sentence names. Also "the co-authorship
// share with Spain": a partner after the measure is the fact's partner, not a restriction of the measure; nor are
// words that restate the measure ("spent 3.74% of GDP on research and development") (acc-dv10).
import type { AnalysedSegment } from '../analysis.js';
import type { Dataset } from '../dataset/index.js';
import type { Span } from '../markdown/facts.js';
import type { NumberToken } from '../numbers.js';
import { splitWords, type Mention } from './phrase-matcher.js';

/**
 * Adjectives and short forms of country names, as written (case-sensitive). Read only for entities of kind
 * `country` whose name is a key here, and only as the partner of a share stated per partner country.
 */
const COUNTRY_FORMS: Record<string, readonly string[]> = {
  'united states': ['US', 'U.S.', 'USA', 'American'],
  'united kingdom': ['UK', 'U.K.', 'British'],
  netherlands: ['Dutch'],
  'the netherlands': ['Dutch'],
  australia: ['Australian'],
  china: ['Chinese'],
  germany: ['German'],
  france: ['French'],
  spain: ['Spanish'],
  brazil: ['Brazilian'],
  chile: ['Chilean'],
  argentina: ['Argentine', 'Argentinian'],
  peru: ['Peruvian'],
  colombia: ['Colombian'],
  mexico: ['Mexican'],
  canada: ['Canadian'],
  japan: ['Japanese'],
  'south korea': ['South Korean', 'Korean'],
  taiwan: ['Taiwanese'],
  india: ['Indian'],
  singapore: ['Singaporean'],
  malaysia: ['Malaysian'],
  sweden: ['Swedish'],
  norway: ['Norwegian'],
  denmark: ['Danish'],
  finland: ['Finnish'],
  italy: ['Italian'],
  switzerland: ['Swiss'],
  belgium: ['Belgian'],
  austria: ['Austrian'],
  portugal: ['Portuguese'],
  poland: ['Polish'],
  ireland: ['Irish'],
  'south africa': ['South African'],
  kenya: ['Kenyan'],
  ethiopia: ['Ethiopian'],
  tanzania: ['Tanzanian'],
  uganda: ['Ugandan'],
  nigeria: ['Nigerian'],
  israel: ['Israeli'],
  russia: ['Russian'],
};

/** A region word before an adjective that makes it no country's ("Latin American", "North American"). */
const REGION_BEFORE = /\b(?:Latin|North|South|Central|Pan|East|West|Southern|Northern)[\s-]+$/;
/** Words of co-authorship: the share counts papers with a partner's co-author. */
const COAUTHOR = /\bco-?auth|\bco-?publi|\bco-?writ/i;

const formsCache = new WeakMap<Dataset, { re: RegExp | undefined; ids: Map<string, string> }>();

/** The adjective and short forms of the dataset's countries (a form another entity is named by is left out). */
function countryForms(dataset: Dataset): { re: RegExp | undefined; ids: Map<string, string> } {
  let forms = formsCache.get(dataset);
  if (forms) return forms;
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  for (const e of dataset.entities.values()) for (const n of [e.name, ...e.aliases]) taken.add(n.toLowerCase());
  for (const e of dataset.entities.values()) {
    if (e.kind !== 'country') continue;
    for (const form of COUNTRY_FORMS[e.name.toLowerCase()] ?? []) if (!taken.has(form.toLowerCase())) ids.set(form, ids.has(form) ? '' : e.id);
  }
  for (const [form, id] of ids) if (!id) ids.delete(form);
  const alternation = [...ids.keys()].sort((a, b) => b.length - a.length).map((f) => f.replace(/[.]/g, '\\.')).join('|');
  forms = { re: alternation ? new RegExp(`(?<![\\p{L}.])(?:${alternation})(?![\\p{L}]|\\.\\p{L})`, 'gu') : undefined, ids };
  formsCache.set(dataset, forms);
  return forms;
}

/** Countries named in `scope` by adjective or short form ("a Spanish one", "US co-authors"), as mentions. */
export function countryFormMentions(dataset: Dataset, text: string, scope: Span): Mention[] {
  const { re, ids } = countryForms(dataset);
  if (!re) return [];
  const out: Mention[] = [];
  re.lastIndex = 0;
  const said = text.slice(scope.start, scope.end);
  for (const m of said.matchAll(re)) {
    if (REGION_BEFORE.test(said.slice(0, m.index))) continue;
    out.push({ id: ids.get(m[0])!, start: scope.start + m.index!, end: scope.start + m.index! + m[0].length });
  }
  return out;
}

const baseCache = new WeakMap<Dataset, Map<string, string[][]>>();

/**
 * Per percent metric with partner facts, the word stems of what it is a share of: the words after "share of" in its
 * label up to "with", "that" or a comma ("internationally co-authored papers"), and the phrases of a count metric
 * labelled so ("international co-publications").
 */
function partnerShareBases(dataset: Dataset): Map<string, string[][]> {
  let bases = baseCache.get(dataset);
  if (bases) return bases;
  bases = new Map();
  const stems = (s: string) => splitWords(s).map((w) => w.stemmed);
  for (const m of dataset.metrics.values()) {
    if (m.unit !== 'percent' || !(dataset.observationsByMetric.get(m.id) ?? []).some((o) => o.partner !== undefined)) continue;
    const base = /\bshare\s+of\s+(?:the\s+)?(.+?)(?=\s*,|\s+(?:with|that|which|having|by)\b|$)/i.exec(m.label)?.[1];
    if (!base) continue;
    const own = stems(base);
    const list = [own];
    for (const c of dataset.metrics.values()) if (c.unit === 'count' && stems(c.label).join(' ') === own.join(' ')) list.push(...c.phrases.map(stems));
    bases.set(m.id, list);
  }
  baseCache.set(dataset, bases);
  return bases;
}

/** Does `scope` hold one of the word-stem sequences, as consecutive words? */
function namesBase(text: string, scope: Span, bases: readonly string[][]): Span | undefined {
  const words = splitWords(text.slice(scope.start, scope.end));
  for (const base of bases) {
    if (base.length === 0) continue;
    for (let i = 0; i + base.length <= words.length; i++) {
      if (base.every((w, k) => words[i + k]!.stemmed === w)) return { start: scope.start + words[i]!.start, end: scope.start + words[i + base.length - 1]!.end };
    }
  }
  return undefined;
}

const isPartnerOf = (dataset: Dataset, metric: string, id: string) => (dataset.observationsByMetric.get(metric) ?? []).some((o) => o.partner === id);

/**
 * The share a percent figure states per partner, when its clause names it by no phrase of its own: the one percent
 * metric with facts for the one partner country the clause names (by name, adjective or short form), whose base the
 * sentence names, in a sentence of co-authorship. The metric (at its base's words) and the partner, or undefined.
 */
export function partnerShare(dataset: Dataset, text: string, segment: AnalysedSegment, clause: Span, sentence: Span, token: NumberToken): { metric: Mention; partner: Mention } | undefined {
  if (token.kind !== 'percent' || token.style.sign !== '') return undefined;
  if (!COAUTHOR.test(text.slice(sentence.start, sentence.end))) return undefined;
  // The figure's own words: after it up to the clause's next figure ("27.1% with a Spanish one and 19.2% with…"), else
  // before it back to the one before ("a US share of 38.4%").
  const figures = segment.tokens.filter((t) => !t.yearLike && clause.start <= t.start && t.end <= clause.end);
  const next = figures.find((t) => t.start >= token.end)?.start ?? clause.end;
  const previous = figures.filter((t) => t.end <= token.start).at(-1)?.end ?? clause.start;
  const countries = (scope: Span) => [...segment.entities.filter((m) => scope.start <= m.start && m.end <= scope.end && dataset.entities.get(m.id)?.kind === 'country'), ...countryFormMentions(dataset, text, scope)];
  let named = countries({ start: token.end, end: next });
  if (named.length === 0) named = countries({ start: previous, end: token.start });
  if (new Set(named.map((m) => m.id)).size !== 1) return undefined;
  const partner = named[0]!;
  const found: Mention[] = [];
  for (const [id, bases] of partnerShareBases(dataset)) {
    if (!isPartnerOf(dataset, id, partner.id)) continue;
    const at = namesBase(text, sentence, bases);
    if (at) found.push({ id, ...at });
  }
  return found.length === 1 ? { metric: found[0]!, partner } : undefined;
}

/** The metric's partner named right after its phrase ("co-authorship share with Spain"), which restricts nothing. */
const PARTNER_JOIN = /^[ \u00a0]+(?:with|from|in)[ \u00a0]+(?:(?:a|an|the|at\s+least\s+one)[ \u00a0]+)?(?:co-?authors?[ \u00a0]+(?:from|in)[ \u00a0]+(?:the[ \u00a0]+)?)?$/i;

export function namesPartnerAfter(dataset: Dataset, text: string, metric: Mention, partners: readonly Mention[]): boolean {
  return partners.some((p) => p.start >= metric.end && p.start - metric.end <= 40 && PARTNER_JOIN.test(text.slice(metric.end, p.start)) && isPartnerOf(dataset, metric.id, p.id));
}

/** A preposition after a measure's phrase, then the words it names ("of GDP on research and development"). */
const NARROWING_AFTER = /^[ \u00a0]+(?:with|on|about|involving|featuring|in|for|from)[ \u00a0]+((?:[\p{L}&'’-]+[ \u00a0]*){1,6})/iu;
/** Words that end what a preposition names: a verb, a time, a conjunction of clauses. */
const NAMED_ENDS = new Set(['in', 'was', 'were', 'is', 'are', 'by', 'from', 'during', 'for', 'at', 'as', 'while', 'whereas', 'but', 'which', 'that', 'than', 'against', 'compared', 'up', 'down', 'the', 'a', 'an']);
const STOP = new Set(['and', 'of', 'the', '&']);
const vocabularyCache = new WeakMap<Dataset, Map<string, Set<string>>>();

function vocabulary(dataset: Dataset, metric: string): Set<string> {
  let byMetric = vocabularyCache.get(dataset);
  if (!byMetric) vocabularyCache.set(dataset, (byMetric = new Map()));
  let words = byMetric.get(metric);
  if (!words) {
    const m = dataset.metrics.get(metric);
    words = new Set(m ? [m.label, ...m.phrases].flatMap((p) => splitWords(p).map((w) => w.stemmed)) : []);
    byMetric.set(metric, words);
  }
  return words;
}

/**
 * "spent 3.74% of GDP on research and development": words after the measure's phrase that only restate the measure
 * (each a word of its label or phrases: "GERD as a share of GDP", "gross expenditure on research and development")
 * narrow it to no part.
 */
export function restatesMeasure(dataset: Dataset, text: string, metric: Mention): boolean {
  const m = NARROWING_AFTER.exec(text.slice(metric.end, metric.end + 80));
  if (!m) return false;
  const said: string[] = [];
  for (const w of splitWords(m[1]!)) {
    if (NAMED_ENDS.has(w.lower) && said.length > 0) break;
    said.push(w.stemmed);
  }
  const own = vocabulary(dataset, metric.id);
  const content = said.filter((w) => !STOP.has(w));
  return content.length > 0 && content.every((w) => own.has(w));
}

