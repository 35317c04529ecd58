// Cross-rule precision guards: readings under which a rule's finding is not certain, whatever rule made it. The
// engine asks before it keeps a finding; a guarded finding is dropped (no finding beats a wrong one).
//   - dataset-value on a figure that is not one entity's value: a group total ("the four operators carried
//     3,000,000", "together", "combined", "in all"), a denominator ("53.7% of the 3,000,000 passengers") or the head of
//     a breakdown ("3,000,000 passengers: A 1,612,000, B 903,000 …");
//   - dataset-value on a threshold that defines a class ("vessels of 20 m and over", "farms of 50 ha or more");
//   - dataset-value on a counterfactual ("had X kept …, the total would have been …") or a target or projection
//     ("aims for 25,000 tonnes by 2030", "is expected to reach …"): not an observed value;
//   - a percent change or CAGR checked against endpoints that another percent of the same sentence already fits ("rose
//     by 20.0% at A (from 2,400 to 2,880) and by 11.9% at B", "(6.4% a year), twice the national rate of 3.2%"):
//     two changes cannot both be that pair's change;
//   - dataset-value on a rate over another period ("41,000 loaves a month") or a cumulative figure ("since 2020",
//     "over the five years to 2024", "to date");
//   - a share whose stated text starts inside a number ("83.1 out of 100" read as "1 out of 100");
//   - a share whose "part" exceeds its "total" (the pairing is wrong: a share of a whole is at most all of it);
//   - granularity with a whole read across a coordination ("45.3% of the total and B's 365 MW"): 365 is B's, not the whole;
//   - any finding on a figure of a yes/no question ("Was CIOQ first in 2020?"): the question asserts nothing;
//   - percent-change checking a table cell as an absolute difference when its column's header says percent
//     ("Change (%)", "% change"): the cell is a percent change, never a difference in the column's own unit.
import type { AnalysedDocument, AnalysedSegment } from '../analysis.js';
import type { Span } from '../markdown/facts.js';
import type { Finding } from '../rules/rule.js';
import { isConsistentAtPrecision } from '../numbers.js';

export function guardedFinding(doc: AnalysedDocument, ruleId: string, finding: Finding, segmentAt: (offset: number) => AnalysedSegment | undefined): boolean {
  if (!NOT_A_FIGURE_RULE.test(ruleId) && (inYesNoQuestion(doc, finding.range, segmentAt) || correctedOnTheSpot(doc, finding.range, segmentAt))) return true;
  // "| KPI | Target 2025 | Actual 2025 |": a target, plan or forecast states no fact of any edition or year.
  if (FACT_RULE.test(ruleId) && NOT_AN_OUTCOME.test(columnHeader(doc, finding.range, segmentAt) ?? '')) return true;
  if (ruleId === 'dataset-value') return isGroupFigure(doc, finding.range, segmentAt) || isOtherBasis(doc, finding, segmentAt) || COORDINATED_KINDS_AFTER.test(doc.text.slice(finding.range.end, finding.range.end + 60)) || sizeOfOneThing(doc.text, finding.range);
  // The part or whole of a percent never lies past a coordination or a clause break from it: "45.3% of the total and
  // B's 365 MW", "57.4% of all members and 22 of the 47 branches".
  if (ruleId === 'granularity' || ruleId === 'share') {
    if (acrossCoordination(doc, finding)) return true;
  }
  if (ruleId === 'share') {
    // A stated share that starts inside a number ("83.1 out of 100" read as "1 out of 100") was misread.
    if (/[\d.,]$/.test(doc.text.slice(Math.max(0, finding.range.start - 1), finding.range.start))) return true;
    const data = finding.data as { part?: unknown; total?: unknown } | undefined;
    // A part larger than its whole is no share, unless the column measures attainment: "Achieved (% of target)".
    return typeof data?.part === 'number' && typeof data.total === 'number' && Math.abs(data.part) > Math.abs(data.total) && !OF_TARGET.test(columnHeader(doc, finding.range, segmentAt) ?? '');
  }
  if (ruleId === 'percent-change' && finding.message.startsWith('Difference stated as ')) return isPercentColumnCell(doc, finding.range, segmentAt);
  // "from EUR 90.7 million to EUR 131.5 million, 4.2% a year, and by 8.8% in 2024 alone": a change of one year of the span.
  // Not when that year's own endpoints follow in the clause: "fell by 11.3% in 2025 alone, from 44,300 t to 39,800 t".
  if ((ruleId === 'percent-change' || ruleId === 'cagr') && ONE_YEAR_ALONE_AFTER.test(doc.text.slice(finding.range.end, finding.range.end + 40)) && !ownEndpointsAfter(doc, finding)) return true;
  // "stations from 29 to 45, with eight opened in 2024 alone, a 21.6% jump in a single year": a year's change, another year
  // named between the span's endpoints and the figure.
  if (ruleId === 'percent-change' && oneYearOfSpan(doc, finding)) return true;
  // "from 421 in 2019 to 448 in 2020, then jumped by a third, to 598": a change followed by its own end value is that
  // value's change, not the one of the endpoints it was checked against.
  if ((ruleId === 'percent-change' || ruleId === 'cagr') && ownEndAfter(doc, finding)) return true;
  // "aeronautical charges made up 55.9% of VYS revenue": a percent of a whole is a share, not a change of that whole.
  if (ruleId === 'percent-change' && finding.message.startsWith('Change stated as ') && /^\s+of\s+(?!(?:the\s+)?(?:change|growth|rise|increase|fall|decline|drop)\b)/i.test(doc.text.slice(finding.range.end, finding.range.end + 30))) return true;
  if (ruleId === 'percent-change' && finding.message.startsWith('Change stated as ')) return endpointsTakenByAnother(finding, segmentAt);
  if (ruleId === 'cagr' && finding.message.startsWith('CAGR stated as ')) return endpointsTakenByAnother(finding, segmentAt);
  return false;
}

