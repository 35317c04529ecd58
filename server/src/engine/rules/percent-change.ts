// Rule percent-change: a stated percent change must follow from its endpoints: (final − initial) / initial.
import { LENT_FIX_POLICY, type LentSlot } from '../context/lent-slots.js';
import { roundedEndpoints } from '../context/endpoint-bounds.js';
import { percentChange as changeOf } from '../arithmetic.js';
import { comparedMultiples } from '../context/compared-multiples.js';
import { comparedFigures, type ComparedFigure } from '../context/compared-figures.js';
import { endpointValues, roundingBounds, withinBounds } from '../context/endpoint-bounds.js';
import { datasetChanges, type DatasetChange } from '../context/change-dataset-changes.js';
import { partnerPoints, type PartnerPoints } from '../context/change-partner-points.js';
import { entityGaps, type EntityGap } from '../context/change-entity-gaps.js';
import { tablePointsChanges } from '../context/change-table-points.js';
import { tableDatasetChanges } from '../context/change-table-dataset.js';
import { tableRowChanges, type TableRowChange } from '../context/change-table-rows.js';
import { clauseOf, growthStatements, lengthContradictsYears, baseNamedElsewhere, type GrowthStatement, type StatedMultiple } from '../context/growth.js';
import { formatLike, isConsistentAtPrecision, roundHalfAwayFromZero, type NumberToken } from '../numbers.js';
import { formatNumber } from './format.js';
import { fitsQualified, qualifierBefore } from '../context/rate-guards.js';
import { datasetForms, type DatasetForm } from '../context/rate-dataset-forms.js';
import { linkedBaseChanges } from '../context/change-linked-bases.js';
import { referBackBaseChanges } from '../context/change-refer-back-bases.js';
import { ENDPOINT_SLIP_POLICY, endpointSlips, statementEndpointSlips } from '../context/endpoint-slips.js';
import { changeGlobals } from './change-globals.js';
import { claimsRead, readsTable, segmentRange } from '../section-findings.js';
import { describeFact } from './describe.js';
import { multipleMisses } from '../context/change-multiples.js';
import type { Rule, RuleContext } from './rule.js';
import type { Span } from '../markdown/facts.js';

const RISE = /\b(?:up|ris\w*|rose|grew|grow\w*|increas\w*|climb\w*|gain\w*|jump\w*|expand\w*|surg\w*|soar\w*|recover\w*|rebound\w*|bounced\s+back|leapt|leaped|advanc\w*|higher|more)\b/i;

const PLUS_WORD_BEFORE = /\bplus\s+$/i;
/** Words of a quotient: a figure per unit, an average. */
const DERIVED = /\b(?:per|average|mean|avg)\b/i;

/** The line of the text that holds an offset (a table row, or a line of prose). */
function lineOf(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return text.slice(start, end === -1 ? text.length : end);
}

function clauseText(text: string, statement: GrowthStatement, stated: NumberToken): string {
  const clause = clauseOf(text, statement.sentence, stated.start);
  return text.slice(clause.start, clause.end);
}

