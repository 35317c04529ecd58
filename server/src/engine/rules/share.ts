// Rule share: a stated share must equal part / total, in prose ("70.7% … (638 of 902)") and in tables.
import { LENT_FIX_POLICY, lentSlots, type LentSlot } from '../context/lent-slots.js';
import { linksAt } from '../context/links.js';
import { sharePercent } from '../arithmetic.js';
import { growthStatements } from '../context/growth.js';
import { rowGroups } from '../context/row-groups.js';
import { itemsWithin, sentenceTokens } from '../context/spans.js';
import { single, tableView, type TableView } from '../context/tables.js';
import { yearTotalShares } from '../context/year-totals.js';
import { partShares } from '../context/sums-part-shares.js';
import { describeWordRange, wordShareHolds, wordShares, type WordShare } from '../context/fractions.js';
import { formatLike, isConsistentAtPrecision, roundHalfAwayFromZero, type NumberToken } from '../numbers.js';
import { formatNumber } from './format.js';
import type { AnalysedSegment } from '../analysis.js';
import type { Span } from '../markdown/facts.js';
import type { Rule, RuleContext } from './rule.js';
import type { RelatedLocation } from '../types.js';
import { checkGroupShares, noteJudged } from '../context/parts-group-checks.js';
import { checkMemberShares } from '../context/member-shares.js';
import { segmentHas } from '../context/segment-carry.js';
import { lemma } from '../context/lemma.js';
import { referredWholeShares, slipExplains } from '../context/share-referred-wholes.js';
import { ellipticShares, type EllipticShare } from '../context/share-elliptic-lists.js';
import { clausePairs, clauseShares } from '../context/share-clause-shares.js';
import { impliedWholeShares } from '../context/share-table-wholes.js';
import { tableSlips } from '../context/share-table-slips.js';
import { spelledPartShares } from '../context/share-spelled-parts.js';
import { tableTotalShares } from '../context/share-table-total-rows.js';
import { correctedFiguresExplainShare, datasetCorrections } from '../context/parts-dataset-slips.js';
import { claimsRead, readsTable, segmentRange } from '../section-findings.js';
import { changeGlobals } from './change-globals.js';

