// Is a number that its clause ties to a metric really one entity's own value? Not when it is a group's total, a
// scale's maximum, a bound, a measure of something else, an approximate or a counterfactual figure.
import type { Dataset } from '../dataset/index.js';
import type { Span } from '../markdown/facts.js';
import { spelledNumber, type NumberToken } from '../numbers.js';
import type { Mention } from './phrase-matcher.js';
import { ownUnitAfter } from './dataset-own-units.js';
import { VersionMemo } from '../version-memo.js';
import { lemma } from './lemma.js';
import { measureOwnWords } from './rate-guards.js';
import { allMatches } from './regex-matches.js';

/** Words that make a figure a sum over several things: "together", "a combined 540", "in all". */
const SUMMATION = /\b(?:together|combined|jointly|collectively|altogether|in\s+all|in\s+total|all\s+told|between\s+(?:them|us|the\s+\w+)|among\s+them|put\s+together|taken\s+together|pooled|aggregated?|summed)\b/i;
/** An entity named as a companion of the subject: "Together with X we produced…", "along with X". */
const COMPANION_BEFORE = /\b(?:together|along|jointly|combined|coupled|in\s+partnership|in\s+collaboration)\s+with\s+(?:the\s+)?$|\balongside\s+(?:the\s+)?$/i;
/** A first-person subject, which names no entity of the dataset. */
const FIRST_PERSON = /\b(?:we|our|us|ours)\b/i;

/** A scale's maximum or a bound before the number: "83.1 out of 100", "a possible 100", "/100", "a maximum of 20". */
const SCALE_OR_BOUND_BEFORE =
  /(?:\b(?:out\s+of(?:\s+a\s+(?:possible|maximum|max\.?)(?:\s+of)?)?|of\s+a\s+(?:possible|maximum)(?:\s+of)?|a\s+possible|(?:a\s+)?(?:maximum|minimum|max\.?|min\.?|ceiling|cap|threshold|limit|target|goal|quota|benchmark)(?:\s+of)?|scale\s+(?:of|from|to)|in\s+excess\s+of|exceeding|beyond|well\s+(?:over|above|under|below)|just\s+(?:over|under|above|below|shy\s+of)|a\s+little\s+(?:over|under|more\s+than|less\s+than)|as\s+(?:many|much|few|little)\s+as|no\s+(?:more|fewer|less)\s+than|not\s+(?:more|fewer|less)\s+than|upwards?\s+of|an\s+estimated|estimated|est\.|circa|c\.|ca\.|of\s+the\s+order\s+of|on\s+the\s+order\s+of|in\s+the\s+region\s+of|something\s+like|some|nearly|almost|approximately|approx\.|roughly|around|about|more\s+or\s+less|the\s+best\s+part\s+of|shy\s+of|short\s+of|north\s+of|south\s+of|barely)\s+|\/\s*)$/i;
/** The total of a part: "22.1% of the 5,339 papers", "412 of all 1,178", "out of 5,339". */
const WHOLE_BEFORE = /(?:\bof\s+(?:the|all(?:\s+the)?|a\s+total\s+of|some)|\bfrom\s+a\s+total\s+of|\bof\s+which|\bof\s+whom)\s+$/i;
/** A bound or approximation after the number: "20 m and over", "50 or more", "about 40 or so", "300-odd". */
const BOUND_AFTER = /^(?:\s*\+(?!\s*\d)|\s*(?:-\s*)?(?:odd|plus)\b|\s+(?:and|or)\s+(?:over|above|more|up(?:wards)?|under|below|less|fewer|higher|lower|greater|longer|larger|so)\b|\s+(?:at\s+(?:most|least)|minimum|maximum|or\s+thereabouts|give\s+or\s+take))/i;
/** A unit of measure right after a number ("vessels of 20 m", "a 100-point scale"): the number measures something else than a count or score. */
const MEASURE_AFTER =
  /^(?:[ \u00a0]*(?:m|km|cm|mm|nm|kg|g|mg|t|kt|Mt|tonnes?|tons?|metres?|meters?|kilomet(?:re|er)s?|feet|ft|inch(?:es)?|miles?|nautical\s+miles?|knots?|ha|hectares?|acres?|km2|m2|km²|m²|m³|litres?|liters?|l|kW|MW|GW|kWh|MWh|GWh|TWh|W|V|kV|Hz|kHz|MHz|GHz|K|°C?|°F|bits?|bytes?|kB|MB|GB|TB|PB|dB|AU|ly|pc|kpc|Mpc|km\/s|m\/s|mph|kph|hours?|hrs?|minutes?|mins?|seconds?|secs?|ms|years?|yrs?|months?|weeks?|decades?|centur(?:y|ies)|storeys?|stories|floors?|seats?|beds?)\b|-(?:met(?:re|er)s?|m|km|kilomet(?:re|er)|year|month|week|hour|minute|second|point|pt|foot|feet|inch|mile|tonne|ton|kg|seat|bed|storey|member|strong)\b|\s*[x×]\s*\d)/i;
