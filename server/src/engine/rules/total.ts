// Rule total: a combined figure must equal the sum of the parts stated beside it.
import { LENT_FIX_POLICY } from '../context/lent-slots.js';
import { growthStatements, type GrowthStatement } from '../context/growth.js';
import { neighbours, statesOverlap } from '../context/overlap.js';
import { tableSlips } from '../context/share-table-slips.js';
import { tableSums } from '../context/table-sums.js';
import { countedTotals } from '../context/counted-totals.js';
import { listSums } from '../context/list-sums.js';
import { rowGroups } from '../context/row-groups.js';
import { labelledListTotals } from '../context/sums-labelled-lists.js';
import { namedTotals } from '../context/named-totals.js';
import { namedSharesTotals } from '../context/sums-named-shares.js';
import { periodSums, type PeriodSum } from '../context/period-sums.js';
import { linksOfSegments } from '../context/links.js';
import { firstAtOrAfter, sentenceTokens } from '../context/spans.js';
import { formatLike, isConsistentAtPrecision, type NumberToken } from '../numbers.js';
import { formatNumber } from './format.js';
import type { AnalysedDocument, AnalysedSegment } from '../analysis.js';
import type { Span } from '../markdown/facts.js';
import type { Dataset } from '../dataset/index.js';
import type { Rule, RuleContext } from './rule.js';
import { correctedPartsExplainTotal, datasetCorrections, type Corrections } from '../context/parts-dataset-slips.js';
import { checkGroupTotals, noteJudged } from '../context/parts-group-checks.js';
import { groupSums } from '../context/total-group-sums.js';
import { evidencedTotals } from '../context/total-evidenced-rows.js';
import { checkProseTableTotals } from '../context/prose-table-totals.js';
import { bracketedParts, type BracketedParts } from '../context/bracketed-parts.js';
import { acrossVersionsEach, movedWithSegment } from '../across-versions.js';
import { segmentHas } from '../context/segment-carry.js';
import { claimsRead, readsTable, segmentRange, widenedScope } from '../section-findings.js';
import { changeGlobals } from './change-globals.js';

/** Cheap gates of an equation, their results kept with the segment's analysis. */
const PLUS = /\+/;
const EQUALS = /=/;
const EQUATION = /(\d[\d,.  ]*)\s*=\s*(\d[\d,.  ]*(?:\s*\+\s*\d[\d,.  ]*)+)|(\d[\d,.  ]*(?:\s*\+\s*\d[\d,.  ]*)+)\s*=\s*(\d[\d,.  ]*)/g;