const POSSESSIVE = String.raw`(?:[\p{L}’'.-]+(?:\s+[\p{L}’'.-]+){0,3}[’']s?\s+)?`;
const PART_OF_TOTAL = new RegExp(String.raw`^\s+(?:out\s+)?of\s+(?:the\s+|those\s+|these\s+|its\s+|their\s+|all\s+|a\s+total\s+of\s+)?` + POSSESSIVE + '$', 'iu');
/** "Of the 15 pairs in the tables, only 4 (28.6%) …": the whole opens the sentence, the part and its share follow. */
const OPENING_WHOLE = /^[\s*_-]*of\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+|all\s+(?:the\s+)?)?$/i;
const WORD_SHARE_HINT = /\b(?:one|1)\s+(?:in|out of)\s|\b(?:half|thirds?|quarters?|fifths?|tenth)(?:\s+(?:of|the)\b|\s*[.;,)—–]|\s*$)/i;
/** A share in words anywhere in a sentence ("390 (a third)"), for the clause pairs of share-clause-shares. */
const WORD_SHARE_ANY = /\b(?:one|1)\s+(?:in|out of)\s|\b(?:half|thirds?|quarters?|fifths?|tenths?)\b/i;
const SHARE_AFTER_PART = /^\s*(?:\(\s*|,\s*or\s+)$/;
/** Between a part and its share: "638 papers were 70.7% …", "463 of them, still made up 71.8% …", "2.4 million came to 21.2% …", "EUR 61.4 million covered 43.9% …", "31 …, or 52.4% …", "503 (12.0% …". */
const PART_IS = /^\s*(?:of\s+(?:them|these|those)\s*,\s*)?(?:,\s*(?:which|that)\s+)?(?:[\p{L}’'-]+\s+){0,4}(?:were|was|is|are|made up|make up|makes up|accounts? for|accounted for|represent(?:s|ed)?|equal(?:s|led)?|amount(?:s|ed)? to|c(?:a|o)mes? to|constitut(?:e|es|ed)|cover(?:s|ed)?|or)\s+(?:only\s+|just\s+|exactly\s+)?$|^\s*\(\s*$/iu;
const PERCENT_OF_TOTAL = new RegExp(String.raw`^\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?` + POSSESSIVE + '$', 'iu');
/** "25.4% of their combined revenue of EUR 275.6 million": the whole named as a total, its figure after "of". */
const PERCENT_OF_NAMED_TOTAL = /^\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:combined|total|overall|aggregate)\s+(?:[\p{L}-]+\s+){1,2}of\s+$/iu;
/** "54.8% of the total of EUR 150.3 million", "19.4% of the eight orchestras' combined total of 844.1 thousand": "total" as the head noun, its figure after "of". */
const PERCENT_OF_TOTAL_OF = new RegExp(String.raw`^\s+of\s+(?:the\s+|its\s+|their\s+)?` + POSSESSIVE + String.raw`(?:combined\s+|overall\s+|aggregate\s+)?total\s+of\s+$`, 'iu');

/**
 * "Its earned income of EUR 1.01 million covered 34.8% of an operating budget of EUR 3.39 million": a sum of money
 * whose noun names it before its figure, after a share of a part in the same currency and scale.
 */
// (Not "of the ticket revenue of EUR 275.6 million": a whole with "the" may be a narrower or another party's measure.)
const PERCENT_OF_NAMED_AMOUNT = /^\s+of\s+(?:an?|its|their)\s+(?:[\p{L}-]+\s+){1,2}of\s+$/iu;

/** "22 clusters in the 2025 top 100", "77 of the top 100": the whole is the size of a top list. */
const PART_OF_TOP = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:in|of|among)\s+(?:the\s+|its\s+)?(?:\d{4}\s+)?top[\s-]$/iu;
/** "14 of them", "14 of these": the whole is the one count stated before in the sentence. */
const OF_THEM = /^\s+of\s+(?:them|these|those|whom|which)\b/i;
/** "About 200 scientists": a whole given roughly, so a share of it is only roughly known. */
const HEDGED_BEFORE = /\b(?:about|around|roughly|nearly|almost|approximately|some|over|more than|under|fewer than|less than|close to|an estimated)\s+$/i;
/** Whether a figure is given roughly: a hedge in the 20 characters before it, within its sentence (from `floor`). */
function hedgedBefore(text: string, floor: number, t: Span): boolean {
  return HEDGED_BEFORE.test(text.slice(Math.max(floor, t.start - 20), t.start));
}
/** How far a part given roughly in brackets after its share ("41.2% (about USD 29.5 million)") may be off: 2%. */
const ROUGH_PART = 0.02;
/** How far a hedged whole ("about 200") may be from the number written: 10% either way. */
const HEDGED_WHOLE = 0.1;

interface SharePair {
  part: NumberToken;
  total: NumberToken;
  /** The whole was given roughly ("about 200"). */
  hedged?: boolean;
  /** The whole stands in the sentence before: which figure "them" means is a reading, so the new share is a suggestion. */
  across?: boolean;
}

export const share: Rule = {
  id: 'share',
  docs: {
    description: 'A stated share does not equal its part divided by its total.',
    details:
      'In prose, a percentage is checked against a part and a total stated in the same sentence ("70.7% … (638 of 902)", "1,773 papers, of which KTH appears on 1,217 (68.6%) and Lund on 1,210, or 68.2%", "638 of those 902 papers, or 70.7%", "Of the 15 pairs, only 4 (26.7%) …", "its EUR 4.2 million amounted to only 12.0% of the EUR 35.0 million", "its EUR 61.4 million grant covered 43.9% of the EUR 139.8 million cost", "had revenue of EUR 64.5 million and accounted for 23.4% of the combined revenue of EUR 275.6 million" (a whole named as a total — combined, total, overall, aggregate — with its figure after "of"; for sums of money any noun after "an", "its" or "their": "its earned income of EUR 1.01 million covered 34.8% of an operating budget of EUR 3.39 million"): two sums of money in one currency and scale, also "EUR 4.2 million on roads, 35.0% of its EUR 12.0 million budget", "EUR 4.2 million of the EUR 12.0 million budget (35.0%)", "EUR 12.0 million, of which roads took EUR 4.2 million (35.0%)"; a part in words before its share, "Those four are 11.4% of the 35 satellites"; part and whole both in words, `two of its seven galleries (28.6%)`), a part of a top list ("22 clusters in the 2025 top 100, 22% of the list") and rows of the table above named together ("NIMR + KCOD together: 43.8% of ship days", "NIMR and KCOD logged 1,271 days between them, 43.8% of the total"; not "… of them") or one row named alone ("NIMR’s 709 days were 24.4% of the total"), against its Total row (a suggestion only), a part and its share "of the 2024 total" against the one figure of that year that an earlier sentence of the same section states as a total ("In 2024 the 902 papers split like this", "a combined 902 in 2024"; a suggestion only, and nothing when two such figures disagree) or, failing one, the Total row’s cell under the column headed by that year in the one such table above in the section — also "of the regional total" with the sentence’s one year ("CIMA enrolled 360 in 2025 — 1.9% of the regional total"), a part of the one count stated before it ("about 200 took part, 14 of them from KEK, or 7%"; opening a sentence, "Uppsala follows with 99 of them, 28.1%", of the whole of the one "202 of the university’s 428" in the sentence before, a suggestion only; "The south sent 2,011 of them (48.1%)" after "… 4,181 patients, 2,022 of them from the north" takes the one figure of that sentence that is no part of "them"; a whole given roughly, "about 200", allows any whole within 10% of it and gets no fix), and a share of one named part of a whole given only as its two to four parts ("490 international and 105 domestic institutions; international partners were 84.2% of the total", "312 electric and 88 diesel buses. Electric buses make up 78% of its buses": the part its word names over their sum; a suggestion only, and nothing when the parts are hedged, said to be a selection, or the whole is something else). A share in words — "one in four", "half of", "a third of", "two-thirds of", "a quarter of" — is checked against the one part and whole of its sentence (also at the end of its clause in apposition: "108 of the 428, about a third"), at its own precision: a fraction word holds between the midpoints to the fractions next to it (tenth, fifth, quarter, third, two-fifths, half, three-fifths, two-thirds, three-quarters, four-fifths), one point wider for rounding, so "a third" and "about a third" allow 28–38%, "a quarter" 22–30%, "half" 44–56%; "nearly a third" allows the lower midpoint up to a third; "more than half" and "under a quarter" are bounds, wrong only beyond them; "one in N" holds within 5 points (8 when hedged) or when N is the ratio rounded either way; it gets no fix, since the words meant are unknown. In a table with a count column and a share column (plain figures count as percents under a header that gives "%" as their unit and names the whole, "Share of the 35 in 2025 (%)", "% of the ten-institute total", or whose Total row holds 100; a column of amounts with decimals, "Budget (EUR million)", is the count column when the table has no whole counts, and its shares are wrong only when no amounts within half a unit of those written give them, a suggestion only), each row’s share is checked against its count divided by the total, taken from a "Total" row, from the share column’s header ("Share of 4,181", when the table has one count column) or from the caption or heading above the table ("Total Sweden-linked publications 2015–2024: 4,181") — a whole from the header, the caption or the Total row only when half the rows or more agree with it, since otherwise it is not theirs (shares of a national figure beside a Total row of the rows listed) or the wrong column was paired; a header "Share of publications" beside a "Publications" column divides each row’s other count by that row’s own figure. A column "% of target" (“Achieved (% of target)”) beside "Baseline", "Target" and "Actual" columns divides each row’s actual figure by its target, and may pass 100%. A column headed "Capex (% of revenue)" or "Subsidy as % of revenue" beside columns headed "Capex" and "Revenue" divides the one by the other, row by row (nothing when the dataset matches the two figures to facts of different years). A row "All other …" is a remainder, never the total. A share of a group the dataset holds in full ("NIMR accounted for 19.9% of the ten institutes\' combined output in 2025", "ASOI received 27% of all external funding paid to the eleven institutes", "the institute\'s share of all papers from the ten institutes rose from 3.0 per cent in 2015 to 5.0 per cent in 2025") is checked against the sum of their dataset facts for that year or period, the part being the figure stated right before the share or the subject\'s own dataset facts (several named ones only when joined: "together", "+"; a group of one country, "the two Portuguese museums account for 33.8% of all visits to the eight", when the share’s own words name the measure; a subject referred back, "the institute", "the riverside museum", is the one member its paragraph names, or else the one its document\'s title names, as a suggestion), also "of that (2025|regional) total", "of the regional figure", "of combined budgets" or "of all <its measure> that year" right after a sentence of the section that named such a group, and an elliptic ", and B 24.0%" after one of them; a sentence that names no time takes the one year of its paragraph or heading, or, when they name several, the one whose fact of the subject its stated part equals ("its 3,928 thousand nights are 59.6% of the three Austrian destinations\' total"; a suggestion); a share in words of such a group ("half of the ten institutes\' output") is held to the same precision as other word shares, without a fix; never a certain fix, since that the author\'s group is the one the dataset holds is a reading. A share "of that budget", "of it", "of the total" or "of its output" is of the total a sentence just before (or the same sentence, before its part) states ("LUPS published 776 papers in all, so the 497 co-authored papers represent 64.0% of its output"; a suggestion only); so is a share with its own amount in brackets after it, "of it" or, after a verb that takes a share, with nothing after ("… EUR 71.6 million in all. Nordlink took 45.2% (about EUR 29.5 million)": an amount given roughly may be 2% off), and "S% (P) of the W" or "Of the W …, A took S% (P)" in one sentence; a whole split after a colon into labelled parts that add up to it, some with their share in brackets ("230 thousand households in 2025: Chiang Mai 149 thousand (64.8%) and Ubon 81 thousand"; a suggestion only); parts and shares paired by "respectively" ("A and B saw 638 and 63 patients respectively, 70.7% and 7.0% of the 902"; a suggestion, and nothing when the sentence speaks of a change, names two wholes or two years); never "spent 45.2% (EUR 29.5 million) on fuel", a share of its own budget. A new share is a certain fix only when the dataset (or another check that passed) confirms its part and its whole, and, in a table, the counts add up to the Total row; otherwise the count or the whole may be the typo, and the new share is a suggestion, which an editor shows as a quick fix and --fix does not apply. In a table sorted by its shares, a row whose count alone breaks that order while its share keeps it is not reported: the count is the likelier typo. Consistent when equal at the stated precision. A bracketed part and whole (`(638 of 902)`) is the share’s right before the bracket, not the next party’s (`…, Science Tokyo for 22.3%`). Of two share columns headed alike but for their time (“Share 2015”, “Share 2024”), only the one naming the year of the one count column is divided by it, and neither when no year tells them apart. A share in the prose after a table, of its Total row ("the 19 graduates made up 14.0% of all doctorates awarded in 2025", "Grid power remained the main source, at 60.0% of the 2025 total", "A accounted for 34.9% of the 2024 combined output, and B for 7.0%", "its slice of the pool slipped to 26.0% in 2025"), is checked against a row of the nearest table above in the section (its cell stated right before the share, or the row the words before the share name) over the Total row’s cell in the column of the share’s year, or of the whole’s noun when no year is said; a suggestion only, and nothing when the whole is the subject’s own ("of its budget"), names a measure the table does not ("of the train-kilometres" under journeys), or the share has two years; a year after "than", "from" or "since" is the compared time’s ("70.7% of the combined count, ten points more than in 2015": 2024’s), and a row said together with others ("Germany and the other neighbours together make up 46.5%") is not read alone. A group’s share said of the present with no year written ("now", "today", "last year") takes the latest year the dataset holds the measure for (a suggestion only); so does "of all subsidy paid in 2025", "of all households connected last year" (all of a measure in a year, when the document names a group of as many members as the dataset holds it for). A share "of the combined total" of a group named before is read even when those words are a share measure\'s phrase. Pairs after a share in its sentence that give another member\'s figure and share in the same form ("KHI filed 27 of them (20.8%), SAGIC 31 (28.8%) and CBRL 18 (13.8%)") are shares of the same whole (a suggestion only; not a share "of" another whole). A member named right after the group given as the sentence’s scope, with a verb and its share "of" the measure (`Across all eight airports, VYS handled 12.8% of passengers in 2024`), holds that share of the group’s total in the dataset, as a suggestion; not when the sentence names another member. A percent that opens or closes a range (“its share moved between 61% and 73%”) is no one share of a table row; a share after “463 of them” that names a whole of its own (“still made up 71.8% of the brigade’s 645”) is of that whole. A part in words that acts with others (“the three together accounted for 34.6% of the 476,226 cases”) is no count of the whole’s things. A whole referred to with a describing word (“10.0% of the Austrian total”) is the total of a sentence before that states one (“together”, “combined”) and says that word too; a column “Grants as % of box office” is the ratio of the two columns whose headers hold its words. A part followed by ", which is" its share of a whole named as "the total of" its figure ("EUR 73.1 million, which is 48.6% of the total of EUR 150.3 million", "100.2 thousand seats were 11.9% of the eight orchestras’ combined total of 844.1 thousand") is part over whole.' + LENT_FIX_POLICY,
    failing: 'UTokyo’s publications with Sweden, 2015–2024, by Swedish partner:\n\n| Swedish institution | Co-authored publications | Share |\n|---|---:|---:|\n| Stockholm University | 2,022 | 46.4% |\n| Other partners | 2,159 | 51.6% |\n| Total | 4,181 | |\n',
    passing: 'UTokyo’s publications with Sweden, 2015–2024, by Swedish partner:\n\n| Swedish institution | Co-authored publications | Share |\n|---|---:|---:|\n| Stockholm University | 2,022 | 48.4% |\n| Other partners | 2,159 | 51.6% |\n| Total | 4,181 | |\n',
  },
  defaultSeverity: 'error',
  fixable: true,
  tags: ['arithmetic'],
  // A share checked against its stated part and total says more than the GRIM test on the same number.
  supersedes: ['dataset-value', 'granularity', 'unverified'],
  // A share's judgment reads its sentence, the sentences before it in its section (a year's total, a whole referred
  // to, a group named before), the nearest table above in the section, readings kept per segment across versions
  // (their own dependencies pinned), the links (dataset-value's globals: a part or whole the dataset corrects, a pair
  // matched to two years), and beyond its section the document's opening lines (the subject a group share falls back
  // on) and every table with its caption and headings: cagr's globals. After an edit only the shares of the edit's
  // sections are judged; the readings still run over the document (each kept per segment), so the claims they leave
  // to the group readings stay the same.
  bySection: { globals: (doc, dataset) => changeGlobals(doc, dataset) },
  check(outer) {
    // Claims judged by the readings below; a whole the dataset holds for a group ("the ten institutes") reads the rest.
    const judged = new Set<number>();
    const context = noteJudged(outer, judged);
    // The shares judged: those of the edit's sections after an edit, else all.
    const inRead = claimsRead(outer);
    const { from, to } = segmentRange(outer);
    // The group readings leave out a claim judged here, and, after an edit, a claim outside the edit's sections.
    const leftOut = { has: (start: number) => judged.has(start) || !inRead({ start }) };
    // Percents that state a growth rate or a change are not shares.
    const rates = new Set(growthStatements(context.doc).flatMap((s) => [...s.cagr, ...s.change].map((t) => t.start)));
    // Shares of a whole that opens their sentence ("Of the 130 families, KHI filed 27 (20.8%), …"), for the ellipses after them.
    const openings: EllipticShare[] = [];
    for (let s = from; s <= to; s++) {
      const segment = context.doc.segments[s]!;
      if (segment.kind === 'cell' || !(segment.tokens.some((t) => t.kind === 'percent') || segmentHas(segment, WORD_SHARE_HINT))) continue;
      const { endpoints, inside } = rangeParts(segment);
      // The whole of the sentence before's one "P of W" pair, for "99 of them" opening the next (acc-parts8).
      let lastWhole: NumberToken | undefined;
      for (const { sentence, tokens: inSentence } of sentenceTokens(segment)) {
        const tokens = inSentence.filter((t) => !t.yearLike);
        const pairs: SharePair[] = [];
        const topPairs: SharePair[] = [];
        for (let i = 0; i + 1 < tokens.length; i++) {
          const a = tokens[i]!;
          const b = tokens[i + 1]!;
          if (a.kind !== 'plain' || b.kind !== 'plain') continue;
          const between = context.doc.text.slice(a.end, b.start);
          if (PART_OF_TOTAL.test(between)) pairs.push({ part: a, total: b });
          else if (PART_OF_TOP.test(between)) topPairs.push({ part: a, total: b });
        }
        const previousWhole = lastWhole;
        lastWhole = pairs.length === 1 && !hedgedBefore(context.doc.text, sentence.start, pairs[0]!.total) ? pairs[0]!.total : statedTotal(context.doc.text, sentence, tokens, pairs);
        if (pairs.length === 1) {
          const words = wordShares(context.doc.text.slice(sentence.start, sentence.end), sentence.start);
          if (words.length === 1 && oneClause(context.doc.text, pairs[0]!.part, words[0]!) && !ofOtherWhole(context.doc.text, words[0]!, pairs[0]!.total)) judgeWords(context, words[0]!, pairs[0]!.part, pairs[0]!.total);
        }
        const percents = tokens.filter((t) => t.kind === 'percent' && !inside.has(t));
        const standalone = percents.filter((t) => !endpoints.has(t) && !rates.has(t.start));
        if (pairs.length === 0) {
          const [whole, part, pct] = [tokens[0], tokens[1], tokens[2]];
          if (whole?.kind === 'plain' && part?.kind === 'plain' && pct?.kind === 'percent' && OPENING_WHOLE.test(context.doc.text.slice(sentence.start, whole.start)) && SHARE_AFTER_PART.test(context.doc.text.slice(part.end, pct.start))) {
            judge(context, pct, part, whole, 'sentence');
            openings.push({ part, stated: pct, whole });
            continue;
          }
          // "UTokyo's 638 papers were 70.7% of the 902 combined": the part stands before the share.
          let read = false;
          for (let i = 1; i + 1 < tokens.length; i++) {
            const [part, pct, whole] = [tokens[i - 1]!, tokens[i]!, tokens[i + 1]!];
            const gap = context.doc.text.slice(pct.end, whole.start);
            if (pct.kind === 'percent' && !rates.has(pct.start) && sameMeasure(part, whole) && (ofTotal(gap) || (part.kind === 'currency' && PERCENT_OF_NAMED_AMOUNT.test(gap))) && PART_IS.test(context.doc.text.slice(part.end, pct.start))) {
              judge(context, pct, part, whole, 'sentence');
              read = true;
            }
          }
          // "201 papers, 31.5% of the 2024 total": the whole stated earlier in the section; a reading, so a suggestion.
          if (!read) {
            for (const found of yearTotalShares(context.doc, segment, sentence, tokens)) {
              if (!rates.has(found.stated.start)) judge(context, found.stated, found.part, found.whole, 'earlier sentence stating that year’s total', false);
              read = true;
            }
          }
          // Failing those, a part of a top list ("22 clusters in the top 100") or of the count before it ("14 of them").
          const fallback = read ? [] : [...topPairs, ...partsOfThem(context.doc.text, sentence.start, tokens, previousWhole)];
          if (fallback.length === 1 && standalone.length > 0) judgeNearest(context, standalone, fallback[0]!, tokens);
          continue;
        }
        if (pairs.length === 1 && standalone.length > 0) judgeNearest(context, standalone, pairs[0]!, tokens);
      }
    }
    for (const group of rowGroups(context.doc, { from, to })) if (group.share && inRead(group.share.stated)) judgeGroupShare(context, group.share.stated, group.parts, group.share.whole);
    // "490 international and 105 domestic institutions; international partners were 84.2% of the total": a reading, so a suggestion.
    for (const found of partShares(context.doc)) if (!rates.has(found.stated.start) && inRead(found.stated)) judgeOfParts(context, found.stated, found.part, found.parts);
    for (const table of context.doc.tables) {
      if (!readsTable(outer, table)) continue;
      const view = tableView(context.doc, table);
      // The whole no fixed phrasing gives: the one figure (or column sum) all rows' shares but one agree with; a suggestion.
      for (const found of impliedWholeShares(context.doc, view)) {
        if (judged.has(found.stated.start)) continue;
        const whole = found.whole ?? ({ value: found.parts!.reduce((a, p) => a + p.value, 0), decimals: Math.max(...found.parts!.map((p) => p.decimals)) } as NumberToken);
        // A share that holds once two digits of its count are swapped: the count is the likelier typo.
        if (slipExplains(found.stated, found.part, whole)) continue;
        if (found.parts) judgeOfParts(context, found.stated, found.part, found.parts);
        else if (found.part.decimals > 0 || whole.decimals > 0 || measuredAmount(context.doc.text, found.part)) judgeRounded(context, found.stated, found.part, whole, found.where);
        else judge(context, found.stated, found.part, whole, found.where, false);
      }
      if (view.shareColumn === undefined || view.countColumn === undefined) continue;
      // A row's count and share that disagree: the share is the wrong one for certain only when the counts are
      // borne out by the Total row they sum to; otherwise the count may be the typo, so the new share is a suggestion.
      const certain = view.total?.where === 'total row' && countsMatchTotal(view.rows, view.countColumn, view.totalRow!, view.total.token);
      const whole = view.total?.token;
      const agrees = (r: number) => {
        const [part, stated] = [single(view.rows[r]![view.countColumn!]), single(view.rows[r]![view.shareColumn!])];
        const expected = part && whole && view.wholeColumn === undefined ? sharePercent(part.value, whole.value) : undefined;
        return expected !== undefined && stated !== undefined && isConsistentAtPrecision(stated.value, stated.decimals, expected);
      };
      // A whole is theirs only when half the rows or more bear it out; when most disagree, the figure is something else
      // ("Share of 12 regions"), the wrong column was paired, or the shares are of a whole beyond the table (a Total row
      // of the rows listed beside shares of a national figure).
      // Counts that do not add up to the whole: the shares tell whether the whole or one count is the slip. (A row whose
      // count is the slip bears the whole out.)
      const slips = tableSlips(view);
      if (view.total && view.wholeColumn === undefined && !mostRowsAgree(view, (r) => agrees(r) || slips.countSlips.has(r))) continue;
      const outOfOrder = countsOutOfOrder(view.rows, view.totalRow, view.countColumn, view.shareColumn, agrees);
      view.rows.forEach((row, r) => {
        if (r === view.totalRow || outOfOrder.has(r) || slips.wholeIsSlip || slips.countSlips.has(r)) return;
        const stated = single(row[view.shareColumn!]);
        const part = single(row[view.countColumn!]);
        if (!part || !(stated?.kind === 'percent' || (view.percentCells && stated?.kind === 'plain'))) return;
        if (view.wholeColumn !== undefined) {
          const whole = single(row[view.wholeColumn]);
          // A part and whole the dataset matches to facts of two different years: one of them is likely misplaced.
          if (whole && !ofTwoYears(context, part, whole)) judge(context, stated, part, whole, 'same row', false);
        } else if (view.total && (part.decimals > 0 || view.total.token.decimals > 0 || measuredAmount(context.doc.text, part) || MEASURE_UNIT.test(view.header[view.countColumn!]?.text ?? ''))) judgeRounded(context, stated, part, view.total.token, view.total.where);
        else if (view.total) judge(context, stated, part, view.total.token, view.total.where, certain);
      });
    }
    // "… a total budget of USD 138.7 million. The payment, USD 14.4 million, is 12.4% of that budget": a reading, so a suggestion.
    // "480 papers out of a total of 4,000 (12.5%)", "4,000 papers, of which 480 (12%)": one sentence, a reading, so a suggestion.
    const clauses = clauseShares(context.doc, rates);
    for (const found of clauses) {
      if (judged.has(found.stated.start) || !inRead(found.stated)) continue;
      if (found.part.decimals > 0 || found.whole.decimals > 0) judgeRounded(context, found.stated, found.part, found.whole, 'sentence');
      else judge(context, found.stated, found.part, found.whole, 'sentence', false);
    }
    // A share in words with its part and whole in those phrasings ("480 colonies out of 4,000, about one in eight").
    for (const pair of clausePairs(context.doc, WORD_SHARE_ANY)) {
      const words = wordShares(context.doc.text.slice(pair.sentence.start, pair.sentence.end), pair.sentence.start);
      if (words.length === 1 && !judged.has(words[0]!.start) && inRead(words[0]!)) judgeWords(context, words[0]!, pair.part, pair.whole);
    }
    // "five of the 27, or 28 per cent": a part in words; a reading, so a suggestion.
    for (const found of spelledPartShares(context.doc, rates)) if (!judged.has(found.stated.start) && inRead(found.stated)) judge(context, found.stated, found.part, found.whole, 'sentence', false);
    const referred = referredWholeShares(context.doc, rates);
    for (const found of referred) {
      if (judged.has(found.stated.start) || !inRead(found.stated)) continue;
      if (found.part.decimals > 0 || found.whole.decimals > 0 || found.roughPart) judgeRounded(context, found.stated, found.part, found.whole, 'total stated just before', found.roughPart);
      else judge(context, found.stated, found.part, found.whole, 'total stated just before', false);
    }
    // "…, SAGIC 31 (28.8%) and CBRL 18 (13.8%)" after one of those shares: the same whole, carried by the ellipsis; a suggestion.
    for (const found of ellipticShares(context.doc, [...openings, ...clauses, ...referred.filter((r) => !r.roughPart)])) {
      if (judged.has(found.stated.start) || rates.has(found.stated.start) || !inRead(found.stated)) continue;
      if (found.part.decimals > 0 || found.whole.decimals > 0) judgeRounded(context, found.stated, found.part, found.whole, 'share before it in the sentence');
      else judge(context, found.stated, found.part, found.whole, 'share before it in the sentence', false);
    }
    // "KHI's 19 graduates made up 14.0% of all doctorates awarded in 2025" after a table: its row over its Total row; a reading, so a suggestion.
    for (const found of tableTotalShares(context.doc, rates, { from, to })) {
      if (judged.has(found.stated.start) || !inRead(found.stated)) continue;
      if (found.part.decimals > 0 || found.whole.decimals > 0) judgeRounded(context, found.stated, found.part, found.whole, 'Total row of the table above');
      else judge(context, found.stated, found.part, found.whole, 'Total row of the table above', false);
    }
    checkGroupShares(outer, leftOut);
    // "Of those 902, the University of Tokyo alone accounts for four in five": the subject's own dataset fact over the whole written out.
    checkMemberShares(outer, leftOut, rates);
  },
};

/** Between a pair and its share, a few words (a period "2015–2024" among them) and a bracket, a dash, "or" or "which is" ("638 of the 902 (70.7%)", "… of 902 papers, or 70.7%"). */
const ADJACENT_SHARE = /^[^\S\n]*(?:[\p{L}\d’'–-]+[^\S\n]+){0,6}?(?:[\p{L}\d’'–-]+)?[^\S\n]*(?:\(|,?[^\S\n]*(?:or|i\.e\.|(?:which|that) (?:is|was|are|were|makes?|made)|some|about|roughly|nearly|almost|just over|just under)[^\S\n]+|[—–:][^\S\n]*|,[^\S\n]*)[^\S\n]*$/u;

/** A clause break between a pair and a share in words: "638 of the 902 (70.7%) in 2024, and Keio's 63 were a tenth of UTokyo's". */
const CLAUSE_BREAK = /;|,\s+(?:and|but|while|whereas|though|although)\s|\s(?:while|whereas)\s/i;

/** Whether a pair and a share in words stand in one clause (nothing but words of that clause between them). */
function oneClause(text: string, pair: Span, words: Span): boolean {
  const [from, to] = pair.start < words.start ? [pair.end, words.start] : [words.end, pair.start];
  return !CLAUSE_BREAK.test(text.slice(from, to));
}

/**
 * After a share: the subject's own whole it names ("half of its patients", "60% of its passengers", "9.6% of the
 * institution's co-authorship"), a plural noun that counts a whole ("27.7% of the patients"), or an owner whose noun is
 * left out ("10.1% of Alvorada's —").
 */
const WHOLE_AFTER = /^\s+of\s+(?:its|their|his|her|our)\s+(?:[\p{L}-]+\s+)?([\p{L}-]+)|^\s+of\s+(?:the|all(?:\s+the)?)\s+(?:[\p{L}-]+\s+)?([\p{L}-]*[^\Ws]s)\b|^\s+of\s+(?:the\s+)?[\p{L}-]+['’]s\s+(?:[\p{L}-]+\s+)?([\p{L}-]+)|^\s+of\s+(?:the\s+)?([\p{L}-]+)['’]s(?=\s*(?:[—–,;:.)]|$))/iu;
/** Before a share: the subject's own measure it is a share of ("its share of enrolment was 27.7%"). */
const SHARE_OF_BEFORE = /\b(?:(?:its|their|his|her|our)\s+share\s+of\s+(?:the\s+)?|share\s+of\s+(?:its|their|his|her|our)\s+)([\p{L}-]+)\s+(?:[\p{L}-]+\s+){0,3}$/iu;
/** Nouns that name the pair's own whole, whatever it counts. */
const SAME_WHOLE = /^(?:total|whole|them|these|those|sum|count|number|figure|overall|all)$/i;

/**
 * Whether a share names its own whole by a noun other than the one the pair's whole counts ("44 of the 192 trials …
 * and half of its patients", "its share of enrolment was 27.7%"): a share of something else.
 */
function ofOtherWhole(text: string, share: Span, total: NumberToken): boolean {
  const noun = /^[ \u00a0]+(?:[\p{L}-]+[ \u00a0]+)?([\p{L}-]+)/u.exec(text.slice(total.end, total.end + 40));
  const own = /^[ \u00a0]+([\p{L}-]+)/u.exec(text.slice(total.end, total.end + 30));
  if (!own) return false;
  const wholeWords = new Set([own[1]!, noun?.[1] ?? own[1]!].map((w) => lemma(w.toLowerCase())));
  const named = WHOLE_AFTER.exec(text.slice(share.end, share.end + 60)) ?? SHARE_OF_BEFORE.exec(text.slice(Math.max(0, share.start - 60), share.start));
  const word = named?.[1] ?? named?.[2] ?? named?.[3] ?? named?.[4];
  if (!word || SAME_WHOLE.test(word)) return false;
  return !wholeWords.has(lemma(word.toLowerCase()));
}

const BOUND_WORDS = { lower: 'more than', upper: 'less than', below: 'nearly' } as const;

/** "one in four of its papers (299 of 733)": a share in words, reported without a fix, since the words meant are unknown. */
function judgeWords(context: RuleContext, share: WordShare, part: NumberToken, total: NumberToken): void {
  if (total.value <= 0 || part.value < 0 || part.value > total.value) return;
  const actual = part.value / total.value;
  if (wordShareHolds(share, actual)) {
    context.verified(share);
    return;
  }
  const percent = formatNumber(actual * 100, 1);
  context.report({
    range: { start: share.start, end: share.end },
    message: `${share.bound ? `“${BOUND_WORDS[share.bound]} ${share.text}” needs ${describeWordRange(share)}` : `“${share.text}” is ${formatNumber(share.value * 100, 1)}%`}, but ${part.text} of ${total.text} is ${percent}% (about one in ${formatNumber(1 / actual, 1)}).`,
    stated: share.text,
    expected: `${percent}%`,
    reason: `share = ${formatNumber(part.value)} / ${formatNumber(total.value)} = ${percent}%; “${share.text}” allows ${describeWordRange(share)}`,
    related: [
      { range: { start: part.start, end: part.end }, message: `part ${part.text}` },
      { range: { start: total.start, end: total.end }, message: `total ${total.text}` },
    ],
  });
}

/** "NIMR + KCOD together: 43.8% of the total": the named rows' counts over the table's whole; a reading, so never a certain fix. */
function judgeGroupShare(context: RuleContext, stated: NumberToken, parts: readonly NumberToken[], whole: NumberToken): void {
  const sum = parts.reduce((acc, p) => acc + p.value, 0);
  const expected = sharePercent(sum, whole.value);
  if (expected === undefined) return;
  const reason = `share = (${parts.map((p) => p.text).join(' + ')}) / ${whole.text} × 100 = ${formatNumber(expected, 4)}% (rows of the table above)`;
  if (isConsistentAtPrecision(stated.value, stated.decimals, expected)) {
    context.verified(stated, reason);
    return;
  }
  reportSuggestedShare(context, stated, expected, reason, {
    message: (newText) => `Share stated as ${stated.text}, but the rows named add up to ${formatNumber(sum)} of ${whole.text}, which is ${newText}.`,
    related: [...parts, whole].map((t) => ({ range: { start: t.start, end: t.end }, message: t === whole ? `total ${t.text}` : `part ${t.text}` })),
    data: { part: sum, total: whole.value, expected },
  });
}

/** A unit of measure, or "per": amounts in it ("60 kg", "Per resident") are rounded measurements, not exact counts. */
const MEASURE_UNIT = /(?:^|[\s(])(?:per\b|kg\b|kilo(?:gram)?s?\b|tonnes?\b|t\b|km\b|m\b|m²|m³|metres?\b|meters?\b|kWh\b|MWh\b|GWh\b|MW\b|GW\b|litres?\b|liters?\b|hours?\b|minutes?\b)/i;

/** Whether a whole number is followed by a unit of measure ("60 kg"): it was rounded by half a unit, as a decimal is. */
function measuredAmount(text: string, token: NumberToken): boolean {
  return MEASURE_UNIT.test(text.slice(token.end, token.end + 10)) && /^\s*\S/.test(text.slice(token.end, token.end + 2));
}

/**
 * A share of amounts written with decimals ("16.2 of 57.0"): each was rounded, so the share is wrong only when no part
 * and total within half a unit of their last digits give it; the new share is a suggestion, since the inputs are rounded.
 */
function judgeRounded(context: RuleContext, stated: NumberToken, part: NumberToken, total: NumberToken, where: string, roughPart = false): void {
  // A part given as "about USD 29.5 million" may be off by more than its last digit: 2% of it, at least half a unit.
  const [hp, ht] = [Math.max(0.5 * 10 ** -part.decimals, roughPart ? ROUGH_PART * part.value : 0), 0.5 * 10 ** -total.decimals];
  const low = sharePercent(Math.max(0, part.value - hp), total.value + ht);
  const high = sharePercent(part.value + hp, total.value - ht);
  const expected = sharePercent(part.value, total.value);
  if (low === undefined || high === undefined || expected === undefined) return;
  const half = 0.5 * 10 ** -stated.decimals;
  const reason = `share = ${part.text} / ${total.text} × 100 = ${formatNumber(expected, 4)}% (total from the ${where}; rounded inputs allow ${formatNumber(low, 2)}–${formatNumber(high, 2)}%)`;
  if (stated.value + half >= low - 1e-9 && stated.value - half <= high + 1e-9) {
    context.verified(stated, reason);
    return;
  }
  reportSuggestedShare(context, stated, expected, reason, {
    message: (newText) => `Share stated as ${stated.text}, but ${part.text} of ${total.text} is ${newText}.`,
    related: [
      { range: { start: part.start, end: part.end }, message: `part ${part.text}` },
      { range: { start: total.start, end: total.end }, message: `total ${total.text} (${where})` },
    ],
    data: { part: part.value, total: total.value, expected },
  });
}

/** One named part over the sum of the parts listed with it; which part the words name is a reading, so never a certain fix. */
function judgeOfParts(context: RuleContext, stated: NumberToken, part: NumberToken, parts: readonly NumberToken[]): void {
  const sum = parts.reduce((acc, p) => acc + p.value, 0);
  const expected = sharePercent(part.value, sum);
  if (expected === undefined) return;
  const reason = `share = ${part.text} / (${parts.map((p) => p.text).join(' + ')}) × 100 = ${formatNumber(expected, 4)}% (the parts listed before)`;
  // Each part rounded at its own last digit ("| Concessions | 13.9% | 2.7 |" under "Approx. value"): the share may be
  // anywhere its rounded inputs allow.
  const half = (t: NumberToken) => 0.5 * 10 ** -t.decimals;
  const others = sum - part.value;
  const othersHalf = parts.filter((p) => p !== part).reduce((acc, p) => acc + half(p), 0);
  const low = sharePercent(Math.max(0, part.value - half(part)), Math.max(1e-9, part.value - half(part) + others + othersHalf));
  const high = sharePercent(part.value + half(part), Math.max(1e-9, part.value + half(part) + Math.max(0, others - othersHalf)));
  const within = low !== undefined && high !== undefined && stated.value + half(stated) >= low - 1e-9 && stated.value - half(stated) <= high + 1e-9;
  if (isConsistentAtPrecision(stated.value, stated.decimals, expected) || within) {
    context.verified(stated, reason);
    return;
  }
  reportSuggestedShare(context, stated, expected, reason, {
    message: (newText) => `Share stated as ${stated.text}, but ${part.text} of the ${formatNumber(sum)} listed (${parts.map((p) => p.text).join(' + ')}) is ${newText}.`,
    related: parts.map((p) => ({ range: { start: p.start, end: p.end }, message: p === part ? `part ${p.text}` : `other part ${p.text}` })),
    data: { part: part.value, total: sum, expected },
  });
}

/** A wrong share whose reading leaves room: the finding, with the new share (in the author's style) as a suggestion only. */
function reportSuggestedShare(
  context: RuleContext,
  stated: NumberToken,
  expected: number,
  reason: string,
  finding: { message: (newText: string) => string; related: RelatedLocation[]; data: Record<string, number> },
): void {
  const newText = formatLike(roundHalfAwayFromZero(expected, stated.decimals), stated);
  context.report({
    range: { start: stated.start, end: stated.end },
    message: finding.message(newText),
    stated: stated.text,
    expected: newText,
    reason,
    related: finding.related,
    suggestions: [{ title: `Change the share to ${newText}`, edits: [{ range: { start: stated.start, end: stated.end }, newText }] }],
    data: finding.data,
  });
}

/** Two counts, or two sums of money in one currency and scale ("USD 5.1 million … of the USD 55.6 million"). */
function ofTotal(gap: string): boolean {
  return PERCENT_OF_TOTAL.test(gap) || PERCENT_OF_NAMED_TOTAL.test(gap) || PERCENT_OF_TOTAL_OF.test(gap);
}

function sameMeasure(part: NumberToken, whole: NumberToken): boolean {
  if (part.kind === 'plain' && whole.kind === 'plain') return true;
  return part.kind === 'currency' && whole.kind === 'currency' && part.currency === whole.currency && part.scale === whole.scale;
}

/** "12 foreign (20%)", "12 foreign, or 20%": a percent right after another count is that count's share. */
const OWNED_PERCENT = /^[^\S\n]*(?:[\p{L}-]+[^\S\n]+){0,2}?(?:\(|,[^\S\n]*or[^\S\n]+|[—–][^\S\n]*)[^\S\n]*$/u;

/**
 * The share is the percent nearest to the "part of total" phrase, leaving out a percent that belongs to another count
 * of the sentence ("Tembo employs 60, 12 foreign (20%), so 37 of the 140 at both labs (26%) are foreign").
 */
function judgeNearest(context: RuleContext, all: readonly NumberToken[], { part, total, hedged, across }: SharePair, tokens: readonly NumberToken[]): void {
  const text = context.doc.text;
  const percents = all.filter((pct) => {
    const before = tokens.filter((t) => t.end <= pct.start).at(-1);
    return !before || before === part || before === total || before.kind !== 'plain' || !OWNED_PERCENT.test(text.slice(before.end, pct.start));
  });
  if (percents.length === 0) return;
  // "70.7% of the combined total (638 of 902), Science Tokyo for 22.3%": a bracketed pair is the share's before it.
  const bracketed = /\(\s*$/.test(text.slice(Math.max(0, part.start - 3), part.start)) && /^\s*\)/.test(text.slice(total.end, total.end + 3));
  const before = bracketed ? percents.filter((t) => t.end <= part.start) : [];
  const stated = (before.length ? before : percents).reduce((best, t) => (distance(t, part) < distance(best, part) ? t : best));
  if (ofOtherWhole(text, stated, total)) return;
  // "463 of them, still made up 71.8% of the brigade's 645": a share followed by a whole of its own is not the pair's.
  if (tokens.some((t) => t !== total && t.start >= stated.end && !t.yearLike && t.kind !== 'percent' && ofTotal(text.slice(stated.end, t.start)))) return;
  if (hedged) judgeHedged(context, stated, part, total);
  else if (across) judge(context, stated, part, total, 'sentence before', false);
  else {
    // The share is the percent nearest the pair: certain only when it is the sentence's one percent and stands in the
    // pair's clause; otherwise the pair was chosen for it among several figures, or across a clause.
    const pair = part.start < total.start ? { start: part.start, end: total.end } : { start: total.start, end: part.end };
    const apart = !ADJACENT_SHARE.test(stated.start >= pair.end ? text.slice(pair.end, stated.start) : text.slice(stated.end, pair.start));
    const lent = lentSlots(percents.length > 1 && { slot: 'parts', from: 'a choice among several figures' }, !oneClause(text, pair, stated) && { slot: 'parts', from: 'another clause of the sentence' }, apart && { slot: 'parts', from: 'a choice among several figures' });
    judge(context, stated, part, total, 'sentence', true, lent);
  }
}

/**
 * "About 200 scientists took part, 14 of them from KEK": part 14 of the one count stated before it in the sentence; or
 * opening a sentence, "Uppsala follows with 99 of them, 28.1%", of the whole of the sentence before's one "202 of the
 * university's 428" (a reading across sentences, so a suggestion; acc-parts8).
 */
/** "UTokyo racked up 4,181 Sweden-linked papers in total.": a sentence's one count, said to be a total, for "503 of them" after it. */
const SAID_TOTAL = /\b(?:in\s+total|in\s+all|altogether|all\s+told|a\s+total\s+of)\b/i;
function statedTotal(text: string, sentence: Span, tokens: readonly NumberToken[], pairs: readonly SharePair[]): NumberToken | undefined {
  if (pairs.length > 0 || tokens.length !== 1 || tokens[0]!.kind !== 'plain' || tokens[0]!.style.sign !== '') return undefined;
  const t = tokens[0]!;
  if (hedgedBefore(text, sentence.start, t)) return undefined;
  return SAID_TOTAL.test(text.slice(sentence.start, sentence.end)) ? t : undefined;
}

function partsOfThem(text: string, sentenceStart: number, tokens: readonly NumberToken[], previousWhole?: NumberToken): SharePair[] {
  const out: SharePair[] = [];
  tokens.forEach((part, i) => {
    if (part.kind !== 'plain' || !OF_THEM.test(text.slice(part.end, part.end + 16))) return;
    if (i === 0) {
      if (previousWhole && part.style.sign === '' && part.value < previousWhole.value && !hedgedBefore(text, sentenceStart, part)) out.push({ part, total: previousWhole, across: true });
      return;
    }
    const before = tokens.slice(0, i);
    if (before.length !== 1 || before[0]!.kind !== 'plain' || before[0]!.style.sign !== '') return;
    const total = before[0]!;
    out.push({ part, total, hedged: hedgedBefore(text, sentenceStart, total) });
  });
  return out;
}

/** A share of a whole given roughly ("about 200"): wrong only when no whole within 10% of it gives the stated share; never a certain fix. */
function judgeHedged(context: RuleContext, stated: NumberToken, part: NumberToken, total: NumberToken): void {
  const low = sharePercent(part.value, total.value * (1 + HEDGED_WHOLE));
  const high = sharePercent(part.value, total.value * (1 - HEDGED_WHOLE));
  if (low === undefined || high === undefined) return;
  const half = 0.5 * 10 ** -stated.decimals;
  if (stated.value + half >= low && stated.value - half <= high) {
    context.verified(stated, `share = ${formatNumber(part.value)} / about ${formatNumber(total.value)} ≈ ${formatNumber(low, 1)}–${formatNumber(high, 1)}%`);
    return;
  }
  const expected = sharePercent(part.value, total.value)!;
  const newText = formatLike(roundHalfAwayFromZero(expected, stated.decimals), stated);
  context.report({
    range: { start: stated.start, end: stated.end },
    message: `Share stated as ${stated.text}, but ${part.text} of about ${total.text} is about ${newText}.`,
    stated: stated.text,
    expected: newText,
    reason: `share = ${formatNumber(part.value)} / ${formatNumber(total.value)} × 100 = ${formatNumber(expected, 4)}%; a whole within 10% of ${total.text} gives ${formatNumber(low, 1)}–${formatNumber(high, 1)}%`,
    related: [
      { range: { start: part.start, end: part.end }, message: `part ${part.text}` },
      { range: { start: total.start, end: total.end }, message: `total about ${total.text}` },
    ],
    suggestions: [{ title: `Change the share to ${newText}`, edits: [{ range: { start: stated.start, end: stated.end }, newText }] }],
    data: { part: part.value, total: total.value, expected },
  });
}

/** The tokens that end a range ("61" and "73" of "61–73%") and those strictly inside one. */
function rangeParts(segment: AnalysedSegment): { endpoints: Set<NumberToken>; inside: Set<NumberToken> } {
  const endpoints = new Set<NumberToken>();
  const inside = new Set<NumberToken>();
  for (const r of segment.ranges) {
    endpoints.add(r.from).add(r.to);
    for (const t of itemsWithin(segment.tokens, r)) if (t !== r.from && t !== r.to) inside.add(t);
  }
  return { endpoints, inside };
}

/** Whether at least half of the body rows with a count and a share agree with the whole. */
function mostRowsAgree(view: TableView, agrees: (row: number) => boolean): boolean {
  const rows = view.rows.map((_, r) => r).filter((r) => r !== view.totalRow && single(view.rows[r]![view.countColumn!]) && single(view.rows[r]![view.shareColumn!]));
  return rows.filter(agrees).length * 2 >= rows.length;
}

function distance(a: NumberToken, b: NumberToken): number {
  return a.start < b.start ? b.start - a.end : a.start - b.end;
}

/**
 * Rows of a table sorted by its shares whose count alone breaks that order ("2,022 48.4% / 2,101 48.1% / 1,916 45.8%"):
 * there the count is the likelier typo, so its share is not reported as wrong.
 */
function countsOutOfOrder(rows: readonly AnalysedSegment[][], totalRow: number | undefined, countColumn: number, shareColumn: number, agrees: (row: number) => boolean): Set<number> {
  const out = new Set<number>();
  const body = rows.flatMap((row, r) => {
    const [count, share] = [single(row[countColumn]), single(row[shareColumn])];
    return r !== totalRow && count && share ? [{ r, count: count.value, share: share.value }] : [];
  });
  if (body.length < 3) return out;
  const direction = (values: number[]) => (values.every((v, i) => i === 0 || v <= values[i - 1]!) ? -1 : values.every((v, i) => i === 0 || v >= values[i - 1]!) ? 1 : 0);
  const shares = direction(body.map((b) => b.share));
  if (shares === 0 || direction(body.map((b) => b.count)) === shares) return out;
  for (let i = 0; i < body.length; i++) {
    // Removing this row's count restores the order, and its share disagrees with its count (its neighbours' agree).
    if (direction(body.filter((_, j) => j !== i).map((b) => b.count)) === shares && !agrees(body[i]!.r)) out.add(body[i]!.r);
  }
  // One row alone breaks the order, or none is told apart.
  return out.size === 1 ? out : new Set();
}

/** Whether the dataset matched the two figures to facts of one entity in two different years. */
function ofTwoYears(context: RuleContext, a: NumberToken, b: NumberToken): boolean {
  const linkOf = (t: NumberToken) => linksAt(context.links(), t.start).find((l) => l.status === 'match' && l.observation?.year !== undefined);
  const [x, y] = [linkOf(a), linkOf(b)];
  return x !== undefined && y !== undefined && x.entity === y.entity && x.observation!.year !== y.observation!.year;
}

/** Whether the body rows' counts add up to the Total row's count. */
function countsMatchTotal(rows: readonly AnalysedSegment[][], column: number, totalRow: number, total: NumberToken): boolean {
  let sum = 0;
  for (const [r, row] of rows.entries()) {
    if (r === totalRow) continue;
    const count = single(row[column]);
    if (!count) return false;
    sum += count.value;
  }
  return Math.abs(sum - total.value) < 1e-9;
}

function judge(context: RuleContext, stated: NumberToken, part: NumberToken, total: NumberToken, where: string, certain = true, lent?: LentSlot[]): void {
  const expected = sharePercent(part.value, total.value);
  if (expected === undefined) return;
  if (isConsistentAtPrecision(stated.value, stated.decimals, expected)) {
    context.verified(stated, `share = ${formatNumber(part.value)} / ${formatNumber(total.value)} × 100 = ${formatNumber(expected, 4)}% (total from the ${where})`);
    return;
  }
  // A part or whole the dataset corrects that, put right, makes the share hold: that figure is the error, not the share.
  if (correctedFiguresExplainShare(datasetCorrections(context.links(), context.dataset), stated, part, total)) return;
  const newText = formatLike(roundHalfAwayFromZero(expected, stated.decimals), stated);
  const change = { title: `Change the share to ${newText}`, edits: [{ range: { start: stated.start, end: stated.end }, newText }] };
  context.report({
    range: { start: stated.start, end: stated.end },
    message: `Share stated as ${stated.text}, but ${part.text} of ${total.text} is ${newText}.`,
    stated: stated.text,
    expected: newText,
    reason: `share = part / total × 100 = ${formatNumber(part.value)} / ${formatNumber(total.value)} × 100 = ${formatNumber(expected, 4)}% (total from the ${where})`,
    related: [
      { range: { start: part.start, end: part.end }, message: `part ${part.text}` },
      { range: { start: total.start, end: total.end }, message: `total ${total.text} (${where})` },
    ],
    ...(certain ? { fix: change } : { suggestions: [change] }),
    ...(lent ? { lent } : {}),
    data: { part: part.value, total: total.value, expected },
  });
}