export const percentChange: Rule = {
  id: 'percent-change',
  docs: {
    description: 'A stated percent change does not follow from its start and end values.',
    details:
      'The change is (final − initial) / initial × 100, with the endpoints read from the same sentence ("from 287 … to 638 (+122%)"). A stated sign, or a word such as "down" or "fell", gives the direction. A change in a sentence that says it started earlier (“every year since,”, “ever since”, “since then”) is not read against the first figure of that sentence. A change column after a column of another measure whose base the table does not give ("| Loans 2015 | Loans 2024 | Change | Visits 2024 | Change on 2015 |") is that column’s, not read; a change column with decimals in every row beside rank columns of two editions takes the score columns as its endpoints. A distance in points said after "the difference (gap, spread) between" two percentages and a verb ("is 47.5 percentage points") is checked between them, and an unsigned whole difference said as a change after its endpoints ("from 2,307 in 2017 to 3,483 in 2018, an increase of 1,176") against them. A change of a dataset’s measure on a base year may name the measure between the comparative and the years ("51.7% more trips in 2024 than in 2019"), or after its verb ("has cut its non-revenue water by 11.4 points since 2016"); with no word of direction ("improved by 17.7 points") only its size is judged. An earlier value a multiple names ("957 papers in 2025, more than twice the 465 of 2015") is an endpoint for the rate after it. Consistent when equal at the stated precision. The fix keeps the author’s sign and percent style. A wrong change proves only that the figures disagree, not which one is wrong (`473 → 912 (+90.7%)` is as wrong when 912 should read 902): the fix is certain only when the dataset (or another check that passed) confirms both endpoints; otherwise it is offered as a suggestion, which an editor shows as a quick fix and --fix does not apply. A figure compared with another of its sentence ("396 days, 14% more than the 348 days of 2019", "0.2 percentage points lower than Norway’s 3.64%", "exactly twice the 4.8 million") is measured against the figure it is compared with, with a suggestion instead of a fix; so is a figure compared with a party named without a figure, when the paragraph attached exactly one figure to that name before ("Brevik handled 366 sailings. Lakeport handled 439, some 19.9% more than Brevik"). A figure whose own clause states a length the endpoints’ years do not span (“9 in 2016 and 20 in 2020, so it has nearly quadrupled in nine years”) is of another period and is not judged against them. A figure compared with a base (“now 35.7% below the 34.7 of 2015”) whose nearest figure before is the start of a change (“from 24.3 in 2023”) is not read; “risen sixfold from 48 Mbit/s” is a growth from 48, not a comparison with it. A multiple (“tripled”, “roughly quadrupled”, “2.5-fold”) misses when the ratio is more than 15% off it, or a tenth off and not rounding to it (×3.47 is no quadrupling); “nearly” or “almost” one needs a ratio just below it, within a tenth; “more than” one a ratio above it. A later value may be dated “at the end of 2025”, “in December 2025” or “last year” before “up from” its earlier one. In a table with more than two year columns, a change column headed by two years (“2025 vs 2019”, “Change 2024–25”) takes the two columns headed by exactly those years as its endpoints, row by row; a row whose endpoint repeats another year’s cell (“| 182 | 214 | 214 |”, perhaps copied across) is not read. A change column whose header names the column it counts from (“Change vs baseline”) measures each row from that column to the one headed “Actual”. In a table of column groups (“Journeys 2024 | Journeys 2025 | Change | Punctuality 2024 | Punctuality 2025 | Change (pts)”), each change column takes the two year columns right before it; a year marked provisional or estimated (“2025 (p)”) is that year. A change column that names the measure of another column rather than the endpoints’ (“Energy use, change since 2015 (%)” beside “Snowmaking 2015 | Snowmaking 2024”) is that measure’s change, not read. A comparison after a contrast that moves to another year (“down 67.8% to 203, but by 2025 it stood 27.6% above its 2019 level of 631”) is of a figure of that year, not of the figure before the contrast, and is not read. The base of a rate ("29.5 complaints per 100,000 subscribers") is no figure compared. A change or rate counted "since 2015, when it stood at €14.9 million" ends in the year its clause names or now, never in a year the clause names as another change’s base ("up 38.5% on 2019 and has grown 7.6% a year since 2015, when …"). A change against a base year in a sentence that names no measure (`EHCRC remained the largest recipient at USD 16.4 million in 2025, up 31.1% on 2015`) is of the one count or money measure whose fact for the entity in the figure’s own year that figure equals; the endpoints are the dataset’s, as a suggestion. A change “in 2025 alone” is one year’s change, never checked against a span’s endpoints before it, but against the endpoints its clause states right after it (`fell by 11.3% in 2025 alone, from 44,300 t to 39,800 t`). A change said to be of a single year (“in a single year”, “in one year”) after a clause of its own that names a year (“from 29 to 45, with eight opened in 2024 alone, a 21.6% jump in a single year”) is that year’s change, not the change of the endpoints before it. A sentence that only refers back and states one change against a base year (`That is 13.0% fewer than in 2015`), after a sentence whose one figure is linked to one entity’s measure in one year, is that measure’s change from the base year to the figure’s year, both endpoints the dataset’s (a suggestion); so is one after the one total of a group the dataset holds in full (“The eight operators had 56.6 million admissions in 2024. That’s up 8.4% on 2023”: the members’ facts summed) or right after it in its own sentence (“…received €1,746.7 million in public funding in 2024, up 23.1% since 2015”), and one that opens a paragraph, after the last sentence of the paragraph right before. A share stated first and its difference in points from an earlier share after it (`43.4% in 2024, down 4.3 points from 46.8% in 2015`) is read as from the earlier to the later. A change after the endpoints that names a period of its own starting at a year the sentence has not named before it (“from €8.5 million to €23.8 million, and it rose 68.8% in the five years after 2019”) is not theirs. A multiple is never checked against a figure that is itself the base of an earlier comparison (“100 points above NINS at 701, and more than twice the 366 of Tsukuba”: 701 is NINS’s). A change followed by “less” or “fewer” is a fall; an unsigned change whose size the unrounded endpoints may give (`334.5 MWh against 367.4 MWh, 8.9% less`) is no error, nor is any change a quotient’s unrounded endpoints may give (a row or line that says per, average or mean: “| Energy per event (MWh) | 327 | 335 | +2.2% |”). A from–to statement that goes on to a third value of a later year (“from 70.2% in 2015 to 76.4% in 2019 and 84.4% in 2024”) is a series: a change or difference after it is checked against its last step and may count from its first value (“up 8.0 points since 2019 and 14.2 points over the whole period”), with no certain fix. A second change of one figure on another base year, right after the first’s base (“was up 6.9% on 2023 and 18.6% on 2015”), takes the first’s subject, measure and later value (a suggestion).' + ENDPOINT_SLIP_POLICY + LENT_FIX_POLICY,
    failing: 'UTokyo expanded from 287 publications in 2015 to 638 in 2024 (+112%).\n',
    passing: 'UTokyo expanded from 287 publications in 2015 to 638 in 2024 (+122%).\n',
  },
  defaultSeverity: 'error',
  fixable: true,
  tags: ['arithmetic'],
  supersedes: ['dataset-value', 'unverified'],
  // As cagr's (cagr.ts): a figure's judgment reads its statement or sentence readings (each section-bound: growth.ts,
  // the compared figures and multiples, the dataset's changes and forms, partner points, gaps between parties, a
  // table's column of points), the links of its endpoints, the dataset, and beyond its section the document's opening
  // lines and the tables a paragraph may name a row of. After an edit only the figures of the edit's sections are judged.
  bySection: { globals: (doc, dataset) => changeGlobals(doc, dataset) },
  check(context) {
    // The figures judged: those of the edit's sections after an edit, else all. What each reading takes is still noted
    // for every figure, so what the later readings leave is unchanged.
    const judged = claimsRead(context);
    const statements = growthStatements(context.doc);
    const owned = new Set(statements.flatMap((s) => s.multiples.map((m) => m.start)));
    for (const { multiple, smaller, larger } of comparedMultiples(context.doc)) {
      if (!owned.has(multiple.start) && judged(multiple)) checkMultiple(context, smaller, larger, multiple, 'against');
      owned.add(multiple.start);
    }
    const inStatements = new Set(statements.flatMap((s) => [...s.change, ...s.points, ...s.cagr, ...s.absolute].map((t) => t.start)));
    const comparedList = comparedFigures(context.doc);
    for (const compared of comparedList) {
      if (owned.has(compared.stated.start) || inStatements.has(compared.stated.start) || !judged(compared.stated)) continue;
      if (compared.measure === 'multiple') checkMultiple(context, compared.base, compared.subject, compared.stated as StatedMultiple, 'against');
      else checkCompared(context, compared);
    }
    const taken = new Set([...inStatements, ...owned, ...comparedList.map((c) => c.stated.start)]);
    const fromDataset = datasetChanges(context.doc, context.dataset, taken);
    // A figure a dataset form reads too ("TKF ran 35% more seeded lines in 2025 than in 2020") is the form's to judge.
    const forms = datasetForms(context.doc, context.dataset);
    const byForm = new Set(forms.map((f) => f.stated.start));
    for (const change of fromDataset) {
      if (change.measure !== 'rate' && !byForm.has(change.stated.start) && judged(change.stated)) checkDatasetChange(context, change);
    }
    // "Keldby's crop grew 150% between 2015 and 2024", "Keldby's crop tripled": the endpoints are a table row's year columns (acc-change6).
    const elsewhere = new Set([...fromDataset.map((c) => c.stated.start), ...forms.map((f) => f.stated.start)]);
    for (const row of tableRowChanges(context.doc)) {
      const figure = row.stated ?? row.multiple!;
      if (taken.has(figure.start) || elsewhere.has(figure.start) || !judged(figure)) continue;
      if (row.multiple) checkMultiple(context, row.initial, row.final, row.multiple, '→');
      else if (!row.rate) checkRowChange(context, row);
    }
    // "Northfold's Danish share fell 3.1 points between the windows": a partner share's two periods from the dataset (acc-change6).
    for (const points of partnerPoints(context.doc, context.dataset, segmentRange(context))) {
      if (!taken.has(points.stated.start) && judged(points.stated)) checkPartnerPoints(context, points);
    }
    // "| Utility | NRW 2025 (%) | Change since 2016 (points) |": a column of changes in points against the dataset's two years.
    for (const row of tablePointsChanges(context.doc, context.dataset, context.scope && ((table) => readsTable(context, table)))) {
      if (!taken.has(row.stated.start) && judged(row.stated)) checkDatasetChange(context, { ...row, measure: 'points', decline: false, rise: false, years: row.header });
    }
    // "| Organisation | Papers, 2025 | Change, 2015–2025 |": a column of changes against the dataset's two years.
    for (const row of tableDatasetChanges(context.doc, context.dataset, context.scope && ((table) => readsTable(context, table)))) {
      if (row.measure === 'change' && !taken.has(row.stated.start) && !inStatements.has(row.stated.start) && judged(row.stated)) checkDatasetChange(context, row);
    }
    // "CBRL's industry share is 15 points above SMGL's": a gap between two parties' facts of one measure.
    for (const gap of entityGaps(context.doc, context.dataset, segmentRange(context))) {
      if (!taken.has(gap.stated.start) && judged(gap.stated)) checkEntityGap(context, gap);
    }
    // "… more than doubled between 2015 and 2025", "20% more … in 2025 than in 2020": endpoints from the dataset (acc-rate).
    for (const form of datasetForms(context.doc, context.dataset)) {
      if (!taken.has(form.stated.start) && judged(form.stated)) checkDatasetForm(context, form);
    }
    // "The subsidy has doubled since 2016, when it stood at EUR 70.8 million": a stated base the dataset confirms; the end is the dataset's.
    const linked = linkedBaseChanges(context.doc, context.dataset, context.links());
    const readBefore = (figure: Span) => taken.has(figure.start) || elsewhere.has(figure.start) || !judged(figure);
    for (const change of linked.changes) {
      if (change.measure === 'change' && !readBefore(change.stated)) checkDatasetChange(context, change);
    }
    for (const form of linked.multiples) {
      if (!readBefore(form.stated)) checkDatasetForm(context, form);
    }
    // "… ran 1,255 post offices and service points. That is 13.0% fewer than in 2015": the sentence before's one linked figure is the end.
    for (const change of referBackBaseChanges(context.doc, context.dataset, context.links(), segmentRange(context))) {
      if (!readBefore(change.stated) && !linked.changes.some((c) => c.stated === change.stated)) checkDatasetChange(context, change);
    }
    for (const statement of statements) {
      // "… so it has nearly quadrupled in nine years" after "9 in 2016 and 20 in 2020": a figure of another period.
      const ofItsYears = (figure: Span) => judged(figure) && !lengthContradictsYears(context.doc.text, statement, figure) && !baseNamedElsewhere(context.doc.text, statement, figure);
      for (const stated of statement.points.filter(ofItsYears)) checkDifference(context, statement, stated, 'points');
      for (const stated of statement.absolute.filter(ofItsYears)) checkDifference(context, statement, stated, 'absolute');
      for (const multiple of statement.multiples.filter(ofItsYears)) checkMultiple(context, statement.initial, statement.final, multiple, '→');
      const values = endpointValues(statement.initial, statement.final);
      const expected = changeOf(values.initial, values.final);
      if (expected === undefined) continue;
      const bounds = roundingBounds(statement.initial, statement.final, changeOf);
      for (const stated of statement.change.filter(ofItsYears)) {
        // An unsigned change takes its direction from the words of its own clause ("fell by 20%"), not the sentence's.
        const hasSign = stated.style.sign !== '';
        const decline = statement.declines.has(stated);
        const signed = hasSign ? stated.value : decline ? -Math.abs(stated.value) : Math.abs(stated.value);
        // "a rise of nearly 55%", "more than 45%": the figure is a bound; it fits any true value on its side.
        const qualifier = qualifierBefore(context.doc.text, stated);
        // "plus 122%": a sign said in a word is a rise as surely as "+122%" (acc-pc29).
        const plus = PLUS_WORD_BEFORE.test(context.doc.text.slice(Math.max(0, stated.start - 8), stated.start));
        const unsignedFits = !hasSign && !decline && !plus && !RISE.test(clauseText(context.doc.text, statement, stated));
        if (isConsistentAtPrecision(signed, stated.decimals, expected) || (unsignedFits && isConsistentAtPrecision(Math.abs(stated.value), stated.decimals, Math.abs(expected))) || (qualifier && (fitsQualified(qualifier, signed, stated.decimals, expected) || (unsignedFits && fitsQualified(qualifier, Math.abs(stated.value), stated.decimals, Math.abs(expected)))))) {
          context.verified(stated, `change = (${statement.final.text} − ${statement.initial.text}) / ${statement.initial.text} × 100 = ${formatNumber(expected, 4)}%`);
          continue;
        }
        // Rounded endpoints ("1.2 million → 1.5 million") leave room: a figure that the unrounded endpoints may give is no certain error.
        if (withinBounds(signed, stated.decimals, bounds)) continue;
        // "fuel use fell from 291 litres to 226 litres, a drop of 22.4%" (22.3% as written): whole numbers of a measured
        // quantity are rounded too; a figure one unit of its last digit off, which the unrounded endpoints may give, is
        // no certain error (not "from 56 to 50 km, 12.0%", 1.3 points off).
        if (Math.abs(signed - expected) <= 10 ** -stated.decimals + 1e-9 && withinBounds(signed, stated.decimals, roundingBounds(statement.initial, statement.final, changeOf, context.doc.text))) continue;
        // "| Energy per event (MWh) | 367 | 360 | 327 | 335 | +2.2% | −8.9% |": a ratio or an average is a rounded quotient, so
        // any change its unrounded endpoints may give is no certain error, however far past one unit.
        if (DERIVED.test(lineOf(context.doc.text, stated.start)) && withinBounds(signed, stated.decimals, roundingBounds(statement.initial, statement.final, changeOf, context.doc.text, true))) continue;
        // "334.5 MWh against 367.4 MWh, 8.9% less": an unsigned figure whose size the unrounded endpoints may give.
        if (unsignedFits && bounds && withinBounds(Math.abs(stated.value), stated.decimals, { low: Math.min(Math.abs(bounds.low), Math.abs(bounds.high)), high: Math.max(Math.abs(bounds.low), Math.abs(bounds.high)) }) && bounds.low * bounds.high > 0) continue;
        // An endpoint the dataset corrects, and the change fits the corrected value: the endpoint is the error, not the change.
        if (statementEndpointSlips(context, statement).some((v) => {
          const c = changeOf(v.initial, v.final);
          return c !== undefined && (isConsistentAtPrecision(signed, stated.decimals, c) || (qualifier !== undefined && fitsQualified(qualifier, signed, stated.decimals, c)));
        })) continue;
        // Between two percentages, "+3%" often means points: that reading is no error, and a wrong value has no certain fix.
        const betweenPercents = statement.initial.kind === 'percent';
        if (betweenPercents && isConsistentAtPrecision(signed, stated.decimals, statement.final.value - statement.initial.value)) continue;
        // After "then", the change may count from the chain's first value: that reading is no error, and a wrong value has no certain fix.
        const fromChainStart = statement.chainStart && changeOf(statement.chainStart.value, statement.final.value);
        if (fromChainStart !== undefined && isConsistentAtPrecision(signed, stated.decimals, fromChainStart)) continue;
        const rounded = roundHalfAwayFromZero(hasSign ? expected : Math.abs(expected), stated.decimals);
        // Without a sign, a word carries the direction; when the direction is wrong, no number fixes it.
        // A word of decline ("slipped 20%" where the endpoints rise) says the direction as surely as a word of rise.
        const sameDirection = hasSign || (decline ? expected <= 0 : expected >= 0 || (!plus && !RISE.test(clauseText(context.doc.text, statement, stated))));
        const newText = formatLike(rounded, stated);
        context.report({
          range: { start: stated.start, end: stated.end },
          message: sameDirection
            ? `Change stated as ${stated.text}, but ${statement.initial.text} → ${statement.final.text} is a change of ${newText}.`
            : `Change stated as a ${decline ? 'fall' : 'rise'} of ${stated.text}, but ${statement.initial.text} → ${statement.final.text} is a ${expected < 0 ? 'fall' : 'rise'} of ${formatLike(Math.abs(rounded), stated)}: the direction is wrong.`,
          stated: stated.text,
          expected: newText,
          reason: `percent change = (final − initial) / initial × 100 = (${formatNumber(values.final)} − ${formatNumber(values.initial)}) / ${formatNumber(values.initial)} × 100 = ${formatNumber(expected, 4)}%`,
          related: endpoints(statement),
          ...(sameDirection && !betweenPercents && !statement.chainStart ? fixOrSuggestion(`Change to ${newText}`, { start: stated.start, end: stated.end }, newText, !statement.acrossSentences && !qualifier) : {}),
          ...lentTo(statement, stated, roundedEndpoints(bounds, stated.decimals)),
          data: { initial: values.initial, final: values.final, expected },
        });
      }
    }
  },
};

