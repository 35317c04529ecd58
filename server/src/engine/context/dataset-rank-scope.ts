// A rank read in prose may be a place in something narrower or other than the ranking's edition: a group ("among
// European labs", "in its size class"), a measure ("on publications", "for outreach"), a part of the ranking ("the
// 2024 index's regional table", "its mobility component"), a variant ("a re-weighted version", "once adjusted for
// size", "an earlier draft"), a hope ("aims to rank second", "could rank"), a tie ("tied for second") or something the
// subject owns ("has the second-largest budget"). Each of these makes the reading unsure: no claim is read.
import type { Span } from '../markdown/facts.js';
import { MONTH_NAME } from './dataset-stock-years.js';

/** Words before the rank in its clause that make it a hope, a plan or a possibility rather than a place held. */
const MODAL_BEFORE = /\b(?:could|might|may|aim(?:s|ed|ing)?\s+to|hop(?:e|es|ed|ing)\s+to|expect(?:s|ed|ing)?\s+to|projected\s+to|forecast\s+to|set\s+to|likely\s+to|target(?:s|ed|ing)?|seek(?:s|ing)?\s+to|sought\s+to|bid(?:s|ding)?\s+to|plan(?:s|ned|ning)?\s+to|want(?:s|ed)?\s+to|intend(?:s|ed)?\s+to|on\s+(?:course|track)\s+(?:to|for)|in\s+(?:line|contention)\s+(?:to|for)|tipped\s+to|poised\s+to|goal|ambition)\b/i;
/** A variant of the ranking anywhere in the sentence: recomputed, re-weighted, adjusted, a draft or a scenario. */
const VARIANT = /\b(?:re-?weight\w*|un-?weighted|adjusted\s+for|size-adjusted|per[-\s]capita|normali[sz]ed|excluding|leaving\s+out|setting\s+aside|simulat\w*|scenarios?|sensitivity|(?:earlier|first|early|leaked|working)\s+draft|draft\s+(?:ranking|table|edition|results|version)|preliminary|provisional|unofficial|pilot|beta|shadow|(?:alternative|modified|adjusted|revised|other|different|experimental)\s+(?:version|weighting|weights|scoring|calculation|run))\b/i;
/** "tied for second", "joint third", "shared first place", "=2nd": a shared place. */
const TIE_BEFORE = /(?:\b(?:tied|tying|ties|tie|joint|jointly|shared|sharing|shares|equal|level)\s+(?:for\s+|at\s+|in\s+|on\s+)?(?:the\s+)?|=\s*)$/i;
/** "has the second-largest budget", "with the third-highest score": a superlative of something owned. */
const OWNED_BEFORE = /\b(?:has|have|had|having|with|its|their|boasts?|boasted|recorded|posted|reported)\s+(?:the\s+)?$/i;
/** "in the second, in 2021": an ordinal standing for an edition, a round or a part, not a place. */
const ELLIPTIC_ORDINAL = { before: /\b(?:in|at|of|from|for)\s+the\s+$/i, after: /^\s*(?:[,;:)]|and\s+(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)\b)/i };

