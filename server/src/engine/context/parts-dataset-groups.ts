// Wholes the dataset holds: "the ten institutes", "all eleven institutes", "Chile's two institutes" name every entity
// the dataset holds a metric for (or every one of one country), so their combined value for a year or period is the sum
// of the dataset's facts. Read as a total ("the ten institutes spent a combined EUR 574.4 million in 2024") or as the
// whole of a share ("NIMR accounted for 19.9% of the ten institutes' combined output in 2025").
import type { LentSlot } from './lent-slots.js';
import type { Observation } from '@factlint/schemas';
import { holdsTokens, type AnalysedDocument, type AnalysedSegment } from '../analysis.js';
import type { Dataset } from '../dataset/index.js';
import type { Span } from '../markdown/facts.js';
import { spelledNumber, type NumberToken } from '../numbers.js';
import type { Mention } from './phrase-matcher.js';
import { statesFact, tokenFactor } from './links.js';
import { PARTICIPLE } from './dataset-participle-measures.js';
import { SCALE_FACTOR } from '../dataset/dataset.js';
import { countsPeople, isCitationMarker, ownPhraseAfter, PERSON_NOUN_AFTER, PERSON_NOUNS, periodsAndYears, unitFits, unitNounMetric } from './link-reading.js';
import { sentenceTokens, withoutMentions } from './spans.js';
import { segmentHas } from './segment-carry.js';
import { detachString, detachStringsInPlace } from '../markdown/detach.js';
import { statesOverlap } from './overlap.js';
import { lemma, metricWords } from './lemma.js';
import { wordShares, type WordShare } from './fractions.js';
import { relativeYears } from './relative-years.js';
import { isCounterfactual } from './precision-guards.js';
import { acrossVersions, keptLeading, movedAcrossEdit, versionEdit } from '../across-versions.js';
import { groupCountryByAdjective, placeHolds } from './group-countries.js';
import { verbMetric, type VerbMetric } from './dataset-verb-measures.js';
import { clauseOf } from './growth.js';
import { datasetNouns, descriptionNouns, groupNamingNouns, pluralOf } from './dataset-nouns.js';
import { VersionMemo } from '../version-memo.js';
import { allMatches } from './regex-matches.js';

/** A whole the dataset gives: the members' facts of one metric and time, in a token's scale. */
export interface GroupWhole {
  members: string[];
  metric: string;
  time: string;
  value: number;
  /** How far the sum of rounded facts may be off (half a unit of each fact's last digit, added up). */
  slack: number;
  /** The words that named the group ("the ten institutes"). */
  phrase: Span;
  /** The time is one year: a level or flow the dataset states directly. */
  yearly: boolean;
  /** The members were named one by one ("NIMR and KCOD together"): which figures are meant is a reading. */
  named?: boolean;
  /** The group or its time read from outside the figure's sentence (a group named before, a heading's year): no certain fix. */
  lent?: LentSlot[];
}

export interface GroupTotal {
  stated: NumberToken;
  whole: GroupWhole;
}

export interface GroupShare {
  stated: NumberToken;
  whole: GroupWhole;
  /** The part: a stated figure, or the dataset's facts of the entities named as its subject. */
  part: { value: number; slack: number; token?: NumberToken; entities: string[]; fromDataset: boolean };
}

/** A group named in an earlier sentence of the section, with the metric of that sentence. */
interface Antecedent {
  metric: string;
  size: number;
  country?: string;
  phrase: Span;
  /** The years its sentence names. */
  years: string[];
}

/** "KVO issued about a fifth of the four observatories' alerts": a share in words of a group's whole. */
export interface GroupWordShare {
  share: WordShare;
  whole: GroupWhole;
  part: { value: number; entities: string[] };
}

export interface GroupClaims {
  totals: GroupTotal[];
  shares: GroupShare[];
  words: GroupWordShare[];
}

const NOUNS = String.raw`(?:institutes|institutions|stations|universities|centres|centers|laboratories|labs|observatories|agencies|organi[sz]ations|members|grantees|bodies|facilities|schools|colleges|hospitals|companies|firms|entities|units|utilities|operators|networks|providers|authorities|waterworks|museums|galleries|airports|destinations|resorts|schemes|services|systems|libraries|cooperatives|co-ops|consortia|associations|municipalities|cities|towns|regions|ports|harbours|carriers|airlines|railways|clusters|hubs|trusts|programmes|programs|partners|parks|reserves|chains|circuits|races|events|venues|sites|clubs|teams|festivals|farms)`;
/** Words that pick some of the members: "the two largest institutes" are not all of them. */
const SUBSET = String.raw`(?:largest|smallest|biggest|leading|top|main|major|best|worst|highest|lowest|newest|oldest|remaining|other|first|last|fastest|slowest|selected|named|listed|following|above|biggest)`;
const COUNT = String.raw`(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)`;
/** "the ten institutes", "all eleven SASSI institutes", "Chile's two institutes", "the three institutes in Chile". */
const HYPHEN_NOUNS = 'institute|institution|station|university|centre|center|member|laboratory|lab|observatory|agency|organi[sz]ation|company|firm|utility|operator|network|provider|museum|gallery|airport|resort|service|library|port|park|club|festival|venue|race|region|city|authority|hospital|school|scheme|carrier|railway|cluster|trust|farm';
const groupPattern = (nouns: string, singulars = HYPHEN_NOUNS): RegExp =>
  new RegExp(
    String.raw`(?:\b(?<country>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})[’']s\s+|\b(?<det>[Aa]ll|[Tt]he|[Oo]ur|[Ii]ts|[Tt]heir|[Tt]hese|[Tt]hose)\s+(?:the\s+)?)(?<n>${COUNT})\s+(?<adj>(?:(?!${nouns}\b|${SUBSET}\b)[\p{L}-]+\s+){0,2}?)${nouns}\b(?:\s+in\s+(?<place>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}))?|\b(?:[Aa]ll|[Tt]he|[Aa]ll\s+the)\s+(?<hyphen>${COUNT})-(?:${singulars})\b|\b(?:[Aa]ll|[Tt]he|[Aa]ll\s+the)\s+(?<bare>${COUNT})\b(?![.,]\d)(?=\s*[,.;:)]|\s+(?:came|combined|together|in all|had|have|has|published|received|spent|logged|employed|reached|produced|issued|put|grew|rose|fell)\b)`,
    'gu',
  );
const groupHint = (nouns: string): RegExp => new RegExp(String.raw`\b${COUNT}\s+(?:[\p{L}-]+\s+){0,2}?${nouns}\b|\b${COUNT}-[\p{L}]|\b(?:all|the)\s+${COUNT}\b(?![.,]\d)(?=\s*[,.;:)]|\s+[\p{L}])`, 'iu');

/**
 * The group nouns of a dataset beyond the common ones: the plurals of its own nouns (dataset-nouns.ts), so that "the
 * eight zoos" is a group in a dataset of zoos, and the words a group of them is named by (groupNamingNouns). A group is still read only when its size is the number of entities the
 * dataset holds the measure for.
 */
function datasetGroupNouns(dataset: Dataset): string[] {
  const common = new RegExp(String.raw`^${NOUNS}$`, 'i');
  return groupSingulars(dataset).map(pluralOf).filter((w) => !common.test(w));
}

/** The dataset's own nouns for its entities and their groups, in the singular. */
function groupSingulars(dataset: Dataset): string[] {
  return [...new Set([...datasetNouns(dataset), ...descriptionNouns(dataset), ...groupNamingNouns(dataset)])];
}
const groupPatterns = new WeakMap<Dataset, { group: RegExp; hint: RegExp; key: string }>();
/** GROUP and its cheap hint for a dataset, with the dataset's own group nouns. */
function patternsFor(dataset: Dataset): { group: RegExp; hint: RegExp; key: string } {
  let found = groupPatterns.get(dataset);
  if (!found) {
    const extra = datasetGroupNouns(dataset);
    const nouns = extra.length ? `(?:${NOUNS.slice(3, -1)}|${extra.join('|')})` : NOUNS;
    // "the eight-resort total": the dataset's own nouns in the singular after a hyphen, as "the ten-institute total".
    const singulars = groupSingulars(dataset).filter((w) => /^[\p{Ll}-]+$/u.test(w));
    groupPatterns.set(dataset, (found = { group: groupPattern(nouns, singulars.length ? `${HYPHEN_NOUNS}|${singulars.join('|')}` : HYPHEN_NOUNS), hint: groupHint(nouns), key: extra.length ? `parts-groups:${extra.join(',')}` : 'parts-groups' }));
  }
  return found;
}

/** A share of the total a sentence before gave for a group: "23.2% of the 2025 total", "26.4% of that regional total", "of combined budgets". */
const TOTAL_REF = /^\s+of\s+(?:(?:the|that|this|their)\s+)?(?:(?<year>\d{4})\s+)?(?:(?:(?:combined|regional|overall|group|grand|joint)\s+)?total|(?:combined|regional|overall|group|joint)\s+(?:figure|count|sum|number))\b|^\s+of\s+(?:the\s+|their\s+)?(?:combined|regional|overall)\s+(?<noun>[\p{L}-]+)|^\s+of\s+all\s+(?<allNoun>[\p{L}-]+)(?=(?:\s+\p{Ll}[\p{L}-]*)?(?:\s+(?:that|the\s+same|this|last)\s+year\b|\s*[.,;:)]|\s+in\s+\d{4}\b))/iu;
const TOTAL_REF_HINT = /\btotal\b|\bcombined\b|\bregional\b|\boverall\b|\bof\s+all\b/i;
/** Before a group phrase: "three of the ten institutes", "one of the", "among the", "than the": the group is not the subject. */
const NOT_SUBJECT_BEFORE = /\b(?:of|among|amongst|from|than|between|with|to|for|like|unlike|beside|besides|except|outside|within|behind|ahead of)\s+$/i;
/** Words between the group and its figure that make the figure one member's, a mean or a count of members. */
const NOT_GROUP_FIGURE = /\b(?:each|every|per|average\w*|mean|median|typical|largest|smallest|biggest|highest|lowest|most|least|top|leading|first|last|one|none|some|half|which|whose|where|while|whereas|than|only|alone|apiece|except|excluding|other|others|rest|remaining|majority|minority|share|proportion|percent|per cent|rank\w*|position|score\w*|between)\b/i;
/** Words that make a value a yearly average or a rate, not a total. */
const NOT_A_TOTAL = /\b(?:average|averag\w+|mean|median|a year(?!\s+(?:later|earlier|before|after))|per year|each year|every year|annual\w*|per annum|yearly|a month|per month|per capita|on average)\b/i;
/** A level at a date, not a flow: such values never add up over the years of a period. */
const STOCK = /\bat\s+(?:31|the end|year[- ]end|end of)|\bas (?:of|at)\b|\bin service\b|\boperated\b|\bfleet\b|\bstaff\b|\bheadcount\b|\bemployees\b|\bworkforce\b|\bpopulation\b|\bmembers\b|\bstock\b|\bvessels\b|\bsatellites\b/i;
/** Right before a figure: it is a change, a bound or a hedge, not the total itself. */
const QUALIFIED_BEFORE = /\b(?:by|up|down|added|adding|gained|lost|another|further|extra|additional|more than|fewer than|less than|(?<!\bturn(?:ed|s|ing)?\s+)over|under|above|below|nearly|almost|about|around|roughly|approximately|some|close to|at least|at most|up to|upwards of|just under|just over|an estimated|estimated)\s+(?:of\s+)?$|[~≈<>±]\s*$/i;
/** Right after a figure: a change, a ratio or a rate. */
// ("168 km more than in 2015": a unit word may come between the figure and its comparative.)
const QUALIFIED_AFTER = /^\s*(?:more|fewer|less|additional|extra|new|net|times|x\b|×|per\b|a\s+year|each|every|of\b|out\s+of|%|percent|per\s+cent|points?|-?fold)|^\s*[\p{L}²³]{1,5}\s+(?:more|fewer|less|higher|lower)\s+than\b/iu;
/**
 * Between a stated part and its share: "239 papers in 2025 amounted to 14.9%", "1,178 papers (22.1%", "66,152 journeys
 * in 2024, which is 14.1%" (the part's noun, then a relative clause that states its share).
 */