/** After the measure's own words, words that narrow it to a part: "412 papers with a Brazilian co-author", "papers on X". */
const RESTRICTED_AFTER = /^[ \u00a0]+(?:with|on|about|involving|featuring|co-authored|co-written|co-published|jointly|led|whose|where|abroad|outside|beyond|in\s+(?:which|partnership|collaboration|cooperation|journals?|the\s+field)|from\s+(?:abroad|partners?)|that(?!\s+(?:year|month|quarter|season|decade|edition|period)\b)|which)\b/i;
/** Before an entity, words that make it the one a figure is compared with: "…, against ASOI's 1,178", "more than IBCE". */
const COMPARED_BEFORE = /\b(?:against|versus|vs\.?|compared\s+(?:with|to)|than|behind|ahead\s+of|unlike|like|trailing|below|above|after|before|next\s+to|beside)\s+(?:the\s+|its\s+)?$/i;
/** A statistic or another party as the clause's subject: "the median institute published 480", "the rest logged 212". */
const OTHER_SUBJECT = /\b(?:median|average|mean|typical|other|others|remaining|rest|next|each|every|smallest|largest|biggest|typical|whole|entire|overall|region|regional|sector|national|world|global|index-wide|network)\b/i;
const OTHER_SUBJECT_ALL = new RegExp(OTHER_SUBJECT.source, 'gi');
/** Words before a number that make it a part of a whole named before it: "…, including 412 with Brazil", "among them 96". */
const PART_BEFORE = /\b(?:includ(?:ed|ing|es?)|compris(?:ed|ing|es?)|among\s+(?:them|which|whom|these|those)|of\s+(?:which|whom)|incl\.)\s+(?:a\s+|an\s+|some\s+)?(?:(?:USD|EUR|US\$|\$|€)\s*)?$/i;

function singularPhrase(dataset: Dataset, word: string): boolean {
  const lower = word.toLowerCase();
  for (const m of dataset.metrics.values()) for (const p of [m.label, ...m.phrases]) if (p.toLowerCase().split(/\s+/).includes(lower)) return true;
  return false;
}

/** Words after a number that are not plural nouns although they end in s. */
const NOT_PLURAL_NOUN = new Set(['was', 'has', 'is', 'this', 'thus', 'plus', 'as', 'its', 'his', 'hers', 'always', 'perhaps', 'across', 'less', 'unless', 'besides', 'towards', 'afterwards', 'whereas', 'does', 'yes', 'ours', 'theirs', 'us', 'times', 'apiece']);

/** Words before a number that make it a difference: "gap in 2025:", "a lead of", "the margin was", "difference of". */
const DIFFERENCE_BEFORE = /\b(?:gap|difference|margin|lead|shortfall|surplus|deficit|advantage|deficiency)\b[^.;!?]{0,24}$/iu;
/** After a number: "56 papers in NIMR's favour", "in favor of KCOD". */
const IN_FAVOUR_AFTER = /^[^.;!?]{0,30}\bin\s+(?:\S+\s+){0,2}?favou?r\b/iu;