export const total: Rule = {
  id: 'total',
  docs: {
    description: 'A combined figure is not the sum of its stated parts.',
    details:
      'Checked: a "combined"/"total" growth statement against the statements of its parts just before it ("UTokyo … from 287 … Science Tokyo … from 165 … Keio … from 21 …" then "combined … from 473 …"), or the bullets just above it, one statement each (a suggestion); a list with a total word in its sentence ("490 international and 105 domestic institutions, 595 in all", its parts also named in brackets, "USD 96.3 million (A) and USD 15.2 million (B), USD 111.5 million in all", "a total of …", "which add up to …", "totalled …"), also of yearly figures, each with its own year ("9 doctorates in 2021, 11 in 2022, 14 in 2023 and 19 in 2024, a total of 53"), or of money in one currency and scale, or "the sum of 638, 201 and 63 came to 902" — the total the next figure after the list, never a larger whole ("of the 400 in all"), a compared figure ("against 230 in all"), a sum of rates or of parts said to overlap; a hedged total ("some 4,300 in all") is wrong only beyond its rounding (and 3%), a bound ("more than 240 in all") only when the sum breaks it, both as suggestions; a bulleted list of counts against its last "Total" item or the "In all, …", "Put together, …" or "That is a total of …" sentence right after it, or against the one figure of its lead-in sentence ending in ":" that has a total word or names a group of as many members as there are items ("The three clinics treated 7,610 patients in 2024:"; not "including:", a change, a bound, an item of another year or parts said to overlap); "taken together the three universities produced 473 papers in 2015" against the three statements just before it, each about a different named entity (a suggestion only); a total of dataset entities named together ("Together they …", "A and B together …", "the two universities together …") against the one figure each has in its own clause earlier in the paragraph, of the same kind, unit and year (a suggestion only); rows of a table named after it in the same section, or in a later one that names the count column’s year ("China and the United States together hold 46", "A + B: 128 days", "the eight economies named hold 77"; a suggestion only); an equation written out ("473 = 287 + 165 + 21"); parts in brackets after their names and a total after "together", "combined", "between them" or "jointly" ("China (24 clusters) and the United States (22) together hold 46 of the top 100"; a suggestion only); a flow over a period the dataset holds year by year ("3,077 papers in 2020–2024", "€9.1 million between 2020 and 2024", or the second figure of a pair of periods, "…, against €6.4 million in 2015–19") against the sum of its yearly values, or of the shorter periods the dataset holds that tile it exactly ("1,629 papers in 2015–2024" against 2015–2019 and 2020–2024) — never an average ("a year", "average"), a level at a date ("at 31 December", fleet, staff) or a sum "over the two years" of a period of another length, and only as a suggestion; a total with its named parts listed right after it ("a combined 540 ship days: A 213, B 163, C 74 and D 54", "combined for 473 papers (A 287, B 165, C 21)", "6,382 papers between them: 4,181 at A, 1,773 at B and 428 at C") or right before it, opening the sentence ("A 213, B 163 and C 74, a combined 450 days"; a suggestion only, and nothing when the list is a selection — "led by", "including" — holds a hedged figure, or its figures are changes: "A rose 412"); a table’s "Total" row (not over rows that hold their groups’ sums, nor a column of prices or quantities per unit) — or a last row named by the size of the group above it, "Four institutions combined", "All eleven", "Four institutes" (a row "Others (five institutes)" counts five), which sums scores too when it says "combined" — against every additive column (decimals included) a "Total" column against its row (from its first column when the table has no label column: "| Season pass | Single ticket | … | Total |"), and a last column headed with its period ("Total 2021–2025") against the year columns of exactly that period, or headed by the period alone ("2022–2024") when three rows or more show it is their sum; a column headed by the count of the columns before it ("Three combined", "All four") against them, whatever columns of shares or rates follow it. Numbers that merely stand together, with no total word, are never added, nor the two ends of a range (“between USD 5.1 million and USD 16.4 million each”), nor parts said to overlap ("distinct papers", "counted once"); nor is a total said to hold more than its parts ("92 in all with IAV", "192 altogether across the ten", "including administration"; but "5,954 in all, with UTokyo alone on 65.5%" singles out one of its parts and adds none), a combined statement of a wider or another group or measure ("Combined output of all ten …", "Their combined papers" after trials), a Total row that names another number of members than its rows ("Total, ten institutes" under four) or says it is unique, nor a group\'s or a period\'s figure of another stage or a part of the measure ("completed 164 trials" of trials started, "papers with a US co-author", "hosted 120 visiting researchers"). A group named by its size — "the ten institutes", "all eleven institutes", "Chile\'s two institutes", "the ten utilities" (operators, networks, providers, authorities, carriers, schemes, services, libraries, cooperatives, destinations, resorts, ports, regions, cities, partners, races, events, venues, sites, clubs, teams, festivals, farms and the like), or by its country\'s adjective and at most one describing word ("the two Czech regional airports") — when the dataset holds the metric (a count or money, or a measure kept as a rate whose label counts full-time equivalents, GWh, MW, km or tonnes and says no “per”, average or ratio) for exactly that many entities (of that country), for the year or period of the figure (a sentence that names no measure takes its paragraph\'s one, as a suggestion, when the figure states its own year): its total ("the ten institutes spent a combined EUR 574.4 million in 2024", "2,502 papers in 2015 and 3,650 in 2025", "across the ten institutes, 10,147 papers in 2020–2024") is the sum of their dataset facts; never a figure of one member, a mean, a part ("three of the ten", "each", "the largest of"), a hedged figure or a counterfactual ("had A kept …, the four operators would have carried …"), and a level at a date is never summed over years (a suggestion, never a certain fix: that the author\'s group is the one the dataset holds is a reading). Members named one by one with "together" or "between them" ("KHI, SAGIC and CBRL filed 67 patent families between them", its year also "that year" or "a year later" of the one year of the sentence before, its measure also the last word of a phrase the section named in full before, "58 families") are summed the same way, as a suggestion. The fix writes the sum: a certain fix only when the dataset (or another check that passed) confirms every part, since a wrong part makes a right total look wrong; otherwise, and when the parts are rounded decimals, it is a suggestion, which an editor shows as a quick fix and --fix does not apply. A group total whose sentence’s only year is the base of its change (“902 papers, up 90.7% on 2015”) is not dated by it. A combined share of parts named by their labels ("Capital works, staff costs and energy together took 61.1% of the budget", "Public money (core funding and national grants taken together) accounts for 70.9% of income", "(core funding plus national grants)") is checked against the sum of the shares of the split above it in the section — a list of items of one share each, or a sentence of two shares or more — whose labels hold every word of one name each — a label before its share, or after it when every share of the sentence is followed by one (“69.3% tickets, 11.2% concessions … and 4.4% other”) — (a suggestion only; nothing when a name fits no label or two, the whole is another name’s (“75.0% of Tamesford’s turnover” under Drumlargan’s split), the parts are said to overlap or be a selection, or the shares are changes). A group’s total said of the present with no year written ("now", "today", "last year") takes the latest year the dataset holds the measure for (a suggestion only). So are a group named by a region ("the three Nordic operators", "South Asia\'s seven institutes": the entities of its countries, as for one country), a sum "over the decade" (the one ten-year period the dataset holds the measure for), members listed in brackets after the group ("The Baltic group (GIBS, GBMC, GSL, EMSI) together logged 404 days"), "Together they …" right after the sentence that names the group, and a figure whose own noun heads a measure the section named in full, in a sentence that claims the sum ("115 families between them"); each a suggestion only. A Total that holds neither with its stated parts nor with the parts the dataset corrects put right is reported against the corrected sum (a suggestion; a Total that holds with either is left to the part\'s own finding). A group\'s sum of money right after “received”, in a sentence that claims the sum and names no measure, its paragraph lending none (“South Asia\'s seven institutes received USD 34.3 million together in 2025”), is of the one money measure the dataset keeps as received (or, when none is labelled so, the one measure of money granted: funding, grants, a subsidy); people employed by such a group (“the eight breweries employed 858 people in 2024”) are of the one count measure whose names speak of staff, with or without “together”, unless the figure names a narrower group (“employed 120 researchers”); labelled parts after a lead-in that names what they split and “was” (“By home port, 2025 sea time was Bergen 709, Kiel 562 and Tallinn 74 days: 2,830 in all”) are summed against the total after the colon; “Together they also …” with no time of its own takes the one year of the group\'s totals in the sentence before, when its other years are bases compared with (“838,000 passengers in 2024, 7.3% more than the 781,000 of 2023. Together they also handled 8,837 tonnes of cargo.”); each as a suggestion. A label that ends on its year and a colon right before a group’s figure (“Ship days 2025: 2,904 across the ten institutes, 2.7% above pre-pandemic 2019”) dates the figure, whatever other years the sentence names. A last table row whose label names no entity and holds no figure, and whose figures are the sums of the rows above in two columns or more (`| **Panel** | **296.7** | **373.7** | … |`), is a Total row whatever its label: its other columns are checked too, and a change or rate beside it that fits the corrected sum is left to the total. A sentence that counts people (“Forty-nine people died in fires attended by the eight services in 2024, against 51 in 2015”) states no total of the group’s measure of things. In an equation (“7. 17.5 + 14.6 + 4.7 = 36.8 million m³”) the parts are the run of figures joined by “+” and the total the figure beside “=”. A combined statement is not checked against statements of its parts when the sentences of those parts name more members than they give statements for (“UTokyo … from 287 to 638, and Keio’s tripled from a small base”: Keio’s figures are missing).' + LENT_FIX_POLICY,
    failing: 'UTokyo grew from 287 publications with Sweden in 2015 to 638 in 2024, Science Tokyo from 165 in 2015 to 201 in 2024 and Keio from 21 in 2015 to 63 in 2024. Combined output rose from 483 in 2015 to 902 in 2024.\n',
    passing: 'UTokyo grew from 287 publications with Sweden in 2015 to 638 in 2024, Science Tokyo from 165 in 2015 to 201 in 2024 and Keio from 21 in 2015 to 63 in 2024. Combined output rose from 473 in 2015 to 902 in 2024.\n',
  },
  defaultSeverity: 'error',
  fixable: true,
  tags: ['arithmetic'],
  supersedes: ['dataset-value', 'unverified'],
  // A figure confirmed as a total is no one member's value.
  confirmationSupersedes: ['dataset-value'],
  // A total's judgment reads its sentence and the segments before it in its section (parts, lists, lead-ins), readings
  // kept per segment across versions (their own dependencies pinned), the links (a part the dataset corrects, a period's
  // yearly values), every table with its caption and headings (rows named in a later section): cagr's globals; and the
  // paragraphs up to two (three under a table) segments beside its segment or its table, across a heading, for a note
  // that the parts overlap (overlap.ts). After an edit it judges the totals of the edit's sections and of the segments
  // within three of them (whole tables), the only claims whose neighbours reach the edit's sections.
  bySection: { globals: (doc, dataset) => changeGlobals(doc, dataset), judged: (doc, scope) => widenedScope(doc, scope, 3) },
  check(outer) {
    // Claims judged by the readings below; a whole the dataset holds for a group ("the ten institutes") reads the rest.
    const judged = new Set<number>();
    const context = noteJudged(outer, judged);
    // The totals judged: those of the segments above after an edit, else all (each judge() also asks).
    const inRead = claimsRead(outer);
    const { from, to } = segmentRange(outer);
    // The group readings leave out a claim judged here, and, after an edit, a claim outside the segments above.
    const leftOut = { has: (start: number) => judged.has(start) || !inRead({ start }) };
    const statements = growthStatements(context.doc);
    statements.forEach((combined, index) => {
      if (!combined.combined || (!inRead(combined.initial) && !inRead(combined.final))) return;
      // "the four Baltic institutes published 753": two statements before it are not all four parts.
      const named = NAMED_COUNT.exec(context.doc.text.slice(combined.sentence.start, combined.sentence.end));
      const wanted = named ? (COUNT_WORDS[named[1]!.toLowerCase()] ?? Number(named[1])) : undefined;
      const parts = partsBefore(context, statements, index, wanted);
      if (wanted !== undefined && wanted !== parts.length) return;
      if (!named && otherWhole(context, combined, parts)) return;
      // "UICS and CIOQ together put out 1,568 papers" below bullets on IAV and CIOQ: a statement of an entity the combined
      // sentence does not name is no part of it.
      if (!partsOfNamed(combined, parts)) return;
      // "UTokyo … from 287 to 638, and Keio's tripled from a small base. Science Tokyo … from 165 to 201.": a member
      // named among the parts without figures of its own leaves the parts short of the whole.
      if (parts.length >= 2 && !named && memberWithoutPart(context.doc, context.dataset, combined, parts)) return;
      if (parts.length >= 2) {
        // Parts of another period are no parts of this one ("117 in 2016 … 456 in 2025" before "9 in 2021, 11 in 2022").
        // A part or a combined statement without years reads the other's ("…, Science Tokyo from 165 to 201", "Add the
        // three together and output rose from 473 papers to 920 over the decade").
        const otherYear = (part?: NumberToken, whole?: NumberToken) => part !== undefined && whole !== undefined && part.value !== whole.value;
        if (parts.some((p) => otherYear(p.initialYear, combined.initialYear) || otherYear(p.finalYear, combined.finalYear))) return;
        // "(119 to 134) … from 17.6 to 35.1, and … its visits in total, from 2.1 thousand to 4.7 thousand": parts in
        // another scale or currency than the combined statement count something else (posts, visits per head).
        const unlike = (a: NumberToken, b: NumberToken) => a.scale !== b.scale || a.currency !== b.currency;
        if (parts.some((p) => unlike(p.initial, combined.initial) || unlike(p.final, combined.final))) return;
        // Bullets above a sentence may not be all of what it combines: their sum is then only a suggestion.
        const certain = !(parts[0]!.segment.listItem && !combined.segment.listItem);
        judge(context, combined.initial, parts.map((p) => p.initial), certain);
        judge(context, combined.final, parts.map((p) => p.final), certain);
        return;
      }
      // "In 2015 they produced 287, 165 and 21 …; in 2024 … 638, 201 and 63. Combined output rose from 473 in 2015 to 902 in 2024."
      const previous = context.doc.segments[combined.segment.index - 1];
      const lists = [combined.segment, previous]
        .filter((s): s is NonNullable<typeof s> => s !== undefined && s.kind === 'paragraph')
        .flatMap((s) => enumerations(context, s))
        .filter((l) => l.parts[l.parts.length - 1]!.end <= combined.initial.start || l.segment !== combined.segment);
      for (const [stated, year] of [[combined.initial, combined.initialYear], [combined.final, combined.finalYear]] as const) {
        if (!year) continue;
        const match = lists.filter((l) => l.year === year.value);
        if (match.length === 1) judge(context, stated, match[0]!.parts);
      }
    });
    // Each segment's lists and bracketed parts: read of the segment and the text just after it, so kept across versions
    // (across-versions.ts), only the scope and the segments that gave some read after an edit, not every segment.
    const sums = acrossVersionsEach(context.doc, 'total-lists', [], maySum, (segment) => segmentSums(context, segment), movedWithSegment);
    for (const read of sums) {
      for (const { segment, lists, bracketed } of read) {
        for (const list of lists) {
          if (list.total && list.hedged) judgeHedged(context, list.total, list.parts, list.hedged);
          else if (list.total) judge(context, list.total, list.parts);
        }
        // "China (24) and the United States (22) together hold 51": parts in brackets after their names (a suggestion).
        if (segment.kind !== 'paragraph') continue;
        for (const { parts, total } of bracketed) if (!lists.some((l) => l.total === total)) judge(context, total, parts, false);
      }
    }
    for (let s = from; s <= to; s++) {
      const segment = context.doc.segments[s]!;
      if (!segmentHas(segment, PLUS) || !segmentHas(segment, EQUALS)) continue;
      for (const m of segment.text.matchAll(EQUATION)) {
        const at = segment.start + m.index!;
        const totalFirst = m[1] !== undefined;
        // The total is the figure right beside "=" (with its scale, which the match leaves out: "= 36.8 million"); the
        // parts are the run of figures joined by "+" next to it ("7. 17.5 + 14.6 + 4.7": not the item number).
        const totalText = totalFirst ? m[1]! : m[4]!;
        const totalAt = totalFirst ? at : at + m[0].length - totalText.length;
        const partsText = totalFirst ? m[2]! : m[3]!;
        const partsAt = totalFirst ? at + m[0].length - partsText.length : at;
        const totalToken = segment.tokens.find((t) => t.kind === 'plain' && t.start >= totalAt && t.start < totalAt + totalText.trimEnd().length);
        const figures = segment.tokens.filter((t) => t.kind === 'plain' && t.start >= partsAt && t.end <= partsAt + partsText.length);
        const joined = (i: number) => /^\s*\+\s*$/.test(context.doc.text.slice(figures[i]!.end, figures[i + 1]!.start));
        let first = totalFirst ? 0 : figures.length - 1;
        let last = first;
        if (totalFirst) while (last + 1 < figures.length && joined(last)) last++;
        else while (first > 0 && joined(first - 1)) first--;
        const chain = figures.slice(first, last + 1);
        if (!totalToken || chain.length < 2) continue;
        judge(context, totalToken, chain);
      }
    }
    // Parts read across sentences: the sum is certain, but which figures the author meant is a reading, so only a suggestion.
    // "a combined 540 ship days: A 213, B 163 …": the named parts listed right after the total, read before parts
    // from earlier sentences; a part may be the typo, so a suggestion.
    // A paragraph after it that introduces a table or list (ends with ":") speaks of that, not of these parts.
    const listed = labelledListTotals(context.doc).filter((c) => {
      if (!inRead(c.total)) return false;
      const around = neighbours(context.doc, c.segment.index, c.segment.index).filter((s) => s.index < c.segment.index || !/:\s*$/.test(s.text));
      return !statesOverlap(context.dataset, [c.segment, ...around]);
    });
    for (const claim of listed) judge(context, claim.total, claim.parts, false);
    const read = new Set(listed.map((c) => c.total.start));
    const counted = countedTotals(context.doc, context.dataset, { from, to }).filter((c) => !read.has(c.total.start) && inRead(c.total));
    for (const claim of counted) judge(context, claim.total, claim.parts, false);
    for (const c of counted) read.add(c.total.start);
    for (const claim of namedTotals(context.doc)) if (!read.has(claim.total.start)) judge(context, claim.total, claim.parts, false);
    // "Capital works, staff costs and energy together took 61.1%" after the split that gives each its share: a reading, so a suggestion.
    for (const claim of namedSharesTotals(context.doc, context.dataset, { from, to })) if (!read.has(claim.total.start) && !judged.has(claim.total.start)) judge(context, claim.total, claim.parts, false);
    // Rows of a table named in the prose after it: which rows are meant is a reading, so the new sum is a suggestion.
    for (const group of rowGroups(context.doc, { from, to })) if (group.stated && inRead(group.stated)) judge(context, group.stated, group.parts, false);
    // Only the links of the segments read (each link is read alone; the test of its claim stays).
    for (const sum of periodSums(context.doc, context.dataset, linksOfSegments(context.links(), outer.scope && { from, to }), inRead)) judgePeriod(context, sum);
    for (const sum of listSums(context.doc, { from, to })) {
      if (inRead(sum.total) && !statesOverlap(context.dataset, sum.around)) judge(context, sum.total, sum.parts);
    }
    for (const sum of tableSums(context.doc, (table) => readsTable(outer, table))) {
      if (!inRead(sum.total)) continue;
      // A count whose row's share fits it once the gap is added: that count is the slip, not the Total the shares bear out.
      if (sum.view.total?.token === sum.total && tableSlips(sum.view).countSlips.size === 1) continue;
      const cells = sum.view.table.cells.flat();
      const around = [sum.view.caption, ...neighbours(context.doc, Math.min(...cells), Math.max(...cells))];
      if (!statesOverlap(context.dataset, around.filter((s): s is AnalysedSegment => s !== undefined))) judge(context, sum.total, sum.parts);
    }
    // "Together the three institutes logged 1,649 days": the group's size names how many of the figures just before are
    // its parts; which figures the author meant is a reading, so a suggestion.
    for (const claim of groupSums(context.doc, context.dataset, { from, to })) {
      if (judged.has(claim.total.start) || read.has(claim.total.start) || !inRead(claim.total)) continue;
      if (!statesOverlap(context.dataset, [claim.segment, ...neighbours(context.doc, claim.segment.index, claim.segment.index)])) judge(context, claim.total, claim.parts, false);
    }
    // A last row the fixed labels do not vouch for, shown by the table to sum its rows (another column adds up exactly).
    for (const sum of evidencedTotals(context.doc, (table) => readsTable(outer, table))) {
      if (judged.has(sum.total.start) || !inRead(sum.total)) continue;
      const cells = sum.view.table.cells.flat();
      const around = [sum.view.caption, ...neighbours(context.doc, Math.min(...cells), Math.max(...cells))];
      if (!statesOverlap(context.dataset, around.filter((s): s is AnalysedSegment => s !== undefined))) judge(context, sum.total, sum.parts, false);
    }
    checkGroupTotals(outer, leftOut);
    // "…, which together came to USD 263.3 million." above a table of the parts and their Total row; a suggestion.
    checkProseTableTotals(context, leftOut);
  },
};

