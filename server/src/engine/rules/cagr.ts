// Rule cagr: a stated compound annual growth rate must follow from its endpoints: (final/initial)^(1/n) − 1.
import { LENT_FIX_POLICY, type LentSlot } from '../context/lent-slots.js';
import { lentTo } from './percent-change.js';
import { cagrWordRate, periodOfYears, rateVerbSpan } from '../context/dataset-cagr-forms.js';
import { cagr as cagrOf } from '../arithmetic.js';
import { endpointValues, roundedEndpoints, roundingBounds, withinBounds } from '../context/endpoint-bounds.js';
import { DECLINE_CUE } from '../context/change-wording.js';
import { datasetChanges, type DatasetChange } from '../context/change-dataset-changes.js';
import { readsTable } from '../section-findings.js';
import { tableDatasetChanges } from '../context/change-table-dataset.js';
import { linkedBaseChanges } from '../context/change-linked-bases.js';
import { tableRowChanges } from '../context/change-table-rows.js';
import { growthStatements, sentenceOf, headingPeriod, type GrowthStatement, type YearEvidence } from '../context/growth.js';
import { itemsWithin } from '../context/spans.js';
import { observationKey, type Dataset } from '../dataset/index.js';
import { formatLike, isConsistentAtPrecision, roundHalfAwayFromZero, type NumberToken } from '../numbers.js';
import type { AnalysedSegment } from '../analysis.js';
import { describeFact } from './describe.js';
import type { Rule, RuleContext } from './rule.js';
import { formatNumber } from './format.js';
import { segmentHas } from '../context/segment-carry.js';
import { datasetReadingRefused, fitsQualified, qualifierBefore } from '../context/rate-guards.js';
import { ENDPOINT_SLIP_POLICY, endpointSlips, statementEndpointSlips } from '../context/endpoint-slips.js';
import { changeGlobals } from './change-globals.js';
import { claimsRead, segmentRange, textRange } from '../section-findings.js';
import { linkedYears } from '../context/rate-linked-years.js';
import { ratesWithTotalChanges, type RateWithTotalChange } from '../context/rate-from-total-change.js';

const CAGR_WORD = /\b(?:CAGR|compound annual growth(?: rate)?|compound(?:ed)? annual(?:ly)?|annuali[sz]ed growth)\b/i;