/** A clause that states what would, could or should be rather than what is: a counterfactual, a plan, a forecast. */
export const NOT_ACTUAL =
  /\b(?:would|could|might|should|will|shall|if|unless|were\s+(?:it|they|we)|had\s+(?:it|they|we|the)\b|counterfactual(?:ly)?|hypothetical(?:ly)?|scenario|projected|projection|forecasts?|forecasted|expected\s+to|expects?|aims?\s+(?:to|for|at)|aiming|plans?\s+(?:to|for)|planned|targets?|targeted|targeting|goal|budgeted|proposed|requested|pledged|promised|envisaged|anticipated|estimates?|estimated)\b/i;
/** A figure under another method or definition than the dataset's: "under the old method", "on the previous definition". */
export const OTHER_METHOD =
  /\b(?:under|on|with|using|by)\s+(?:the\s+|its\s+|their\s+)?(?:old|older|previous|former|earlier|original|pre-\d{4}|\d{4}|revised|new|alternative|narrower|broader|wider|stricter|looser)\s+(?:\S+\s+)?(?:method(?:ology)?|definition|rules?|basis|weighting|formula|scoring|scheme|counting)\b|\b(?:excluding|not\s+counting|leaving\s+out|net\s+of|restated|rebased|re-?based|reweighted|re-?weighted|recomputed|re-?computed|recalculated|re-?calculated|adjusted|like-for-like|pro\s+forma|self-reported|unaudited|provisional|preliminary|unofficial)\b|\bin\s+real\s+terms\b|\b(?:at|in)\s+constant\s+(?:(?:19|20)\d{2}\s+)?(?:prices|dollars|euros|terms|USD|EUR)\b|\binflation-adjusted\b|\bown\s+(?:accounts|figures|records|count|counts|data|reporting|estimates?|survey|books)\b/i;
/** A figure summed over years rather than stated for one: "since 2016", "to date", "in its history". */
const CUMULATIVE = /\bsince\s+(?:(?:19|20)\d{2}|its|their|the\s+start|launch|founding)\b|\b(?:to\s+date|so\s+far|thus\s+far|all[- ]time|cumulative(?:ly)?|in\s+(?:its|their)\s+history|ever\s+since|over\s+the\s+(?:past|last)\s+\w+\s+(?:years|decades)|in\s+the\s+(?:past|last)\s+\w+\s+(?:years|decades))\b/i;

const cache = new WeakMap<Dataset, RegExp>();
/**
 * Plural nouns that name several entities of the dataset's kinds ("the eleven institutes", "both universities"): the
 * entities' kinds, the head nouns of their names, and the common words for such groups.
 */
function groupNouns(dataset: Dataset): RegExp {
  let re = cache.get(dataset);
  if (re) return re;
  const nouns = new Set(['institutes', 'institutions', 'centres', 'centers', 'universities', 'organisations', 'organizations', 'members', 'countries', 'economies', 'operators', 'partners', 'agencies', 'laboratories', 'labs', 'nations', 'regions', 'providers', 'companies', 'participants', 'universities', 'colleges', 'hospitals', 'observatories', 'competitors', 'producers', 'exporters', 'importers', 'cooperatives']);
  const plural = (w: string) => (/(?:[^aeiou]y)$/.test(w) ? `${w.slice(0, -1)}ies` : /(?:s|x|ch|sh)$/.test(w) ? `${w}es` : `${w}s`);
  for (const e of dataset.entities.values()) {
    for (const part of (e.kind ?? '').toLowerCase().split(/[-_\s]+/)) if (part.length > 3) nouns.add(plural(part));
    const head = e.name.split(/\s+/).filter((w) => /^\p{Lu}\p{Ll}{3,}$/u.test(w));
    const last = e.name.split(/\s+/).pop() ?? '';
    if (head.includes(last)) nouns.add(plural(last.toLowerCase()));
  }
  const alternatives = [...nouns].sort((a, b) => b.length - a.length).join('|');
  // A quantifier ("the eleven", "all", "both", "Chile's two", "the four Baltic") and up to two words before the noun.
  re = new RegExp(`\\b(?:(?:all|both)\\s+(?:the\\s+)?|(?:(?:the|these|those|our|their|its|all|[\\p{L}]+['’]s)\\s+)?(?:(?<![\\d.,])\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|dozen)\\s+)(?:[\\p{L}-]+\\s+){0,2}?(?:${alternatives})\\b`, 'giu');
  cache.set(dataset, re);
  return re;
}

