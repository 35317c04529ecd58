// Phrasing families of rank claims read beside rank-claims.ts: "outside the top three", "the index leader", "bottom of
// the <ranking>", "from the 2022 edition to the 2025 edition", "after three years at the bottom", "X, not Y, would…".
import type { Span } from '../markdown/facts.js';
import { spelledNumber } from '../numbers.js';
import type { RankPeriod } from './rank-periods.js';
import { allMatches } from './regex-matches.js';

/** Words right before "the top N" that place the entity below it: "outside the top three", "dropped out of the top 10". */
// ("| not in top 3 |", "no longer among the top three": a place denied is one outside.)
const OUTSIDE_TOP_BEFORE = /\b(?:(?:just|narrowly|well|still)\s+)?(?:outside(?:\s+of)?|out\s+of|beyond|below|missed|misses|missing|miss|(?:not|no\s+longer)\s+(?:in|among|within)|failed\s+to\s+(?:make|reach|enter))\s+(?:the\s+)?$/i;

/** Whether the text before a "top N" puts the entity outside it ("just outside the top five"). */
export function rkOutsideTop(before: string): boolean {
  return OUTSIDE_TOP_BEFORE.test(before);
}

/**
 * "the index leader", "the leader of the ranking", "leader in the 2024 table": a first place said with "leader" — only where
 * the ranking (or a word for one) stands right beside it, never a "market leader" or "team leader".
 */
export const RK_LEADER = /\b(?:the|its|their)\s+(?:(?:overall|clear|outright|undisputed|joint|new|sole)\s+)?(?:([\p{L}\p{N}&()-]+(?:\s+[\p{L}\p{N}&()-]+){0,5})\s+)?leader\b(?:\s+(?:of|in|on)\s+the\s+)?/giu;
const RANKING_WORD_END = /\b(?:index|ranking|rankings|table|league|list|\p{Lu}{2,}\)?)$/u;

/** A "leader" is a rank only when said of the subject: "X was the index leader", "has been the leader of the ranking". */
export const RK_LEADER_VERB_BEFORE = /\b(?:is|was|were|are|been|be|remain(?:s|ed)?|stay(?:s|ed)?|became|become|becomes|emerged\s+as|finish(?:ed|es)\s+as|ended\s+as)\s+(?:(?:again|still|once\s+more|now)\s+)?$/i;

/** Whether a "leader" match names its ranking: right before it ("the OSI leader") or right after ("leader of the index"). */
export function rkLeaderNamesRanking(text: string, match: RegExpMatchArray, start: number, rankings: Span[]): boolean {
  const end = start + match[0].length;
  const before = match[1];
  if (before) {
    const beforeStart = start + match[0].indexOf(before);
    if (rankings.some((r) => r.start >= beforeStart && r.end <= beforeStart + before.length + 1) || RANKING_WORD_END.test(before)) return true;
  }
  if (!/\s(?:of|in|on)\s+the\s+$/i.test(match[0])) return false;
  if (rankings.some((r) => r.start >= end && r.start - end <= 12)) return true;
  return /^(?:(?:19|20)\d{2}\s+)?(?:index|ranking|table|league|list)\b/i.test(text.slice(end, end + 40));
}

/** "bottom of the Ocean Science Index", "finished bottom in the 2024 ranking": the last place, when the ranking is named right after. */
export const RK_BOTTOM = /\b(?:(?:finish(?:ed|es)?|came|placed|ranked|ranks|was|were|is|remained|stayed|ended(?:\s+up)?|sat|sits|stood|propp\w+\s+up)\s+(?:at\s+)?(?:the\s+)?(?:very\s+)?bottom\s+(?:of|in)\s+(?:the\s+)?|\bat\s+the\s+(?:very\s+)?bottom\s+of\s+(?:the\s+)?)/giu;

/** Whether a RK_BOTTOM match is followed by a named ranking (within a year or two words) or a word for one. */
export function rkBottomNamesRanking(text: string, end: number, rankings: Span[]): boolean {
  if (rankings.some((r) => r.start >= end && r.start - end <= 6)) return true;
  return /^(?:(?:19|20)\d{2}\s+)?(?:[\p{L}-]+\s+){0,2}(?:index|ranking|table|league|list)\b/iu.test(text.slice(end, end + 60)) && !/^(?:(?:19|20)\d{2}\s+)?(?:table|list)\s+of\s/i.test(text.slice(end, end + 40));
}

/** Denied alternatives: "IBCE, not ASOI, would have ranked first", "rather than KCOD". */
export const RK_DENIED_BEFORE = /\b(?:not|rather\s+than|instead\s+of)\s+(?:the\s+)?$/i;