const PART_IS = /^\s*(?:[\p{L}²³’'-]+\s+){0,6}?(?:were|was|is|are|made up|make up|makes up|accounts? for|accounted for|represent(?:s|ed)?|equal(?:s|led)?|amount(?:s|ed)? to|constitut(?:e|es|ed)|holds?|held|or)\s+(?:only\s+|just\s+|exactly\s+|some\s+)?$|^\s*[(,]\s*$|^\s*(?:[\p{L}²³’'-]+\s+){0,2}?[\p{L}²³’'-]+,\s+which\s+(?:is|was|are|were|represents?|represented|amounts?\s+to|amounted\s+to)\s+(?:only\s+|just\s+|exactly\s+|some\s+)?$/iu;
/**
 * A share set beside its part by a comma after the part's noun: "805 thousand visits, 22.5% of …", "805 thousand
 * visits, or 22.5% of …". Read only when the part is the sole figure after its subject (see readShare): in "A and B had
 * 491 and 684 thousand, 32.9% of …" the share may be of both.
 */
const PART_APPOSED = /^\s*(?:[\p{L}’'-]+\s+){0,2}?(?:[\p{L}’'-]+)?\s*,\s*(?:or\s+)?$/u;
/** Between a share and the group that is its whole: "of the ten institutes' combined output", "of all papers from the ten institutes". */
const SHARE_OF = /^\s+of\s+(?:all\s+|the\s+|their\s+)?(?:[^\d.;:!?()]{0,80}?\s)?$/iu;
/** "12.7% of operating costs, the smallest share of the eight": a group after a superlative set beside the share is what
 * the share is compared across, not its whole. */
const SUPERLATIVE_APPOSITION = /,\s+(?:and\s+)?(?:the|its|their)\s+(?:\p{L}+est|most|least)\b/iu;
/** Joins the named parts of a share's subject: "NIMR and KCOD together", "NIMR + KCOD", "between them". */
const JOINED = /\b(?:together|combined|between them|jointly)\b|\+/i;

/**
 * "SAGIC's 31 and KHI's 27 together made up 44.6%": the figure before a share is one of several joined into its part,
 * whose sum the share is of, not the last figure alone. Such a share is left unread.
 */
function joinedPart(tokens: readonly NumberToken[], previous: NumberToken, gap: string, sentence: Span): boolean {
  return JOINED.test(gap) && tokens.some((o) => o !== previous && !o.yearLike && o.kind !== 'percent' && o.start >= sentence.start && o.end <= previous.start);
}
/** A subject that refers back to the one entity of the sentences before: "The institute's share", "Its 239 papers". */
const REFERRING_NOUN = String.raw`(?:institute|institution|centre|center|station|university|laboratory|lab|observatory|agency|organi[sz]ation|museum|gallery|airport|operator|utility|company|railway|authority|network|provider|waterworks)`;
/** "The institute's share", "In 2025 the institute received", "On its own, the riverside museum took": a lower-case word may qualify the noun, a name may not. */
const backReferenceOf = (nouns: string): RegExp =>
  new RegExp(String.raw`^[\s*_]*(?:(?:[Ii]n|[Bb]y|[Aa]t)\s+\d{4},?\s+)?(?:(?:[Oo]n\s+its\s+own|[Aa]lone|[Bb]y\s+itself),?\s+)?(?:[Ii]ts|(?:[Tt]he|[Tt]his)\s+(?:\p{Ll}[\p{L}-]*\s+)?${nouns}(?:[’']s)?)\b`, 'u');
const backReferences = new WeakMap<Dataset, RegExp>();
/** BACK_REFERENCE with the dataset's own nouns too ("The zoo's share": dataset-nouns.ts). */
function backReference(dataset: Dataset): RegExp {
  let found = backReferences.get(dataset);
  if (!found) {
    const own = datasetNouns(dataset);
    backReferences.set(dataset, (found = backReferenceOf(own.length ? `(?:${REFERRING_NOUN.slice(3, -1)}|${own.join('|')})` : REFERRING_NOUN)));
  }
  return found;
}

const cache = new VersionMemo<AnalysedDocument, WeakMap<Dataset, GroupClaims>>();

/** Totals and shares of a group the dataset holds in full; computed once per document and dataset. */
export function datasetGroupClaims(doc: AnalysedDocument, dataset: Dataset): GroupClaims {
  let byDataset = cache.get(doc);
  if (!byDataset) cache.set(doc, (byDataset = new WeakMap()));
  let found = byDataset.get(dataset);
  if (!found) byDataset.set(dataset, (found = readClaims(doc, dataset)));
  return found;
}

type GroupMatch = Pick<RegExpMatchArray, 'index' | 0 | 'groups'>;
const newGroupsBySentence = (): Map<string, GroupMatch[]> => new Map();

/**
 * GROUP's matches in a sentence (indices relative to the sentence), kept with the segment's cached analysis by the
 * sentence's place in the segment: the sentence's text alone decides them, and the pattern ran over every hinted
 * sentence of the document on each check. Plain copies: a match array would keep the sentence's text (and so the whole
 * document of that version) alive.
 */
function groupsIn(segment: AnalysedSegment, sentence: Span, text: string, patterns: { group: RegExp; hint: RegExp; key: string }): GroupMatch[] {
  const kept = segment.memo(patterns.key, newGroupsBySentence);
  const at = `${sentence.start - segment.start}:${sentence.end - sentence.start}`;
  let found = kept.get(at);
  if (!found) {
    patterns.group.lastIndex = 0;
    found = patterns.hint.test(text) ? allMatches(patterns.group, text).map((m) => ({ index: m.index, 0: detachString(m[0]), groups: detachStringsInPlace({ ...m.groups }) })) : [];
    kept.set(at, found);
  }
  return found;
}

/** One segment's claims, and the group its last sentence that named one named, for "of that total" after it. */
interface SegmentClaims {
  totals: GroupTotal[];
  words: GroupWordShare[];
  shares: GroupShare[];
  /** Shares right after one of the same whole ("…, and B 24.0%"): listed after every other share of the document. */
  elliptic: GroupShare[];
  antecedent: Antecedent | undefined;
}

/**
 * Per version (the first dataset asked), what readClaims read segment by segment: the globals, the segments that gave
 * claims with how many of each list stand up to them (their own included), the lists before the elliptic shares are
 * appended, and the segments read with pins and those pins.
 */
interface ReadSegments {
  globals: readonly unknown[];
  indices: number[];
  ends: Array<readonly [totals: number, words: number, shares: number, elliptic: number]>;
  out: GroupClaims;
  elliptic: GroupShare[];
  pinned: Array<{ index: number; pins: readonly unknown[] }>;
}
const readSegments = new VersionMemo<AnalysedDocument, ReadSegments>();
const CLAIMS_KEY = 'dataset-group-claims';

/**
 * The document's group claims, segment by segment. A segment's claims depend on the segment, its heading, the text
 * around it and the group named last before it in its section (`antecedent`): outside an edit's scope they are the
 * previous version's, moved (across-versions.ts), as is the antecedent they leave to the next segment. After an edit
 * whose scope opens at a heading (where the antecedent is cleared), the claims of the segments before it, each the
 * previous version's own object, are taken over in one slice of each list (perf-key57: a keystroke near the end of a
 * 1 MB draft walked every segment, ~1.3 ms).
 */
function readClaims(doc: AnalysedDocument, dataset: Dataset): GroupClaims {
  const out: GroupClaims = { totals: [], shares: [], words: [] };
  if (dataset.observations.length === 0) return out;
  const elliptic: GroupShare[] = [];
  // The group the last sentence of the section that named one named, for "of that total" after it.
  let antecedent: Antecedent | undefined;
  let section: number | undefined;
  let sizes: Set<number> | undefined;
  const docSizes = () => (sizes ??= groupSizes(doc, dataset));
  const regionalPins = () => [[...docSizes()].sort((a, b) => a - b).join(',')];
  // A share whose subject is referred back with no one named before it reads the entities of the document's title: the
  // title is a global of every segment's claims (an edit that makes the first line a heading, or no longer one, may
  // leave the sections under it outside the edit's scope).
  const title = titleEntities(doc).join(' ');
  const globals = [dataset, title];
  const { hint } = patternsFor(dataset);
  const record: ReadSegments | undefined = doc.once || readSegments.get(doc) ? undefined : { globals, indices: [], ends: [], out, elliptic, pinned: [] };
  let start = 0;
  const edit = versionEdit(doc);
  const before = record && edit ? readSegments.get(edit.previous) : undefined;
  if (edit && before && edit.from <= edit.to && edit.from > 0 && edit.previous.segments.length === doc.segments.length && doc.segments[edit.from]!.kind === 'heading' && before.globals.length === globals.length && before.globals.every((g, i) => g === globals[i])) {
    // The pins of a segment before the scope are read from the whole document (the group sizes it names): the same
    // in this version, or nothing is taken over.
    let k = 0;
    while (k < before.indices.length && before.indices[k]! < edit.from) k++;
    let p = 0;
    while (p < before.pinned.length && before.pinned[p]!.index < edit.from) p++;
    const pinsHold = p === 0 || before.pinned.slice(0, p).every(({ pins }) => pins.length === 1 && pins[0] === regionalPins()[0]);
    if (pinsHold && keptLeading(doc, CLAIMS_KEY, globals) === edit.from) {
      const [totals, words, shares, ell] = k > 0 ? before.ends[k - 1]! : [0, 0, 0, 0];
      for (let j = 0; j < totals; j++) out.totals.push(before.out.totals[j]!);
      for (let j = 0; j < words; j++) out.words.push(before.out.words[j]!);
      for (let j = 0; j < shares; j++) out.shares.push(before.out.shares[j]!);
      for (let j = 0; j < ell; j++) elliptic.push(before.elliptic[j]!);
      for (let j = 0; j < k; j++) {
        record!.indices.push(before.indices[j]!);
        record!.ends.push(before.ends[j]!);
      }
      for (let j = 0; j < p; j++) record!.pinned.push(before.pinned[j]!);
      // The scope opens at a heading: the antecedent is cleared there, whatever the segments before it left.
      start = edit.from;
    }
  }
  for (let i = start; i < doc.segments.length; i++) {
    const segment = doc.segments[i]!;
    if (segment.kind === 'heading' || segment.heading !== section) antecedent = undefined;
    section = segment.kind === 'heading' ? segment.index : segment.heading;
    if (segment.kind === 'cell' || !holdsTokens(segment)) continue;
    // The cues first: a segment's names are looked up only when first asked for.
    const named = segmentHas(segment, NAMED_CUE);
    const referred = antecedent !== undefined && segmentHas(segment, TOTAL_REF_HINT);
    const regional = antecedent === undefined && segmentHas(segment, REGIONAL_REF);
    if (!named && !referred && !regional && !segmentHas(segment, hint)) continue;
    const entering = antecedent;
    // "of the regional total" with no group named before it in the section reads the sizes of the groups the document names.
    const pins = regional ? regionalPins() : undefined;
    const found = acrossVersions(doc, segment, CLAIMS_KEY, globals, () => segmentClaims(doc, dataset, segment, entering, docSizes), movedClaims, pins);
    antecedent = found.antecedent;
    for (const t of found.totals) out.totals.push(t);
    for (const w of found.words) out.words.push(w);
    for (const share of found.shares) out.shares.push(share);
    for (const share of found.elliptic) elliptic.push(share);
    if (record) {
      if (pins) record.pinned.push({ index: i, pins });
      if (found.totals.length || found.words.length || found.shares.length || found.elliptic.length) {
        record.indices.push(i);
        record.ends.push([out.totals.length, out.words.length, out.shares.length, elliptic.length]);
      }
    }
  }
  // The next version takes the shares before the elliptic ones appended here (`ends` counts only those).
  if (record) readSegments.set(doc, record);
  for (const share of elliptic) out.shares.push(share);
  return out;
}

/** "of the regional total", "of the regional figure": the whole of every entity the dataset holds (acc-sum13). */
// Also "of all subsidy paid in 2025", "of all households connected last year": all of a measure in a year, no group named.
const REGIONAL_REF = /\bof\s+(?:the\s+|that\s+)?(?:\d{4}\s+)?regional\s+(?:total|figure|count|sum|number)\b|\bof\s+all\s+[\p{L}-]+(?:\s+\p{Ll}[\p{L}-]*)?\s+(?:in\s+\d{4}|that\s+year|last\s+year)\b/iu;

/** A group's size as written, and its country or region: "the two Namibian institutes" names one by its adjective (group-countries.ts). */
function groupPlace(dataset: Dataset, g: GroupMatch): { n: string; country?: string } {
  const n = g.groups!.n ?? g.groups!.hyphen ?? g.groups!.bare!;
  const country = g.groups!.country ?? g.groups!.place ?? (g.groups!.adj ? groupCountryByAdjective(dataset, g.groups!.adj) : undefined);
  return country === undefined ? { n } : { n, country };
}

/** Between a group's total and a year after it: a comparison, so that the year is the base's, not the total's. */
const COMPARED_BEFORE_YEAR = /\b(?:than|against|compared\s+(?:with|to)|up\s+from|down\s+from|versus|vs)\b/i;

/** The one time of a sentence's group totals, when every other year of the sentence is a compared base after them. */
function onlyTimeCompared(text: string, group: { times: Set<string>; totals: readonly NumberToken[]; years: readonly NumberToken[] }): string | undefined {
  const time = [...group.times][0]!;
  if (time === '?' || group.totals.length === 0) return undefined;
  const last = group.totals[group.totals.length - 1]!;
  for (const y of group.years) {
    if (String(y.value) === time) continue;
    if (y.start < last.end || !COMPARED_BEFORE_YEAR.test(text.slice(last.end, y.start))) return undefined;
  }
  return time;
}

/** A sentence whose subject is the group the sentence before named: "Together they also handled …", "Their grants added up to …". */
const PRONOUN_GROUP = /^[\s*_]*(?:(?:[Tt]ogether|[Cc]ombined|[Aa]ltogether|[Ii]n\s+all|[Bb]etween\s+them|[Tt]aken\s+together),?\s+)?([Tt]hey|[Tt]heir)\b/u;
/** Words that claim a sum: "together", "combined", "added up to", "came to", "totalled". */
const SUM_CUE = /\b(?:together|combined|between them|jointly|in all|in total|altogether|add(?:s|ed)?\s+up\s+to|c(?:a|o)mes?\s+to|total(?:l?ed|l?ing|s)?)\b/i;

/** The sizes of the groups without a country the document names anywhere ("the ten institutes", "all eleven"). */
function groupSizes(doc: AnalysedDocument, dataset: Dataset): Set<number> {
  const out = new Set<number>();
  const patterns = patternsFor(dataset);
  for (const segment of doc.segments) {
    if (segment.kind === 'cell' || !segmentHas(segment, patterns.hint)) continue;
    for (const sentence of segment.sentences) {
      for (const g of groupsIn(segment, sentence, doc.text.slice(sentence.start, sentence.end), patterns)) {
        if (g.groups!.country ?? g.groups!.place ?? (g.groups!.adj && /\p{Lu}/u.test(g.groups!.adj))) continue;
        const n = g.groups!.n ?? g.groups!.hyphen ?? g.groups!.bare!;
        const size = /^\d+$/.test(n) ? Number(n) : spelledNumber(n);
        if (size !== undefined && size >= 2) out.add(size);
      }
    }
  }
  return out;
}

/**
 * A sentence with "of the regional total" and no group named before it in its section: the group is every entity the
 * dataset holds the sentence's one measure for, when the document names a group of that size somewhere ("the ten
 * institutes"), so that the region is the dataset's; read as "of the regional total" after a group is (acc-sum13).
 */
function regionalShares(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment, sentence: Span, tokens: readonly NumberToken[], docSizes: () => ReadonlySet<number>): GroupShare[] {
  const text = doc.text.slice(sentence.start, sentence.end);
  const ref = REGIONAL_REF.exec(text);
  if (!ref) return [];
  // A sentence naming no measure takes its section heading's one ("## Trial starts by institute").
  const heading = segment.heading === undefined ? undefined : doc.segments[segment.heading];
  const metric = oneMetric(segment, sentence) ?? (heading && !segment.metrics.some((m) => m.start >= sentence.start && m.end <= sentence.end) ? oneMetric(heading, heading) : undefined);
  if (!metric) return [];
  const holders = new Set((dataset.observationsByMetric.get(metric) ?? []).filter((o) => o.partner === undefined && o.dimension === undefined && o.value !== undefined).map((o) => o.entity));
  if (holders.size < 2 || !docSizes().has(holders.size)) return [];
  const phrase = { start: sentence.start + ref.index + ref[0].search(/regional/i), end: sentence.start + ref.index + ref[0].length };
  // Its time: the sentence's (read by referredShares), else the one year of its paragraph or heading.
  const outer = outerTime(doc, segment);
  const antecedent: Antecedent = { metric, size: holders.size, phrase, years: outer && /^\d{4}$/.test(outer) ? [outer] : [] };
  return referredShares(doc, dataset, segment, sentence, tokens, antecedent).filter((share) => /^\s+of\s+(?:(?:the\s+|that\s+)?(?:\d{4}\s+)?regional|all)\b/i.test(doc.text.slice(share.stated.end, share.stated.end + 30)));
}

function segmentClaims(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment, entering: Antecedent | undefined, docSizes: () => ReadonlySet<number>): SegmentClaims {
  const out: SegmentClaims = { totals: [], shares: [], words: [], elliptic: [], antecedent: entering };
  const read: Array<{ share: GroupShare; segment: AnalysedSegment; tokens: readonly NumberToken[] }> = [];
  let antecedent = entering;
  if (segmentHas(segment, NAMED_CUE) && segment.entities.length >= 2) out.totals.push(...namedSetTotals(doc, dataset, segment));
  const referred = antecedent !== undefined && segmentHas(segment, TOTAL_REF_HINT);
  const regional = antecedent === undefined && segmentHas(segment, REGIONAL_REF);
  const patterns = patternsFor(dataset);
  if (!segmentHas(segment, patterns.hint) && !referred && !regional) return out;
  // The one group the sentence before named, for "Together they …" and "Their grants added up to …" right after it.
  // With the times of the group's totals read in that sentence (its own, not lent), for "Together they also …" (acc-dsv29).
  let lastGroup: { n: string; country?: string; phrase: Span; times: Set<string>; totals: NumberToken[]; years: NumberToken[] } | undefined;
  for (const { sentence, tokens } of sentenceTokens(segment)) {
    const text = doc.text.slice(sentence.start, sentence.end);
    const namedGroups = groupsIn(segment, sentence, text, patterns);
    const previousGroup = lastGroup;
    const pronoun = namedGroups.length === 0 && previousGroup ? PRONOUN_GROUP.exec(text) : null;
    // Totals only: a share in such a sentence is of the group's whole, read as one referred to (referredShares).
    const referredBack = pronoun !== null && SUM_CUE.test(text) && !tokens.some((t) => t.kind === 'percent');
    let groups: GroupMatch[] = referredBack ? [{ index: pronoun.index + pronoun[0].length - pronoun[1]!.length, 0: pronoun[1]!, groups: { n: previousGroup!.n, ...(previousGroup!.country && { country: previousGroup!.country }) } }] : namedGroups;
    // "Together, the two Portuguese museums now account for 33.8% of all visits to the eight": a group of one country
    // before a group of all is the part of a share of the whole (readShare, partGroup).
    const partGroup = referredBack ? undefined : countryPartGroup(dataset, sentence, namedGroups);
    if (partGroup) groups = [namedGroups[1]!];
    const one = namedGroups.length === 1 ? namedGroups[0]! : undefined;
    lastGroup = one ? { phrase: { start: sentence.start + one.index!, end: sentence.start + one.index! + one[0].length }, ...groupPlace(dataset, one), times: new Set(), totals: [], years: tokens.filter((t) => t.yearLike) } : undefined;
    // "…together handled 838,000 passengers in 2024, 7.3% more than the 781,000 of 2023. Together they also handled 8,837
    // tonnes of cargo.": a sentence referring back to the group, with no time of its own, speaks of the one time of the
    // group's totals in the sentence before (a lent time), not of the paragraph's several years.
    // Its other years must each be a base the total is compared with ("7.3% more than the 781,000 of 2023").
    const previousTime = referredBack && previousGroup!.times.size === 1 ? onlyTimeCompared(doc.text, previousGroup!) : undefined;
    const lentSubject: LentSlot[] = referredBack ? [{ slot: 'subject', from: 'a reference back' }] : [];
    // "…of that total" after a sentence naming the group, "of the regional total": the group is lent to the share.
    const lentWhole = (share: GroupShare): GroupShare => ({ ...share, whole: { ...share.whole, lent: [...(share.whole.lent ?? []), { slot: 'whole', from: 'an earlier sentence' }] } });
    if (groups.length === 0 && antecedent) {
      for (const share of referredShares(doc, dataset, segment, sentence, tokens, antecedent)) read.push({ share: lentWhole(share), segment, tokens });
      continue;
    }
    if (groups.length === 0 && regional) {
      for (const share of regionalShares(doc, dataset, segment, sentence, tokens, docSizes)) read.push({ share: lentWhole(share), segment, tokens });
      continue;
    }
    // One group per sentence: two ("the ten institutes … the four Baltic institutes") leave which is meant open.
    if (groups.length !== 1) {
      if (groups.length > 1) antecedent = undefined;
      continue;
    }
    // "Subsidy has followed traffic … Together the two Polish operators received EUR 106.3 million in 2025": a sentence
    // naming no measure takes its paragraph's one, lent.
    // "HGL drew 52.6% of all visits to the eight parks in 2024, and its trails show it": a sentence naming two measures
    // reads the group's own clause when that clause names one; only figures of that clause are its claims.
    const sentenceMetric = oneMetric(segment, sentence);
    const groupClause = sentenceMetric === undefined && !referredBack ? clauseOf(doc.text, sentence, sentence.start + groups[0]!.index!) : undefined;
    const clause = groupClause && (groupClause.start > sentence.start || groupClause.end < sentence.end) && oneMetric(segment, groupClause) !== undefined ? groupClause : undefined;
    const own = sentenceMetric ?? (clause && oneMetric(segment, clause));
    // "…turned over EUR 258.2 million in 2024 — the short 2023 vintage showing up in the following year's sales": a
    // measure named only in a dash aside after the group's figures names none of theirs.
    const dash = DASH_ASIDE.exec(text.slice(groups[0]!.index!));
    const namedUntil = dash ? sentence.start + groups[0]!.index! + dash.index : sentence.end;
    const named = segment.metrics.some((m) => m.start >= sentence.start && m.end <= namedUntil);
    // "the ten institutes had filed 115 families between them" below "130 patent families": the figure's own noun heads
    // the phrase of one metric named earlier in the section, so the measure is the figure's; only in a sentence that
    // claims the sum ("between them", "together", "in all"), as a bare noun may count something else.
    const nouns = own || named || !NAMED_CUE.test(text) ? [] : [...new Set(tokens.flatMap((t) => (t.yearLike || t.kind === 'percent' ? [] : [headNounMetric(doc, dataset, segment, t, sentence)])).filter((id) => id !== undefined))];
    const nouned = nouns.length === 1 ? nouns[0] : undefined;
    // (Not when a word of the sentence is one only another measure's phrases use: "raised USD 20.9 million for charity"
    // after a sentence on prize money.)
    const paragraphMetric = own || nouned || named ? undefined : oneMetric(segment, { start: segment.start, end: sentence.start });
    const lent = own ?? nouned ?? (paragraphMetric && !wordOfOtherMeasure(dataset, text, paragraphMetric) ? paragraphMetric : undefined);
    // "South Asia's seven institutes received USD 34.3 million together in 2025": a sum of money after "received", in a
    // sentence that claims the sum and names no measure, is of the one money measure the dataset keeps as "… received"
    // (dataset-verb-measures.ts), when the paragraph lends none (acc-dsv29).
    // "the eight breweries employed 858 people in 2024": people employed by a group are the sum of its members' staff,
    // with or without "together".
    const verbs = lent || named ? [] : [...new Set(tokens.flatMap((t) => (t.kind === 'currency' || (t.kind === 'plain' && !t.yearLike) ? [summedByVerb(verbMetric(dataset, doc.text, t, sentence, [], (x, m) => unitFits(x, m)), NAMED_CUE.test(text))?.id] : [])).filter((id) => id !== undefined))];
    const verbed = verbs.length === 1 ? verbs[0] : undefined;
    const metric = lent ?? verbed;
    if (!metric) continue;
    const lentMeasure: LentSlot[] = own || nouned || verbed ? [] : [{ slot: 'measure', from: 'an earlier sentence' }];
    const g = groups[0]!;
    // A group referred back to is named by its phrase in the sentence before.
    const phrase = referredBack ? previousGroup!.phrase : { start: sentence.start + g.index!, end: sentence.start + g.index! + g[0].length };
    // "the 10 institutes": the count is the group's size, not a claim.
    const claims = tokens.filter((t) => !(t.start >= phrase.start && t.end <= phrase.end) && !isCitationMarker(t, doc.text) && (!clause || (t.start >= clause.start && t.end <= clause.end)));
    const { n, country } = groupPlace(dataset, g);
    const size = /^\d+$/.test(n) ? Number(n) : spelledNumber(n);
    if (size === undefined || size < 2) continue;
    const { periods, years } = periodsAndYears(tokens, doc.text);
    // "reached EUR 38.48 million in 2023/24": a season across two years is kept under its first year by some datasets
    // and its last by others (member-shares.ts timesIn); it dates no group's figure.
    if (years.some((y) => y.text.includes('/'))) continue;
    antecedent = { metric, size, country, phrase, years: [...new Set(years.map((y) => String(y.value)))] };
    const times = [...new Set([...years.map((y) => String(y.value)), ...periods.map((p) => `${p.from}–${p.to}`)])];
    const ownTime = (t: NumberToken) => attachedTime(doc.text, t, years, periods, sentence) ?? labelTime(doc.text, t, years, sentence) ?? (times.length === 1 ? sharedTime(doc.text, t, tokens, years, periods, sentence) : undefined);
    // `partYear`: a year of the paragraph or heading that the share's stated part dates (readShare, datedByPart).
    // `wholeYear`: a year of the sentence whose whole equals the one the sentence states (readShare, datedByWhole).
    const wholeAt = (t: NumberToken, partYear?: string, wholeYear?: string) => {
      const own = ownTime(t);
      const text = doc.text.slice(sentence.start, sentence.end);
      // A sentence that names no time takes its paragraph's or heading's: a lent year. One that says "now" or "last year"
      // takes the latest year the dataset holds the measure for, one that says "over the decade" the ten years it holds.
      const unsaid = own === undefined && times.length === 0 && partYear === undefined;
      const present = unsaid && PRESENT.test(text) ? latestYear(dataset, metric) : undefined;
      const decade = unsaid && present === undefined && lentMeasure.length === 0 ? decadeTime(dataset, metric, text) : undefined;
      // A measure lent from the paragraph: a sum of money only (a count names its own noun, "97 doctorates"), with a
      // time the sentence states ("in 2025", "last year"); two slots read from outside the sentence are too loose a reading.
      if (lentMeasure.length && ((own ?? present) === undefined || t.kind !== 'currency' || dataset.metrics.get(metric)?.unit !== 'currency')) return undefined;
      // "Graz had 3,088 thousand trips in 2024. … Graz alone carried 20.6% of the trips made on the three Austrian schemes
      // that year": a relative year of the sentence, counted from the one year of the sentence before.
      const carried = unsaid && present === undefined && decade === undefined ? (previousTime ?? relativeTime(doc, segment, sentence)) : undefined;
      const outer = own === undefined && times.length === 0 && present === undefined && decade === undefined && carried === undefined ? outerTime(doc, segment) : undefined;
      const time = own ?? wholeYear ?? (times.length === 0 ? (partYear ?? present ?? decade ?? carried ?? outer) : undefined);
      const whole = time === undefined ? undefined : groupWhole(dataset, metric, time, size, country, t, phrase, text);
      const route = own === undefined && wholeYear !== undefined ? 'the whole the sentence states' : partYear !== undefined ? 'the dataset fact the figure equals' : present !== undefined ? 'the latest year the dataset holds' : decade !== undefined ? 'the ten years the dataset holds' : carried !== undefined ? 'an earlier sentence' : 'the paragraph or a heading';
      const lent: LentSlot[] = [...lentSubject, ...lentMeasure, ...(own === undefined ? [{ slot: 'time', from: route } as const] : [])];
      return whole && lent.length ? { ...whole, lent } : whole;
    };
    // Where the figure's subject stands in its own sentence: the group's phrase, or the pronoun that refers back to it
    // (the words between the figure and the sentence before are no gap of this sentence's, acc-dsv29).
    const anchor = referredBack ? { start: sentence.start + g.index!, end: sentence.start + g.index! + g[0].length } : phrase;
    const before = doc.text.slice(Math.max(sentence.start, anchor.start - 30), anchor.start);
    const mentions = segment.entities.filter((m) => m.start >= sentence.start && m.end <= sentence.end && !(m.start >= phrase.start && m.end <= phrase.end));
    // Shares in words before the group: "a fifth of the four observatories' alerts", "one in four of all papers from the ten institutes".
    if (/\b(?:one|1)\s+(?:in|out\s+of)\s|\b(?:half|thirds?|quarters?|fifths?|tenth)\b/i.test(text)) {
      for (const w of wordShares(text, sentence.start)) {
        if (w.end > phrase.start || !SHARE_OF.test(doc.text.slice(w.end, phrase.start).replace(/^\s+of\s+(?:the\s+|all\s+)?(?:[^\d.;:!?()]{0,80}?\s)?(?=of\s)/iu, ' '))) continue;
        if (claims.some((o) => o.start >= w.end && o.end <= phrase.start && !o.yearLike) || CHANGE_BEFORE.test(doc.text.slice(Math.max(sentence.start, w.start - 30), w.start))) continue;
        const time = times.length === 1 ? times[0] : times.length === 0 ? outerTime(doc, segment) : undefined;
        const whole = time === undefined ? undefined : groupWhole(dataset, metric, time, size, country, { scale: undefined } as NumberToken, phrase, text);
        const ids = [...new Set(mentions.filter((m) => m.end <= w.start).map((m) => m.id))];
        if (!whole || ids.length === 0 || ids.some((id) => !whole.members.includes(id))) continue;
        if (ids.length > 1 && !JOINED.test(doc.text.slice(sentence.start, w.start))) continue;
        // A figure of the subject stated before the words: the rule's other readings speak of it.
        if (claims.some((o) => o.end <= w.start && !o.yearLike)) continue;
        const facts = ids.map((id) => factOf(dataset, id, whole));
        if (facts.some((f) => !f)) continue;
        out.words.push({ share: w, whole, part: { value: facts.reduce((acc, f) => acc + f!.value, 0), entities: ids } });
      }
    }
    for (const t of claims) {
      if (t.yearLike || t.kind === 'ordinal') continue;
      if (t.kind === 'percent') {
        const share = readShare(doc, dataset, segment, sentence, claims, mentions, t, phrase, wholeAt, partGroup);
        if (share) read.push({ share, segment, tokens });
        continue;
      }
      // "output of the ten institutes": after the metric's own words, "of" names whose figure it is.
      const metricOf = segment.metrics.some((m) => m.id === metric && /^\s+(?:of|for)\s+$/i.test(doc.text.slice(m.end, anchor.start)));
      if (t.start >= anchor.end && NOT_SUBJECT_BEFORE.test(before) && !metricOf) continue;
      // "…, 21.4% of the 42 premieres by all eight orchestras that year, and 51 over the decade": the group names whose the
      // figure before it is; a figure after it, past a comma, goes on with the sentence's subject.
      const headFigure = claims.filter((o) => !o.yearLike && o.end <= anchor.start).pop();
      if (t.start >= anchor.end && headFigure && /^\s+(?:[\p{L}-]+\s+){0,3}?(?:by|from|across)\s+$/u.test(doc.text.slice(headFigure.end, anchor.start)) && doc.text.slice(anchor.end, t.start).includes(',')) continue;
      if (!unitFits(t, dataset.metrics.get(metric)!) || otherNoun(doc.text, t, dataset.metrics.get(metric)!)) continue;
      const between = t.start >= anchor.end ? { start: anchor.end, end: t.start } : { start: t.end, end: anchor.start };
      if (between.end - between.start > 120) continue;
      const gap = doc.text.slice(between.start, between.end);
      // ("The eight ports' first-sale value came to …": a measure's own words are no word of the gap.)
      if (NOT_GROUP_FIGURE.test(withoutMentions(doc.text, between, segment.metrics)) || /[;:()]|\s[–—-]\s|—/.test(gap)) continue;
      if (mentions.some((m) => m.start >= between.start && m.end <= between.end)) continue;
      // Figures between are other times' totals of the group ("put out 2,502 papers in 2015 and 3,650 in 2025"), or none.
      const own = attachedTime(doc.text, t, years, periods, sentence);
      const others = claims.filter((o) => o !== t && !o.yearLike && o.start >= between.start && o.end <= between.end);
      if (others.some((o) => !unitFits(o, dataset.metrics.get(metric)!) || own === undefined || [undefined, own].includes(attachedTime(doc.text, o, years, periods, sentence)))) continue;
      if (QUALIFIED_BEFORE.test(doc.text.slice(Math.max(sentence.start, t.start - 24), t.start)) || (QUALIFIED_AFTER.test(doc.text.slice(t.end, t.end + 16)) && !ownPhraseAfter(doc.text, t, segment.metrics, metric))) continue;
      // "the eight operators turned over EUR 7,886.2 million in 2024 and spent 21.7% of it on capex": a verb right before
      // the figure that names a measure of its own makes it that measure's, whatever the sentence names elsewhere.
      const byVerb = t.kind === 'currency' || t.kind === 'plain' ? verbMetric(dataset, doc.text, t, sentence, [], (x, m) => unitFits(x, m)) : undefined;
      if (byVerb && byVerb.id !== metric) continue;
      // A group after its figure is its total only as "published by the ten institutes", "across the ten institutes".
      if (t.end <= anchor.start && !/\b(?:by|across)\s+$/i.test(before)) continue;
      if (notATotal(doc.text, sentence, t) || isCounterfactual(text) || otherMeasure(doc.text, t, sentence, dataset.metrics.get(metric)!)) continue;
      // "Forty-nine people died in fires attended by the eight services in 2024, against 51 in 2015": a sentence that
      // counts people counts no fires.
      if (countsPeopleBefore(doc.text, sentence, t) && !countsPeople(dataset.metrics.get(metric)!)) continue;
      // "KTH is the largest single partner across the three universities, at 3,320": a name before a group given as a
      // scope is the figure's subject, not the group.
      if (t.start >= phrase.end && mentions.some((m) => m.start >= sentence.start && m.end <= phrase.start) && /\b(?:across|among|amongst)\s+(?:all\s+)?$/i.test(doc.text.slice(Math.max(sentence.start, phrase.start - 12), phrase.start))) continue;
      const whole = wholeAt(t);
      // A figure that is one member's own fact ("the ten institutes, NIMR with 726") is not their total.
      if (!whole || ownFact(dataset, whole, t)) continue;
      out.totals.push({ stated: t, whole });
      if (lastGroup) {
        lastGroup.times.add(whole.lent?.some((l) => l.slot === 'time') ? '?' : whole.time);
        lastGroup.totals.push(t);
      }
    }
  }
  out.antecedent = antecedent;
  // "A produced 70.7% of the 2024 total, and B 24.0%": a share right after one of the same whole, of one other member.
  const taken = new Set(read.map((r) => r.share.stated.start));
  for (const r of [...read]) {
    let last = r.share;
    for (const next of r.tokens.filter((t) => t.start >= last.stated.end && !t.yearLike)) {
      if (next.kind !== 'percent') break;
      const share = ellipticShare(doc, dataset, r.segment, last, next);
      if (!share || taken.has(next.start)) break;
      taken.add(next.start);
      out.elliptic.push(share);
      last = share;
    }
  }
  out.shares.push(...read.map((r) => r.share));
  return out;
}

/** Between a share and an elliptic one: ", and B 24.0%", "; B, 18.4%", "while B had 12%". */
const ELLIPSIS_BEFORE = /(?:[,;]\s*(?:and|while|whereas)?|\s(?:and|while|whereas))\s+(?:the\s+)?$/i;
const ELLIPSIS_AFTER = /^\s*(?:,\s*)?(?:at|with|on|had|has|took|takes|holds?|held|accounted for|accounts for|made up|makes up)?\s*$/i;

function ellipticShare(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment, previous: GroupShare, stated: NumberToken): GroupShare | undefined {
  if (stated.style.sign !== '' || previous.part.token) return undefined;
  const named = segment.entities.filter((m) => m.start >= previous.stated.end && m.end <= stated.start);
  if (named.length !== 1 || !previous.whole.members.includes(named[0]!.id) || previous.part.entities.includes(named[0]!.id)) return undefined;
  const m = named[0]!;
  const gap = doc.text.slice(previous.stated.end, m.start);
  if (gap.length > 100 || /[:()]|\d/.test(gap.replace(/\b\d{4}\b/g, '')) || !ELLIPSIS_BEFORE.test(gap) || !ELLIPSIS_AFTER.test(doc.text.slice(m.end, stated.start))) return undefined;
  if (QUALIFIED_AFTER_SHARE.test(doc.text.slice(stated.end, stated.end + 20)) || /^\s+of\b/i.test(doc.text.slice(stated.end, stated.end + 6))) return undefined;
  const fact = factOf(dataset, m.id, previous.whole);
  if (!fact) return undefined;
  const factor = tokenFactor(stated, dataset.metrics.get(previous.whole.metric)!.scale);
  const decimals = decimalsOf(fact.value);
  return { stated, whole: previous.whole, part: { value: fact.value / factor, slack: decimals > 0 ? (0.5 * 10 ** -decimals) / factor : 0, entities: [m.id], fromDataset: true } };
}

/** A sentence that speaks of the present or of the year just ended: "KHI now accounts for", "received … last year". */
const PRESENT = /\b(?:now|today|currently|at present|last\s+(?:year|season)|this\s+(?:year|season))\b(?!['’]s)/i;

/** "over the decade", "across the whole decade", "in the past ten years": the ten years of the dataset's facts, when no year is said. */
const DECADE = /\b(?:over|across|during|in|for|throughout)\s+(?:the|this|that)\s+(?:(?:whole|full|entire|past|last)\s+)?(?:decade|ten\s+years)\b/i;

/**
 * The period a sentence means by "over the decade": the one ten-year period the dataset holds the measure for (a period
 * fact, else yearly facts that span exactly ten years); undefined when it holds several or none.
 */
function decadeTime(dataset: Dataset, metric: string, sentence: string): string | undefined {
  if (!DECADE.test(sentence)) return undefined;
  const facts = (dataset.observationsByMetric.get(metric) ?? []).filter((o) => o.partner === undefined && o.dimension === undefined && o.value !== undefined);
  const periods = new Set<string>();
  for (const o of facts) {
    const p = o.period === undefined ? undefined : /^(\d{4})\s*[–-]\s*(\d{4})$/.exec(o.period);
    if (p && Number(p[2]) - Number(p[1]) === 9) periods.add(`${p[1]}–${p[2]}`);
  }
  if (periods.size > 0) return periods.size === 1 ? [...periods][0] : undefined;
  const years = facts.filter((o) => o.year !== undefined).map((o) => o.year!);
  if (years.length === 0) return undefined;
  const first = Math.min(...years);
  const last = Math.max(...years);
  return last - first === 9 ? `${first}–${last}` : undefined;
}

/** The latest year of the dataset's yearly facts of a measure, as a string. */
function latestYear(dataset: Dataset, metric: string): string | undefined {
  let latest: number | undefined;
  for (const o of dataset.observationsByMetric.get(metric) ?? []) if (o.year !== undefined && (latest === undefined || o.year > latest)) latest = o.year;
  return latest === undefined ? undefined : String(latest);
}

/** A sentence that names no time: the one year or period of its paragraph, else of its heading ("## 2025 in figures"). */
/**
 * "The three leading institutes of that year, KHI, SAGIC and CBRL, filed 67 …": a sentence naming no time but one relative
 * year ("that year", "the same year", "a year later") takes it from the one year of the sentence before it in the same
 * paragraph (acc-parts8); undefined when that sentence names none or several.
 */
function relativeTime(doc: AnalysedDocument, segment: AnalysedSegment, sentence: Span): string | undefined {
  const relative = relativeYears(doc.text, sentence);
  if (relative.length !== 1) return undefined;
  const index = segment.sentences.findIndex((x) => x.start === sentence.start);
  const before = index > 0 ? segment.sentences[index - 1]! : undefined;
  if (!before) return undefined;
  const { periods, years } = periodsAndYears(segment.tokens.filter((t) => t.start >= before.start && t.end <= before.end), doc.text);
  // "The hall was 87.1% full, up 4.1 points on 2015. It also premiered … that year": a year compared with is no time of
  // the sentence before's own; with only such a year, "that year" is left open.
  const own = years.filter((y) => !COMPARED_YEAR_BEFORE.test(doc.text.slice(Math.max(before.start, y.start - 24), y.start)));
  const distinct = [...new Set(own.map((y) => y.value))];
  return periods.length === 0 && own.length === years.length && distinct.length === 1 ? String(distinct[0]! + relative[0]!.offset) : undefined;
}
/** Before a year that a figure is compared with: "up 4.1 points on ", "more than in ", "since ", "against ". */
const COMPARED_YEAR_BEFORE = /\b(?:on|than(?:\s+in)?|since|against|compared\s+(?:with|to)|vs\.?|versus)\s+(?:the\s+)?(?:(?:year|level|figure)\s+(?:of\s+)?)?$/i;

/**
 * Words of an average or a rate in the figure's own clause, or set off right after it: "the eight cities spent EUR 20.9
 * million between them, or EUR 1.51 per trip on average" averages the second figure, not the first.
 */
function notATotal(text: string, sentence: Span, t: NumberToken): boolean {
  const before = text.slice(sentence.start, t.start);
  let opening = 0;
  for (const m of before.matchAll(/[,;:(]/g)) opening = m.index! + 1;
  const after = text.slice(t.end, sentence.end);
  const closing = after.search(/[,;:()]/);
  const clause = before.slice(opening) + text.slice(t.start, t.end) + (closing === -1 ? after : after.slice(0, closing));
  // "went from 473 papers to 902, …, or about 7 per cent a year": the start of a change, of no year the sentence states.
  return NOT_A_TOTAL.test(clause) || SET_OFF_AVERAGE.test(after) || (/\bfrom\s+$/i.test(before) && NOT_A_TOTAL.test(text.slice(sentence.start, sentence.end)));
}
const SET_OFF_AVERAGE = /^\s*,\s*(?:or\s+)?(?:on\s+average|an?\s+average|averag\w+|a\s+year|per\s+year|each\s+year|every\s+year|annually|per\s+annum|yearly)\b/i;

function outerTime(doc: AnalysedDocument, segment: AnalysedSegment): string | undefined {
  const heading = segment.heading === undefined ? undefined : doc.segments[segment.heading];
  for (const s of [segment, heading]) {
    if (!s) continue;
    const { periods, years } = periodsAndYears(s.tokens, doc.text);
    const times = [...new Set([...years.map((y) => String(y.value)), ...periods.map((p) => `${p.from}–${p.to}`)])];
    if (times.length > 0) return times.length === 1 ? times[0] : undefined;
  }
  return undefined;
}

/**
 * "Seenland … its 3,928 thousand nights are 69.6% of the three Austrian destinations' total" in a paragraph that names
 * 2015 and 2024: the year is the one of those whose fact of the one subject the stated part (`part`, found by readShare)
 * equals (a lent year).
 */
function datedByPart(
  doc: AnalysedDocument,
  dataset: Dataset,
  segment: AnalysedSegment,
  part: NumberToken,
  mentions: readonly Mention[],
  stated: NumberToken,
  wholeAt: (t: NumberToken, partYear?: string, wholeYear?: string) => GroupWhole | undefined,
): GroupWhole | undefined {
  const ids = [...new Set(mentions.filter((m) => m.end <= part.start).map((m) => m.id))];
  if (ids.length !== 1) return undefined;
  const subject = ids[0]!;
  const heading = segment.heading === undefined ? undefined : doc.segments[segment.heading];
  const years = new Set([segment, heading].flatMap((s) => (s ? s.tokens.filter((t) => t.yearLike).map((t) => String(t.value)) : [])));
  const dated = [...years].map((year) => wholeAt(stated, year)).filter((whole): whole is GroupWhole => {
    if (!whole || !whole.members.includes(subject)) return false;
    const fact = factOf(dataset, subject, whole);
    const scale = dataset.metrics.get(whole.metric)?.scale;
    return fact !== undefined && statesFact(part, fact.value, scale);
  });
  return dated.length === 1 ? dated[0] : undefined;
}

/** The one additive metric (a count or a sum of money) named in the sentence (or the paragraph's text before one). */
function oneMetric(segment: AnalysedSegment, sentence: Span): string | undefined {
  // A metric's word inside a name ("Centre for Satellite Data") names no metric.
  const inName = (m: Span) => segment.entities.some((e) => e.start <= m.start && m.end <= e.end);
  const ids = new Set(segment.metrics.filter((m) => m.start >= sentence.start && m.end <= sentence.end && !inName(m)).map((m) => m.id));
  return ids.size === 1 ? [...ids][0] : undefined;
}

/** The year or period a figure is stated for, written right after it ("5.0 per cent in 2025", "2,502 papers in 2015"). */
function attachedTime(text: string, t: NumberToken, years: readonly NumberToken[], periods: ReadonlyArray<{ start: number; end: number; from: number; to: number }>, sentence: Span): string | undefined {
  const after = text.slice(t.end, Math.min(sentence.end, t.end + 60));
  // "the EUR 402.2 million of 2019", "the 1,632 km of 2015": "of" dates the figure right before it (and its unit) too;
  // "in the 2024 season" (a year that names a season, an edition, a financial year) dates it as "in 2024" does.
  const m = /^(?:\s+[\p{L}-]+){0,4}?\s+(?:in|for|during|over|(?:at|by)\s+(?:the\s+)?end\s+of|as\s+of)\s+(?:the\s+(?=\d{4}\s+(?:season|edition|census|survey|harvest|vintage|campaign|(?:financial|fiscal|calendar|academic|school)\s+year)\b))?(?=\d{4})|^\s*\(\s*(?=\d{4})|^(?:\s+[\p{L}²³-]+){0,2}?\s+of\s+(?=\d{4}\b(?!\s*[’']s))/iu.exec(after);
  if (!m) return undefined;
  const at = t.end + m[0].length;
  const p = periods.find((x) => x.start === at);
  if (p) return `${p.from}–${p.to}`;
  const y = years.find((x) => x.start === at);
  return y ? String(y.value) : undefined;
}

/** "Ship days 2025: 2,940 across the ten institutes": a label that ends on its year and a colon right before the figure. */
const LABEL_YEAR_BEFORE = /^[\s*_>-]*\p{L}[\p{L}\s’'()-]{0,50}?\s((?:19|20)\d{2})\**\s*:\s*\**\s*(?:[A-Z]{3}\s+|[$€£]\s?)?$/u;

/** The year a label before the figure ends on (LABEL_YEAR_BEFORE). */
function labelTime(text: string, t: NumberToken, years: readonly NumberToken[], sentence: Span): string | undefined {
  const m = LABEL_YEAR_BEFORE.exec(text.slice(sentence.start, t.start));
  return m && years.some((y) => String(y.value) === m[1]) ? m[1] : undefined;
}

/**
 * A year or period right after a cue that makes it the base of a comparison: "more than in 2016", "as many as in 2016",
 * "against 2016", "since 2016", a multiple of it ("nearly double the 56 of 2021") and a change "on" its base ("up 90.7% on
 * 2015", "down 3 points on 2019").
 */
const BASE_TIME_BEFORE = /(?:\b(?:than|as|since|from|against|compared\s+(?:with|to)|versus|vs\.?|above|below|over|under|double|twice|triple|treble|quadruple|half)|(?:%|\bper\s*cent|\bpoints?|\bup|\bdown)\s+on)\s+(?:(?:in|during|for)\s+)?(?:the\s+)?$/i;

/**
 * The sentence's one time, for a figure that states none of its own, or undefined when that time is another figure's
 * given as a base ("3,759 papers, up from 2,385 in 2016": 2016 is the year of 2,385, not of 3,759; but "HWO's 150
 * alerts in 2023 made up 33.3% of …" shares its year with the share) or the base of a comparison
 * ("3,759 papers, 57.6% more than in 2016", "…, against 2016"): the figure's own time is then left unsaid.
 */
function sharedTime(text: string, t: NumberToken, tokens: readonly NumberToken[], years: readonly NumberToken[], periods: ReadonlyArray<{ start: number; end: number; from: number; to: number }>, sentence: Span): string | undefined {
  const times = [...years.map((y) => ({ start: y.start, time: String(y.value) })), ...periods.map((p) => ({ start: p.start, time: `${p.from}–${p.to}` }))];
  const time = times[0]?.time;
  if (time === undefined || times.some((x) => x.time !== time)) return undefined;
  // "490 titles in 2020; by 2022, when the eight presses published 534": a year after "by", "until", "before" or "after"
  // between the sentence's time and the figure is a time the sentence moves on to (no fact's own year, so not among
  // `years`): the figure's time is not certain. ("In 2015 they produced 452; by 2024 the sum had reached 902" keeps 2015.)
  const timeAt = times.filter((x) => x.time === time && x.start < t.start).reduce((a, x) => Math.max(a, x.start), sentence.start);
  if (tokens.some((o) => o.yearLike && o.start > timeAt && o.end <= t.start && String(o.value) !== time && BOUND_YEAR_BEFORE.test(text.slice(Math.max(sentence.start, o.start - 8), o.start)))) return undefined;
  // Another figure stated for that time as a base of comparison ("up from 2,385 in 2016"): the time is that figure's.
  const base = (o: NumberToken) => BASE_TIME_BEFORE.test(text.slice(Math.max(sentence.start, o.start - 30), o.start).replace(/\s*(?:about|around|some|roughly|nearly|almost)\s*$/i, ' '));
  if (tokens.some((o) => o !== t && !o.yearLike && base(o) && attachedTime(text, o, years, periods, sentence) === time)) return undefined;
  if (times.some((x) => BASE_TIME_BEFORE.test(text.slice(Math.max(sentence.start, x.start - 30), x.start)))) return undefined;
  return time;
}

const BOUND_YEAR_BEFORE = /\b(?:by|until|till|before|after)\s+$/i;

/**
 * A measure kept as a `rate` because its values have decimals, whose label says it counts or measures things that add up
 * across entities: full-time equivalents, energy in GWh, capacity in MW, lengths in km ("Rangers and wardens, full-time
 * equivalents averaged over the year"); never one per unit, an average of something else or a ratio.
 */
function additiveRate(def: { unit: string; label: string }): boolean {
  // ("averaged over the year" is no average of something else: \baverage\b does not match it.)
  return def.unit === 'rate' && ADDITIVE_UNIT.test(def.label) && !PER_UNIT_LABEL.test(def.label);
}
const ADDITIVE_UNIT = /\b(?:full-time\s+equivalents?|FTE|GWh|MWh|TWh|MW|GW|km|kilometres|tonnes)\b/i;
const PER_UNIT_LABEL = /\b(?:per|average|mean|median|ratio|divided)\b|\//i;

/** The group's facts for the metric and time: every entity the dataset holds them for (of one country or region, when named), exactly `size` of them. */
function groupWhole(dataset: Dataset, metric: string, time: string, size: number, country: string | undefined, token: NumberToken, phrase: Span, sentence: string): GroupWhole | undefined {
  const def = dataset.metrics.get(metric);
  if (!def || (def.unit !== 'count' && def.unit !== 'currency' && !additiveRate(def))) return undefined;
  const period = /^(\d{4})–(\d{4})$/.exec(time);
  const facts = (dataset.observationsByMetric.get(metric) ?? []).filter((o) => o.partner === undefined && o.dimension === undefined && o.value !== undefined);
  const inCountry = (id: string) => country === undefined || placeHolds(country, dataset.entities.get(id)?.country);
  const members = [...new Set(facts.map((o) => o.entity))].filter(inCountry);
  if (members.length !== size) return undefined;
  // Summed in the dataset's scale, then put in the figure's (which depends on the sum: "4,135,000" of a count in thousands).
  let value = 0;
  let slack = 0;
  // A whole number in thousands or millions ("805" thousand visits) is rounded too: half a unit of the dataset's scale.
  const scaled = def.scale !== undefined && SCALE_FACTOR[def.scale] !== 1;
  const add = (o: Observation) => {
    value += o.value!;
    const decimals = decimalsOf(o.value!);
    if (decimals > 0 || scaled) slack += 0.5 * 10 ** -decimals;
  };
  for (const id of members) {
    const own = facts.filter((o) => o.entity === id);
    if (!period) {
      const at = own.filter((o) => o.year === Number(time));
      if (at.length !== 1) return undefined;
      add(at[0]!);
      continue;
    }
    const whole = own.filter((o) => o.period !== undefined && o.period.replace(/\s*[–-]\s*/, '–') === time);
    if (whole.length === 1) {
      add(whole[0]!);
      continue;
    }
    // A flow over a period the dataset holds year by year: never a level at a date, nor an average.
    if (STOCK.test([def.label, ...def.phrases].join(' ')) || NOT_A_TOTAL.test(sentence)) return undefined;
    for (let year = Number(period[1]); year <= Number(period[2]); year++) {
      const at = own.filter((o) => o.year === year);
      if (at.length !== 1) return undefined;
      add(at[0]!);
    }
  }
  const factor = tokenFactor(token, def.scale, value);
  return { members, metric, time, value: value / factor, slack: slack / factor, phrase, yearly: !period };
}

/** Whether the figure equals one member's own fact for the metric and time: then it states that member's value. */
function ownFact(dataset: Dataset, whole: GroupWhole, t: NumberToken): boolean {
  const scale = dataset.metrics.get(whole.metric)?.scale;
  return whole.members.some((id) =>
    (dataset.observationsByEntity.get(id) ?? []).some((o) => o.metric === whole.metric && o.value !== undefined && statesFact(t, o.value, scale)),
  );
}

function readShare(
  doc: AnalysedDocument,
  dataset: Dataset,
  segment: AnalysedSegment,
  sentence: Span,
  tokens: readonly NumberToken[],
  mentions: readonly Mention[],
  stated: NumberToken,
  phrase: Span,
  wholeAt: (t: NumberToken, partYear?: string, wholeYear?: string) => GroupWhole | undefined,
  partGroup?: PartGroup,
): GroupShare | undefined {
  if (stated.style.sign !== '') return undefined;
  if (stated.start >= phrase.end) return shareAfterGroup(doc, dataset, segment, sentence, tokens, mentions, stated, phrase, wholeAt);
  if (stated.end > phrase.start) return undefined;
  // "22.1% of the ten institutes' output": the group is the whole, named after "of" with no figure between.
  const gap = doc.text.slice(stated.end, phrase.start);
  if (!SHARE_OF.test(gap) || SUPERLATIVE_APPOSITION.test(gap) || tokens.some((o) => o.start >= stated.end && o.end <= phrase.start && !o.yearLike)) return undefined;
  if (CHANGE_WORDS.test(gap) || CHANGE_BEFORE.test(doc.text.slice(Math.max(sentence.start, stated.start - 30), stated.start))) return undefined;
  // A stated part right before the share: "TCAI's 239 papers in 2025 amounted to 14.9%". A figure in an aside closed
  // before the share is another's ("It passed the Kiel Centre (KCOD, 670 papers in 2025) in 2023 and now accounts for").
  const previous = [...tokens].reverse().find((o) => o.end <= stated.start && !o.yearLike && !inClosedAside(doc.text, sentence, o, stated.start));
  const partGap = previous === undefined ? '' : doc.text.slice(previous.end, stated.start).replace(/\s*\b(?:in|for)\s+\d{4}(?:\s*[–-]\s*\d{2,4})?\b/g, '');
  if (previous && joinedPart(tokens, previous, partGap, sentence)) return undefined;
  const partStated = previous !== undefined && (PART_IS.test(partGap) || (PART_APPOSED.test(partGap) && soleFigureOfSubject(tokens, mentions, previous, sentence)));
  // "25.8% of the eight operators' 183.9 million journeys", "of the ten institutes' combined output of 3,650 papers": the
  // whole the sentence states right after the group.
  const statedWhole = tokens.find((o) => !o.yearLike && o.start >= phrase.end && STATED_WHOLE_AFTER_GROUP.test(doc.text.slice(phrase.end, o.start)));
  const whole = wholeAt(stated) ?? (partStated ? datedByPart(doc, dataset, segment, previous, mentions, stated, wholeAt) : undefined) ?? (statedWhole ? datedByWhole(doc, dataset, sentence, tokens, stated, statedWhole, wholeAt) : undefined);
  if (!whole) return undefined;
  // A stated whole the group's facts do not give (another period, another count): the share is of that figure, the
  // share rule's.
  if (statedWhole && !statesWhole(dataset, statedWhole, whole)) return undefined;
  const metric = dataset.metrics.get(whole.metric)!;
  const factor = tokenFactor(stated, metric.scale);
  if (partStated) {
    if (!unitFits(previous, metric) || otherNoun(doc.text, previous, metric) || QUALIFIED_BEFORE.test(doc.text.slice(Math.max(sentence.start, previous.start - 24), previous.start))) return undefined;
    const owners = mentions.filter((m) => m.end <= previous.start && whole.members.includes(m.id));
    const ids = [...new Set(owners.map((m) => m.id))];
    const own = ids.length === 1 ? factOf(dataset, ids[0]!, whole) : undefined;
    const factorPart = tokenFactor(previous, metric.scale, own?.value ?? whole.value * factor);
    const fromDataset = own !== undefined && Math.abs(own.value / factorPart - previous.value) < 0.5 * 10 ** -previous.decimals + 1e-9;
    return { stated, whole, part: { value: previous.value * (factorPart / factor), slack: previous.decimals > 0 ? 0.5 * 10 ** -previous.decimals : 0, token: previous, entities: ids, fromDataset } };
  }
  if (previous && previous.kind !== 'percent' && !/[;:]/.test(doc.text.slice(previous.end, stated.start))) return undefined;
  // The part a group of one country names: its members' facts, all of them members of the whole; no entity named besides.
  if (partGroup) {
    if (partGroup.phrase.end > stated.start || mentions.some((m) => m.end <= stated.start)) return undefined;
    // The measure named in the share's own clause ("landed 17.4% of the eight ports' fish … but earned 14.7% of its
    // first-sale value": the first is not the value's).
    const shareClause = clauseOf(doc.text, sentence, stated.start);
    const next = tokens.find((o) => o.start > stated.end && o.kind === 'percent');
    const until = Math.min(shareClause.end, next?.start ?? shareClause.end);
    if (!segment.metrics.some((m) => m.id === whole.metric && m.start >= partGroup.phrase.end && m.end <= until)) return undefined;
    const part = groupWhole(dataset, whole.metric, whole.time, partGroup.size, partGroup.country, stated, partGroup.phrase, doc.text.slice(sentence.start, sentence.end));
    if (!part || part.members.some((id) => !whole.members.includes(id)) || part.members.length >= whole.members.length) return undefined;
    return { stated, whole, part: { value: part.value, slack: part.slack, entities: part.members, fromDataset: true } };
  }
  // No stated part: the entities named as its subject, whose facts the dataset holds. A sentence that opens with "It"
  // speaks of the one entity of the sentences before; names after the pronoun are its objects ("It passed KCOD in 2023
  // and now accounts for 24.8% of …").
  const pronounSubject = PRONOUN_IT.test(doc.text.slice(sentence.start, stated.start));
  const subject = pronounSubject ? [] : mentions.filter((m) => m.end <= stated.start);
  if (subject.some((m) => !whole.members.includes(m.id))) return undefined;
  let ids = [...new Set(subject.map((m) => m.id))];
  const referred = ids.length === 0 && (pronounSubject || backReference(dataset).test(doc.text.slice(sentence.start, stated.start)));
  if (referred) ids = entityBefore(doc, segment, sentence, whole);
  if (ids.length === 0) return undefined;
  if (ids.length > 1 && !JOINED.test(doc.text.slice(sentence.start, stated.start))) return undefined;
  let value = 0;
  let slack = 0;
  for (const id of ids) {
    const fact = factOf(dataset, id, whole);
    if (!fact) return undefined;
    value += fact.value / factor;
    const decimals = decimalsOf(fact.value);
    if (decimals > 0) slack += (0.5 * 10 ** -decimals) / factor;
  }
  return { stated, whole: referred ? withLentSubject(whole) : whole, part: { value, slack, entities: ids, fromDataset: true } };
}

/** A dash that opens an aside: " — ", " – ". */
const DASH_ASIDE = /\s[—–]\s/;

/** A group of one country named as the part of a share of a larger group ("the two Portuguese museums … of the eight"). */
interface PartGroup {
  size: number;
  country: string;
  phrase: Span;
}

/** The first of exactly two groups of a sentence, when it names a country, has two or more members, and the second names none. */
function countryPartGroup(dataset: Dataset, sentence: Span, groups: readonly GroupMatch[]): PartGroup | undefined {
  if (groups.length !== 2) return undefined;
  const [part, whole] = groups as [GroupMatch, GroupMatch];
  const p = groupPlace(dataset, part);
  if (p.country === undefined || groupPlace(dataset, whole).country !== undefined) return undefined;
  const size = /^\d+$/.test(p.n) ? Number(p.n) : spelledNumber(p.n);
  if (size === undefined || size < 2) return undefined;
  return { size, country: p.country, phrase: { start: sentence.start + part.index!, end: sentence.start + part.index! + part[0].length } };
}

/** Between a group and the whole stated after it: "' 183.9", "' combined output of 3,650", "' total budget of EUR". */
const STATED_WHOLE_AFTER_GROUP = /^[’']?s?\s+(?:(?:\p{Ll}[\p{L}-]*\s+){1,3}(?:of|totall?ing|worth)\s+)?(?:[\p{Sc}]\s?|[A-Z]{3}\s+)?$/u;
/** A sentence whose subject is "It" (not "It is", which opens with a dummy subject). */
const PRONOUN_IT = /^[\s*_>]*(?:It|Its)\s+(?!is\b|was\b|has\s+been\b|will\b|seems\b|appears\b|follows\b|means\b|should\b|must\b|may\b|might\b)/u;

/** Whether a figure stands in parentheses that close before `until`: an aside of another's figures. */
function inClosedAside(text: string, sentence: Span, figure: NumberToken, until: number): boolean {
  const open = text.lastIndexOf('(', figure.start);
  if (open < sentence.start || text.lastIndexOf(')', figure.start) > open) return false;
  const close = text.indexOf(')', figure.end);
  return close !== -1 && close < until;
}

/**
 * "NIMR … It now accounts for 24.8% of the ten institutes' combined output of 3,650 papers" in a sentence of several
 * years: the year is the one of those whose group whole equals the stated whole.
 */
function datedByWhole(
  doc: AnalysedDocument,
  dataset: Dataset,
  sentence: Span,
  tokens: readonly NumberToken[],
  stated: NumberToken,
  statedWhole: NumberToken,
  wholeAt: (t: NumberToken, partYear?: string, wholeYear?: string) => GroupWhole | undefined,
): GroupWhole | undefined {
  const years = new Set(tokens.filter((t) => t.yearLike && t.start >= sentence.start && t.end <= sentence.end).map((t) => String(t.value)));
  const dated = [...years].map((year) => wholeAt(stated, undefined, year)).filter((whole): whole is GroupWhole => whole !== undefined && statesWhole(dataset, statedWhole, whole));
  return dated.length === 1 ? dated[0] : undefined;
}

/** Whether a stated figure is the group's whole, within its own rounding and the rounding of the facts summed. */
function statesWhole(dataset: Dataset, statedWhole: NumberToken, whole: GroupWhole): boolean {
  const f = tokenFactor(statedWhole, dataset.metrics.get(whole.metric)!.scale, whole.value);
  return Math.abs(statedWhole.value - whole.value / f) <= 0.5 * 10 ** -statedWhole.decimals + whole.slack / f + 1e-9;
}

/**
 * Whether a figure is the only one (years aside) between the last name before it and itself ("MRP drew 805
 * thousand"), or, with no name before it, the sentence's first figure ("The two Slovenian parks together received 837
 * thousand visits").
 */
function soleFigureOfSubject(tokens: readonly NumberToken[], mentions: readonly Mention[], figure: NumberToken, sentence: Span): boolean {
  const from = [...mentions].reverse().find((m) => m.end <= figure.start)?.end ?? sentence.start;
  return !tokens.some((o) => o !== figure && !o.yearLike && o.start >= from && o.end <= figure.start);
}

/** A share whose part is the facts of a subject referred back to ("The institute's share …"): the subject is lent. */
function withLentSubject(whole: GroupWhole): GroupWhole {
  return { ...whole, lent: [...(whole.lent ?? []), { slot: 'subject', from: 'a reference back' }] };
}

/** Right before a percent: it is a change ("grew 25.0%", "up by 3%"), not a share. */
const CHANGE_BEFORE = /\b(?:grew|grown|rose|risen|fell|fallen|increased|decreased|declined|dropped|jumped|(?<!\bmakes? |\bmade )up|down|by|growth|change|gain(?:ed)?|lost)\s+(?:by\s+)?(?:some\s+|about\s+|nearly\s+)?$/i;
/** A share's stated change or gap, not the share itself. */
const CHANGE_WORDS = /\b(?:points?|pp|change|growth|increase|rise|fall|decline|grew|rose|fell|gap|difference)\b/i;
/** "EMSI's share of all papers from the ten institutes", "its share of the ten institutes' output": the subject's share of the group. */
const SHARE_OF_GROUP = /(?:[’']s|\bits)\s+share\s+of\s+(?:all\s+|the\s+)?(?:[^\d.;:!?()]{0,60}?\s)?$/iu;
/** Between the group and a share of it: "rose from", "was", "stood at", "reached", or a further share "to". */
const AFTER_GROUP = /^[’']?s?\s*(?:[\p{L}-]+\s+){0,4}?(?:was|is|were|stood at|reached|rose from|rose to|fell from|fell to|grew from|went from|increased from|decreased from|from|to|of|at)\s+$/iu;

/** "The institute's share of all papers from the ten institutes rose from 3.0 per cent in 2015 to 5.0 per cent in 2025." */
function shareAfterGroup(
  doc: AnalysedDocument,
  dataset: Dataset,
  segment: AnalysedSegment,
  sentence: Span,
  tokens: readonly NumberToken[],
  mentions: readonly Mention[],
  stated: NumberToken,
  phrase: Span,
  wholeAt: (t: NumberToken) => GroupWhole | undefined,
): GroupShare | undefined {
  const head = doc.text.slice(sentence.start, phrase.start);
  const share = SHARE_OF_GROUP.exec(head);
  if (!share) return SCOPE_OPENING.test(head) ? memberShareInScope(doc, dataset, sentence, tokens, mentions, stated, phrase, wholeAt) : undefined;
  // Only the group's words, other shares of it with their own years, and their verbs stand between.
  const between = tokens.filter((o) => o.start >= phrase.end && o.end <= stated.start && !o.yearLike);
  if (between.some((o) => o.kind !== 'percent') || stated.start - phrase.end > 120) return undefined;
  const last = between.length ? between[between.length - 1]!.end : phrase.end;
  const gap = doc.text.slice(last, stated.start).replace(/\s*\b(?:in|for)\s+\d{4}(?:\s*[–-]\s*\d{2,4})?\b/g, ' ');
  if (!AFTER_GROUP.test(gap) || CHANGE_WORDS.test(doc.text.slice(phrase.end, stated.start).replace(/\b(?:rose|fell|grew)\s+(?:from|to)\b/gi, ''))) return undefined;
  if (QUALIFIED_AFTER_SHARE.test(doc.text.slice(stated.end, stated.end + 20))) return undefined;
  const whole = wholeAt(stated);
  if (!whole) return undefined;
  const ownerEnd = sentence.start + share.index!;
  let ids = [...new Set(mentions.filter((m) => m.end <= ownerEnd).map((m) => m.id))];
  const referred = ids.length === 0 && backReference(dataset).test(doc.text.slice(sentence.start, ownerEnd + 3));
  if (referred) ids = entityBefore(doc, segment, sentence, whole);
  if (ids.length !== 1 || !whole.members.includes(ids[0]!)) return undefined;
  const part = memberPart(dataset, whole, ids[0]!, stated);
  return part && { stated, whole: referred ? withLentSubject(whole) : whole, part };
}

/** One member's dataset fact of the group's measure and time, in the stated share's scale, as the part of its share. */
function memberPart(dataset: Dataset, whole: GroupWhole, id: string, stated: NumberToken): GroupShare['part'] | undefined {
  const fact = factOf(dataset, id, whole);
  if (!fact) return undefined;
  const factor = tokenFactor(stated, dataset.metrics.get(whole.metric)!.scale);
  const decimals = decimalsOf(fact.value);
  return { value: fact.value / factor, slack: decimals > 0 ? (0.5 * 10 ** -decimals) / factor : 0, entities: [id], fromDataset: true };
}

/** A sentence opened by its group as a scope: "Across all eight airports, …", "Among the ten institutes, …". */
const SCOPE_OPENING = /^[\s*_>-]*(?:\d+(?:\.\d+)*\.?\s+)?(?:across|among|amongst)\s+(?:all\s+)?(?:the\s+)?$/i;
/** Between the scope's comma and the member: nothing. Between the member and its share: a verb, a few words. */
const MEMBER_AFTER_SCOPE = /^\s*,\s*$/;
const MEMBER_VERB = /^[’']?s?\s+(?:[\p{Ll}-]+\s+){0,2}?(?:handled|had|took|drew|carried|received|accounted\s+for|made\s+up|held|produced|published|won|attracted|welcomed|sold|served|recorded|logged|was|is)\s+$/u;

/**
 * "Across all eight ERAO airports, VYS handled 12.8% of passengers in 2024": the one member named right after the
 * group's scope, with a verb and the share "of" the measure, holds that share of the group's total.
 */
function memberShareInScope(
  doc: AnalysedDocument,
  dataset: Dataset,
  sentence: Span,
  tokens: readonly NumberToken[],
  mentions: readonly Mention[],
  stated: NumberToken,
  phrase: Span,
  wholeAt: (t: NumberToken) => GroupWhole | undefined,
): GroupShare | undefined {
  const after = mentions.filter((m) => m.start >= phrase.end && m.end <= stated.start);
  if (after.length !== 1 || mentions.some((m) => m.start >= sentence.start && m.end <= sentence.end && m.id !== after[0]!.id)) return undefined;
  const member = after[0]!;
  if (!MEMBER_AFTER_SCOPE.test(doc.text.slice(phrase.end, member.start)) || !MEMBER_VERB.test(doc.text.slice(member.end, stated.start))) return undefined;
  if (tokens.some((o) => o !== stated && !o.yearLike && o.start >= phrase.end && o.end <= stated.start) || !/^\s+of\s/i.test(doc.text.slice(stated.end, stated.end + 5))) return undefined;
  if (QUALIFIED_AFTER_SHARE.test(doc.text.slice(stated.end, stated.end + 20))) return undefined;
  const whole = wholeAt(stated);
  if (!whole || !whole.members.includes(member.id)) return undefined;
  const part = memberPart(dataset, whole, member.id, stated);
  return part && { stated, whole, part };
}

/** After a share: a change in points or a rate, not a share. */
const QUALIFIED_AFTER_SHARE = /^\s*(?:points?|percentage\s+points?|pp\b|a\s+year|per\s+(?:year|annum)|annually|each\s+year)/i;

/** The one member named in the sentences of the paragraph before this one ("EMSI published 181 papers … The institute's share …"). */
function entityBefore(doc: AnalysedDocument, segment: AnalysedSegment, sentence: Span, whole: GroupWhole): string[] {
  const earlier = segment.entities.filter((m) => m.end <= sentence.start);
  const ids = new Set(earlier.map((m) => m.id));
  // A paragraph that names no one speaks of the document's subject: the one member its title names
  // ("# Key figures 2026: the Atacama Space Observation Institute" … "In 2025 the institute received 37.2% of …").
  if (ids.size === 0) for (const m of titleEntities(doc)) ids.add(m);
  return ids.size === 1 && whole.members.includes([...ids][0]!) ? [...ids] : [];
}

/** The entities the document's title (its first segment, a heading) names. */
function titleEntities(doc: AnalysedDocument): string[] {
  const title = doc.segments[0];
  return title?.kind === 'heading' ? [...new Set(title.entities.map((m) => m.id))] : [];
}

/** An entity's own fact of the group's metric and time (the sum of its years over a period the dataset holds yearly). */
function factOf(dataset: Dataset, id: string, whole: GroupWhole): { value: number } | undefined {
  const facts = (dataset.observationsByEntity.get(id) ?? []).filter((o) => o.metric === whole.metric && o.partner === undefined && o.dimension === undefined && o.value !== undefined);
  const period = /^(\d{4})–(\d{4})$/.exec(whole.time);
  if (!period) {
    const at = facts.filter((o) => o.year === Number(whole.time));
    return at.length === 1 ? { value: at[0]!.value! } : undefined;
  }
  const at = facts.filter((o) => o.period !== undefined && o.period.replace(/\s*[–-]\s*/, '–') === whole.time);
  if (at.length === 1) return { value: at[0]!.value! };
  let value = 0;
  for (let year = Number(period[1]); year <= Number(period[2]); year++) {
    const y = facts.filter((o) => o.year === year);
    if (y.length !== 1) return undefined;
    value += y[0]!.value!;
  }
  return { value };
}

function decimalsOf(value: number): number {
  const text = String(value);
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
}

/** The word that makes a figure the sum of the entities named: "NIMR and KCOD together", "between them". */
const NAMED_CUE = /\b(?:together|combined|between them|jointly|in all|in total|altogether)\b/i;
/** The cue right after the figure and its noun (≤3 words), ending the clause: "67 patent families between them in 2025", "21 satellites in orbit between them at the end of 2025" ("filed 12 families together" after the noun is a joint figure, not a sum). */
const NAMED_CUE_AFTER = /^\s+(?:[\p{L}-]+\s+){0,3}?(?:combined|between them|in all|in total|altogether)\b(?=\s*(?:$|[.,;]|in\s+\d{4}\b|over\s|during\s|(?:at|by)\s+(?:the\s+)?end\s+of\s|as\s+(?:of|at)\s))/iu;
/** Between two named members: "A and B", "A, B and C", "A + B". */
const NAMED_JOIN = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*\+\s*|\s*&\s*)(?:the\s+)?$/i;
/** Figures that two members share or count twice: joint papers, co-authorships, collaborations. */
const SHARED = /\b(?:joint(?:ly)?\s+(?:papers|publications|projects|articles)|co-?authored|co-?publications?|shared|collaborat\w*|partnerships?|with each other|between the two)\b/i;

/**
 * "NIMR and KCOD together logged 1,271 ship days in 2025": the named members' facts summed, when none of their figures
 * is stated in the paragraph (then the rule's own readings judge it). A suggestion only.
 */
function namedSetTotals(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment): GroupTotal[] {
  const out: GroupTotal[] = [];
  if (statesOverlap(dataset, [segment])) return out;
  for (const { sentence, tokens } of sentenceTokens(segment)) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!NAMED_CUE.test(text) || SHARED.test(text) || NOT_A_TOTAL.test(text)) continue;
    const mentions = segment.entities.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
    if (mentions.length < 2) continue;
    // One run of names joined by "and", "," or "+", and no other name in the sentence.
    let run = [mentions[0]!];
    for (const m of mentions.slice(1)) {
      if (NAMED_JOIN.test(doc.text.slice(run[run.length - 1]!.end, m.start))) run.push(m);
      else break;
    }
    if (run.length !== mentions.length || new Set(run.map((m) => m.id)).size !== run.length) continue;
    // "With ETO, HWO and KVO …", "Unlike A, B and C …": the first name is no part of the run.
    if (/\b(?:with|besides|beside|like|unlike|apart from|except|including|than|after|behind|against|versus|vs\.?)\s+(?:the\s+)?$/i.test(doc.text.slice(sentence.start, run[0]!.start))) continue;
    const phrase = { start: run[0]!.start, end: run[run.length - 1]!.end };
    const { periods, years } = periodsAndYears(tokens, doc.text);
    if (years.some((y) => y.text.includes('/'))) continue;
    const times = [...new Set([...years.map((y) => String(y.value)), ...periods.map((p) => `${p.from}–${p.to}`)])];
    const figures = tokens.filter((t) => !t.yearLike && t.kind !== 'ordinal' && t.kind !== 'percent' && !isCitationMarker(t, doc.text) && !(t.start >= phrase.start && t.end <= phrase.end));
    // One figure, after the names, in their clause, with the cue before it: "A and B together produced 1,584 papers".
    if (figures.length !== 1) continue;
    const t = figures[0]!;
    // The measure the sentence names, or when it names none, the head noun of one metric's phrases after the figure that
    // an earlier paragraph of the section names in full ("58 families" below "130 patent families"; acc-parts8).
    const names = segment.metrics.some((m) => m.start >= sentence.start && m.end <= sentence.end);
    const metric = oneMetric(segment, sentence) ?? (names ? undefined : headNounMetric(doc, dataset, segment, t, sentence));
    const def = metric ? dataset.metrics.get(metric) : undefined;
    if (!metric || !def || (def.unit !== 'count' && def.unit !== 'currency' && !additiveRate(def))) continue;
    // "The Baltic group (GIBS, GBMC, GSL, EMSI) together logged 404 days": names listed in brackets after the group's noun.
    const bracketed = /\(\s*(?:the\s+)?$/i.test(doc.text.slice(sentence.start, run[0]!.start)) && /^\s*\)/.test(doc.text.slice(phrase.end));
    const gap = doc.text.slice(phrase.end, t.start).replace(bracketed ? /^\s*\)/ : /^$/, '');
    if (t.start < phrase.end || gap.length > 80 || /[;:()]|\s[–—-]\s|—/.test(gap) || NOT_GROUP_FIGURE.test(gap)) continue;
    // The cue before the figure, or right after its noun: "KHI, SAGIC and CBRL filed 67 patent families between them" (acc-share7).
    if (!(NAMED_CUE.test(doc.text.slice(sentence.start, t.start)) || NAMED_CUE_AFTER.test(doc.text.slice(t.end, sentence.end))) || !unitFits(t, def) || otherNoun(doc.text, t, def)) continue;
    if (QUALIFIED_BEFORE.test(doc.text.slice(Math.max(sentence.start, t.start - 24), t.start)) || (QUALIFIED_AFTER.test(doc.text.slice(t.end, t.end + 16)) && !ownPhraseAfter(doc.text, t, segment.metrics, metric))) continue;
    const said = attachedTime(doc.text, t, years, periods, sentence) ?? (times.length === 1 ? sharedTime(doc.text, t, tokens, years, periods, sentence) : times.length === 0 ? relativeTime(doc, segment, sentence) : undefined);
    // No year said: "last year" and "now" are the latest year the dataset holds, "over the decade" its ten years.
    const present = said === undefined && times.length === 0 && PRESENT.test(text) ? latestYear(dataset, metric) : undefined;
    const decade = said === undefined && times.length === 0 && present === undefined ? decadeTime(dataset, metric, text) : undefined;
    const time = said ?? present ?? decade;
    if (time === undefined) continue;
    let value = 0;
    let slack = 0;
    let complete = true;
    for (const m of run) {
      const fact = factOf(dataset, m.id, { metric, time } as GroupWhole);
      if (!fact) {
        complete = false;
        break;
      }
      value += fact.value;
      const decimals = decimalsOf(fact.value);
      if (decimals > 0) slack += 0.5 * 10 ** -decimals;
    }
    if (!complete) continue;
    const factor = tokenFactor(t, def.scale, value);
    const lent: LentSlot[] | undefined = present !== undefined ? [{ slot: 'time', from: 'the latest year the dataset holds' }] : decade !== undefined ? [{ slot: 'time', from: 'the ten years the dataset holds' }] : undefined;
    const whole: GroupWhole = { members: run.map((m) => m.id), metric, time, value: value / factor, slack: slack / factor, phrase, yearly: !/–/.test(time), named: true, ...(lent && { lent }) };
    if (!ownFact(dataset, whole, t)) out.push({ stated: t, whole });
  }
  return out;
}

/** The metric whose phrase ends in the very noun after the figure ("58 families": "patent families"), named earlier in the section. */
function headNounMetric(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment, t: NumberToken, sentence: Span): string | undefined {
  const noun = unitNounMetric(doc, dataset, segment, t, sentence);
  const def = noun ? dataset.metrics.get(noun.id) : undefined;
  if (!noun || !def) return undefined;
  const word = doc.text.slice(noun.start, noun.end).toLowerCase();
  // "…together drew 1,200 visits" of "museum visits"; "…together sold 19.9 million tickets" of "tickets sold".
  return [def.label, ...def.phrases].some((p) => {
    const words = p.toLowerCase().split(/\s+/);
    return (words.length >= 2 && words.at(-1) === word) || (words.length === 2 && words[0] === word && PARTICIPLE.test(words[1]!));
  })
    ? noun.id
    : undefined;
}

/**
 * "Across all ten institutes, ship days reached 2,904 in 2025. Our 709 days were 26.4% of that regional total.": a share
 * of "the/that (2025|regional|combined) total" or "of combined <metric>" right after a sentence naming a group; the whole is
 * the dataset's sum for that group, metric and year (the share's own year, else the one year of the group's sentence).
 */
function referredShares(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment, sentence: Span, tokens: readonly NumberToken[], antecedent: Antecedent): GroupShare[] {
  const out: GroupShare[] = [];
  const metric = dataset.metrics.get(antecedent.metric)!;
  const mentions = segment.entities.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
  // A sentence naming another metric speaks of that one; a share metric ("of the combined total") names the share itself.
  const own = oneMetric(segment, sentence);
  const other = (id: string) => id !== antecedent.metric && dataset.metrics.get(id)?.unit !== 'percent';
  if (own !== undefined && other(own)) return out;
  if (segment.metrics.some((m) => m.start >= sentence.start && m.end <= sentence.end && other(m.id))) return out;
  for (const stated of tokens) {
    if (stated.kind !== 'percent' || stated.style.sign !== '') continue;
    const ref = TOTAL_REF.exec(doc.text.slice(stated.end, Math.min(sentence.end, stated.end + 60)));
    if (!ref) continue;
    const noun = ref.groups!.noun ?? ref.groups!.allNoun;
    if (noun && !metricWords(metric).has(lemmaOf(noun))) continue;
    if (CHANGE_BEFORE.test(doc.text.slice(Math.max(sentence.start, stated.start - 30), stated.start))) continue;
    // The year: the one the reference names ("the 2025 total"), else the one year of this sentence, else of the group's.
    const here = [...new Set(periodsAndYears(tokens, doc.text).years.map((y) => String(y.value)))];
    const there = antecedent.years;
    const present = here.length === 0 && PRESENT.test(doc.text.slice(sentence.start, sentence.end)) ? latestYear(dataset, antecedent.metric) : undefined;
    const time = ref.groups!.year ?? (here.length === 1 ? here[0] : (present ?? (here.length === 0 && there.length === 1 ? there[0] : undefined)));
    if (time === undefined) continue;
    const whole = groupWhole(dataset, antecedent.metric, time, antecedent.size, antecedent.country, stated, antecedent.phrase, doc.text.slice(sentence.start, sentence.end));
    if (!whole) continue;
    const factor = tokenFactor(stated, metric.scale);
    // A stated part right before: "Our 709 days were 26.4%", "with 1,080 papers and 23.2% of the 2025 total".
    const previous = [...tokens].reverse().find((o) => o.end <= stated.start && !o.yearLike);
    const link = previous ? doc.text.slice(previous.end, stated.start).replace(/\s*\b(?:in|for)\s+\d{4}\b/g, '').replace(/^\s*,(?=\s*[\p{L}])/u, '') : '';
    if (previous && joinedPart(tokens, previous, link, sentence)) continue;
    if (previous && (PART_IS.test(link) || /^\s*(?:[\p{L}-]+\s+){0,2}and\s+$/iu.test(link))) {
      if (!unitFits(previous, metric) || otherNoun(doc.text, previous, metric) || QUALIFIED_BEFORE.test(doc.text.slice(Math.max(sentence.start, previous.start - 24), previous.start))) continue;
      const owners = [...new Set(mentions.filter((m) => m.end <= previous.start && whole.members.includes(m.id)).map((m) => m.id))];
      const fact = owners.length === 1 ? factOf(dataset, owners[0]!, whole) : undefined;
      const factorPart = tokenFactor(previous, metric.scale, fact?.value ?? whole.value * factor);
      const fromDataset = fact !== undefined && Math.abs(fact.value / factorPart - previous.value) < 0.5 * 10 ** -previous.decimals + 1e-9;
      out.push({ stated, whole, part: { value: previous.value * (factorPart / factor), slack: previous.decimals > 0 ? 0.5 * 10 ** -previous.decimals : 0, token: previous, entities: owners, fromDataset } });
      continue;
    }
    if (previous && !/[;:]/.test(doc.text.slice(previous.end, stated.start))) continue;
    // Else the members named as its subject: "KCOD and NIMR together account for 55.7% of combined budgets".
    const subject = mentions.filter((m) => m.end <= stated.start);
    const ids = [...new Set(subject.map((m) => m.id))];
    if (ids.length === 0 || ids.some((id) => !whole.members.includes(id))) continue;
    if (ids.length > 1 && !JOINED.test(doc.text.slice(sentence.start, stated.start))) continue;
    let value = 0;
    let slack = 0;
    let complete = true;
    for (const id of ids) {
      const fact = factOf(dataset, id, whole);
      if (!fact) {
        complete = false;
        break;
      }
      value += fact.value / factor;
      const decimals = decimalsOf(fact.value);
      if (decimals > 0) slack += (0.5 * 10 ** -decimals) / factor;
    }
    if (complete) out.push({ stated, whole, part: { value, slack, entities: ids, fromDataset: true } });
  }
  return out;
}

function lemmaOf(word: string): string {
  return lemma(word.toLowerCase());
}

/**
 * A verb right before a figure that names another stage of what the metric counts ("completed 164 trials" of trials
 * started, "granted" of patents filed, "treated" of patients enrolled, "ordered" of vessels operated), unless the
 * metric's own words use it ("doctorates awarded", "trials launched").
 */
const STAGE_VERB = /\b(complet|finish|clos|conclud|halt|stopp|terminat|suspend|abandon|cancel|withdr|plann|expect|project|forecast|propos|submitt|request|appli|reject|approv|grant|award|retract|cit|review|regist|screen|treat|launch|order|buil|commission|decommission|retir|sold|sell|bill|lost|target|pledg|promis|commit|aim|hop)[\p{L}]*\s+(?:(?:a|an|the|some|another|only|just|a\s+total\s+of|a\s+combined|nearly|about|over)\s+)*$/iu;
/**
 * Words that narrow what a figure counts to a part of the metric ("papers with a US co-author", "papers … had an
 * international co-author", "counting observational studies", "excluding UICS"), unless the metric's own words say them.
 */
const NARROWING = /\b(?:co-?author\w*|co-?publi\w*|co-?written|international(?:ly)?|foreign|abroad|overseas|joint(?:ly)?|counting|not\s+counting|excluding|except|other\s+than|apart\s+from|leaving\s+out|minus|without|first[- ]authors?)\b|\bwith\s+(?:a|an|at\s+least\s+one|one\s+or\s+more)\s+[\p{L}-]+|\bas\s+(?:lead|first|corresponding|senior|last)\s+authors?\b|\binclud(?:es|ing|ed|e)\s+(?:the\s+|all\s+|its\s+|their\s+)?\p{Ll}/iu;

/**
 * Of STAGE_VERB, the verbs of what did not happen or has not yet: a figure after them is no value of the measure of
 * what happened ("cancelled 41 shows" of shows given, "plans 120 beds"), where "sold 16,210 season tickets" or
 * "treated 1,200 patients" is often the measure's own verb for one entity's figure.
 */
const UNDONE_VERB = /\b(halt|stopp|terminat|suspend|abandon|cancel|withdr|plann|expect|project|forecast|propos|reject|retract|lost|target|pledg|promis|aim|hop)[\p{L}]*\s+(?:(?:a|an|the|some|another|only|just|a\s+total\s+of|nearly|about|over)\s+)*$/iu;

/** Whether a verb right before the figure names another stage of what the metric counts ("completed 164 trials" of trials started). */
function otherStage(text: string, t: NumberToken, sentence: Span, metric: { label: string; phrases: readonly string[] }, verbs = STAGE_VERB): boolean {
  const verb = verbs.exec(text.slice(Math.max(sentence.start, t.start - 40), t.start));
  return verb !== null && !new RegExp(String.raw`\b${verb[1]}`, 'i').test([metric.label, ...metric.phrases].join(' '));
}

/** Whether a verb right before the figure says it did not happen or has not yet (UNDONE_VERB): "cancelled 41 shows". */
export function undoneFigure(text: string, t: NumberToken, sentence: Span, metric: { label: string; phrases: readonly string[] }): boolean {
  return otherStage(text, t, sentence, metric, UNDONE_VERB);
}

/** Whether the figure counts another stage or a narrower part of the measure than the metric (see STAGE_VERB, NARROWING). */
export function otherMeasure(text: string, t: NumberToken, sentence: Span, metric: { label: string; phrases: readonly string[] }): boolean {
  if (otherStage(text, t, sentence, metric)) return true;
  const own = [metric.label, ...metric.phrases].join(' ');
  // The figure's own clause: from the last break before it to the next clause of its own ("…, so 3,735 of its papers had a
  // co-author abroad" narrows another figure); a phrase set before the subject ("Excluding UICS, the ten …") counts too.
  const before = text.slice(sentence.start, t.start);
  const after = text.slice(t.end, sentence.end);
  const clauseBefore = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf(':')) + 1);
  const clauseAfter = after.slice(0, after.search(/[;:—]|,\s+(?:so|and|but|while|whereas|which|against|up|down)\b|,\s+(?=\d)|\s(?:so|while|whereas)\s|$/i));
  const narrowed = NARROWING.exec(`${clauseBefore} ${clauseAfter}`);
  return narrowed !== null && !NARROWING.test(own);
}

/** A count of people in the sentence up to the figure, in digits or words: "Forty-nine people died", "1,240 staff". */
const PEOPLE_COUNTED = new RegExp(String.raw`(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\p{L}+teen|\p{L}+ty(?:-\p{L}+)?|hundred|thousand|dozen))\s+(?:[\p{Ll}-]+\s+)?${PERSON_NOUNS}\b`, 'iu');

function countsPeopleBefore(text: string, sentence: Span, t: NumberToken): boolean {
  return PEOPLE_COUNTED.test(text.slice(sentence.start, t.start)) || PERSON_NOUN_AFTER.test(text.slice(t.end, Math.min(sentence.end, t.end + 24)));
}

/** "1,200 people", "12 warnings": a figure whose noun is none of the metric's words counts something else. */
function otherNoun(text: string, t: NumberToken, metric: { label: string; phrases: readonly string[] }): boolean {
  const m = /^[ \u00a0]+([\p{L}-]+)/u.exec(text.slice(t.end, t.end + 30));
  if (!m) return false;
  const word = m[1]!.toLowerCase();
  // Only a plural noun names what is counted ("papers"); "in", "at", "from" and verbs do not.
  if (!/[^s]s$/.test(word) || /^(?:is|was|has|as|its|this|thus|plus|across|versus|towards|afterwards)$/.test(word)) return false;
  return !metricWords(metric).has(lemmaOf(word));
}

/**
 * A measure said by a verb that a sum of a group may claim: money received or spent in a sentence that claims the sum
 * (`cued`: "together", "between them"), people employed; never a score.
 */
function summedByVerb(verb: VerbMetric | undefined, cued: boolean): VerbMetric | undefined {
  if (!verb || verb.verb === 'scored') return undefined;
  return verb.verb === 'employed' || cued ? verb : undefined;
}

/** A segment's kept claims moved across the edit (a top-level function, not a closure made per segment: across-versions.ts Move). */
function movedClaims<T>(kept: T, from: AnalysedSegment, to: AnalysedSegment, doc: AnalysedDocument): T | undefined {
  const edit = versionEdit(doc);
  return edit ? movedAcrossEdit(kept, from, to, doc, edit) : undefined;
}

/** Words too common to tell one measure from another, though a measure's phrases use them. */
const COMMON_MEASURE_WORDS = new Set(['total', 'number', 'share', 'rate', 'count', 'level', 'amount', 'value', 'figure', 'year', 'annual', 'average', 'with', 'from', 'that', 'this', 'their', 'them', 'people', 'time']);
const distinctiveWords = new WeakMap<Dataset, Map<string, string>>();

/** Per dataset: each word (folded by `lemma`, four letters or more) that the phrases of exactly one metric use → that metric. */
function measureWordOwners(dataset: Dataset): Map<string, string> {
  let owners = distinctiveWords.get(dataset);
  if (owners) return owners;
  const seen = new Map<string, Set<string>>();
  for (const metric of dataset.metrics.values()) {
    for (const phrase of metric.phrases) {
      for (const w of phrase.toLowerCase().split(/[^\p{L}-]+/u)) {
        if (w.length < 4 || COMMON_MEASURE_WORDS.has(w)) continue;
        const l = lemma(w);
        seen.set(l, (seen.get(l) ?? new Set()).add(metric.id));
      }
    }
  }
  owners = new Map([...seen].filter(([, ids]) => ids.size === 1).map(([w, ids]) => [w, [...ids][0]!]));
  distinctiveWords.set(dataset, owners);
  return owners;
}

/** Whether the sentence uses a word that only another metric's phrases (not `metric`'s own words) use. */
function wordOfOtherMeasure(dataset: Dataset, sentence: string, metric: string): boolean {
  const owners = measureWordOwners(dataset);
  const own = metricWords(dataset.metrics.get(metric)!);
  return sentence.toLowerCase().split(/[^\p{L}-]+/u).some((w) => {
    if (w.length < 4) return false;
    const l = lemma(w);
    const owner = owners.get(l);
    return owner !== undefined && owner !== metric && !own.has(l);
  });
}