/** "6.07 million fixed and mobile subscribers": one figure counting two kinds together (not "181 concerts and logged …"). */
const COORDINATED_KINDS_AFTER = /^\s+[\p{Ll}-]+\s+(?:and|or|plus|&)\s+[\p{Ll}-]+\s+[\p{Ll}-]+(?=\s*(?:[,.;:)]|$)|\s+(?:in|at|on|for|with|by|from|to|of|than)\b)/u;
/** "… in 2024 alone", "… over the last year alone": a change of a part of the span its endpoints cover. */
const ONE_YEAR_ALONE_AFTER = /^\s*(?:in|during|over)\s+(?:(?:19|20)\d{2}|the\s+(?:last|final|latest|past)\s+(?:year|twelve\s+months))\s+alone\b/i;
/** Right after a change: its own end value ("…, to 598", "to EUR 4.1 million"). */
const OWN_END_AFTER = /^\s*,?\s*to\s+(?:[A-Z]{3}\s+|[$€£]\s?)?(?=\d)/;

/** Whether a change is followed by an end value of its own that is not the final endpoint it was checked against. */
function ownEndAfter(doc: AnalysedDocument, finding: Finding): boolean {
  const m = OWN_END_AFTER.exec(doc.text.slice(finding.range.end, finding.range.end + 24));
  if (!m) return false;
  const at = finding.range.end + m[0].length;
  const { final } = checkedEndpoints(finding);
  return final !== undefined && !(final.start <= at && at < final.end);
}

/** "in a single year", "in one year", "within a year", "in twelve months" right after a change figure. */
const SINGLE_YEAR_AFTER = /^[^,.;]{0,30}?\b(?:in\s+(?:a\s+single|one)\s+year|within\s+(?:a|one)\s+year|in\s+(?:twelve|12)\s+months)\b/i;

/** A change said to be of a single year, with a year named between its endpoints and it: not the endpoints' span's change. */
function oneYearOfSpan(doc: AnalysedDocument, finding: Finding): boolean {
  if (!SINGLE_YEAR_AFTER.test(doc.text.slice(finding.range.end, finding.range.end + 60))) return false;
  const { initial, final } = checkedEndpoints(finding);
  if (!initial || !final) return false;
  const last = Math.max(initial.end, final.end);
  // A clause of its own between them names the year (not the final endpoint's own "in 2023" right after it).
  return last < finding.range.start && /,[^,.;]*\b(?:19|20)\d{2}\b/.test(doc.text.slice(last, finding.range.start));
}

