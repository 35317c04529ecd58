// Rule dataset-value: a value linked to a dataset fact (entity, metric, year or period, partner) differs from it.
import { LENT_FIX_POLICY } from '../context/lent-slots.js';
import { formatLike, roundHalfAwayFromZero } from '../numbers.js';
import { describeFact, describeSource } from './describe.js';
import { linksOfSegments, tokenFactor, type ClaimLink } from '../context/links.js';
import type { Rule, RuleContext } from './rule.js';
import { captionBracket } from '../context/carried-links.js';
import { documentOwner } from '../context/dataset-referred-subject.js';
import type { AnalysedDocument } from '../analysis.js';
import type { Dataset } from '../dataset/index.js';
import { VersionMemo } from '../version-memo.js';

const linkGlobalsKept = new VersionMemo<AnalysedDocument, { dataset: Dataset; globals: readonly unknown[] }>();

/**
 * What a link reads beyond its segment's section, compared per version by every section-bound rule that reads links
 * (dataset-value, rank, cagr, percent-change): built once per version and dataset, not once per rule.
 */
export function linkGlobals(doc: AnalysedDocument, dataset: Dataset): readonly unknown[] {
  const kept = linkGlobalsKept.get(doc);
  if (kept?.dataset === dataset) return kept.globals;
  const globals = [documentOwner(doc, dataset), ...doc.tables.flatMap((table) => captionBracket(doc, table))];
  linkGlobalsKept.set(doc, { dataset, globals });
  return globals;
}