export const cagr: Rule = {
  id: 'cagr',
  docs: {
    description: 'A stated CAGR does not follow from its start and end values.',
    details:
      'The compound annual growth rate is ((final / initial)^(1/n) − 1) × 100 with n = end year − start year. The endpoints are read from the same sentence ("from 287 publications in 2015 to 638 in 2024 (CAGR 9.3%)"); the years from that sentence, an earlier statement of the same paragraph, or a heading that names the period. When the text states no endpoints, the dataset values of the linked entity and metric for the start and end year are used. When the sentence states both endpoints but no years (“21 → 63 papers, CAGR 13.0%”), the years are those of the dataset facts the two endpoints equal, when each value is held by one year only of the entity’s measure and the sentence names no other period; when the sentence names no measure (`Keio: 21 → 63, so it tripled, at 11.6% a year`), the years of the one pair of facts of a count or money measure that hold the two values, when every entity and measure holding such a pair gives the same two years. A wrong rate then gets a suggestion only. A stated rate is consistent when it equals the true rate rounded at its stated precision. A wrong rate proves only that the figures disagree, not which one is wrong: the fix is certain only when the endpoints and years are all in the sentence and the dataset (or another check that passed) confirms both endpoints; otherwise it is offered as a suggestion, which an editor shows as a quick fix and --fix does not apply. The years name the period and need no confirmation. A rate stated beside a total change over the same two years, in a sentence with no endpoint values (“8,699 tonnes in 2024, 67.1% more than in 2015, an average of 5.3% a year”), must agree with it: (1 + change)^(1/n) − 1, the change’s rounding allowed; a suggestion only, since either figure may be the wrong one. The two years may also be the change’s base year and a length the rate names (“62.0% more than in 2016, a growth rate of 6.5% a year over nine years”), or the two years of the sentence before one that only refers back (“That is an increase of 64.7%, or 6.7% a year compounded”).' + ENDPOINT_SLIP_POLICY + LENT_FIX_POLICY,
    failing: 'UTokyo expanded from 287 publications in 2015 to 638 in 2024 (+122%; CAGR +8.3%).\n',
    passing: 'UTokyo expanded from 287 publications in 2015 to 638 in 2024 (+122%; CAGR +9.3%).\n',
  },
  defaultSeverity: 'error',
  hasSuggestions: true,
  fixable: true,
  tags: ['arithmetic'],
  supersedes: ['dataset-value', 'unverified'],
  // A stated rate's judgment reads its statement (growth.ts: its section and the headings above), the links of its
  // endpoints (read as dataset-value's are: its globals), the dataset, and beyond the section the document's opening
  // lines (an endpoint slip's last resort for a subject) and, for a paragraph that names a table's row, that table, its
  // caption and headings (change-table-rows.ts). After an edit only the rates of the edit's sections are judged.
  bySection: { globals: (doc, dataset) => changeGlobals(doc, dataset) },
  check(context) {
    // The rates judged: those of the edit's sections after an edit, else all. Every statement still attaches its rates.
    const read = textRange(context);
    const judged = claimsRead(context);
    const attached = new Set<NumberToken>();
    for (const statement of growthStatements(context.doc)) {
      for (const stated of statement.cagr) {
        attached.add(stated);
        // After "then", a rate may span the whole chain or its last step: no certain reading.
        if (statement.chainStart || !judged(stated)) continue;
        if (!statement.years) {
          if (statement.duration) judgeDuration(context, statement, stated);
          else judgeLinkedYears(context, statement, stated);
          continue;
        }
        // "5.5% per year" is compound by convention only: the finding stands, its fix is a suggestion.
        const certain = (statement.years.source === 'statement' || statement.years.source === 'sentence') && !statement.conventionalRates.has(stated) && !statement.acrossSentences;
        const values = endpointValues(statement.initial, statement.final);
        const n = statement.years.to - statement.years.from;
        const { initial, final } = statement;
        // Rounded endpoints leave room; between two percentages, "1% a year" may be points a year.
        const bounds = roundingBounds(initial, final, (a, b) => cagrOf(a, b, n));
        const readings = {
          bounds,
          pointsPerYear: initial.kind === 'percent' && statement.conventionalRates.has(stated) && n > 0 ? (final.value - initial.value) / n : undefined,
          // Read only for a rate that fits neither its endpoints nor points a year (most rates fit): about a tenth of a
          // keystroke when read for every stated rate of the document.
          get corrected() {
            return statementEndpointSlips(context, statement);
          },
          ...lentTo(statement, stated, roundedEndpoints(bounds, stated.decimals)),
        };
        judge(context, stated, values.initial, values.final, statement.years, certain && initial.kind !== 'percent', 'text', statement.declines.has(stated), [
          { range: initial, message: `initial value ${initial.text}` },
          { range: final, message: `final value ${final.text}` },
        ], readings);
      }
    }
    const { from, to } = segmentRange(context);
    for (let s = from; s <= to; s++) {
      const segment = context.doc.segments[s]!;
      // Only a percent is read here: a segment without one is not searched for the word.
      if (!segment.tokens.some((t) => t.kind === 'percent') || !segmentHas(segment, CAGR_WORD)) continue;
      for (const token of segment.tokens) {
        if (token.kind !== 'percent' || attached.has(token)) continue;
        const before = context.doc.text.slice(Math.max(segment.start, token.start - 40), token.start);
        // "The CAGR of IBCE publications over 2016–2020 was 5.2%": the word a clause before its rate (acc-dv7).
        if (!/\b(?:CAGR|compound annual growth(?: rate)?|annuali[sz]ed growth)\b[^.;]{0,25}$/i.test(before) && !cagrWordRate(context.doc.text, sentenceOf(segment, token.start), token, segment.tokens)) continue;
        attached.add(token);
        fromDataset(context, segment, token);
      }
    }
    // "EMSI's papers grew 13.8% a year between 2015 and 2025": a rate whose endpoints are the dataset's; a suggestion only.
    const fromDatasetChanges = datasetChanges(context.doc, context.dataset, new Set([...attached].map((t) => t.start)));
    // A rate between two of the dataset's values: a suggestion only.
    const judgeDatasetRate = (change: DatasetChange) => {
      const years: YearEvidence = { from: change.from.year, to: change.to.year, source: 'sentence', spans: [change.years] };
      judge(context, change.stated, change.from.value, change.to.value, years, false, `${describeFact(context.dataset, { entity: change.entity, metric: change.metric })} in ${change.from.year} and ${change.to.year}, source ${change.from.source}`, change.decline, []);
    };
    for (const change of fromDatasetChanges) {
      if (change.measure === 'rate' && judged(change.stated)) judgeDatasetRate(change);
    }
    // "| Rink | CAGR of visits, 2015–2024 (%) |": a column of annual rates against the dataset's two years; a suggestion only.
    const fromTables = tableDatasetChanges(context.doc, context.dataset, context.scope && ((table) => readsTable(context, table)));
    for (const change of fromTables) {
      if (change.measure !== 'rate' || !judged(change.stated) || attached.has(change.stated)) continue;
      attached.add(change.stated);
      judgeDatasetRate(change);
    }
    const readByDataset = new Set([...fromDatasetChanges, ...fromTables].map((c) => c.stated.start));
    // "Since 2016, when it received EUR 1.1 million, its income has grown 39.3% a year": a stated base the dataset confirms; a suggestion only.
    for (const change of linkedBaseChanges(context.doc, context.dataset, context.links()).changes) {
      if (change.measure !== 'rate' || !judged(change.stated) || attached.has(change.stated) || readByDataset.has(change.stated.start)) continue;
      attached.add(change.stated);
      const years: YearEvidence = { from: change.from.year, to: change.to.year, source: 'sentence', spans: [change.years] };
      judge(context, change.stated, change.from.value, change.to.value, years, false, `${describeFact(context.dataset, { entity: change.entity, metric: change.metric })} in ${change.from.year} and ${change.to.year}, source ${change.to.source}`, change.decline, []);
    }
    // "8,699 tonnes in 2024, 67.1% more than in 2015, an average of 5.3% a year": a rate against the total change of its
    // sentence over the same two years; a suggestion only, as either figure may be the wrong one.
    for (const pair of ratesWithTotalChanges(context.doc, read)) {
      if (!judged(pair.rate) || attached.has(pair.rate) || readByDataset.has(pair.rate.start)) continue;
      attached.add(pair.rate);
      judgeAgainstTotalChange(context, pair);
    }
    // "Growth was fastest at Keldby, a compound 11.6% a year": the endpoints are a table row's year columns (acc-change6); a suggestion only.
    for (const row of tableRowChanges(context.doc)) {
      if (!row.stated || !row.rate || !judged(row.stated) || attached.has(row.stated) || readByDataset.has(row.stated.start)) continue;
      attached.add(row.stated);
      const years: YearEvidence = { from: row.from, to: row.to, source: 'paragraph', spans: [] };
      judge(context, row.stated, row.initial.value, row.final.value, years, false, 'text', row.decline, [
        { range: row.row, message: `table row ${row.label}: ${row.initial.text} (${row.from}) → ${row.final.text} (${row.to})` },
      ], { bounds: roundingBounds(row.initial, row.final, (a, b) => cagrOf(a, b, row.to - row.from)), corrected: endpointSlips(context, row.initial, row.final, { initial: row.from, final: row.to }) });
    }
  },
};