/**
 * "NHAC's output rose by 96% between 2015 and 2025", "its composite score fell 1.7 points between 2023 and 2025": the
 * endpoints are the dataset's, so a wrong change gets a suggestion only.
 */
function checkDatasetChange(context: RuleContext, change: DatasetChange): void {
  const { stated, from, to } = change;
  const points = change.measure === 'points';
  const expected = points ? to.value - from.value : changeOf(from.value, to.value);
  if (expected === undefined) return;
  const hasSign = stated.style.sign !== '';
  const signed = hasSign ? stated.value : change.decline ? -Math.abs(stated.value) : Math.abs(stated.value);
  const formula = points ? `difference = ${formatNumber(to.value)} − ${formatNumber(from.value)} = ${formatNumber(expected, 4)} points` : `change = (${formatNumber(to.value)} − ${formatNumber(from.value)}) / ${formatNumber(from.value)} × 100 = ${formatNumber(expected, 4)}%`;
  const check = `${formula} (dataset: ${change.entity} ${change.metric} ${from.year} and ${to.year})`;
  const qualifier = qualifierBefore(context.doc.text, stated);
  if (isConsistentAtPrecision(signed, stated.decimals, expected) || (!hasSign && !change.decline && !change.rise && isConsistentAtPrecision(Math.abs(stated.value), stated.decimals, Math.abs(expected))) || (qualifier && fitsQualified(qualifier, signed, stated.decimals, expected))) {
    context.verified(stated, check);
    return;
  }
  // No word of direction ("improved by 17.7 points", "changed by 12%"): the magnitude alone is judged.
  const sameDirection = hasSign || (change.decline ? expected <= 0 : !change.rise || expected >= 0);
  const newText = formatLike(roundHalfAwayFromZero(hasSign ? expected : Math.abs(expected), stated.decimals), stated);
  context.report({
    range: { start: stated.start, end: stated.end },
    // A word of direction that the dataset contradicts ("fell 19.8%" where visits rose 19.8%): said in words, as the
    // figure alone may equal the true change.
    message: sameDirection
      ? `${points ? 'Difference' : 'Change'} stated as ${stated.text}${points ? ' points' : ''}, but the dataset has ${describeFact(context.dataset, { entity: change.entity, metric: change.metric })} at ${formatNumber(from.value)} (${from.year}) and ${formatNumber(to.value)} (${to.year}), a ${points ? 'difference' : 'change'} of ${newText}${points ? ' points' : ''}.`
      : `${points ? 'Difference' : 'Change'} stated as a ${change.decline ? 'fall' : 'rise'} of ${stated.text}${points ? ' points' : ''}, but the dataset has ${describeFact(context.dataset, { entity: change.entity, metric: change.metric })} at ${formatNumber(from.value)} (${from.year}) and ${formatNumber(to.value)} (${to.year}), a ${expected < 0 ? 'fall' : 'rise'} of ${formatLike(roundHalfAwayFromZero(Math.abs(expected), stated.decimals), stated)}${points ? ' points' : ''}: the direction is wrong.`,
    stated: stated.text,
    expected: newText,
    reason: `${points ? 'points = later − earlier' : 'percent change = (final − initial) / initial × 100'} with the dataset's endpoints (sources ${from.source}, ${to.source}): ${check}`,
    related: [{ range: { start: change.years.start, end: change.years.end }, message: `years ${from.year}–${to.year}` }],
    ...(sameDirection ? { suggestions: [{ title: `Change to ${newText}`, edits: [{ range: { start: stated.start, end: stated.end }, newText }] }] } : {}),
    data: { initial: from.value, final: to.value, expected },
  });
}

