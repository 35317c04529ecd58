// A measure's own unit of measure, as its label names it (acc-dv11): "Treated water delivered …, million m³" makes
// "270.1 million m³" (or "cubic metres") that measure's value, not a length or volume of something else; "Average
// residential tariff, USD per m³" makes "USD 0.42 per m³" (or "a cubic metre", "/m³") its value, not a rate per
// something else. A unit the label does not name keeps the number from the measure, as before.
import type { Metric } from '@factlint/schemas';

/** Units written after a number, each with the one spelling it is compared by. */
const UNIT_FORMS: Array<[RegExp, string]> = [
  [/^(?:m³|m3|cu\.?\s*m|cubic\s+met(?:re|er)s?)(?![\p{L}\d])/iu, 'm3'],
  [/^(?:km²|km2|sq\.?\s*km|square\s+kilomet(?:re|er)s?)(?![\p{L}\d])/iu, 'km2'],
  [/^(?:m²|m2|sq\.?\s*m|square\s+met(?:re|er)s?)(?![\p{L}\d])/iu, 'm2'],
  [/^(?:ha|hectares?)(?![\p{L}\d])/iu, 'ha'],
  [/^(?:tonnes?|tons?|t)(?![\p{L}\d])/iu, 't'],
  [/^(?:litres?|liters?|l)(?![\p{L}\d])/iu, 'l'],
  [/^(?:kWh|MWh|GWh|TWh|kW|MW|GW)(?![\p{L}\d])/u, ''],
];

/** After a unit, words that make the figure a rate of it: "m³ per day", "m³ a day", "m³/d", "m³ daily". */
const RATE_AFTER = /^\s*(?:per\b|\/|an?\s+(?:day|week|month|quarter|year|head|person|capita|household|connection)\b|each\b|every\b|daily\b|weekly\b|monthly\b|annually\b|yearly\b)/i;

/** The canonical unit a text opens with ("m³ of water" → "m3"), or undefined; energy units stand for themselves. */
function unitAt(text: string): string | undefined {
  for (const [form, canon] of UNIT_FORMS) {
    const m = form.exec(text);
    if (m) return RATE_AFTER.test(text.slice(m[0].length)) ? undefined : canon || m[0];
  }
  return undefined;
}

const labelUnits = new WeakMap<Metric, { units: Set<string>; per?: string }>();

/** The units a metric's label names, and for a rate the unit it is per ("USD per m³" → "m3"). */
function unitsOf(metric: Metric): { units: Set<string>; per?: string } {
  let found = labelUnits.get(metric);
  if (found) return found;
  const units = new Set<string>();
  let per: string | undefined;
  // A unit stands after a space, a comma, a bracket or a slash, or after "per".
  for (const m of metric.label.matchAll(/(?:^|[\s,(/])(?=\S)/g)) {
    const at = m.index + m[0].length;
    const unit = unitAt(metric.label.slice(at));
    if (!unit) continue;
    units.add(unit);
    if (/(?:\bper\s+|\/\s*)$/i.test(metric.label.slice(0, at))) per = unit;
  }
  found = { units, per };
  labelUnits.set(metric, found);
  return found;
}

/** Whether the words right after a number are a unit the metric's own label names ("270.1 million m³" of water produced). */
export function ownUnitAfter(metric: Metric | undefined, after: string): boolean {
  if (!metric || metric.unit === 'rate') return false;
  const unit = unitAt(after.replace(/^[ \u00a0]+/, ''));
  return unit !== undefined && unitsOf(metric).units.has(unit);
}

/** Whether the words right after a rate's number are the unit it is per, as its label names it ("USD 0.42 per m³", "a cubic metre"). */
export function ownPerAfter(metric: Metric | undefined, after: string): boolean {
  if (!metric || metric.unit !== 'rate') return false;
  const per = unitsOf(metric).per;
  const m = /^[ \u00a0]*(?:per\s+|an?\s+|\/\s*)/i.exec(after);
  return per !== undefined && m !== null && unitAt(after.slice(m[0].length)) === per;
}

/** A table header, label or caption that states the scale its plain numbers are in: "(million m³)", "thousands". */
/** Right before a measure that is the base of a ratio: "per square kilometre", "per ranger FTE", "for each graduate". */
// Also "per member of staff", "per head of population": the base named through "of".
export const RATIO_BASE_BEFORE = /\b(?:per|for\s+(?:each|every))\s+(?:[\p{L}-]+\s+)?(?:of\s+(?:the\s+)?)?$/iu;
export const SCALE_HEADER = /\b(?:thousands?|millions?|billions?|mn|bn|'000s?)\b|\b000s\b/i;

/** Words that may stand before a rate's phrase and leave it the whole measure: "the average tariff", "its water tariff". */
const RATE_WHOLE_BEFORE = new Set(['the', 'its', 'their', 'a', 'an', 'average', 'mean', 'overall', 'annual', 'yearly', 'typical', 'effective', 'water', 'household', 'domestic', 'residential', 'per']);
/** After a rate's phrase, words that narrow it to some users or uses: "tariff for businesses", "tariff paid by hotels". */
const RATE_PART_AFTER = /^\s+(?:for|paid\s+by|charged\s+(?:to|on)|on|applied\s+to|to)\s+(?!(?:the\s+)?(?:households?|homes?|residential|domestic|residents)\b)/i;

/**
 * A rate named by a shorter phrase with another kind before or after it ("industrial tariff", "bulk tariff", "tariff
 * for businesses") when its label names one kind ("Average residential tariff"): another rate, not the dataset's.
 */
export function otherKindOfRate(metric: Metric | undefined, text: string, mention: { start: number; end: number }): boolean {
  if (!metric || metric.unit !== 'rate') return false;
  const own = new Set(metric.label.toLowerCase().split(/[^\p{L}-]+/u));
  const before = /(?:^|[\s(])(\p{Ll}[\p{Ll}-]*)[ \u00a0]+$/u.exec(text.slice(Math.max(0, mention.start - 30), mention.start))?.[1];
  if (before && !own.has(before) && !RATE_WHOLE_BEFORE.has(before)) return true;
  return RATE_PART_AFTER.test(text.slice(mention.end, mention.end + 40));
}