/** A rate against the total change stated beside it over the same years: (1 + change)^(1 / years) − 1. */
function judgeAgainstTotalChange(context: RuleContext, pair: RateWithTotalChange): void {
  const { rate, change, from, to } = pair;
  const n = to - from;
  const half = (t: NumberToken) => 0.5 * 10 ** -t.decimals;
  const signed = (v: number) => (pair.decline ? -Math.abs(v) : Math.abs(v));
  const rateOf = (p: number) => (1 + signed(p) / 100 > 0 ? ((1 + signed(p) / 100) ** (1 / n) - 1) * 100 : undefined);
  const ends = [rateOf(Math.abs(change.value) - half(change)), rateOf(Math.abs(change.value) + half(change))];
  const expected = rateOf(Math.abs(change.value));
  if (n <= 0 || expected === undefined || ends.some((e) => e === undefined)) return;
  const [low, high] = [Math.min(...ends.map((e) => Math.abs(e!))), Math.max(...ends.map((e) => Math.abs(e!)))];
  const stated = Math.abs(rate.value);
  const period = pair.lengthOnly ? `${n} years` : `${from}–${to}, ${n} years`;
  const reason = `annual rate = (1 ${pair.decline ? '−' : '+'} ${formatNumber(Math.abs(change.value), 2)}%)^(1/${n}) − 1 = ${formatNumber(expected, 3)}% (${period}; the rounded change allows ${formatNumber(low, 2)}–${formatNumber(high, 2)}%)`;
  if (stated + half(rate) >= low - 1e-9 && stated - half(rate) <= high + 1e-9) {
    context.verified(rate, reason);
    return;
  }
  const newText = formatLike(roundHalfAwayFromZero(rate.value < 0 ? -Math.abs(expected) : Math.abs(expected), rate.decimals), rate);
  if (newText === rate.text) return;
  context.report({
    range: { start: rate.start, end: rate.end },
    message: `Annual rate stated as ${rate.text}, but a total change of ${change.text} over ${n} years${pair.lengthOnly ? '' : ` (${from}–${to})`} is ${newText} a year. Either figure may be the wrong one.`,
    stated: rate.text,
    expected: newText,
    reason,
    related: [{ range: { start: change.start, end: change.end }, message: `total change ${change.text}, ${pair.lengthOnly ? `over ${n} years` : `${from}–${to}`}` }],
    suggestions: [{ title: `Change the rate to ${newText}`, edits: [{ range: { start: rate.start, end: rate.end }, newText }] }],
  });
}