/** The slots lent to a figure of a statement: endpoints from the sentence before it (growth.ts), or rounded too coarsely. */
export function lentTo(statement: Pick<GrowthStatement, 'laterFigures'>, figure: NumberToken, rounded?: LentSlot[]): { lent?: LentSlot[] } {
  const lent: LentSlot[] = [...(statement.laterFigures?.has(figure) ? [{ slot: 'endpoint', from: 'an earlier sentence' } as const] : []), ...(rounded ?? [])];
  return lent.length ? { lent } : {};
}

/**
 * A certain fix, or only a suggestion when the reading leaves room: rounded endpoints ("1.2 million → 1.5 million") may
 * round from figures that give the stated change, so the author may be right.
 */
function fixOrSuggestion(title: string, range: { start: number; end: number }, newText: string, certain: boolean) {
  const edit = { title, edits: [{ range, newText }] };
  return certain ? { fix: edit } : { suggestions: [edit] };
}

function endpoints(statement: Pick<GrowthStatement, 'initial' | 'final'>): Array<{ range: { start: number; end: number }; message: string }> {
  return [
    { range: { start: statement.initial.start, end: statement.initial.end }, message: `initial value ${statement.initial.text}` },
    { range: { start: statement.final.start, end: statement.final.end }, message: `final value ${statement.final.text}` },
  ];
}