export const datasetValue: Rule = {
  id: 'dataset-value',
  docs: {
    description: 'A value differs from the dataset fact it is linked to.',
    details:
      'A number is linked to a dataset fact only on strong evidence: an entity (by any alias) and a metric phrase in the same sentence, table cell (with its row and column headers and caption) or heading, and a year or period that selects exactly one fact (never a figure right after a verb of what did not happen or has not yet, unless the metric’s own words use it: “cancelled 41 shows”, “plans 120 beds”); a number alone in brackets right after an entity (“ahead of KEK (439)”) is that entity’s value of the one metric its sentence names before it (a table row’s or column’s own year before the caption’s; the clause’s before the sentence’s or heading’s). The number’s unit and scale must fit the metric: a whole unsigned number for a count, a percent for a share, money (or a number in a column headed with the currency) for currency. A cell whose header qualifies the metric (change, per, share, %, rank, average) and a number that is a change, a part, a bound or a gap to another party ("up 5", "5 more", "18 higher than in 2024", "nearly 700", "1.1 ahead of Seenland") are not linked; neither is a cell of a row labelled Total, All or Combined in any column ("| | **All eight** | 4,658 |"), unless the row names its entity. A heading is read like a sentence (“## Keio University (428 Sweden-linked papers, 2015–2024)”); a table whose row labels name partners of a subject named in the column header, caption or heading (“| KTH | 2,011 |” under “## University of Tokyo”) is read as that subject’s facts with each partner; a label | value table whose corner cell names one entity (“| Punjab Institute of Food Security | Value |” over “| Total budget, 2024 | $46.8m |”) is that entity’s. An institution may be called by words of its name before its head noun, after “the” (“the Zimbabwe laboratory”, “the Grid Integration Centre”), where those words fit one entity and no other name or phrase; a place alone (“Hanoi” for “the Hanoi utility”) names an institution only when the dataset lists it as an alias. A year that bounds the number’s clause (“by 2025 it had 208”) keeps the sentence’s other years from it. A year after a verb coordinated after the figure (“a score of 81.0 and was ranked second in 2023”) is that verb’s, not the figure’s. A year said relative to another (“the same year”, “a year later”, “against 112 the year before”) counts from the sentence’s one year, or the one year of the sentence before. A table with entities across and years down takes its metric from the caption. A fact the dataset holds with no year is compared with a claim of any year, as a suggestion. When no time is stated and the dataset holds a single fact of the entity and metric (with the one partner named, if any), a difference is reported with a suggestion instead of a fix. A number that equals any fact of the entity is taken as consistent. The message names the fact and its source; the fix writes the dataset value at the stated precision. A share of one category of a breakdown the dataset holds (“government core funding made up 67.6% of IGPRI’s budget in 2024”) is read when the sentence names the category in full, one entity that holds it and one percent; a difference in any category share gets a suggestion, never a certain fix (whose breakdown the words speak of is a reading: a peer median or another party’s split reads alike). A count written in words right before or after a count measure’s phrase (“filed twenty-one patent applications”), after the head noun of one (“a staff of two hundred and eight”), before the noun of a measure named nearby (“ran twenty trials”) or with its own year in a paragraph that names a count measure (“and thirty in 2024”) is read too; a wrong one gets its value in digits as a suggestion. A clause that drops its subject (“…, and stood at 55.1 in 2024”) speaks of the measure the clause before it opened on; a conjunct with a subject of its own (“and its ship days jumped to 240”) of that subject’s measure; a clause after an aside (“External research funding (RFMA basis) reached…”) of the measure before the aside, unless the aside changes it (“in real terms”, “per lab”). A unit of measure the metric’s label names is its own (`270.1 million m³` of a measure in million m³; `USD 0.42 per m³`, `a cubic metre` or `/m³` of a rate in USD per m³), and a count kept in millions may be stated with decimals in a table headed by that scale; another unit, a rate of it (`m³ per day`), another kind of the rate (`industrial tariff`, `tariff for hotels`), a capacity or a figure in real terms is not read. A stock counted on a day of the year (“at 31 December”, “in orbit”) is read at its level “by 2025” (`by 2025 it had 9 boats`, `to 213 by 2025`), never from a verb of entry or exit (`launched 2 satellites`, `recruited 50 scientists`). A sentence that opens with a time or a linking adverb before “it” (`In 2025 it ran…`) refers back as one opening with “It” does. A measure whose phrase is a noun and its participle (“patients enrolled”) is named by that verb before the figure and that noun after it (`enrolled 1,430 patients`). A breakdown written one category per line is read too: a list item under a lead-in ending on a colon (“KHI’s EUR 79.1 million splits five ways:” over “- international grants, 29.4%;”), a label | value row (“| Donor and CGIAR grants | 34.7 |” under “| Source | Share (%) |”, a plain figure under a column or caption that gives “%” as its unit) or one of several percents of a sentence each paired with the one category named beside it (“Competitive national grants were 26.1%, international and external grants 8.5% and other income 4.1%”), the subject from the line, its lead-in, caption or sentence, else the headings or the document; a line is reported only when its breakdown adds up to 100 (else breakdown-sum reports the breakdown). A table of a subject’s shares by partner whose header names no measure phrase (“| Germany | 33.1% | 30.0% |” under “Partner countries of our internationally co-authored papers (%)”) is read as the one measure the subject holds with that partner that the figure fits, when its caption or column header shares two words with that measure’s names and the column’s or caption’s time selects a fact. A clause that states its figure’s one time (“reached EUR 4.5 million in 2025”; a year right after the figure, “from 12 in 2016 to 19 in 2025”, is that figure’s own) rules out the facts of every other time, even when its subject is lent from outside the clause (the document’s own organisation, “Its” after a paragraph that named one): a figure equal to the subject’s fact of another year is reported, with a suggestion. A clause that names its subject but leaves the measure out (“MIL’s was EUR 3.9 million”, “MIL was at 55.0%”) states the one measure the sentence before names that the subject holds and the figure fits, in that sentence’s one time when its own names none; it is reported with a suggestion. A stock’s noun followed by a verb of entry (“two stations commissioned in 2025”) states no level. A number already reported by an arithmetic rule is not reported again. A figure whose own year stands right after it (“reached EUR 36.8 million in 2024”) or heads its table column, with its entity named in its sentence or row and its measure in its paragraph or table, that equals the entity’s fact of that measure for another year (and no other fact) is read as copied from that year: reported with the fact of its own year, as a suggestion; so is a sum of money in prose stated to a decimal (“follows at USD 44.2 million in 2025”), whose value names the one measure it equals, and a figure read with no one time of its sentence whose own year stands right after it (“39.3% by 2024”, past a rate’s base: “24.3 complaints per 100,000 subscribers in 2024”). An averaging word (“2021–2025 average”) is no qualifier of a measure the dataset holds as an average. A cell under a column headed Target, Plan, Forecast, Goal or Projected states no fact. A share “of” a whole the sentence states (“12.7% of the 3.13 million lines”) is not a share of a breakdown category the sentence happens to name. A year the reading takes from a heading, a caption, a list lead-in or counts from another (“in the same year”) still names the fact the claim states: a figure equal to the entity’s fact of another year of that measure (and nothing else) is reported, with a suggestion. A percent followed by the whole one share measure names (“make up 9.6% of all Science Tokyo’s international co-authorship” for a measure called “share of total international co-authorship”, “the world’s” for “global”) is read as that measure, as a suggestion (the whole does not name the part), unless it restates a figure before it or a group bounds the whole. A table column headed by a measure and one year (“Papers 2015”, “NRW 2025 (%)”, not a change or share of that year) states that year’s figure of the measure it names, as a bare year column does. An emphasised line of a document’s header that names one organisation and the kind of report it writes (“*KNB · Sustainability Report 2025 · Chapter 4*”) makes that organisation the document’s own. A percent stated to a decimal, read as one share of an entity, that equals no fact of that share but the entity’s fact of another share (and no other entity’s of the first) is reported with a suggestion that names the share it equals. A figure whose own words name no measure is read by the figures beside it: a cell of a table whose row label (or column header) names one entity and whose other heading names no one, no qualifier (target, change, rank, total…) and at most one year, when at least two other cells of its column (or row) each equal their own entity’s fact of one measure at one time (the heading’s year, if it states one) and more agree than disagree (“| Karpackie Linie | 90.5 |” under “| Operator | 2025 |”, “| PTN | 493.4 |” under “| Operator | Capex |”); a percent in a sentence that lists a subject’s shares, when at least two other percents of the sentence each equal the share with the partner (or of the entity) named beside them and the figure stands beside one name none of them took (“48.4% by the Asian Development Bank, 33.6% by the World Bank, 21.2% by AFD”). The measure is lent from those figures, so a difference is reported with a suggestion. A figure’s own year may follow a gloss of its unit in brackets (“1,126 staff (full-time equivalents) at the end of 2025”): when it is the sentence’s one year, not a verb’s coordinated after the figure, a figure equal to the entity’s fact of that measure for another year (and no other fact) is reported, as a suggestion. So is a figure set off by “, at” after a clause that ends on its year (“FJT was the most punctual operator in 2025, at 94.9%”), unless that clause compares with the year (“higher than in 2016, at 30.8%”, “since 2016”). A figure whose sentence names no year but whose own clause speaks of the present or of the year just ended (“Jadranka carried 6,444 thousand passenger journeys last year”, “now”, “at the last count”) is of the latest year the dataset holds the measure for, when that is the measure’s latest year across the dataset: a figure equal to the entity’s fact of an earlier year (and no other fact) is reported, with a suggestion. For that check, a figure whose own year follows it in a sentence that names no one (no unknown name, no “peer” or “rival”) is of the one entity named near it (a heading, the title). A table cell’s figure with no scale word of its own is in the one scale its column header or row label names (`| 2.40 |` under “Passengers 2024 (million)”; “per million” names a rate’s base, no scale); a figure about a thousand times off its fact, as rounded, is of another measure or scale and is not reported. A figure named a loss, gain, cut, reduction or shortfall (“a net loss of 163 outlets”) is a change, not a value. A relative year (“that year”, “a year later”) counts from the one year of its sentence before it (a year after it is one the figure is compared with), else from the sentence before. A figure among figures of one subject each beside its own year, in a sentence that names no measure (`It sold 95.0 thousand paid seats in 2024, against 84.0 thousand in 2015 and 93.3 thousand in 2019`), is of the one measure at least two of the others equal at their years (the subject the sentence’s one entity, else the headings’): a suggestion. A figure written as the first half of a compound is the size of one thing the sentence introduces (“we opened our flagship: a 638-bed former printworks”) or picks out (“the 638-bed hostel it opened in 2019”), not the entity’s measure; so is one before a named building or set in apposition to a building (“its largest building, the 386-bed Tolhuis tower”); in an apposition to the name (“Vltava Loft, a 2,286-bed network”) it is. A measure’s word that opens a compound (“eight bike-share schemes”) names no measure for a count in words before it. A count in words that sizes a set referred to (“the two groups overlap”) is no value. A count after a verb that moves things in or out (“withdrew 22 vessels”, “closed 17 stations”, “replaced 330 seats”, “hired 40”) is no level of a measure that does not itself count such moves. A name between an article of one unit and a singular noun (“a Tampere bike made 2,667”, “each Graz station”) classifies that unit: the figure is per unit, not the named party’s. A count of people after a verb of admission (“it admitted 1,260.1 thousand people”, “welcomed”) is of the one count measure whose names speak of admissions or attendance. A figure of a measure taken at the end of a financial year (“headcount at 31 March”) in a sentence dated at such a day (“On 31 March 2016 there were 385”) is not read: the date’s year may be the year that financial year is named by, or the one after. A bare figure compared with a figure per unit or a ratio just before it (“335 connections per member of staff, against 237 in 2016”, “each tram carried 0.86 million journeys, against 1.12 million at Valmorand”) is one too; a gap to a year (“44 thousand short of 2019”) is a difference; a name in an “of which” clause after a figure is a part of it, not its subject; and a sentence that speaks of a group by its size (“across the three”) gives its figures to no member named in a heading or by the document. The whole after “% of the <collective>’s” (“15.2% of the group’s 3.88 million TEU”) is no value of the clause’s subject; a season written across two years (“2023/24”) in a label | value table’s corner cell dates its rows as the season (a figure equal to the later year’s fact is that season’s, any other a note).' + LENT_FIX_POLICY,
    failing: 'RIKEN’s 2015 collaboration score was 810.\n',
    passing: 'RIKEN’s 2015 collaboration score was 801.\n',
  },
  defaultSeverity: 'error',
  fixable: true,
  tags: ['dataset'],
  supersedes: ['unverified'],
  // A link is the segment's, kept across versions as carried-links.ts keeps it: read from the segment, its section and
  // headings, the document's owner and, for a table's cells, the bracket last opened before its caption.
  bySection: { globals: (doc, dataset) => linkGlobals(doc, dataset) },
  check(context) {
    const scope = context.scope;
    // The exact matches of each segment, for a mismatch that another figure of its sentence states (statedBeside).
    const matchesBySegment = new Map<number, ClaimLink[]>();
    let tablesById: Map<number, (typeof context.doc.tables)[number]> | undefined;
    // Only the scope's links are judged, and a link's matches beside it are of its own segment: the scope's links only.
    const judged = linksOfSegments(context.links(), scope);
    for (const link of judged) {
      if (link.status !== 'match' || !link.exact) continue;
      const list = matchesBySegment.get(link.segment.index);
      if (list) list.push(link);
      else matchesBySegment.set(link.segment.index, [link]);
    }
    for (const link of judged) {
      // A rank fact ("fourth-largest goods export market") is the rank rule's.
      if (context.dataset.metrics.get(link.metric)?.unit === 'rank') continue;
      if (link.status === 'match') context.verified(link.token, undefined, !link.exact);
      if (link.status !== 'mismatch' || statedBeside(context.doc.text, link, matchesBySegment.get(link.segment.index))) continue;
      const split = writtenAcrossTwoYears(context, link, (tablesById ??= new Map(context.doc.tables.map((t) => [t.id, t]))));
      if (split && link.misplaced?.year === link.year! + 1 && link.misplaced.metric === link.metric && link.misplaced.partner === link.partner) context.verified(link.token, undefined, true);
      else reportLinkMismatch(context, split ? { ...link, lent: [...(link.lent ?? []), { slot: 'time', from: 'a season written across two years' }] } : link);
    }
  },
};