/** Before a group noun, words that make it the set an entity is one of, not the subject: "first among the eleven institutes". */
const PARTITIVE_BEFORE = /\b(?:of|among|amongst|across|than|in|to|with|from|between|versus|vs\.?|like|ahead\s+of|behind|above|below)\s+$/i;

function distance(a: Span, b: Span): number {
  return a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0;
}

/**
 * Why a number tied by its clause to a metric is still not one entity's own value, or undefined when nothing says so.
 * `owners` are the mentions in the number's sentence of entities that hold facts of the metric.
 */
/**
 * `headNoun`: whether a word is the head noun of the read measure's own names ("days" of "outage days" and "days of
 * outage"), so that "36 days" counts the measure itself.
 */
export function notOwnValue(dataset: Dataset, text: string, token: NumberToken, clause: Span, sentence: Span, owners: readonly Mention[], entities: readonly Mention[], metrics: readonly Mention[], chosen: readonly Mention[], headNoun: (word: string) => boolean = () => false): string | undefined {
  const before = text.slice(Math.max(clause.start, token.start - 48), token.start);
  const after = text.slice(token.end, Math.min(sentence.end, token.end + 32));
  if (SCALE_OR_BOUND_BEFORE.test(before) || BOUND_AFTER.test(after)) return 'bound';
  if (WHOLE_BEFORE.test(before)) return 'whole';
  // "Gap in 2025: 56 papers in NIMR's favour", "a lead of 56 papers over KCOD": a difference between two figures.
  if (DIFFERENCE_BEFORE.test(before) || IN_FAVOUR_AFTER.test(after)) return 'difference';
  if (PART_BEFORE.test(before)) return 'part';
  // "a USD 2.5 million grant": one item of a measure the dataset keeps as a sum ("grants"), not the sum.
  if (/\b(?:a|an|one|single|another)\s+$/i.test(before)) {
    const next = /^[ \u00a0]+(\p{Ll}[\p{L}-]+)\b/u.exec(text.slice(token.end, token.end + 40));
    if (next && !next[1]!.endsWith('s') && !singularPhrase(dataset, next[1]!)) return 'item';
  }
  // "270.1 million m³" of a measure whose label is in million m³: its own unit (acc-dv11).
  if (token.kind !== 'percent' && token.kind !== 'currency' && MEASURE_AFTER.test(after) && !metrics.some((m) => m.start >= token.end && /^[ \u00a0-]*$/.test(text.slice(token.end, m.start))) && !chosen.some((m) => ownUnitAfter(dataset.metrics.get(m.id), after))) return 'measure';

  // "The 11 institutes published…", "312 authors": the number counts another noun than the measure.
  const noun = /^[ \u00a0]+(?:[\p{L}]+-)?(\p{Ll}[\p{L}]{2,})\b/u.exec(after);
  // "22.5 million tonnes" of a measure whose label is in million tonnes counts the measure's own unit.
  if (noun && noun[1]!.endsWith('s') && !NOT_PLURAL_NOUN.has(noun[1]!) && !metrics.some((m) => m.start >= token.end && m.start <= token.end + noun[0].length && m.end > token.end) && !chosen.some((m) => ownUnitAfter(dataset.metrics.get(m.id), after)) && !(chosen.length > 0 && headNoun(noun[1]!))) return 'counts another noun';
  // "412 papers with a Brazilian co-author": the measure narrowed to a part.
  if (chosen.some((m) => inside(clause, m) && RESTRICTED_AFTER.test(text.slice(m.end, Math.min(clause.end, m.end + 30))))) return 'part of the measure';

  // Words of the clause and sentence outside the dataset's own phrases ("total budget" is a metric, not a sum).
  const clauseText = blank(text, clause, metrics);
  const sentenceText = blank(text, sentence, metrics);
  if (NOT_ACTUAL.test(clauseText) || /\b(?:would|could|might)\s+have\b|\bhad\s+\w+\s+(?:been|applied|used|kept)\b/i.test(sentenceText)) return 'not actual';
  if (OTHER_METHOD.test(sentenceText)) return 'other method';
  if (CUMULATIVE.test(clauseText) || (CUMULATIVE.test(sentenceText) && !/\b(?:19|20)\d{2}\b/.test(clauseText.replace(/\bsince\s+(?:19|20)\d{2}/gi, '')))) return 'cumulative';

  const distinct = new Set(entities.filter((m) => inside(sentence, m)).map((m) => m.id));
  if (SUMMATION.test(clauseText) && (distinct.size >= 2 || FIRST_PERSON.test(sentenceText))) return 'group';
  if (entities.some((m) => inside(sentence, m) && COMPANION_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 40), m.start)))) return 'group';

  // "The median institute published 480 papers, against ASOI's 1,178": the one owner named is the one compared with.
  const sentenceOwners = owners.filter((m) => inside(sentence, m) && !acrossColon(text, token, m));
  if (!sentenceOwners.some((m) => inside(clause, m))) {
    if (sentenceOwners.length > 0 && sentenceOwners.every((m) => COMPARED_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 24), m.start)))) return 'compared with';
    // "At Lastovac, average occupancy stood at 86.9%": a word of the measure's own names ("occupancy, average of the
    // year") names no other subject.
    const own = (w: RegExpMatchArray) => {
      const end = clause.start + w.index! + w[0].length;
      return chosen.some((m) => m.start >= end && /^\s+$/.test(text.slice(end, m.start)) && measureOwnWords(dataset.metrics.get(m.id))?.has(lemma(w[0].toLowerCase())));
    };
    if ([...text.slice(clause.start, token.start).matchAll(OTHER_SUBJECT_ALL)].some((w) => !own(w))) return 'another subject';
  }

  // "the 5,339 papers published by the eleven institutes": a group of entities named nearer the number than any one owner.
  const nearest = (scope: Span) => Math.min(...owners.filter((m) => inside(scope, m) && !acrossColon(text, token, m)).map((m) => distance(m, token)));
  const nearestInClause = nearest(clause);
  const nearestInSentence = nearest(sentence);
  for (const span of groupPhrases(dataset, text, sentence)) {
    // The number itself counts the group ("the index covers 38 economies").
    if (span.start <= token.start && token.end <= span.end) continue;
    if (PARTITIVE_BEFORE.test(text.slice(Math.max(sentence.start, span.start - 12), span.start))) continue;
    // A group noun that is the measure itself ("RBC's 604 members") counts no entities.
    if (metrics.some((x) => x.start < span.end && span.start < x.end)) continue;
    if (distance(span, token) < (inside(clause, span) ? nearestInClause : nearestInSentence)) return 'group';
  }
  return undefined;
}