/** A difference in percentage points ("a gain of 3.5 points") or in the statement's own unit ("(+351)"): final − initial. */
function checkDifference(context: RuleContext, statement: GrowthStatement, stated: NumberToken, kind: 'points' | 'absolute'): void {
  const expected = statement.final.value - statement.initial.value;
  if (!Number.isFinite(expected)) return;
  const hasSign = stated.style.sign !== '';
  const decline = statement.declines.has(stated);
  const signed = hasSign ? stated.value : decline ? -Math.abs(stated.value) : Math.abs(stated.value);
  const check = `difference = ${statement.final.text} − ${statement.initial.text} = ${formatNumber(expected, 4)}`;
  if (isConsistentAtPrecision(signed, stated.decimals, expected)) {
    context.verified(stated, check);
    return;
  }
  const unsignedOk = !hasSign && !decline && !RISE.test(clauseText(context.doc.text, statement, stated));
  const qualifier = qualifierBefore(context.doc.text, stated);
  if ((unsignedOk && isConsistentAtPrecision(Math.abs(stated.value), stated.decimals, Math.abs(expected))) || (qualifier && (fitsQualified(qualifier, signed, stated.decimals, expected) || (unsignedOk && fitsQualified(qualifier, Math.abs(stated.value), stated.decimals, Math.abs(expected)))))) {
    context.verified(stated, check);
    return;
  }
  // Rounded endpoints ("from 20.5% to 23%") leave room for the unrounded difference.
  if (withinBounds(signed, stated.decimals, roundingBounds(statement.initial, statement.final, (a, b) => b - a))) return;
  // An endpoint that is itself the slip, and the difference fits its true value: the error is the endpoint's.
  if (statementEndpointSlips(context, statement).some((v) => isConsistentAtPrecision(signed, stated.decimals, v.final - v.initial))) return;
  // After a series ("from 70.2% in 2015 to 76.4% in 2019 and 84.4% in 2024"), the difference may count from its first
  // value: that reading is no error, and a wrong value has no certain fix.
  const chain = statement.chainStart;
  if (chain && (isConsistentAtPrecision(signed, stated.decimals, statement.final.value - chain.value) || (unsignedOk && isConsistentAtPrecision(Math.abs(stated.value), stated.decimals, Math.abs(statement.final.value - chain.value))))) return;
  const sameDirection = hasSign || (decline ? expected <= 0 : expected >= 0) || unsignedOk;
  const rounded = roundHalfAwayFromZero(hasSign ? expected : Math.abs(expected), stated.decimals);
  const newText = formatLike(rounded, stated);
  const what = kind === 'points' ? 'percentage points' : 'difference';
  context.report({
    range: { start: stated.start, end: stated.end },
    message: `Difference stated as ${stated.text}${kind === 'points' ? ' points' : ''}, but ${statement.initial.text} → ${statement.final.text} is ${newText}${kind === 'points' ? ' points' : ''}.`,
    stated: stated.text,
    expected: newText,
    reason: `${what} = final − initial = ${formatNumber(statement.final.value)} − ${formatNumber(statement.initial.value)} = ${formatNumber(expected, 4)}`,
    related: endpoints(statement),
    ...(sameDirection ? fixOrSuggestion(`Change to ${newText}`, { start: stated.start, end: stated.end }, newText, !qualifier && !statement.acrossSentences && !chain) : {}),
    ...lentTo(statement, stated, roundedEndpoints(roundingBounds(statement.initial, statement.final, (a, b) => b - a), stated.decimals)),
    data: { initial: statement.initial.value, final: statement.final.value, expected },
  });
}