/**
 * "rose from 473 papers to 902, or 8.4% a year over nine years" (acc-chg10): a rate over a stated length of period, nine
 * compounding steps for nine years. "Over the decade" may name 2015–2024 as well as 2015–2025: a rate that fits nine or
 * ten steps is no error there. A finding is judged on the stated length, with a suggestion only.
 */
function judgeDuration(context: RuleContext, statement: GrowthStatement, stated: NumberToken): void {
  const { initial, final, duration } = statement;
  const n = duration!.years;
  const values = endpointValues(initial, final);
  const decline = statement.declines.has(stated);
  const statedValue = stated.style.sign !== '' ? stated.value : decline ? -Math.abs(stated.value) : Math.abs(stated.value);
  if (duration!.inclusive) {
    const nine = cagrOf(values.initial, values.final, n - 1);
    if (nine !== undefined && isConsistentAtPrecision(statedValue, stated.decimals, nine)) {
      context.verified(stated, `CAGR = ((${formatNumber(values.final)} / ${formatNumber(values.initial)})^(1/${n - 1}) − 1) × 100 = ${formatNumber(nine, 4)}% (a decade of ${n - 1} steps)`);
      return;
    }
    if (withinBounds(statedValue, stated.decimals, roundingBounds(initial, final, (a, b) => cagrOf(a, b, n - 1)))) return;
  }
  judge(context, stated, values.initial, values.final, { years: n, spans: [duration!.span] }, false, 'text', decline, [
    { range: initial, message: `initial value ${initial.text}` },
    { range: final, message: `final value ${final.text}` },
  ], { bounds: roundingBounds(initial, final, (a, b) => cagrOf(a, b, n)), corrected: statement.alternatives });
}