/** What the loop over segments reads of one: its lists (enumerations) and, in a paragraph, its parts in brackets. */
interface SegmentSums {
  segment: AnalysedSegment;
  lists: Enumeration[];
  bracketed: BracketedParts[];
}

/** A segment that may hold a list or parts in brackets: content and kind only (acrossVersionsEach's gate). */
const maySum = (segment: AnalysedSegment): boolean => segment.kind === 'paragraph' || hasAdjacentParts(segment.tokens);

function segmentSums(context: RuleContext, segment: AnalysedSegment): readonly SegmentSums[] {
  const lists = enumerations(context, segment);
  const bracketed = segment.kind === 'paragraph' ? bracketedParts(context.doc, segment) : [];
  return lists.length === 0 && bracketed.length === 0 ? [] : [{ segment, lists, bracketed }];
}

interface Enumeration {
  segment: AnalysedSegment;
  parts: NumberToken[];
  /** The year of its clause ("in 2015 … 287, 165 and 21"). */
  year?: number;
  /** "…, 912 in all" / "a total of 912" in the same sentence. */
  total?: NumberToken;
  /** The total is given roughly ("some 4,300 in all"): it is held to its own rounding, and gets no fix. */
  hedged?: boolean | 'lower' | 'upper';
}

/**
 * Between two parts: ", ", " and ", or a few words naming the first part ("490 international and 105 domestic"), or
 * its name in brackets ("USD 196.3 million (PPMWA) and USD 15.2 million (BTWA)") — a name, not words that make it a
 * subset, a change or a rate of something else ("(of which …)", "(up 4%)", "(per head)").
 */