/**
 * "more than doubled", "nearly fourfold", "2.4 times over", "five times as many": the ratio final / initial (or larger /
 * smaller, for two figures compared) must fit the words. No fix: words are the author's.
 */
function checkMultiple(context: RuleContext, initial: NumberToken, final: NumberToken, multiple: StatedMultiple, link: '→' | 'against'): void {
  const statement = { initial, final };
  const values = endpointValues(initial, final);
  if (values.initial <= 0 || values.final < 0) return;
  const ratio = values.final / values.initial;
  const f = multiple.factor;
  // "almost halved" is judged from the other side: initial / final against 2 (acc-change7).
  const wrong = multiple.change !== undefined ? wrongFraction(multiple.change, ratio - 1, multiple.qualifier) : multipleMisses(ratio, f, multiple.qualifier);
  if (!wrong) {
    context.verified(multiple, `multiple = ${final.text} / ${initial.text} = ${formatNumber(ratio, 4)}`);
    return;
  }
  const said = { more: 'more than', less: 'just under', about: 'about', exact: '' }[multiple.qualifier];
  const pair = link === '→' ? `${initial.text} → ${final.text}` : `${final.text} against ${initial.text}`;
  const signedPercent = (x: number) => `${x > 0 ? '+' : x < 0 ? '−' : ''}${formatNumber(Math.abs(x) * 100, 1)}%`;
  context.report({
    range: { start: multiple.start, end: multiple.end },
    message: multiple.change !== undefined
      ? `"${multiple.text}" says a change of ${said ? `${said} ` : ''}${signedPercent(multiple.change)}, but ${pair} is ${signedPercent(ratio - 1)}.`
      : `"${multiple.text}" says ${said ? `${said} ` : ''}×${formatNumber(f)}, but ${pair} is ×${formatNumber(ratio, 2)}.`,
    stated: multiple.text,
    expected: `×${formatNumber(ratio, 2)}`,
    reason: `multiple = ${link === '→' ? 'final / initial' : 'larger / smaller'} = ${formatNumber(values.final)} / ${formatNumber(values.initial)} = ${formatNumber(ratio, 4)}`,
    related: link === '→' ? endpoints(statement) : [
      { range: { start: final.start, end: final.end }, message: `larger figure ${final.text}` },
      { range: { start: initial.start, end: initial.end }, message: `smaller figure ${initial.text}` },
    ],
    data: { initial: values.initial, final: values.final, expected: ratio },
  });
}



/**
 * "14% more than the 348 days", "0.2 percentage points lower than 3.64%": the stated gap between a figure and its base,
 * in percent of the base or in points. Between two percentages a percent may mean points: either reading passes. A
 * suggestion, never a certain fix: which figure is the base is read from the words.
 */
function checkCompared(context: RuleContext, compared: ComparedFigure): void {
  const stated = compared.stated as NumberToken;
  const { subject, base } = compared;
  const values = endpointValues(base, subject);
  const sign = compared.direction === 'up' ? 1 : -1;
  const percent = changeOf(values.initial, values.final);
  const points = subject.kind === 'percent' ? sign * (subject.value - base.value) : undefined;
  const expected = compared.measure === 'points' ? points : percent === undefined ? undefined : sign * percent;
  if (expected === undefined) return;
  const size = Math.abs(stated.value);
  const readings = [expected, ...(compared.measure === 'percent' && points !== undefined ? [points] : [])];
  const bounds = compared.measure === 'percent' ? roundingBounds(base, subject, (a, b) => { const c = changeOf(a, b); return c === undefined ? undefined : sign * c; }) : undefined;
  const qualifier = qualifierBefore(context.doc.text, stated);
  if (readings.some((r) => isConsistentAtPrecision(size, stated.decimals, r) || (qualifier && fitsQualified(qualifier, size, stated.decimals, r))) || withinBounds(size, stated.decimals, bounds)) {
    context.verified(stated, `${compared.measure === 'points' ? 'difference' : 'gap'} = ${subject.text} against ${base.text} = ${formatNumber(expected, 4)}${compared.measure === 'points' ? ' points' : '%'}`);
    return;
  }
  const unit = compared.measure === 'points' ? ' points' : '';
  const newText = formatLike(roundHalfAwayFromZero(Math.abs(expected), stated.decimals), stated);
  const wrongWay = expected < 0;
  context.report({
    range: { start: stated.start, end: stated.end },
    message: wrongWay
      ? `${stated.text}${unit} ${compared.direction === 'up' ? 'more' : 'less'} says ${subject.text} is ${compared.direction === 'up' ? 'above' : 'below'} ${base.text}, but it is not.`
      : `Gap stated as ${stated.text}${unit}, but ${subject.text} against ${base.text} is ${newText}${unit}.`,
    stated: stated.text,
    expected: newText,
    reason: compared.measure === 'points'
      ? `difference in points = ${formatNumber(subject.value)} − ${formatNumber(base.value)} = ${formatNumber(subject.value - base.value, 4)}`
      : `gap = (figure − base) / base × 100 = (${formatNumber(values.final)} − ${formatNumber(values.initial)}) / ${formatNumber(values.initial)} × 100 = ${formatNumber(sign * expected, 4)}%`,
    related: [
      { range: { start: subject.start, end: subject.end }, message: `figure ${subject.text}` },
      { range: { start: base.start, end: base.end }, message: `compared with ${base.text}` },
    ],
    ...(wrongWay ? {} : { suggestions: [{ title: `Change to ${newText}`, edits: [{ range: { start: stated.start, end: stated.end }, newText }] }] }),
    data: { initial: values.initial, final: values.final, expected },
  });
}