// "from the 2022 edition to the 2025 edition", "between the 2022 and 2025 editions", "from the 2022 to the 2025 edition".
const EDITION_SPAN =
  /\b(?:from\s+the\s+((?:19|20)\d{2})\s+(?:edition|ranking|index|table)\s+(?:to|through|until|up\s+to)\s+the\s+((?:19|20)\d{2})\s+(?:edition|ranking|index|table)|from\s+the\s+((?:19|20)\d{2})\s+(?:to|through)\s+the\s+((?:19|20)\d{2})\s+(?:editions?|rankings?|indexes|tables?)|between\s+the\s+((?:19|20)\d{2})\s+and\s+(?:the\s+)?((?:19|20)\d{2})\s+(?:editions|rankings|indexes|tables|edition|ranking|index|table))\b/gi;

/**
 * A run of editions written with the word "edition" around its years, in the rank's `clause` or in the clause right after
 * it ("first in the index from the 2022 edition to the 2025 edition"); spans in absolute offsets of `text`.
 */
export function rkEditionSpan(text: string, clause: Span, sentence: Span): RankPeriod | undefined {
  const slice = text.slice(clause.start, sentence.end);
  if (!/edition|ranking|index|table/i.test(slice)) return undefined;
  const ownEnd = clause.end - clause.start + (/^\s*,?\s*/.exec(text.slice(clause.end, sentence.end))?.[0].length ?? 0);
  for (const m of slice.matchAll(EDITION_SPAN)) {
    if (m.index! > ownEnd) break;
    const years = m.slice(1).filter((g) => g !== undefined).map(Number);
    const [from, to] = years as [number, number];
    if (to <= from) continue;
    const start = clause.start + m.index!;
    return { start, end: start + m[0].length, text: m[0], from, to };
  }
  return undefined;
}