const LIST_GAP = /^(?:\s+[\p{L}’'-]+){0,3}?(?:\s*\((?![^()]*\b(?:of|which|incl\w*|among|within|part|also|both|same|i\.\s?e|e\.\s?g|up|down|from|to|vs|against|per|each|a\s+year|average|mean|est\w*|about|around|roughly|some|over|under|nearly|almost)\b)[\p{L}’'&.\s-]{1,40}\))?\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/iu;
/** Between two parts of a list of yearly figures: a few words, the first part's year, and ", " or " and ". */
const YEARED_GAP = /^(?:\s+[\p{L}’'-]+){0,3}?\s+in\s+(?:19|20)\d\d\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/u;
/** The last part's own year right after it. */
const OWN_YEAR_AFTER = /^\s+in\s+((?:19|20)\d\d)\b/;
const TOTAL_BEFORE = /\b(?:total(?:ling|led|ed|s)?|combined|altogether|in all|sum(?:ming|s|med)? to|a total of|together|add(?:s|ed)? up to)\s*:?\s*$/i;
const TOTAL_AFTER = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:in (?:all|total)|altogether|combined|together)\b/iu;

/** How far past a count the reading of a total looks ("… 595 in all"): the text a segment's enumerations read beyond it. */
const TOTAL_AFTER_WIDTH = 30;

/** An enumeration with its tokens as indices into its segment's tokens: the same for the segment wherever it sits. */
interface RelativeEnumeration {
  parts: number[];
  year?: number;
  total?: number;
  hedged?: boolean | 'lower' | 'upper';
}

/**
 * Lists of two or more plain counts of one sentence: "287, 165 and 21". Read from the segment and the few characters
 * after it, so they are kept with the segment's analysis and reused while those are unchanged (a keystroke elsewhere).
 */
function enumerations(context: RuleContext, segment: AnalysedSegment): Enumeration[] {
  // A list is two or more plain figures in a row: a segment without two adjacent ones holds none, and is not split
  // into sentences for nothing (most segments of a document).
  if (!hasAdjacentParts(segment.tokens)) return [];
  const after = context.doc.text.slice(segment.end, segment.end + TOTAL_AFTER_WIDTH);
  const relative = segment.reuse<RelativeEnumeration[]>('enumerations', [after], () => {
    const index = new Map(segment.tokens.map((t, i) => [t, i]));
    return findEnumerations(context, segment).map(({ parts, year, total, hedged }) => ({ parts: parts.map((t) => index.get(t)!), year, total: total === undefined ? undefined : index.get(total), hedged }));
  });
  return relative.map((e) => ({ segment, parts: e.parts.map((i) => segment.tokens[i]!), year: e.year, total: e.total === undefined ? undefined : segment.tokens[e.total], hedged: e.hedged }));
}

function findEnumerations(context: RuleContext, segment: AnalysedSegment): Enumeration[] {
  const text = context.doc.text;
  const out: Enumeration[] = [];
  for (const { sentence, tokens } of sentenceTokens(segment)) {
    const semicolons = clauseBounds(text, sentence);
    for (let i = 0; i < tokens.length; i++) {
      const parts = [tokens[i]!];
      while (i + 1 < tokens.length && isPart(tokens[i + 1]!) && isPart(parts[0]!) && sameUnit(parts[0]!, tokens[i + 1]!) && LIST_GAP.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start)) && !isTotal(text, sentence.start, tokens[i + 1]!)) parts.push(tokens[++i]!);
      // "9 doctorates in 2021, 11 in 2022 … and 19 in 2025": each part with its own year, stepped over.
      if (parts.length === 1 && isPart(parts[0]!)) {
        const years: number[] = [];
        while (i + 2 < tokens.length && tokens[i + 1]!.yearLike && isPart(tokens[i + 2]!) && YEARED_GAP.test(text.slice(tokens[i]!.end, tokens[i + 2]!.start)) && !isTotal(text, sentence.start, tokens[i + 2]!)) {
          years.push(tokens[i + 1]!.value);
          parts.push(tokens[(i += 2)]!);
        }
        const last = OWN_YEAR_AFTER.exec(text.slice(tokens[i]!.end, tokens[i]!.end + 10));
        // Every part needs its own year, each year once: otherwise the figures are not one measure year by year.
        if (parts.length >= 2 && last && new Set([...years, Number(last[1])]).size === parts.length) {
          // The total is the next figure after the last year ("…, a total of 76", ": 76 in all").
          const next = tokens.slice(i + 1).find((t) => !t.yearLike);
          // The same guards as any list's total, and the total in the parts' clause ("35 in 2025 and 33 in 2024; over the
          // decade it started 267 in all" totals other years).
          const claim = next && isPart(next) && isTotal(text, sentence.start, next) && !text.slice(tokens[i]!.end, next.start).includes(';') ? claimedTotal(text, sentence, parts, next, [next]) : false;
          if (claim) out.push({ segment, parts, total: next, ...(claim === 'hedged' ? { hedged: true } : claim === 'lower' || claim === 'upper' ? { hedged: claim } : {}) });
          continue;
        }
        // Not a list of yearly figures: nor is any tail of it.
        if (parts.length > 1) continue;
      }
      if (parts.length < 2) continue;
      // "between USD 5.1 million (Musanze) and USD 16.4 million (Bishoftu) each": the ends of a range, not parts.
      if (parts.length === 2 && (RANGE_BEFORE.test(text.slice(Math.max(sentence.start, parts[0]!.start - 30), parts[0]!.start)) || EACH_AFTER.test(text.slice(parts[1]!.end, parts[1]!.end + 40)))) continue;
      const clauseStart = semicolons.before(parts[0]!.start);
      const clauseEnd = semicolons.after(parts[parts.length - 1]!.end);
      const clause = tokens.slice(firstAtOrAfter(tokens, clauseStart), firstAtOrAfter(tokens, clauseEnd));
      const years = clause.filter((t) => t.yearLike && t.end <= clauseEnd);
      const rest = clause.filter((t) => t.start > parts[parts.length - 1]!.end && t.end <= clauseEnd && isPart(t));
      const found = rest.find((t) => isTotal(text, sentence.start, t) || (t === rest[0] && CAME_TO.test(text.slice(parts[parts.length - 1]!.end, t.start))));
      let claim = found && claimedTotal(text, sentence, parts, found, rest);
      let total = claim ? found : undefined;
      // "NINS teamed up with 490 international and 105 domestic institutions in 2015. That's 615 partner institutions for
      // one organisation.": the next sentence refers back and states the parts' count of the same noun.
      if (!total && rest.length === 0 && clauseEnd >= sentence.end - 1) {
        const next = referredTotal(text, segment, sentence, parts);
        claim = next ? claimedTotal(text, next.sentence, parts, next.total, [next.total]) : false;
        total = claim ? next!.total : undefined;
      }
      out.push({ segment, parts, year: years.length === 1 ? years[0]!.value : undefined, total, ...(claim === 'hedged' ? { hedged: true } : claim === 'lower' || claim === 'upper' ? { hedged: claim } : {}) });
    }
  }
  return out;
}

