// Finds rank claims ("ranked second in the 2025 GII", "first from 2017 to 2024", "2nd globally") and the edition each speaks of.
import { lentSlots, type LentSlot } from './lent-slots.js';
import type { Ranking, RankingEdition } from '@factlint/schemas';
import type { AnalysedDocument, AnalysedSegment, AnalysedTable } from '../analysis.js';
import type { Dataset } from '../dataset/index.js';
import type { Span } from '../markdown/facts.js';
import { plainToken, spelledNumber, type NumberToken, type RangeToken } from '../numbers.js';
import { firstAtOrAfter, inSpan, itemsWithin, sentenceOf } from './spans.js';
import { clausesOf, clauseSubject, clauseTime, EARLIER_ROLE_BEFORE, semicolonPart, type RankSubject } from './rank-clauses.js';
import { rankPeriod, type RankPeriod } from './rank-periods.js';
import { rankColumnTokens } from './rank-tables.js';
import { carriedRankClaims } from './carried-rank-claims.js';
import { rkTopListed, RK_ATOP, RK_HOLDER_AFTER, rkPlaceValue, RK_FROM_BOTTOM, RK_PLACE_LIST_END, RK_OTHER_SUPERLATIVE, RK_OWNED_SUBJECT, rkOtherRanking, rkRankingWords, RK_AFTER_RANK, RK_FIRST_N_AFTER, rkAfterRunBefore, rkCountedEnds, RK_BOTTOM, RK_LEADER, RK_LEADER_VERB_BEFORE, RK_TOP_OF, rkAfterRun, rkCountsTimes, rkLeadingTime, rkSinceChange, rkBottomNamesRanking, rkEditionSpan, rkLeaderNamesRanking, rkOutsideTop, rkExceptYear, rkCoordinatedHolders, RK_ONLY_TO_HAVE, rkDisjoinedNames, RK_AT_SOME_TIME, rkOwnedRanking, RK_ORDINAL_LIST_AFTER, RK_ORDINAL_LIST_BEFORE, RK_PASSED_PLACE, rkAgainIn } from './rank-families.js';
import { segmentHas } from './segment-carry.js';
import { datedPlaces, narrowedRank, rankColumnOfOtherMeasure } from './dataset-rank-scope.js';
import { ellipticCounterfactual, listedPlace, moveTarget, pluperfectSince, unheldRank } from './dataset-rank-readings.js';
import { placeLabels, placeTableClaims } from './dataset-place-tables.js';
import { countAfterRun, officialYears, rankedEntities, rankingsNamedBefore, namedRankings, oneRankingAround, oneRanking } from './dataset-which-ranking.js';
import { documentOwner } from './dataset-referred-subject.js';
import { versionEdit } from '../across-versions.js';
import { VersionMemo } from '../version-memo.js';
import { allMatches } from './regex-matches.js';

const LAST_OR_BOTTOM = /last|bottom|leader|top\s+of|atop|pole|head\s+of/i;

export type MethodCue = 'vc' | 'old' | undefined;

export interface RankClaim {
  token: NumberToken;
  segment: AnalysedSegment;
  ranking: Ranking;
  entity: string;
  /** A single edition year stated with the claim. */
  year?: number;
  /** Several single years stated with the claim ("1st in 2022 and 2023"): each must hold. */
  years?: number[];
  /** A span of years stated with the claim ("from 2017 to 2024"). */
  span?: RangeToken;
  /** A run of editions not written as a range ("since 2022", "for eight consecutive years"). */
  period?: RankPeriod;
  /** The length of that run, set after it ("every edition up to 2024, for nine consecutive years"). */
  counted?: RankPeriod;
  /** A place moved to after the year stated before the movement ("third in 2023, dropped to fourth"): one of the later editions. */
  after?: number;
  /** No year stated, and nothing nearby names another: the latest edition. */
  latest?: boolean;
  /** The year is the heading's above the claim ("### 2018"), not stated in its sentence. */
  headed?: boolean;
  method: MethodCue;
  hypothetical: boolean;
  /** "among the top five" (rank ≤ 5), with `exact` "rounding out the top five" (rank 5), with `outside` "outside the top five" (rank > 5). */
  top?: { n: number; exact: boolean; outside?: boolean };
  /** A rank said in words ("topped", "runner-up"): never rewritten by a fix. */
  word?: boolean;
  /** The slots read from outside the rank's own sentence or table row (its subject, its edition's year): no certain fix. */
  lent?: LentSlot[];
}