/**
 * "21 → 63 papers, tripled; CAGR 11.6%": the endpoints are the sentence's, their years those of the dataset facts they
 * equal (rate-linked-years.ts). The years are lent: a suggestion only.
 */
function judgeLinkedYears(context: RuleContext, statement: GrowthStatement, stated: NumberToken): void {
  const linked = linkedYears(context.doc.text, context.links(), context.dataset, statement);
  if (!linked) return;
  const { initial, final } = statement;
  const n = linked.years.to - linked.years.from;
  const values = endpointValues(initial, final);
  judge(context, stated, values.initial, values.final, linked.years, false, 'text', statement.declines.has(stated), [
    { range: initial, message: `initial value ${initial.text} (${linked.years.from} in the dataset: ${linked.origin})` },
    { range: final, message: `final value ${final.text} (${linked.years.to} in the dataset)` },
  ], { bounds: roundingBounds(initial, final, (a, b) => cagrOf(a, b, n)), corrected: statement.alternatives, lent: linked.lent });
}

/** The period of a rate: two years, or only its stated length ("over nine years"). */
type RatePeriod = YearEvidence | { years: number; spans: Array<{ start: number; end: number }> };

function judge(
  context: RuleContext,
  stated: NumberToken,
  initial: number,
  final: number,
  period: RatePeriod,
  certain: boolean,
  origin: string,
  decline: boolean,
  related: Array<{ range: { start: number; end: number }; message: string }>,
  readings: { bounds?: { low: number; high: number }; pointsPerYear?: number; corrected?: Array<{ initial: number; final: number }>; lent?: LentSlot[] } = {},
): void {
  const years = 'from' in period ? period : undefined;
  const n = years ? years.to - years.from : (period as { years: number }).years;
  const over = years ? `${years.from}–${years.to}` : `${n} years`;
  const expected = cagrOf(initial, final, n);
  if (expected === undefined) return;
  // An unsigned rate takes its direction from its clause: "a compound annual decline of 5.4%" is −5.4%.
  const signed = stated.style.sign !== '';
  const statedValue = signed ? stated.value : decline ? -Math.abs(stated.value) : Math.abs(stated.value);
  // "more than 4% a year", "nearly 5% a year": the figure is a bound and fits any true rate on its side.
  const qualifier = qualifierBefore(context.doc.text, stated);
  if (isConsistentAtPrecision(statedValue, stated.decimals, expected) || (qualifier && fitsQualified(qualifier, statedValue, stated.decimals, expected))) {
    context.verified(stated, `CAGR = ((${formatNumber(final)} / ${formatNumber(initial)})^(1/${n}) − 1) × 100 = ${formatNumber(expected, 4)}% (${over})`);
    return;
  }
  if (readings.pointsPerYear !== undefined && isConsistentAtPrecision(statedValue, stated.decimals, readings.pointsPerYear)) return;
  // An endpoint the dataset corrects, and the rate fits the corrected value: the endpoint is the error, not the rate.
  if (readings.corrected?.some((v) => {
    const c = cagrOf(v.initial, v.final, n);
    return c !== undefined && isConsistentAtPrecision(statedValue, stated.decimals, c);
  })) return;
  // Rounded endpoints leave room: a rate the unrounded endpoints may give is no certain error.
  if (withinBounds(statedValue, stated.decimals, readings.bounds)) return;
  const rounded = roundHalfAwayFromZero(expected, stated.decimals);
  // Without a sign, the words carry the direction: a number alone can fix the size, never the direction.
  const sameDirection = signed || (decline ? rounded <= 0 : rounded >= 0);
  const newText = formatLike(signed ? rounded : Math.abs(rounded), stated);
  const formula = `((${formatNumber(final)} / ${formatNumber(initial)})^(1/${n}) − 1) × 100 = ${formatNumber(expected, 4)}%`;
  const fix = { title: `Change the CAGR to ${newText}`, edits: [{ range: { start: stated.start, end: stated.end }, newText }] };
  context.report({
    range: { start: stated.start, end: stated.end },
    message: years
      ? `CAGR stated as ${stated.text}, but ${formatNumber(initial)} (${years.from}) → ${formatNumber(final)} (${years.to}) over ${n} years gives ${newText}${origin === 'text' ? '' : ` (endpoints from the dataset: ${origin})`}.`
      : `CAGR stated as ${stated.text}, but ${formatNumber(initial)} → ${formatNumber(final)} over ${n} years gives ${newText}.`,
    stated: stated.text,
    expected: newText,
    reason: `CAGR = ((final / initial)^(1/n) − 1) × 100 with n = ${years ? `${years.to} − ${years.from}` : `${n} (the stated length)`}: ${formula}`,
    related: [...related, ...period.spans.map((s) => ({ range: { start: s.start, end: s.end }, message: years ? `years ${years.from}–${years.to} (${years.source})` : `period of ${n} years` }))],
    // Rounded endpoints may round from figures that give the stated rate: then the fix is only a suggestion.
    ...(!sameDirection ? {} : certain && !qualifier ? { fix } : { suggestions: [fix] }),
    ...(readings.lent ? { lent: readings.lent } : {}),
    data: { initial, final, years: n, expected },
  });
}