const COUNT_WORD = String.raw`(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
// "…in 2025 after three years at the bottom", "after two editions in last place", "following four years at the top".
const AFTER_RUN = new RegExp(String.raw`^\s*(?:after|following|ending|breaking)\s+(?:(?:a|an|another)\s+)?${COUNT_WORD}\s+(?:(?:consecutive|straight|successive)\s+)?(?:years|editions|seasons)\s+(?:at|in|on|as)\b`, 'i');

/**
 * "climbed to ninth in 2025 after three years at the bottom of the table": the rank of the after-clause held for the
 * `count` editions before the sentence's one year. `clause` is the rank's clause; `years` the distinct years of the sentence.
 */
export function rkAfterRun(text: string, clause: Span, years: number[], sentence: Span): RankPeriod | undefined {
  const m = AFTER_RUN.exec(text.slice(clause.start, clause.end));
  if (!m) return undefined;
  const count = /^\d+$/.test(m[1]!) ? Number(m[1]) : spelledNumber(m[1]!.toLowerCase());
  if (!count || count > 50) return undefined;
  const start = clause.start + m.index! + (m[0].length - m[0].trimStart().length);
  const end = clause.start + m.index! + m[0].length;
  // Without a single year in the sentence the run has no certain end: it is read, but left without an end. Nor has it
  // one when nothing says the place was left right after it: "Kalliojärvi was third in 2024, its best result yet, after
  // six editions in fourth place" (fourth in 2017–2022) speaks of an earlier run, "rose to ninth in 2025 after three
  // years at the bottom" of the one just before.
  return { start, end, text: text.slice(start, end), count, to: runEnd(text, sentence, end, years) };
}

/** The edition before the sentence's one year, when the sentence up to `upTo` says the place was left (RUN_LEFT). */
function runEnd(text: string, sentence: Span, upTo: number, years: number[]): number | undefined {
  return years.length === 1 && RUN_LEFT.test(text.slice(sentence.start, upTo)) ? years[0]! - 1 : undefined;
}

/** Words that say a place was left for the sentence's one: a move, or a run ended or broken. */
const RUN_LEFT = /\b(?:rose|risen|climb(?:ed|s)|jump(?:ed|s)|fell|fallen|dropp(?:ed|s)|slipp(?:ed|s)|slid|sank|mov(?:ed|es)|returned|improv(?:ed|es)|recover(?:ed|s)|advanc(?:ed|es)|regain(?:ed|s)|reclaim(?:ed|s)|escap(?:ed|es)|left|emerged|ending|ended|breaking|broke|up|down)\b/i;

/** "was top of the SASSI", "finished top of the 2024 table": first place, when the ranking is named right after. */
export const RK_TOP_OF = /\b(?:was|were|is|are|been|be|finish(?:ed|es)?|came|comes|ended|remained|remains|stayed|stays|sat|sits|stood|stands)\s+(?:at\s+)?top\s+of\s+(?:the\s+)?/giu;

/**
 * A time adverbial that opens the sentence and is set off by a comma: "Since 2022, …", "From 2018 to 2021, …", "Between
 * 2018 and 2022, …", "In every edition between 2018 and 2021, …", "Throughout 2018–2021, …". Its span, when the rank's
 * clause comes after it; the years it holds are the rank's.
 */
const LEADING_TIME = /^\s*(?:(?:in|across)\s+(?:every|each|all)\s+(?:(?:of\s+the\s+)?[\p{L}\p{N}()-]+\s+){0,4}?(?:editions?|years?|rankings?)\s+)?(?:ever\s+)?(?:since|from|between|throughout|through)\s+[^,;:]{4,60}?,\s+/iu;

// "2018–2022: KCOD first", "**2023:** ranked second": a list or line label of years.
const LABEL_TIME = /^\s*(?:\*\*|__)?((?:19|20)\d{2})(?:\s*[–-]\s*((?:19|20)?\d{2}))?\s*(?::\s*(?:\*\*|__)?|(?:\*\*|__)\s*:)\s*/;

export function rkLeadingTime(text: string, sentence: Span, clause: Span): (Span & { label?: number }) | undefined {
  const label = LABEL_TIME.exec(text.slice(sentence.start, clause.start + 1));
  if (label && sentence.start + label[0].length <= clause.start + 1) {
    const start = sentence.start + label.index! + label[0].search(/\d/);
    const end = start + (label[2] ? label[0].slice(label[0].search(/\d/)).search(/\s*(?:\*\*|__)?\s*:/) : 4);
    return label[2] ? { start, end } : { start, end, label: Number(label[1]) };
  }
  const m = LEADING_TIME.exec(text.slice(sentence.start, clause.start + 1));
  if (!m || !/\b(?:19|20)\d{2}\b/.test(m[0])) return undefined;
  const start = sentence.start + m.index!;
  const end = start + m[0].length;
  // The rank's clause must follow right after the adverbial, or after one clause that tells when ("…, when the method changed, …");
  // that clause itself ("Since 2022, when DNWS first topped the benchmark, …") dates an event, not a run.
  if (clause.start < end - 3 || /^\s*(?:when|as|after|following|once|before|where)\b/i.test(text.slice(clause.start, clause.end))) return undefined;
  const between = text.slice(end, clause.start);
  if (!/^\s*$/.test(between) && !/^\s*(?:when|as|after|following|once)\b[^,;:]*,\s*$/i.test(between)) return undefined;
  return { start, end: start + m[0].replace(/,\s+$/, '').length };
}

// "since the 2022 method change", "since its 2022 revision", "since the method change": the first edition of the new method.
const SINCE_CHANGE = /\b(?:(?:in\s+)?(?:every|each)\s+(?:year|edition|ranking)\s+)?(?:ever\s+)?since\s+(?:the|its)\s+(?:((?:19|20)\d{2})\s+)?(?:method(?:ology)?\s+|methodological\s+)?(?:change|revision|overhaul|redesign|reform)\b/gi;

/**
 * A run from a method change to the latest edition. Without a year, the change is the one between the official editions'
 * methods, only when there is exactly one; `official` lists the official editions as [year, method].
 */
export function rkSinceChange(text: string, clause: Span, official: readonly [number, string][], latestYear: number): RankPeriod | undefined {
  const slice = text.slice(clause.start, clause.end);
  if (!/since/i.test(slice)) return undefined;
  for (const m of slice.matchAll(SINCE_CHANGE)) {
    let from = m[1] ? Number(m[1]) : undefined;
    if (from === undefined) {
      const sorted = [...official].sort((a, b) => a[0] - b[0]);
      const changes = sorted.filter((e, i) => i > 0 && e[1] !== sorted[i - 1]![1]);
      if (changes.length !== 1) continue;
      from = changes[0]![0];
    }
    if (from > latestYear) continue;
    const start = clause.start + m.index!;
    return { start, end: start + m[0].length, text: m[0], from, to: latestYear };
  }
  return undefined;
}

/**
 * "topped the index three times since 2018", "twice", "only once", "on four occasions", "in three of the four editions", "in most of
 * those years", "all but one of its editions": a count of editions, not a run.
 */
const TIMES =
  /\b(?:(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple)\s+times|twice|thrice|(?:only|just|but|exactly)\s+once|on\s+(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+occasions|(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|most|many|several|some|half|all\s+but\s+(?:one|two|three|\d))\s+of\s+(?:the|its|their|these|those)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:editions|years|rankings|releases|indexes|tables))\b/iu;

export function rkCountsTimes(text: string, clause: Span): boolean {
  return TIMES.test(text.slice(clause.start, clause.end));
}

const COUNT_OR_A = String.raw`(\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
// "…, after two years as runner-up", "after a year in last place", "following three editions at the top of": right before the rank.
// "climbed one place to seventh, ending four years in last place": a run that the sentence's edition ends, as "after".
const AFTER_RUN_BEFORE = new RegExp(String.raw`\b(?:after|following|ending|breaking)\s+(?:another\s+)?${COUNT_OR_A}\s+(?:(?:consecutive|straight|successive)\s+)?(?:years?|editions?|seasons?)\s+(?:(?:as|at|in|on)\s+(?:the\s+)?)?$`, 'i');

/** "after two years as runner-up" written right before the rank token: a run of `count` editions ending before the sentence's year. */
export function rkAfterRunBefore(text: string, sentence: Span, token: Span, years: number[]): RankPeriod | undefined {
  const from = Math.max(sentence.start, token.start - 80);
  const m = AFTER_RUN_BEFORE.exec(text.slice(from, token.start));
  if (!m) return undefined;
  const word = m[1]!.toLowerCase();
  const count = /^\d+$/.test(word) ? Number(word) : word === 'a' || word === 'an' ? 1 : spelledNumber(word);
  if (!count || count > 50) return undefined;
  const start = from + m.index!;
  const said = text.slice(start, token.start).trimEnd();
  // As for rkAfterRun: the run ends right before the sentence's year only when the sentence says the place was left.
  return { start, end: start + said.length, text: said, count, to: runEnd(text, sentence, start + said.length, years) };
}

// "in the first four editions", "in its first five editions", "in each of the first three rankings".
const FIRST_N = new RegExp(String.raw`\b(?:in\s+)?(?:each\s+of\s+|all\s+(?:of\s+)?)?(?:the|its)\s+(?:very\s+)?first\s+${COUNT_OR_A.replace('a|an|one|', '')}\s+(?:[\p{Lu}][\p{L}\p{N}-]*\s+)?(?:editions|rankings|years|indexes|tables)\b`, 'giu');
// "in the five most recent editions", "the three latest rankings".
const RECENT_N = new RegExp(String.raw`\b(?:in\s+)?(?:each\s+of\s+|all\s+(?:of\s+)?)?the\s+${COUNT_OR_A.replace('a|an|one|', '')}\s+(?:most\s+recent|latest|last|past)\s+(?:[\p{Lu}][\p{L}\p{N}-]*\s+)?(?:editions|rankings|years|indexes|tables)\b`, 'giu');
// "in every edition up to 2022", "in each edition before 2023", "every year until 2021".
const EVERY_UNTIL = /\b(?:in\s+)?(?:every|each|all)\s+(?:[\p{Lu}][\p{L}\p{N}-]*\s+)?(?:editions?|years?|rankings?)\s+(?:(up\s+to(?:\s+and\s+including)?|until|till|through|to|before)\s+(?:the\s+)?((?:19|20)\d{2}))\b/giu;

/** Words that follow an ordinal in "the first four editions": the ordinal counts editions, it is no rank. */
export const RK_FIRST_N_AFTER = new RegExp(String.raw`^\s+${COUNT_OR_A.replace('a|an|one|', '')}\s+(?:[\p{Lu}][\p{L}\p{N}-]*\s+)?(?:editions|rankings|years|indexes|tables)\b`, 'iu');

/**
 * Runs counted from either end of the ranking's official editions (`editionYears`, any order): "the first four editions",
 * "the five most recent editions", "every edition before 2023". Undefined when the count is more than the editions.
 */
export function rkCountedEnds(text: string, clause: Span, editionYears: readonly number[]): RankPeriod | undefined {
  const slice = text.slice(clause.start, clause.end);
  if (!/first|recent|latest|last|past|every|each|all/i.test(slice)) return undefined;
  const years = [...new Set(editionYears)].sort((a, b) => a - b);
  const at = (m: RegExpMatchArray) => ({ start: clause.start + m.index!, end: clause.start + m.index! + m[0].length, text: m[0] });
  const count = (w: string) => (/^\d+$/.test(w) ? Number(w) : spelledNumber(w.toLowerCase()));
  for (const m of allMatches(FIRST_N, slice)) {
    const n = count(m[1]!);
    if (n && n <= years.length) return { ...at(m), from: years[0]!, to: years[n - 1]! };
  }
  for (const m of allMatches(RECENT_N, slice)) {
    const n = count(m[1]!);
    if (n && n <= years.length && !/\b(?:19|20)\d{2}\b/.test(slice)) return { ...at(m), from: years[years.length - n]!, to: years[years.length - 1]! };
  }
  for (const m of allMatches(EVERY_UNTIL, slice)) {
    const to = Number(m[2]) - (/^before/i.test(m[1]!) ? 1 : 0);
    if (to >= years[0]!) return { ...at(m), from: years[0]!, to };
  }
  return undefined;
}

/** Words after a bare ordinal that make it a rank held over editions: "first in every SASSI edition", "third since 2021". */
// ("fifth every year since 2019", "runner-up each edition from 2020 to 2024": a run without "in".)
export const RK_AFTER_RANK = /^\s*(?:(?:every|each)\s+(?:year|edition|ranking)\s+(?:since|from)\s+(?:19|20)\d{2}\b|in\s+(?:every|each|all)\s+(?:of\s+the\s+)?(?:[\p{Lu}][\p{L}\p{N}-]*\s+)?(?:editions?|rankings?|years?)\b|(?:ever\s+)?since\s+(?:(?:19|20)\d{2}|the\s+(?:(?:19|20)\d{2}\s+)?(?:edition|method|revision)|its\s+(?:first|inaugural|(?:19|20)\d{2}))\b|from\s+(?:19|20)\d{2}\s+(?:to|until|through)\s+(?:19|20)\d{2}\b|for\s+(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:consecutive|straight|successive)\s+(?:editions|years)\b)/u;

const BACK_NOUN = /^(?:institute|institution|university|centre|center|cluster|station|observatory|laboratory|lab|facility|college|academy|school|unit|agency|organi[sz]ation|port|resort|city|region|company|firm)$/i;

/** A capitalised word that refers back rather than names: "We", or the head noun of "The Institute", "our Centre". */
export function rkBackReference(text: string, at: number, word: string): boolean {
  if (/^(?:we|our|us)$/i.test(word)) return true;
  return BACK_NOUN.test(word) && /\b(?:the|our|this)\s+$/i.test(text.slice(Math.max(0, at - 6), at));
}

/** "X noted that we were third", "X said that it ranked first": the rank's subject is the pronoun, not X. */
export const RK_OTHER_SUBJECT_BETWEEN = /\b(?:that|whether|if)\s+(?:we|it|they|he|she|our\s+\w+|its\s+\w+)\b/i;

// Another ranking or measure than the dataset's: "the Nature Index", "the Times Higher Education space league table",
// "a separate survey", "our own internal ranking", "the mission-activity component", "On citations per paper, …".
const RANKING_HEAD = String.raw`(?:index|indices|indexes|ranking|rankings|league|table|survey|scoreboard|barometer|monitor|list)`;
const NAMED_RANKING_FROM = new RegExp(String.raw`^[\p{L}\p{M}’'.&-]*((?:\s+[\p{L}\p{M}’'.&-]+){0,3}?)\s+${RANKING_HEAD}\b`, 'iu');
// ("At the other end of the table", "on the other side of the table": a place in the table, not another one.)
const QUALIFIED_RANKING = new RegExp(String.raw`\b(?:separate|other|another|own|internal|alternative|alternate|regional|national|different|rival|competing|independent|private|in-house)\s+(?!(?:end|side|half|extreme|reaches)\s+of\b)(?:[\p{L}-]+\s+){0,3}?(?:${RANKING_HEAD}|component|sub-?index|sub-?ranking|pillar|indicator)\b`, 'iu');
const POSSESSED_RANKING = new RegExp(String.raw`\b(?:[Oo]ur|(?:[Tt]he|[Tt]his|[Tt]hat|[Ee]ach|[Ee]very)\s+(?!world|globe|country|nation|region|city|continent|sector|industry)\p{Ll}[\p{L}-]*['’]s)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:${RANKING_HEAD})\b`, 'u');
const COMPONENT = /\b(?:component|sub-?index|sub-?ranking|pillar|indicator|sub-?score)\b/i;
// Not a turn of the argument: "For context,", "For comparison,", "On the other hand,", "By contrast,".
const MEASURE_OPENING = /^\s*(?:on|by|in\s+terms\s+of|measured\s+by|judged\s+by|among|within|for)\s+(?!(?:the\s+)?(?:19|20)\d{2}\b)(?!(?:the\s+)?(?:year|edition)s?\b)(?!(?:context|comparison|reference|example|instance|perspective|contrast|the\s+record|the\s+moment|now|once|good\s+measure|(?:this|that|the\s+same)\s+reason|the\s+other\s+hand|one\s+thing|a\s+start)\s*,)([^,;:]{3,60}),/i;
const NOT_IN_NAME = /(?:^|\s)(?:the|a|an|its|their|his|her|this|that|these|those|our|my|your|in|on|at|of|by|for|to|from|with|into|down|up|over|under|across|led|leads|leading|heads|headed|topped|tops|is|was|were|are|be|been|has|have|had|ranked|ranks|and|or|but)(?=\s|$)/i;
const OPENING_FUNCTION = /^(?:the|in|on|by|for|a|an|and|but|its|their|our|this|that|these|those|under|according|since|from|between|among|within|meanwhile|however|overall|also|only|yet|still)$/i;

/**
 * Whether `span` (the rank's clause or sentence) names another ranking or measure than the dataset's. `mentions` are the
 * dataset's entity and ranking mentions: a name among them is no other ranking ("the SASSI table", "ASOI's index score").
 */
/**
 * "the regulator's performance league table", "our own index", "a separate ranking": a ranking named by a common noun
 * that another party owns, or called separate or its own (not in a mention of the dataset's).
 */
export function rkOwnedRanking(text: string, span: Span, mentions: Span[]): boolean {
  const slice = text.slice(span.start, span.end);
  const inMention = (at: number) => mentions.some((x) => x.start <= at && at < x.end);
  const qualified = QUALIFIED_RANKING.exec(slice);
  if (qualified && !inMention(span.start + qualified.index!)) return true;
  const possessed = POSSESSED_RANKING.exec(slice);
  return possessed !== null && !inMention(span.start + possessed.index!);
}

export function rkOtherRanking(text: string, span: Span, mentions: Span[], sentenceStart: number, known: ReadonlySet<string>): boolean {
  const slice = text.slice(span.start, span.end);
  const inMention = (at: number) => mentions.some((x) => x.start <= at && at < x.end);
  const head = new RegExp(RANKING_HEAD, 'i');
  if (head.test(slice)) {
    for (const w of slice.matchAll(/\p{Lu}[\p{L}\p{M}’'.&-]*/gu)) {
      const at = span.start + w.index!;
      if (inMention(at) || OPENING_FUNCTION.test(w[0]) || known.has(w[0].toLowerCase().replace(/[’']s$/, ''))) continue;
      const m = NAMED_RANKING_FROM.exec(slice.slice(w.index!));
      // A name's words run straight into the head noun: "Kiel led the index", "Further down the table" are no names.
      if (!m || NOT_IN_NAME.test(m[1]!)) continue;
      // A name among the dataset's mentions or words is the dataset's own ("the SASSI league table", "WIPO's cluster ranking").
      const words = [...(w[0] + m[1]!).matchAll(/\p{Lu}[\p{L}\p{M}’'.&-]*/gu)];
      if (words.some((x) => inMention(at + x.index!) || known.has(x[0].toLowerCase().replace(/[’']s$/, '')))) continue;
      return true;
    }
  }
  // "the regulator's performance league table", "our league table": a ranking named only by a common noun and owned by
  // a party of the text is that party's, not the dataset's (a name, "the MUWB's league table", is a mention).
  if (rkOwnedRanking(text, span, mentions)) return true;
  if (COMPONENT.test(slice) && /\b(?:in|on|by|for)\s+(?:the|its|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:component|sub-?index|sub-?ranking|pillar|indicator|sub-?score)\b/iu.test(slice)) return true;
  if (span.start === sentenceStart) {
    const opening = MEASURE_OPENING.exec(slice);
    if (opening && !mentions.some((x) => x.start >= span.start + opening.index! && x.end <= span.start + opening[0].length)) return true;
  }
  return false;
}

/** Lower-cased words of a ranking's label and phrases: a capitalised one of them names the dataset's ranking. */
export function rkRankingWords(labels: string[]): Set<string> {
  return new Set(labels.flatMap((l) => l.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length > 1));
}

/** "Its citation score ranked third", "their budget ranks second": the rank of something the subject has. */
export const RK_OWNED_SUBJECT = /^\s*(?:its|their|our)\s+(?!(?:rank|ranking|position|place|placing|standing|spot)\b)[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:ranked|ranks|placed|places|came|comes|was|is|stood|stands|finished)\b/iu;

/** "the third-oldest institute", "second-youngest": a superlative on another measure than the ranking's. */
export const RK_OTHER_SUPERLATIVE = /^[-\u2010](?!(?:largest|biggest|highest|strongest|best|ranked|placed)\b)\p{L}+(?:est|most)\b/iu;

/** "second from the bottom", "third from last": counted from the end of the table. */
export const RK_FROM_BOTTOM = /^\s+from\s+(?:the\s+)?(?:bottom|last|foot)\b(?:\s+of\s+the\s+(?:table|index|ranking|league|list))?/i;

/** After a bare spelled ordinal that ends an item of a list of places: "NIMR first, SISS second." */
export const RK_PLACE_LIST_END = /^\s*(?:[,;.)]|and\b|$)/;

/**
 * A place whose holder is named after it: "has been topped by BDRI", "was led by X", "the top spot went to X", "second
 * place went to X". Group 1: a passive verb of first place; 2: "the top spot"; 3: an ordinal place.
 */
export const RK_HOLDER_AFTER = /\b(?:(?:has|have|had)\s+been|was|were|is|are)\s+(topped|led|headed)\s+by\s+|\b(the\s+top\s+(?:spot|place|position|rank))\s+(?:went|belonged)\s+to\s+|\b((?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+place)\s+(?:went|belonged)\s+to\s+/gi;

const PLACE_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** The place a RK_HOLDER_AFTER word stands for. */
export function rkPlaceValue(word: string): number | undefined {
  if (/^(?:topped|led|headed)$/i.test(word) || /^the\s+top\b/i.test(word)) return 1;
  const first = word.toLowerCase().split(/\s+/)[0]!;
  const i = PLACE_WORDS.indexOf(first);
  if (i >= 0) return i + 1;
  const n = parseInt(first, 10);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

/** "sat atop the index", "held pole position in", "at the head of the table": first place, the ranking named right after. */
export const RK_ATOP = /\b(?:(?:sat|sits|sit|stood|stands|was|were|is|are|remained|remains|stayed|stays|been)\s+atop\s+(?:the\s+)?|(?:held|holds|hold|holding|took|takes|in)\s+pole\s+position\s+(?:in|on|of)\s+(?:the\s+)?|(?:was|were|is|are|been|remained|remains|stayed|stays|sat|sits|stood|stands)\s+at\s+the\s+head\s+of\s+(?:the\s+)?)/gi;

// "The top three in the 2025 index were A, B and C", "the top five: A, B, …": a copula or colon after "top N (in the …)".
const TOP_LIST_HEAD = /^(?:\s+(?:places?|spots?|positions?|institutes?|institutions?|centres?|centers?|clusters?|resorts?))?(?:\s+(?:in|of|on)\s+(?:the\s+)?[^,.;:]{1,50}?)?(?:\s+(?:were|are|was|is)\s+|\s*:\s*)/i;

/**
 * The names listed as "the top N" right after the words (`from` is where "top N" ends): every one of the sentence's entity
 * mentions after the copula, when the list holds nothing but names, commas and "and". Undefined when it is no such list.
 */
export function rkTopListed(text: string, from: number, sentence: Span, entities: readonly (Span & { id: string })[]): string[] | undefined {
  const head = TOP_LIST_HEAD.exec(text.slice(from, sentence.end));
  if (!head) return undefined;
  const listStart = from + head[0].length;
  const listed = entities.filter((e) => e.start >= listStart && e.end <= sentence.end).sort((a, b) => a.start - b.start);
  if (listed.length < 2) return undefined;
  // Between the names only separators; after the last, the end of the sentence.
  let at = listStart;
  for (const e of listed) {
    if (!/^[\s,()&]*(?:and\s+)?(?:the\s+)?$/i.test(text.slice(at, e.start))) return undefined;
    at = e.end;
  }
  if (!/^[\s)]*(?:\([^()]*\))?\s*[.;]?\s*$/.test(text.slice(at, sentence.end))) return undefined;
  return [...new Set(listed.map((e) => e.id))];
}

/** The words that set a year aside from a run, and what may follow them before the year: "except (for) (in) (the)". */
const SET_ASIDE = String.raw`(?:except(?:ing)?|save|apart\s+from|aside\s+from|other\s+than|excluding|barring)\s+(?:for\s+)?(?:in\s+)?(?:the\s+)?`;
/** A year set aside from a run: "last in every edition except 2023", "first each year but 2021", "apart from 2019". */
const EXCEPT_YEAR = new RegExp(
  String.raw`\b${SET_ASIDE}(?:(?:19|20)\d{2})\b|\b(?:every|each|all)\s+(?:[\p{L}-]+\s+){0,2}?(?:editions?|years?|rankings?)\s+but\s+(?:in\s+)?(?:the\s+)?(?:19|20)\d{2}\b`,
  'iu',
);
const LEADING_EXCEPT = new RegExp(String.raw`^\s*${SET_ASIDE}(?:19|20)\d{2}\s*,`, 'i');
/** The clause right after the rank's, set off by a comma or dash, opening on the exception: "…last in every edition, except 2023". */
const FOLLOWING_EXCEPT = new RegExp(String.raw`^\s*[,;–—-]?\s*${SET_ASIDE}(?:19|20)\d{2}\b`, 'i');
/** Right before a year that a run sets aside: "except 2023", "apart from in 2019", "other than the 2021". */
export const RK_SET_ASIDE_BEFORE = new RegExp(String.raw`\b${SET_ASIDE}$`, 'i');

/**
 * Whether the rank's clause, an opening "Apart from 2023," of its sentence or a clause right after it (", except 2023") sets
 * a year aside from the run it claims (the one reading of "except <year>": a heading that sets a year aside dates no section either):
 * the year named is the one edition the place was not held, so neither it nor the run is a certain reading.
 */
export function rkExceptYear(text: string, clause: Span, sentence: Span): boolean {
  return EXCEPT_YEAR.test(text.slice(clause.start, clause.end)) || LEADING_EXCEPT.test(text.slice(sentence.start, sentence.end)) || FOLLOWING_EXCEPT.test(text.slice(clause.end, sentence.end));
}

/**
 * Right before a rank, "the only institute to have", "the first of them to be": the rank names who has ever held the
 * place ("the only institute to have led the index since 2021"), not a run or an edition of the subject's.
 */
export const RK_ONLY_TO_HAVE = /\b(?:only|sole|first|last|one)\s+(?:(?:one|institutes?|institutions?|organisations?|organizations?|stations?|utilit(?:y|ies)|centres?|centers?|labs?|laborator(?:y|ies)|cluster|of\s+(?:them|the\s+[\p{L}-]+))\s+)?to\s+(?:have\s+|ever\s+|be\s+|been\s+|have\s+been\s+|have\s+ever\s+|ever\s+have\s+)*(?:ranked\s+|placed\s+|finished\s+|come\s+|came\s+)?$/iu;

/** Between two names of a coordinated subject: a comma or "and", an aside in brackets allowed ("IAV (1), UICS (2) and …"). */
const COORDINATED_GAP = /^\s*(?:\([^()]{0,20}\))?\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:the\s+)?$/i;
const HOLDER_GAP = /^\s*(?:\([^()]{0,20}\))?\s*(?:(?:now|still|currently|together|jointly|both|were|are|remain|remained|stood|stand|sat|sit)\s+)*$/i;

/**
 * "IAV (1), UICS (2) and IMGN (3) led the AHRI": several names joined right before the verb hold the top places
 * together; none of them is said to hold the first.
 */
export function rkCoordinatedHolders(text: string, entities: readonly Span[], at: number): boolean {
  const before = entities.filter((e) => e.end <= at).sort((a, b) => a.start - b.start);
  const last = before.at(-1);
  if (!last || !HOLDER_GAP.test(text.slice(last.end, at))) return false;
  const previous = before.at(-2);
  return previous !== undefined && COORDINATED_GAP.test(text.slice(previous.end, last.start));
}

/** Between two names of a choice: "SAGIC or KHI", "either A or B". */
const DISJOINED_GAP = /^\s*(?:\([^()]{0,20}\))?\s*,?\s*or\s+(?:else\s+)?(?:the\s+)?$/i;

/** "the top spot has gone to either SAGIC or KHI": a place given to one of two names is no claim of either. */
export function rkDisjoinedNames(text: string, clause: Span, entities: readonly Span[]): boolean {
  const inClause = entities.filter((e) => e.start >= clause.start && e.end <= clause.end).sort((a, b) => a.start - b.start);
  return inClause.some((e, i) => i > 0 && DISJOINED_GAP.test(text.slice(inClause[i - 1]!.end, e.start)));
}

/** A place passed between holders: "first place has alternated between DNWS and PPMWA", "changed hands", "taken turns". */
export const RK_PASSED_PLACE = /\b(?:alternat(?:ed|es|ing)|(?:taken|took|take|taking)\s+turns|swapp(?:ed|ing)|traded|changed\s+hands|shared\s+between)\b/i;

/** "have ever been last since 2019", "at one point first": a place held at some time, not a run or a given edition. */
export const RK_AT_SOME_TIME = /\b(?:ever|at\s+(?:some|one)\s+point|at\s+times)\b(?!\s+since)/i;

/** Right after an ordinal, another one joined to it ("first, second and fifth"): places listed for names listed apart. */
export const RK_ORDINAL_LIST_AFTER = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*)(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th))\b/i;
/** Right before an ordinal, another one joined to it. */
export const RK_ORDINAL_LIST_BEFORE = /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th))\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*)(?:the\s+)?$/i;

/** After a dated place: "in 2019 and again in 2020", "in the 2019 edition and once more in 2021" (group 2 the second year). */
const AGAIN_IN = /^\s+in\s+(?:the\s+)?((?:19|20)\d{2})(?:\s+(?:edition|index|ranking))?,?\s+and\s+((?:again|once\s+(?:more|again))\s+in\s+(?:the\s+)?((?:19|20)\d{2}))\b/i;

/** The second edition of "second in 2019 and again in 2020": its year and the span of "again in 2020", when the first year is `year`. */
export function rkAgainIn(text: string, end: number, year: number): (Span & { year: number }) | undefined {
  const m = AGAIN_IN.exec(text.slice(end, end + 80));
  if (!m || Number(m[1]) !== year || Number(m[3]) <= year) return undefined;
  const start = end + m[0].length - m[2]!.length;
  return { start, end: end + m[0].length, year: Number(m[3]) };
}