const TOP_N = /\b(round(?:s|ed|ing)?\s+out\s+the\s+)?top[\s-]+(\d{1,3}|[a-z]+)\b/gi;
// Ranks said in words: "runner-up", "the top spot", "number two", "topped/led the index".
const RANK_WORDS = /\b(?:(runner[\s-]up)|(?<!\b(?:near|close\s+to|towards?|off|outside|among)\s+)(?:the|at the|[\p{L}-]+['’]s?)\s+(top)(?:\s+|-ranked\s+)(?:spot|place|position|rank|slot|berth|of|(?:[\p{Ll}-]+\s+){0,3}?(?:cluster|institute|institution|university|centre|center|city|region|hub|performer))\b|(top)-ranked\b|number[\s-](one|two|three|four|five|six|seven|eight|nine|ten)\b|(topped|tops|led|leads|headed|heads|won|wins)\s)/giu;
/** "held the title", "won the award", "retained the prize": first place in a ranking that is an award. */
const TITLE_HELD = /\b(?:held|holds|holding|won|wins|winning|kept|keeps|retained|retains|defended|defends|claimed|claims|took|takes)\s+the\s+(?:title|award|prize|crown|trophy)\b/gi;
const TITLE_HINT = /\bthe\s+(?:title|award|prize|crown|trophy)\b/i;
const AWARD_LABEL = /\b(?:award|prize|trophy|medal)s?\b/i;
/** Whether the dataset's one ranking (or every one) is an award ("Budget Stay Quality Award"). */
function awardRanking(dataset: Dataset): boolean {
  const rankings = [...dataset.rankings.values()];
  return rankings.length > 0 && rankings.every((r) => AWARD_LABEL.test(r.label));
}
/** Every match of RANK_WORDS holds one of these words: a cheap test keeps the costly regex off other prose. */
const RANK_WORD_HINT = /runner|top|number|led\b|leads\b|head|won\b|wins\b/i;
/** "last place", "finished last", "bottom of the table": the last place of a ranking whose editions all list the same number of places. */
const LAST_PLACE =
  /\b(?:in\s+|into\s+|to\s+)?last\s+place\b|\b(?:finish(?:ed|es)?|came|comes|placed|ranked|ranks|was|were|is|are|been|be|remained|remains|stayed|stays|ended|sat|sits|stood)\s+(?:dead\s+)?last\b(?!\s+(?:\p{L}+ed|\p{L}+(?:st|nd|rd|th)|\d+\p{L}*|years?|editions?|times?|weeks?|months?|seasons?|in\s+line|of|to)\b)|\b(?:at|to)\s+the\s+(?:very\s+)?bottom\s+of\s+the\s+(?:table|index|ranking|league|list)\b/giu;
/** Words right before a place that leave it or deny it: "out of last place", "knocked off the top spot", "lost the top spot" (or "\"lost\" the top spot"), "swaps first place with". */
// ("the gap to second place", "a lead of 3.4 points over second place": the place of the other party.)
const LEFT_PLACE_BEFORE = /\b(?:(?:gap|lead|margin|distance|deficit|advantage|points?)\s+(?:to|over|on|behind|ahead\s+of)|out\s+of|off|from|left|leaves?|leaving|escap\w*|avoid\w*|quit\w*|exit\w*|above|than|not|never|no\s+longer|los(?:t|es?)|losing|ced(?:e|ed|es|ing)|surrender\w*|relinquish\w*|g[ai]ve\s+up|giving\s+up|yield\w*|conced\w*|forfeit\w*|dethron\w*|swap(?:s|ped|ping)?|trad(?:es|ed|ing)|alternat(?:es|ed|ing))["”’']?\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?$/i;
/** The same words before an ordinal place, less "from" (the place of a move, "fell from fifth to ninth", is read). */
const LEFT_ORDINAL_BEFORE = new RegExp(LEFT_PLACE_BEFORE.source.replace('|from|', '|'), 'i');
/** After "the top spot": its holder named after it ("went to X", "belonged to X", "was taken by X"). */
const HOLDER_NAMED_AFTER = /^\s*(?:(?:went|belonged|fell|passed)\s+to|(?:was|were|has\s+been|had\s+been|is)\s+(?:held|taken|won|claimed)\s+by)\s/i;
/** After a place, a clause that says it was lost: "the top spot it lost to X in 2024", "first place, which it ceded in 2022". */
const LOST_AFTER = /^[\s,]*(?:(?:that|which)\s+)?(?:it|they|he|she|we|the\s+[\p{L}-]+)\s+(?:had\s+|has\s+|have\s+)?(?:lost|ceded|gave\s+up|given\s+up|surrendered|relinquished|yielded|conceded|dropped)\b/iu;
/** Words that make a last place another place: "second-to-last", "next to last". */
const NOT_LAST_BEFORE = /(?:\b(?:second|third|next|one)[-\s]+(?:to[-\s]+)?|-)$/i;
/** What "topped" or "led" must be followed by to be a rank: the ranking, or a word for one ("led the index"). */
const RANKING_NOUN = /^(?:(?:the|every|each|all|its|their|\S+['’]s?)\s+){0,3}(?:[\w&-]+\s+){0,3}?(?:index|ranking|rankings|table|league|list)\b/i;

const BEFORE_RANK = /\b(?:rank(?:ed|s|ing)?|plac(?:ed|es|ing)|slipp(?:ed|ing)|fell|dropp(?:ed|ing)|r[io]se|climb(?:ed|ing)|mov(?:ed|ing)|came|finish(?:ed|es)|remain(?:ed|s)?|stay(?:ed|s)?|held|holds?|was|is|were|are|been|be|took|takes|sits?|sat|stood|stands?|ended|puts?\s+\S+|in|at|to|from)\s+(?:(?:still|now|again|also|just|currently|once\s+more)\s+)?(?:the\s+)?(?:to\s+|in\s+|at\s+)?$/i;
const AFTER_RANK = /^\s*(?:place|position|spot|globally|worldwide|in the world|overall|among|of \d+|of ten\b|in (?:the )?(?:19|20)\d{2}|a year (?:ago|earlier|before)|last year)\b/i;
/**
 * An ordinal that counts something else: "the third edition", "the first rating" (an edition called by the ranking's
 * noun), "the first to add", "the second time", "the third results table", "the second robustness check" (a part of a
 * document or an argument, one modifier allowed).
 */
const NOT_A_RANK = /^[\s-]*(?:(?:[A-Za-z]+\s+)?(?:tables?|figures?|charts?|sections?|chapters?|paragraphs?|pages?|columns?|rows?|appendix|appendices|annex(?:es)?|footnotes?|panels?|bullets?|items?|questions?|models?|specifications?|checks?|tests?|recommendations?|reasons?|examples?|options?|points?|arguments?|concerns?|comments?|remarks?)\b|editions?|ratings?|polls?|surveys?|scorecards?|rankings?|releases?|benchmarks?|index(?:es)?|indices|times?|years?|issues?|floors?|rounds?|quarters?|half|generations?|waves?|phases?|stages?|steps?|authors?|days?|weeks?|months?|century|decades?|metrics?|indicators?|ingredients?|consecutive|straight|successive|to\b|of (?:its|their|the (?:first|last))|largest|biggest|highest|strongest|most|time)\b/i;
/** After "first", a verb of the past that is no verb of placing: "first reached", "first entered", "first broke into". */
const FIRST_DID_AFTER = /^\s+(?!(?:ranked|placed|rated|seeded|listed|named|positioned|finished|ended|came|was|were)\b)(?:\p{Ll}+ed|became|broke|went|rose|won|got|made|took|hit|joined)\b/u;
/** An edition counted with the ranking's name between: "the first SASSI edition", "the third GII Cluster edition" (names capitalised). */
const NAMED_EDITION_AFTER = /^\s+(?:[A-Z][A-Za-z&.-]*\s+){1,3}(?:[Ee]ditions?|[Ii]ssues?|[Rr]eleases?)\b/;
/**
 * A count of placings, not a place: "17 of the 27 top-three places", "five top-10 finishes" (a number, or "of the",
 * right before "top N", and a plural placing noun right after it).
 */
const COUNTED_TOP_BEFORE = /(?:\b\d[\d,]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|several|many|all|most)|\bof\s+(?:the|its|their|all)(?:\s+\d[\d,]*)?)\s+$/i;
const COUNTED_TOP_AFTER = /^[\s-]*(?:places|finishes|spots|positions|placings|berths|slots|appearances)\b/i;
/** One placing singled out among others: "its only top-ten finish since 2019", "a first top-three place" (a count of one, not a run). */
const ONE_TOP_BEFORE = /\b(?:only|first|another|sole|single|lone|latest|last|second|third)\s+(?:ever\s+)?$/i;
const ONE_TOP_AFTER = /^[\s-]*(?:finish|place|placing|spot|position|berth|slot|appearance|showing)\b/i;
/**
 * "the top two of them", "the top three of these stations", "the top two among those": the first N of a group the
 * text just named, ordered by whatever the sentence measures, not places in a ranking.
 */
const TOP_OF_GROUP_AFTER = /^\s+(?:of|among)\s+(?:them|these|those|(?:this|that)\s+group|the\s+latter)\b/i;
/**
 * An ordinal that is one end of a range of places ("between second and third", "between 2nd and 4th") or that names
 * an edition after "since the" ("every edition since the first in 2018"): no single place is claimed.
 */
const RANGE_OR_EDITION_BEFORE = /(?:\bbetween\s+(?:the\s+)?|\bbetween\s+(?:the\s+)?(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:and|&)\s+(?:the\s+)?|\bsince\s+the\s+)$/i;
/** After an ordinal: its year, then "to" and a verb ("first in 2021 to add"), not "to fourth", "to the top", "to 5th". */
const NOT_A_DEED = String.raw`(?!(?:the|a|an|its|their|no|number|top|bottom|last|joint|tied|equal|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\b)\p{Ll}+\b`;
const DATED_DEED_AFTER = new RegExp(String.raw`^\s+(?:in|by)\s+(?:the\s+)?(?:19|20)\d{2}\s+to\s+${NOT_A_DEED}`, 'u');
/** "the second hydrogen institute to reach the top three", "the third centre ever to…": an order of deeds, after "the". */
const NAMED_DEED_AFTER = new RegExp(String.raw`^\s+(?!(?:place|position|spot|rank)\b)(?:[\p{L}-]+\s+){1,3}?(?:ever\s+)?to\s+${NOT_A_DEED}`, 'u');
const PLACING_VERB = /\b(?:puts?|placed|places|ranked|ranks|rated|rates|had|has|have)\s+(?:the\s+)?$/i;
const SUPERLATIVE = /^[-\u2010](?:largest|biggest|highest|strongest|best)\b/i;
/** A rank on another measure or within a narrower list: "29th on intensity", "second in Europe", "third among Japanese institutions". */
const OTHER_MEASURE = /^\s+(?:(?:on|by|for|in terms of)\s+(?!the\s+(?:\d{4}\s+)?(?:index|ranking|table|list|edition)\b|(?:the\s+)?(?:old|new|earlier|previous|revised|original|official|past|last|first|next)\b|\d|(?:every|each|all|both|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)\b)|(?:in|among|within)\s+(?:the\s+)?(?=\p{Lu}))/u;

/** "29th on intensity", "second in Europe": the rank is on another measure or list, unless what follows names the ranking. */
function otherMeasure(segment: AnalysedSegment, token: NumberToken, after: string): boolean {
  const m = OTHER_MEASURE.exec(after);
  if (!m) return false;
  const at = token.end + m[0].length;
  // "first in the WIPO GII cluster ranking", "in WIPO's GII": the ranking's publisher named before it.
  return !segment.rankings.some((r) => r.start === at || (r.start > at && r.start - token.end <= after.length && PUBLISHER_BEFORE.test(after.slice(m[0].length, r.start - token.end))));
}
/** Capitalised words before a ranking's name, its publisher: "WIPO ", "WIPO's ", "the OECD's ". */
const PUBLISHER_BEFORE = /^(?:\p{Lu}[\p{L}&.-]*(?:['’]s)?\s+){1,2}$/u;
const VC_CUE = /\b(?:VC|venture[\s-]capital|new method(?:ology)?)\b|\+\s*VC/i;
const OLD_CUE = /\b(?:old|earlier|previous|former|prior|pre-\d{4}|original)\s+(?:method(?:ology)?|metrics?|approach|rules|formula)|\bwould still\b|patent- and publication-based|\bpatents? and publications\b|patents\s*\+\s*publications(?!\s*\+)/i;
const NEGATED = /\b(?:not|never|no longer|neither|nor|failed to)\b|n['’]t\b/i;
const COUNTERFACTUAL = /\bwould(?:n['’]t)?\b|\b\p{L}+['’]d\s+(?:have|still|be)\b|\brecomput|\brecalculat|\bcounterfactual/iu;
const ADJACENT_TO_RANK = /^[’']?s?[\s,]*(?:(?:in|at|was|is|ranked|ranks|placed|came|stood|stands|remained|the)\s+)*$/i;
const NOT_SUBJECT = /\b(?:behind|after|ahead of|than|overtaken by|overtaking|trailing|following|beating|replacing)\s+(?:the\s+)?$/i;

const cache = new VersionMemo<AnalysedDocument, { scope?: SegmentScope; claims: RankClaim[] }>();

/** Segments [from, to] (RuleContext.scope). */
type SegmentScope = { from: number; to: number };

/**
 * Rank claims of a document, found once and shared by the rank and rank-years rules; with a scope (a section-bound run
 * after an edit), only the claims of the segments and tables in it.
 */
export function rankClaims(doc: AnalysedDocument, dataset: Dataset, scope?: SegmentScope): RankClaim[] {
  const found = cache.get(doc);
  if (found && found.scope?.from === scope?.from && found.scope?.to === scope?.to) return found.claims;
  const claims = findRankClaims(doc, dataset, scope);
  cache.set(doc, { scope, claims });
  return claims;
}

/**
 * What a rank claim reads beyond its segment, its section and its headings, for a section-bound rule's globals: the
 * document's owner and, per segment, whether it is a heading and the rankings it names (namedEarlier and
 * rankingsNamedBefore read them from every segment before a claim). The second value stays the same object from one
 * version to the next while those are the same: after an edit only the segments of its scope are read again.
 */
export function rankingsNamedDigest(doc: AnalysedDocument, dataset: Dataset): readonly unknown[] {
  if (dataset.rankings.size === 0) return [];
  return [documentOwner(doc, dataset) ?? null, namedDigest(doc, dataset).version];
}

interface NamedDigest {
  /** Per segment: "h" for a heading, then the rankings it names ("" for none). */
  parts: string[];
  /** The same object while every part is the same. */
  version: object;
}

const digests = new VersionMemo<AnalysedDocument, NamedDigest>();

function namedDigest(doc: AnalysedDocument, dataset: Dataset): NamedDigest {
  let digest = digests.get(doc);
  if (digest) return digest;
  const edit = versionEdit(doc);
  const before = edit && digests.get(edit.previous);
  if (edit && before) {
    // Outside the edit's scope every segment has the same content, kind and place (across-versions.ts).
    const parts = before.parts.slice();
    let changed = false;
    for (let i = edit.from; i <= edit.to; i++) {
      const part = namedPart(doc, dataset, doc.segments[i]!);
      if (part !== parts[i]) changed = true;
      parts[i] = part;
    }
    digest = { parts, version: changed ? {} : before.version };
  } else digest = { parts: doc.segments.map((s) => namedPart(doc, dataset, s)), version: {} };
  digests.set(doc, digest);
  return digest;
}

/** How far past a segment namedRankings reads the noun after a cue word (RANKING_NOUN_AFTER's 16 characters). */
const CUE_NOUN_WIDTH = 16;

function namedPart(doc: AnalysedDocument, dataset: Dataset, s: AnalysedSegment): string {
  // Kept with the segment's analysis while the words after it are the same (a cue word reads the noun after it).
  const named = s.reuse('rank-claims:named', [doc.text.slice(s.end, s.end + CUE_NOUN_WIDTH)], () => {
    const ids = s.rankings.map((m) => m.id).join(',');
    const cued = [...namedRankings(dataset, doc.text, s, s.rankings)].join(',');
    return ids === '' && cued === '' ? '' : `${ids}:${cued}`;
  });
  return s.kind === 'heading' ? `h${named}` : named;
}

/** Where the segment's text says "top N" and ranks in words: found once per segment text (match indices are relative). */
function rankMatches(text: string): { top: RegExpMatchArray[]; words: RegExpMatchArray[] } {
  return { top: /top/i.test(text) ? allMatches(TOP_N, text) : [], words: RANK_WORD_HINT.test(text) ? allMatches(RANK_WORDS, text) : [] };
}

function findRankClaims(doc: AnalysedDocument, dataset: Dataset, scope?: SegmentScope): RankClaim[] {
  if (dataset.rankings.size === 0) return [];
  const claims: RankClaim[] = [];
  const from = scope?.from ?? 0;
  const to = scope?.to ?? doc.segments.length - 1;
  // A table is one block: its cells lie in the scope or none does.
  const tables = scope ? doc.tables.filter((t) => (t.cells[0]?.[0] ?? from) >= from && (t.cells[0]?.[0] ?? from) <= to) : undefined;
  const rankColumns = rankColumnTokens(doc, tables);
  for (let i = from; i <= to; i++) {
    const segment = doc.segments[i]!;
    if (segment.kind === 'heading' || !mayHoldRankClaims(segment, rankColumns)) continue;
    claims.push(...carriedRankClaims(doc, dataset, segment, () => segmentRankClaims(doc, dataset, segment, rankColumns)));
  }
  // "| Edition | First | Second |" with a row per year: names in the cells of a table of places.
  if (doc.tables.length) claims.push(...placeTableClaims(doc, dataset, (segment, around) => rankingFor(doc, dataset, segment, around), tables));
  return claims;
}

/** Whether the segment says "top N", a rank in words or an ordinal, or has a rank column's cell: else it claims no rank. */
function mayHoldRankClaims(segment: AnalysedSegment, rankColumns: Set<NumberToken>): boolean {
  const matches = segment.memo('rank-claims:matches', rankMatches);
  if (matches.top.length > 0 || (segment.kind !== 'cell' && (matches.words.length > 0 || segmentHas(segment, LAST_OR_BOTTOM)))) return true;
  return segment.tokens.some((t) => t.kind === 'ordinal' || (segment.kind === 'cell' && rankColumns.has(t)));
}

function segmentRankClaims(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment, rankColumns: Set<NumberToken>): RankClaim[] {
  const claims: RankClaim[] = [];
  const text = doc.text;
  const matches = segment.memo('rank-claims:matches', rankMatches);
  for (const m of matches.top) {
    const n = /^\d/.test(m[2]!) ? Number(m[2]) : spelledNumber(m[2]!);
    if (!n) continue;
    const start = segment.start + m.index!;
    const token = segment.tokens.find((t) => t.start >= start && t.end <= start + m[0].length) ?? syntheticToken(text, start, start + m[0].length, n);
    // "The top three in the 2025 index were A, B and C": each listed name is in the top three.
    const listed = rkTopListed(text, start + m[0].length, sentenceOf(segment, start), segment.entities);
    if (listed) {
      const tokenAt = { ...token, start, end: start + m[0].length, text: m[0] };
      for (const id of listed) {
        const claim = claimFor(doc, dataset, segment, token, id);
        if (claim) claims.push({ ...claim, token: tokenAt, top: { n, exact: false } });
      }
      continue;
    }
    if (COUNTED_TOP_BEFORE.test(text.slice(Math.max(segment.start, start - 30), start)) && COUNTED_TOP_AFTER.test(text.slice(start + m[0].length, start + m[0].length + 20))) continue;
    if (ONE_TOP_BEFORE.test(text.slice(Math.max(segment.start, start - 30), start)) && ONE_TOP_AFTER.test(text.slice(start + m[0].length, start + m[0].length + 20))) continue;
    if (TOP_OF_GROUP_AFTER.test(text.slice(start + m[0].length, start + m[0].length + 30))) continue;
    // "…, with Los Angeles rounding out the top 10": the place is the name's right before the words; a name the dataset
    // does not know there leaves it unread, whatever the sentence's subject.
    let roundedOutBy: string | undefined;
    if (m[1] !== undefined) {
      const before = text.slice(Math.max(segment.start, start - 60), start);
      const known = segment.entities.find((e) => e.end <= start && /^\s+$/.test(text.slice(e.end, start)));
      if (known) roundedOutBy = known.id;
      else if (/\p{Lu}[\p{L}\p{M}’'.-]*\s+$/u.test(before) && !/(?:^|[.!?]\s+)\p{Lu}[\p{L}]*\s+$/u.test(before)) continue;
    }
    const claim = claimFor(doc, dataset, segment, token, roundedOutBy);
    const outside = rkOutsideTop(text.slice(Math.max(segment.start, start - 30), start));
    if (claim) claims.push({ ...claim, token: { ...token, start, end: start + m[0].length, text: m[0] }, top: { n, exact: m[1] !== undefined && !outside, ...(outside ? { outside } : {}) } });
  }
  if (segment.kind !== 'cell') {
    for (const m of matches.words) {
      const value = m[1] ? 2 : m[2] || m[3] || m[5] ? 1 : spelledNumber(m[4]!.toLowerCase());
      if (!value) continue;
      const start = segment.start + m.index!;
      // "2.4 points clear of the runner-up", "ahead of the runner-up": the other party of a comparison, not the subject.
      if (m[1] && RUNNER_UP_COMPARED.test(text.slice(Math.max(segment.start, start - 24), start))) continue;
      // "knocked off the top spot", "lost the top spot": a place left is no claim to hold it.
      if (LEFT_PLACE_BEFORE.test(text.slice(Math.max(segment.start, start - 24), start))) continue;
      // "regaining the top spot it lost to SAGIC in 2024": the clause after the place dates its loss, not its holding.
      if (LOST_AFTER.test(text.slice(start + m[0].length, Math.min(segment.end, start + m[0].length + 60)))) continue;
      // "the top spot belonged to Bruges", "the top spot went to BDRI": the holder is named after the place (RK_HOLDER_AFTER).
      if (m[2] && HOLDER_NAMED_AFTER.test(text.slice(start + m[0].length, Math.min(segment.end, start + m[0].length + 40)))) continue;
      // "with Tampere (1st) and Turku (2nd) now at the top of the table": the top places held together, as for "led".
      if (m[2] && rkCoordinatedHolders(text, segment.entities, start)) continue;
      if (m[5]) {
        // "IAV (1), UICS (2) and IMGN (3) led the AHRI": the top places held together, none of them the first.
        if (rkCoordinatedHolders(text, segment.entities, start)) continue;
        const next = start + m[0].length;
        // "won the Budget Stay Quality Award from 2018 to 2023": a ranking that is won is named right after the verb (not
        // "won a special prize in the award"), or the verb has no object and the sentence named the ranking before.
        const won = /^win|^won/i.test(m[5]);
        const named = segment.rankings.some((r) => r.start >= next && (won ? /^(?:the\s+)?$/i.test(text.slice(next, r.start)) : r.start - next <= 40));
        if (!named && (won || !RANKING_NOUN.test(text.slice(next, next + 80))) && !rankingReferredBack(segment, start, next) && !ledWithoutObject(segment, start, next)) continue;
      }
      const claim = claimFor(doc, dataset, segment, syntheticToken(text, start, start + m[0].trimEnd().length, value));
      if (claim) claims.push({ ...claim, word: true });
    }
    if (/\bby\b|(?:went|belonged)\s+to|atop|pole|head\s+of/i.test(segment.text)) {
      // "The index has been topped by BDRI", "the top spot went to BDRI": the place's holder named after it.
      for (const m of segment.text.matchAll(RK_HOLDER_AFTER)) {
        const start = segment.start + m.index!;
        const holderAt = start + m[0].length;
        const holder = segment.entities.find((e) => e.start === holderAt || (e.start > holderAt && /^the\s+$/i.test(text.slice(holderAt, e.start))));
        if (!holder) continue;
        const word = m[1] ?? m[2] ?? m[3]!;
        // "The ARII has been topped by BDRI": only a ranking is topped or led here, not "a consortium led by NIMR".
        if (m[1]) {
          const sentence = sentenceOf(segment, start);
          const before = text.slice(Math.max(sentence.start, start - 30), start);
          const rankingRight = segment.rankings.some((r) => r.start >= sentence.start && r.end <= start && /^\s*(?:(?:index|ranking|rankings|table|league\s+table|list)\s+)?$/i.test(text.slice(r.end, start)));
          if (!rankingRight && !/\b(?:index|ranking|table|league|list)\s+$/i.test(before)) continue;
        }
        const value = rkPlaceValue(word);
        if (!value) continue;
        const wordStart = start + m[0].indexOf(word);
        const claim = claimFor(doc, dataset, segment, syntheticToken(text, wordStart, wordStart + word.length, value), holder.id);
        if (claim) claims.push({ ...claim, word: true });
      }
      // "sat atop the 2022 ARII", "held pole position in the index", "at the head of the table".
      for (const m of segment.text.matchAll(RK_ATOP)) {
        const start = segment.start + m.index!;
        if (!rkBottomNamesRanking(text, start + m[0].length, segment.rankings) && !segment.rankings.some((r) => r.start >= start + m[0].length && r.start - start - m[0].length <= 40)) continue;
        if (LEFT_PLACE_BEFORE.test(text.slice(Math.max(segment.start, start - 24), start))) continue;
        const claim = claimFor(doc, dataset, segment, syntheticToken(text, start, start + m[0].trimEnd().replace(/\s+(?:of|in|on)(?:\s+the)?$/i, '').replace(/\s+the$/i, '').length, 1));
        if (claim) claims.push({ ...claim, word: true });
      }
    }
    if (/top\s+of/i.test(segment.text)) {
      // "was top of the SASSI", "finished top of the 2024 table": first place, the ranking named right after.
      for (const m of segment.text.matchAll(RK_TOP_OF)) {
        const start = segment.start + m.index!;
        if (!rkBottomNamesRanking(text, start + m[0].length, segment.rankings)) continue;
        const claim = claimFor(doc, dataset, segment, syntheticToken(text, start, start + m[0].search(/top/i) + 3, 1));
        if (claim) claims.push({ ...claim, word: true });
      }
    }
    if (/leader/i.test(segment.text)) {
      // "the OSI leader", "the leader of the index": first place, where the ranking stands beside the word.
      for (const m of segment.text.matchAll(RK_LEADER)) {
        const start = segment.start + m.index!;
        if (!RK_LEADER_VERB_BEFORE.test(text.slice(Math.max(segment.start, start - 30), start))) continue;
        if (!rkLeaderNamesRanking(text, m, start, segment.rankings)) continue;
        const end = start + m[0].trimEnd().replace(/\s+(?:of|in|on)\s+the$/i, '').length;
        const claim = claimFor(doc, dataset, segment, syntheticToken(text, start, end, 1));
        if (claim) claims.push({ ...claim, word: true });
      }
    }
    if (TITLE_HINT.test(segment.text) && awardRanking(dataset)) {
      // "Ninho do Douro, which held the title from 2018 to 2023": in a dataset whose ranking is an award, holding or
      // winning its title is first place.
      for (const m of segment.text.matchAll(TITLE_HELD)) {
        const start = segment.start + m.index!;
        if (LEFT_PLACE_BEFORE.test(text.slice(Math.max(segment.start, start - 24), start))) continue;
        const claim = claimFor(doc, dataset, segment, syntheticToken(text, start, start + m[0].length, 1));
        if (claim) claims.push({ ...claim, word: true });
      }
    }
    if (/last|bottom/i.test(segment.text)) {
      for (const m of segment.text.matchAll(LAST_PLACE)) {
        const start = segment.start + m.index!;
        const before = text.slice(Math.max(segment.start, start - 24), start);
        if (LEFT_PLACE_BEFORE.test(before) || NOT_LAST_BEFORE.test(before)) continue;
        const claim = claimFor(doc, dataset, segment, syntheticToken(text, start, start + m[0].length, 0));
        const places = claim && lastPlace(claim.ranking);
        if (claim && places) claims.push({ ...claim, token: { ...claim.token, value: places }, word: true });
      }
      // "finished bottom of the 2024 index", "at the bottom of the Ocean Science Index": a ranking named right after.
      const read = [...segment.text.matchAll(LAST_PLACE)].map((m) => ({ start: segment.start + m.index!, end: segment.start + m.index! + m[0].length }));
      for (const m of segment.text.matchAll(RK_BOTTOM)) {
        const start = segment.start + m.index!;
        const end = start + m[0].length;
        if (read.some((r) => r.start < end && start < r.end)) continue;
        if (LEFT_PLACE_BEFORE.test(text.slice(Math.max(segment.start, start - 24), start)) || !rkBottomNamesRanking(text, end, segment.rankings)) continue;
        const claim = claimFor(doc, dataset, segment, syntheticToken(text, start, start + m[0].search(/bottom/i) + 'bottom'.length, 0));
        const places = claim && lastPlace(claim.ranking);
        if (claim && places) claims.push({ ...claim, token: { ...claim.token, value: places }, word: true });
      }
    }
  }
  const accepted = new Set<number>();
  // "| 1st | BGS | CIL |" under "| Place | 2022 | 2024 |": the label of a row of places, no one's claim.
  if (segment.kind === 'cell' && placeLabels(doc).has(segment.index)) return claims;
  for (const token of segment.tokens) {
    if (segment.kind === 'cell' && rankColumns.has(token)) {
      const claim = claimFor(doc, dataset, segment, token);
      if (claim) claims.push(claim);
      continue;
    }
    if (token.kind !== 'ordinal') continue;
    const before = text.slice(Math.max(segment.start, token.start - 30), token.start);
    const after = text.slice(token.end, Math.min(segment.end, token.end + 40));
    // "third-largest", "second-biggest": a rank only where the sentence names the ranking.
    const superlative = SUPERLATIVE.test(after);
    if (superlative && !segment.rankings.some((r) => inSpan(sentenceOf(segment, token.start), r))) continue;
    // "second from the bottom": a place counted from the end, in a ranking whose editions are complete and of one size.
    const fromBottom = RK_FROM_BOTTOM.exec(after);
    if (fromBottom) {
      const claim = claimFor(doc, dataset, segment, token);
      const places = claim && lastPlace(claim.ranking);
      const end = token.end + fromBottom[0].length;
      if (claim && places && token.value <= places) claims.push({ ...claim, token: { ...token, end, text: text.slice(token.start, end), value: places - token.value + 1 }, word: true });
      continue;
    }
    if (RANGE_OR_EDITION_BEFORE.test(before)) continue;
    // "second in the first JEI in 2016": "the" + ordinal + the ranking's name counts its editions, not a place.
    if (/\b(?:the|its|their)\s+$/i.test(before) && segment.rankings.some((r) => r.start >= token.end && /^\s{1,2}$/.test(text.slice(token.end, r.start)))) continue;
    // "KHI, SAGIC and NDTS were the first, second and fifth": places listed together, each for a name listed apart.
    if (!token.style.ordinalPrefix && (RK_ORDINAL_LIST_AFTER.test(after) || RK_ORDINAL_LIST_BEFORE.test(before))) continue;
    // "lost first place in 2025", "knocked out of second place": a place left is no claim to hold it ("fell from fifth" is read).
    if (LEFT_ORDINAL_BEFORE.test(before)) continue;
    // "the second in 2021 to drill below 2,000 metres": the order of a first deed, not a place (a dated "to <verb>").
    if (DATED_DEED_AFTER.test(after) || (/\bthe\s+(?:very\s+)?$/i.test(before) && NAMED_DEED_AFTER.test(text.slice(token.end, Math.min(segment.end, token.end + 60))))) continue;
    if (LOST_AFTER.test(after.replace(/^\s+(?:place|position|spot)\b/i, ''))) continue;
    // "and first reached the top three in 2022": "first" before a verb of the past says when, not which place.
    if (token.value === 1 && token.spelled && FIRST_DID_AFTER.test(after)) continue;
    if ((!superlative && (NOT_A_RANK.test(after) || NAMED_EDITION_AFTER.test(after) || RK_FIRST_N_AFTER.test(after) || RK_OTHER_SUPERLATIVE.test(after))) || otherMeasure(segment, token, after)) continue;
    if (!superlative && placeInMeasureOrderBefore(segment, token)) continue;
    const cued = superlative || BEFORE_RANK.test(before) || AFTER_RANK.test(after) || RK_AFTER_RANK.test(after) || (segment.kind === 'cell' && !token.spelled) || token.style.ordinalPrefix;
    if (!cued && !afterName(segment, token, accepted, doc) && !gappedPlace(segment, token, before, accepted)) continue;
    const claim = claimFor(doc, dataset, segment, token);
    if (claim) {
      claims.push(claim);
      accepted.add(token.start);
      // "second in 2019 and again in 2020": the same place in a second edition, a claim of its own.
      const again = claim.year !== undefined && !claim.hypothetical ? rkAgainIn(text, token.end, claim.year) : undefined;
      if (again) claims.push({ ...claim, token: syntheticToken(text, again.start, again.end, token.value), year: again.year, word: true });
    }
  }
  return claims;
}

/**
 * "…to become the second-busiest of the eight schemes … In 2023 it was third.": a bare place in a sentence that names
 * neither a ranking nor a subject, right after a sentence that orders the subjects by a measure ("second-busiest",
 * "third-largest") and names no ranking, goes on with that order, not with a ranking's.
 */
function placeInMeasureOrderBefore(segment: AnalysedSegment, token: NumberToken): boolean {
  const sentences = segment.sentences;
  const i = firstAtOrAfter(sentences, token.start + 1) - 1;
  const own = sentences[i];
  const previous = sentences[i - 1];
  if (!own || !previous || own.start > token.start || token.start >= own.end) return false;
  const within = (s: Span) => (r: Span) => r.start >= s.start && r.end <= s.end;
  if (segment.rankings.some(within(own)) || segment.rankings.some(within(previous)) || segment.entities.some(within(own))) return false;
  const text = segment.text;
  return segment.tokens.some((t) => t.kind === 'ordinal' && t.start >= previous.start && t.end <= previous.end && (SUPERLATIVE.test(text.slice(t.end - segment.start, t.end - segment.start + 20)) || RK_OTHER_SUPERLATIVE.test(text.slice(t.end - segment.start, t.end - segment.start + 20))));
}

/** A ranking named by a noun, not by a name: "the index", "the table". */
const RANKING_WORD = /\b(?:index|ranking|table|league|benchmark)\b/i;

/**
 * "The index itself is led by BDRI, which has topped it every year since 2021": "topped it" or "led it" where the
 * sentence named the ranking before the verb.
 */
function rankingReferredBack(segment: AnalysedSegment, verbStart: number, next: number): boolean {
  return /^it\b/i.test(segment.text.slice(next - segment.start, next - segment.start + 3)) && (rankingNamedBefore(segment, verbStart) || rankingIsTopicBefore(segment, verbStart));
}

/**
 * "WIPO's Global Innovation Index ranks science and technology clusters … . Tokyo–Yokohama topped it every year": the
 * sentence right before, in the same paragraph, speaks of a ranking, named before any name of its own (a publisher's
 * name right before the ranking's aside).
 */
function rankingIsTopicBefore(segment: AnalysedSegment, verbStart: number): boolean {
  const sentence = sentenceOf(segment, verbStart);
  const before = segment.sentences.filter((x) => x.end <= sentence.start).at(-1);
  if (!before) return false;
  const ranking = segment.rankings.find((r) => r.start >= before.start && r.end <= before.end);
  return ranking !== undefined && segment.entities.every((e) => e.end <= before.start || e.start >= before.end || (e.end <= ranking.start && /^[’']s?\s*$/.test(segment.text.slice(e.end - segment.start, ranking.start - segment.start))));
}

/** Whether the verb's sentence names a ranking before it, by a name or by a noun ("the index", "the table"). */
function rankingNamedBefore(segment: AnalysedSegment, verbStart: number): boolean {
  const sentence = sentenceOf(segment, verbStart);
  return segment.rankings.some((r) => r.start >= sentence.start && r.end <= verbStart) || RANKING_WORD.test(segment.text.slice(sentence.start - segment.start, verbStart - segment.start));
}

/** Right after an intransitive "led": a time ("every year since 2018", "since 2022", "in every edition", "from 2018 to 2021"). */
const TIME_AFTER_LED = /^\s*(?:(?:in\s+)?(?:every|each)\s+(?:year|edition)\b|since\s+(?:19|20)\d{2}\b|from\s+(?:19|20)\d{2}\b|in\s+(?:19|20)\d{2}\b)/i;

/**
 * "At the top of the table, Skarvdal has led every year since 2018", "In the NBPCB, Skarvdal has led since 2018": "led"
 * with no object, right before a time, where the sentence named the ranking before the verb.
 */
function ledWithoutObject(segment: AnalysedSegment, verbStart: number, next: number): boolean {
  return TIME_AFTER_LED.test(segment.text.slice(next - segment.start, next - segment.start + 30)) && rankingNamedBefore(segment, verbStart);
}

/** Before a place that shares the verb of a place before it: "was first in 2025, and first every year since 2022". */
const GAPPED_BEFORE = /(?:,\s*|\s)(?:and|but|then)\s+(?:(?:again|also|still|then)\s+)?$/i;

/** A bare ordinal coordinated after a place its sentence already claims, the verb left out ("…, and first every year since 2022"). */
function gappedPlace(segment: AnalysedSegment, token: NumberToken, before: string, accepted: ReadonlySet<number>): boolean {
  if (!GAPPED_BEFORE.test(before)) return false;
  const sentence = sentenceOf(segment, token.start);
  for (const start of accepted) if (start >= sentence.start && start < token.start) return true;
  return false;
}

/** Between a name and a bare ordinal: nothing, or a place ("in Tokyo"); a constant, as the bundler builds \p{…} literals anew per call. */
const ENTITY_THEN_PLACE = /^[\s,]*(?:(?:in|on|at)\s+\p{Lu}[\p{L}-]*\s+|\(\s*)?$/u;

/**
 * A bare ordinal right after a name: "A came first and B second" (in a sentence that already holds a rank), or
 * "GII 2025: Tokyo–Yokohama 2nd; Seoul 5th" (a written ordinal, with the ranking named in the sentence).
 */
function afterName(segment: AnalysedSegment, token: NumberToken, accepted: Set<number>, doc: AnalysedDocument): boolean {
  const text = segment.text;
  const adjacent = segment.entities.some((e) => e.end <= token.start && ENTITY_THEN_PLACE.test(text.slice(e.end - segment.start, token.start - segment.start)));
  if (!adjacent) return false;
  // "The 2025 GII placed Seoul third", "puts NIMR first".
  if (segment.entities.some((e) => e.end <= token.start && /^\s+$/.test(text.slice(e.end - segment.start, token.start - segment.start)) && PLACING_VERB.test(text.slice(Math.max(0, e.start - segment.start - 14), e.start - segment.start)))) return true;
  const sentence = sentenceOf(segment, token.start);
  if ([...accepted].some((s) => sentenceOf(segment, s) === sentence)) return true;
  // "NIMR first, SISS second.": a spelled place that ends an item of a list of places, the ranking named in the sentence.
  const listEnd = !!token.spelled && RK_PLACE_LIST_END.test(text.slice(token.end - segment.start, token.end - segment.start + 6));
  if (!token.spelled || listEnd) {
    if (segment.rankings.some((r) => inSpan(sentence, r))) return true;
    // "### OSI position by year" then "- 2023: KCOD second": the ranking named in the heading of a list of places.
    const heading = segment.heading !== undefined ? doc.segments[segment.heading] : undefined;
    return !!segment.listItem && !!heading && heading.rankings.length > 0;
  }
  return false;
}

/** "rather than tenth", "instead of second": the place a sentence sets aside. */
const CONTRASTED_PLACE = /\b(?:rather\s+than|instead\s+of)\s+(?:the\s+)?$/i;

/**
 * The text of `span` with every parenthesis that does not hold the token blanked: in "2nd (1st under the pre-2025
 * method)" the method named in the aside is the aside's place's, not the 2nd's.
 */
function ownParentheses(text: string, span: Span, token: Span): string {
  return text.slice(span.start, span.end).replace(/\([^()]*\)/g, (group, at: number) => {
    const start = span.start + at;
    return start <= token.start && token.start < start + group.length ? group : ' '.repeat(group.length);
  });
}

/** The ranking, entity, edition year or span and method a rank token speaks of; undefined on weak evidence. */
/** Right after a place: the size of its field, "of twelve", "out of 40". */
const OF_FIELD_AFTER = /^\s+(?:of|out\s+of)\s+(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\b/i;

function claimFor(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment, token: NumberToken, subject?: string): RankClaim | undefined {
  if (segment.kind === 'cell') return cellClaimFor(doc, dataset, segment, token);
  const text = doc.text;
  const sentence = sentenceOf(segment, token.start);
  const scope = [sentence];
  if (segment.metrics.some((m) => dataset.metrics.get(m.id)?.unit === 'rank' && inSpan(sentence, m))) return undefined;
  const clause = clausesOf(text, sentence).find((c) => c.start <= token.start && token.start < c.end) ?? sentence;
  // The one ranking the rank's own clause names beats one named elsewhere in the sentence ("In the sub-index, A was
  // second, while in the AHRI it was first").
  const inClause = namedRankings(dataset, text, clause, segment.rankings);
  const ranking = inClause.size ? dataset.rankings.get(oneRanking(inClause) ?? '') : rankingFor(doc, dataset, segment, scope);
  if (!ranking) return undefined;
  // "…; intensity is where its population drags it down, to 29th": the rank's part of the sentence (from its last
  // semicolon) speaks of a measure per head.
  const ownPart = semicolonPart(text, sentence, token);
  if (NORMALISED.test(text.slice(ownPart.start, Math.min(ownPart.end, clause.end))) && !perHead(ranking)) return undefined;
  const ranked = rankedEntities(ranking);
  // "the relay squad was fifth of twelve club teams": a place among more than the ranking ever ranks is another field's.
  const field = OF_FIELD_AFTER.exec(text.slice(token.end, Math.min(sentence.end, token.end + 30)));
  if (field && (spelledNumber(field[1]!.toLowerCase()) ?? Number(field[1])) > Math.max(...ranking.editions.map((e) => e.ranks.length))) return undefined;
  const read = subject !== undefined ? (ranked.has(subject) ? { id: subject } : undefined) : clauseSubject(doc, segment, sentence, token, ranked, dataset);
  if (!read) return undefined;
  const entity = read.id;
  const latestYear = Math.max(...ranking.editions.map((e) => e.year));
  const clauseText = text.slice(clause.start, clause.end);
  // "has not ranked first since…", "never topped": a denied rank is no claim to check.
  if (NEGATED.test(text.slice(clause.start, token.start))) return undefined;
  if (unclearRanking(dataset, segment, sentence, clause, clauseText)) return undefined;
  // "third or fourth since 2021", "your article ranks NDTS eighth": a choice of places, or another's claim reported.
  if (unheldRank(text, sentence, token)) return undefined;
  // "among European labs", "on publications", "the index's regional table", "tied for second", "aims to rank": not the edition's place.
  if (narrowedRank(text, sentence, clause, token, segment.rankings, [...segment.entities, ...segment.rankings, ...segment.metrics], segment.metrics, knownRankingWords(dataset), rankingMethodWords(ranking))) return undefined;
  // "In the Nature Index, ASOI ranked third", "On citations per paper, it ranks third": another ranking or measure.
  // Only a ranking named by a name ("SASSI", "Ocean Science Index") marks the dataset's; "league table" may be anyone's.
  const specific = byName(text, segment.rankings);
  const mentions = [...segment.entities, ...specific];
  const known = knownRankingWords(dataset);
  if (!specific.some((r) => inSpan(clause, r)) && rkOtherRanking(text, clause, mentions, sentence.start, known)) return undefined;
  if (!specific.some((r) => inSpan(sentence, r)) && rkOtherRanking(text, sentence, mentions, sentence.start, known)) return undefined;
  // "A separate ranking by a newspaper puts ASOI second and IBCE first; it is not the SASSI": the sentence up to the end of
  // the rank's clause names another ranking and not the dataset's, whatever a later clause names.
  const upToClause = { start: sentence.start, end: clause.end };
  if (!specific.some((r) => inSpan(upToClause, r)) && rkOtherRanking(text, upToClause, mentions, sentence.start, known)) return undefined;
  // "Its citation score ranked third": the rank of something the subject has; "the only institute to have led the index
  // since 2021", "have ever been last since 2019": who has held the place at some time, not a run of the subject's;
  // "gone to either SAGIC or KHI", "has alternated between DNWS and PPMWA": a place passed between names.
  const lead = text.slice(clause.start, token.start);
  if (RK_OWNED_SUBJECT.test(lead) || RK_ONLY_TO_HAVE.test(lead) || RK_AT_SOME_TIME.test(lead) || rkDisjoinedNames(text, clause, segment.entities) || RK_PASSED_PLACE.test(clauseText)) return undefined;
  // "would have been ninth rather than tenth": the place set against the counterfactual one is no claim of either.
  if (CONTRASTED_PLACE.test(text.slice(Math.max(sentence.start, token.start - 16), token.start))) return undefined;
  // "finished first in 2025 after years as runner-up", "the former number one": a place held before, of no one edition.
  if (EARLIER_ROLE_BEFORE.test(text.slice(Math.max(sentence.start, token.start - 40), token.start))) return undefined;
  const sentenceText = ownParentheses(text, sentence, token);
  const ownClause = ownParentheses(text, clause, token);
  // The sentence's cue for the method: of the part of the sentence between semicolons that holds the rank ("In 2025 it
  // came second; under the pre-2025 metrics it would still have ranked first": the old metrics are the second part's).
  // A cue in a later clause that holds a rank of its own is that rank's ("…, knocked into second place in 2025, would still
  // rank first under the old method": the old method is the first place's).
  const part = semicolonPart(text, sentence, token);
  const laterRank = clausesOf(text, sentence).find((c) => c.start >= clause.end && c.start < part.end && segment.tokens.some((t) => t.kind === 'ordinal' && !t.yearLike && inSpan(c, t)));
  const partText = ownParentheses(text, laterRank ? { start: part.start, end: laterRank.start } : part, token);
  const method: MethodCue = VC_CUE.test(ownClause) ? 'vc' : OLD_CUE.test(ownClause) ? 'old' : VC_CUE.test(partText) ? 'vc' : OLD_CUE.test(partText) ? 'old' : undefined;
  // A recomputation named in the sentence before the end of the rank's clause ("In the recomputed edition NIMR ranks
  // first; KCOD second"), not one named only after it ("In 2022 it was eighth; the recomputation would have put it
  // seventh": the eighth is the official edition's).
  const recomputedBefore = /\brecomput|\brecalculat/i.test(sentenceText.slice(0, clause.end - sentence.start));
  const hypothetical = COUNTERFACTUAL.test(ownClause) || (recomputedBefore && !/\bofficial/i.test(clauseText)) || ellipticCounterfactual(text, sentence, clause, token);
  // "would rank third" with neither a year nor a method named: which counterfactual is meant is not known.
  if (hypothetical && method === undefined && !sentenceYears(segment, sentence).length) return undefined;
  // "last in every edition except 2023": a run with a year set aside claims neither that year nor the run.
  if (rkExceptYear(text, clause, sentence)) return undefined;
  // "dropped to seventh in the flood year and recovered to sixth in 2024": a time of its own told in words, not a year
  // the sentence names elsewhere.
  if (WORDED_TIME_AFTER.test(text.slice(token.end, Math.min(clause.end, token.end + 40)))) return undefined;
  const time = clauseTime(doc, segment, sentence, token, latestYear);
  // "last in every edition from 2016 to 2019 and 4th in 2024": a place with its own year right after it is of that
  // edition, whatever span or run the clause told before it.
  const yearOfItsOwn = OWN_YEAR_AFTER.test(text.slice(token.end, Math.min(clause.end, token.end + 24)));
  // "Seoul, third in the 2023 edition, dropped to fourth": the place moved to is of a later edition than the year before
  // the movement, which is the earlier place's; with no year after the movement the edition is not known, only that it
  // is one of the editions after that year.
  const movedAfter = !time?.span ? movedToWithEarlierYear(text, segment, sentence, token, officialYears(ranking)) : undefined;
  if (movedAfter !== undefined) return hypothetical ? undefined : { token, segment, ranking, entity, after: movedAfter, method, hypothetical };
  // "climbed to second between 2023 and 2025": the place reached at some edition of the span, not held through it.
  // "4th, 3rd, 2nd, 3rd in 2017–2020": the last of a list of places, the span the list's; "from twelfth (last) in
  // 2017–2019 to seventh": the span before the move is the earlier place's; so is a span before a place with its own year.
  if (time?.span && (moveTarget(text, sentence, token, time.span) || listedPlace(text, sentence, token) || (time.span.end <= token.start && yearOfItsOwn))) return undefined;
  const firstYear = Math.min(...ranking.editions.map((e) => e.year));
  // "has topped the index three times since 2018": a count of editions, neither a run nor one edition.
  if (rkCountsTimes(text, clause)) return undefined;
  // "moved from fifth in the first five editions to seventh in 2024": the run before the move is the earlier place's.
  const movedTo = /\bto\s+(?:the\s+)?$/i.test(text.slice(Math.max(clause.start, token.start - 8), token.start)) && /\bfrom\s/i.test(text.slice(clause.start, token.start));
  const found = time?.span || movedTo
    ? undefined
    : (rkEditionSpan(text, clause, sentence) ??
      rkAfterRun(text, clause, sentenceYears(segment, sentence), sentence) ??
      rkAfterRunBefore(text, sentence, token, sentenceYears(segment, sentence)) ??
      rkCountedEnds(text, clause, officialYears(ranking)) ??
      rankPeriod(text, clause, sentence, firstYear, latestYear, officialYears(ranking)));
  // "rose from fifth in 2018 to second in each edition since 2022": a run after another place of the clause is that place's.
  // "## 2018–2021" over "BDRI was second in every edition": the editions of the time the paragraph or a heading names.
  const timeAround = (): boolean => segment.tokens.some((t) => t.yearLike && !inSpan(sentence, t)) || headingNamesYear(doc, segment);
  // "climbed from last place, eighth, in each of the first three editions to fourth in 2024": a run right before "to"
  // and the place, in a move from another place, is the place moved from's.
  const movedFromRun = (run: Span) => run.end <= token.start && /^\s+to\s+(?:the\s+)?$/i.test(text.slice(run.end, token.start)) && /\bfrom\b/i.test(text.slice(sentence.start, run.start));
  // "After two editions at the bottom it has recovered to fifth": a run told before the place, with other words between
  // its "at" and the place, is of the place those words name.
  const runOfOtherPlace = (run: Span) => run.end <= token.start && !/^\s*(?:the\s+)?$/i.test(text.slice(run.end, token.start)) && /\b(?:at|in|on|as)$/i.test(text.slice(run.start, run.end));
  const period = found && (segment.tokens.some((t) => t.kind === 'ordinal' && !t.yearLike && t.start >= token.end && t.end <= found.start && inSpan(clause, t)) || (found.every && timeAround()) || movedFromRun(found) || runOfOtherPlace(found) || (yearOfItsOwn && found.end <= token.start)) ? undefined : found;
  if (period) {
    // "…, which had been second since 2020": the run ends before the sentence's later year, not at the latest edition.
    const told = pluperfectSince(text, clause, token, period, sentenceYears(segment, sentence));
    // "…in every edition up to 2024, for nine consecutive years": the count after the run is checked too.
    const counted = told ? countAfterRun(text, told, sentence.end) : undefined;
    return told ? { token, segment, ranking, entity, period: told, ...(counted ? { counted } : {}), method, hypothetical } : undefined;
  }
  if (!time?.span) {
    // "ASOI has been first since the 2022 method change", "…since its revision".
    const official = ranking.editions.filter((e) => !e.hypothetical).map((e): [number, string] => [e.year, e.method]);
    const sinceChange = rkSinceChange(text, clause, official, latestYear);
    if (sinceChange) return { token, segment, ranking, entity, period: sinceChange, method, hypothetical };
    // "Since 2022, ASOI has ranked first", "From 2018 to 2021, IBCE topped the index": the years of an opening adverbial.
    const lead = !segment.tokens.some((t) => t.yearLike && inSpan(clause, t)) ? rkLeadingTime(text, sentence, clause) : undefined;
    if (lead?.label !== undefined) return { token, segment, ranking, entity, year: lead.label, method, hypothetical };
    if (lead) {
      const range = segment.ranges.find((r) => r.from.yearLike && r.to.yearLike && inSpan(lead, r));
      if (range) return { token, segment, ranking, entity, span: range, method, hypothetical };
      const led = rkEditionSpan(text, lead, lead) ?? rankPeriod(text, lead, lead, firstYear, latestYear, official.map((e) => e[0]));
      return led ? { token, segment, ranking, entity, period: led, method, hypothetical } : undefined;
    }
  }
  if (!time) return undefined;
  // "For eight straight editions of the ranking, Tokyo–Yokohama was number one": a run whose end the sentence leaves
  // open, not the latest edition.
  if (time.latest && RUN_OF_EDITIONS_BEFORE.test(text.slice(sentence.start, token.start))) return undefined;
  const editionYears = new Set(ranking.editions.map((e) => e.year));
  const years = time.years?.filter((y) => editionYears.has(y));
  if (time.years && years!.length !== time.years.length) return undefined;
  const lent = lentSlots(read.from && { slot: 'subject', from: read.from }, time.headed && { slot: 'time', from: 'a heading' }, time.from && { slot: 'time', from: time.from });
  return { token, segment, ranking, entity, year: time.year, years, span: time.span, latest: time.latest, ...(time.headed ? { headed: true } : {}), method, hypothetical, ...(lent ? { lent } : {}) };
}

/** Right after a place, its own edition year: "4th in 2024", "fifth in the 2023 edition". */
const OWN_YEAR_AFTER = /^\s*(?:place\s+)?(?:in|for)\s+(?:the\s+)?(?:19|20)\d{2}\b(?!\s*(?:[–-]|to\b))/i;

/** Right before "runner-up", a comparison that makes it the other party ("clear of the", "than the", "lost to the"). */
const RUNNER_UP_COMPARED = /\b(?:(?:of|than|behind|over|above|below|beyond|beat(?:ing)?|against|versus|vs\.?|with)\s+(?:the\s+)?|(?:to|from)\s+the\s+)$/i;

/**
 * Right after a place, a time told in words that names no year and refers to none the sentence names: "in the flood
 * year" ("a year later", "the year before", "that year" count from a year the sentence or the one before names, and are
 * read by clauseTime).
 */
const WORDED_TIME_AFTER = /^\s*(?:place|position|spot)?\s*(?:in|during)\s+the\s+(?!(?:latest|current|newest|most|recent|present|last|first|new|same|following|previous|next|every|each)\b)[\p{L}-]+\s+year\b/iu;

const RUN_OF_EDITIONS_BEFORE = /\bfor\s+(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:(?:straight|consecutive|successive|running|years?['’]?)\s+)?(?:editions|years|rankings|releases|indexes|tables)\b/i;

/** A ranking named by a generic word with a qualifier ("the main index", "the overall ranking", "the other table"). */
const QUALIFIED_RANKING_WORD = /\b(?:main|overall|headline|parent|full|general|composite|other|second|separate)\s+(?:index|indices|ranking|rankings|table|league\s+table|list)\b|\bsub-?index(?:es)?\b/i;

/**
 * With several rankings in the dataset, which one a clause speaks of is unclear when the clause names none and its
 * sentence names two ("In the sub-index, A slipped to third, while in the AHRI it placed second": each clause is
 * clear; "…; in the main index it placed second" is not), or when the clause calls it "the main index", speaks of a
 * sub-index it does not name, or says "eighth overall" without naming a ranking itself.
 */
function unclearRanking(dataset: Dataset, segment: AnalysedSegment, sentence: Span, clause: Span, clauseText: string): boolean {
  if (dataset.rankings.size < 2) return false;
  const named = segment.rankings.filter((r) => inSpan(sentence, r));
  if (named.some((r) => inSpan(clause, r))) return false;
  // "sixth in the sub-index and eighth overall", "IAV, second overall in 2024" under a heading on the sub-index:
  // "overall" in a clause that names no ranking speaks of another ranking than the one named around it.
  return new Set(named.map((r) => r.id)).size > 1 || QUALIFIED_RANKING_WORD.test(clauseText) || /\boverall\b/i.test(clauseText);
}

/** "dropped to", "rose to", "slipped back to", "moved up to No." right before a rank. */
/** Verbs of a move between places: "dropped", "rose", "slipped back". */
const MOVE_VERB = String.raw`(?:dropp(?:ed|ing)|drops|fell|fallen|falling|falls|risen|sunk|gone|slipp(?:ed|ing)|slips|slid|sank|slumped|tumbled|rose|rising|rises|climb(?:ed|ing|s)|jump(?:ed|ing|s)|mov(?:ed|ing|es)|advanc(?:ed|ing|es)|improv(?:ed|ing|es)|recover(?:ed|ing|s)|returned|went|edged)`;
const MOVED_TO = new RegExp(String.raw`\b${MOVE_VERB}\s+(?:back\s+)?(?:up\s+|down\s+)?(?:to|into)\s+(?:the\s+)?(?:No\.\s*|number\s+|#)?$`, 'i');

/** Between a year opening a clause and its move: the subject only ("in 2023 it rose", "In 2024, the museum climbed"). */
// ("In the 2023 edition we had slipped to second": an edition's noun after the year, an auxiliary after the subject.)
const YEAR_THEN_SUBJECT = /^\s*(?:(?:edition|index|ranking|table|release)\b)?\s*,?\s*(?:it|they|we|(?:the\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+)?)(?:\s+(?:had|has|have))?\s+$/iu;
/** ", when it" (or "when the museum") between a year and a move: the move happened in that year. */
// (", when it had climbed to third": an auxiliary after the subject.)
const YEAR_OF_MOVE = /^\s*,?\s*when\s+(?:it|they|(?:the\s+)?[\p{L}’'-]+)(?:\s+(?:had|has|have))?\s*$/iu;

/** "fell from fifth place in 2019 to ninth", "climbed from tenth in 2017 to": group 1 is the " to " before the rank. */
// (Also without a verb: "Chiang Mai, down from fifth in 2018 to eighth".)
// (Also with the length of the move: "climbed one place, from second in 2023 to first".)
const MOVED_FROM_TO = new RegExp(String.raw`\b(?:${MOVE_VERB}\s+(?:back\s+)?(?:up\s+|down\s+)?(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:places?|spots?|positions?|rungs?|notches?)\s*,?\s+)?|(?:up|down)\s+)from\s+[^;:()]{1,60}?(\s+to\s+(?:the\s+)?(?:No\.\s*|number\s+|#)?)$`, 'i');

/** Right before the year of a change's later value: "from 84.5 to 74.8 in the ", "to 74.8 points in ". */
const CHANGE_FINAL_BEFORE = /\bto\s+\d[\d.,]*(?:\s+points)?\s+in\s+(?:the\s+)?$/;

/** Right before the last year of a change's period: "between 2020 and " (not "from 2017 to", often a run held). */
const PERIOD_END_BEFORE = /\bbetween\s+(?:19|20)\d\d\s+and\s+$/;

/**
 * A rank right after a movement word whose sentence states years only before that word, with no other subject named
 * between them: "Seoul, third in the 2023 edition, dropped to fourth" (not "A returned to second in 2025, and the
 * Lake Victoria institute rose to fifth", where the year is shared by two subjects). Gives that earlier year.
 */
function movedToWithEarlierYear(text: string, segment: AnalysedSegment, sentence: Span, token: NumberToken, editionYears: readonly number[]): number | undefined {
  const lead = text.slice(sentence.start, token.start);
  const moved = MOVED_TO.exec(lead);
  // "fell from fifth place in 2019 to ninth": the years of the from-place are before the "to" of the movement.
  const fromTo = moved ? undefined : MOVED_FROM_TO.exec(lead);
  if (!moved && !fromTo) return undefined;
  const movedAt = sentence.start + (moved ? moved.index : fromTo!.index + fromTo![0].length - fromTo![1]!.length);
  // After "from … to", a year in a clause of its own ("…to ninth, where it has stayed since 2023") is not the place's.
  const own = fromTo ? (clausesOf(text, sentence).find((c) => c.start <= token.start && token.start < c.end) ?? sentence) : sentence;
  const years = segment.tokens.filter((t) => t.yearLike && inSpan(sentence, t) && t.end <= own.end);
  // "Strathcairn, which led the first three editions, slipped to fifth": the earlier place's editions, counted from the
  // first, end before the move.
  if (years.length === 0) return firstEditionsBefore(text, segment, sentence.start, movedAt, editionYears);
  if (years.some((t) => t.end > movedAt)) return undefined;
  const lastYear = years[years.length - 1]!;
  // "fifth in every edition except 2019, when it dropped to sixth": the move is that year's, not after it.
  if (YEAR_OF_MOVE.test(text.slice(lastYear.end, movedAt))) return undefined;
  // "… would have kept the top spot in 2022; under the new ones it slipped to third": a clause after a semicolon that
  // tells the same year another way is no time after it.
  if (text.slice(lastYear.end, movedAt).includes(';')) return undefined;
  // "Its score fell between 2020 and 2021, a decline of 20.4%, and the unit dropped to eighth place": a year that closes
  // the sentence's period may date the move itself, not a time before it.
  if (PERIOD_END_BEFORE.test(text.slice(Math.max(sentence.start, lastYear.start - 24), lastYear.start))) return undefined;
  // "Its score dropped from 84.5 to 74.8 in the 2021 edition, and it fell to seventh": the year of a change's later value
  // dates the edition the move came in.
  if (CHANGE_FINAL_BEFORE.test(text.slice(Math.max(sentence.start, lastYear.start - 40), lastYear.start))) return undefined;
  // "…: in 2023 it rose to seventh": a year that opens the move's clause, its subject right after it, dates the move.
  if (/\b(?:in|during)\s+(?:the\s+)?$/i.test(text.slice(Math.max(sentence.start, lastYear.start - 12), lastYear.start)) && YEAR_THEN_SUBJECT.test(text.slice(lastYear.end, movedAt)) && /(?:^\s*|[,;:—–]\s*|\b(?:and|but|then)\s+)$/i.test(text.slice(sentence.start, lastYear.start).replace(/\b(?:in|during)\s+(?:the\s+)?$/i, ''))) return undefined;
  return segment.entities.some((e) => e.start >= lastYear.end && e.end <= movedAt) ? undefined : lastYear.value;
}

/** "the first three editions", "its first two editions": the editions counted from the first. */
const FIRST_N_EDITIONS = /\b(?:the|its|their)\s+first\s+(two|three|four|five|six|seven|eight|nine|ten|[2-9])\s+editions\b/gi;

/** The last year of "the first N editions" told before a move, in a sentence that names no year and no other name between. */
function firstEditionsBefore(text: string, segment: AnalysedSegment, from: number, movedAt: number, editionYears: readonly number[]): number | undefined {
  const found = [...text.slice(from, movedAt).matchAll(FIRST_N_EDITIONS)];
  if (found.length !== 1) return undefined;
  const m = found[0]!;
  const n = spelledNumber(m[1]!.toLowerCase()) ?? Number(m[1]);
  const years = [...new Set(editionYears)].sort((a, b) => a - b);
  if (!(n >= 1) || n >= years.length) return undefined;
  const end = from + m.index! + m[0].length;
  return segment.entities.some((e) => e.start >= end && e.end <= movedAt) ? undefined : years[n - 1];
}

const methodWords = new WeakMap<Ranking, string[][]>();

/** Per distinct method of the ranking's editions ("patents+publications"), its words as lower-case singular stems. */
function rankingMethodWords(ranking: Ranking): string[][] {
  let list = methodWords.get(ranking);
  if (list) return list;
  const methods = new Set(ranking.editions.map((e) => e.method).filter((m): m is string => Boolean(m)));
  list = [...methods].map((m) => m.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 2).map((w) => (w.length > 3 ? w.replace(/s$/, '') : w)));
  methodWords.set(ranking, list);
  return list;
}

const rankingWords = new WeakMap<Dataset, Set<string>>();

/** Words of the dataset's ranking labels and phrases, once per dataset. */
function knownRankingWords(dataset: Dataset): Set<string> {
  let words = rankingWords.get(dataset);
  if (!words) rankingWords.set(dataset, (words = rkRankingWords([...dataset.rankings.values()].flatMap((r) => [r.label, ...(r.phrases ?? [])]))));
  return words;
}

/** The distinct years written in a sentence. */
function sentenceYears(segment: AnalysedSegment, sentence: Span): number[] {
  return [...new Set(segment.tokens.filter((t) => t.yearLike && inSpan(sentence, t)).map((t) => t.value))];
}

/** A table cell reads its own row and the caption above the table; a row's own years come before the caption's. */
function cellClaimFor(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment, token: NumberToken): RankClaim | undefined {
  const text = doc.text;
  const scope = cellScope(doc, segment);
  // A rank stored as a metric ("29th by population-normalised intensity") is a dataset value, not the ranking's.
  if (scopeSegments(doc, segment).some((s) => s.metrics.some((m) => dataset.metrics.get(m.id)?.unit === 'rank' && scope.some((sc) => inSpan(sc, m))))) return undefined;
  // "| Institute | Ship days 2025 | Position |" with no ranking named: places by the table's own measure.
  if (cellOfOtherMeasure(doc, segment)) return undefined;
  const ranking = rankingFor(doc, dataset, segment, scope);
  if (!ranking) return undefined;
  // "**Table 2. League table positions, 2021–2025**" over the regulator's own positions: a ranking named near the table
  // only by a common noun of its phrases ("league table", "benchmark") may be anyone's, so its places are a note.
  const genericOnly = !namedByName(doc, segment, ranking);
  // "| 2019 | IBCE | ASOI | ASOI up from third |": a place a cell's note compares with is of another edition than the row's.
  if (token.kind === 'ordinal' && CELL_COMPARED_BEFORE.test(text.slice(Math.max(segment.start, token.start - 20), token.start))) return undefined;
  // "…placed us first … 0.9 points above Fjordlink, the runner-up" over "| PSB edition | 2017 | … |" / "| Rank | 1 | … |": a
  // table that names no one, after a paragraph in the first person, is the document's own organisation's, not the
  // party the paragraph compared it with.
  const found = subjectFor(doc, ranking, segment, scope, token);
  const firstPerson = (found?.from === 'an earlier sentence' || found?.from === 'a table caption') && firstPersonBefore(doc, segment);
  const read = found === undefined || firstPerson ? ownerOfEditionRows(doc, dataset, ranking, segment, firstPerson) : found;
  if (!read) return undefined;
  const entity = read.id;
  // "| Combined S&T rank, 2025 | 2nd | 1st on the pre-2025 method |": another body cell of the row speaks of its own place.
  const otherCells = new Set(rowSegments(doc, segment).filter((s) => s !== segment && s.cell !== undefined && s.cell.column > 0 && s.tokens.some((t) => t.kind === 'ordinal' || rankColumnTokens(doc).has(t))).map((s) => s.start));
  const cueText = scope.filter((s) => !otherCells.has(s.start)).map((s) => (s.start <= token.start && token.start < s.end ? ownParentheses(text, s, token) : text.slice(s.start, s.end))).join(' ');
  const method: MethodCue = VC_CUE.test(cueText) ? 'vc' : OLD_CUE.test(cueText) ? 'old' : undefined;
  const hypothetical = /\bwould\b/i.test(cueText);
  // "| ASOI | 1st since 2022 |": a run written in the cell itself is the rank's, never one edition.
  const official = officialYears(ranking);
  const own = { start: segment.start, end: segment.end };
  if (segment.tokens.some((t) => t.yearLike)) {
    const period = rkEditionSpan(text, own, own) ?? rkCountedEnds(text, own, official) ?? rankPeriod(text, own, own, Math.min(...official), Math.max(...official), official);
    if (period) {
      const lentHere = lentSlots(read.from && { slot: 'subject', from: read.from }, genericOnly && { slot: 'measure', from: 'a common noun another ranking may share' });
      return { token, segment, ranking, entity, period, method, hypothetical, ...(lentHere ? { lent: lentHere } : {}) };
    }
    if (/\b(?:since|until|till|before|after|up\s+to)\s+(?:the\s+)?(?:19|20)\d{2}\b/i.test(segment.text)) return undefined;
  }
  // A column's own year ("| Cluster | 2023 | 2024 |") beats the row's, and the row's the caption's.
  // "| Indicator (Tokyo–Yokohama, GII 2025) | Value |": a corner cell's one edition year comes before the caption's.
  const corner = cellScopeTiers(doc, segment)[CORNER]!.filter((s) => s.tokens.filter((t) => t.yearLike).length === 1 && s.tokens.some((t) => t.yearLike && ranking.editions.some((e) => e.year === t.value)));
  const rowFirst = [scopeSegments(doc, segment).filter((s) => s.cell && s.cell.row === 0), rowSegments(doc, segment), corner, scopeSegments(doc, segment)];
  let ranges: RangeToken[] = [];
  let years: NumberToken[] = [];
  for (const group of rowFirst) {
    // The corner lies outside the claim's scope: its own text is read.
    const spans = group === corner ? group.map((s) => ({ start: s.start, end: s.end })) : scope;
    ranges = group.flatMap((s) => spans.flatMap((sc) => itemsWithin(s.ranges, sc))).filter((r) => r.from.yearLike && r.to.yearLike);
    years = group.flatMap((s) => spans.flatMap((sc) => itemsWithin(s.tokens, sc))).filter((t) => t.yearLike && !ranges.some((r) => inSpan(r, t)));
    if (ranges.length || years.length) break;
  }
  const editionYears = new Set(ranking.editions.map((e) => e.year));
  const year = years.find((y) => editionYears.has(y.value))?.value ?? (years.length === 1 ? years[0]!.value : undefined);
  // The rank's edition year from the caption rather than its row or column.
  const rowOrColumn = [...rowFirst[0]!, ...rowFirst[1]!];
  const captionYear = !ranges.length && year !== undefined && !years.some((y) => y.value === year && rowOrColumn.some((s) => inSpan(s, y)));
  const lent = lentSlots(read.from && { slot: 'subject', from: read.from }, captionYear && { slot: 'time', from: 'a table caption' }, genericOnly && { slot: 'measure', from: 'a common noun another ranking may share' });
  return { token, segment, ranking, entity, year: ranges.length ? undefined : year, span: ranges[0], latest: !ranges.length && year === undefined, method, hypothetical, ...(lent ? { lent } : {}) };
}

/**
 * "| Edition | Rank | Score |" over "| 2021 | 3 | 77.8 |" in Cinelume's annual report: a table of one subject's places
 * edition by edition, whose rows are labelled by a year alone and which names no one, is the document's own
 * organisation's (a lent subject: never a certain fix).
 */
function ownerOfEditionRows(doc: AnalysedDocument, dataset: Dataset, ranking: Ranking, segment: AnalysedSegment, captionInFirstPerson = false): RankSubject | undefined {
  if (segment.kind !== 'cell') return undefined;
  const table = doc.tables.find((t) => t.id === segment.cell!.table)!;
  const label = doc.segments[table.cells[segment.cell!.row]?.[0] ?? -1];
  const header = doc.segments[table.cells[0]?.[segment.cell!.column] ?? -1];
  // Rows labelled by a year alone, or (transposed) columns headed by one.
  const edition = (s: AnalysedSegment | undefined) => s !== undefined && s !== segment && /^\W*(?:19|20)\d{2}\W*$/.test(s.text);
  if (!edition(label) && !edition(header)) return undefined;
  // A caption in the first person names the parties it compares "us" with, not the table's subject.
  if (tableNamesSomeone(doc, table) || (table.caption !== undefined && !captionInFirstPerson && doc.segments[table.caption]!.entities.length > 0)) return undefined;
  for (let h = segment.heading; h !== undefined; h = doc.segments[h]!.heading) if (doc.segments[h]!.entities.length > 0 && doc.segments[h]!.heading !== undefined) return undefined;
  const owner = documentOwner(doc, dataset);
  if (!owner || !ranking.editions.some((e) => e.ranks.some((r) => r.entity === owner))) return undefined;
  return { id: owner, from: 'the document' };
}

const namesSomeone = new VersionMemo<AnalysedDocument, Map<AnalysedTable, boolean>>();

/** Whether a cell of the table names an entity; computed once per table and version (each cell's claim asks). */
function tableNamesSomeone(doc: AnalysedDocument, table: AnalysedTable): boolean {
  let byTable = namesSomeone.get(doc);
  if (!byTable) namesSomeone.set(doc, (byTable = new Map()));
  let found = byTable.get(table);
  if (found === undefined) byTable.set(table, (found = table.cells.some((row) => row.some((i) => doc.segments[i]!.entities.length > 0))));
  return found;
}

/** Words of a measure divided by population or size: a ranking by them is another than one of totals. */
const NORMALISED = /\b(?:per\s+(?:head|capita|person|inhabitant|resident)|intensity|normali[sz]ed|population[- ](?:adjusted|weighted)|relative\s+to\s+(?:its\s+|the\s+)?(?:population|size|GDP))\b/i;

/** Whether a ranking's own names say it ranks a measure per head. */
function perHead(ranking: Ranking | undefined): boolean {
  return ranking !== undefined && NORMALISED.test([ranking.label, ...ranking.phrases].join(' '));
}

/** Whether the paragraph right before a table cell's table speaks in the first person ("placed us first", "our score"). */
function firstPersonBefore(doc: AnalysedDocument, segment: AnalysedSegment): boolean {
  if (segment.kind !== 'cell') return false;
  const table = doc.tables.find((t) => t.id === segment.cell!.table)!;
  const first = table.cells[0]?.[0];
  // The segment right before the table (a caption, a paragraph, a heading), found without walking the document.
  let i = first === undefined ? -1 : first - 1;
  while (i >= 0 && doc.segments[i]!.kind === 'cell') i--;
  const before = i >= 0 ? doc.segments[i] : undefined;
  return before !== undefined && before.kind === 'paragraph' && /\b(?:we|our|us|ours)\b/i.test(before.text);
}

const CELL_COMPARED_BEFORE = /\b(?:from|than|after|behind|ahead\s+of|versus|vs\.?|against)\s+(?:the\s+)?$/i;

/** How a message names the stated rank: "third", or "1 (“topped”)" for a rank said in words. */
/** The last place of a ranking whose editions are all complete (no coverage given) and of one size; else undefined. */
function lastPlace(ranking: Ranking): number | undefined {
  const sizes = new Set(ranking.editions.map((e) => (e.coverage === undefined ? e.ranks.length : -1)));
  const [size] = sizes;
  return sizes.size === 1 && size! > 1 ? size : undefined;
}

export function statedRank(claim: RankClaim): string {
  return claim.word ? `${claim.token.value} (“${claim.token.text}”)` : claim.token.text;
}

function syntheticToken(text: string, start: number, end: number, value: number): NumberToken {
  return plainToken(start, end, text.slice(start, end), value);
}

/** A cell claim reads its own row (label and cells) and the caption above the table. */
function cellScope(doc: AnalysedDocument, segment: AnalysedSegment): Span[] {
  return scopeSegments(doc, segment).map((s) => ({ start: s.start, end: s.end }));
}

function rowSegments(doc: AnalysedDocument, segment: AnalysedSegment): AnalysedSegment[] {
  return cellScopeTiers(doc, segment)[0]!;
}

function scopeSegments(doc: AnalysedDocument, segment: AnalysedSegment): AnalysedSegment[] {
  const [row, header, , caption] = cellScopeTiers(doc, segment);
  return [...row!, ...(header ?? []), ...(caption ?? [])];
}

/** The tier of the table's corner cell in cellScopeTiers: read for a subject only, never for the ranking or the year. */
const CORNER = 2;

/**
 * Where a cell's claim is read, nearest first: its row, its column's header, the table's corner cell ("| IMGN in the
 * AHRI | 2017 | 2019 |": the subject of a table whose rows are measures) and the caption. Another segment: itself.
 */
function cellScopeTiers(doc: AnalysedDocument, segment: AnalysedSegment): AnalysedSegment[][] {
  if (segment.kind !== 'cell') return [[segment]];
  const { row, column } = segment.cell!;
  const table = doc.tables.find((t) => t.id === segment.cell!.table)!;
  const cellAt = (r: number, c: number) => (table.cells[r]?.[c] !== undefined ? [doc.segments[table.cells[r]![c]!]!] : []);
  const own = (table.cells[row] ?? []).map((i) => doc.segments[i]!);
  const caption = table.caption !== undefined ? [doc.segments[table.caption]!] : [];
  return [own, row > 0 ? cellAt(0, column) : [], row > 0 && column > 0 ? cellAt(0, 0) : [], caption];
}

/** The part of `sentence` between semicolons that holds `token`. */
/** The ranking named in the claim's scope, its paragraph, the paragraphs before it in the section, or its headings. */
function rankingFor(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment, scope: Span[]): Ranking | undefined {
  const near = [segment, ...scopeSegments(doc, segment)];
  for (let i = segment.index - 1, n = 0; i >= 0 && n < 6; i--, n++) {
    const s = doc.segments[i]!;
    near.push(s);
    if (s.kind === 'heading') break;
  }
  for (let h = segment.heading; h !== undefined; h = doc.segments[h]!.heading) near.push(doc.segments[h]!);
  // "### Top of the table" under a title whose opening paragraphs named the ranking ("…slipped to second in the cluster
  // ranking of the Global Innovation Index 2025"): the text an enclosing heading opens with, before its first
  // subheading, speaks for its subsections too (after the nearer text, which decides first).
  // Only for a place with no figure beside it in its sentence: "is now second only to Valmeuse, at 88.9%" is a place by
  // a measure, not in the ranking the title's text named.
  const placeWithFigure = segment.tokens.some((t) => !t.yearLike && t.kind !== 'ordinal' && !/\btop[\s-]+$/i.test(doc.text.slice(Math.max(0, t.start - 5), t.start)) && scope.some((sc) => inSpan(sentenceOf(segment, sc.start), t)));
  for (let h = segment.heading; h !== undefined && !placeWithFigure; h = doc.segments[h]!.heading) {
    if (h === segment.heading) continue;
    for (let i = h + 1, n = 0; i < segment.index && n < 8 && doc.segments[i]!.kind !== 'heading'; i++, n++) near.push(doc.segments[i]!);
  }
  // The nearest text that names a ranking decides: the claim's scope, then each segment near it; naming two is unclear.
  // Of the claim's own paragraph, only the text up to the end of its sentence: a ranking named in a later sentence ("…, yet
  // sixth in the sub-index in 2025") speaks of the claims after it.
  const scopeEnd = Math.max(...scope.map((sc) => sc.end));
  const upTo = (s: AnalysedSegment) => (s === segment ? (s.sentences.find((x) => x.start <= scopeEnd && scopeEnd <= x.end)?.end ?? s.end) : s.end);
  const units: Array<{ segment: AnalysedSegment; span: Span }> = [
    ...scope.map((span) => ({ segment: near.find((s) => inSpan(s, span))!, span })).filter((u) => u.segment),
    ...near.map((s) => ({ segment: s, span: { start: s.start, end: upTo(s) } })),
  ];
  const own = new Set([segment, ...scopeSegments(doc, segment)]);
  // "In 2019 we were second behind Val Trebbia, with 1,125 thousand passengers against their 1,223 thousand": a place
  // whose own words name a measure (not a score) is a place by that measure, not in a ranking named outside them.
  const byMeasure = scope.some((sc) => itemsWithin(segment.metrics, sc).some((m) => !['score', 'rank'].includes(dataset.metrics.get(m.id)?.unit ?? '') && figureBeside(doc.text, segment, sc, m)));
  // "intensity is where its population drags it down, to 29th": a place by output per head is not in a ranking of
  // output, unless the ranking is itself one per head.
  const normalised = scope.some((sc) => NORMALISED.test(doc.text.slice(sc.start, sc.end)));
  for (const { segment: s, span } of units) {
    const named = namedRankings(dataset, doc.text, span, s.rankings);
    if (!named.size) continue;
    if (normalised && [...named].every((id) => !perHead(dataset.rankings.get(id)))) return undefined;
    if (byMeasure && !scope.some((sc) => sc.start <= span.start && span.end <= sc.end)) return undefined;
    const id = oneRanking(named);
    // "The regulator's performance league table for 2025 ranks the ten utilities…" over a table: a ranking named only
    // by a common noun of another party's, or a separate one, is not the dataset's.
    const specific = byName(doc.text, s.rankings);
    if (!specific.some((r) => inSpan(span, r)) && rkOwnedRanking(doc.text, span, [...s.entities, ...specific])) return undefined;
    // "## 3. The 2025 league table" over the author's own table with a "League position" column, then "DNWS heads the
    // table for the third year running": a ranking named only by a common noun, in a section whose table ranks by its
    // own measure, is that table.
    if (segment.kind !== 'cell' && !specific.length && ownRankTableBefore(doc, segment)) return undefined;
    // Named only before the claim's own text: with several rankings, the section and its headings must name that one alone.
    if (id === undefined || own.has(s) || oneRankingAround(dataset, doc.text, near.filter((n) => !own.has(n)), id)) return dataset.rankings.get(id ?? '');
    return undefined;
  }
  // "*Nordfjord and Šumava swapped places: in 2019 NFJ was seventh and Šumava last.*" under the author's own "Rank 2024"
  // column of passengers: with no ranking named near, places in a section whose table ranks by its own measure are that
  // table's, not the dataset's ranking's.
  if (segment.kind !== 'cell' && ownRankTableBefore(doc, segment, true)) return undefined;
  const cued = !byMeasure && !normalised && scope.some((sc) => RANK_CONTEXT.test(doc.text.slice(sc.start, sc.end)) || (dataset.rankings.size === 1 && datedPlaces(doc.text.slice(sc.start, sc.end)) >= 2));
  const id = cued ? namedEarlier(doc, segment.index) : undefined;
  // With several rankings, the one named last before the section is the claim's only when the text before the claim's
  // paragraph names it and no other (not a later sentence of the paragraph, as above).
  if (id !== undefined && dataset.rankings.size > 1) {
    const before = rankingsNamedBefore(dataset, doc, segment.index);
    if (before.size !== 1 || !before.has(id)) return undefined;
  }
  return id ? dataset.rankings.get(id) : undefined;
}

/**
 * Whether the text near a table cell (its row and column, the caption and up to six segments before it, the headings
 * above) names `ranking` by a name: a mention that is not one of its all-lower-case phrases ("MUWB", "the Mekong Urban
 * Water Benchmark", not "league table" or "benchmark").
 */
function namedByName(doc: AnalysedDocument, segment: AnalysedSegment, ranking: Ranking): boolean {
  const common = new Set([ranking.label, ...(ranking.phrases ?? [])].filter((p) => p === p.toLowerCase()).map((p) => p.toLowerCase()));
  const near = [segment, ...scopeSegments(doc, segment)];
  for (let i = segment.index - 1, n = 0; i >= 0 && n < 6; i--, n++) near.push(doc.segments[i]!);
  for (let h = segment.heading; h !== undefined; h = doc.segments[h]!.heading) near.push(doc.segments[h]!);
  return near.some((s) => s.rankings.some((m) => m.id === ranking.id && !common.has(doc.text.slice(m.start, m.end).toLowerCase())));
}

/** The ranking mentions written with a capital ("SASSI", "Ocean Science Index"): "league table" may be anyone's. */
function byName<T extends Span>(text: string, mentions: readonly T[]): T[] {
  return mentions.filter((r) => /\p{Lu}/u.test(text.slice(r.start, r.end)));
}

/** Whether the section of `segment`, before it, holds a table with a rank column that ranks by the table's own measure. */
function ownRankTableBefore(doc: AnalysedDocument, segment: AnalysedSegment, unnamed = false): boolean {
  return doc.tables.some((table) => {
    const header = table.cells[0];
    const first = header?.[0] !== undefined ? doc.segments[header[0]] : undefined;
    if (!first || first.start >= segment.start || first.heading !== segment.heading) return false;
    // (With `unnamed`, only a table whose caption and header name no ranking of the dataset: "The Public Media Trust
    // Index [2] combines …" over "| Broadcaster | Rank 2016 | … |" is that index's table.)
    if (unnamed && [table.caption, ...header!].some((i) => i !== undefined && doc.segments[i]!.rankings.length > 0)) return false;
    return header!.some((cell, column) => {
      const body = table.cells[1]?.[column];
      return /\b(?:rank(?:s|ing)?|position|place)\b/i.test(doc.segments[cell]!.text) && body !== undefined && cellOfOtherMeasure(doc, doc.segments[body]!);
    });
  });
}

/** A figure of the measure `m` names, right before it ("1,125 thousand passengers") or after it ("passengers of 1,125"). */
function figureBeside(text: string, segment: AnalysedSegment, scope: Span, m: Span): boolean {
  return itemsWithin(segment.tokens, { start: Math.max(scope.start, m.start - 40), end: Math.min(scope.end, m.end + 40) }).some((t) => !t.yearLike && t.kind !== 'ordinal' && text[t.start - 1] !== '[' && (t.end <= m.start ? m.start - t.end <= 16 : t.start - m.end <= 12));
}

/** A sentence that speaks of placing in a table ("finished third in the 2025 table", "it placed tenth", "sits at No. 13"), or of moving to a place ("slipped to fourth in 2025", "reached fifth"). */
export const RANK_CONTEXT = /\b(?:rank(?:ed|s)?|plac(?:ed|es)|finish(?:ed|es)|came|table|index|league|edition)\b|\b(?:reach(?:ed|es)?|climb(?:ed|s)?|rose|rise[sn]?|slipp(?:ed)|slips?|slid(?:es)?|fell|fall(?:s|en)?|dropp(?:ed)|drops?|jump(?:ed|s)?|mov(?:ed|es)\s+up|mov(?:ed|es)\s+down|edg(?:ed|es)\s+up)\s+(?:back\s+)?to\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))\b|\breach(?:ed|es)?\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b|\b(?:sits?|sat|stands?|stood|is|was)\s+at\s+(?:No\.\s*|#)\d+\b/i;
const earlierCache = new VersionMemo<AnalysedDocument, Map<number, { id: string | undefined; at: number }>>();
/** Per document, the index of the first segment by which two different rankings have been named (Infinity if never). */
const secondRankingAt = new VersionMemo<AnalysedDocument, number>();

/**
 * The ranking named last before segment `index` anywhere in the document (a draft about one ranking names it once); not
 * one named in an earlier section when the document has named another ranking by then ("## The sub-index" then "##
 * Other measures": a place there is not the sub-index's).
 */
export function namedEarlier(doc: AnalysedDocument, index: number): string | undefined {
  const found = lastNamed(doc, index);
  if (found.id === undefined || found.at >= index) return found.id;
  if (firstSecondRanking(doc) > index) return found.id;
  for (let i = found.at + 1; i <= index; i++) if (doc.segments[i]!.kind === 'heading') return undefined;
  return found.id;
}

function firstSecondRanking(doc: AnalysedDocument): number {
  let at = secondRankingAt.get(doc);
  if (at === undefined) {
    const seen = new Set<string>();
    at = doc.segments.findIndex((s) => {
      for (const r of s.rankings) seen.add(r.id);
      return seen.size > 1;
    });
    secondRankingAt.set(doc, (at = at < 0 ? Infinity : at));
  }
  return at;
}

function lastNamed(doc: AnalysedDocument, index: number): { id: string | undefined; at: number } {
  let cache = earlierCache.get(doc);
  if (!cache) earlierCache.set(doc, (cache = new Map()));
  const walked: number[] = [];
  let found: { id: string | undefined; at: number } = { id: undefined, at: -1 };
  for (let i = index; i >= 0; i--) {
    const known = cache.get(i);
    if (known) {
      found = known;
      break;
    }
    walked.push(i);
    const named = doc.segments[i]!.rankings;
    if (named.length) {
      // A segment that names two rankings leaves unclear which one a later rank speaks of.
      found = { id: oneRanking(new Set(named.map((r) => r.id))), at: i };
      break;
    }
  }
  for (const i of walked) cache.set(i, found);
  return found;
}

/** The entity the rank is about: the nearest ranked entity in scope that is not a comparison ("behind X"), else the paragraph's. */
function subjectFor(doc: AnalysedDocument, ranking: Ranking, segment: AnalysedSegment, scope: Span[], token: NumberToken): RankSubject | undefined {
  const ranked = rankedEntities(ranking);
  const text = doc.text;
  // "…, ahead of Shenzhen–Hong Kong–Guangzhou in second place": an entity right before the rank is its subject.
  const adjacent = scopeSegments(doc, segment)
    .flatMap((s) => s.entities)
    .filter((m) => ranked.has(m.id) && m.end <= token.start && ADJACENT_TO_RANK.test(text.slice(m.end, token.start)));
  // A name in the table's caption or corner cell rather than the cell's row or column header is lent to the cell.
  const tiers = cellScopeTiers(doc, segment);
  const [, , corner = [], caption = []] = tiers;
  const rowOf = (m: { id: string } & Span): RankSubject =>
    caption.some((c) => inSpan(c, m)) ? { id: m.id, from: 'a table caption' } : corner.some((c) => inSpan(c, m)) ? { id: m.id, from: "the table's corner cell" } : { id: m.id };
  if (adjacent.length) return rowOf(adjacent[adjacent.length - 1]!);
  // A cell's row names its subject before its column's header, the table's corner and the caption do.
  const perTier = tiers.map((tier, at) => tier.flatMap((s) => s.entities).filter((m) => ranked.has(m.id) && (at === CORNER || scope.some((sc) => inSpan(sc, m))) && !NOT_SUBJECT.test(text.slice(Math.max(0, m.start - 20), m.start))));
  const candidates = perTier.find((found) => found.length) ?? [];
  // "| Edition | Lieveland rank | … | Top of the table |" over "| 2016 | 4 | … | Dordwijk |": a name in another body cell
  // of the row, its label a year, and another name heading the place's column: whose place it is is not certain.
  if (segment.kind === 'cell' && candidates === perTier[0] && (tiers[1] ?? []).some((h) => h.entities.some((m) => ranked.has(m.id) && !candidates.some((c) => c.id === m.id))) && candidates.every((m) => !inSpan(tiers[0]![0]!, m))) return undefined;
  // "Wolinek was first …, 1.9 points ahead of Kaarnaniemi" as the caption of "| Rank | 4 | 4 | 3 |": a caption that names
  // two ranked parties, over cells whose row and column name none, gives the cells to neither for certain.
  if (segment.kind === 'cell' && candidates.length > 1 && candidates.every((m) => caption.some((c) => inSpan(c, m))) && candidates.some((m) => m.id !== candidates[0]!.id)) return undefined;
  if (candidates.length > 0) {
    // The subject usually precedes its verb: "San Jose–San Francisco ranked second, with Tokyo–Yokohama close behind".
    const before = candidates.filter((m) => m.end <= token.start);
    const pool = before.length ? before : candidates;
    return rowOf(pool.sort((a, b) => Math.abs(a.start - token.start) - Math.abs(b.start - token.start))[0]!);
  }
  // "it slipped to second place": the last ranked entity named earlier in the paragraph or section.
  for (let i = segment.index; i >= 0 && i >= segment.index - 4; i--) {
    const s = doc.segments[i]!;
    const earlier = s.entities.filter((m) => ranked.has(m.id) && m.end <= token.start && !NOT_SUBJECT.test(text.slice(Math.max(0, m.start - 20), m.start)));
    if (earlier.length) {
      const id = earlier[earlier.length - 1]!.id;
      if (s.cell?.table === segment.cell?.table && s.cell?.row === segment.cell?.row) return { id };
      return { id, from: s.cell?.table === segment.cell?.table ? 'another row of the table' : 'an earlier sentence' };
    }
    if (s.kind === 'heading') break;
  }
  return undefined;
}

/** Whether a heading above the segment names a year. */
function headingNamesYear(doc: AnalysedDocument, segment: AnalysedSegment): boolean {
  for (let h = segment.heading; h !== undefined; h = doc.segments[h]!.heading) if (doc.segments[h]!.tokens.some((t) => t.yearLike)) return true;
  return false;
}

/**
 * The edition a claim speaks of for one year (the latest when none): a counterfactual ("would still rank first under the
 * old method") is checked against a counterfactual edition or nothing; otherwise the official edition, its method cue
 * deciding between editions of the same year, and "the old method" in a year that used only the new one meaning the
 * counterfactual edition.
 */
export function editionFor(ranking: Ranking, year: number | undefined, method: MethodCue, hypothetical: boolean): RankingEdition | undefined {
  const isVc = (e: RankingEdition) => /vc/i.test(e.method);
  const byMethod = (list: RankingEdition[]) => (method === 'vc' ? list.filter(isVc) : method === 'old' ? list.filter((e) => !isVc(e)) : list);
  const pick = (list: RankingEdition[]) => (byMethod(list).length ? byMethod(list) : list)[0];
  if (hypothetical) {
    const counterfactual = ranking.editions.filter((e) => e.hypothetical && (year === undefined || e.year === year));
    if (counterfactual.length === 0) return undefined;
    const latest = Math.max(...counterfactual.map((e) => e.year));
    return pick(counterfactual.filter((e) => e.year === latest));
  }
  const official = ranking.editions.filter((e) => !e.hypothetical);
  const y = year ?? Math.max(...official.map((e) => e.year));
  const inYear = official.filter((e) => e.year === y);
  if (method === 'old' && inYear.length && byMethod(inYear).length === 0) {
    const oldMethod = byMethod(ranking.editions.filter((e) => e.hypothetical && e.year === y));
    if (oldMethod.length) return oldMethod[0];
  }
  return inYear.length ? pick(inYear) : undefined;
}

/** Whether a cell stands in a column headed rank, position or place that ranks the table by its own measure. */
function cellOfOtherMeasure(doc: AnalysedDocument, segment: AnalysedSegment): boolean {
  const table = doc.tables.find((t) => t.id === segment.cell!.table);
  const header = table?.cells[0];
  if (!table || !header || segment.cell!.row === 0 || header[segment.cell!.column] === undefined) return false;
  if (!/\b(?:rank(?:s|ing)?|position|place)\b/i.test(doc.segments[header[segment.cell!.column]!]!.text)) return false;
  const caption = table.caption !== undefined ? doc.segments[table.caption]! : undefined;
  return rankColumnOfOtherMeasure(caption, header.map((i) => doc.segments[i]!), segment.cell!.column, table.cells.slice(1).map((row) => row.map((i) => doc.segments[i]!)));
}
