// Reads a flow stated over a period ("3,077 papers in 2020–2024", "€9.1 million between 2020 and 2024") as the
// sum of the dataset's yearly values of its entity and metric.
import type { AnalysedDocument } from '../analysis.js';
import { observationKey, type Dataset } from '../dataset/index.js';
import type { NumberToken } from '../numbers.js';
import { tokenFactor, type DocumentLinks } from './links.js';

export interface PeriodSum {
  stated: NumberToken;
  /** The dataset's yearly values in the token's scale, first year to last. */
  years: Array<{ year: number; value: number }>;
  sum: number;
  /** Half a unit of the last digit of each rounded yearly value, added up: how far the sum of rounded values may be off. */
  slack: number;
}

/** A level at a date, not a flow over a year: such values never add up over years. */
const STOCK = /\bat\s+(?:31|the end|year[- ]end|end of)|\bas (?:of|at)\b|\bin service\b|\boperated\b|\bfleet\b|\bstaff\b|\bheadcount\b|\bemployees\b|\bworkforce\b|\bpopulation\b|\bmembers\b|\bstock\b/i;
/** Words that make a value over a period a yearly average or a rate, not its total. */
const NOT_A_TOTAL = /\b(?:average|averag\w+|mean|median|a year|per year|each year|every year|annual\w*|per annum|yearly|a month|per month)\b/i;

/** Claims linked to an entity, a flow metric and a period the dataset holds only year by year, with the sum of those years. */
export function periodSums(doc: AnalysedDocument, dataset: Dataset, links: DocumentLinks): PeriodSum[] {
  const out: PeriodSum[] = [];
  for (const link of links.links) {
    if (link.status !== 'missing' || link.partner !== undefined || link.period === undefined) continue;
    const m = /^(\d{4})–(\d{4})$/.exec(link.period);
    const metric = dataset.metrics.get(link.metric);
    if (!m || !metric || (metric.unit !== 'count' && metric.unit !== 'currency') || STOCK.test([metric.label, ...metric.phrases].join(' '))) continue;
    const [from, to] = [Number(m[1]), Number(m[2])];
    if (to <= from || to - from > 30) continue;
    const sentence = link.segment.sentences.find((s) => s.start <= link.token.start && link.token.end <= s.end);
    if (!sentence || NOT_A_TOTAL.test(doc.text.slice(sentence.start, sentence.end))) continue;
    const facts = (dataset.observationsByKey.get(observationKey(link.entity, link.metric)) ?? []).filter((o) => o.partner === undefined && o.dimension === undefined);
    const factor = tokenFactor(link.token, metric.scale);
    const years: PeriodSum['years'] = [];
    let slack = 0;
    for (let year = from; year <= to; year++) {
      const fact = facts.filter((o) => o.year === year);
      if (fact.length !== 1 || fact[0]!.value === undefined) break;
      years.push({ year, value: fact[0]!.value / factor });
      // Whole counts are exact; a value with decimals was rounded by half a unit of its last digit.
      const decimals = decimalsOf(fact[0]!.value);
      if (decimals > 0) slack += (0.5 * 10 ** -decimals) / factor;
    }
    if (years.length !== to - from + 1) continue;
    out.push({ stated: link.token, years, sum: years.reduce((acc, y) => acc + y.value, 0), slack });
  }
  return out;
}

function decimalsOf(value: number): number {
  const text = String(value);
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
}