/** A multiple or a two-year comparison whose endpoints are the dataset's: a finding without a fix, or with a suggestion. */
function checkDatasetForm(context: RuleContext, form: DatasetForm): void {
  const { from, to } = form;
  const origin = `the dataset's ${formatNumber(from.value)} (${from.year}) → ${formatNumber(to.value)} (${to.year}) for ${describeFact(context.dataset, { entity: form.entity, metric: form.metric })}`;
  const related = [{ range: { start: form.years.start, end: form.years.end }, message: `years ${from.year}, ${to.year}` }];
  if (form.measure === 'multiple') {
    const multiple = form.stated as StatedMultiple;
    const ratio = to.value / from.value;
    const f = multiple.factor;
    const wrong = multiple.change !== undefined ? wrongFraction(multiple.change, ratio - 1, multiple.qualifier) : multipleMisses(ratio, f, multiple.qualifier);
    if (!wrong) {
      context.verified(multiple, `multiple = ${formatNumber(to.value)} / ${formatNumber(from.value)} = ${formatNumber(ratio, 4)} (${origin})`);
      return;
    }
    context.report({
      range: { start: multiple.start, end: multiple.end },
      message: `"${multiple.text}" says ×${formatNumber(f)}, but ${origin} is ×${formatNumber(ratio, 2)}.`,
      stated: multiple.text,
      expected: `×${formatNumber(ratio, 2)}`,
      reason: `multiple = final / initial = ${formatNumber(to.value)} / ${formatNumber(from.value)} = ${formatNumber(ratio, 4)} (sources ${from.source}, ${to.source})`,
      related,
      data: { initial: from.value, final: to.value, expected: ratio },
    });
    return;
  }
  const stated = form.stated as NumberToken;
  const expected = changeOf(from.value, to.value);
  if (expected === undefined) return;
  const size = form.lower ? -expected : expected;
  const qualifier = qualifierBefore(context.doc.text, stated);
  if (isConsistentAtPrecision(Math.abs(stated.value), stated.decimals, size) || (qualifier && fitsQualified(qualifier, Math.abs(stated.value), stated.decimals, size))) {
    context.verified(stated, `change = (${formatNumber(to.value)} − ${formatNumber(from.value)}) / ${formatNumber(from.value)} × 100 = ${formatNumber(expected, 4)}% (${origin})`);
    return;
  }
  const newText = formatLike(roundHalfAwayFromZero(Math.abs(size), stated.decimals), stated);
  context.report({
    range: { start: stated.start, end: stated.end },
    message: size < 0 ? `${stated.text} ${form.lower ? 'fewer' : 'more'} says ${to.year} is ${form.lower ? 'below' : 'above'} ${from.year}, but ${origin} is not.` : `Change stated as ${stated.text}, but ${origin} is a change of ${newText}.`,
    stated: stated.text,
    expected: newText,
    reason: `percent change = (final − initial) / initial × 100 = ${formatNumber(expected, 4)}% (sources ${from.source}, ${to.source})`,
    related,
    ...(size >= 0 ? { suggestions: [{ title: `Change to ${newText}`, edits: [{ range: { start: stated.start, end: stated.end }, newText }] }] } : {}),
    data: { initial: from.value, final: to.value, expected },
  });
}

/** A partner share's change in points against the dataset's two periods: a finding with a suggestion, never a certain fix. */
function checkPartnerPoints(context: RuleContext, points: PartnerPoints): void {
  const { stated, from, to } = points;
  const expected = to.value - from.value;
  const hasSign = stated.style.sign !== '';
  const signed = hasSign ? stated.value : points.decline ? -Math.abs(stated.value) : Math.abs(stated.value);
  const check = `difference = ${formatNumber(to.value)} − ${formatNumber(from.value)} = ${formatNumber(expected, 4)} points (dataset: ${points.entity} ${points.metric} with ${points.partner}, ${from.period} and ${to.period})`;
  const qualifier = qualifierBefore(context.doc.text, stated);
  if (isConsistentAtPrecision(signed, stated.decimals, expected) || (qualifier && fitsQualified(qualifier, signed, stated.decimals, expected))) {
    context.verified(stated, check);
    return;
  }
  const sameDirection = hasSign || (points.decline ? expected <= 0 : expected >= 0);
  const newText = formatLike(roundHalfAwayFromZero(hasSign ? expected : Math.abs(expected), stated.decimals), stated);
  context.report({
    range: { start: stated.start, end: stated.end },
    message: `Difference stated as ${stated.text} points, but the dataset's share of ${points.entity} with ${points.partner} went from ${formatNumber(from.value)}% (${from.period}) to ${formatNumber(to.value)}% (${to.period}), ${sameDirection ? `${newText} points` : `a change of ${formatNumber(expected, 4)} points`}.`,
    stated: stated.text,
    expected: newText,
    reason: `points = later − earlier with the dataset's facts (sources ${from.source}, ${to.source}): ${check}`,
    related: [{ range: { start: points.cue.start, end: points.cue.end }, message: `periods ${from.period}, ${to.period}` }],
    ...(sameDirection ? { suggestions: [{ title: `Change to ${newText}`, edits: [{ range: { start: stated.start, end: stated.end }, newText }] }] } : {}),
    data: { initial: from.value, final: to.value, expected },
  });
}