/** A CAGR stated without endpoints: use the dataset values of the one entity and count metric the sentence names. */
function fromDataset(context: RuleContext, segment: AnalysedSegment, stated: NumberToken): void {
  const sentence = sentenceOf(segment, stated.start);
  const entityMentions = itemsWithin(segment.entities, sentence);
  const metricMentions = itemsWithin(segment.metrics, sentence).filter((m) => ['count', 'currency'].includes(context.dataset.metrics.get(m.id)?.unit ?? ''));
  const entities = unique(entityMentions.map((m) => m.id));
  const metrics = unique(metricMentions.map((m) => m.id));
  if (entities.length !== 1 || metrics.length !== 1) return;
  // "the sector's CAGR", "since 2020", "in terms of citations": not the entity's plain metric over the period (acc-rate).
  const verb = rateVerbSpan(context.doc.text, sentence, stated);
  if (datasetReadingRefused(context.doc.text, sentence, entityMentions[0]!, metricMentions[0]!, stated, verb ? [verb] : [])) return;
  const ranges = itemsWithin(segment.ranges, sentence).filter((r) => r.from.yearLike && r.to.yearLike);
  const range = ranges[0];
  const yearTokens = itemsWithin(segment.tokens, sentence).filter((t) => t.yearLike);
  // Years of the sentence other than its one period (or any year, when the period is the heading's) name another period.
  // "between 2016 and 2020": two years the reader did not pair, joined as one period.
  const paired = range ? undefined : periodOfYears(context.doc.text, yearTokens);
  if (ranges.length > 1 || (!paired && yearTokens.some((y) => !range || y.start < range.start || y.end > range.end))) return;
  const years: YearEvidence | undefined = range
    ? { from: range.from.value, to: range.to.value, source: 'sentence', spans: [range] }
    : paired
      ? { from: paired.from, to: paired.to, source: 'sentence', spans: paired.spans }
      : headingPeriod(context.doc, segment);
  if (!years) return;
  const initial = valueFor(context.dataset, entities[0]!, metrics[0]!, years.from);
  const final = valueFor(context.dataset, entities[0]!, metrics[0]!, years.to);
  if (!initial || !final) return;
  const before = context.doc.text.slice(sentence.start, stated.start);
  // Endpoints from the dataset are a reading of the sentence: a suggestion, never a certain fix.
  judge(context, stated, initial.value, final.value, years, false, `${entities[0]} ${metrics[0]} ${years.from} and ${years.to}, source ${initial.source}`, DECLINE_CUE.test(before), []);
}

function valueFor(dataset: Dataset, entity: string, metric: string, year: number): { value: number; source: string } | undefined {
  const o = dataset.observationsByKey.get(observationKey(entity, metric))?.find((x) => x.year === year && x.partner === undefined && x.value !== undefined);
  return o ? { value: o.value!, source: o.source } : undefined;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