/**
 * "| Skier days | 1,545 |" under "| 2018/19 |": a season or financial year written across two years is named by its
 * first year in some datasets and by its last in others. A figure equal to the fact of the year after the one read is
 * the same season's, not a slip; a figure equal to neither may be of either, so its fix is only a suggestion.
 */
function writtenAcrossTwoYears(context: RuleContext, link: ClaimLink, tablesById: ReadonlyMap<number, (typeof context.doc.tables)[number]>): boolean {
  const year = link.year;
  if (year === undefined) return false;
  const doc = context.doc;
  const texts = [link.segment.text];
  const cell = link.segment.cell;
  if (cell) {
    const table = tablesById.get(cell.table);
    // The column header, the row label, and the corner cell ("| Opéra de Montclaret, 2023/24 | |" over a label | value
    // table) or the caption, which date every cell of such a table.
    for (const i of [table?.cells[0]?.[cell.column], table?.cells[cell.row]?.[0], table?.cells[0]?.[0], table?.caption]) if (i !== undefined) texts.push(doc.segments[i]!.text);
  }
  const next = year + 1;
  // Only the slash form: "2018–19" is as often a period of two years.
  const split = new RegExp(`\\b${year}\\s*/\\s*(?:${next}|${String(next % 100).padStart(2, '0')})\\b`);
  return texts.some((t) => split.test(t));
}