/** A gap in points between two parties' facts against the dataset: a finding with a suggestion, never a certain fix. */
function checkEntityGap(context: RuleContext, gap: EntityGap): void {
  const { stated, subject, other } = gap;
  const expected = subject.value - other.value;
  const signed = gap.below ? -stated.value : stated.value;
  const measure = `${describeFact(context.dataset, { entity: subject.entity, metric: gap.metric })}${gap.dimension ? ` (${gap.dimension})` : ''}${gap.partner ? ` with ${gap.partner}` : ''}, ${gap.when}`;
  const [mine, theirs] = [subject, other].map((p) => context.dataset.entities.get(p.entity)?.name ?? p.entity);
  const check = `gap = ${formatNumber(subject.value)} − ${formatNumber(other.value)} = ${formatNumber(expected, 4)} points (dataset: ${mine} and ${theirs}, ${measure})`;
  const qualifier = qualifierBefore(context.doc.text, stated);
  if (isConsistentAtPrecision(signed, stated.decimals, expected) || (qualifier && fitsQualified(qualifier, signed, stated.decimals, expected))) {
    context.verified(stated, check);
    return;
  }
  const sameSide = gap.below ? expected < 0 : expected > 0;
  const newText = formatLike(roundHalfAwayFromZero(Math.abs(expected), stated.decimals), stated);
  context.report({
    range: { start: stated.start, end: stated.end },
    message: sameSide
      ? `Gap stated as ${stated.text} points, but the dataset has ${mine} at ${formatNumber(subject.value)} and ${theirs} at ${formatNumber(other.value)}, a gap of ${newText} points.`
      : `${stated.text} points ${gap.below ? 'below' : 'above'} says ${mine} is ${gap.below ? 'below' : 'above'} ${theirs}, but the dataset has ${formatNumber(subject.value)} against ${formatNumber(other.value)}.`,
    stated: stated.text,
    expected: sameSide ? newText : formatNumber(expected, 4),
    reason: `points gap = subject − other with the dataset's facts (sources ${subject.source}, ${other.source}): ${check}`,
    related: [{ range: gap.otherAt, message: `compared with ${theirs}: ${formatNumber(other.value)}` }],
    ...(sameSide ? { suggestions: [{ title: `Change to ${newText}`, edits: [{ range: { start: stated.start, end: stated.end }, newText }] }] } : {}),
    data: { initial: other.value, final: subject.value, expected },
  });
}

/**
 * "fell by a third", "grew by nearly half" (acc-change6): the stated fraction against the true change. Another direction
 * is wrong; a plain fraction fits a change within a fifth of it (a third: 27–40%); "nearly" fits just below, "more than" above.
 */
function wrongFraction(stated: number, actual: number, qualifier: StatedMultiple['qualifier']): boolean {
  if (Math.sign(stated) !== Math.sign(actual)) return true;
  const s = Math.abs(stated);
  const a = Math.abs(actual);
  return qualifier === 'more' ? a <= s : qualifier === 'less' ? a >= s * 1.02 || a < s * 0.8 : Math.abs(a / s - 1) > 0.2;
}

/** A change against a table row's two year columns: a finding with a suggestion, never a certain fix. */
function checkRowChange(context: RuleContext, row: TableRowChange): void {
  const stated = row.stated!;
  const expected = changeOf(row.initial.value, row.final.value);
  if (expected === undefined) return;
  const hasSign = stated.style.sign !== '';
  const signed = hasSign ? stated.value : row.decline ? -Math.abs(stated.value) : Math.abs(stated.value);
  const check = `change = (${row.final.text} − ${row.initial.text}) / ${row.initial.text} × 100 = ${formatNumber(expected, 4)}% (table row ${row.label}, ${row.from} and ${row.to})`;
  const qualifier = qualifierBefore(context.doc.text, stated);
  if (isConsistentAtPrecision(signed, stated.decimals, expected) || (qualifier && fitsQualified(qualifier, signed, stated.decimals, expected))) {
    context.verified(stated, check);
    return;
  }
  if (withinBounds(signed, stated.decimals, roundingBounds(row.initial, row.final, changeOf))) return;
  // A cell that is itself the slip (a Total row that left a part out, a figure of another year), and the change fits its true value.
  if (endpointSlips(context, row.initial, row.final, { initial: row.from, final: row.to }).some((v) => {
    const c = changeOf(v.initial, v.final);
    return c !== undefined && isConsistentAtPrecision(signed, stated.decimals, c);
  })) return;
  const sameDirection = hasSign || (row.decline ? expected <= 0 : expected >= 0);
  const newText = formatLike(roundHalfAwayFromZero(hasSign ? expected : Math.abs(expected), stated.decimals), stated);
  context.report({
    range: { start: stated.start, end: stated.end },
    message: `Change stated as ${stated.text}, but the table's row ${row.label} goes from ${row.initial.text} (${row.from}) to ${row.final.text} (${row.to}), a change of ${newText}.`,
    stated: stated.text,
    expected: newText,
    reason: `percent change = (final − initial) / initial × 100: ${check}`,
    related: [{ range: row.row, message: `table row ${row.label}` }],
    ...(sameDirection ? { suggestions: [{ title: `Change to ${newText}`, edits: [{ range: { start: stated.start, end: stated.end }, newText }] }] } : {}),
    data: { initial: row.initial.value, final: row.final.value, expected },
  });
}