/** "from 44,300 t to 39,800 t" right after "… in 2025 alone": the one year's own endpoints. */
const FROM_AFTER_ALONE = /^\s*,?\s*from\s/i;

/** Are the endpoints a change was checked against the ones its clause states right after "… alone"? */
function ownEndpointsAfter(doc: AnalysedDocument, finding: Finding): boolean {
  const after = doc.text.slice(finding.range.end, finding.range.end + 40);
  const alone = ONE_YEAR_ALONE_AFTER.exec(after)!;
  const from = finding.range.end + alone[0].length;
  if (!FROM_AFTER_ALONE.test(doc.text.slice(from, from + 10))) return false;
  const { initial, final } = checkedEndpoints(finding);
  if (!initial || !final) return false;
  return initial.start >= from && final.start >= from && !/[.;!?]\s/.test(doc.text.slice(from, Math.max(initial.end, final.end)));
}

/** The endpoints a change finding was checked against, from its related information ("initial value …", "final value …"). */
function checkedEndpoints(finding: Finding): { initial?: Span; final?: Span } {
  const related = finding.related ?? [];
  return { initial: related.find((r) => /^initial value\b/.test(r.message))?.range, final: related.find((r) => /^final value\b/.test(r.message))?.range };
}

/** A column of attainment against a target or plan: its figures may pass 100%. */
/** "a 638-bed former printworks", "a new 40-room hotel": the size of one thing the sentence introduces. */
const INDEFINITE_BEFORE = /(?<![\p{L}])(?:a|an|one|another)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** Verbs by which a relative clause picks out one thing: it was opened, built, bought, sold… */
const PICKED_OUT_VERBS = String.raw`opened|built|bought|acquired|added|sold|closed|launched|commissioned|completed`;
/** "the 638-bed hostel it opened in 2019": the size of one thing a relative clause picks out. */
const PICKED_OUT_AFTER = new RegExp(String.raw`^\p{L}+\s+(?:[\p{L}-]+\s+){0,2}?(?:(?:that|which)\s+)?(?:it|we|they|the\s+[\p{L}-]+)\s+(?:had\s+|has\s+|have\s+)?(?:${PICKED_OUT_VERBS}|took\s+over)\b`, 'iu');