/**
 * "Jadranka's costs of EUR 127.9 million left EUR 3.6 million": a figure read as a fact that another figure of its
 * sentence states exactly is something else (a margin, a part, a change); the fact is already stated right there.
 */
function statedBeside(text: string, link: ClaimLink, matches: readonly ClaimLink[] = []): boolean {
  return matches.some(
    (other) =>
      other.entity === link.entity &&
      other.metric === link.metric &&
      other.year === link.year &&
      other.period === link.period &&
      other.partner === link.partner &&
      other.dimension === link.dimension &&
      other.observation === link.observation &&
      !/[.!?]\s/.test(text.slice(Math.min(other.token.end, link.token.end), Math.max(other.token.start, link.token.start))),
  );
}

/** How many times off its fact a figure is of another measure or scale: a thousand, less what rounding takes off it. */
const SCALE_SLIP = 500;

/** Reports a value linked to a dataset fact that differs from it, with a fix in the author's style (a suggestion when no time was stated). */
export function reportLinkMismatch(context: RuleContext, link: ClaimLink): void {
  const { token, observation } = link;
  if (!observation) return;
  const metric = context.dataset.metrics.get(link.metric)!;
  if (link.range && observation.range) {
    reportRange(context, link, observation.range, tokenFactor(token, metric.scale, observation.range[0]));
    return;
  }
  if (observation.value === undefined) return;
  const expectedValue = observation.value! / tokenFactor(token, metric.scale, observation.value);
  // "a peak of 45.5 million" read as 31 trials: a figure a thousand times off the fact is of another measure or another
  // scale, not a slip — a thousand times as rounded, too: "2.40" (million) against 2,395 (thousand) is 998 times off.
  if (Math.abs(expectedValue) > 0 && (Math.abs(token.value / expectedValue) >= SCALE_SLIP || Math.abs(expectedValue / token.value) >= SCALE_SLIP)) return;
  const signed = token.style.sign === '' ? Math.abs(expectedValue) : expectedValue;
  // A count written in words is given its value in digits (the words the author would choose are theirs).
  const newText = formatLike(roundHalfAwayFromZero(signed, token.decimals), token.spelled && token.kind === 'plain' ? { ...token, spelled: false } : token);
  if (newText === token.text) return;
  const edit = { title: `Use the dataset value ${newText}`, edits: [{ range: { start: token.start, end: token.end }, newText }] };
  const timeless = observation.year === undefined && observation.period === undefined;
  const misplaced = link.misplaced;
  const otherMeasure = misplaced && misplaced.metric !== link.metric ? describeFact(context.dataset, misplaced) : undefined;
  const other = misplaced ? [misplaced.partner ? `with ${context.dataset.entities.get(misplaced.partner)?.name ?? misplaced.partner}` : '', misplaced.year ?? misplaced.period ?? ''].filter(Boolean).join(' in ') : '';
  const coincident = link.coincident;
  const assumed = otherMeasure
    ? ` ${token.text} is the dataset’s figure for ${otherMeasure}; the measure may be what is wrong, so the fix is a suggestion.`
    : misplaced
    ? ` ${token.text} is the dataset’s figure for ${other}; the year or partner may be what is wrong, so the fix is a suggestion.`
    : coincident
    ? ` ${token.text} is the dataset’s figure for ${context.dataset.entities.get(coincident.entity)?.name ?? coincident.entity}${coincident.year !== undefined ? ` in ${coincident.year}` : ''}; the name may be what is wrong, so the fix is a suggestion.`
    : link.elliptic
    ? ' The clause leaves its measure out; the measure and its year are read from the sentence before, so the fix is a suggestion.'
    : !link.assumedTime ? '' : timeless ? ' The dataset’s fact states no year, so the fix is a suggestion.' : ' The claim states no year; the dataset holds only this one, so the fix is a suggestion.';
  context.report({
    range: { start: token.start, end: token.end },
    message: `${describeFact(context.dataset, link)} stated as ${token.text}, but the dataset has ${newText} (${describeSource(context.dataset, observation.source)}).${assumed}`,
    stated: token.text,
    expected: newText,
    reason: `dataset fact: ${observation.entity} / ${observation.metric}${observation.partner ? ` × ${observation.partner}` : ''}${observation.year ? ` / ${observation.year}` : observation.period ? ` / ${observation.period}` : ''} = ${observation.value} (source ${observation.source})`,
    related: link.evidence.slice(1).map((s) => ({ range: s, message: 'context the value was linked by' })),
    // A count written in words gets its digits as a suggestion: the author may want the words back. A category share
    // too: on drafts by new voices, whose split a sentence or row speaks of was misread more often than not (rounds
    // 29–34, held-out aggregate: four of five certain fixes of category shares were wrong).
    ...(link.assumedTime || link.elliptic || misplaced || coincident || link.dimension !== undefined || (token.spelled && token.kind === 'plain') ? { suggestions: [edit] } : { fix: edit }),
    ...(link.lent ? { lent: link.lent } : {}),
    data: { entity: link.entity, metric: link.metric, partner: link.partner, year: link.year, period: link.period, source: observation.source, value: observation.value },
  });
}