/** A sentence that opens by referring back to state a count: "That's 615", "That makes 615", "This is a total of 615". */
const REFERRED_TOTAL_BEFORE = /^[\s*_>-]*(?:that|this)(?:['’]s|\s+(?:is|was|makes|made|gives|gave))\s+(?:a\s+total\s+of\s+)?$/i;
/** The plural noun a figure counts, within a few words after it: "105 domestic institutions" → "institutions". */
function countedNoun(text: string, t: NumberToken): string | undefined {
  return /^(?:\s+[\p{Ll}-]+){0,2}?\s+(\p{Ll}[\p{L}-]*s)\b/u.exec(text.slice(t.end, t.end + 50))?.[1];
}

/** The total a sentence right after the parts' states by referring back, of the same counted noun; or undefined. */
function referredTotal(text: string, segment: AnalysedSegment, sentence: Span, parts: readonly NumberToken[]): { sentence: Span; total: NumberToken } | undefined {
  const at = segment.sentences.findIndex((x) => x.start === sentence.start);
  const next = at >= 0 ? segment.sentences[at + 1] : undefined;
  if (!next) return undefined;
  const total = segment.tokens.find((t) => t.start >= next.start && t.end <= next.end && !t.yearLike);
  if (!total || !isPart(total) || !REFERRED_TOTAL_BEFORE.test(text.slice(next.start, total.start))) return undefined;
  const noun = countedNoun(text, parts[parts.length - 1]!);
  return noun !== undefined && countedNoun(text, total) === noun ? { sentence: next, total } : undefined;
}

/** Before the first of two figures, words that make them the ends of a range: "between", "ranging from". */
const RANGE_BEFORE = /\b(?:between|rang(?:e|es|ed|ing)\s+from)\s+(?:(?:about|around|some|roughly|nearly|almost|just)\s+)?(?:[A-Z]{3}\s+|[$€£¥]\s*)?$/;
/** After the last figure (and its bracket), "each": figures of single members, not parts of a sum. */
const EACH_AFTER = /^(?:\s+(?:million|billion|thousand|bn|m|k))?\s*(?:\([^)]*\)\s*)?each\b/i;

/** "a total of 695", "695 in all", "together 695". */
function isTotal(text: string, sentenceStart: number, t: NumberToken): boolean {
  return TOTAL_BEFORE.test(text.slice(Math.max(sentenceStart, t.start - 20), t.start)) || TOTAL_AFTER.test(text.slice(t.end, t.end + TOTAL_AFTER_WIDTH));
}

/** Where the clause around an offset starts and ends: the semicolons of the sentence, found by bisection. */
function clauseBounds(text: string, sentence: { start: number; end: number }): { before(offset: number): number; after(offset: number): number } {
  const marks: number[] = [];
  for (let i = text.indexOf(';', sentence.start); i !== -1 && i < sentence.end; i = text.indexOf(';', i + 1)) marks.push(i);
  const firstFrom = (offset: number) => {
    let lo = 0;
    let hi = marks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (marks[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    before: (offset) => {
      const i = firstFrom(offset) - 1;
      return i >= 0 ? marks[i]! + 1 : sentence.start;
    },
    after: (offset) => marks[firstFrom(offset)] ?? sentence.end,
  };
}

function hasAdjacentParts(tokens: readonly NumberToken[]): boolean {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (isPart(tokens[i]!) && (isPart(tokens[i + 1]!) || (tokens[i + 1]!.yearLike && i + 2 < tokens.length && isPart(tokens[i + 2]!)))) return true;
  }
  return false;
}

/** A part: a count, or a sum of money (acc-parts9); the parts of one list are of one unit (sameUnit). */
function isPart(t: NumberToken): boolean {
  return (t.kind === 'plain' || t.kind === 'currency') && !t.yearLike;
}

/** Two figures of one unit: both counts, or money of one currency; and of one scale ("2.5 million" and "800,000" are not). */
function sameUnit(a: NumberToken, b: NumberToken): boolean {
  return a.kind === b.kind && a.currency === b.currency && a.scale === b.scale;
}

/** Before a total: a bound ("more than 260 in all"), or a larger whole the parts are of ("of the 400 … in all", "out of"). */
const NOT_THE_SUM_BEFORE = /\b(?:(?<!\b(?:total|sum|totals|sums)\s+)of|from|among)\s+(?:the\s+|a\s+|its\s+|their\s+)?$/i;
/** Before a total: a bound, which the sum must keep ("more than 240 in all", "under 300 altogether"). */
const LOWER_BOUND = /\b(?:over|more\s+than|at\s+least|upwards\s+of|in\s+excess\s+of)\s+$|>\s*$/i;
const UPPER_BOUND = /\b(?:under|fewer\s+than|less\s+than|at\s+most|(?<!\b(?:add|adds|added|adding|summ?(?:s|ed|ing)?|totall?(?:ed|ing))\s+)up\s+to|below|not\s+quite)\s+$|<\s*$/i;
/** Before a total: a hedge ("some 4,300 in all"), so the total is only as exact as its rounding. */
const HEDGED_TOTAL = /\b(?:about|around|roughly|nearly|almost|approximately|some|close\s+to|an\s+estimated|estimated)\s+(?:the\s+|a\s+)?$|[~≈]\s*$/i;
/** Between the parts and the total: another time or a comparison ("against 230 in all in 2023", "than"), or a subset. */
const NOT_THE_SUM_BETWEEN = /\b(?:against|compared|versus|vs|than|whereas|while|but|up\s+from|down\s+from|before|after|out\s+of|part\s+of|share\s+of|of\s+which|of\s+whom)\b/i;
/** After the parts: each is a rate, so their sum is no total ("120, 80 and 50 tonnes a year, 750 in all"). */
const RATE_PARTS = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:a|per|each|every)\s+(?:year|month|week|day|annum)\b|^\s*(?:[\p{L}-]+\s+){0,2}?(?:annually|yearly|monthly|on\s+average)\b/iu;
/** Opening the list: "Of the 120, 80 and 50 tonnes harvested, 60 in all …" names a whole the total is a part of. */
const OF_THE_PARTS = /(?:^|[,;:]\s*)[\s*_]*(?:of|among)\s+(?:the\s+|these\s+|those\s+)?$/i;
/** After the total, in its sentence: the author says the parts overlap ("as some do two jobs", "counted twice"). */
const OVERLAP_AFTER = /\b(?:overlap\w*|two\s+jobs|more\s+than\s+one|counted\s+twice|double[- ]count\w*|both\b)/i;

/** Right after a total, its words aside ("in all", "combined"): a member added to the parts ("92 in all with IAV", "60 in total including administration"). */
const ADDED_AFTER = /^[\s,—–-]*(?:(?:[\p{L}-]+\s+){0,2}?(?:in\s+(?:all|total)|altogether|combined|together)\b[\s,—–-]*)?(?:(?:if|when|once)\s+)?(?:(?:together|along)\s+with|with|including|incl\.|plus|counting|besides|on\s+top\s+of|as\s+well\s+as)\b/iu;
/** "5,954 in all, with the University of Tokyo alone on 65.5%": a "with" that singles out one of the parts adds none. */
const PART_AFTER = /^[\s,—–-]*(?:(?:[\p{L}-]+\s+){0,2}?(?:in\s+(?:all|total)|altogether|combined|together)\b[\s,—–-]*)?with\s+(?:[\p{L}’'.–-]+\s+){1,6}?(?:alone|accounting\s+for|contributing|responsible\s+for)\b/iu;
/** Right after a total: a group it is the total of ("192 altogether across the ten", "a total of 192 across all institutes", "for the whole region"). */
const GROUP_AFTER = /^[\s,—–-]*(?:(?:[\p{L}-]+\s+){0,2}?(?:in\s+(?:all|total)|altogether|combined|together)\b[\s,—–-]*)?(?:[\p{L}-]+\s+){0,2}?(?:across|among|for|in|at|of|from|by)\s+(?:(all)\s+(?:the\s+|its\s+|their\s+)?|the\s+(?:whole\s+|entire\s+)?|its\s+|their\s+)(?:(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b|(region|country|network|sector|system|nation|continent)\b)?/iu;
const SIZE_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

/**
 * Whether the words right after a total make it the total of more than its parts: a member added ("with IAV"), a group
 * of another size than the parts ("across the ten" after three parts), all of a kind ("across all institutes") or a
 * whole region ("for the whole region").
 */
function widerAfter(after: string, parts: number): boolean {
  if (ADDED_AFTER.test(after) && !PART_AFTER.test(after)) return true;
  const m = GROUP_AFTER.exec(after);
  if (!m) return false;
  const size = m[2] === undefined ? undefined : (SIZE_WORDS[m[2].toLowerCase()] ?? Number(m[2]));
  if (size !== undefined) return size !== parts;
  return m[1] !== undefined || m[3] !== undefined;
}

/**
 * Whether a figure a total word marks is the sum of the list before it (acc-parts9): the first figure after the list, of
 * its unit (money of one currency and scale), no smaller than any part, not hedged, not a larger whole the parts are of,
 * not another year's or a compared figure, not of parts that are rates or said to overlap.
 */
function claimedTotal(text: string, sentence: Span, parts: readonly NumberToken[], total: NumberToken, rest: readonly NumberToken[]): boolean | 'hedged' | 'lower' | 'upper' {
  const last = parts[parts.length - 1]!;
  if (total !== rest[0] || !sameUnit(parts[0]!, total) || parts.some((p) => p.value > total.value || p.style.sign !== '')) return false;
  if (NOT_THE_SUM_BEFORE.test(text.slice(Math.max(sentence.start, total.start - 25), total.start))) return false;
  if (NOT_THE_SUM_BETWEEN.test(text.slice(last.end, total.start).replace(/\b(?:more|fewer|less)\s+than\s+$/i, '')) || RATE_PARTS.test(text.slice(last.end, last.end + 40))) return false;
  if (OF_THE_PARTS.test(text.slice(sentence.start, parts[0]!.start))) return false;
  if (OVERLAP_AFTER.test(text.slice(total.end, sentence.end))) return false;
  if (widerAfter(text.slice(total.end, sentence.end), parts.length)) return false;
  const before = text.slice(Math.max(sentence.start, total.start - 25), total.start);
  return HEDGED_TOTAL.test(before) ? 'hedged' : LOWER_BOUND.test(before) ? 'lower' : UPPER_BOUND.test(before) ? 'upper' : true;
}

/** How far a hedged total may be from the sum: half its own rounding step (trailing zeros, decimals), and at least 3%. */
const HEDGED_TOTAL_SHARE = 0.03;

/** A part given roughly ("hosts about 1,800"): the sum is rough too, whatever digits the total shows. */
function roughParts(text: string, parts: readonly NumberToken[]): boolean {
  return parts.some((p) => HEDGED_TOTAL.test(text.slice(Math.max(0, p.start - 25), p.start)));
}

/** Whether a total shows that it is rounded: a trailing zero, or two significant digits or fewer ("4,300", "90", "2.8", "45"). */
function shownRounded(stated: NumberToken, zeros: number): boolean {
  if (zeros > 0) return true;
  const digits = String(Math.round(Math.abs(stated.value) * 10 ** Math.max(0, stated.decimals))).replace(/^0+/, '');
  return digits.length <= 2;
}

/** "120, 80 and 50 tonnes, some 300 in all": wrong only beyond the total's rounding; the new sum is a suggestion (acc-parts9). */
function judgeHedged(context: RuleContext, stated: NumberToken, parts: readonly NumberToken[], kind: true | 'lower' | 'upper'): void {
  if (!judges(context, stated)) return;
  if (parts.some((p) => p.kind !== stated.kind)) return;
  const sum = parts.reduce((acc, p) => acc + p.value, 0);
  const zeros = stated.decimals > 0 ? -stated.decimals : (/0*$/.exec(String(Math.round(Math.abs(stated.value))))?.[0].length ?? 0);
  // A hedge widens only a figure that shows its rounding ("some 4,300", "about 90"): "some 605" is written to the unit,
  // so it is held to its last digit like any total (acc-sum13).
  const room = Math.max(0.5 * 10 ** zeros, shownRounded(stated, zeros) || roughParts(context.doc.text, parts) ? HEDGED_TOTAL_SHARE * sum : 0) + parts.reduce((acc, p) => acc + (p.decimals > 0 ? 0.5 * 10 ** -p.decimals : 0), 0);
  // A bound ("more than 240 in all") holds when the sum keeps it, to the parts' rounding.
  const slack = parts.reduce((acc, p) => acc + (p.decimals > 0 ? 0.5 * 10 ** -p.decimals : 0), 0);
  const holds = kind === 'lower' ? sum + slack >= stated.value - 1e-9 : kind === 'upper' ? sum - slack <= stated.value + 1e-9 : Math.abs(stated.value - sum) <= room + 1e-9;
  const reason = `total = ${parts.map((p) => formatNumber(p.value, 4)).join(' + ')} = ${formatNumber(sum, 4)}; ${kind === true ? `a rough total allows ±${formatNumber(room, 4)}` : `a ${kind === 'lower' ? 'lower' : 'upper'} bound of ${stated.text}`}`;
  if (holds) {
    context.verified(stated, reason);
    return;
  }
  const newText = formatLike(sum, stated, Math.max(stated.decimals, ...parts.map((p) => p.decimals)));
  context.report({
    range: { start: stated.start, end: stated.end },
    message: `Total stated as ${kind === true ? 'roughly' : kind === 'lower' ? 'more than' : 'less than'} ${stated.text}, but the parts ${parts.map((p) => p.text).join(' + ')} add up to ${newText}.`,
    stated: stated.text,
    expected: newText,
    reason,
    related: parts.map((p) => ({ range: { start: p.start, end: p.end }, message: `part ${p.text}` })),
    suggestions: [{ title: `Change the total to ${newText}`, edits: [{ range: { start: stated.start, end: stated.end }, newText }] }],
    data: { parts: parts.map((p) => p.value), sum },
  });
}

/** "the sum of 638, 201 and 63 came to 912": the total right after the list's last part, named by its verb. */
const CAME_TO = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:came|come|comes|amounted|amount|amounts)\s+to\s+$/iu;

/** The parts of a combined statement: earlier statements in its paragraph, else those of the paragraph before it. */
const NAMED_COUNT = /\b(?:the|all|these|those|its|our|their)\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})(?:\s*(?=[,.;:)])|\s+(?!(?:years|decades|months|editions|periods|points)\b)(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+s\b|\s+(?:together|combined|between\s+them|produced|published|filed|made|had|have|were|are|account(?:ed)?|reached|totall?ed|added|rose|grew|fell|went|climbed|saw|put|got|came|\p{Ll}+ed)\b)/iu;
const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
/** In a combined statement: a member added to its parts, or one taken out ("Combined output, including UICS, rose …"). */
const COMBINED_ADDS = /\b(?:including|incl\.|plus|together\s+with|along\s+with|as\s+well\s+as|besides|counting|excluding|except|other\s+than)\b/i;
/** In a combined statement: a wider whole than its parts ("output of all institutes", "the region's", "the Andean institutes'"). */
const COMBINED_WIDER = /\b(?:all|whole|entire|region(?:al)?|nationwide|sector|network)\b|\b\p{Lu}[\p{L}-]+\s+(?:institutes|institutions|stations|universities|centres|centers|laboratories|labs|observatories|agencies|utilities|operators|members|companies|firms)\b/u;

/**
 * Whether a combined statement that names no size ("Combined output rose …") speaks of more or other than its parts: a
 * member added or left out, a wider whole, or another measure than the parts' ("Their combined papers" after trials).
 */
function otherWhole(context: RuleContext, combined: GrowthStatement, parts: readonly GrowthStatement[]): boolean {
  const said = context.doc.text.slice(combined.sentence.start, combined.sentence.end);
  if (COMBINED_ADDS.test(said) || COMBINED_WIDER.test(said)) return true;
  const measures = (s: GrowthStatement) => new Set(s.segment.metrics.filter((m) => m.start >= s.sentence.start && m.end <= s.sentence.end).map((m) => m.id));
  const own = measures(combined);
  const theirs = new Set(parts.flatMap((p) => [...measures(p)]));
  return own.size > 0 && theirs.size > 0 && ![...own].some((id) => theirs.has(id));
}

function partsBefore(context: RuleContext, statements: readonly GrowthStatement[], index: number, wanted?: number): GrowthStatement[] {
  const combined = statements[index]!;
  const same = statements.slice(0, index).filter((s) => s.segment === combined.segment && !s.combined);
  const previousSegment = context.doc.segments[combined.segment.index - 1];
  if (same.length >= 2) {
    // "UTokyo … from 287 to 638." then "Science Tokyo's rose from 165 to 201 and Keio's from 21 to 63. The combined total
    // grew from 473 to 902": a paragraph of parts may go on from the one before; with its parts one of the sums holds.
    const above = previousSegment && previousSegment.kind === 'paragraph' && !previousSegment.listItem && previousSegment.heading === combined.segment.heading ? statements.filter((s) => s.segment === previousSegment && !s.combined) : [];
    const wider = [...above, ...same];
    return above.length && eitherSumHolds(wider, combined) ? wider : same;
  }
  if (!previousSegment || previousSegment.kind !== 'paragraph' || previousSegment.heading !== combined.segment.heading) return [];
  if (previousSegment.listItem && !combined.segment.listItem) return listParts(context, statements, previousSegment);
  const ownOf = (segment: AnalysedSegment) => statements.filter((s) => s.segment === segment && !s.combined);
  let parts = ownOf(previousSegment);
  // "UTokyo … from 287 in 2015 to 638 in 2024." then "Science Tokyo grew from 165 to 201, and Keio from 21 to 63." then
  // "Combined output rose … from 473 to 902": with no size named, a paragraph of statements just before the parts' may
  // hold parts too; the parts are the wider run when one of its sums holds, and not certain when neither run's does.
  const earlier = wanted === undefined && parts.length > 0 ? context.doc.segments[previousSegment.index - 1] : undefined;
  const more = earlier && earlier.kind === 'paragraph' && !earlier.listItem && earlier.heading === combined.segment.heading ? ownOf(earlier) : [];
  if (more.length > 0) {
    const wider = [...more, ...parts];
    if (eitherSumHolds(wider, combined)) return wider;
    if (!eitherSumHolds(parts, combined)) return [];
  }
  // "Together the three went from 473 to 839" after a paragraph on each member, or two: with the group's size named,
  // the unbroken run of paragraphs of statements before it is read back until it holds that many parts.
  for (let i = previousSegment.index - 1; wanted !== undefined && parts.length > 0 && parts.length < wanted; i--) {
    const segment = context.doc.segments[i];
    if (!segment || segment.kind !== 'paragraph' || segment.listItem || segment.heading !== combined.segment.heading) break;
    const own = ownOf(segment);
    if (own.length === 0) break;
    parts = [...own, ...parts];
  }
  return parts;
}

/** Whether a run of part statements adds up to the combined statement's initial or its final value. */
function eitherSumHolds(parts: readonly GrowthStatement[], combined: GrowthStatement): boolean {
  return sumsTo(parts.map((p) => p.initial), combined.initial) || sumsTo(parts.map((p) => p.final), combined.final);
}

/** Whether parts add up to a stated total within the rounding of its last digit. */
function sumsTo(parts: readonly NumberToken[], total: NumberToken): boolean {
  return Math.abs(parts.reduce((a, p) => a + p.value, 0) - total.value) <= 0.5 * 10 ** -total.decimals + 1e-9;
}

/** The dataset entities a statement's sentence names. */
function namedIn(statement: GrowthStatement): Set<string> {
  const { sentence, segment } = statement;
  return new Set(segment.entities.filter((m) => m.start >= sentence.start && m.end <= sentence.end).map((m) => m.id));
}

/**
 * Whether the sentences of the parts name more members than there are parts: one of them has no statement of its own.
 * Members are entities of the kinds the parts' own names have (a partner country named beside them is none).
 */
function memberWithoutPart(doc: AnalysedDocument, dataset: Dataset, combined: GrowthStatement, parts: readonly GrowthStatement[]): boolean {
  // A part's own member: the last entity named before its first value in its sentence.
  const ownMember = (p: GrowthStatement) => p.segment.entities.filter((m) => m.start >= p.sentence.start && m.end <= p.initial.start).at(-1)?.id;
  const kinds = new Set<string | undefined>(parts.map((p) => dataset.entities.get(ownMember(p) ?? '')?.kind).filter((k) => k !== undefined));
  const start = Math.min(...parts.map((p) => p.sentence.start));
  const from = Math.min(...parts.map((p) => p.segment.index));
  const ids = new Set<string>();
  // Only the segments from the first part's to the combined statement's: no walk of the document per statement.
  for (let i = from; i <= combined.segment.index; i++) {
    for (const m of doc.segments[i]!.entities) if (m.start >= start && m.end <= combined.sentence.start && kinds.has(dataset.entities.get(m.id)?.kind)) ids.add(m.id);
  }
  return ids.size > parts.length;
}

/**
 * Whether every part that names an entity names one of those the combined statement names, when it names two or more
 * (one name alone may be a partner of all the parts: "Sweden-linked output rose from 473 …").
 */
function partsOfNamed(combined: GrowthStatement, parts: readonly GrowthStatement[]): boolean {
  const named = namedIn(combined);
  if (named.size < 2) return true;
  return parts.every((p) => {
    const own = namedIn(p);
    return own.size === 0 || [...own].some((id) => named.has(id));
  });
}

/** The bullets just above a combined statement, each one statement of its own ("- A went from 287 to 638 …"). */
function listParts(context: RuleContext, statements: readonly GrowthStatement[], lastItem: AnalysedSegment): GrowthStatement[] {
  const list = context.doc.lists.find((l) => l.items[l.items.length - 1] === lastItem.index);
  if (!list || list.items.length < 2) return [];
  const parts: GrowthStatement[] = [];
  for (const index of list.items) {
    const own = statements.filter((s) => s.segment.index === index && !s.combined);
    if (own.length !== 1) return [];
    parts.push(own[0]!);
  }
  return parts;
}

/** "3,077 papers in 2020–2024" against the dataset's five yearly values (or its periods that tile it); which facts are meant is a reading, so a suggestion. */
function judgePeriod(context: RuleContext, { stated, years, sum, slack }: PeriodSum): void {
  if (!judges(context, stated)) return;
  const written = years.map((y) => formatNumber(y.value, 4)).join(' + ');
  const from = years[0]!.year;
  const last = years[years.length - 1]!;
  const to = last.label?.slice(-4) ?? last.year;
  const values = years[0]!.label ? `values for ${years.map((y) => y.label).join(', ')}` : 'yearly values';
  if (isConsistentAtPrecision(stated.value, stated.decimals, sum) || Math.abs(stated.value - sum) <= slack + 0.5 * 10 ** -stated.decimals + 1e-9) {
    context.verified(stated, `total ${from}–${to} = ${written} = ${formatNumber(sum, 4)} (dataset, ${years[0]!.label ? 'period by period' : 'year by year'})`);
    return;
  }
  const newText = formatLike(sum, stated, stated.decimals);
  context.report({
    range: { start: stated.start, end: stated.end },
    message: `Total for ${from}–${to} stated as ${stated.text}, but the dataset's ${values} add up to ${newText}.`,
    stated: stated.text,
    expected: newText,
    reason: `total ${from}–${to} = ${written} = ${formatNumber(sum, 4)}`,
    suggestions: [{ title: `Change the total to ${newText}`, edits: [{ range: { start: stated.start, end: stated.end }, newText }] }],
    data: { parts: years.map((y) => y.value), sum },
  });
}

/**
 * "| GAC | 214 |" where the dataset has 226, and "| Total | 3,198 |" where the parts put right add up to 3,576: the Total
 * holds neither with the stated parts nor with the dataset's, so it is a slip of its own. The parts the dataset corrects
 * are no inputs of this finding (their own finding reports them); the new total is a suggestion.
 */
function judgeCorrected(context: RuleContext, stated: NumberToken, parts: readonly NumberToken[], corrections: Corrections, decimals: number): void {
  const values = parts.map((p) => corrections.get(p.start) ?? p.value);
  const sum = values.reduce((acc, v) => acc + v, 0);
  const slack = decimals === 0 ? 0 : parts.reduce((acc, p) => acc + 0.5 * 10 ** -p.decimals, 0.5 * 10 ** -stated.decimals);
  const stray = Math.abs(stated.value - sum);
  // Within rounding of either sum, or near the stated parts' sum: left to the parts' own findings.
  if (isConsistentAtPrecision(stated.value, stated.decimals, sum) || stray < slack + 1e-9) return;
  const newText = formatLike(sum, stated, Math.max(decimals, stated.decimals));
  const fixed = parts.filter((p) => corrections.has(p.start));
  const written = parts.map((p, i) => (corrections.has(p.start) ? `${formatNumber(values[i]!, 4)} (dataset, stated ${p.text})` : formatNumber(p.value, 4)));
  context.report({
    range: { start: stated.start, end: stated.end },
    message: `Total stated as ${stated.text}, but the parts add up to ${newText} once ${fixed.map((p) => p.text).join(', ')} ${fixed.length === 1 ? "takes the dataset's value" : "take the dataset's values"} (and to ${formatNumber(parts.reduce((acc, p) => acc + p.value, 0), 4)} as stated).`,
    stated: stated.text,
    expected: newText,
    reason: `total = ${written.join(' + ')} = ${formatNumber(sum, 4)}`,
    related: parts.filter((p) => !corrections.has(p.start)).map((p) => ({ range: { start: p.start, end: p.end }, message: `part ${p.text}` })),
    suggestions: [{ title: `Change the total to ${newText}`, edits: [{ range: { start: stated.start, end: stated.end }, newText }] }],
    data: { parts: values, sum },
  });
}

function judge(context: RuleContext, stated: NumberToken, parts: readonly NumberToken[], certain = true): void {
  if (!judges(context, stated)) return;
  if (parts.some((p) => p.kind !== stated.kind)) return;
  const sum = parts.reduce((acc, p) => acc + p.value, 0);
  const decimals = Math.max(...parts.map((p) => p.decimals));
  // Parts written with decimals are rounded: each may be off by half its last digit, and so may the total.
  const slack = decimals === 0 ? 0 : parts.reduce((acc, p) => acc + 0.5 * 10 ** -p.decimals, 0.5 * 10 ** -stated.decimals);
  if (isConsistentAtPrecision(stated.value, stated.decimals, sum) || Math.abs(stated.value - sum) < slack - 1e-9 || Math.abs(stated.value - sum) < 1e-9) {
    context.verified(stated, `total = ${parts.map((p) => p.text).join(' + ')} = ${formatNumber(sum)}`);
    return;
  }
  // A part the dataset corrects that, put right, makes the total hold: that part is the error, not the total.
  const corrections = datasetCorrections(context.links(), context.dataset);
  if (correctedPartsExplainTotal(corrections, stated, parts)) return;
  // A total wrong beside a part the dataset corrects (two slips in one column): judged against the parts put right.
  if (parts.some((p) => corrections.has(p.start))) {
    judgeCorrected(context, stated, parts, corrections, decimals);
    return;
  }
  const newText = formatLike(sum, stated, Math.max(decimals, stated.decimals));
  const change = { title: `Change the total to ${newText}`, edits: [{ range: { start: stated.start, end: stated.end }, newText }] };
  context.report({
    range: { start: stated.start, end: stated.end },
    message: `Total stated as ${stated.text}, but the parts ${parts.map((p) => p.text).join(' + ')} add up to ${newText}.`,
    stated: stated.text,
    expected: newText,
    reason: `total = ${parts.map((p) => formatNumber(p.value, 4)).join(' + ')} = ${formatNumber(sum, 4)}`,
    related: parts.map((p) => ({ range: { start: p.start, end: p.end }, message: `part ${p.text}` })),
    // The sum of rounded parts may differ from the true total in its last digit, and parts read from other sentences may
    // not be the ones meant: then the new total is a suggestion.
    ...(slack === 0 && certain ? { fix: change } : { suggestions: [change] }),
    data: { parts: parts.map((p) => p.value), sum },
  });
}

/** Whether a total is judged in this run: after an edit, only those of the segments the rule reads again. */
function judges(context: RuleContext, stated: Span): boolean {
  return claimsRead(context)(stated);
}
