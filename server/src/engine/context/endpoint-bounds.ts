// What a change or rate between two stated endpoints can be, given their scales ("800,000 → 1.2 million") and their rounding ("1.2 million" is 1.15–1.25 million).
import type { NumberToken } from '../numbers.js';
import type { LentSlot } from './lent-slots.js';
import { SCALE_FACTOR } from '../dataset/dataset.js';

/**
 * The endpoints as numbers on one footing: "800,000 → 1.2 million" with each scale applied; "from 8.1 to 9.0 billion"
 * (a small figure without a scale word shares the other's) and equal scales as written.
 */
export function endpointValues(initial: NumberToken, final: NumberToken): { initial: number; final: number } {
  if (!differentScales(initial, final)) return { initial: initial.value, final: final.value };
  return { initial: initial.value * (initial.scale ? SCALE_FACTOR[initial.scale]! : 1), final: final.value * (final.scale ? SCALE_FACTOR[final.scale]! : 1) };
}

function differentScales(a: NumberToken, b: NumberToken): boolean {
  if (a.scale === b.scale) return false;
  // Only a figure written in full ("800,000") stands on its own beside a scaled one; one with decimals ("from 1,523.5
  // to 2,040.1 million m³") is in the other's scale.
  const inFull = (t: NumberToken) => t.scale !== undefined || (Math.abs(t.value) >= 1000 && t.decimals === 0);
  if (!inFull(a) || !inFull(b)) return false;
  // "from 20,210 thousand tonnes in 2021 to 12,940 in 2024": the figure without a scale word is in the other's scale
  // when so read the two are nearer each other than when it is read in full ("from 1.2 million to 800,000").
  const full = (t: NumberToken) => Math.abs(t.value) * (t.scale ? SCALE_FACTOR[t.scale]! : 1);
  if (a.value === 0 || b.value === 0) return true;
  return Math.abs(Math.log10(full(a) / full(b))) <= Math.abs(Math.log10(Math.abs(a.value / b.value)));
}

/**
 * A unit of measure right after a whole number ("291 litres", "316 GWh", "48 km"): a quantity measured and rounded to
 * the unit, not a count of things.
 */
export const MEASURE_UNIT_AFTER = /^\s?(?:litres?|liters?|l\b|tonnes?|tons?|t\b|kg|kilo(?:gram)?s?|grams?|[kMGT]Wh|[kMG]W\b|km|kilomet(?:re|er)s?|met(?:re|er)s?|m\b|m²|m³|m2\b|m3\b|cubic|square|hectares?|ha\b|mm|cm|miles?|acres?|°C|degrees|hours?|minutes?)/u;

/** Half a unit of the last written digit of a token, on the footing of `endpointValues`. */
function halfUnit(t: NumberToken, scaled: boolean, measured: boolean): number {
  // A whole number without a scale word is a count, taken as exact ("21 publications"); decimals or a scale say it is
  // rounded, and so does "roughly" ("roughly 640": to its last nonzero digit, 635–645); so is a whole number of a
  // measured quantity (`measured`: "291 litres" is 290.5–291.5).
  if (t.decimals === 0 && !t.scale && !t.approximate) return measured ? 0.5 : 0;
  const unit = t.approximate && t.decimals === 0 ? 0.5 * 10 ** trailingZeros(t.value) : 0.5 * 10 ** -t.decimals;
  return scaled && t.scale ? unit * SCALE_FACTOR[t.scale]! : unit;
}

/**
 * The lowest and highest value `measure(initial, final)` takes while each endpoint ranges over what its written digits
 * round from: a stated figure inside these bounds may come from the unrounded endpoints and is no certain error.
 */
export function roundingBounds(initial: NumberToken, final: NumberToken, measure: (initial: number, final: number) => number | undefined, text?: string, quotients = false): { low: number; high: number } | undefined {
  const scaled = differentScales(initial, final);
  const v = endpointValues(initial, final);
  // "from 291 litres to 226 litres": a whole number before a unit of measure is rounded like its partner, which
  // states the same unit whether or not it writes it.
  // Quotients (a figure per unit, an average) are rounded whatever they count.
  const measured = quotients || (text !== undefined && [initial, final].some((t) => t.decimals === 0 && !t.scale && MEASURE_UNIT_AFTER.test(text.slice(t.end, t.end + 12))));
  const hi = halfUnit(initial, scaled, measured);
  const hf = halfUnit(final, scaled, measured);
  // The measures here rise with the final value and fall with the initial one: the extremes are at the corners.
  const low = measure(v.initial + hi, v.final - hf);
  const high = measure(v.initial - hi, v.final + hf);
  if (low === undefined || high === undefined) return undefined;
  return { low: Math.min(low, high), high: Math.max(low, high) };
}

/** Whether `stated`, written with `decimals` digits, can be the rounding of a value within `bounds`. */
export function withinBounds(stated: number, decimals: number, bounds: { low: number; high: number } | undefined): boolean {
  if (!bounds) return false;
  const half = 0.5 * 10 ** -decimals;
  return stated >= bounds.low - half - 1e-9 && stated <= bounds.high + half + 1e-9;
}

/**
 * Rounded endpoints whose unrounded values give a range wider than the rounding of two figures at the stated precision
 * ("1.2 million → 1.5 million", a change of 20.0–33.9%, stated as 28.5%): the value a fix would write is then one
 * reading of the rounding among many. (Two endpoints at the stated precision, "34.9% → 22.3%, 12.6 points", are not.)
 */
export function roundedEndpoints(bounds: { low: number; high: number } | undefined, decimals: number): LentSlot[] | undefined {
  if (!bounds) return undefined;
  return bounds.high - bounds.low <= 2 * 10 ** -decimals + 1e-9 ? undefined : [{ slot: 'endpoint', from: 'rounded figures' }];
}

function trailingZeros(value: number): number {
  let v = Math.abs(value);
  let zeros = 0;
  while (v >= 10 && v % 10 === 0) {
    v /= 10;
    zeros++;
  }
  return zeros;
}