/** "61–75%" against a range fact [61, 73]: both ends are rewritten in the author's style. */
function reportRange(context: RuleContext, link: ClaimLink, [low, high]: [number, number], factor: number): void {
  const range = link.range!;
  const newText = `${formatLike(roundHalfAwayFromZero(low / factor, range.from.decimals), range.from)}${range.joiner}${formatLike(roundHalfAwayFromZero(high / factor, range.to.decimals), range.to)}`;
  if (newText === range.text) return;
  const observation = link.observation!;
  context.report({
    range: { start: range.start, end: range.end },
    claim: { start: link.token.start, end: link.token.end },
    message: `${describeFact(context.dataset, link)} stated as ${range.text}, but the dataset has ${newText} (${describeSource(context.dataset, observation.source)}).`,
    stated: range.text,
    expected: newText,
    reason: `dataset fact: ${observation.entity} / ${observation.metric}${observation.period ? ` / ${observation.period}` : observation.year ? ` / ${observation.year}` : ''} = ${low}–${high} (source ${observation.source}); a range is checked at both ends`,
    fix: { title: `Use the dataset range ${newText}`, edits: [{ range: { start: range.start, end: range.end }, newText }] },
    ...(link.lent ? { lent: link.lent } : {}),
    data: { entity: link.entity, metric: link.metric, source: observation.source, range: [low, high] },
  });
}