/** Before a compound that names a part: an owner or a determiner ("its 36-turbine extension", "the 120-bed annexe"). */
const PART_OWNER_BEFORE = /(?<![\p{L}])(?:its|their|our|his|her|the|this|that|\p{Lu}[\p{L}-]*['’]s?)\s+(?:[\p{L}-]+\s+){0,2}$/u;
/** After the number: the compound's noun, then a noun of a part or an addition. */
const COMPOUND_PART_AFTER = /^[-\u2010\u2011]\p{L}+\s+(?:[\p{L}-]+\s+)?(?:extensions?|expansions?|annexe?s?|phases?|wings?|halls?|additions?|upgrades?|blocks?|buildings?|stages?|sites?|projects?|orders?|contracts?|arrays?|repowering)\b/iu;

/** "the 638-bed former printworks in Holešovice, which opened in March 2019": a relative clause that says it opened or was built. */
const PICKED_OUT_BY_WHICH = new RegExp(String.raw`^\p{L}+\s+[^.;:]{0,50}?,?\s(?:that|which)\s+(?:had\s+|has\s+|was\s+)?(?:${PICKED_OUT_VERBS}|taken\s+over)\b`, 'iu');

/** After the number: the compound's noun, a name, then a noun of one building ("-bed Tolhuis tower"). */
const NAMED_BUILDING_AFTER = /^[-\u2010\u2011]\p{L}+\s+(?:\p{Lu}[\p{L}\p{M}'’-]*\s+){1,3}(?:tower|building|hall|block|wing|house|residence|annexe|site|campus)\b/u;
/** Before "the": a building noun it is set in apposition to ("its largest building, the "). */
const BUILDING_APPOSITION_BEFORE = /\b(?:building|tower|hall|block|wing|residence|site|property|complex)\s*,\s*the\s+$/i;
/** A figure written as the first half of a compound ("638-bed") describing one thing, not the entity's own measure. */
function sizeOfOneThing(text: string, range: Span): boolean {
  if (!/^[-\u2010\u2011]\p{L}/u.test(text.slice(range.end, range.end + 2))) return false;
  const before = text.slice(Math.max(0, range.start - 40), range.start);
  // Not an apposition to a name ("Vltava Loft, a 2,286-bed network"): that describes the entity itself.
  if (INDEFINITE_BEFORE.test(before) && !/,\s*(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(before)) return true;
  // "its 36-turbine extension", "the 120-bed annexe": the size of a part or an addition, never of the whole.
  if (PART_OWNER_BEFORE.test(before) && COMPOUND_PART_AFTER.test(text.slice(range.end, range.end + 60))) return true;
  if (!/\bthe\s+(?:new\s+)?$/i.test(before)) return false;
  // "its largest building, the 386-bed Tolhuis tower,": a named building, or one set in apposition to a building noun.
  if (NAMED_BUILDING_AFTER.test(text.slice(range.end, range.end + 60)) || BUILDING_APPOSITION_BEFORE.test(before)) return true;
  const after = text.slice(range.end + 1, range.end + 80);
  return PICKED_OUT_AFTER.test(after) || PICKED_OUT_BY_WHICH.test(after);
}

const OF_TARGET = /(?:%|per ?cent|share)\s+of\s+(?:the\s+)?(?:target|plan|goal)\b/i;

/** Rules about a document's apparatus, not its figures: a question asks none of them away. */
const NOT_A_FIGURE_RULE = /^(?:footnote|bibliography|citation|disable)-/;
/** A sentence that opens with an auxiliary verb, after a list mark, emphasis or a speaker's label ("**LR:** Was …"). */
const YES_NO_OPENING =
  /^\s*(?:[>*_#-]+\s*|\d+[.)]\s+)*(?:(?:Q|A|\p{Lu}[\p{L}.’'-]{0,24}(?:\s\p{Lu}[\p{L}.’'-]{0,24})?)\s*[:：]\s*(?:[*_]+\s*)?)?(?:was|were|is|are|has|have|had|did|does|do|could|would|will|can|should|shall|may|might|must)(?:n['’]t)?\s/iu;

/**
 * "Was CIOQ first in 2020?", "**H:** Did spending rise 40% that year?": a yes/no question asserts no figure, so no
 * finding stands on one; a question that presupposes its figure ("Why did CIOQ rank fourth in 2024?") still asserts it.
 */
function inYesNoQuestion(doc: AnalysedDocument, range: Span, segmentAt: (offset: number) => AnalysedSegment | undefined): boolean {
  const segment = segmentAt(range.start);
  if (!segment || segment.kind === 'cell') return false;
  const sentence = segment.sentences.find((x) => x.start <= range.start && range.start < x.end);
  if (!sentence) return false;
  const text = doc.text.slice(sentence.start, sentence.end);
  return /\?["”’)*_]*\s*$/.test(text) && YES_NO_OPENING.test(text);
}

/** A speaker's correction of what they just said, after a break: "— sorry, that was 2023", ", I mean", "(correction:". */
const SELF_CORRECTION = /[,;:(—–-]\s*(?:sorry|I mean|or rather|correction|scratch that|make that|I should (?:say|have said))\b/i;
/** A sentence that opens by correcting the one before: "Sorry, that was 2023.", "Correction: …". */
const SELF_CORRECTION_OPENING = /^\s*(?:sorry|correction|I mean|scratch that|make that)\s*[,:—–-]/i;

/**
 * "RVARS was also second in 2022 — sorry, that was 2023, not 2022.": words a speaker takes back on the spot (later in
 * the sentence, or at the start of the next) assert nothing, so no finding stands on them; nor does an earlier
 * statement quoted to be corrected ("We gave the total as 4,811. The correct total is 4,181.").
 */
function correctedOnTheSpot(doc: AnalysedDocument, range: Span, segmentAt: (offset: number) => AnalysedSegment | undefined): boolean {
  const segment = segmentAt(range.start);
  if (!segment || segment.kind === 'cell') return false;
  const at = segment.sentences.findIndex((x) => x.start <= range.start && range.start < x.end);
  if (at < 0) return false;
  const next = segment.sentences[at + 1];
  if (SELF_CORRECTION.test(doc.text.slice(range.end, segment.sentences[at]!.end))) return true;
  if (next === undefined) return false;
  const following = doc.text.slice(next.start, next.end);
  if (SELF_CORRECTION_OPENING.test(following)) return true;
  // "We gave its output as 4,811. The correct total is 4,181.": an earlier statement quoted to be corrected.
  return REPORTED_EARLIER.test(doc.text.slice(segment.sentences[at]!.start, range.start)) && CORRECTION_OPENING.test(following);
}

/** "In the March edition we wrote that", "We put … at", "The March table showed", "was given as": an earlier statement reported. */
const REPORTED_EARLIER =
  /\b(?:we|I)\s+(?:had\s+|have\s+)?(?:wrote|written|gave|given|put|reported|said|stated|printed|showed|shown|published|listed|quoted|cited)\b|\b(?:edition|table|version|issue|release|draft|chart)\s+(?:had\s+|has\s+)?(?:showed|shown|said|stated|gave|given|listed|put|reported)\b|\b(?:was|were)\s+(?:wrongly\s+|incorrectly\s+)?(?:given|reported|printed|shown|stated|listed)\s+as\b/i;
/** A sentence that opens with the correction of the one before: "The correct figure is", "In fact,", "It was first". */
const CORRECTION_OPENING =
  /^\s*(?:[*_]+\s*)?(?:the\s+(?:correct|right|accurate|true)\s+\p{L}|in\s+fact\b|actually\b|this\s+should\s+(?:read|have\s+been)\b|it\s+(?:was|is|should\s+have\s+been)\s+(?:in\s+fact\s+|actually\s+)?(?=[\d$€£¥]|(?:USD|EUR|JPY|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b))/iu;

const COORDINATION = /\b(?:and|but|while|whereas)\b|[;:]/i;

/** True when every number the finding pairs with its percent stands after it, past a coordination. */
function acrossCoordination(doc: AnalysedDocument, finding: Finding): boolean {
  const others = (finding.related ?? []).filter((r) => /^(?:the whole|part|total)/.test(r.message)).map((r) => r.range);
  if (others.length === 0) return false;
  // Only numbers after the percent: a whole named before it may open the sentence ("In the top 15, A and B … 12.5%").
  return others.every((r) => r.start >= finding.range.end && COORDINATION.test(doc.text.slice(finding.range.end, r.start)));
}

/** "41,000 loaves a month", "1,100 a day", "per week": a rate over another period than the dataset's. */
const PER_PERIOD = /^\s*(?:[\p{L}-]+\s+){0,3}?(?:a|an|per|each|every)\s+(day|week|fortnight|month|quarter|hour|minute|working day|weekday|weekend|season|term|semester)\b/iu;
/** A cumulative figure: "since 2020", "over the five years to 2024", "to date", "in the past decade". */
const CUMULATIVE = /\b(?:since\s+(?:19|20)\d\d|(?:over|in|during)\s+the\s+(?:past|last|previous)?\s*(?:\p{L}+|\d+)\s+(?:years|decades|editions|seasons)|over\s+the\s+(?:past|last)\s+(?:decade|year)|to\s+date|so\s+far|cumulative(?:ly)?|all[- ]time|in\s+its\s+(?:history|lifetime))\b/iu;

/** A value stated on another basis than the dataset's single-period figure: a per-day/week/month rate or a cumulative sum. */
function isOtherBasis(doc: AnalysedDocument, finding: Finding, segmentAt: (offset: number) => AnalysedSegment | undefined): boolean {
  const s = segmentAt(finding.range.start);
  if (!s) return false;
  const after = doc.text.slice(finding.range.end, Math.min(s.end, finding.range.end + 80));
  const period = PER_PERIOD.exec(after);
  if (period && !new RegExp(`\\b${period[1]}`, 'i').test(finding.message)) return true;
  const sentence = s.sentences.find((x) => x.start <= finding.range.start && finding.range.start < x.end) ?? { start: s.start, end: s.end };
  const rest = doc.text.slice(finding.range.end, sentence.end);
  const phrase = rest.split(/[;:,]/)[0]!;
  return CUMULATIVE.test(phrase) || CUMULATIVE.test(doc.text.slice(sentence.start, finding.range.start).split(/[;:,]/).pop()!);
}

function endpointsTakenByAnother(finding: Finding, segmentAt: (offset: number) => AnalysedSegment | undefined): boolean {
  const expected = (finding.data as { expected?: unknown } | undefined)?.expected;
  const s = segmentAt(finding.range.start);
  if (typeof expected !== 'number' || !s) return false;
  const sentence = s.sentences.find((x) => x.start <= finding.range.start && finding.range.start < x.end) ?? { start: s.start, end: s.end };
  // Segment tokens hold document offsets, like sentences.
  return s.tokens.some(
    (t) =>
      t.kind === 'percent' &&
      t.start !== finding.range.start &&
      t.start >= sentence.start &&
      t.start < sentence.end &&
      isConsistentAtPrecision(Math.abs(t.value), t.decimals, Math.abs(expected)),
  );
}

const NUMBER_WORD = String.raw`(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})`;
/** "the four operators", "all eleven institutes", "these 12 member cooperatives", "both centres". */
const GROUP_BEFORE = new RegExp(String.raw`\b(?:(?:the|these|those|all|all the|its|their|our)\s+${NUMBER_WORD}|both)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+s\b`, 'iu');
/** "Research expenditure across the ten reached …": a group named by its size alone. */
const GROUP_ACROSS = new RegExp(String.raw`\b(?:across|among|between|for)\s+(?:all\s+)?(?:the\s+)?${NUMBER_WORD}\b(?!\s*[%.,]\d)`, 'iu');
/** After the figure: "… sold by the three chains", "… across all four cooperatives", "… by X and its two rivals". */
const GROUP_AFTER = new RegExp(
  String.raw`\b(?:(?:by|of|from|across|among|between)\s+(?:the|all|all the|its|their|these|those)\s+${NUMBER_WORD}\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+s\b|and\s+(?:its|their|the|the other|her|his)\s+(?:${NUMBER_WORD}\s+)?(?:other\s+)?(?:rivals|competitors|peers|neighbours|neighbors|others|counterparts|partners|sister\s+[\p{L}-]+s)\b)`,
  'iu',
);
/** Before the figure, a subject that is not the entity named: "X's rivals sold …", "the bakeries, led by X, sold …". */
const OTHERS_BEFORE = /\b(?:rivals|competitors|peers|counterparts|the others|the rest|the remaining\s+[\p{L}-]+|led by|headed by|including|such as|among them)\b/iu;
/** Words before a figure that make it a sum over several holders: "together with X, we produced …", "a combined …". */
const TOGETHER = /\b(?:together|combined|altogether|jointly|between them|collectively|a total of|the total of|aggregate)\b/i;
/** The same after the figure, and the words that bind backwards: "… 595 partners in all", "540 days in total". */
const TOGETHER_AFTER = /\b(?:together|combined|altogether|jointly|between them|collectively|in all|in total|all told)\b/i;
/** "Of 19 shops, …", "Out of the 310 members, …": a whole named first. */
const WHOLE_FIRST = /^\s*(?:of|out of|among)\s+(?:(?:the|all|all the)\s+)?$/i;
/** A figure that is the whole a part is taken of: "53.7% of the 3,000,000", "2,101 out of 4,181", "half of the 310". */
const DENOMINATOR_BEFORE =
  /(?:(?:%|\bper\s*cent|\bpercent|\bmost|\ball|\bmany|\bsome|\bnone|\bpart|\bbulk|\brest|\bremainder|\blargest|\bbiggest|\bhalf|\bthird|\bquarter|\bthirds|\bquarters|\bmajority|\bshare|\bslice|\bportion|\bproportion|\bfraction)\)?\s+(?:[\p{L}-]+\s+)?|\d\s+)(?:of|out of|among)\s+(?:(?:the|all|all the|a|its|their|those|these)\s+)?(?:total\s+of\s+)?$/iu;

/** The last match of `pattern` in `text` after which no digit stands (the words bear on what follows them). */
/** The global copy of each pattern boundBefore runs (compiled once, not per finding; matchAll leaves it unchanged). */
const globalVariants = new WeakMap<RegExp, RegExp>();

function boundBefore(pattern: RegExp, text: string): boolean {
  let global = globalVariants.get(pattern);
  if (!global) globalVariants.set(pattern, (global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`)));
  let last: RegExpExecArray | undefined;
  for (const m of text.matchAll(global)) last = m;
  return last !== undefined && !/\d/.test(text.slice(last.index! + last[0].length));
}

/** A sentence that states what did not happen: "would have", "had X kept …", "counterfactual". */
// "…, against EUR 345.0 million had every year matched 2019": a condition by inversion after the figure, too.
const COUNTERFACTUAL = /\b(?:would|could|might)(?:\s+not)?\s+have\b|\b(?:would|could|might)n[’']t\s+have\b|\bcounterfactual\b|^\s*(?:had|were)\s+\p{L}|\bhad\s+(?:every|each|all|it|they|we|the\s+\p{Ll}+)\s+(?:\p{Ll}+\s+){0,2}?(?:matched|kept|stayed|remained|continued|held|been|grown|risen|fallen|gone|done)\b/iu;

/** Right after a figure, in its clause: a conditional verb whose subject the figure's phrase is. */
const CONDITIONAL_AFTER = /^[^,.;:]{0,40}?\b(?:would|could|might|should)\s+(?!have\b)\p{Ll}+/u;

/** Whether a sentence states what did not happen ("Had Eastsound kept …, the four operators would have carried …"). */
export function isCounterfactual(sentence: string): boolean {
  return COUNTERFACTUAL.test(sentence);
}
/** A clause that states a target or a projection before the figure. */
const TARGET_BEFORE =
  /\b(?:aims?(?:ed|ing)?\s+(?:for|at|to)|targets?(?:ed|ing)?|goal|plans?\s+to|projected|projections?|forecasts?|expected\s+to|expects?|will(?:\s+\p{L}+)?|(?:is|are)\s+set\s+to|intends?\s+to|seeks?\s+to|hopes?\s+to|ambition)\b/iu;

/** The heading of a section of targets or projections. */
const TARGET_HEADING = /\b(?:targets?|goals?|objectives?|outlook|forecasts?|projections?|plans?|ambitions?|scenarios?)\b/i;

/** A threshold after the figure: "20 m and over", "50 ha or more", "65 years and above", "10 or fewer", "18+". */
const THRESHOLD_AFTER = /^(?:\s*[\p{L}.²³]{1,12})?\s*(?:\+(?!\d)|(?:and|or)\s+(?:over|above|more|higher|longer|larger|greater|under|below|less|fewer|lower|shorter|smaller|up|upwards|older|younger)\b)/iu;

function isGroupFigure(doc: AnalysedDocument, range: Span, segmentAt: (offset: number) => AnalysedSegment | undefined): boolean {
  const s = segmentAt(range.start);
  if (!s) return false;
  const following = doc.text.slice(range.end, range.end + 60);
  if (THRESHOLD_AFTER.test(following)) return true;
  // A subset picked by a threshold: "the 3 vessels of 30 years and older", "12 shops over 200 m² or larger".
  const phraseEnd = following.search(/[;:,!?]|\.(?!\d)/);
  const phrase = phraseEnd === -1 ? following : following.slice(0, phraseEnd);
  const subset = /\s(?:of|over|under|above|below|with|aged|at)\s+\d[\d,.]*/i.exec(phrase);
  if (subset && THRESHOLD_AFTER.test(phrase.slice(subset.index + subset[0].length))) return true;
  // A section of targets, plans or projections states no observed value.
  const heading = s.heading === undefined ? undefined : doc.segments[s.heading];
  if (heading && TARGET_HEADING.test(heading.text)) return true;
  if (s.kind === 'cell') return false;
  const sentence = s.sentences.find((x) => x.start <= range.start && range.start < x.end) ?? { start: s.start, end: s.end };
  const before = doc.text.slice(sentence.start, range.start);
  const after = doc.text.slice(range.end, sentence.end);
  if (DENOMINATOR_BEFORE.test(before)) return true;
  if (COUNTERFACTUAL.test(doc.text.slice(sentence.start, sentence.end))) return true;
  // "moving to an e-bike share of around 40% would put Gijón in line with …": a figure that is the subject of a
  // conditional is a proposal, not an observed value.
  if (CONDITIONAL_AFTER.test(after)) return true;
  // The clause the figure stands in: from the last clause break before it to the next one after it.
  const clauseBefore = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf(':')) + 1);
  const nextBreak = after.search(/[;:]/);
  const clauseAfter = nextBreak === -1 ? after : after.slice(0, nextBreak);
  if (TARGET_BEFORE.test(clauseBefore.slice(Math.max(clauseBefore.lastIndexOf(','), clauseBefore.search(/\b(?:and|but|while|whereas)\s+\D*$/)) + 1))) return true;
  if (boundBefore(OTHERS_BEFORE, clauseBefore)) return true;
  // The group must qualify the figure itself: in its phrase (before any comma), with no other figure between.
  // A verb ends the figure's own phrase: in "A's 189 nights were the most of the three observatories" the group is
  // what the figure is compared within, not what it sums.
  // A passive ("800,000 loaves were sold by A and its two rivals") names its agent after the verb: no cut there.
  const comma = clauseAfter.split(/[,(]/)[0]!;
  const verb = /\b(?:was|were|is|are|has|have|had|made|makes|ranked|ranks|placed|came|accounted|represented|remained|stood)\b(?!\s+(?:[\p{L}-]+\s+)?by\b)/iu.exec(comma);
  const phraseAfter = verb ? comma.slice(0, verb.index) : comma;
  const groupAfter = GROUP_AFTER.exec(phraseAfter);
  if (groupAfter && !/\d/.test(phraseAfter.slice(0, groupAfter.index).replace(/\b(?:1[89]|20)\d\d\b/g, ''))) return true;
  if (boundBefore(GROUP_BEFORE, clauseBefore) || boundBefore(GROUP_ACROSS, clauseBefore) || boundBefore(TOGETHER, clauseBefore)) return true;
  if (WHOLE_FIRST.test(before)) return true;
  const together = TOGETHER_AFTER.exec(clauseAfter);
  if (together && !/\d/.test(clauseAfter.slice(0, together.index))) return true;
  // The head of a breakdown: the figure, then a colon and two or more figures.
  if (nextBreak !== -1 && after[nextBreak] === ':' && (after.slice(nextBreak).match(/\d[\d,.]*/g)?.length ?? 0) >= 2) return true;
  return false;
}

const PERCENT_HEADER = /%|\bper\s*cent\b|\bpercent(?:age)?\b|\bpct\b/i;

function isPercentColumnCell(doc: AnalysedDocument, range: Span, segmentAt: (offset: number) => AnalysedSegment | undefined): boolean {
  const header = columnHeader(doc, range, segmentAt);
  return header !== undefined && PERCENT_HEADER.test(header) && !/\bpoints?\b|\bpp\b/i.test(header);
}

/** Rules that check a figure against a fact of the dataset. */
const FACT_RULE = /^(?:dataset-value|rank|rank-years)$/;
/** A column of figures that are no outcome: "Target 2025", "Forecast", "Planned", "Goal", "Projected". */
const NOT_AN_OUTCOME = /\b(?:targets?|goals?|plan(?:ned)?|forecasts?|projected|projections?|ambitions?)\b/i;

/** The header of the column a figure's cell stands in; undefined outside a table or in the header row. */
function columnHeader(doc: AnalysedDocument, range: Span, segmentAt: (offset: number) => AnalysedSegment | undefined): string | undefined {
  const s = segmentAt(range.start);
  if (!s?.cell || s.cell.row === 0) return undefined;
  const { table, column } = s.cell;
  for (let i = s.index - 1; i >= 0; i--) {
    const h = doc.segments[i]!;
    if (!h.cell || h.cell.table !== table) break;
    if (h.cell.row === 0 && h.cell.column === column) return h.text;
  }
  return undefined;
}