/** A group named by its size with the noun left out, right before its verb: "the three published", "both filed", "all four have". */
const ELLIPTIC_GROUP = /\b(?:(?:the|these|those|all)\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|both)(?=\s+(?:together\s+|jointly\s+|between\s+them\s+|combined\s+)?(?:\p{Ll}+ed|have|had|has|were|are|hold|held|spent|won|got|took|made|received|brought|grew|rose|fell|saw)\b)/giu;

/** Group phrases per sentence span object (a segment's sentences are one object each, kept with the segment). */
const groupPhrasesOf = new VersionMemo<Span, { re: RegExp; start: number; end: number; spans: readonly Span[] }>();

/**
 * The group phrases of a sentence (document offsets), found once per sentence rather than once per number in it:
 * the group-noun alternation over the whole sentence was the costliest part of this reading. A sentence object is
 * reused only where its text is the same (a segment taken over unchanged, at the same offset).
 */
function groupPhrases(dataset: Dataset, text: string, sentence: Span): readonly Span[] {
  const re = groupNouns(dataset);
  const kept = groupPhrasesOf.get(sentence);
  if (kept && kept.re === re && kept.start === sentence.start && kept.end === sentence.end) return kept.spans;
  const spans: Span[] = [];
  re.lastIndex = 0;
  const said = text.slice(sentence.start, sentence.end);
  for (const m of allMatches(re, said)) spans.push({ start: sentence.start + m.index!, end: sentence.start + m.index! + m[0].length });
  // "the three published 1,925 papers", "both filed": a group named by its size alone, the noun left out.
  if (/\b(?:both|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i.test(said)) {
    for (const m of allMatches(ELLIPTIC_GROUP, said)) {
      const at = sentence.start + m.index!;
      if (!spans.some((s) => s.start <= at && at < s.end)) spans.push({ start: at, end: at + m[0].length });
    }
  }
  groupPhrasesOf.set(sentence, { re, start: sentence.start, end: sentence.end, spans });
  return spans;
}

/** An entity named after the number across a colon ("a combined 540 days: GBMC 213, …") owns the figures after it. */
function acrossColon(text: string, token: NumberToken, m: Span): boolean {
  return m.start >= token.end && text.slice(token.end, m.start).includes(':');
}

/** The same, or one named after a semicolon, which opens a statement of its own ("stood at 39 in 2025; KHI had 7"). */
export function namedAcrossBreak(text: string, token: NumberToken, m: Span): boolean {
  return acrossColon(text, token, m) || (m.start >= token.end && text.slice(token.end, m.start).includes(';'));
}

/**
 * "A Tampere bike made 2,667 trips", "each Graz station handled 310": a name between an article of one unit and a
 * singular noun classifies that unit; the figure after it is per unit, not the named party's measure.
 */
export function namesOneUnit(text: string, token: NumberToken, m: Span): boolean {
  if (m.start < token.end && m.end > token.start) return false;
  if (!ONE_UNIT_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start))) return false;
  const noun = SINGULAR_NOUN_AFTER.exec(text.slice(m.end, m.end <= token.start ? Math.min(token.start, m.end + 24) : m.end + 24))?.[1]?.toLowerCase();
  return noun !== undefined && !noun.endsWith('s') && !VALUE_NOUNS.has(noun);
}