const SPELLED = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred';
/** "among all 50 labs", "among its peers", "among the 120 clusters ranked": every party of the ranking, no narrower group. */
const UNIVERSAL_GROUP = new RegExp(String.raw`^(?:among|within)\s+(?:(?:all|the|its|their|these|those|every|each|some|both)\s+)*(?:(?:\d[\d,]*|${SPELLED}|several|many|dozens\s+of|hundreds\s+of)\s+)?(?:(?:ranked|listed|assessed|scored|rated|participating|covered|included|indexed)\s+)?[\p{L}-]+s\b(?:\s+(?:ranked|listed|assessed|scored|rated|covered|included|indexed|worldwide|globally|overall|in\s+(?:the|its)\s+(?:\d{4}\s+)?(?:index|ranking|table|list|edition)|in\s+(?:the\s+)?world))?\s*(?:$|[,.;:)—–]|\s+(?:in|and|but|while|with|after|behind|ahead)\b)`, 'iu');
/** The words of a place in a group: "among European labs", "within the top tier". */
const GROUP = /\b(?:among|within)\s+/gi;
/** "in its size class", "in their category": the subject's own group. */
const OWN_GROUP = /\bin\s+(?:its|their|our)\s+(?!(?:(?:19|20)\d{2}\s+)?(?:edition|ranking|rankings|table|list|index|history)\b)(?:[\p{L}-]+\s+)?(?:class|category|group|cohort|tier|bracket|division|league|peer\s+group|segment|region|size\s+band|band|field|discipline|sector|niche|area)\b/iu;
/** "on publications", "by funding", "for outreach", "in terms of staff": a measure other than the ranking's. */
const MEASURE_AFTER = /\b(?:on|by|for|in\s+terms\s+of|(?:when\s+)?(?:measured|judged|ranked|sorted)\s+by)\s+(?:the\s+)?([\p{Ll}][\p{L}-]*)/gu;
/** What may follow "on", "by" or "for" without naming another measure: time, a count of places, the ranking itself. */
const NOT_A_MEASURE = /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|latest|next|previous|consecutive|straight|successive|years?|editions?|times?|running|place|places|spot|spots|position|positions|rank|ranks|margin|far|some|just|only|comfortably|narrowly|index|ranking|rankings|table|list|league|edition|compilers|authors|publishers?|panel|average|overall|score|scores|points?|most|all|both|every|each|its|their|itself|themselves|record|now|then|once|ever|good|contrast|comparison|example|instance|instance,|course|itself|while|decades?|months?|weeks?|the)$/i;
/** After a ranking's possessive: the ranking's own edition or table ("the CRI's 2024 edition") or a rank word ("the CRI's top lab"). */
const RANKING_OWN_WORDS = /^(?:\d{4}|latest|newest|new|current|most|recent|annual|overall|main|full|final|official|headline|general|global|world|league)$/i;
const RANKING_HEADS = /^(?:edition|editions|ranking|rankings|table|tables|list|index|results|release|standings|update|tables?)$/i;
const RANK_WORD = /^(?:top|leader|leaders|leading|highest|lowest|number|no|podium|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|bottom|\d+(?:st|nd|rd|th))$/i;

/**
 * Whether a rank at `token`, in `clause` of `sentence`, is a place in something narrower or other than the ranking's
 * edition. `rankings` are the ranking mentions of the segment, `mentions` every dataset mention (entities, rankings, metrics),
 * `known` the lower-cased words of the dataset's ranking labels ("the Coastal Robotics table" is the dataset's).
 */