const ONE_UNIT_BEFORE = /(?:^|[^\p{L}])(?:an?|each|every|per|one)\s+(?:(?:average|typical|single)\s+)?$/iu;
const SINGULAR_NOUN_AFTER = /^(?:'s)?\s+(\p{Ll}[\p{L}-]*)\b/u;
/** Nouns after a name that state the party's own figure ("a Tampere figure of 2,267", "a Graz record of 3,088"). */
const VALUE_NOUNS = new Set(['figure', 'total', 'record', 'value', 'level', 'high', 'low', 'peak', 'count', 'tally', 'share', 'rate', 'score', 'result', 'number', 'budget', 'increase', 'decrease', 'rise', 'fall', 'drop', 'gain', 'loss', 'growth', 'decline', 'jump', 'spokesperson', 'report', 'survey', 'study']);

function inside(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

function blank(text: string, span: Span, mentions: readonly Span[]): string {
  let out = '';
  let at = span.start;
  for (const m of mentions) {
    if (m.start < at || m.end > span.end) continue;
    out += `${text.slice(at, m.start)}${' '.repeat(m.end - m.start)}`;
    at = m.end;
  }
  return out + text.slice(at, span.end);
}

/** A spelled cardinal that quantifies a group ("eleven"), for callers that read group phrases. */
export function isCount(word: string): boolean {
  return spelledNumber(word) !== undefined;
}