export function narrowedRank(text: string, sentence: Span, clause: Span, token: Span, rankings: readonly Span[], mentions: readonly Span[], metrics: readonly Span[], known: ReadonlySet<string>, methods: readonly (readonly string[])[] = []): boolean {
  const before = text.slice(clause.start, token.start);
  if (MODAL_BEFORE.test(before)) return true;
  const sentenceText = text.slice(sentence.start, sentence.end);
  if (VARIANT.test(sentenceText)) return true;
  // "came fourth at the national innovation awards", "At the 2024 pitch contest, X placed second": a place in a contest.
  // Not "sixth of the eight races": a counted set of contests is the field the ranking orders.
  const contest = CONTEST.exec(text.slice(sentence.start, clause.end));
  // (Not the dataset's own ranking when it is an award: "In the Budget Stay Quality Award, NDH came first".)
  const contestEnd = contest ? sentence.start + contest.index + contest[0].length : 0;
  if (contest && !COUNTED_SET.test(contest[0]) && !rankings.some((r) => r.start < contestEnd && contestEnd <= r.end)) return true;
  // "Per inhabitant it ranks only 19th", "ranks 29th per head", "relative to its population": a place on a rate, not the edition's.
  if (perUnitRank(text.slice(sentence.start, clause.end))) return true;
  const near = text.slice(Math.max(sentence.start, token.start - 16), token.start);
  if (TIE_BEFORE.test(near)) return true;
  const after = text.slice(token.end, clause.end);
  // "has the second-largest budget": the superlative is of what the subject has; "second-largest funding" a measure.
  if (/^[-\u2010]\p{L}+(?:est|most)\b/u.test(text.slice(token.end, token.end + 14))) {
    // "has the third-highest score" is the ranking's own measure; "has the second-largest budget" another.
    if (OWNED_BEFORE.test(near) && !/^[-\u2010]\p{L}+\s+(?:(?:overall|index|total|composite)\s+)?(?:score|rating|rank|ranking|place|position|standing)\b/iu.test(text.slice(token.end, token.end + 40))) return true;
    const sup = /^[-\u2010]\p{L}+\s*/u.exec(text.slice(token.end))!;
    if (metrics.some((m) => m.start === token.end + sup[0].length)) return true;
  }
  if (ELLIPTIC_ORDINAL.before.test(near) && ELLIPTIC_ORDINAL.after.test(text.slice(token.end, token.end + 20))) return true;
  if (OWN_GROUP.test(after)) return true;
  // "Europe's top cluster", "Japan's top-ranked institute": first within the possessor, unless it is the ranking.
  const possessor = /^(\p{Lu}[\p{L}\p{M}.&-]*)['’]s?\s+top\b/u.exec(text.slice(token.start, token.end));
  if (possessor && !rankings.some((r) => r.start <= token.start && token.start < r.end) && !known.has(possessor[1]!.toLowerCase())) return true;
  // "the second European cluster", "the third US institute": a place among those of a named group.
  const group = /^\s+(\p{Lu}[\p{L}\p{M}-]*)\s+\p{Ll}/u.exec(text.slice(token.end, token.end + 40));
  if (group) {
    const at = token.end + group[0].indexOf(group[1]!);
    if (!mentions.some((x) => x.start <= at && at < x.end) && !known.has(group[1]!.toLowerCase())) return true;
  }
  // "In publications, IGPRI ranks first": an opening on a measure, not a time, the ranking or a turn of the argument.
  const lower = LOWER_OPENING.exec(text.slice(sentence.start, token.start));
  if (lower && !OPENING_WORDS.test(lower[1]!) && !rankings.some((x) => x.start >= sentence.start && x.end <= sentence.start + lower[0].length)) return true;
  // "by household connections SDWC is first", "On NRW, PPMWA ranks first": the clause, or the sentence when the rank's
  // clause names no ranking or the opening is set off by a comma, opens on a measure before its subject.
  const framed = /^[^,;:]{1,60},/.test(text.slice(sentence.start, token.start));
  if (measureOpening(text, clause.start, token, metrics, rankings) || ((framed || !rankings.some((r) => inside(clause, r))) && measureOpening(text, sentence.start, token, metrics, rankings))) return true;
  // "BDRI (1st), RVARS (2nd) and IGPRI (3rd) led the index", "A and B topped it": a place said of several names at once.
  if (!/^(?:round\w*\s+out\s+the\s+)?top[\s-]/i.test(text.slice(token.start, token.end))) {
    let lead = text.slice(sentence.start, token.start);
    for (const e of mentions.filter((x) => x.start >= sentence.start && x.end <= token.start).sort((a, b) => b.start - a.start)) lead = `${lead.slice(0, e.start - sentence.start)}\u0001${lead.slice(e.end - sentence.start)}`;
    if (COORDINATED.test(lead.replace(/\([^()]*\)/g, ''))) return true;
  }
  // A group after the rank in its clause, or opening the sentence before it ("Among European labs, X ranked first").
  const opening = sentenceOpening(text, sentence, token);
  for (const [span, textOf] of [[{ start: token.end, end: clause.end }, after], ...(opening ? [[opening, text.slice(opening.start, opening.end)] as const] : [])] as const) {
    for (const g of textOf.matchAll(GROUP)) {
      const at = span.start + g.index!;
      if (/top|bottom/i.test(text.slice(at + g[0].length, at + g[0].length + 20).split(/\s+/).slice(0, 2).join(' '))) continue;
      if (!UNIVERSAL_GROUP.test(text.slice(at, span.end + 1)) && !rankingsOwnField(text.slice(at, sentence.end), known)) return true;
    }
    // "in Europe", "In Asia, it came first": a place that is no dataset mention.
    for (const p of textOf.matchAll(/\b[Ii]n\s+(?:the\s+)?(\p{Lu}[\p{L}-]+)/gu)) {
      const at = span.start + p.index! + p[0].length - p[1]!.length;
      if (mentions.some((x) => x.start <= at && at < x.end) || known.has(p[1]!.toLowerCase())) continue;
      if (/^(?:January|February|March|April|May|June|July|August|September|October|November|December|Q[1-4]|H[12])$/.test(p[1]!)) continue;
      return true;
    }
  }
  // "ranked second in the 2024 CRI on publications", "by funding", "for outreach".
  if (measureIn(after, token.end, mentions, rankings, methods, text.slice(token.end, sentence.end))) return true;
  // "second in 2022 and third in 2023 by ice cores": a measure after a chain of dated places is each place's.
  const chain = DATED_PLACE_CHAIN.exec(text.slice(token.end, sentence.end));
  if (chain && measureIn(text.slice(token.end + chain[0].length, sentence.end).split(/[,;:]/)[0]!, token.end + chain[0].length, mentions, rankings, methods, text.slice(token.end + chain[0].length, sentence.end))) return true;
  // "the 2024 CRI's regional table", "the CRI's mobility component": a part of the ranking.
  for (const r of rankings) {
    if (r.start < sentence.start || r.end > sentence.end) continue;
    const poss = /^['’]s?\s+([^,;:.()]{0,60})/.exec(text.slice(r.end, r.end + 64));
    if (poss && !ownPart(poss[1]!)) return true;
    // "the CRI sister ranking", "the CRI student survey": a ranking or survey of its own named after the dataset's.
    if (/^\s+(?:[\p{Ll}-]+\s+){0,2}(?:components?|pillars?|sub-?ind(?:ex|ices|exes)|sub-?rankings?|categor(?:y|ies)|indicators?|dimensions?|surveys?|polls?|panels?)\b/u.test(text.slice(r.end, r.end + 40))) return true;
    if (/^\s+(?:sister|companion|spin-?off|junior|student|youth|regional|pilot|partner|parallel|satellite)\b/i.test(text.slice(r.end, r.end + 20))) return true;
  }
  return false;
}

/** "among the world's science and technology clusters": a group phrase up to the end of its clause or a comma. */
const FIELD_PHRASE = /^(?:among|within)\s+(?:(?:all|the|its|their)\s+)*(?:(?:world['’]s|global|international)\s+)?((?:[\p{Ll}-]+\s+){0,5}[\p{Ll}-]+s)\b(?:\s+(?:worldwide|globally|in\s+the\s+world))?\s*(?:$|[,.;:)—–]|\s+(?:in|and|but|while|with|after|behind|ahead)\b)/u;
const FIELD_GLUE = new Set(['and', 'of', 'the', '&']);

/**
 * "among the world's science and technology clusters" in a dataset whose ranking is "… science and technology cluster
 * ranking": a group named only by the ranking's own words (the last one plural) is the whole field it ranks.
 */
function rankingsOwnField(phrase: string, known: ReadonlySet<string>): boolean {
  const m = FIELD_PHRASE.exec(phrase);
  if (!m) return false;
  const words = m[1]!.split(/\s+/);
  const plural = words[words.length - 1]!;
  const singular = [plural.slice(0, -1), plural.slice(0, -2)].some((w) => known.has(w)) || known.has(plural);
  return singular && words.slice(0, -1).every((w) => FIELD_GLUE.has(w) || known.has(w));
}

/** A contest a place may be won in: "at the national innovation awards", "in a poster competition". */
const CONTEST = /\b(?:at|in|of|for)\s+(?:(?:the|a|an|this|that|its|their|last|next)\s+)?(?:[\p{L}\d-]+\s+){0,4}(?:awards?|prizes?|competitions?|contests?|challenges?|cups?|championships?|tournaments?|olympiads?|hackathons?|races?|pitch(?:es)?|polls?|votes?|games|quiz(?:zes)?|regattas?)\b/iu;

/** A plural noun counted right before it: "the eight races", "all 12 cups". */
const COUNTED_SET = /\b(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|all)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+s$/iu;

/** "per inhabitant", "per million inhabitants", "per head", "relative to its size": a measure divided by a size, the place being on that rate. */
const PER_UNIT = /\b(?:per\s+(?:(?:million|thousand|hundred\s+thousand|[\d,]+)\s+)?(?:inhabitant|head|person|resident|citizen|capita|researcher|scientist|employee|staff(?:\s+member)?|worker|student|bed|patient|connection|household|customer|dollar|euro)s?|relative\s+to\s+(?:its|their|the\s+\S+['’]s?)\s+(?:size|population|budget|staff|headcount)|for\s+(?:its|their)\s+(?:size|population|budget))\b/gi;

/** Whether a clause speaks of a place on a rate ("Per inhabitant it ranks 19th"), not a figure's own unit ("3,707 per million inhabitants"). */
function perUnitRank(clause: string): boolean {
  for (const m of clause.matchAll(PER_UNIT)) {
    // "3,707 applications per inhabitant": the unit of a stated figure, which names no measure of the place.
    if (/^per\b/i.test(m[0]) && /\d[\d,.]*(?:\s*%)?\s+(?:[\p{L}-]+\s+){0,4}$/u.test(clause.slice(Math.max(0, m.index! - 40), m.index!))) continue;
    return true;
  }
  return false;
}

/** Whether `words` (starting at `offset`) name a measure other than the ranking's: "on publications", "by funding". */
/** `rest`: the text from `offset` to the sentence's end (`words` may stop at a clause's end, as at "and"). */
function measureIn(words: string, offset: number, mentions: readonly Span[], rankings: readonly Span[], methods: readonly (readonly string[])[], rest: string): boolean {
  for (const m of words.matchAll(MEASURE_AFTER)) {
    const word = m[1]!;
    if (NOT_A_MEASURE.test(word)) continue;
    // "first … on patents and publications" names every measure of an edition's method: the ranking's own, not
    // another ("on publications" alone is one part of it, a place on that measure).
    if (namesWholeMethod(rest.slice(m.index!), methods)) continue;
    const at = offset + m.index! + m[0].length - word.length;
    if (mentions.some((x) => x.start <= at && at < x.end) && rankings.some((r) => r.start <= at && at < r.end)) continue;
    return true;
  }
  return false;
}

/**
 * Whether the words name every word of one of the ranking's edition methods ("patents+publications": "on patents
 * and publications", "on the combined count of PCT patent applications and scientific publications"), each word
 * matched by its singular stem at a word start.
 */
function namesWholeMethod(words: string, methods: readonly (readonly string[])[]): boolean {
  const lower = words.toLowerCase();
  return methods.some((method) => method.length > 0 && method.every((w) => new RegExp(String.raw`\b${w}`, 'u').test(lower)));
}

const ORDINAL_WORD = String.raw`(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th))`;
const DATED = String.raw`(?:\s+place)?\s+(?:in|since|from|until|till|by)\s+(?:the\s+)?(?:19|20)\d{2}(?:\s+edition)?`;
const DATED_PLACE = new RegExp(String.raw`\b${ORDINAL_WORD}${DATED}\b`, 'gi');

/** How many places dated by a year a text holds: "second in 2017", "fifth since 2023", "8th place from 2021". */
export function datedPlaces(text: string): number {
  return /\d{4}[\s\S]*\d{4}/.test(text) ? [...text.matchAll(DATED_PLACE)].length : 0;
}
/** After a place: its year, then further dated places joined by commas or "and" ("in 2022, and third in 2023"). */
const DATED_PLACE_CHAIN = new RegExp(String.raw`^(?:${DATED})?(?:\s*,?\s*(?:and|or|then|but)?\s*${ORDINAL_WORD}${DATED})+`, 'i');

/** Whether the words after a ranking's possessive are its own edition or table, or a rank word: not a part of it. */
function ownPart(words: string): boolean {
  const list = words.split(/\s+/).filter(Boolean).slice(0, 4);
  if (list.length === 0) return true;
  // "the index's first four editions", "its last three editions": a run of editions, not one edition's place.
  if (/^(?:first|last|latest|past|recent|previous|earliest)$/i.test(list[0]!) && list.slice(1, 3).some((w) => /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|editions?|years?)$/i.test(w))) return false;
  if (RANK_WORD.test(list[0]!)) return true;
  for (const w of list) {
    if (RANKING_HEADS.test(w)) return true;
    if (!RANKING_OWN_WORDS.test(w)) return false;
  }
  return false;
}

/** A sentence's opening phrase up to its first comma, when it ends before the rank: "Among European labs,". */
function sentenceOpening(text: string, sentence: Span, token: Span): Span | undefined {
  const m = /^[\s*_>-]*(?:among|within|in)\s[^,;:]{2,60},/i.exec(text.slice(sentence.start, token.start));
  return m ? { start: sentence.start, end: sentence.start + m[0].length } : undefined;
}

/** "In publications, …": an opening "in" phrase of lower-case words up to a comma (group 1 its first word after "the"). */
const LOWER_OPENING = /^[\s*_>-]*[Ii]n\s+(?:the\s+)?(?!the\b)(\p{Ll}[\p{L}-]*)(?:\s+[\p{L}\d-]+){0,4}\s*,/u;
/** Names (each replaced by \u0001) joined by commas and "and" before the verb of the place: a subject of several. */
const COORDINATED = /^[\s*_]*(?:both\s+)?(?:the\s+)?\u0001(?:\s*,\s*(?:the\s+)?\u0001)*\s*,?\s*(?:and|&)\s+(?:the\s+)?\u0001\s+(?:\p{L}+\s+){0,2}$/iu;
/** First words of an opening that date the sentence, name the ranking or turn the argument: "In the latest edition,", "In contrast,". */
const OPENING_WORDS = /^(?:that|this|those|these|both|each|every|all|its|their|our|same|latest|last|most|recent|new|next|previous|current|following|preceding|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|twentieth|year|years|edition|editions|index|ranking|rankings|table|list|league|round|release|update|contrast|addition|particular|practice|turn|short|sum|total|fact|general|brief|summary|comparison|response|part|effect|other|words|reality|theory|principle|retrospect|hindsight|parallel|spite|place|order|recent|early|late|mid|end|course|meantime|meanwhile|future|past|interim|end)$/i;

/** A clause opening on a measure: "by household connections", "on NRW", "in terms of staff" (group 1 the measure's first word). */
const MEASURE_OPENING = /^[\s*_>-]*(?:(?:and|but|while|whereas|yet)\s+)?(?:on|by|in\s+terms\s+of|(?:measured|judged|ranked|sorted)\s+by)\s+(?:the\s+)?([\p{L}][\p{L}-]*)/iu;
/** Words after an opening "on" or "by" that turn the argument rather than name a measure: "On balance", "By then". */
const TURN_WORDS = /^(?:balance|paper|aggregate|reflection|closer|this|that|these|those|which|then|now|other|whole|its|their|any|no|far|contrast|comparison|average|most|all|some|design|default|definition|chance|itself|December|November|October|September|August|July|June|May|April|March|February|January)$/i;
const inside = (outer: Span, inner: Span) => inner.start >= outer.start && inner.end <= outer.end;

/** Whether the text from `start` to the rank opens on a measure other than the ranking (a lower-case word or a metric's name). */
function measureOpening(text: string, start: number, token: Span, metrics: readonly Span[], rankings: readonly Span[]): boolean {
  const m = MEASURE_OPENING.exec(text.slice(start, token.start));
  if (!m) return false;
  const at = start + m[0].length - m[1]!.length;
  if (rankings.some((r) => r.start <= at && at < r.end)) return false;
  if (metrics.some((x) => x.start <= at && at < x.end)) return true;
  return /^\p{Ll}/u.test(m[1]!) && !NOT_A_MEASURE.test(m[1]!) && !TURN_WORDS.test(m[1]!);
}

/** "…, when it was fourth": a clause opened by "when". */
const WHEN_OPENING = /^\s*when\b/i;
/** A year right before the clause: "in 2019, ", "since 2019 ". */
const YEAR_BEFORE = /\b((?:19|20)\d{2})\s*,?\s*$/;

/**
 * The year a clause opened by "when" speaks of: the year just before it ("since 2019, when it was fourth"); 'unsure'
 * when no year stands there ("its best result, when it was fourth"); undefined for any other clause.
 */
export function whenClauseYear(text: string, clause: Span): number | 'unsure' | undefined {
  if (!WHEN_OPENING.test(text.slice(clause.start, clause.start + 8))) return undefined;
  const y = YEAR_BEFORE.exec(text.slice(Math.max(0, clause.start - 12), clause.start));
  return y ? Number(y[1]) : 'unsure';
}

/** Words of a rank header that speak of the ranking itself: "Rank", "Rank 2025", "Position (2024 edition)". */
const PLAIN_RANK_HEADER = /^[\s*_]*(?:(?:overall|index|official|published|final|current|latest)\s+)?(?:rank(?:s|ing)?|position|place)(?:\s*[,(]?\s*(?:(?:19|20)\d{2}(?:\s+edition)?|edition)\s*\)?)?[\s*_]*$/i;
/** A column of the ranking's own measure: its score or index value, not another measure the rank could follow. */
const SCORE_HEADER = /\b(?:score|scores|index|points|rating)\b/i;

interface RankTableView {
  /** Text and dataset mentions of a cell or caption. */
  text: string;
  rankings: readonly Span[];
  entities: readonly Span[];
  tokens: readonly { yearLike: boolean; kind: string; value: number }[];
}

/**
 * Whether a table's rank column ranks by another measure than a dataset ranking: "| Institute | Funding 2024 | Rank |"
 * with no ranking named in the caption or the header row, or a header "Rank by staff" / "Funding rank". `header` holds
 * the header row's cells, `column` the rank column's index, `body` the column cells of the other rows.
 */
export function rankColumnOfOtherMeasure(caption: RankTableView | undefined, header: readonly RankTableView[], column: number, body: readonly (readonly (RankTableView | undefined)[])[]): boolean {
  const head = header[column]!;
  if (head.rankings.length > 0) return false;
  // "Rank by staff", "Funding rank", "Rank (publications)": a rank on the words beside it, unless they are an entity's.
  if (!PLAIN_RANK_HEADER.test(head.text) && head.entities.length === 0) return true;
  // "| Rank | Organisation | Papers 2025 | ARII 2025 |" over "5th", "3rd": the ranking's places stand in a column of
  // their own, so the plain rank column is not theirs and may follow the table's own measure.
  // So do plain whole numbers under a header that names the ranking and its places ("| Position 2025 | … | MUWB rank
  // 2025 |" over "| 1 | … | 2 |"), not its scores.
  const placesOf = (h: RankTableView, c: number) => body.some((row) => row[c]?.tokens.some((t) => t.kind === 'ordinal')) || (CAPTION_OF_PLACES.test(h.text) && !SCORE_HEADER.test(h.text) && body.every((row) => row[c] === undefined || row[c]!.tokens.every((t) => t.yearLike || (t.kind === 'plain' && Number.isInteger(t.value)))));
  const placesElsewhere = header.some((h, c) => c !== column && h.rankings.length > 0 && placesOf(h, c));
  if (!placesElsewhere && header.some((h) => h.rankings.length > 0)) return false;
  // Another column of figures that are no years and no scores: the rank may follow it, unless the caption names the
  // ranking and speaks of its places ("Table 3: ARII ranks and budgets, 2025").
  const measuredColumn = (h: RankTableView, c: number) => c !== column && !SCORE_HEADER.test(h.text) && !/^[\s*_]*(?:19|20)\d{2}[\s*_]*$/.test(h.text);
  const measured = header.some((h, c) => measuredColumn(h, c) && body.some((row) => row[c]?.tokens.some((t) => !t.yearLike && t.kind !== 'ordinal')));
  if (!measured) return false;
  // "| Rank | Utility | NRW 2025 (%) |" over 1 … 10 with the losses rising row by row: the places are the order of that
  // column's figures, the table's own league on its measure, even when the caption calls it a league table.
  if (header.some((h, c) => measuredColumn(h, c) && ordersColumn(body, column, c))) return true;
  return !(caption && caption.rankings.length > 0 && CAPTION_OF_PLACES.test(caption.text));
}

/**
 * Whether the places of a rank column (five rows or more, all different) sort the rows exactly as the figures of column
 * `c` do, rising or falling (ties allowed, not all equal): the rank is the order of that measure.
 */
function ordersColumn(body: readonly (readonly (RankTableView | undefined)[])[], column: number, c: number): boolean {
  const first = (cell: RankTableView | undefined, ordinalOk: boolean) => cell?.tokens.find((t) => !t.yearLike && (ordinalOk || t.kind !== 'ordinal'))?.value;
  const pairs: [number, number][] = [];
  for (const row of body) {
    const place = first(row[column], true);
    const figure = first(row[c], false);
    if (place === undefined || figure === undefined) return false;
    pairs.push([place, figure]);
  }
  if (pairs.length < 5 || new Set(pairs.map((p) => p[0])).size !== pairs.length) return false;
  pairs.sort((a, b) => a[0] - b[0]);
  let rising = true;
  let falling = true;
  for (let i = 1; i < pairs.length; i++) {
    if (pairs[i]![1] < pairs[i - 1]![1]) rising = false;
    if (pairs[i]![1] > pairs[i - 1]![1]) falling = false;
  }
  return (rising || falling) && pairs[0]![1] !== pairs[pairs.length - 1]![1];
}

const CAPTION_OF_PLACES = /\b(?:rank|ranks|ranked|ranking|rankings|position|positions|place|places|placed|standing|standings)\b/i;

const LINK_SUPERLATIVE = /^[-\u2010]\p{L}+(?:est|most)\s+/u;
/** A group of places after an ordinal: "of Japanese clusters", "among Asian hubs", "in Japan", "nationally". */
const LINK_GROUP =
  /\b(?:(?:of|among|within)\s+(?:the\s+|all\s+)?((?:\p{Lu}[\p{L}-]*|national|domestic|regional|local)(?:\s+[\p{L}-]+){0,2}?\s+(?:clusters|institutions|institutes|universities|centres|centers|labs|laboratories|stations|utilities|cities|regions|countries|economies|peers|firms|companies|hubs|markets|partners))|in\s+(\p{Lu}[\p{L}-]+)(?!\s+\p{Lu})|(nationally|domestically|regionally|at\s+home))\b/gu;

/** Whether `after` (the words after an ordinal) places it within a group whose words the metric's label and phrases lack. */
function linkGroupOutsideMetric(after: string, metricWords: ReadonlySet<string>): boolean {
  for (const m of after.matchAll(LINK_GROUP)) {
    const words = (m[1] ?? m[2] ?? m[3]!).toLowerCase().split(/\s+/);
    if (m[2] && MONTH_NAME.test(m[2])) continue;
    if (!words.every((w) => metricWords.has(w) || metricWords.has(w.replace(/s$/, '')))) return true;
  }
  return false;
}

/** After an ordinal: the measure or scope it is a place on ("2nd in output", "2nd place overall", "third by papers"). */
const OWN_MEASURE_AFTER = /^\s+(?:place\s+|position\s+|spot\s+)?(?:overall\b|(?:in|on|by|for)\s+(?:(?!\s(?:and|or|but|while|whereas|in\s+(?:19|20)\d{2})\b)[^,;:.()]){2,40})/i;

/**
 * Whether a rank linked to a rank-valued metric ("29th by population-normalised intensity") may be that metric's. Not
 * when the words right after the ordinal name another measure or scope and the metric is named only after another
 * ordinal of the sentence ("2nd in output and 29th in the intensity ranking": the 2nd is not the intensity rank).
 */
export function rankLinkOwnMeasure(text: string, sentence: Span, token: Span, metricMentions: readonly Span[], ordinals: readonly Span[], metricWords?: ReadonlySet<string>): boolean {
  const inSentence = metricMentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
  // "its second-largest source of investment", next to "the fourth-largest goods export market": a superlative names its
  // own noun; the metric is this ordinal's only when named right there.
  const superlative = LINK_SUPERLATIVE.exec(text.slice(token.end, token.end + 24));
  if (superlative && inSentence.length && !inSentence.some((m) => m.start >= token.end && m.start <= token.end + superlative[0].length + 16 && !/[,;:()]|\band\b/.test(text.slice(token.end, m.start)))) return false;
  // "first in the intensity ranking of Japanese clusters", "second among Asian hubs": a place within a group the metric
  // does not name (a metric of places "among Japanese institutions" names its own group).
  if (metricWords && linkGroupOutsideMetric(text.slice(token.end, sentence.end).split(/[;:.]/)[0]!, metricWords)) return false;
  const own = OWN_MEASURE_AFTER.exec(text.slice(token.end, sentence.end));
  if (!own) return true;
  const end = token.end + own[0].length;
  if (inSentence.length === 0 || inSentence.some((m) => m.start < end && m.end > token.end)) return true;
  // Every mention of the metric stands after another ordinal that comes after this one: it is that ordinal's measure.
  return !inSentence.every((m) => m.start >= end && ordinals.some((o) => o.start >= end && o.end <= m.start));
}
